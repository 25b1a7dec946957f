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

from typing import TYPE_CHECKING

import numpy as np
from whoosh import query as wq
from whoosh.query.spans import SpanNear, SpanNear2
from whoosh.reading import TermNotFound

from indexer.index.readers import posting_ids

if TYPE_CHECKING:
    from indexer.search.answers import Leaf
    from indexer.search.matching import Answers, Mask

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
    if isinstance(query, (wq.Phrase, SpanNear, SpanNear2)):
        out = None
        for term in query.iter_all_terms():
            having = answers.holding([term])
            out = having if out is None else out & having
        return out if out is not None else answers.none()
    if isinstance(query, wq.Term):
        return answers.holding([(query.fieldname, query.text)])
    if isinstance(query, (wq.And, wq.Or)):
        bounds = [upper_bound(answers, sub) for sub in query.subqueries]
        known = [bound for bound in bounds if bound is not None]
        if not known or len(known) < len(bounds):
            return None
        result = known[0].copy()
        for bound in known[1:]:
            result = result & bound if isinstance(query, wq.And) else result | bound
        return result
    return None


def matching_within(answers: Answers, query: wq.Query, within: Mask) -> Mask:
    """The answers of ``within`` with a record matching ``query``: the matcher skips to their
    records (or, when they are many, walks all matches and keeps theirs)."""
    found = answers.none()
    for leaf, base in zip(answers.leaves, answers.bases, strict=False):
        local = np.flatnonzero(within[base : base + len(leaf.answers.keys)])
        if len(local):
            records = np.fromiter(_records_of(leaf, query, local), dtype=np.int64)
            found[answers.joined.answer_of[records + leaf.offset]] = True
    return found & within


def _records_of(leaf: Leaf, query: wq.Query, local: np.ndarray):
    searcher, segment = leaf.searcher, leaf.answers
    try:
        matcher = query.matcher(searcher, searcher.boolean_context())
    except TermNotFound:
        return
    first, end = np.asarray(segment.first)[local].tolist(), np.asarray(segment.end)[local].tolist()
    if (sum(end) - sum(first)) * SKIP_COST >= query.estimate_size(searcher.reader()):
        yield from matcher.all_ids()  # the caller keeps those of the wanted answers
        return
    for start, stop in zip(first, end, strict=True):
        if not matcher.is_active():
            return
        if matcher.id() < start:
            matcher.skip_to(start)
        while matcher.is_active() and matcher.id() < stop:
            yield matcher.id()
            matcher.next()


def record_ids(searcher, query: wq.Query) -> np.ndarray:
    """Records matching ``query`` in one segment; terms (and ORs of terms) are read a block
    of postings at a time instead of one matcher step per record."""
    terms = terms_of(query)
    if terms is None:
        return np.fromiter(query.docs(searcher), dtype=np.int64)
    return posting_ids(searcher.reader(), terms)
