"""The timeline on the search page: matching answers per year, as a server-drawn SVG bar chart.

The counts are the engine's exact ``jahr`` facet counts (answers, not paragraphs); years
without an answer between the first and the last get an empty slot, so gaps show.  Each
bar links to the search narrowed to its year; the party filter narrows the whole chart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .state import SearchState

WIDTH, HEIGHT, LABEL = 640, 120, 18  # SVG user units: chart area and the row of year labels below
TOP = 14  # room above the highest bar for its count
MIN_BAR = 2  # a year with answers is never invisible beside a tall one
MAX_YEARS = 40


@dataclass(frozen=True)
class Bar:
    year: int
    count: int
    x: float
    y: float
    width: float
    height: float
    url: str
    selected: bool


@dataclass(frozen=True)
class Timeline:
    bars: list[Bar]
    peak: int
    width: int = WIDTH
    height: int = TOP + HEIGHT + LABEL

    @property
    def total(self) -> int:
        return sum(bar.count for bar in self.bars)

    @property
    def label_every(self) -> int:
        """Label every n-th year so the labels never overlap."""
        return max(1, -(-len(self.bars) // 12))


def timeline(state: SearchState, facets: dict[str, list[tuple[Any, int]]]) -> Timeline | None:
    """The chart for this page's ``jahr`` counts; None when fewer than one year is known."""
    counts = {int(year): count for year, count in facets.get("jahr", [])}
    if not counts:
        return None
    first, last = min(counts), max(counts)
    first = max(first, last - MAX_YEARS + 1)
    years = range(first, last + 1)
    peak = max(counts.values())
    slot = WIDTH / len(years)
    bars = []
    for position, year in enumerate(years):
        count = counts.get(year, 0)
        height = max(MIN_BAR, HEIGHT * count / peak) if count else 0
        selected = state.selected("jahr", year)
        url = state.without_value("jahr", year) if selected else state.with_value("jahr", year)
        bars.append(
            Bar(year, count, position * slot + slot * 0.1, TOP + HEIGHT - height, slot * 0.8, height, url, selected)
        )
    return Timeline(bars, peak)
