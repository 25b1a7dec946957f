"""Which answer each index record belongs to, as small integers, per segment.

Ranking works on answers, but Whoosh hands out record numbers.  Looking up the
``answer_key`` column and hashing strings for every matching record cost more than
matching itself at archive size, so each segment is mapped once: a record's answer is an
integer (its *ordinal*), and an answer's records are one contiguous run of record numbers
— a document's records are always written together, title first (see
:func:`indexer.index.schema.records` and :class:`indexer.index.writers.ParallelBuildWriter`).

Segments never change after they are written (deletions only hide records), so the maps
are shared by all threads and kept across commits for the segments that survive them — and so
are the segments' decoded postings (:mod:`indexer.search.postings`).
"""

from __future__ import annotations

import functools
from array import array
from dataclasses import dataclass
from typing import Any

import numpy as np
from whoosh.searching import Searcher

from indexer.index.readers import posting_ids, segment_key, segment_searchers
from indexer.index.schema import ANNEX, PREAMBLE
from indexer.lru import LRU
from indexer.search.postings import PostingCache

HEAD = 0  # question number of a document's head: title and Vorbemerkungen


@dataclass(frozen=True)
class SegmentAnswers:
    """The answers of one segment; ordinals are local to it."""

    answer_of: array  # record number → ordinal
    keys: list[str]  # ordinal → answer key ("doc#question")
    head_of: array  # ordinal → ordinal of its document's head
    first: array  # ordinal → its first record
    end: array  # ordinal → one past its last record
    doc_end: array  # ordinal → one past the last ordinal of its document
    date: array  # ordinal → its document's ``datum`` (YYYYMMDD, 0 when undated)
    annexes: np.ndarray  # the records of annexes and footnotes (part of their document's head)
    prefaces: np.ndarray  # the records of Vorbemerkungen (part of their document's head)

    @classmethod
    def read(cls, reader: Any) -> SegmentAnswers:
        keys_column = reader.column_reader("answer_key")
        dates = reader.column_reader("datum") if reader.has_column("datum") else None
        answer_of = array("l")
        keys: list[str] = []
        head_of, first, end, date = array("l"), array("l"), array("l"), array("l")
        heads: dict[str, int] = {}
        previous = None
        for docnum, value in enumerate(keys_column):
            if value != previous:  # a new run of records: a new answer
                previous = value
                key = value.decode("utf-8") if isinstance(value, bytes) else value
                ordinal = len(keys)
                if keys:
                    end.append(docnum)
                keys.append(key)
                first.append(docnum)
                doc, _, question = key.rpartition("#")
                if question == str(HEAD):
                    heads[doc] = ordinal
                head = heads.get(doc, ordinal)
                head_of.append(head)
                # The date is indexed on the title record, which comes first in its document.
                date.append(date[head] if head != ordinal else (dates[docnum] or 0) if dates is not None else 0)
            answer_of.append(len(keys) - 1)
        if keys:
            end.append(len(answer_of))
        doc_end = array("l", range(1, len(keys) + 1))
        for ordinal in range(len(keys) - 1, -1, -1):
            head = head_of[ordinal]
            if head != ordinal and doc_end[head] < ordinal + 1:
                doc_end[head] = ordinal + 1
        annexes = np.unique(posting_ids(reader, [("kind", ANNEX)]))
        prefaces = np.unique(posting_ids(reader, [("kind", PREAMBLE)]))
        return cls(answer_of, keys, head_of, first, end, doc_end, date, annexes, prefaces)


@dataclass(frozen=True)
class Leaf:
    """One segment of a searcher: its searcher, first global record number and answers."""

    searcher: Searcher
    offset: int
    answers: SegmentAnswers
    key: Any  # the segment's identity (index directory, segment id)


@dataclass(frozen=True)
class Joined:
    """The answers of all segments of one index state, numbered segment after segment, as
    numpy arrays: sets of answers are boolean masks over these ordinals."""

    bases: list[int]  # first global ordinal of each segment
    keys: list[str]
    head: np.ndarray  # ordinal → ordinal of its document's head
    first: np.ndarray  # ordinal → its first record (global record number)
    title: np.ndarray  # ordinal → the title record of its document (global)
    date: np.ndarray
    doc_end: np.ndarray  # head ordinal → one past the last ordinal of its document
    answer_of: np.ndarray  # global record number → ordinal
    annex: np.ndarray  # global record number → is it an annex's or the footnotes'?
    preface: np.ndarray  # global record number → is it a Vorbemerkung's?
    prefaced: np.ndarray  # the heads with records besides their title: Vorbemerkung, annexes, footnotes (sorted)
    heads: np.ndarray  # ordinal → is it a document's head? (read-only: asked several times per search)

    @classmethod
    def of(cls, leaves: list[Leaf]) -> Joined:
        bases: list[int] = []
        keys: list[str] = []
        head, first, title, date, doc_end, answer_of = ([] for _ in range(6))
        for leaf in leaves:
            base, segment, offset = len(keys), leaf.answers, leaf.offset
            bases.append(base)
            keys.extend(segment.keys)
            segment_first = np.asarray(segment.first, dtype=np.int64)
            segment_head = np.asarray(segment.head_of, dtype=np.int64)
            head.append(segment_head + base)
            first.append(segment_first + offset)
            title.append(segment_first[segment_head] + offset)
            date.append(np.asarray(segment.date, dtype=np.int64))
            doc_end.append(np.asarray(segment.doc_end, dtype=np.int64) + base)
            answer_of.append(np.asarray(segment.answer_of, dtype=np.int64) + base)

        def joined(arrays: list[np.ndarray]) -> np.ndarray:
            return np.concatenate(arrays) if arrays else np.empty(0, dtype=np.int64)

        answer_of_record = joined(answer_of)
        annex = np.zeros(len(answer_of_record), dtype=bool)
        preface = np.zeros(len(answer_of_record), dtype=bool)
        for leaf in leaves:
            annex[leaf.answers.annexes + leaf.offset] = True
            preface[leaf.answers.prefaces + leaf.offset] = True
        prefaced = np.unique(answer_of_record[annex | preface])
        head_, first_, title_, date_, doc_end_ = map(joined, (head, first, title, date, doc_end))
        heads = head_ == np.arange(len(keys))
        heads.flags.writeable = False
        return cls(
            bases, keys, head_, first_, title_, date_, doc_end_, answer_of_record, annex, preface, prefaced, heads
        )


class AnswerMaps:
    """Segment maps for all searchers of one engine, least recently used dropped first, and the
    segments' decoded postings (:attr:`postings`, at most ``postings_bytes``)."""

    def __init__(self, size: int = 64, states: int = 4, postings_bytes: int = 0) -> None:
        self._maps: LRU[SegmentAnswers] = LRU(size)
        self._joined: LRU[Joined] = LRU(states)
        self.postings = PostingCache(postings_bytes)

    def leaves(self, searcher: Searcher) -> list[Leaf]:
        out = []
        for leaf, offset in segment_searchers(searcher):
            reader = leaf.reader()
            key = segment_key(reader)
            answers = self._maps.get_or_make(key, functools.partial(SegmentAnswers.read, reader))
            out.append(Leaf(leaf, offset, answers, key))
        return out

    def joined(self, leaves: list[Leaf]) -> Joined:
        """The joined answers of these segments (kept for the last few index states)."""
        key = tuple((leaf.key, leaf.offset) for leaf in leaves)
        return self._joined.get_or_make(key, lambda: Joined.of(leaves))
