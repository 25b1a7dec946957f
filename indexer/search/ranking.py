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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from whoosh import query as wq
from whoosh.searching import Searcher

from indexer.index.readers import posting_ids
from indexer.index.schema import TEXT_FIELDS, TITLE
from indexer.search.answers import AnswerMaps, Leaf
from indexer.search.query import CompiledQuery, Requirement

HEAD_SHARE = 0.3  # how much the document head's score lifts each of its answers
RELEVANCE, NEWEST, OLDEST = "relevanz", "neueste", "aelteste"
MIN_DATE, MAX_DATE = 1000_01_01, 9999_12_31  # ``datum`` is YYYYMMDD; anything else means undated
UNDATED = MAX_DATE + 1  # sorts after every date, newest or oldest first
CHECK_EVERY = 256  # records scored between looks at the clock
SKIP_COST = 4  # skipping the scoring matcher to a record costs about as much as stepping over this many


class RankedAnswer(NamedTuple):
    score: float
    docnum: int  # the answer's best record
    key: str  # the answer key (see schema.answer_key)
    missing: tuple[str, ...] = ()  # query words the answer lacks (relaxed matches only)


@dataclass(frozen=True)
class Ranking:
    """The answers of one query: how many match fully, how many lack one word, and the first ones."""

    total: int
    partial: int
    answers: list[RankedAnswer]  # in result order: full matches, then relaxed ones
    representatives: list[int]  # one record of every full match (for facet counts)
    incomplete: bool = False  # the deadline cut scoring short: counts are exact, the order is not


class _Answers:
    """Global answer ordinals across the segments of one searcher (see :class:`~indexer.search.answers.Joined`)."""

    def __init__(self, maps: AnswerMaps, searcher: Searcher) -> None:
        self.leaves = maps.leaves(searcher)
        self.joined = joined = maps.joined(self.leaves)
        self.bases = joined.bases

    def key(self, ordinal: int) -> str:
        return self.joined.keys[ordinal]

    def head(self, ordinal: int) -> int:
        return self.joined.head[ordinal]

    def date(self, ordinal: int) -> int:
        return self.joined.date[ordinal]

    def representative(self, ordinal: int) -> int:
        """The answer's first record (its question; the title for a document head)."""
        return self.joined.first[ordinal]

    def title_record(self, ordinal: int) -> int:
        """The title record of the answer's document, which carries the document's facets."""
        return self.joined.title[ordinal]

    def allowed(self, restrict: wq.Query | None) -> list[set[int] | None]:
        """Per segment, the heads of the documents passing ``restrict`` (None: all documents).

        Filters select documents (their facets sit on the title record), so an answer passes
        when its document's head does."""
        if restrict is None:
            return [None] * len(self.leaves)
        out: list[set[int] | None] = []
        for leaf in self.leaves:
            answer_of, head_of = leaf.answers.answer_of, leaf.answers.head_of
            out.append({head_of[answer_of[d]] for d in restrict.docs(leaf.searcher)})
        return out

    def matching(self, query: wq.Query, allowed: list[set[int] | None]) -> set[int]:
        """The answers with a record matching ``query`` (of the ``allowed`` documents)."""
        found: set[int] = set()
        for leaf, base, heads in zip(self.leaves, self.bases, allowed, strict=False):
            answer_of, head_of = leaf.answers.answer_of, leaf.answers.head_of
            local = {answer_of[d] for d in _record_ids(leaf.searcher, query)}
            if heads is not None:
                local = {o for o in local if head_of[o] in heads}
            found.update(o + base for o in local)
        return found

    def with_documents(self, answers: set[int]) -> set[int]:
        """``answers`` plus every answer of a document whose head is among them."""
        out = set(answers)
        head, doc_end = self.joined.head, self.joined.doc_end
        for ordinal in answers:
            if head[ordinal] == ordinal:
                out.update(range(ordinal, doc_end[ordinal]))
        return out


def _record_ids(searcher: Searcher, query: wq.Query) -> Iterable[int]:
    """Records matching ``query`` in one segment; terms (and ORs of terms) are read a block
    of postings at a time instead of one matcher step per record."""
    terms = _terms(query)
    if terms is None:
        return query.docs(searcher)
    return posting_ids(searcher.reader(), terms)


