"""Phrases and a compound's parts close together, checked over arrays of positions.

The same rule as Whoosh's :class:`~whoosh.query.spans.SpanNear2` (a :class:`~whoosh.query.Phrase`
is one, ordered, ``mindist`` 1): the first term's positions are spans; each next term's position
within ``slop`` of a span — after its start when ordered — at a distance from ``mindist`` to
``slop`` (0 when inside it) joins it into a wider span; a record matches when spans are left
after the last term.  Here every record's spans move at once, in numpy, instead of one record at
a time through Whoosh's matchers.
"""

from __future__ import annotations

import numpy as np
from whoosh import query as wq
from whoosh.query.spans import SpanNear2
from whoosh.searching import Searcher

from indexer.index.positions import Positions, term_positions

WIDTH = 1 << 31  # positions are below this: record × WIDTH + position orders by record, then position


def near_records(searcher: Searcher, query: wq.Query, records: np.ndarray) -> np.ndarray | None:
    """Those of ``records`` (sorted, of one segment, not deleted) that ``query`` matches, for a
    phrase or a span of terms near each other; None for any other query or index format."""
    if isinstance(query, wq.Phrase):
        terms, slop, ordered, mindist = [(query.fieldname, w) for w in query.words], query.slop, True, 1
    elif isinstance(query, SpanNear2) and all(isinstance(q, wq.Term) for q in query.qs):
        terms = [(q.fieldname, q.text) for q in query.qs]
        slop, ordered, mindist = query.slop, query.ordered, query.mindist
    else:
        return None
    if not terms:
        return None
    reader = searcher.reader()
    positions = []
    for fieldname, text in terms:
        found = term_positions(reader, fieldname, text, records)
        if found is None:
            return None
        positions.append(found)
    return _spanning(positions, slop, ordered, mindist)


def _spanning(positions: list[Positions], slop: int, ordered: bool, mindist: int) -> np.ndarray:
    """The records in which the terms' ``positions`` form a span, as :class:`SpanNear2` joins them."""
    record, start = positions[0]
    end = start
    for b_record, b_position in positions[1:]:
        if not len(record):
            break
        keys = b_record * WIDTH + b_position  # sorted: by record, then position
        low = start if ordered else np.maximum(start - slop, 0)
        lo = np.searchsorted(keys, record * WIDTH + low, "left")
        hi = np.searchsorted(keys, record * WIDTH + end + slop, "right")
        counts = hi - lo
        a = np.repeat(np.arange(len(record)), counts)
        b = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts) + np.repeat(lo, counts)
        at, a_start, a_end = b_position[b], start[a], end[a]
        distance = np.where(at > a_end, at - a_end, np.where(at < a_start, a_start - at, 0))
        joined = (distance >= mindist) & (distance <= slop)
        spans = np.unique(np.stack([record[a], np.minimum(a_start, at), np.maximum(a_end, at)])[:, joined], axis=1)
        record, start, end = spans
    return np.unique(record)
