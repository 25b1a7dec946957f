"""Corrections look the words one edit away up instead of measuring every term: the same terms as Whoosh's
``terms_within`` (one edit, first letter kept), for misspellings of every kind."""

import pytest

from indexer import Engine
from indexer.index.schema import TEXT_FIELDS
from indexer.search.edits import held_one_edit_from, one_edit


@pytest.mark.parametrize(
    "term",
    [
        "langzeitarbeitslosigkeitt",  # a letter added
        "langzeitarbeitlosigkeit",  # dropped
        "langzeitarbeitslosigkiet",  # neighbours swapped: two edits
        "pasiv",
        "transfre",
        "kosten",  # a word the texts hold: its neighbours, not itself
        "bürgschaft",
        "x",
    ],
)
def test_the_terms_one_edit_away_are_those_whoosh_measures(index_dir, term):
    searcher = Engine(index_dir).searcher()
    reader = searcher.reader()
    measured = {
        t.decode("utf-8") if isinstance(t, bytes) else t
        for field in TEXT_FIELDS
        for t in reader.terms_within(field, term, 1, prefix=1)
    } - {term}
    assert held_one_edit_from(reader, TEXT_FIELDS, term) == sorted(measured)


def test_an_edit_keeps_the_first_letter():
    assert "bauwal" in one_edit("blauwal") and "lauwal" not in one_edit("blauwal")
    assert "balu" not in one_edit("blau")  # two neighbours swapped: two edits
    assert "blau" not in one_edit("blau")
