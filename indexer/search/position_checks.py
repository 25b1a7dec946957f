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
from whoosh.query.spans import SpanNear2, SpanOr
from whoosh.searching import Searcher
from whoosh.util import make_binary_tree

from indexer.index.positions import Positions, term_positions

WIDTH = 1 << 31  # positions are below this: record × WIDTH + position orders by record, then position


class OneOf(SpanOr):
    """One place of a span that any of some terms of a field may fill (``land`` or the head
    ``›land``): read as one list of positions, so the span's other terms are read once."""

    def __init__(self, fieldname: str, texts: tuple[str, ...]) -> None:
        super().__init__([wq.Term(fieldname, text) for text in texts])
        self.fieldname, self.texts = fieldname, texts

    def apply(self, fn) -> OneOf:
        return self  # a leaf to Whoosh's rewriting: its terms are fixed

    def matcher(self, searcher, context=None):
        """As :class:`SpanOr`'s, but positions stay one each, as :func:`near_records` reads them
        (``SpanOr`` merges touching spans into one wider span)."""
        return make_binary_tree(_Positions, [q.matcher(searcher, context) for q in self.subqs])

    def estimate_size(self, ixreader) -> int:
        return sum(q.estimate_size(ixreader) for q in self.subqs)


class _Positions(SpanOr.SpanOrMatcher):
    """Two matchers' spans together, each kept as it is."""

    def _get_spans(self):
        return sorted({span for m in (self.a, self.b) if m.is_active() and m.id() == self.id() for span in m.spans()})


def slots(query: wq.Query) -> list[tuple[str, tuple[str, ...]]] | None:
    """The places of a phrase or span of terms: each a field and the terms that may fill it; None
    for any other query."""
    if isinstance(query, wq.Phrase):
        return [(query.fieldname, (word,)) for word in query.words]
    if isinstance(query, SpanNear2) and all(isinstance(q, (wq.Term, OneOf)) for q in query.qs):
        return [(q.fieldname, (q.text,)) if isinstance(q, wq.Term) else (q.fieldname, q.texts) for q in query.qs]
    return None


def near_records(searcher: Searcher, query: wq.Query, records: np.ndarray) -> np.ndarray | None:
    """Those of ``records`` (sorted, of one segment, not deleted) that ``query`` matches, for a
    phrase or a span of terms (or of :class:`OneOf` places) near each other; None for any other
    query or index format."""
    places = slots(query)
    if not places:
        return None
    if isinstance(query, wq.Phrase):
        slop, ordered, mindist = query.slop, True, 1
    else:
        slop, ordered, mindist = query.slop, query.ordered, query.mindist
    reader = searcher.reader()
    positions = []
    for fieldname, texts in places:
        found = [term_positions(reader, fieldname, text, records) for text in texts]
        if any(f is None for f in found):
            return None
        positions.append(_merged(found))  # type: ignore[arg-type]
    return _spanning(positions, slop, ordered, mindist)


def _merged(found: list[Positions]) -> Positions:
    """The positions of several terms as one list, by record, then position."""
    if len(found) == 1:
        return found[0]
    record, position = np.concatenate([r for r, _ in found]), np.concatenate([p for _, p in found])
    order = np.lexsort((position, record))
    return record[order], position[order]


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
