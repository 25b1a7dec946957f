"""A quoted phrase the text interrupts with a word or two: shown below the full matches, never counted (issue 16)."""

import pytest

from indexer import Engine
from tests.search_helpers import engine_over

ANSWERS = [
    ("Wie viele Versammlungen gab es?", "Angemeldet wurden 12 Versammlungen unter freiem Himmel."),
    ("Und Aufzüge?", "Registriert wurden 30 Versammlungen und Aufzüge unter freiem Himmel."),
    ("Und Kundgebungen?", "Es gab Versammlungen, Aufzüge, Mahnwachen und Kundgebungen unter freiem Himmel."),
    ("Und draußen?", "Unter freiem Himmel fanden keine Versammlungen statt."),
    ("Welche Normen gelten?", "Es gelten § 3 Abs. 2 Nr. 1 und Art. 3 Abs. 3 Satz 1 GG."),
    ("Welcher Zeitraum?", "Vom 1. Januar bis 31. Dezember 2020."),
]
PHRASE = '"Versammlungen unter freiem Himmel"'


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("interrupted"), 3101, "Versammlungsgeschehen", ANSWERS)


def test_the_interrupted_phrase_is_listed_below_and_not_counted(engine):
    result = engine.search(PHRASE)
    assert result.total == 1
    assert [(hit.question, hit.missing) for hit in result.hits] == [
        (1, ()),
        (2, ("nur mit Einschub: „Versammlungen unter freiem Himmel“",)),
    ]


def test_the_hit_shows_the_phrase_as_the_text_writes_it(engine):
    hit = engine.search(PHRASE).hits[1]
    assert hit.found_as == (
        'Versammlungen und Aufzüge unter freiem Himmel ← "Versammlungen unter freiem Himmel" '
        "(Wortgruppe nur mit Einschub)"
    )


def test_three_words_inserted_or_another_order_are_no_interrupted_phrase(engine):
    assert [hit.question for hit in engine.search(PHRASE).hits] == [1, 2]  # not 3 (three words inserted), not 4 (order)


@pytest.mark.parametrize("query", ['"§ 3 Abs. 1"', '"Art. 3 Abs. 1"', '"1. Januar 2020"'])
def test_numbers_in_a_phrase_are_never_interrupted(engine, query):
    assert engine.search(query).hits == []


def test_an_excluded_phrase_excludes_only_itself(engine):
    assert [hit.question for hit in engine.iter_hits('Versammlungen -"unter freiem Himmel"')] == []
    kept = sorted(hit.question for hit in engine.iter_hits('Versammlungen -"Versammlungen unter freiem Himmel"'))
    assert kept == [2, 3, 4]
