"""A number with a decimal comma is that number: „2,5“ is not „Fragen 2 und 5“, not a table's „Summe 1 2 5“."""

import pytest

from indexer import Engine
from tests.search_helpers import engine_over

ANSWERS = [
    ("Wie lange verspätet sich die Auslieferung?", "Die Fahrzeugauslieferung verspätet sich um rund 2,5 Jahre."),
    ("Wie viele Taten?", "Es wird auf die Beantwortung der Fragen 2 und 5 verwiesen."),
    ("Welche Fallzahlen?", "Politisch motivierte Kriminalität Summe 1 2 5 0 Schulen 2023 2024 2025 2026"),
    ("Welcher Qualitätsaspekt?", "Ausgenommen ist Qualitätsaspekt 2.5 der Prüfung."),
    ("Welcher Anteil?", "Der Anteil lag bei 12,5 Prozent, im Vorjahr bei 2,55 Prozent."),
    ("Wie viele Mittel?", "Jährlich stehen 2,5 Millionen Euro zur Verfügung."),
    ("Wie stiegen die Mittel?", "Zuerst waren es 2 und dann 5 Millionen Euro."),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("decimals"), 3102, "Verspätete Auslieferung", ANSWERS)


def test_a_decimal_number_finds_only_the_answers_that_write_it(engine):
    result = engine.search("2,5")
    assert result.total == 2
    assert sorted(hit.question for hit in result.hits if not hit.missing) == [1, 6]


def test_the_hit_shows_the_number_as_written(engine):
    hit = next(hit for hit in engine.search("Fahrzeugauslieferung 2,5").hits if hit.question == 1)
    assert [note.found for note in hit.match if note.word == "2,5"] == ["2,5"]


def test_a_decimal_number_in_a_phrase_is_written_so_too(engine):
    assert [hit.question for hit in engine.search('"2,5 Millionen Euro"').hits] == [6]


def test_a_number_with_a_point_is_that_number(engine):
    assert [hit.question for hit in engine.search("Qualitätsaspekt 2.5").hits if not hit.missing] == [4]
    assert engine.search("2.5").total == 1


def test_the_number_is_marked_as_written_not_each_digit(engine):
    hit = next(hit for hit in engine.search("2,5 Prozent").hits if hit.question == 5)  # lacks 2,5: listed below
    assert "<mark>" not in str(hit.snippet).replace("<mark>Prozent</mark>", "")
    hit = next(hit for hit in engine.search("Fahrzeugauslieferung 2,5").hits if hit.question == 1)
    assert "<mark>2,5</mark> Jahre" in str(hit.snippet)


def test_the_number_is_found_as_written_in_a_table(tmp_path):
    engine = engine_over(tmp_path, 3103, "Anteile", [("Welche Anteile?", "Hameln 2,5 5,7 5,4 Hannover 12,5")])
    assert [note.found for note in engine.search("2,5").hits[0].match] == ["2,5"]  # not the run „2,5 5“


def test_the_number_searched_alone_is_marked_as_written(engine):
    hit = next(hit for hit in engine.search("2,5").hits if hit.question == 1)
    assert "<mark>2,5</mark> Jahre" in str(hit.snippet)


def test_thousands_set_apart_by_a_space_are_the_number_typed_with_a_point(tmp_path):
    """The Bundestag prints „344 758,31 Euro“: ``344.758`` finds it, and marks it; „11 000“ is no ``1.000``."""
    engine = engine_over(
        tmp_path,
        3104,
        "Ausgaben",
        [("Wie viel?", "Insgesamt wurden 344 758,31 Euro ausgegeben."), ("Und dort?", "Es waren 11 000 Euro.")],
    )
    result = engine.search("344.758")
    assert result.total == 1
    assert "<mark>344 758</mark>,31 Euro" in str(result.hits[0].snippet)
    assert engine.search("1.000").total == 0
