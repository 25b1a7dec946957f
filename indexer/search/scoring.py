"""Scores of answers: an answer's best record's BM25F score plus a share of its document head's.

Only the records of the wanted answers are scored, and of those only the ones holding a term of
the query (see :func:`_scored_records`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import numpy as np
from whoosh import query as wq
from whoosh.query.spans import SpanQuery

from indexer.index.schema import TEXT_FIELDS, TITLE
from indexer.search.answers import Leaf
from indexer.search.matching import Answers
from indexer.search.positional import bounded

HEAD_SHARE = 0.3  # how much the document head's score lifts each of its answers
CHECK_EVERY = 256  # records scored between looks at the clock
SKIP_COST = 4  # skipping the scoring matcher to a record costs about as much as stepping over this many


class Scorer:
    """Scores answers with the query's scoring part until the deadline."""

    def __init__(self, answers: Answers, scoring: wq.Query | None, deadline: float | None) -> None:
        self.answers, self.deadline = answers, deadline
        self.passes = (
            [q for q in (_for_kind(scoring, kind) for kind in TEXT_FIELDS) if q is not None] if scoring else []
        )
        self.incomplete = False

    def score(self, wanted: set[int]) -> Callable[[int], tuple[float, int] | None]:
        """(score, best record) of each wanted answer: its best record's score plus a share of
        its document head's; None when nothing of it or its head matches (or was scored)."""
        answers = self.answers
        heads = {answers.head(o) for o in wanted}
        own: dict[int, tuple[float, int]] = {}
        head_best: dict[int, tuple[float, int]] = {}
        for leaf, base in zip(answers.leaves, answers.bases, strict=False):
            local = {o - base for o in wanted | heads if base <= o < base + len(leaf.answers.keys)}
            if not local:
                continue
            segment = leaf.answers
            keep = np.zeros(len(segment.keys), dtype=bool)
            keep[list(local)] = True
            for scoring in self.passes:
                targets = self._targets(leaf, scoring, keep)
                for docnum, score in _scored_records(leaf, scoring, local, targets, self._out_of_time):
                    ordinal = segment.answer_of[docnum] + base
                    hit = (score, docnum + leaf.offset)
                    if ordinal in wanted and (ordinal not in own or score > own[ordinal][0]):
                        own[ordinal] = hit
                    if segment.head_of[ordinal - base] == ordinal - base and (
                        ordinal not in head_best or score > head_best[ordinal][0]
                    ):
                        head_best[ordinal] = hit

        def scored(ordinal: int) -> tuple[float, int] | None:
            head = answers.head(ordinal)
            context = head_best.get(head)
            best = own.get(ordinal)
            if best is None:  # only its document's head matched: the head's score, the answer's own record
                return (context[0], answers.representative(ordinal)) if context else None
            lift = HEAD_SHARE * context[0] if context and head != ordinal and ordinal in own else 0.0
            return best[0] + lift, best[1]

        return scored

    def _targets(self, leaf: Leaf, scoring: wq.Query, keep: np.ndarray) -> np.ndarray | None:
        """The records of the kept answers holding a term of ``scoring`` (sorted; None when
        the query also matches terms it does not name, like a fuzzy word)."""
        if not bounded(scoring):
            return None
        terms = [self.answers.records(leaf, f, t) for f, t in scoring.iter_all_terms()]
        records = np.unique(np.concatenate(terms)) if terms else np.empty(0, dtype=np.int64)
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
    answer_of = segment.answer_of
    steps = 0
    while matcher.is_active():
        docnum = matcher.id()
        if answer_of[docnum] in local:
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