def _terms(query: wq.Query) -> list[tuple[str, str]] | None:
    """The (field, text) pairs of a term or an OR of terms; None for anything else."""
    if isinstance(query, wq.Term):
        return [(query.fieldname, query.text)]
    if isinstance(query, wq.Or):
        out: list[tuple[str, str]] = []
        for sub in query.subqueries:
            terms = _terms(sub)
            if terms is None:
                return None
            out.extend(terms)
        return out
    return None


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
    fewer than ``relax_below`` full matches, answers lacking one of several words follow.
    ``order`` is relevance or date (newest/oldest first, undated last, then relevance).
    Scoring stops at ``deadline`` (a ``time.perf_counter()`` value), but runs ``reserve``
    seconds at least: the answers are then ranked by the records scored so far, unscored
    ones last, and the ranking says so.
    """
    answers = _Answers(maps, searcher)
    allowed = answers.allowed(restrict)
    met_by: dict[int, set[int]] = {}  # id(query) → answers with a matching record
    for requirement in compiled.required:
        for alternative in requirement.alternatives:
            for query in alternative:
                if id(query) not in met_by:
                    met_by[id(query)] = answers.matching(query, allowed)
    matched: set[int] = set().union(*met_by.values()) if met_by else set()

    def meeting(requirement: Requirement) -> set[int]:
        """Answers meeting ``requirement`` in their own records or their document's head."""
        out: set[int] = set()
        for alternative in requirement.alternatives:
            sets = [answers.with_documents(met_by[id(q)]) for q in alternative]
            out |= set.intersection(*sets) if sets else set()
        return out

    meets = [meeting(requirement) for requirement in compiled.required]
    candidates: set[int] = set.intersection(matched, *meets) if meets else set()
    if compiled.numbers is not None:
        candidates |= answers.matching(compiled.numbers, allowed)
    partial: dict[int, tuple[str, ...]] = {}
    if len(compiled.required) > 1 and len(candidates) < relax_below:
        for index, requirement in enumerate(compiled.required):
            if requirement.relaxable:
                others = [m for i, m in enumerate(meets) if i != index]
                for ordinal in set.intersection(matched, *others) - meets[index] - candidates:
                    partial[ordinal] = (requirement.label,)
    if compiled.exclude is not None:
        excluded = answers.matching(compiled.exclude, [None] * len(answers.leaves))
        candidates -= excluded
        partial = {ordinal: missing for ordinal, missing in partial.items() if ordinal not in excluded}
    if not candidates and not partial:
        return Ranking(0, 0, [], [])

    representatives = [answers.title_record(o) for o in candidates]
    if wanted == 0:
        return Ranking(len(candidates), len(partial), [], representatives)
    if deadline is not None:
        deadline = max(deadline, time.perf_counter() + reserve)
    scorer = _Scorer(answers, compiled.scoring, deadline)
    if order == RELEVANCE:
        ranked = _by_relevance(answers, scorer, candidates, partial, wanted)
    else:
        ranked = _by_date(answers, scorer, candidates, wanted, newest=order == NEWEST)
    return Ranking(len(candidates), len(partial), ranked, representatives, scorer.incomplete)


def list_answers(
    searcher: Searcher,
    maps: AnswerMaps,
    restrict: wq.Query,
    wanted: int | None = None,
    newest: bool = True,
) -> Ranking:
    """Every answer of the documents passing ``restrict`` (filters without words), by date."""
    answers = _Answers(maps, searcher)
    chosen: set[int] = set()
    for leaf, base, heads in zip(answers.leaves, answers.bases, answers.allowed(restrict), strict=False):
        for head in heads or ():
            chosen.update(range(base + head + 1, base + leaf.answers.doc_end[head]))
    ranked = _by_date(answers, _Scorer(answers, None, None), chosen, wanted, newest)
    return Ranking(len(chosen), 0, ranked, [answers.title_record(o) for o in chosen])


