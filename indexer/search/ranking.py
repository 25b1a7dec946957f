"""Which answers match, and in what order.

Records are paragraphs, but a researcher asks about answers: ``Unterrichtsversorgung
Oberschulen Uelzen`` should find the answers about teaching supply in a document whose
*title* names Uelzen, although no single paragraph holds all three words.  So each required
requirement of the query (see :class:`~indexer.search.query.Requirement`) must be met somewhere in the
answer — its question, one of its paragraphs — or in its document's head (title,
Vorbemerkungen), which speaks for every answer of the document.

An answer's score is its best paragraph's BM25F score (field boosts, phrase and proximity
bonus from the scoring query) plus a share of its document head's best score, so answers of
a document that is about the query rank above stray mentions elsewhere.

When the strict AND leaves fewer than a page of answers for a query of several words, the
answers that lack exactly one of them follow, each saying which word it lacks: officials
write ``Fahrbahnoberfläche`` where the researcher typed ``Fahrbahndecke``.  They always rank
below every full match; among them, answers of a document that has full matches come first.

Matching works on answer ordinals (:mod:`indexer.search.answers`), and only the answers that can
reach the requested page are scored: sorted by date, that is the page itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from whoosh import query as wq
from whoosh.query.spans import SpanQuery
from whoosh.searching import Searcher

from indexer.index.schema import TEXT_FIELDS, TITLE
from indexer.search.answers import AnswerMaps, Leaf
from indexer.search.matching import Answers, Matches
from indexer.search.positional import bounded
from indexer.search.query import CompiledQuery

HEAD_SHARE = 0.3  # how much the document head's score lifts each of its answers
RELEVANCE, NEWEST, OLDEST = "relevanz", "neueste", "aelteste"
MIN_DATE, MAX_DATE = 1000_01_01, 9999_12_31  # ``datum`` is YYYYMMDD; anything else means undated
UNDATED = MAX_DATE + 1  # sorts after every date, newest or oldest first
NUMBER = "nummer"  # the way an answer matches a cited document number
CHECK_EVERY = 256  # records scored between looks at the clock
SKIP_COST = 4  # skipping the scoring matcher to a record costs about as much as stepping over this many


class RankedAnswer(NamedTuple):
    score: float
    docnum: int  # the answer's best record
    key: str  # the answer key (see schema.answer_key)
    missing: tuple[str, ...] = ()  # what the answer lacks (relaxed matches only): a word, or all but parts of it
    how: tuple[str, ...] = ()  # per query word, the way it matched (see indexer.search.query.WAYS)
    ordinal: int = -1


@dataclass(frozen=True)
class Ranking:
    """The answers of one query: how many match fully, how many lack one word, and the first ones."""

    total: int
    partial: int
    answers: list[RankedAnswer]  # in result order: full matches, then relaxed ones
    representatives: list[int]  # one record of every full match (for facet counts)
    incomplete: bool = False  # the deadline cut scoring short: counts are exact, the order is not


def _tie(key: str) -> tuple[str, int]:
    """A stable last sort key: document id, then question number (independent of segments)."""
    doc, _, question = key.rpartition("#")
    return doc, int(question) if question.isdigit() else 0


def rank_answers(
    searcher: Searcher,
    compiled: CompiledQuery,
    maps: AnswerMaps,
    restrict: wq.Query | None = None,
    relax_below: int = 0,
    wanted: int | None = None,
    order: str = RELEVANCE,
    deadline: float | None = None,
    reserve: float = 0.0,
) -> Ranking:
    """The matching answers, counted, and the first ``wanted`` of them (None: all) ranked.

    ``restrict`` (filters) limits the records that count, for matching as for scoring.  With
    fewer than ``relax_below`` full matches, answers lacking one of several words, or having only
    scattered parts of a compound, follow (see :meth:`Matches.relaxed`).
    ``order`` is relevance or date (newest/oldest first, undated last, then relevance).
    Scoring stops at ``deadline`` (a ``time.perf_counter()`` value), but runs ``reserve``
    seconds at least: the answers are then ranked by the records scored so far, unscored
    ones last, and the ranking says so.
    """
    answers = Answers(maps, searcher)
    allowed = answers.allowed(restrict)
    matches = Matches(answers, compiled, allowed)
    candidates = matches.full()
    by_number = answers.matching(compiled.numbers, allowed) if compiled.numbers is not None else answers.none()
    candidates |= by_number
    count = int(candidates.sum())
    partial = matches.relaxed(candidates, relax_below - count) if count < relax_below else {}
    if compiled.exclude is not None:
        excluded = answers.matching(compiled.exclude, None)
        candidates &= ~excluded
        count = int(candidates.sum())
        partial = {ordinal: missing for ordinal, missing in partial.items() if not excluded[ordinal]}
    if not count and not partial:
        return Ranking(0, 0, [], [])
    chosen = np.flatnonzero(candidates)
    representatives = answers.joined.title[chosen].tolist()
    if wanted == 0:
        return Ranking(count, len(partial), [], representatives)
    if deadline is not None:
        deadline = max(deadline, time.perf_counter() + reserve)
    scorer = _Scorer(answers, compiled.scoring, deadline)
    if order == RELEVANCE:
        ranked = _by_relevance(answers, scorer, chosen, partial, matches.tier, wanted)
    else:
        ranked = _by_date(answers, scorer, chosen, wanted, newest=order == NEWEST)
    ranked = [a._replace(how=(NUMBER,) if by_number[a.ordinal] else matches.how(a.ordinal)) for a in ranked]
    return Ranking(count, len(partial), ranked, representatives, scorer.incomplete)


def list_answers(
    searcher: Searcher,
    maps: AnswerMaps,
    restrict: wq.Query,
    wanted: int | None = None,
    newest: bool = True,
) -> Ranking:
    """Every answer of the documents passing ``restrict`` (filters without words), by date."""
    answers = Answers(maps, searcher)
    allowed = answers.allowed(restrict)
    heads = answers.joined.head == np.arange(answers.size)
    chosen = np.flatnonzero(~heads if allowed is None else allowed & ~heads)
    ranked = _by_date(answers, _Scorer(answers, None, None), chosen, wanted, newest)
    return Ranking(len(chosen), 0, ranked, answers.joined.title[chosen].tolist())


def _page(keys: np.ndarray, wanted: int | None) -> np.ndarray:
    """Positions of the ``wanted`` smallest ``keys`` and of every key tied with the last of
    them (all positions when ``wanted`` is None): the only ones that can reach the page."""
    if wanted is None or len(keys) <= wanted:
        return np.arange(len(keys))
    boundary = np.partition(keys, wanted - 1)[wanted - 1]
    return np.flatnonzero(keys <= boundary)


def _by_relevance(
    answers: Answers,
    scorer: _Scorer,
    candidates: np.ndarray,
    partial: dict[int, tuple[str, ...]],
    tier: dict[int, float],
    wanted: int | None,
) -> list[RankedAnswer]:
    scored = scorer.score(set(candidates.tolist()) | set(partial))

    def ranked(ordinal: int, missing: tuple[str, ...] = ()) -> RankedAnswer:
        score, docnum = scored(ordinal) or (0.0, answers.representative(ordinal))
        return RankedAnswer(score, docnum, answers.key(ordinal), missing, ordinal=ordinal)

    full_scores = np.array([(scored(o) or (0.0,))[0] for o in candidates.tolist()], dtype=np.float64)
    page = candidates[_page(-full_scores, wanted)].tolist()
    full = sorted((ranked(o) for o in page), key=lambda a: (-a.score, _tie(a.key)))
    if wanted is not None and len(full) >= wanted:
        return full[:wanted]
    documents_with_full_matches = set(answers.joined.head[candidates].tolist())
    relaxed = sorted(
        (
            (tier.get(o, 1.0), answers.head(o) not in documents_with_full_matches, ranked(o, partial[o]))
            for o in partial
        ),
        key=lambda item: (item[0], item[1], -item[2].score, _tie(item[2].key)),
    )
    out = full + [answer for *_, answer in relaxed]
    return out if wanted is None else out[:wanted]


def _by_date(
    answers: Answers,
    scorer: _Scorer,
    candidates: np.ndarray,
    wanted: int | None,
    newest: bool,
) -> list[RankedAnswer]:
    """Undated answers last in both directions, then by date, then by relevance — scoring only
    the answers that can reach the first ``wanted`` places."""
    dates = answers.joined.date[candidates]
    when = np.where((dates >= MIN_DATE) & (dates <= MAX_DATE), (-1 if newest else 1) * dates, UNDATED)
    page = _page(when, wanted)
    dated, keys = candidates[page].tolist(), when[page].tolist()
    scored = scorer.score(set(dated))
    ranked = []
    for ordinal, key in zip(dated, keys, strict=True):
        score, docnum = scored(ordinal) or (0.0, answers.representative(ordinal))
        ranked.append((key, RankedAnswer(score, docnum, answers.key(ordinal), ordinal=ordinal)))
    ranked.sort(key=lambda item: (item[0], -item[1].score, _tie(item[1].key)))
    out = [answer for _, answer in ranked]
    return out if wanted is None else out[:wanted]


class _Scorer:
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
