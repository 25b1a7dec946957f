"""A word in the other spelling German allows (``Kusine`` / „Cousine“, ``Delphin`` / „Delfin“): two letters apart, or
the first, no correction found it, and the search said „0 Antworten“."""

import pytest

from indexer import Engine
from indexer.analysis.respellings import respellings
from tests.search_helpers import engine_over

ANSWERS = [
    ("Wer zählt zu den Angehörigen?", "Angehörige sind auch Cousinen und Cousins der Betroffenen."),
    ("Wie viele Tiere leben im Zoo?", "Im Zoo leben zwölf Delfine und drei Robben."),
    ("Welcher Kode gilt?", "Es gilt der Kode der Verwaltung; der Code der Software ist offen."),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("respellings"), 3201, "Angehörige und Tiere", ANSWERS)


@pytest.mark.parametrize(("typed", "question", "found"), [("Kusine", 1, "Cousinen"), ("Delphin", 2, "Delfine")])
def test_a_word_in_its_other_spelling_is_found_and_says_so(engine, typed, question, found):
    result = engine.search(typed)
    assert [hit.question for hit in engine.iter_hits(typed)] == [question]
    assert result.hits[0].found_as.startswith(f"{found} ← {typed}")


def test_a_word_the_texts_hold_is_not_respelled(engine):
    assert [hit.question for hit in engine.iter_hits("Code")] == [3]
    assert [note.way for note in engine.search("Code").hits[0].match] == ["genau"]


def test_respellings_change_one_or_two_letter_groups_nearest_first():
    spelled = respellings("kusine")
    assert "cousine" in spelled and spelled.index("cusine") < spelled.index("cousine")
    assert respellings("telephon")[0] == "telefon"
    assert respellings("kuh") == []  # too short: too many words in another spelling


@pytest.mark.parametrize(
    ("typed", "not_meant"),
    [("seoul", "söl"), ("celler", "zeller"), ("beuth", "böth"), ("greussen", "grössen"), ("celler", "keller")],
)
def test_names_are_not_respelled_into_other_words(typed, not_meant):
    """A change makes no group for the next (``Seoul`` → „Seul“ → „Söl“), a C begins names before e or i (Celle), the
    eu of French words only before their r (``Friseur``), the c a k only before a, o, u, l, r."""
    assert not_meant not in respellings(typed)
