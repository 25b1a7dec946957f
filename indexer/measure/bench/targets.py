"""The targets the benchmark is judged by (issue 12, at the 60 k tier), each read from one result.

One table, so the report and the targets cannot drift apart: a target names what it reads,
its limit and whether that limit is a ceiling (most) or a floor (requests per second).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Result = dict[str, Any]


@dataclass(frozen=True)
class Target:
    label: str
    limit: float
    read: Callable[[Result], float | None]  # None: not measured in this run
    at_least: bool = False  # the limit is a floor, not a ceiling

    def verdict(self, result: Result) -> tuple[str, str]:
        """(the target, what was measured and whether it meets it) as table cells."""
        target = f"{'≥' if self.at_least else '≤'} {self.limit:g}" if self.limit else "0"
        actual = self.read(result)
        if actual is None:
            return target, "—"
        met = actual >= self.limit if self.at_least else actual <= self.limit
        return target, f"{actual:g} {'✓' if met else '✗'}"


def _latency(system: str, percentile: str) -> Callable[[Result], float | None]:
    def read(result: Result) -> float | None:
        queries = result["queries"].get(system)
        return round(queries["latency_ms"][percentile], 1) if queries else None

    return read


def _p50_vs_fts5(result: Result) -> float | None:
    ours, fts5 = _latency("ours", "p50")(result), _latency("fts5", "p50")(result)
    return round(ours / fts5, 2) if ours is not None and fts5 else None


def _http(key: str, percentile: str | None = None) -> Callable[[Result], float | None]:
    def read(result: Result) -> float | None:
        http = result.get("http")
        if not http:
            return None
        value = http["latency_ms"][percentile] if percentile else http[key]
        return round(value, 1)

    return read


def _worker_rss(result: Result) -> float | None:
    http = result.get("http")
    return round(max(http["worker_peak_rss_mb"]), 1) if http else None


TARGETS = (
    Target("Suche p50 (ms)", 60, _latency("ours", "p50")),
    Target("Suche p50 ÷ FTS5", 1, _p50_vs_fts5),
    Target("Suche p95 (ms)", 300, _latency("ours", "p95")),
    Target("HTTP Anfragen/s (8 Clients, keine doppelt)", 60, _http("rps"), at_least=True),
    Target("HTTP p95 (ms)", 600, _http("latency_ms", "p95")),
    Target("HTTP-Fehler", 0, _http("errors")),
    Target("Vollaufbau ÷ FTS5", 10, lambda r: r["ratios"]["build_vs_fts5"]),
    Target("Spitzen-RSS Aufbau (MB)", 2048, lambda r: r["build"]["ours"]["peak_rss_mb"]),
    Target("Indexgröße ÷ FTS5", 1.5, lambda r: r["ratios"]["index_size_vs_fts5"]),
    Target("Hinzufügen → auffindbar (s)", 1, lambda r: r["add"]["max_s"]),
    Target("RSS je Arbeitsprozess (MB)", 1024, _worker_rss),
)


def rows(result: Result) -> list[tuple[str, str, str]]:
    """(label, target, measured) for every target."""
    return [(target.label, *target.verdict(result)) for target in TARGETS]
