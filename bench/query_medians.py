"""Median time of each query of the benchmark mix on one index, result cache off.

Comparing two versions of the code on the same corpus is then one run each (build the index
with each version, e.g. ``anfragen bench --tier 1k``, which leaves it in ``var/bench/ours-1k``):

    .venv/bin/python bench/query_medians.py var/bench/ours-1k [--repeats 5]
"""

from __future__ import annotations

import argparse
import statistics
import time

from indexer.measure.bench.queries import MIX
from indexer.search.engine import Engine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    engine = Engine(args.index, result_cache=0)
    for query in MIX:  # warm: segment maps, vocabularies, caches
        engine.search(query.ours, facets=True)
    total = 0.0
    for query in MIX:
        times = []
        for _ in range(args.repeats):
            started = time.perf_counter()
            engine.search(query.ours, facets=True)
            times.append(time.perf_counter() - started)
        median = statistics.median(times) * 1000
        total += median
        print(f"{query.ours[:32]:32} {median:7.1f} ms")
    print(f"{'Summe der Mediane':32} {total:7.1f} ms")


if __name__ == "__main__":
    main()
