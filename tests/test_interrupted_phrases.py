"""A quoted phrase the text interrupts with a word or two: shown below the full matches, never counted (issue 16)."""

import pytest

from indexer import Engine
from tests.search_helpers import engine_over

ANSWERS = [
    ("Wie viele Versammlungen gab es?", "Angemeldet wurden 12 Versammlungen unter freiem Himmel."),
    ("Und Aufzüge?", "Registriert wurden 30 Versammlungen und Aufzüge unter freiem Himmel."),
    ("Wo fanden sie statt?", "Die Versammlungen fanden in Hallen statt; der Himmel über der Stadt war frei und klar."),
    ("Und draußen?", "Unter freiem Himmel fanden keine Versammlungen statt."),
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


def test_words_far_apart_or_out_of_order_are_no_interrupted_phrase(engine):
    assert [hit.question for hit in engine.search(PHRASE).hits] == [1, 2]  # not 3 (far apart), not 4 (order)
