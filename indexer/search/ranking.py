"""Which answers match, and in what order.

Records are paragraphs, but a researcher asks about answers: ``Unterrichtsversorgung
Oberschulen Uelzen`` should find the answers about teaching supply in a document whose
*title* names Uelzen, although no single paragraph holds all three words.  So each required
requirement of the query (see :class:`~indexer.search.requirements.Requirement`) must be met somewhere in the
answer — its question, one of its paragraphs — or in its document's title, which names what every
answer of the document is about (see :mod:`indexer.search.matching`).

An answer's score is its best paragraph's BM25F score (field boosts, phrase and proximity
bonus from the scoring query) plus a share of its document head's best score, so answers of
a document that is about the query rank above stray mentions elsewhere; a word only the head holds
weakens the answer a hundredfold (:data:`HEAD_WORD_FACTOR`), so the answers that say the words come first.
The head itself is a hit only when no answer of its document is one (a Vorbemerkung that alone holds the words).

When the strict AND leaves fewer than a page of answers for a query of several words, the
answers that lack exactly one of them follow, each saying which word it lacks: officials
write ``Fahrbahnoberfläche`` where the researcher typed ``Fahrbahndecke``.  They always rank
below every full match; among them, answers of a document that has full matches come first.

Matching works on answer ordinals (:mod:`indexer.search.answers`), and only the answers that can
reach the requested page are scored: sorted by date, that is the page itself.
"""

from __future__ import annotations

import functools
import math
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from whoosh import query as wq
from whoosh.searching import Searcher

from indexer.index.schema import unpack
from indexer.search.answer_sets import Answers, Mask
from indexer.search.answers import AnswerMaps
from indexer.search.joint import JOINT_NOTE, joint_partners
from indexer.search.matching import Matches
from indexer.search.requirements import HEAD, HEAD_PART, JOINT, LAND, WAYS, CompiledQuery
from indexer.search.scoring import Scorer, Scores
from indexer.search.syntax import RANGE

RELEVANCE, NEWEST, OLDEST = "relevanz", "neueste", "aelteste"
MIN_DATE, MAX_DATE = 1000_01_01, 9999_12_31  # ``datum`` is YYYYMMDD; anything else means undated
UNDATED = MAX_DATE + 1  # sorts after every date, newest or oldest first
# An answer's score, times this for each query word its own records do not hold whole (its document's head supplies
# it): answers that hold the words themselves come first, as the page promises; a weight, not a sort key, so the
# bounded scoring stays exact.  The judged sets are the same at 0.7, 0.5 and 0.01 (answers mostly hold their words).
HEAD_WORD_FACTOR = 0.01
NUMBER = "nummer"  # the way an answer matches a cited document number
CITING = "zitiert"  # … or cites it, where the archive lacks the document


class RankedAnswer(NamedTuple):
    score: float
    docnum: int  # the answer's best record
    key: str  # the answer key (see schema.answer_key)
    missing: tuple[str, ...] = ()  # what the answer lacks (relaxed matches only): a word, or all but parts of it
    how: tuple[str, ...] = ()  # per query word, the way it matched (see indexer.search.requirements.WAYS)
    ordinal: int = -1


