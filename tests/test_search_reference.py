"""The fast search path (answer masks, positional checks only where open, scoring only the
records that can match) against a brute-force reference: every record matched and scored by
walking Whoosh's matchers, answers as Python sets.  What a user sees — the total and the
answers of the page, in order — must be the same."""

from __future__ import annotations

import math

import pytest
from whoosh import query as wq

from indexer.index.schema import TEXT_FIELDS, TITLE
from indexer.lru import LRU
from indexer.search import scoring
from indexer.search.filters import Filters
from indexer.search.matching import TITLE_LENT, asks_for_head, in_head_fields
from indexer.search.plan import plan
from indexer.search.ranking import HEAD_WORD_FACTOR
from indexer.search.requirements import WORD
from indexer.search.scoring import _for_kind

HEAD_SHARE, MIN_DATE, MAX_DATE = 0.3, 1000_01_01, 9999_12_31


def _reference(engine, text: str, sort: str = "relevanz", filters: Filters | None = None) -> list[tuple]:
    """(answer key, score) of every full match in result order, computed the slow way."""
    searcher = engine.searcher()
    compiled = plan(searcher.reader(), engine.analyzer, text, filters, sort)
    chosen, compiled = compiled, compiled.compiled
    reader = searcher.reader()
    keys = [k.decode() if isinstance(k, bytes) else k for k in reader.column_reader("answer_key")]
    dates = list(reader.column_reader("datum"))
    everyone = set(keys)

    def head(key: str) -> str:
        first = key.rpartition("#")[0] + "#0"
        return first if first in everyone else key

    allowed = None if chosen.filter is None else {head(keys[d]) for d in chosen.filter.docs(searcher)}

    kinds = [searcher.stored_fields(d).get("kind") for d in range(reader.doc_count_all())]

    def met(query) -> set[int]:
        return {d for d in query.docs(searcher) if allowed is None or head(keys[d]) in allowed}

    def with_documents(answers: set[str]) -> set[str]:
        return {a for a in everyone if a in answers or head(a) in answers}

    def with_head(query, records: set[int]) -> set[str]:
        """The answers of ``records`` and those their document's title lends ``query`` — never its Vorbemerkung,
        annexes or footnotes; any record where the query asks for the head."""
        answers = {keys[d] for d in records}
        if in_head_fields((query,)):
            return with_documents(answers)
        lending = {keys[d] for d in records if head(keys[d]) == keys[d] and kinds[d] == TITLE}
        return {a for a in everyone if a in answers or head(a) in lending}

    matched: set[str] = set()
    full = set(everyone)
    own: list[set[str]] = []  # per requirement, the answers whose own records meet it
    for requirement in compiled.required:
        meets: set[str] = set()
        own.append(set())
        for alternative in requirement.alternatives:
            records = [met(q) for q in alternative]
            sets = [{keys[d] for d in found} for found in records]
            matched.update(sets[-1])  # the answer holds the noun the item ends on
            own[-1].update(set.intersection(*sets))  # its own records meet the whole alternative
            meets |= set.intersection(*(with_head(q, found) for q, found in zip(alternative, records, strict=True)))
        full &= meets
    full &= matched
    full -= {head(a) for a in full if head(a) != a}  # a head counts only when none of its answers does
    if not any(asks_for_head(r) for r in compiled.required):  # and only when the query asks for a head field
        full = {a for a in full if head(a) != a}
    best = _best_records(searcher, keys, compiled.scoring)
    titled = [  # per requirement, the answers whose document's title holds its word
        with_documents({keys[d] for t in r.terms_met(WORD) for d in wq.Term(TITLE, t).docs(searcher)})
        for r in compiled.required
    ]

    def lent(key: str) -> float:
        """The query words the answer has only from its document's head, a word of its title a quarter."""
        pairs = zip(own, titled, strict=True)
        return sum(TITLE_LENT if key in title else 1.0 for met, title in pairs if key not in met)

    def score(key: str) -> float:
        weight = HEAD_WORD_FACTOR ** lent(key) if sort == "relevanz" else 1.0
        found, context = best.get(key), best.get(head(key))
        if found is None:
            return weight * context[0] if context else 0.0
        return weight * (found[0] + (HEAD_SHARE * context[0] if context and head(key) != key else 0.0))

    def tie(key: str) -> tuple[str, int]:
        doc, _, question = key.rpartition("#")
        return doc, int(question)

    def when(key: str) -> int:
        title = keys.index(head(key))
        date = dates[title] or 0 if head(key).endswith("#0") else 0
        if not MIN_DATE <= date <= MAX_DATE:
            return MAX_DATE + 1
        return -date if sort == "neueste" else date

    if sort == "relevanz":
        order = sorted(full, key=lambda k: (-score(k), tie(k)))
    else:
        order = sorted(full, key=lambda k: (when(k), -score(k), tie(k)))
    return [(key, score(key)) for key in order]


