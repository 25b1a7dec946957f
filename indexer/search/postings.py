"""Decoded postings kept across searches, within a bound of bytes.

Decoding a term's posting blocks is a third to a half of a search at archive size, and it is the
same work for every search: a segment never changes once written.  So the postings of a term in
a segment (records and weights) are kept as the segment holds them, keyed by the segment's
identity, shared by all threads of a process, least recently used dropped first.  A commit or a
swap brings segments with new identities, and what no searcher reads any more ages out.

Deletions are the one thing that changes in a segment: a removed or replaced document's records
are marked deleted in its old segment.  They are taken out on every read, by the reader of the
search (:func:`~indexer.index.readers.without_deleted`), so a deleted record never comes back.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

import numpy as np
from whoosh.reading import IndexReader

from indexer.index.readers import posting_weights, without_deleted
from indexer.lru import LRU

ENTRY_BYTES = 600  # a kept entry's own cost beside its arrays (key, entry, array headers), as measured at 60 k
Postings = tuple[np.ndarray, np.ndarray]  # records (sorted, int64) and weights (float64) of one segment


@dataclass(frozen=True)
class _Kept:
    """A term's postings in one segment in the narrowest types that hold them exactly (None: not
    readable by blocks, see :func:`~indexer.index.readers.posting_weights`)."""

    ids: np.ndarray | None
    weights: np.ndarray | None

    @classmethod
    def of(cls, postings: Postings | None) -> _Kept:
        if postings is None:
            return cls(None, None)
        ids, weights = postings
        return cls(_narrowest(ids, (np.int32,)), _narrowest(weights, (np.uint8, np.uint16, np.float32)))

    def nbytes(self) -> int:
        arrays = (self.ids, self.weights)
        return ENTRY_BYTES + sum(array.nbytes for array in arrays if array is not None)

    def postings(self) -> Postings | None:
        """Fresh arrays of the types the search computes with: the kept ones are never handed out."""
        if self.ids is None or self.weights is None:
            return None
        return self.ids.astype(np.int64), self.weights.astype(np.float64)


def _narrowest(values: np.ndarray, types: tuple[type, ...]) -> np.ndarray:
    """``values`` in the first of ``types`` that holds every one of them exactly."""
    for kind in types:
        narrow: np.ndarray = values.astype(kind)
        if np.array_equal(narrow, values):
            return narrow
    return values


class PostingCache:
    """Postings per (segment, field, term) for all searches of one engine; safe to share between threads."""

    def __init__(self, max_bytes: int) -> None:
        self._kept: LRU[_Kept] = LRU(max_bytes, weigh=_Kept.nbytes)

    def postings(self, segment: Hashable, reader: IndexReader, fieldname: str, text: str) -> Postings | None:
        """(records, weights) of a term in the ``segment`` that ``reader`` reads, without the records
        it sees deleted; None when the postings cannot be read by blocks."""
        kept = self._kept.get_or_make(
            (segment, fieldname, text), lambda: _Kept.of(posting_weights(reader, fieldname, text))
        )
        postings = kept.postings()
        return None if postings is None else without_deleted(reader, *postings)

    @property
    def nbytes(self) -> int:
        """What the kept postings weigh now."""
        return self._kept.weight

    def __len__(self) -> int:
        return len(self._kept)