@dataclass(frozen=True)
class Ranking:
    """The answers of one query: how many match fully, how many lack one word, and the first ones."""

    total: int
    partial: int
    answers: list[RankedAnswer]  # in result order: full matches, then relaxed ones
    representatives: list[int]  # one record of every full match (for facet counts)
    incomplete: bool = False  # the deadline cut scoring short: counts are exact, the order is not
    citing_only: bool = False  # a cited document the archive lacks: the answers found cite it
    relevance: int = 0  # sorted by date: the ``partial`` of the same search's first page sorted by relevance


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
    relevance_page: int = 0,
    relevance_below: int = 0,
) -> Ranking:
    """The matching answers, counted, and the first ``wanted`` of them (None: all) ranked.

    ``restrict`` (filters) limits the records that count, for matching as for scoring.  With
    fewer than ``relax_below`` full matches, answers short of one follow, labelled: a word met only
    loosely, every word only in the document's head, a word lacking … (see :meth:`Matches.relaxed`).
    ``order`` is relevance or date (newest/oldest first, undated last, then relevance).
    Scoring stops at ``deadline`` (a ``time.perf_counter()`` value), but runs ``reserve``
    seconds at least: the answers are then ranked by the records scored so far, unscored
    ones last, and the ranking says so.
    Sorted by date, ``relevance_page`` (a page size) also counts what the first page of that size sorted by relevance
    (``relevance_below``: its ``relax_below``) lists after the full matches, from the matches at hand rather than a
    second, ranked search: the date-sorted page says that number.
    """
    answers = Answers(maps, searcher)
    allowed = answers.allowed(restrict)
    matches = Matches(answers, compiled, allowed)
    candidates = matches.full()
    by_number = answers.matching(compiled.numbers, allowed) if compiled.numbers is not None else answers.none()
    named = answers.matching(compiled.named, allowed) if compiled.named is not None else answers.none()
    if compiled.citing is not None and not by_number.any():  # a cited question of a document the archive lacks
        by_number = answers.matching(compiled.citing, allowed)
        naming = answers.matching(compiled.cited_questions, allowed) if compiled.cited_questions is not None else None
        if naming is not None and (by_number & naming).any():  # „zu Frage 3 der LT-Drs. 16/470“: those alone
            by_number &= naming
    if compiled.named is not None:  # a head that only mentions the number gives way to its answers that do
        by_number &= ~(_covered(answers, by_number) & ~named)
    citing_only = bool(by_number.any() and not named.any())  # the texts citing a document the archive lacks
    referring = answers.none()
    if compiled.questions and named.any():  # the cited answers, or their document without them
        printed = compiled.questions
        by_number = answers.answers_to(by_number, lambda head: _positions(searcher, answers, head, printed))
        if compiled.cited_questions is not None:  # then the answers of other documents referring to them
            referring = answers.matching(compiled.cited_questions, allowed) & ~answers.with_documents(named)
    # where a document's head lends a word to each of its answers, a word excluded there excludes them all
    excluded = (
        answers.none()
        if compiled.exclude is None
        else matches.with_head(compiled.exclude, answers.matching(compiled.exclude, None))
    )
    by_number &= ~excluded
    referring &= ~excluded
    candidates = _without_covered_heads(answers, candidates & ~excluded) | by_number | referring
    count = int(candidates.sum())
    partners = functools.partial(joint_partners, searcher, answers)
    partial, unlabelled = _besides(answers, matches, candidates, excluded, count, relax_below, wanted, partners)
    if not count and not partial:
        return Ranking(0, 0, [], [], citing_only=citing_only)
    ranked_besides = 0
    if relevance_page and order != RELEVANCE:  # what the relevance sort's first page counts, from the same matches
        found, counted_only = _besides(
            answers, matches, candidates, excluded, count, relevance_below, relevance_page, partners
        )
        ranked_besides = len(found) or counted_only
    chosen = np.flatnonzero(candidates)
    representatives = answers.joined.title[chosen].tolist()
    if wanted == 0:
        return Ranking(
            count, len(partial) or unlabelled, [], representatives, citing_only=citing_only, relevance=ranked_besides
        )
    if deadline is not None:
        deadline = max(deadline, time.perf_counter() + reserve)
    scorer = Scorer(answers, compiled.scoring, deadline)
    if order == RELEVANCE:
        ranked = _by_relevance(answers, scorer, chosen, partial, matches, wanted, by_number)
    else:
        ranked = _by_date(answers, scorer, chosen, wanted, newest=order == NEWEST)
    # the answers meeting a number by citing it: all, where the archive lacks the document; else the others' answers
    cites = by_number if citing_only else (by_number & ~answers.with_documents(named)) | referring
    ranked = [a._replace(how=_how(a, matches, by_number | referring, cites)) for a in ranked]
    return Ranking(
        count, len(partial) or unlabelled, ranked, representatives, scorer.incomplete, citing_only, ranked_besides
    )