def _best_records(searcher, keys: list[str], scoring_query) -> dict[str, tuple[float, int]]:
    """(score, record) of each answer's best record: every matching record scored, kind by kind."""
    best: dict[str, tuple[float, int]] = {}
    for leaf, offset in searcher.leaf_searchers():
        for kind in TEXT_FIELDS:
            scoring = _for_kind(scoring_query, kind)
            if scoring is None:
                continue
            matcher = scoring.matcher(leaf, leaf.context(weighting=leaf.weighting))
            while matcher.is_active():
                key = keys[matcher.id() + offset]
                if key not in best or matcher.score() > best[key][0]:
                    best[key] = (matcher.score(), matcher.id() + offset)
                matcher.next()
    return best


CASES = [
    ("Landesregierung", "relevanz", None),  # one word, a compound: its parts close together count too
    ("Landesregierung", "neueste", None),
    ("Schulen Kinder", "relevanz", None),  # two words, proximity in the scoring
    ("Lehrkräfte Unterrichtsversorgung", "relevanz", None),
    ('"Bürgerinnen und Bürger"', "relevanz", None),  # phrase
    ("Polizei", "aelteste", None),
    ("Polizei", "relevanz", Filters(partei=("CDU",))),  # filters
    ("Landesregierung Schulen", "neueste", Filters(partei=("CDU",))),
    ("Kosten der Unterkunft", "relevanz", None),
    ('"Bürgerinnen und Bürger" Landesregierung', "relevanz", None),  # a phrase beside a word
    ("Landesregierung Schulen Kinder", "relevanz", None),  # three words: the proximity bonus bounded
]


@pytest.mark.parametrize("prune_above", [scoring.PRUNE_ABOVE, 2])  # the second: bounded scoring on every case
@pytest.mark.parametrize(("text", "sort", "filters"), CASES)
def test_the_fast_path_shows_what_the_brute_force_reference_shows(
    wide_engine, monkeypatch, text, sort, filters, prune_above
):
    monkeypatch.setattr(scoring, "PRUNE_ABOVE", prune_above)
    monkeypatch.setattr(scoring, "FIRST_SCORED", 0 if prune_above < 10 else scoring.FIRST_SCORED)  # bar from 2 records
    monkeypatch.setattr(wide_engine, "_results", LRU(0))  # no page from a run with the other setting
    expected = _reference(wide_engine, text, sort, filters)
    assert len(expected) > 1, "a case that finds nothing tests nothing"
    for page in (1, 2):
        result = wide_engine.search(text, page=page, sort=sort, filters=filters)
        assert result.total == len(expected)
        shown = [(f"{h.doc_id}#{h.question or 0}", h.score) for h in result.hits if not h.missing]
        wanted = expected[(page - 1) * 10 : page * 10]
        assert [key for key, _ in shown] == [key for key, _ in wanted]
        assert [score for _, score in shown] == pytest.approx([score for _, score in wanted])


@pytest.mark.parametrize("prune_above", [scoring.PRUNE_ABOVE, 2])
def test_a_cited_question_beside_a_word_leads_with_its_score_when_scoring_is_bounded(
    wide_engine, monkeypatch, prune_above
):
    """The cited answer leads the page; bounded scoring must still score it (it was ``-inf`` then, and the API
    wrote ``-Infinity``, no JSON)."""
    monkeypatch.setattr(scoring, "PRUNE_ABOVE", prune_above)
    monkeypatch.setattr(scoring, "FIRST_SCORED", 0 if prune_above < 10 else scoring.FIRST_SCORED)
    monkeypatch.setattr(wide_engine, "_results", LRU(0))
    result = wide_engine.search("Drs. 19/11219 Frage 3 Landesregierung")
    first = result.hits[0]
    assert (first.doc_id, first.question) == ("ni-19-11219", 3) and result.total > 10
    assert all(math.isfinite(hit.score) for hit in result.hits)
