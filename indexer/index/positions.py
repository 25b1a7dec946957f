"""A term's positions in some records of a segment, as numpy arrays.

Whoosh hands positions out one record at a time, through span matchers stepping in Python;
checking a phrase in tens of thousands of records costs seconds.  Here the posting blocks of
:class:`~indexer.index.codec.CompactLeafMatcher` are read directly: a block without a wanted
record is skipped unread, and the varint deltas of :class:`~indexer.index.blocks.VarintPositions`
of the others are decoded all at once.  Indexes in Whoosh's own formats are left to Whoosh.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from whoosh.reading import TermNotFound

from indexer.index.blocks import VarintPositions
from indexer.index.codec import CompactLeafMatcher
from indexer.index.readers import stored_postings

Positions = tuple[np.ndarray, np.ndarray]  # record and position of each occurrence, by record then position
DECODE_BYTES = 1 << 18  # values decoded at once: few numpy calls, and a few MB of arrays at the most


def term_positions(reader: Any, fieldname: str, text: str, records: np.ndarray) -> Positions | None:
    """Where ``text`` occurs in the ``records`` (sorted, not deleted) of one segment; None when its
    postings are not in the compact format with varint positions."""
    if fieldname not in reader.schema or not isinstance(reader.schema[fieldname].format, VarintPositions):
        return None
    try:
        matcher = stored_postings(reader, fieldname, text)  # the caller's records are not deleted
    except TermNotFound:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    if not isinstance(matcher, CompactLeafMatcher):
        return None
    blocks: list[tuple[np.ndarray, Any, bytes]] = []  # ids, value lengths, values: decoded many at once
    found: list[Positions] = []
    size, low = 0, 0  # bytes of values waiting; the first record the block can hold
    while matcher.is_active():
        top = matcher._maxid
        first, last = np.searchsorted(records, [low, top + 1])
        if last > first:
            matcher._read_ids()
            region = matcher._data.value_region()
            if region is None:
                return None
            blocks.append((np.asarray(matcher._data.ids, dtype=np.int64), *region))
            size += len(region[1])
            if size >= DECODE_BYTES:
                found.append(_wanted(blocks, records))
                blocks, size = [], 0
        low = top + 1
        matcher._next_block()
    found.append(_wanted(blocks, records))
    return np.concatenate([o for o, _ in found]), np.concatenate([p for _, p in found])


def _wanted(blocks: list[tuple[np.ndarray, Any, bytes]], records: np.ndarray) -> Positions:
    """The positions in ``records`` of the postings of some blocks."""
    if not blocks:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    ids = np.concatenate([b[0] for b in blocks])
    owner, position = _decode(ids, np.concatenate([b[1] for b in blocks]), b"".join(b[2] for b in blocks))
    wanted = _among(owner, records)
    return owner[wanted], position[wanted]


def _decode(ids: np.ndarray, lengths: Any, raw: bytes) -> Positions:
    """The positions of postings (of one or more blocks) from their varint deltas, one value after the other."""
    data = np.frombuffer(raw, dtype=np.uint8)
    if not len(data):
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    ends = data < 0x80  # the last byte of each varint
    varint: np.ndarray = np.cumsum(ends) - ends  # of each byte
    starts = np.flatnonzero(np.concatenate(([True], ends[:-1])))
    shift = 7 * (np.arange(len(data)) - starts[varint])
    deltas = np.bincount(varint, weights=(data & 0x7F).astype(np.int64) << shift).astype(np.int64)
    posting = np.repeat(np.arange(len(ids)), np.asarray(lengths, dtype=np.int64))[ends]  # of each varint
    totals = np.cumsum(deltas)
    counts = np.bincount(posting, minlength=len(ids))
    before = np.concatenate(([0], totals))[np.cumsum(counts) - counts]  # the sum of earlier postings' deltas
    return ids[posting], totals - before[posting]


def _among(values: np.ndarray, sorted_values: np.ndarray) -> np.ndarray:
    """Which ``values`` occur in ``sorted_values`` (a lookup each, where ``np.isin`` sorts both)."""
    at = np.minimum(np.searchsorted(sorted_values, values), len(sorted_values) - 1)
    return sorted_values[at] == values
