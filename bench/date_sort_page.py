"""A date-sorted results page against the relevance-sorted page of the same query, timed in the same run.

Sorted by date, a page lists only the full matches, and the line above them says how many answers lacking a word the
relevance sort lists besides them (33e2da62): that page costs whatever finding that count costs on top of its own
search.  This asks the web page (Flask's test client, the app's own engine with no result cache and no time limit, as
``anfragen bench`` searches) for each query of the benchmark's mix with its facet filter, sorted by relevance and newest
first, and prints per query the medians over the rounds and date-sorted ÷ relevance-sorted; each CODE directory (the
code whatever PYTHONPATH gives, e.g. an export of an older commit) is its own process, asked in turn::

    .venv/bin/python bench/date_sort_page.py --rounds 15 /work/ab/i10 before=/tmp/main-code after=.

(without a NAME=CODE: this checkout).  The index is only read.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported where used: a worker runs an older export's code, which may lack it
    from indexer.measure.bench.measure import CodeVersion

HERE = Path(__file__).resolve()
SORTS = ("relevanz", "neueste")


def _worker(index: str) -> None:
    """Answer ``NUMBER SORT`` lines on stdin with the milliseconds of that page on stdout."""
    from indexer.measure.bench.queries import MIX
    from indexer.search.engine import Engine
    from web import create_app
    from web.searcher import EXTENSION
    from web.urls import answer_url

    corpus = tempfile.mkdtemp(prefix="date-sort-page-")  # no archive is read or written: the index alone is searched
    app = create_app({"TESTING": True, "INDEX_DIR": index, "CORPUS_DIR": corpus})
    app.extensions[EXTENSION] = Engine(Path(index), result_cache=0, time_limit=None, answer_url=answer_url)
    client = app.test_client()

    def page(number: int, sort: str) -> None:
        query = MIX[number]
        asked: dict[str, Any] = {"q": query.ours, "sort": sort}
        if query.facet:
            name, value = query.facet
            asked[name] = value
        response = client.get("/", query_string=asked)
        assert response.status_code in (200, 400), response.status_code  # 400: a filter value the index lacks

    for number in range(len(MIX)):  # warm: segment maps, vocabularies, templates
        for sort in SORTS:
            page(number, sort)
    print(len(MIX), flush=True)
    for line in sys.stdin:
        number, sort = line.split()
        started = time.perf_counter()
        page(int(number), sort)
        print((time.perf_counter() - started) * 1000, flush=True)


def _version(spec: str, index: Path) -> CodeVersion:
    """``NAME=CODE``: the code in ``CODE`` asking the pages of ``index``, one ``NUMBER SORT`` at a time."""
    from indexer.measure.bench.measure import CodeVersion

    label, _, code = spec.rpartition("=")
    return CodeVersion(label or "jetzt", code, [sys.executable, str(HERE), "--worker", str(index.resolve())])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index")
    parser.add_argument("versions", nargs="*", help="NAME=CODEVERZEICHNIS (ohne: dieser Stand)")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(args.index)
        return
    print(f"Last beim Start: {', '.join(f'{load:.2f}' for load in os.getloadavg())}")
    versions = [_version(spec, Path(args.index)) for spec in args.versions or [f"jetzt={HERE.parents[1]}"]]
    count = {version.warmed() for version in versions}
    if len(count) != 1:
        raise SystemExit("Die Versionen haben verschiedene Anfragemischungen.")
    queries = range(count.pop())
    times = {(v.label, sort): [[] for _ in queries] for v in versions for sort in SORTS}
    for round_ in range(args.rounds):
        turn = round_ % len(versions)
        for number in queries:
            for version in versions[turn:] + versions[:turn]:
                for sort in SORTS if round_ % 2 else reversed(SORTS):
                    times[version.label, sort][number].append(version.ask(f"{number} {sort}"))
    for version in versions:
        version.close()
    _report(times, [v.label for v in versions], args.rounds)


def _report(times: dict[tuple[str, str], list[list[float]]], labels: list[str], rounds: int) -> None:
    from indexer.measure.bench.queries import MIX

    print(f"{rounds} Runden; je Seite Median (ms): nach Relevanz / nach Datum (neueste) / Datum÷Relevanz")
    print(f"{'Art':14} {'Anfrage':34}" + "".join(f"{label:>26}" for label in labels))
    sums = {label: [0.0, 0.0] for label in labels}
    for number, query in enumerate(MIX):
        cells = []
        for label in labels:
            ranked, dated = (statistics.median(times[label, sort][number]) for sort in SORTS)
            sums[label][0] += ranked
            sums[label][1] += dated
            cells.append(f"{ranked:7.1f} /{dated:7.1f} /{dated / ranked:5.2f}")
        print(f"{query.kind:14} {query.ours[:34]:34}" + "".join(f"{cell:>26}" for cell in cells))
    total = (f"{r:7.1f} /{d:7.1f} /{d / r:5.2f}" for r, d in sums.values())
    print(f"{'':14} {'Summe':34}" + "".join(f"{cell:>26}" for cell in total))


if __name__ == "__main__":
    main()
