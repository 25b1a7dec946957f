"""A hanging particle stands for a word: „Aus- und Fortbildung“ is Ausbildung and Fortbildung (issue 16, found by a
new user's test: the quoted phrase found nothing, the plain word ``Ausbildung`` missed it)."""

import pytest

from indexer.analysis.analyzer import german_analyzer, particle_completion
from indexer.analysis.index_side import index_positions
from indexer.search.syntax import hanging_words_completed
from tests.search_helpers import engine_over

ANSWERS = [
    ("Wie wird geschult?", "Die Aus- und Fortbildung der Einsatzkräfte übernimmt die Landesschule."),
    ("Was wurde abgewogen?", "Die Vor- und Nachteile beider Modelle wurden geprüft."),
    ("Wie lange dauert es?", "Die Ausbildung dauert drei Jahre; danach folgt jährlich eine Fortbildung."),
    ("Wer erfasst die Zeiten?", "Die An- bzw. Abwesenheitssysteme der Behörden erfassen sie."),
    ("Was wird gebaut?", "Um- und Erweiterungsbauten sind geplant, dazu Nach- und Ersatzpflanzungen."),
    ("Was noch?", "Umbauten und Erweiterungsbauten folgen später."),
    ("Was wird verglichen?", "Die Ist- und Soll-Werte der Stellen weichen ab."),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("particles"), 3012, "Schulung im Brandschutz", ANSWERS)


def questions(engine, query: str) -> list[int]:
    return sorted(hit.question for hit in engine.iter_hits(query))


def test_a_hanging_particle_takes_the_next_words_particles_place():
    assert particle_completion("aus", "fortbildung") == "ausbildung"
    assert particle_completion("vor", "nachteile") == "vorteile"
    assert particle_completion("an", "abwesenheitssysteme") == "anwesenheitssysteme"
    assert particle_completion("haft", "sanitarraume") is None  # a noun: the next compound's head completes it
    assert particle_completion("ein", "zweifamilienhauser") is None  # the next word begins with no particle
    assert particle_completion("um", "erweiterungsbauten") is None  # er- begins a derived word: Umbauten, by the head
    analyzer = german_analyzer()
    slow = [(t.text, t.pos) for t in analyzer("Aus- und Fortbildung", positions=True, mode="index")]
    assert slow == [("ausbildung", 0), ("fortbildung", 1)]
    assert index_positions(analyzer, "Aus- und Fortbildung") == {"ausbildung": [0], "fortbildung": [1]}
    # a noun completed by the next compound's head, at its own place too: "Hafträume und Sanitärräume" is a phrase
    assert index_positions(analyzer, "Haft- und Sanitärräume")["haftraum"] == [0]
    assert index_positions(analyzer, "Ist- und Soll-Werte")["istwert"] == [0]  # „Ist“ alone is a function word


def test_the_query_writes_the_hanging_word_out():
    assert hanging_words_completed('"Aus- und Fortbildung"') == '"Ausbildung und Fortbildung"'
    assert hanging_words_completed("Über- oder Unterversorgung") == "Überversorgung oder Unterversorgung"
    assert hanging_words_completed("Haft- und Sanitärräume") == "Haft- und Sanitärräume"  # a noun: indexed itself
    assert hanging_words_completed("Um- und Erweiterungsbauten") == "Umbauten und Erweiterungsbauten"
    assert hanging_words_completed("Ist- und Soll-Werte") == "Istwerte und Soll-Werte"  # a hyphenated word's last part


def test_the_phrase_and_the_words_find_the_text_that_hangs_them(engine):
    assert questions(engine, '"Aus- und Fortbildung"') == [1]  # answer 3 has both words, apart
    assert questions(engine, "Aus- und Fortbildung") == [1, 3]
    assert questions(engine, "Ausbildung") == [1, 3]
    assert questions(engine, '"Vor- und Nachteile"') == questions(engine, "Vorteile") == [2]
    assert questions(engine, '"An- bzw. Abwesenheitssysteme"') == questions(engine, "Anwesenheitssysteme") == [4]
    # a prefix that begins a derived word is no particle: the compound's head completes the hanging word
    assert questions(engine, "Umbauten") == [5, 6] and questions(engine, "Nachpflanzungen") == [5]
    assert questions(engine, "Um- und Erweiterungsbauten") == [5, 6]
    assert questions(engine, '"Um- und Erweiterungsbauten"') == [5, 6]  # answer 6 writes them out
    assert engine.search('"Um- und Erweiterungsbauten"').notice is None  # no word of it is left out
    assert questions(engine, "VOR- UND NACHTEILE") == [2]
    assert questions(engine, '"Ist- und Soll-Werte"') == questions(engine, "Istwerte") == [7]  # was nothing
    first = engine.search("Ausbildung").hits
    assert "<mark>Aus-</mark>" in str(next(hit.snippet for hit in first if hit.question == 1))
