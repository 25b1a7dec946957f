"""Search latency as visitors see it: distinct queries against a warm engine, result cache off.

Repeating the fixed mix (``query_medians.py``) measures a warm postings cache: every term is
decoded once and then kept.  Visitors rarely repeat a query, so this runs the distinct requests
of the HTTP load test (:mod:`indexer.measure.bench.traffic`, words and titles of the NRW
metadata): the first ``--warm`` fill the caches as earlier visitors would, the next ``--count``
are timed.  Prints p50/p95 per kind and overall, the process's RSS before and after the timed
queries and what the postings cache holds.

    .venv/bin/python bench/distinct_queries.py /work/bench60/ours-60k --shared ../shared \\
        [--count 600] [--warm 300] [--cache-mb 96]

``--cache-mb`` sets the engine's postings cache (0: none); left out, the engine's default
(and code without the cache can be measured with the same script via ``PYTHONPATH``).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from indexer.measure.bench.traffic import search_paths
from indexer.search.engine import Engine
from indexer.search.filters import from_params
from indexer.search.ranking import RELEVANCE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--count", type=int, default=600, help="timed queries")
    parser.add_argument("--warm", type=int, default=300, help="queries run first, untimed")
    parser.add_argument("--cache-mb", type=int, default=None, help="postings cache (0: none)")
    args = parser.parse_args()
    options: dict[str, Any] = {} if args.cache_mb is None else {"postings_cache_mb": args.cache_mb}
    engine = Engine(args.index, result_cache=0, **options)
    requests = [request(path) for path in search_paths(args.shared, args.warm + args.count, ["/suche"])]
    rss_start = rss_mb()
    for _kind, params in requests[: args.warm]:
        search(engine, params)
    rss_warm = rss_mb()
    times: dict[str, list[float]] = defaultdict(list)
    for kind, params in requests[args.warm :]:
        started = time.perf_counter()
        search(engine, params)
        times[kind].append((time.perf_counter() - started) * 1000)
    every = [t for kind_times in times.values() for t in kind_times]
    for kind, kind_times in sorted(times.items()):
        print(f"{kind:12} n={len(kind_times):4}  {summary(kind_times)}")
    print(f"{'alle':12} n={len(every):4}  {summary(every)}  Mittel {statistics.fmean(every):7.1f} ms")
    print(
        f"RSS: nach dem Öffnen {rss_start:.0f} MB, nach {args.warm} Vorläufern {rss_warm:.0f} MB, "
        f"am Ende {rss_mb():.0f} MB (Spitze {rss_mb('VmHWM'):.0f} MB)"
    )
    kept = getattr(engine._answers, "postings", None)
    if kept is not None:
        print(f"Postings-Cache: {len(kept)} Einträge, {kept.nbytes / 2**20:.1f} MB")


def request(path: str) -> tuple[str, dict[str, list[str]]]:
    """A request path's parameters and the kind of query it is (single words and compound parts alike)."""
    params = parse_qs(urlsplit(path).query)
    text = params["q"][0]
    if params.get("sort"):
        kind = "date_sort"
    elif len(params) > 1:
        kind = "facet"
    elif text.endswith("*"):
        kind = "prefix"
    elif text.startswith('"'):
        kind = "phrase"
    elif "-" in text:
        kind = "hyphenated"
    else:
        kind = ("word", "and2", "and3")[min(len(text.split()), 3) - 1]
    return kind, params


def search(engine: Engine, params: dict[str, list[str]]) -> None:
    """The search the web's page runs for these parameters (facets on, as the page shows them)."""
    sort = params.get("sort", [RELEVANCE])[0]
    engine.search(params["q"][0], filters=from_params(params), sort=sort, facets=True)


def summary(times: list[float]) -> str:
    return f"p50 {percentile(times, 50):7.1f} ms  p95 {percentile(times, 95):7.1f} ms"


def percentile(values: list[float], share: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share / 100 * (len(ordered) - 1)))]


def rss_mb(field: str = "VmRSS") -> float:
    """This process's resident memory (``VmHWM``: its peak) from ``/proc/self/status``."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


if __name__ == "__main__":
    main()
