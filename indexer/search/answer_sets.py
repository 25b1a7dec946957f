"""Sets of answers as masks: global answer ordinals across the segments of one searcher.

A mask holds one bool per answer; the answers a query term matches are read from its postings once
per search (kept decoded across searches, see :mod:`~indexer.search.postings`), so matching a
query is array work, not a walk over Whoosh's matchers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np
from whoosh import query as wq
from whoosh.searching import Searcher

from indexer.index.readers import posting_ids
from indexer.search.answers import AnswerMaps, Leaf
from indexer.search.positional import record_ids, terms_of, union

Mask = np.ndarray  # one bool per global answer ordinal: a set of answers


class Answers:
    """Global answer ordinals across the segments of one searcher (see :class:`~indexer.search.answers.Joined`)."""

    def __init__(self, maps: AnswerMaps, searcher: Searcher) -> None:
        self.kept = maps.postings
        self.leaves = maps.leaves(searcher)
        self.joined = joined = maps.joined(self.leaves)
        self.bases = joined.bases
        self.size = len(joined.keys)
        self._records: dict[tuple, np.ndarray] = {}
        self._postings: dict[tuple, tuple[np.ndarray, np.ndarray] | None] = {}
        self._checked: dict[tuple, tuple[np.ndarray | None, np.ndarray]] = {}
        self._found: dict[int, list[np.ndarray]] = {}  # id(query) → global records matching it, as checked

    def key(self, ordinal: int) -> str:
        return self.joined.keys[ordinal]

    def head(self, ordinal: int) -> int:
        return int(self.joined.head[ordinal])

    def date(self, ordinal: int) -> int:
        return int(self.joined.date[ordinal])

    def representative(self, ordinal: int) -> int:
        """The answer's first record (its question; the title for a document head)."""
        return int(self.joined.first[ordinal])

    def title_record(self, ordinal: int) -> int:
        """The title record of the answer's document, which carries the document's facets."""
        return int(self.joined.title[ordinal])

    def none(self) -> Mask:
        return np.zeros(self.size, dtype=bool)

    def heads(self) -> Mask:
        """The documents' heads (title, Vorbemerkung, annexes), each an answer of its own (read-only)."""
        return self.joined.heads

    def mask(self, ordinals: Iterable[int]) -> Mask:
        """The answers ``ordinals`` as a mask."""
        out = self.none()
        out[list(ordinals)] = True
        return out

    def answers_to(self, documents: Mask, positions: Callable[[int], list[int]]) -> Mask:
        """The cited answers of the documents whose heads are in ``documents``: those at
        ``positions(head)`` (their questions' numbers in order), or the head where there is none."""
        out = self.none()
        for head in np.flatnonzero(documents & self.heads()).tolist():
            document = self.key(head).rpartition("#")[0]
            wanted = {f"{document}#{number}" for number in positions(head)}
            found = [o for o in range(head, int(self.joined.doc_end[head])) if self.key(o) in wanted]
            out[found or [head]] = True
        return out

    def allowed(self, restrict: wq.Query | None) -> Mask | None:
        """The answers of the documents passing ``restrict`` (None: all documents).

        Filters select documents (their facets sit on the title record), so an answer passes
        when its document's head does."""
        if restrict is None:
            return None
        heads = self.none()
        for leaf in self.leaves:
            records = np.fromiter(restrict.docs(leaf.searcher), dtype=np.int64) + leaf.offset
            heads[self.joined.head[self.joined.answer_of[records]]] = True
        return heads[self.joined.head]

    def matching(self, query: wq.Query, allowed: Mask | None, only: np.ndarray | None = None) -> Mask:
        """The answers with a record matching ``query`` (of the ``allowed`` documents; ``only``: by the records it
        marks, one bool per global record number)."""
        found = self.none()
        terms = terms_of(query)
        for leaf in self.leaves:
            if terms is None:
                records = record_ids(leaf.searcher, query)
            else:
                records = np.concatenate([self.records(leaf, f, t) for f, t in terms] or [np.empty(0, dtype=np.int64)])
            records = records + leaf.offset
            found[self.joined.answer_of[records if only is None else records[only[records]]]] = True
        return found if allowed is None else found & allowed

    def records(self, leaf: Leaf, fieldname: str, text: str) -> np.ndarray:
        """The records of one segment holding a term (sorted; kept for this search)."""
        postings = self.postings(leaf, fieldname, text)
        if postings is not None:
            return postings[0]
        key = (leaf.key, fieldname, text)
        if key not in self._records:
            self._records[key] = np.unique(posting_ids(leaf.searcher.reader(), [(fieldname, text)]))
        return self._records[key]

    def postings(self, leaf: Leaf, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray] | None:
        """(records, weights) of a term in one segment, read once per search, decoded once per
        process while kept (see :mod:`~indexer.search.postings`)."""
        key = (leaf.key, fieldname, text)
        if key not in self._postings:
            self._postings[key] = self.kept.postings(leaf.key, leaf.searcher.reader(), fieldname, text)
        return self._postings[key]

    def note_found(self, query: wq.Query, records: np.ndarray) -> None:
        """Remember the records (global) a positional ``query`` was found to match: every matching record of an
        answer it was checked in is among them (see :func:`~indexer.search.positional.matching_within`)."""
        self._found.setdefault(id(query), []).append(records)

    def found_records(self, query: wq.Query) -> np.ndarray | None:
        """The records (global, unsorted) a positional ``query`` was found to match so far; None if never checked."""
        found = self._found.get(id(query))
        return None if found is None else np.concatenate(found)

    def note_checked(self, leaf: Leaf, query: wq.Query, looked: np.ndarray | None, found: np.ndarray) -> None:
        """Remember the records of one segment in which a positional ``query`` was checked (None:
        all) and those it matched, so scoring need not check them again (see :mod:`~indexer.search.record_bounds`)."""
        key = (leaf.key, id(query))
        if key in self._checked:
            looked_before, found_before = self._checked[key]
            looked = None if looked is None or looked_before is None else union([looked, looked_before])
            found = union([found, found_before])
        self._checked[key] = (looked, found)

    def checked_matches(self, leaf: Leaf, query: wq.Query, records: np.ndarray) -> np.ndarray | None:
        """The records of one segment matching ``query`` (a superset of those among ``records``)
        when matching checked all of ``records``; else None."""
        known = self._checked.get((leaf.key, id(query)))
        if known is None or (known[0] is not None and not np.isin(records, known[0]).all()):
            return None
        return known[1]

    def with_documents(self, answers: Mask) -> Mask:
        """``answers`` plus every answer of a document whose head is among them."""
        return answers | answers[self.joined.head]

    def whole_documents(self, answers: Mask) -> Mask:
        """Every answer (and head) of a document that has one of ``answers`` (or whose head is one)."""
        documents = self.none()
        documents[self.joined.head[answers]] = True
        return documents[self.joined.head]


def every(masks: Iterable[Mask], start: Mask) -> Mask:
    """``start`` and every mask (intersection)."""
    out = start.copy()
    for mask in masks:
        out &= mask
    return out


def anyof(masks: Iterable[Mask], start: Mask) -> Mask:
    """``start`` or any mask (union)."""
    out = start.copy()
    for mask in masks:
        out |= mask
    return out
