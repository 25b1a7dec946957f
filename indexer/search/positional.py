"""Positional queries (phrases, a compound's parts close together) checked only where they matter.

Checking positions is the dearest part of matching: Whoosh decodes the positions of every
record holding all the words.  A compound like ``Nordrhein-Westfalen`` has a dozen such
alternatives, most of them met only by answers that the word itself already meets.  So
:class:`~indexer.search.matching.Matches` reads the plain terms first, bounds each positional
query by the answers holding all its terms (:func:`upper_bound`), and checks positions only in
the records of answers whose outcome is still open (:func:`matching_within`).  Totals, the page
and how each hit matched stay exact: what was skipped could not change them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import numpy as np
from whoosh import query as wq
from whoosh.query.spans import SpanNear, SpanNear2
from whoosh.reading import TermNotFound
from whoosh.searching import Searcher

from indexer.index.readers import posting_ids
from indexer.search.nearby import SpelledOut
from indexer.search.position_checks import near_records, slots

if TYPE_CHECKING:
    from indexer.search.answer_sets import Answers, Mask
    from indexer.search.answers import Leaf

SKIP_COST = 4  # skipping a matcher to a record costs about as much as stepping over this many


def terms_of(query: wq.Query) -> list[tuple[str, str]] | None:
    """The (field, text) pairs of a term or an OR of terms; None for anything else."""
    if isinstance(query, wq.Term):
        return [(query.fieldname, query.text)]
    if isinstance(query, wq.Or):
        out: list[tuple[str, str]] = []
        for sub in query.subqueries:
            terms = terms_of(sub)
            if terms is None:
                return None
            out.extend(terms)
        return out
    return None


def upper_bound(answers: Answers, query: wq.Query) -> Mask | None:
    """The answers with records holding every term ``query`` needs — a superset of those it
    matches — or None when the query is no phrase, span or AND/OR of them and terms."""
    if not bounded(query):
        return None
    out = answers.none()
    for leaf in answers.leaves:
        records = candidates(answers, leaf, query)
        out[answers.joined.answer_of[records + leaf.offset]] = True
    return out


def bounded(query: wq.Query) -> bool:
    """Does ``query`` match only records holding the terms it names (no fuzzy or prefix terms)?"""
    if isinstance(query, (wq.Phrase, SpanNear, SpanNear2, wq.Term)):
        return True
    if isinstance(query, SpelledOut):
        return bounded(query.child)
    return isinstance(query, (wq.And, wq.Or)) and all(bounded(sub) for sub in query.subqueries)


def candidates(answers: Answers, leaf: Leaf, query: wq.Query) -> np.ndarray:
    """The records of one segment that hold every term ``query`` needs (sorted, unique): a phrase
    or span all of its terms, an AND all of its parts', an OR any of its parts'."""
    if isinstance(query, wq.Term):
        return answers.records(leaf, query.fieldname, query.text)
    if isinstance(query, SpelledOut):
        return candidates(answers, leaf, query.child)
    if isinstance(query, (wq.Phrase, SpanNear, SpanNear2)):
        places = slots(query) or [(field, (text,)) for field, text in query.iter_all_terms()]
        out = np.empty(0, dtype=np.int64)
        for i, (field, texts) in enumerate(places):
            held = union([answers.records(leaf, field, text) for text in texts])
            out = held if i == 0 else np.intersect1d(out, held, assume_unique=True)
        return out
    parts = [candidates(answers, leaf, sub) for sub in query.subqueries]
    if not isinstance(query, wq.And):
        return union(parts)
    out = parts[0]
    for part in parts[1:]:
        out = np.intersect1d(out, part, assume_unique=True)
    return out


def union(parts: list[np.ndarray]) -> np.ndarray:
    """The records of sorted arrays, sorted and unique: a stable sort merges their runs in linear
    time, where ``np.union1d`` hashes every record again."""
    out = np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)
    out.sort(kind="stable")
    return out[np.concatenate(([True], out[1:] != out[:-1]))] if len(out) else out


def matching_within(answers: Answers, query: wq.Query, within: Mask) -> Mask:
    """The answers of ``within`` with a record matching ``query``: the matcher skips to the
    records of theirs that hold all its terms (or, when they are many, walks all matches).  The
    records found are noted (:meth:`~indexer.search.answer_sets.Answers.note_found`)."""
    found = answers.none()
    for leaf in answers.leaves:
        records = candidates(answers, leaf, query)
        records = records[within[answers.joined.answer_of[records + leaf.offset]]]
        if len(records):
            matched = _records_of(answers, leaf, query, records) + leaf.offset
            answers.note_found(query, matched)
            found[answers.joined.answer_of[matched]] = True
    return found & within


def _records_of(answers: Answers, leaf: Leaf, query: wq.Query, records: np.ndarray) -> np.ndarray:
    """The records matching ``query``: all of ``records`` that do, perhaps others too (the caller
    keeps those of the answers it wants).  What was checked is noted for scoring."""
    searcher = leaf.searcher
    if isinstance(query, wq.Or):  # each alternative checked only where it can hold and none before it did
        found = []
        for sub in query.subqueries:
            found.append(_records_of(answers, leaf, sub, records))
            records = records[~np.isin(records, found[-1], assume_unique=True)]
            if not len(records):
                break
        return union(found)
    if isinstance(query, SpelledOut):  # the span first, the text only of wanted records where it holds
        spans = _records_of(answers, leaf, query.child, records)
        spans = spans[np.isin(spans, records)]
        titles = answers.joined.title[answers.joined.answer_of[spans + leaf.offset]] - leaf.offset
        kept = [r for r, t in zip(spans.tolist(), titles.tolist(), strict=True) if query.spelled_out(searcher, r, t)]
        return np.array(kept, dtype=np.int64)
    every = len(records) * SKIP_COST >= query.estimate_size(searcher.reader())  # check all its records
    looked = None if every else records  # None: all records of the segment
    matched = near_records(searcher, query, candidates(answers, leaf, query) if every else records)
    if matched is None:
        matched = _whoosh_records(searcher, query, None if every else records)
    answers.note_checked(leaf, query, looked, matched)
    return matched


def _whoosh_records(searcher: Searcher, query: wq.Query, records: np.ndarray | None) -> np.ndarray:
    """The records matching ``query`` by Whoosh's matcher: all of them, or those of ``records``."""
    try:
        matcher = query.matcher(searcher, searcher.boolean_context())
    except TermNotFound:
        return np.empty(0, dtype=np.int64)
    if records is None:
        return np.fromiter(matcher.all_ids(), dtype=np.int64)
    return np.fromiter(_skipping(matcher, records.tolist()), dtype=np.int64)


def _skipping(matcher, records: list[int]) -> Iterator[int]:
    """Those of the ``records`` (ascending) that the matcher matches."""
    for record in records:
        if not matcher.is_active():
            return
        if matcher.id() < record:
            matcher.skip_to(record)
        if matcher.is_active() and matcher.id() == record:
            yield record


def record_ids(searcher, query: wq.Query) -> np.ndarray:
    """Records matching ``query`` in one segment; terms (and ORs of terms) are read a block
    of postings at a time instead of one matcher step per record."""
    terms = terms_of(query)
    if terms is None:
        return np.fromiter(query.docs(searcher), dtype=np.int64)
    return posting_ids(searcher.reader(), terms)