def _by_relevance(
    answers: _Answers,
    scorer: _Scorer,
    candidates: set[int],
    partial: dict[int, tuple[str, ...]],
    wanted: int | None,
) -> list[RankedAnswer]:
    scored = scorer.score(candidates | set(partial))

    def ranked(ordinal: int, missing: tuple[str, ...] = ()) -> RankedAnswer:
        score, docnum = scored(ordinal) or (0.0, answers.representative(ordinal))
        return RankedAnswer(score, docnum, answers.key(ordinal), missing)

    full = sorted((ranked(o) for o in candidates), key=lambda a: (-a.score, _tie(a.key)))
    documents_with_full_matches = {answers.head(o) for o in candidates}
    relaxed = sorted(
        ((answers.head(o) not in documents_with_full_matches, ranked(o, partial[o])) for o in partial),
        key=lambda item: (item[0], -item[1].score, _tie(item[1].key)),
    )
    out = full + [answer for _, answer in relaxed]
    return out if wanted is None else out[:wanted]


def _by_date(
    answers: _Answers,
    scorer: _Scorer,
    candidates: set[int],
    wanted: int | None,
    newest: bool,
) -> list[RankedAnswer]:
    """Undated answers last in both directions, then by date, then by relevance — scoring only
    the answers that can reach the first ``wanted`` places."""
    dates = answers.joined.date
    sign = -1 if newest else 1

    def when(ordinal: int) -> int:
        """Sort key: dated answers by date, then undated ones."""
        date = dates[ordinal]
        return sign * date if MIN_DATE <= date <= MAX_DATE else UNDATED

    keyed = sorted((when(o), o) for o in candidates)
    if wanted is not None and len(keyed) > wanted:
        boundary = keyed[wanted - 1][0]
        keyed = [item for item in keyed if item[0] <= boundary]  # the page plus answers tied with its last
    dated = [o for _, o in keyed]
    scored = scorer.score(set(dated))
    ranked = []
    for ordinal in dated:
        score, docnum = scored(ordinal) or (0.0, answers.representative(ordinal))
        ranked.append((when(ordinal), RankedAnswer(score, docnum, answers.key(ordinal))))
    ranked.sort(key=lambda item: (item[0], -item[1].score, _tie(item[1].key)))
    out = [answer for _, answer in ranked]
    return out if wanted is None else out[:wanted]


class _Scorer:
    """Scores answers with the query's scoring part until the deadline."""

    def __init__(self, answers: _Answers, scoring: wq.Query | None, deadline: float | None) -> None:
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
            for scoring in self.passes:
                for docnum, score in _scored_records(leaf, scoring, local, self._out_of_time):
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
            best = own.get(ordinal) or context
            if best is None:
                return None
            lift = HEAD_SHARE * context[0] if context and head != ordinal and ordinal in own else 0.0
            return best[0] + lift, best[1]

        return scored

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
    fieldname = getattr(query, "fieldname", None)
    if fieldname == kind or (kind == TITLE and fieldname is not None and fieldname not in TEXT_FIELDS):
        return query
    return None


def _scored_records(
    leaf: Leaf,
    scoring: wq.Query,
    local: set[int],
    out_of_time: Callable[[], bool],
) -> Iterator[tuple[int, float]]:
    """(record, score) for the records of the ``local`` answers that match ``scoring`` (the
    answers passed the filters already, and so did their documents' heads).

    Few answers among many matches: jump to each answer's records; else walk the matches and
    keep theirs.  Every ``CHECK_EVERY`` steps, ``out_of_time`` may end the walk."""
    if out_of_time():
        return
    searcher, segment = leaf.searcher, leaf.answers
    matcher = scoring.matcher(searcher, searcher.context(weighting=searcher.weighting))
    records = sum(segment.end[o] - segment.first[o] for o in local)
    steps = 0
    if records * SKIP_COST < scoring.estimate_size(searcher.reader()):
        for ordinal in sorted(local):
            end = segment.end[ordinal]
            if not matcher.is_active():
                return
            if matcher.id() < segment.first[ordinal]:
                matcher.skip_to(segment.first[ordinal])
            while matcher.is_active() and matcher.id() < end:
                yield matcher.id(), matcher.score()
                matcher.next()
            steps += 1
            if steps % CHECK_EVERY == 0 and out_of_time():
                return
        return
    answer_of = segment.answer_of
    while matcher.is_active():
        docnum = matcher.id()
        if answer_of[docnum] in local:
            yield docnum, matcher.score()
        matcher.next()
        steps += 1
        if steps % CHECK_EVERY == 0 and out_of_time():
            return
