"""Phrases and a compound's parts close together, checked over arrays of positions, match exactly
the records Whoosh's own span matchers match — in every segment, after an add and a removal too."""

from __future__ import annotations

import numpy as np
import pytest
from whoosh import query as wq
from whoosh.query.spans import SpanNear2

from indexer import Archive, Engine
from indexer.search.answer_sets import Answers
from indexer.search.nearby import SpelledOut
from indexer.search.plan import plan
from indexer.search.position_checks import near_records
from indexer.search.positional import candidates, matching_within, terms_of, upper_bound

from .archive_helpers import fresh_installation, make_answer

TEXTS = (
    '"Bürgerinnen und Bürger"',
    '"erneuerbaren Energien"',
    '"Kosten der Unterkunft"',
    "Landesregierung",
    "Nordrhein-Westfalen",
    "Schulen Kinder",
    "Landesregierung Schulen Kinder",
    "Lehrkräfte Unterrichtsversorgung",
    "Modellprojekt",
    '"Umsetzung des Modellprojekts"',
)


def spans_of(query: wq.Query):
    """The phrases and spans inside ``query``."""
    if isinstance(query, (wq.Phrase, SpanNear2)):
        yield query
    for sub in getattr(query, "subqueries", ()):
        yield from spans_of(sub)
    if isinstance(query, SpelledOut):
        yield from spans_of(query.child)


def compared(engine: Engine) -> int:
    """Check every phrase and span of :data:`TEXTS` in every segment; how many held a match."""
    searcher = engine.searcher()
    answers = Answers(engine._answers, searcher)
    matching = 0
    for text in TEXTS:
        compiled = plan(searcher.reader(), engine.analyzer, text, None, "relevanz").compiled
        tops = [q for r in compiled.required for alternative in r.alternatives for q in alternative]
        for query in {id(q): q for top in [*tops, compiled.scoring] for q in spans_of(top)}.values():
            for leaf in answers.leaves:
                records = candidates(answers, leaf, query)
                ours = near_records(leaf.searcher, query, records)
                assert ours is not None, query  # the compact format: checked over arrays
                theirs = np.intersect1d(np.fromiter(query.docs(leaf.searcher), dtype=np.int64), records)
                assert ours.tolist() == theirs.tolist(), (text, query)
                matching += bool(len(ours))
    return matching


@pytest.mark.parametrize("which", ["engine", "wide_engine"])
def test_position_checks_match_what_whoosh_matches(request, which):
    assert compared(request.getfixturevalue(which)) >= 3  # phrases and spans that do match were compared


def test_position_checks_after_an_add_and_a_removal(tmp_path):
    corpus, index = fresh_installation(tmp_path / "site", extra=(201, 202))
    archive = Archive(corpus, index)
    archive.add(make_answer(tmp_path / "incoming", 203))  # a second segment
    archive.remove("nw-17-201")  # deletions in the first
    assert compared(Engine(index)) > 2


@pytest.mark.parametrize("which", ["engine", "wide_engine"])
def test_the_relaxed_tier_reads_a_positional_query_as_whoosh_matches_it(request, which):
    """The relaxed tier checks a positional query only in the answers holding all its terms (its upper bound): the
    answers are those Whoosh's matcher finds over the whole index — for the requirements and their loose forms
    (a compound's parts anywhere, a phrase interrupted)."""
    engine = request.getfixturevalue(which)
    searcher = engine.searcher()
    answers = Answers(engine._answers, searcher)
    checked = 0
    for text in (*TEXTS, '"Kosten für die Unterkunft"', "Unterkunftskosten Landesregierung"):
        compiled = plan(searcher.reader(), engine.analyzer, text, None, "relevanz").compiled
        queries = [q for r in compiled.required for alternative in r.alternatives for q in alternative]
        queries += [q for r in compiled.required for q in r.loose]
        for query in queries:
            bound = upper_bound(answers, query) if terms_of(query) is None else None
            if bound is None:
                continue
            assert (matching_within(answers, query, bound) == answers.matching(query, None)).all(), (text, query)
            checked += 1
    assert checked >= 10
