"""Two or more versions of the code timed on the benchmark mix, query by query in turn.

On a machine shared with other work the load changes within seconds, so runs of
``query_medians.py`` made one after the other compare the load as much as the code.  Here each
version runs in a process of its own (its code on ``PYTHONPATH``, its index), and every query is
asked of every version in turn, the order rotating each round: a change of load hits all alike.
Per query the median and the minimum over the rounds are printed, their sums, and p50 and p95 by
kind.  ``--like-bench`` asks as ``anfragen bench`` does (facet filters, date sort, no facet counts,
no time limit); without it, as ``query_medians.py`` does (the words only, facet counts); ``--relaxed`` asks
:data:`RELAXED` instead of the mix::

    .venv/bin/python bench/query_ab.py --rounds 30 old=/work/wt/start:/work/b3/before/ours-10k \\
        new=.:/work/b3/after/ours-10k
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported where used: a worker runs an older export's code, which may lack it
    from indexer.measure.bench.measure import CodeVersion

HERE = Path(__file__).resolve()
# Topic searches with fewer full matches than a page: answers short of a match (the relaxed tier) are most of
# their work. Not in the benchmark's mix, which the other systems answer too (they have no such tier).
RELAXED = (
    "Kosten der Flüchtlingsaufnahme im Landeshaushalt",
    "Angriffe auf Abgeordnetenbüros",
    "Fristen für die Beantwortung parlamentarischer Anfragen",
    "häusliche Gewalt Quartal Opfer",
    "Polizei Gewalt Schutz Kinder Schule",
    "Sterbebegleitung Hospiz Finanzierung",
    "Radwegebau Landesstraße",
    '"Versammlungen unter freiem Himmel"',
)


def _worker(index: str, like_bench: bool, relaxed: bool) -> None:
    """Answer query numbers on stdin with milliseconds on stdout (the code is whatever PYTHONPATH gives)."""
    mix = _queries(relaxed)
    from indexer.errors import QueryError
    from indexer.search.engine import Engine
    from indexer.search.filters import Filters
    from indexer.search.ranking import NEWEST, RELEVANCE

    limits: dict[str, Any] = {"time_limit": None} if like_bench else {}  # the bench's whole work, or the default
    engine = Engine(Path(index), result_cache=0, **limits)

    def run(number: int) -> None:
        query = mix[number]
        if not like_bench:
            engine.search(query.ours, facets=True)
            return
        facet: dict[str, Any] = {query.facet[0]: (query.facet[1],)} if query.facet else {}
        filters = Filters(**facet) if facet else None
        # a filter value the index lacks is named (QueryError), not searched: timed all the same
        with contextlib.suppress(QueryError):
            engine.search(query.ours, filters=filters, sort=NEWEST if query.date_sort else RELEVANCE)

    for number in range(len(mix)):  # warm: segment maps, vocabularies, caches
        run(number)
    print(len(mix), flush=True)
    for line in sys.stdin:
        started = time.perf_counter()
        run(int(line))
        print((time.perf_counter() - started) * 1000, flush=True)


def _version(spec: str, like_bench: bool, relaxed: bool) -> CodeVersion:
    """``NAME=CODE:INDEX``: the code in ``CODE`` asking the mix of the index ``INDEX``, one query at a time."""
    from indexer.measure.bench.measure import CodeVersion

    label, _, where = spec.partition("=")
    code, _, index = where.partition(":")
    if not (label and code and index):
        raise SystemExit(f"Version „{spec}“: erwartet NAME=CODEVERZEICHNIS:INDEX")
    command = [sys.executable, str(HERE), "--worker", str(Path(index).resolve())]
    command += ["--like-bench"] if like_bench else []
    command += ["--relaxed"] if relaxed else []
    return CodeVersion(label, code, command)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("versions", nargs="*", help="NAME=CODEVERZEICHNIS:INDEX, two or more")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--like-bench", action="store_true")
    parser.add_argument("--relaxed", action="store_true", help="topic searches with few full matches, not the mix")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(args.worker, args.like_bench, args.relaxed)
        return
    versions = [_version(spec, args.like_bench, args.relaxed) for spec in args.versions]
    count = {version.warmed() for version in versions}
    if len(count) != 1:
        raise SystemExit("Die Versionen haben verschiedene Anfragemischungen.")
    queries = range(count.pop())
    times: dict[str, list[list[float]]] = {version.label: [[] for _ in queries] for version in versions}
    for round_ in range(args.rounds):
        turn = round_ % len(versions)
        for number in queries:
            for version in versions[turn:] + versions[:turn]:
                times[version.label][number].append(version.ask(str(number)))
    for version in versions:
        version.close()
    _report(times, args.rounds, _queries(args.relaxed))


def _queries(relaxed: bool) -> tuple:
    """The benchmark's mix, or :data:`RELAXED`."""
    from indexer.measure.bench.queries import MIX, BenchQuery

    return tuple(BenchQuery("relaxed", words, words, words) for words in RELAXED) if relaxed else MIX


def _report(times: dict[str, list[list[float]]], rounds: int, mix: tuple) -> None:
    labels = list(times)
    print(f"{rounds} Runden; je Anfrage Median / Minimum über die Runden (ms)")
    print(f"{'Art':14} {'Anfrage':34}" + "".join(f"{label:>16}" for label in labels))
    for number, query in enumerate(mix[: len(times[labels[0]])]):
        cells = (
            f"{statistics.median(times[label][number]):7.1f} /{min(times[label][number]):6.1f}" for label in labels
        )
        print(f"{query.kind:14} {query.ours[:34]:34}" + "".join(f"{cell:>16}" for cell in cells))
    sums = (f"{sum(map(statistics.median, times[label])):7.1f} /{sum(map(min, times[label])):6.1f}" for label in labels)
    print(f"{'':14} {'Summe':34}" + "".join(f"{cell:>16}" for cell in sums))
    every = {label: [t for samples in times[label] for t in samples] for label in labels}
    print(f"{'':14} {'p50 aller Anfragen':34}" + "".join(f"{_percentile(every[label], 0.5):16.1f}" for label in labels))
    for kind in dict.fromkeys(query.kind for query in mix):
        numbers = [n for n, query in enumerate(mix) if query.kind == kind]
        p95 = (_percentile([t for n in numbers for t in times[label][n]], 0.95) for label in labels)
        print(f"{'p95 ' + kind:49}" + "".join(f"{value:16.1f}" for value in p95))


if __name__ == "__main__":
    main()
