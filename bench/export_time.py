"""Median time of a whole export (``export.csv``, ``export-excel.csv``, ``export.json``) of one search on one index.

An export of thousands of hits is what a research office downloads for a list; each row carries the answer's
citation.  Comparing two versions of the code on the same index (``git archive main | tar -x -C /tmp/main``):

    .venv/bin/python bench/export_time.py INDEX "Bundesregierung" [--rounds 5]
    PYTHONPATH=/tmp/main .venv/bin/python bench/export_time.py INDEX "Bundesregierung" [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import time

from web import create_app

EXPORTS = ("/export.csv", "/export-excel.csv", "/export.json")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index")
    parser.add_argument("query")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--only", choices=EXPORTS, help="one export alone (default: each in turn)")
    args = parser.parse_args()
    client = create_app({"TESTING": True, "INDEX_DIR": args.index}).test_client()
    client.get("/api/search", query_string={"q": args.query})  # warm: segment maps, vocabularies
    for path in [args.only] if args.only else EXPORTS:
        times, cpu, size = [], [], 0
        for _ in range(args.rounds):
            started, used = time.perf_counter(), time.process_time()
            response = client.get(path, query_string={"q": args.query})
            size = len(response.get_data())  # the whole stream, as a download reads it
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - used)  # on a shared machine steadier than the wall clock
        print(
            f"{path:18} median {statistics.median(times):6.2f} s, CPU {statistics.median(cpu):6.2f} s"
            f"  (CPU {', '.join(f'{t:.2f}' for t in cpu)}; {size / 1e6:.1f} MB)"
        )


if __name__ == "__main__":
    main()
