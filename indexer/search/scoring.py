"""Scores of answers: an answer's best record's BM25F score plus a share of its document head's.

Only the records of the wanted answers are scored, and of those only the ones holding a term of
the query (see :func:`_scored_records`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator

import numpy as np
from whoosh import query as wq
from whoosh.query.spans import SpanQuery
from whoosh.scoring import BM25FScorer

from indexer.index.readers import field_lengths
from indexer.index.schema import TEXT_FIELDS, TITLE
from indexer.search.answers import Leaf
from indexer.search.matching import Answers
from indexer.search.positional import bounded, candidates, record_ids, terms_of

HEAD_SHARE = 0.3  # how much the document head's score lifts each of its answers
CHECK_EVERY = 256  # records scored between looks at the clock
PRUNE_ABOVE = (
    512  # more answers than this (not document heads) to rank by relevance: score only what can reach the page
)
FIRST_SCORED = 8  # records with the highest bounds scored first, per answer on the page
BOUND_MARGIN = 1e-7  # a record's bound is computed like its score, summed in another order: keep a margin
SKIP_COST = 4  # skipping the scoring matcher to a record costs about as much as stepping over this many


class Scorer:
    """Scores answers with the query's scoring part until the deadline."""

    def __init__(self, answers: Answers, scoring: wq.Query | None, deadline: float | None) -> None:
        self.answers, self.deadline = answers, deadline
        self.passes = (
            [q for q in (_for_kind(scoring, kind) for kind in TEXT_FIELDS) if q is not None] if scoring else []
        )
        self.incomplete = False

    def score(self, wanted: set[int], page: int | None = None) -> Callable[[int], tuple[float, int] | None]:
        """(score, best record) of each wanted answer: its best record's score plus a share of
        its document head's; None when nothing of it or its head matches (or was scored).

        With ``page``, only the first ``page`` answers by score need be exact: of many answers,
        a query of plain terms then scores only the records that can reach them (see
        :meth:`_best_of`); answers none of whose records could score ``-inf``."""
        answers = self.answers
        heads = {answers.head(o) for o in wanted}
        own: dict[int, tuple[float, int]] = {}
        head_best: dict[int, tuple[float, int]] = {}
        rest = wanted - heads
        prune = page is not None and len(rest) > PRUNE_ABOVE and all(terms_of(p) for p in self.passes)
        self._collect(wanted, heads if prune else wanted | heads, own, head_best)
        unreached = self._best_of(rest, page or 0, own, head_best) if prune else set()

        def scored(ordinal: int) -> tuple[float, int] | None:
            head = answers.head(ordinal)
            context = head_best.get(head)
            best = own.get(ordinal)
            if ordinal in unreached:
                return -math.inf, answers.representative(ordinal)
            if best is None:  # only its document's head matched: the head's score, the answer's own record
                return (context[0], answers.representative(ordinal)) if context else None
            lift = HEAD_SHARE * context[0] if context and head != ordinal and ordinal in own else 0.0
            return best[0] + lift, best[1]

        return scored

    def _collect(
        self, wanted: set[int], include: set[int], own: dict, head_best: dict, only: dict | None = None
    ) -> None:
        """Score the records of the ``include`` answers (``only``: just these records per segment
        and pass): the best of each wanted answer into ``own``, of each head into ``head_best``."""
        answers = self.answers
        for leaf, base in zip(answers.leaves, answers.bases, strict=False):
            local = {o - base for o in include if base <= o < base + len(leaf.answers.keys)}
            if not local:
                continue
            segment = leaf.answers
            keep = np.zeros(len(segment.keys), dtype=bool)
            keep[list(local)] = True
            for scoring in self.passes:
                if only is None:
                    targets = self._targets(leaf, scoring, keep)
                elif (targets := only.get((id(leaf), id(scoring)))) is None:
                    continue
                if targets is not None and not len(targets):
                    continue  # no record of theirs can match: no matcher to build
                for docnum, score in _scored_records(leaf, scoring, local, targets, self._out_of_time):
                    ordinal = segment.answer_of[docnum] + base
                    hit = (score, docnum + leaf.offset)
                    if ordinal in wanted and (ordinal not in own or score > own[ordinal][0]):
                        own[ordinal] = hit
                    if segment.head_of[ordinal - base] == ordinal - base and (
                        ordinal not in head_best or score > head_best[ordinal][0]
                    ):
                        head_best[ordinal] = hit

    def _best_of(self, rest: set[int], page: int, own: dict, head_best: dict) -> set[int]:
        """Score those records of the ``rest`` answers (no document heads) that can reach the
        first ``page`` answers; return the answers with matching records none of which was scored.

        A record's bound is the sum of the best scores its terms reach (Whoosh's ``max_quality``)
        plus its answer's share of its head's score.  The records with the highest bounds are
        scored first; the ``page``-th best answer then sets the bar, and every record whose bound
        reaches it is scored too: a record below the bar cannot lift its answer onto the page."""
        answers = self.answers
        lift = {o: HEAD_SHARE * head_best[answers.head(o)][0] for o in rest if answers.head(o) in head_best}
        groups = self._bounds(rest, lift)
        having = set()
        for leaf, base, _scoring, records, _bound in groups:
            having.update((np.asarray(leaf.answers.answer_of)[records] + base).tolist())
        exact = [score for score, _ in own.values()]  # answers that are document heads
        exact += [head_best[answers.head(o)][0] for o in rest - having if answers.head(o) in head_best]
        bar = _first_bar(groups, page)
        self._collect(rest, rest, own, head_best, {(id(g[0]), id(g[2])): g[3][g[4] >= bar] for g in groups})
        reached = exact + [score + lift.get(o, 0.0) for o, (score, _) in own.items() if o in rest]
        if len(reached) >= page > 0:
            least = float(np.partition(np.array(reached), -page)[-page])
            least -= abs(least) * 1e-9 + 1e-12  # float sums: rather score a record too many
            later = {(id(g[0]), id(g[2])): g[3][(g[4] >= least) & (g[4] < bar)] for g in groups}
        else:
            later = {(id(g[0]), id(g[2])): g[3][g[4] < bar] for g in groups}
        self._collect(rest, rest, own, head_best, later)
        return having - own.keys()

    def _bounds(self, rest: set[int], lift: dict[int, float]) -> list[tuple]:
        """Per segment and pass: the records of the ``rest`` answers holding a term of the
        pass, and the bound of each (see :meth:`_best_of`)."""
        groups = []
        for leaf, base in zip(self.answers.leaves, self.answers.bases, strict=False):
            size = len(leaf.answers.keys)
            local = [o - base for o in rest if base <= o < base + size]
            if not local:
                continue
            keep, lifted = np.zeros(size, dtype=bool), np.zeros(size)
            keep[local] = True
            lifted[local] = [lift.get(o + base, 0.0) for o in local]
            answer_of = np.asarray(leaf.answers.answer_of)
            for scoring in self.passes:
                pieces, qualities = [], []
                for term, factor in _weighted_terms(scoring, 1.0):
                    bound = _term_bounds(self.answers, leaf, term, factor)
                    if bound is not None and len(bound[0]):
                        pieces.append(bound[0])
                        qualities.append(bound[1])
                if pieces:
                    records, inverse = np.unique(np.concatenate(pieces), return_inverse=True)
                    upper = np.bincount(inverse, weights=np.concatenate(qualities)) * (1 + BOUND_MARGIN)
                    chosen = keep[answer_of[records]]
                    records = records[chosen]
                    groups.append((leaf, base, scoring, records, upper[chosen] + lifted[answer_of[records]]))
        return groups

    def _targets(self, leaf: Leaf, scoring: wq.Query, keep: np.ndarray) -> np.ndarray | None:
        """The records of the kept answers that hold the terms ``scoring`` needs (sorted; None
        when the query also matches terms it does not name, like a fuzzy word)."""
        if not bounded(scoring):
            return None
        records = candidates(self.answers, leaf, scoring)
        return records[keep[np.asarray(leaf.answers.answer_of)[records]]]

    def _out_of_time(self) -> bool:
        if self.deadline is not None and time.perf_counter() > self.deadline:
            self.incomplete = True
        return self.incomplete


