"""Upper bounds of the scores records get from a scoring query, computed without scoring them.

Scoring a record walks Whoosh's matchers in Python; a bound is numpy over the postings.  A term's
bound is BM25F from the record's weight and field length — the numbers Whoosh scores with — so it
is the score itself up to the order of float sums (hence :data:`BOUND_MARGIN`).  Whoosh scores a
phrase as the sum of its words' scores times its boost wherever the words stand close enough, so
the sum of its words' bounds bounds it in every record that holds them all.

A bound only helps when every record it names matches: then an answer with such a record has a
score, one without has none.  That holds for terms; for a phrase when the same query also holds
one of its words as a term (the proximity bonus of several plain words), or when matching already
checked the phrase in those records (:meth:`~indexer.search.matching.Answers.checked_matches`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from whoosh import query as wq
from whoosh.scoring import BM25FScorer

from indexer.index.readers import field_lengths
from indexer.search.positional import record_ids

if TYPE_CHECKING:
    from indexer.search.answer_sets import Answers
    from indexer.search.answers import Leaf

BOUND_MARGIN = 1e-7  # a record's bound is computed like its score, summed in another order: keep a margin
Bounds = tuple[np.ndarray, np.ndarray]  # records of one segment (sorted) and the bound of each


def pass_bounds(answers: Answers, leaf: Leaf, scoring: wq.Query, keep: np.ndarray) -> Bounds | None:
    """The records of the kept answers (``keep``: a mask over the segment's answers) that match
    ``scoring``, each with an upper bound of its score; None when ``scoring`` cannot be bounded
    (prefix and fuzzy expansions inside phrases, spans, a phrase matching has not checked)."""
    leaves = scored_leaves(scoring, 1.0)
    if leaves is None:
        return None
    terms = {(q.fieldname, q.text) for q, _ in leaves if isinstance(q, wq.Term)}
    pieces, qualities = [], []
    for query, factor in leaves:
        if isinstance(query, wq.Term):
            bound = term_bounds(answers, leaf, query, factor)
        else:
            covered = any((query.fieldname, word) in terms for word in query.words)
            bound = _phrase_bounds(answers, leaf, query, factor, None if covered else keep)
            if bound is None:
                return None
        if bound is not None and len(bound[0]):
            pieces.append(bound[0])
            qualities.append(bound[1])
    if not pieces:
        return np.empty(0, dtype=np.int64), np.empty(0)
    records, inverse = np.unique(np.concatenate(pieces), return_inverse=True)
    upper = np.bincount(inverse, weights=np.concatenate(qualities)) * (1 + BOUND_MARGIN)
    chosen = keep[np.asarray(leaf.answers.answer_of)[records]]
    return records[chosen], upper[chosen]


def scored_leaves(query: wq.Query, factor: float) -> list[tuple[wq.Term | wq.Phrase, float]] | None:
    """The terms and phrases of an OR of them, each with the boost its ancestors give its score
    (Whoosh applies an OR's boost only when it has several clauses); None for anything else."""
    if isinstance(query, (wq.Term, wq.Phrase)):
        return [(query, factor)]
    if not isinstance(query, wq.Or):
        return None
    boost = query.boost if len(query.subqueries) > 1 else 1.0
    out: list[tuple[wq.Term | wq.Phrase, float]] = []
    for sub in query.subqueries:
        leaves = scored_leaves(sub, factor * boost)
        if leaves is None:
            return None
        out.extend(leaves)
    return out


def term_bounds(answers: Answers, leaf: Leaf, term: wq.Term, factor: float) -> Bounds | None:
    """The records of one segment holding ``term`` and at least the score it adds to each:
    BM25F from the record's weight and field length, else the term's best score anywhere
    (``max_quality``); None when no record holds it."""
    searcher = leaf.searcher
    postings = answers.postings(leaf, term.fieldname, term.text)
    if postings is not None and not len(postings[0]):
        return None
    scorer = searcher.weighting.scorer(searcher, term.fieldname, term.text)
    lengths = field_lengths(searcher.reader(), term.fieldname)
    factor *= term.boost
    if postings is None:
        records = np.unique(record_ids(searcher, term))
        return records, np.full(len(records), scorer.max_quality() * factor)
    records, weights = postings
    if not isinstance(scorer, BM25FScorer) or lengths is None:
        return records, np.full(len(records), scorer.max_quality() * factor)
    length = lengths[records]
    norm = weights + scorer.K1 * ((1 - scorer.B) + scorer.B * length / scorer.avgfl)
    return records, scorer.idf * ((weights * (scorer.K1 + 1)) / norm) * factor


def _phrase_bounds(
    answers: Answers, leaf: Leaf, phrase: wq.Phrase, factor: float, keep: np.ndarray | None
) -> Bounds | None:
    """The records holding every word of ``phrase`` and the sum of the words' bounds times its
    boost.  With ``keep``, the phrase is not covered by a term of its query: only the records
    matching has found are named, and None is returned unless matching checked all of them."""
    empty = np.empty(0, dtype=np.int64), np.empty(0)
    per_word = [term_bounds(answers, leaf, wq.Term(phrase.fieldname, w), factor * phrase.boost) for w in phrase.words]
    words = [bound for bound in per_word if bound is not None]
    if not words or len(words) < len(per_word):
        return empty  # a word this segment lacks: Whoosh matches nothing here
    records, total = words[0]
    for other_records, other in words[1:]:
        records, mine, theirs = np.intersect1d(records, other_records, assume_unique=True, return_indices=True)
        total = total[mine] + other[theirs]
    if keep is None:
        return records, total
    found = answers.checked_matches(leaf, phrase, records[keep[np.asarray(leaf.answers.answer_of)[records]]])
    if found is None:
        return None
    matching = np.isin(records, found)
    return records[matching], total[matching]
