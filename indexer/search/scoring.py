"""Scores of answers: an answer's best record's BM25F score plus a share of its document head's.

Only the records of the wanted answers are scored, and of those only the ones holding a term of
the query (see :func:`_scored_records`).  For a relevance page of many answers, only the records
whose bound (:mod:`~indexer.search.record_bounds`) can lift their answer onto the page are scored,
and the heads of the answers scored.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
from whoosh import query as wq
from whoosh.query.spans import SpanQuery

from indexer.index.schema import TEXT_FIELDS, TITLE
from indexer.search.answer_sets import Answers
from indexer.search.answers import Leaf
from indexer.search.positional import SKIP_COST, bounded, candidates
from indexer.search.record_bounds import pass_bounds

HEAD_SHARE = 0.3  # how much the document head's score lifts each of its answers
CHECK_EVERY = 256  # records scored between looks at the clock
# more answers than this (not document heads) to rank by relevance: score only what can reach the page
PRUNE_ABOVE = 512
FIRST_SCORED = 8  # records with the highest bounds scored first, per answer on the page


@dataclass
class _Pool:
    """The records of the wanted answers and of their documents' heads that match the scoring
    query, with the bound of each one's score: segment by segment, pass by pass."""

    groups: list[tuple[Leaf, int, wq.Query, np.ndarray]]  # segment, its first ordinal, pass, records (sorted)
    owner: np.ndarray  # per pooled record: its answer (global ordinal)
    bound: np.ndarray  # per pooled record: the bound of its score
    done: np.ndarray  # per pooled record: scored already


class Scores:
    """(score, best record) of the wanted answers: an answer's best record's score plus a share of
    its document head's, times the answer's weight; None when nothing of it or its head matches (or was scored)."""

    def __init__(
        self, answers: Answers, own: dict, head_best: dict, unreached: set[int], weight: np.ndarray | None
    ) -> None:
        self.answers, self.own, self.head_best, self.unreached = answers, own, head_best, unreached
        self.weight = weight

    def __call__(self, ordinal: int) -> tuple[float, int] | None:
        answers = self.answers
        head = answers.head(ordinal)
        context = self.head_best.get(head)
        best = self.own.get(ordinal)
        if ordinal in self.unreached:
            return -math.inf, answers.representative(ordinal)
        weight = 1.0 if self.weight is None else float(self.weight[ordinal])
        if best is None:  # only its document's head matched: the head's score, the answer's own record
            return (weight * context[0], answers.representative(ordinal)) if context else None
        lift = HEAD_SHARE * context[0] if context and head != ordinal else 0.0
        return weight * (best[0] + lift), best[1]

    def of(self, ordinals: np.ndarray) -> np.ndarray:
        """The scores of many answers at once, as :meth:`__call__` gives them (0 for None)."""
        size = self.answers.size
        own, context = np.full(size, np.nan), np.full(size, np.nan)
        own[list(self.own)] = [score for score, _ in self.own.values()]
        context[list(self.head_best)] = [score for score, _ in self.head_best.values()]
        head = self.answers.joined.head[ordinals]
        best, lifting = own[ordinals], context[head]
        lift = np.where(~np.isnan(lifting) & (head != ordinals), HEAD_SHARE * lifting, 0.0)
        out = np.where(np.isnan(best), np.nan_to_num(lifting, nan=0.0), best + lift)
        if self.weight is not None:
            out *= self.weight[ordinals]
        out[np.isin(ordinals, np.fromiter(self.unreached, dtype=np.int64, count=len(self.unreached)))] = -math.inf
        return out


