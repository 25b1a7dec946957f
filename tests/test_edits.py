"""Corrections look the words one edit away up instead of measuring every term: the terms within one
Damerau-Levenshtein edit (a swap of neighbours is one, as Whoosh measures across segments), first letter kept."""

import pytest
from whoosh.support.levenshtein import damerau_levenshtein

from indexer import Engine
from indexer.analysis.edits import held_one_edit_from, one_edit
from indexer.index.schema import TEXT_FIELDS


@pytest.mark.parametrize(
    "term",
    [
        "langzeitarbeitslosigkeitt",  # a letter added
        "langzeitarbeitlosigkeit",  # dropped
        "langzeitarbeitslosigkiet",  # neighbours swapped
        "pasiv",
        "transfre",
        "kosten",  # a word the texts hold: its neighbours, not itself
        "bürgschaft",
        "x",
    ],
)
def test_the_terms_one_edit_away_are_those_within_one_damerau_levenshtein_edit(index_dir, term):
    reader = Engine(index_dir).searcher().reader()
    measured = {
        word
        for field in TEXT_FIELDS
        for word in (t.decode("utf-8") if isinstance(t, bytes) else t for t in reader.lexicon(field))
        if word[:1] == term[:1] and word != term and damerau_levenshtein(word, term) <= 1
    }
    assert held_one_edit_from(reader, TEXT_FIELDS, term) == sorted(measured)


def test_a_swap_of_neighbours_is_corrected(quality_engine):
    results = quality_engine.search("Langzeitarbeitslosigkiet")
    assert results.total == 1
    assert results.hits[0].found_as == "Langzeitarbeitslosigkeit ← Langzeitarbeitslosigkiet (korrigierte Schreibweise)"


def test_an_edit_keeps_the_first_letter():
    assert "bauwal" in one_edit("blauwal") and "lauwal" not in one_edit("blauwal")
    assert "balu" in one_edit("blau")  # two neighbours swapped
    assert "lbau" not in one_edit("blau") and "blau" not in one_edit("blau")