def _for_kind(query: wq.Query, kind: str) -> wq.Query | None:
    """The part of ``query`` that can match a record of ``kind`` (None: nothing can).

    A record holds the text of one kind (``titel``, ``frage``, …) and, if it is a title
    record, the document's keyword fields; clauses on other fields never match it and add
    nothing to its score.  Scoring each kind with its own part gives the same scores while
    the matcher walks a tree a quarter the size."""
    if isinstance(query, (wq.And, wq.Or)):
        subs = [sub for sub in (_for_kind(s, kind) for s in query.subqueries) if sub is not None]
        if not subs or (isinstance(query, wq.And) and len(subs) < len(query.subqueries)):
            return None
        return type(query)(subs, boost=query.boost)
    fieldname = getattr(query, "fieldname", None) or _span_field(query)
    if fieldname == kind or (kind == TITLE and fieldname is not None and fieldname not in TEXT_FIELDS):
        return query
    return None


def _span_field(query: wq.Query) -> str | None:
    """The field of a span query over terms of one field (compound parts close together)."""
    fields = {field_name for field_name, _text in query.iter_all_terms()} if isinstance(query, SpanQuery) else set()
    return fields.pop() if len(fields) == 1 else None


def _scored_records(
    leaf: Leaf,
    scoring: wq.Query,
    local: set[int],
    targets: np.ndarray | None,
    out_of_time: Callable[[], bool],
) -> Iterator[tuple[int, float]]:
    """(record, score) for the records of the ``local`` answers that match ``scoring`` (the
    answers passed the filters already, and so did their documents' heads).

    Few records to look at (``targets``: theirs holding a term of the query; else all records
    of the answers) among many matches: jump to each; else walk the matches and keep theirs.
    Every ``CHECK_EVERY`` steps, ``out_of_time`` may end the walk."""
    if out_of_time():
        return
    searcher, segment = leaf.searcher, leaf.answers
    matcher = scoring.matcher(searcher, searcher.context(weighting=searcher.weighting))
    estimate = scoring.estimate_size(searcher.reader())
    if targets is not None and len(targets) * SKIP_COST < estimate:
        yield from _skipping(matcher, targets.tolist(), out_of_time)
        return
    if targets is None and sum(segment.end[o] - segment.first[o] for o in local) * SKIP_COST < estimate:
        ranges = [(segment.first[o], segment.end[o]) for o in sorted(local)]
        yield from _skipping(matcher, [r for start, end in ranges for r in range(start, end)], out_of_time)
        return
    if targets is not None:  # walk, keeping the target records
        chosen = np.zeros(len(segment.answer_of), dtype=bool)
        chosen[targets] = True
        keep = chosen.tolist()
    steps = 0
    answer_of = segment.answer_of
    while matcher.is_active():
        docnum = matcher.id()
        if keep[docnum] if targets is not None else answer_of[docnum] in local:
            yield docnum, matcher.score()
        matcher.next()
        steps += 1
        if steps % CHECK_EVERY == 0 and out_of_time():
            return