class Scorer:
    """Scores answers with the query's scoring part until the deadline."""

    def __init__(self, answers: Answers, scoring: wq.Query | None, deadline: float | None) -> None:
        self.answers, self.deadline = answers, deadline
        self.passes = (
            [q for q in (_for_kind(scoring, kind) for kind in TEXT_FIELDS) if q is not None] if scoring else []
        )
        self.incomplete = False

    def score(self, wanted: set[int], page: int | None = None, weight: np.ndarray | None = None) -> Scores:
        """The scores of the wanted answers (see :class:`Scores`), each times its ``weight`` (per ordinal, at most 1).

        With ``page``, only the first ``page`` answers by score need be exact: of many answers,
        a query whose every record can be bounded then scores only the records that can reach
        them (see :meth:`_best_of`); the answers left unscored score ``-inf``."""
        answers = self.answers
        heads = set(np.unique(answers.joined.head[np.fromiter(wanted, dtype=np.int64, count=len(wanted))]).tolist())
        own: dict[int, tuple[float, int]] = {}
        head_best: dict[int, tuple[float, int]] = {}
        pool = self._pool(wanted | heads) if page and len(wanted - heads) > PRUNE_ABOVE else None
        if pool is None:
            self._collect(wanted, wanted | heads, own, head_best)
            unreached: set[int] = set()
        else:
            unreached = self._best_of(pool, wanted, page or 0, own, head_best, weight)
        return Scores(answers, own, head_best, unreached, weight)

    def _collect(self, wanted: set[int], include: set[int], own: dict, head_best: dict) -> None:
        """Score the records of the ``include`` answers: the best of each wanted answer into
        ``own``, of each head into ``head_best``."""
        answers = self.answers
        for leaf, base in zip(answers.leaves, answers.bases, strict=False):
            local = {o - base for o in include if base <= o < base + len(leaf.answers.keys)}
            if not local:
                continue
            keep = np.zeros(len(leaf.answers.keys), dtype=bool)
            keep[list(local)] = True
            for scoring in self.passes:
                targets = self._targets(leaf, scoring, keep)
                if targets is None or len(targets):  # else no record of theirs can match: no matcher to build
                    self._absorb(leaf, base, scoring, local, targets, wanted, own, head_best)

    def _absorb(
        self,
        leaf: Leaf,
        base: int,
        scoring: wq.Query,
        local: set[int],
        targets: np.ndarray | None,
        wanted: set[int],
        own: dict,
        head_best: dict,
    ) -> None:
        """Score the ``targets`` (None: all records of the ``local`` answers) of one segment and pass."""
        segment = leaf.answers
        for docnum, score in _scored_records(leaf, scoring, local, targets, self._out_of_time):
            ordinal = segment.answer_of[docnum] + base
            hit = (score, docnum + leaf.offset)
            if ordinal in wanted and (ordinal not in own or score > own[ordinal][0]):
                own[ordinal] = hit
            if segment.head_of[ordinal - base] == ordinal - base and (
                ordinal not in head_best or score > head_best[ordinal][0]
            ):
                head_best[ordinal] = hit

    def _pool(self, include: set[int]) -> _Pool | None:
        """The records of the ``include`` answers matching a pass, with their bounds (None: a
        pass cannot be bounded)."""
        answers = self.answers
        keep = answers.mask(include)
        groups, owners, bounds = [], [], []
        for leaf, base in zip(answers.leaves, answers.bases, strict=False):
            local = keep[base : base + len(leaf.answers.keys)]
            if not local.any():
                continue
            for scoring in self.passes:
                found = pass_bounds(answers, leaf, scoring, local)
                if found is None:
                    return None
                groups.append((leaf, base, scoring, found[0]))
                owners.append(answers.joined.answer_of[found[0] + leaf.offset])
                bounds.append(found[1])
        owner = np.concatenate(owners) if owners else np.empty(0, dtype=np.int64)
        bound = np.concatenate(bounds) if bounds else np.empty(0)
        return _Pool(groups, owner, bound, np.zeros(len(owner), dtype=bool))

    def _best_of(
        self, pool: _Pool, wanted: set[int], page: int, own: dict, head_best: dict, weight: np.ndarray | None
    ) -> set[int]:
        """Score the pooled records that can lift their answer onto the first ``page`` answers;
        return the wanted answers left unscored.

        A record of an answer can lift it to its bound plus the share of the best bound of its
        head's records; a head's record, to its bound where the head is wanted itself or speaks
        alone for a wanted answer without matching records of its own.  The records that reach
        highest are scored first; the ``page``-th best answer then sets the bar, and every record
        reaching it is scored too.  The heads of scored answers are scored whole: their share
        must be exact.  What is left cannot lift its answer onto the page.  Weights (at most 1) lower what an
        answer's records reach; a head's reach stays unweighted, an upper bound for every answer it speaks for."""
        answers = self.answers
        head = answers.joined.head
        is_head = head[pool.owner] == pool.owner
        head_bound = np.zeros(answers.size)
        np.maximum.at(head_bound, pool.owner[is_head], pool.bound[is_head])
        wanted_mask = answers.mask(wanted)
        has_records = answers.none()
        has_records[pool.owner] = True
        speaks = wanted_mask.copy()  # heads whose own score counts: wanted, or the score of a wanted answer
        speaks[head[wanted_mask & ~has_records]] = True
        reach = np.where(
            is_head,
            np.where(speaks[pool.owner], pool.bound, -np.inf),
            _weights(weight, pool.owner) * (pool.bound + HEAD_SHARE * head_bound[head[pool.owner]]),
        )
        least = _first_bar(reach, pool.owner, page)
        for last in (False, True):
            self._score_pooled(pool, (reach >= least) & (reach > -np.inf), wanted, own, head_best)
            owned = np.fromiter(own, dtype=np.int64, count=len(own))
            whole = answers.none()
            whole[head[owned[head[owned] != owned]]] = True
            self._score_pooled(pool, is_head & whole[pool.owner], wanted, own, head_best)
            if not last:
                least = _page_score(self._reached(wanted_mask & ~has_records, own, head_best, weight), page)
        scored_heads, in_own = answers.mask(head_best), answers.mask(own)
        unreached = wanted_mask & np.where(has_records, ~in_own, has_records[head] & ~scored_heads[head])
        return set(np.flatnonzero(unreached).tolist())

    def _reached(self, alone: np.ndarray, own: dict, head_best: dict, weight: np.ndarray | None) -> np.ndarray:
        """The (weighted) scores of the answers scored so far (``alone``: the wanted answers their head speaks for)."""
        head = self.answers.joined.head
        head_score = np.zeros(self.answers.size)
        head_score[list(head_best)] = [score for score, _ in head_best.values()]
        scored_heads = self.answers.mask(head_best)
        owned = np.fromiter(own, dtype=np.int64, count=len(own))
        best = np.array([score for score, _ in own.values()], dtype=np.float64)
        lifted = _weights(weight, owned) * (
            best + np.where(head[owned] != owned, HEAD_SHARE * head_score[head[owned]], 0.0)
        )
        spoken = np.flatnonzero(alone & scored_heads[head])
        return np.concatenate([lifted, _weights(weight, spoken) * head_score[head[spoken]]])

    def _score_pooled(self, pool: _Pool, chosen: np.ndarray, wanted: set[int], own: dict, head_best: dict) -> None:
        """Score the ``chosen`` pooled records not scored yet."""
        todo = chosen & ~pool.done
        pool.done |= todo
        start = 0
        for leaf, base, scoring, records in pool.groups:
            targets = records[todo[start : start + len(records)]]
            start += len(records)
            if len(targets):
                self._absorb(leaf, base, scoring, set(), targets, wanted, own, head_best)

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


