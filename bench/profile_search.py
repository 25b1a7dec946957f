"""Where the time of a typical search goes: cProfile over the query kinds of the benchmark.

Runs each search once to warm up, times three runs, then profiles three more and prints the
functions by cumulative time — the profile behind "Profil" in BENCHMARKS.md.  Build the index
first, e.g. with ``anfragen bench --tier 10k --http-seconds 0 --without-plain-whoosh``.

    .venv/bin/python bench/profile_search.py var/bench/ours-10k [--lines 28]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time

from indexer.search.engine import Engine
from indexer.search.ranking import NEWEST, RELEVANCE

CASES = (
    ("single", "Polizei", RELEVANCE),
    ("and2", "Schulen Kinder", RELEVANCE),
    ("phrase", '"Bürgerinnen und Bürger"', RELEVANCE),
    ("date_sort", "Landesregierung", NEWEST),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index")
    parser.add_argument("--lines", type=int, default=28, help="functions shown per search")
    args = parser.parse_args()
    engine = Engine(args.index, result_cache=0, time_limit=None)  # the whole work of every search
    for kind, text, sort in CASES:
        total = engine.search(text, sort=sort).total
        wall = []
        for _ in range(3):
            started = time.perf_counter()
            engine.search(text, sort=sort)
            wall.append(round((time.perf_counter() - started) * 1000))
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(3):
            engine.search(text, sort=sort)
        profile.disable()
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(args.lines)
        print(f"===== {kind} {text!r}: {total} answers, wall ms {wall}")
        print("\n".join(line for line in out.getvalue().splitlines() if line.strip()))


if __name__ == "__main__":
    main()