def _besides(
    answers: Answers,
    matches: Matches,
    candidates: Mask,
    excluded: Mask,
    count: int,
    relax_below: int,
    wanted: int | None,
    partners: Callable[[Mask, Mask], dict[int, str]],
) -> tuple[dict[int, tuple[str, ...]], int]:
    """The answers listed after the ``count`` full matches ``candidates``, labelled with what each lacks (fewer than
    ``relax_below`` full matches: those short of one word; a page reaching past them: those a head lends words), and,
    where the first ``wanted`` end within the full matches, how many such answers follow them, counted only."""
    partial: dict[int, tuple[str, ...]] = {}
    unlabelled = 0  # answers after a page of full matches and more, counted only: the page asked ends before them
    if count < relax_below:
        partial = matches.relaxed(candidates, relax_below - count, partners)
    elif relax_below and wanted is not None and wanted <= count:
        unlabelled = int(_without_covered_heads(answers, matches.head_lent(candidates) & ~excluded, candidates).sum())
    elif relax_below:  # a page reaching past the full matches: the answers a head lends words follow their last
        partial = matches.relaxed(candidates, 0, partners, lacking=False)
    partial = _without(partial, excluded)
    if partial:
        partial = _partial_without_covered_heads(answers, candidates, partial)
    return partial, unlabelled


def _how(answer: RankedAnswer, matches: Matches, by_number: Mask, cites: Mask) -> tuple[str, ...]:
    """Per query word, how the answer met it: an answer given jointly with a listed one meets through
    that question each word it does not meet fully itself; a cited number is the answer's own or (``cites``) one
    its text cites."""
    if by_number[answer.ordinal]:
        return (CITING,) if cites[answer.ordinal] else (NUMBER,)
    how = matches.how(answer.ordinal)
    joint = any(label.startswith(JOINT_NOTE) for label in answer.missing)
    return tuple(way if way in (*WAYS, HEAD, HEAD_PART, LAND) else JOINT for way in how) if joint else how


def _positions(searcher: Searcher, answers: Answers, head: int, printed: tuple[str, ...]) -> list[int]:
    """The numbers in order of the questions printed as ``printed`` (``2a`` in Berlin counts on); a range
    (``3-5``) is every question printed from its first to its last, in the document's order."""
    document = unpack(searcher.stored_fields(answers.title_record(head))["meta"])
    order = {q.printed_number.lower(): q.number for q in document.questions}
    positions: list[int] = []
    for cited in printed:
        first, _, last = cited.partition(RANGE)
        if not last:
            positions.extend([order[first]] if first in order else [])
        elif first in order and last in order:
            positions.extend(range(order[first], order[last] + 1))
        else:  # a range past the document's questions ("Fragen 2 bis 9" of seven): those it has
            low, high = _leading_number(first), _leading_number(last)
            positions.extend(n for p, n in order.items() if low <= _leading_number(p) <= high)
    return positions


def _leading_number(printed: str) -> int:
    """``12`` of a printed question number ``12``, ``12a``, ``12.1``."""
    digits = re.match(r"\d+", printed)
    return int(digits.group(0)) if digits else -1


def _covered(answers: Answers, hits: Mask) -> Mask:
    """The document heads of which an answer (not the head itself) is among ``hits``."""
    covered = answers.none()
    covered[answers.joined.head[hits & ~answers.heads()]] = True
    return covered


def _without_covered_heads(answers: Answers, candidates: Mask, listed: Mask | None = None) -> Mask:
    """A document's head (title, Vorbemerkung) is a hit of its own only when none of its
    document's answers is one (among ``candidates`` or ``listed``): otherwise the answers already stand for it — each
    carries a share of the head's score — and the head would take a place of the page from an answer."""
    heads = candidates & answers.heads()
    if not heads.any():  # most searches: finding the documents covered is a pass over every hit
        return candidates
    return candidates & ~(heads & _covered(answers, candidates if listed is None else candidates | listed))


def _partial_without_covered_heads(
    answers: Answers, full: Mask, partial: dict[int, tuple[str, ...]]
) -> dict[int, tuple[str, ...]]:
    """The relaxed answers without the heads of documents that have a full or relaxed answer listed."""
    covered = _covered(answers, full | answers.mask(partial))
    return _without(partial, covered)