def _weights(weight: np.ndarray | None, ordinals: np.ndarray) -> np.ndarray | float:
    """The weights of ``ordinals`` (1 for every answer without weights)."""
    return 1.0 if weight is None else weight[ordinals]


def _first_bar(reach: np.ndarray, owner: np.ndarray, page: int) -> float:
    """The reach above which records are scored first: the best ``FIRST_SCORED`` per answer on
    the page, and at least the best record of ``page`` answers."""
    relevant = reach > -np.inf
    bounds, owners = reach[relevant], owner[relevant]
    if not len(bounds):
        return math.inf
    wanted = max(FIRST_SCORED * page, page)
    while True:
        size = min(wanted, len(bounds))
        top = np.argpartition(-bounds, size - 1)[:size] if size < len(bounds) else np.arange(len(bounds))
        top = top[np.argsort(-bounds[top], kind="stable")]
        firsts = np.sort(np.unique(owners[top], return_index=True)[1])  # where each answer first appears
        if len(firsts) >= page or size == len(bounds):
            break
        wanted *= 4
    first = max(FIRST_SCORED * page, int(firsts[min(page, len(firsts)) - 1]) + 1)
    return float(bounds[top[min(first, len(top)) - 1]])


def _page_score(reached: np.ndarray, page: int) -> float:
    """The score an answer needs to reach the page, given the answers scored so far; a little
    less, as float sums differ (rather score a record too many), and ``-inf`` while fewer than
    a page are known."""
    if len(reached) < page:
        return -math.inf
    least = float(np.partition(reached, -page)[-page])
    return least - (abs(least) * 1e-9 + 1e-12)


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
