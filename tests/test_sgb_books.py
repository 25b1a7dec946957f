"""A book of the Sozialgesetzbuch typed with a digit (``SGB 2``) is searched as printed (``SGB II``), as one norm."""

import pytest

from indexer.search.query import sgb_books
from tests.search_helpers import engine_over

ANSWERS = [
    ("Wer erhält Bürgergeld?", "Leistungen nach dem SGB II erhalten 5 Millionen Menschen."),
    ("Wer prüft die Kitas?", "Nach § 45 Abs. 2 Nr. 4 SGB VIII prüft das Landesjugendamt."),
    ("Wie viele Kitas gibt es?", "Die Fragen 2 und 3 werden gemeinsam beantwortet. Das SGB regelt es nicht."),
    ("Wer zahlt die Sozialhilfe?", "Die Kommunen tragen die Hilfe zum Lebensunterhalt nach dem SGB XII."),
    ("Wer fördert Weiterbildung?", "Die Arbeitsagentur fördert sie nach dem SGB III."),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("sgb-index"), 4101, "Sozialleistungen", ANSWERS)


@pytest.mark.parametrize("typed", ["SGB 2", "SGB2", "SGB-II", "SGB-2", "sgb ii", "SGB II"])
def test_sgb_2_is_sgb_ii_and_no_other_book_nor_a_stray_2(engine, typed):
    results = engine.search(typed)
    assert [hit.question for hit in results.hits] == [1] and results.total == 1
    assert "<mark>SGB</mark> <mark>II</mark> erhalten" in str(results.hits[0].snippet)


@pytest.mark.parametrize("typed", ["SGB -SGB 2", "SGB -SGB II", "SGB NICHT SGB 2"])
def test_an_excluded_book_excludes_that_book_only(engine, typed):
    """Not every „SGB“ and no required „2“: the answers naming another book, or none, stay."""
    assert sorted(hit.question for hit in engine.search(typed).hits) == [2, 3, 4, 5]


@pytest.mark.parametrize("typed, book", [("SGB 3", 5), ("SGB III", 5), ("SGB 8", 2), ("SGB 12", 4)])
def test_each_book_is_its_own(engine, typed, book):
    """Roman numbers are not stemmed: „SGB III“ is no „SGB II“, „SGB VIII“ no „SGB VII“."""
    assert [hit.question for hit in engine.search(typed).hits] == [book]


def test_a_book_in_a_longer_query_and_in_a_quoted_phrase(engine):
    assert [hit.question for hit in engine.search("Sozialhilfe SGB 12").hits] == [4]
    assert [hit.question for hit in engine.search('"nach dem SGB 12"').hits] == [4]
    assert engine.search('"nach dem SGB 2" Bürgergeld').total == 1


@pytest.mark.parametrize(
    "typed, printed",
    [
        ("SGB 2", '"SGB II"'),
        ("§ 22 SGB 2 Miete", '§ 22 "SGB II" Miete'),
        ('"§ 22 SGB 2"', '"§ 22 SGB II"'),  # inside quotes the phrase is the user's
        ("SGB 14", '"SGB XIV"'),
        ("SGB-2-Leistungen", "SGB-II-Leistungen"),
        ("SGB 15", "SGB 15"),  # there is no fifteenth book
        ("SGB 2.000", "SGB 2.000"),
        ("DSGB 2", "DSGB 2"),
    ],
)
def test_how_books_are_rewritten(typed, printed):
    assert sgb_books(typed)[0] == printed