def _skipping(matcher, records: list[int], out_of_time: Callable[[], bool]) -> Iterator[tuple[int, float]]:
    """(record, score) of those of the ``records`` (ascending) that the matcher matches."""
    for step, record in enumerate(records, 1):
        if not matcher.is_active():
            return
        if matcher.id() < record:
            matcher.skip_to(record)
        if matcher.is_active() and matcher.id() == record:
            yield record, matcher.score()
        if step % CHECK_EVERY == 0 and out_of_time():
            return


def _weighted_terms(query: wq.Query, factor: float) -> Iterator[tuple[wq.Term, float]]:
    """The terms of an OR of terms, each with the boost its ancestors give its score
    (Whoosh applies an OR's boost only when it has several clauses)."""
    if isinstance(query, wq.Term):
        yield query, factor
        return
    boost = query.boost if len(query.subqueries) > 1 else 1.0
    for sub in query.subqueries:
        yield from _weighted_terms(sub, factor * boost)


def _first_bar(groups: list[tuple], page: int) -> float:
    """The bound above which records are scored first: the best ``FIRST_SCORED`` per answer
    on the page, and at least the best record of ``page`` answers."""
    if not groups:
        return math.inf
    bounds = np.concatenate([bound for *_, bound in groups])
    owners = np.concatenate(
        [np.asarray(leaf.answers.answer_of)[records] + base for leaf, base, _, records, _ in groups]
    )
    order = np.argsort(-bounds, kind="stable")
    firsts = np.sort(np.unique(owners[order], return_index=True)[1])  # where each answer first appears
    first = max(FIRST_SCORED * page, int(firsts[min(page, len(firsts)) - 1]) + 1)
    return float(bounds[order[min(first, len(order)) - 1]])


def _term_bounds(answers: Answers, leaf: Leaf, term: wq.Term, factor: float) -> tuple[np.ndarray, np.ndarray] | None:
    """The records of one segment holding ``term`` and at least the score it adds to each:
    BM25F from the record's weight and field length (the same numbers Whoosh scores with),
    else the term's best score anywhere (``max_quality``)."""
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