def _without(partial: dict[int, tuple[str, ...]], dropped: Mask) -> dict[int, tuple[str, ...]]:
    """``partial`` without the answers ``dropped`` marks, read at once: thousands may follow a page of full matches."""
    ordinals = np.fromiter(partial, dtype=np.int64, count=len(partial))
    gone = ordinals[dropped[ordinals]].tolist()
    if not gone:
        return partial
    kept = dict(partial)
    for ordinal in gone:
        del kept[ordinal]
    return kept


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
    heads = answers.heads()
    chosen = np.flatnonzero(~heads if allowed is None else allowed & ~heads)
    ranked = _by_date(answers, Scorer(answers, None, None), chosen, wanted, newest)
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
    scorer: Scorer,
    candidates: np.ndarray,
    partial: dict[int, tuple[str, ...]],
    matches: Matches,
    wanted: int | None,
    cited: Mask,
) -> list[RankedAnswer]:
    """Full matches by score, the ``cited`` ones (a Drucksache and question the query names) first; then
    the relaxed tier."""
    lent = matches.head_only_words(candidates)  # an answer holding the query's words comes before one its head helps
    weight = None
    if lent.any():
        weight = np.ones(answers.size)
        weight[candidates] = HEAD_WORD_FACTOR**lent
    # a page within the full matches needs their best only; a cited answer leads the page: it must be scored
    bounded = (not partial or (wanted is not None and wanted <= len(candidates))) and not cited[candidates].any()
    scored = scorer.score(set(candidates.tolist()), wanted if bounded else None, weight)

    def ranked(ordinal: int, missing: tuple[str, ...] = (), scores: Scores = scored) -> RankedAnswer:
        score, docnum = scores(ordinal) or (0.0, answers.representative(ordinal))
        return RankedAnswer(score, docnum, answers.key(ordinal), missing, ordinal=ordinal)

    full_scores = np.where(cited[candidates], math.inf, scored.of(candidates))
    page = candidates[_page(-full_scores, wanted)].tolist()
    full = sorted((ranked(o) for o in page), key=lambda a: (not cited[a.ordinal], -a.score, _tie(a.key)))
    if (wanted is not None and len(full) >= wanted) or not partial:
        return full[:wanted]
    # the kind of shortfall, then answers of documents with full matches, then of documents that hold
    # every word somewhere, then nearness, then score (the masks read for all at once: thousands may fall short)
    short = list(partial)
    elsewhere = (~np.isin(answers.joined.head[short], answers.joined.head[candidates])).tolist()
    uncovered = (~matches.covering()[short]).tolist()
    tier, closeness = matches.tier, matches.closeness
    shortfalls: dict[tuple, list[int]] = {}
    for o, other_document, not_covered in zip(short, elsewhere, uncovered, strict=True):
        shortfall = (tier.get(o, 1.0), other_document, not_covered, -closeness.get(o, 0))
        shortfalls.setdefault(shortfall, []).append(o)
    # only the answers that can reach the page are scored: every answer of the kinds of shortfall before it, and of
    # the kind the page ends in only the best (a common word beside one no answer holds: thousands lack only that)
    room = None if wanted is None else wanted - len(full)
    whole: list[list[int]] = []  # the kinds of shortfall before the page boundary, in order
    cut: tuple[list[int], int] | None = None
    for shortfall in sorted(shortfalls):
        group = shortfalls[shortfall]
        if room is not None and len(group) >= room:
            cut = (group, room)
            break
        whole.append(group)
        room = None if room is None else room - len(group)

    def by_score(group: Iterable[int], scores: Scores) -> list[RankedAnswer]:
        return sorted((ranked(o, partial[o], scores) for o in group), key=lambda a: (-a.score, _tie(a.key)))

    scores = scorer.score({o for group in whole for o in group})
    out = full + [answer for group in whole for answer in by_score(group, scores)]
    if cut is not None:
        group, room_left = cut
        scores = scorer.score(set(group), room_left)
        ordinals = np.array(group, dtype=np.int64)
        out += by_score(ordinals[_page(-scores.of(ordinals), room_left)].tolist(), scores)[:room_left]
    return out if wanted is None else out[:wanted]


def _by_date(
    answers: Answers,
    scorer: Scorer,
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
