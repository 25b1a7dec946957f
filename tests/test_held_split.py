"""A compound the splitter does not know, cut where the texts hold both halves: ``Kolonialunrecht`` found nothing,
though the answers about it write „kolonialen Unrechts“."""

import pytest

from indexer import Engine
from tests.search_helpers import engine_over

ANSWERS = [
    (
        "Wie wird das in den Kolonien begangene Unrecht aufgearbeitet?",
        "Die Anerkennung kolonialen Unrechts ist Teil der Erinnerungskultur des Bundes.",
    ),
    (
        "Welche Bauten werden saniert?",
        "Koloniale Bauten in den Häfen werden saniert. Über die Verfahren, die die Eigentümer gegen die Stadt führen, "
        "berichtet die Kammer jährlich im Herbst mit ausführlichen Tabellen; ein Unrecht sieht sie darin nicht.",
    ),
    (
        "Wer hat das Schreiben zum Klimaschutz unterzeichnet?",
        "Das Schreiben zum Klimaschutz ist gez. vom Minister.",
    ),
    (
        "Wie viele Busse fielen beim Streik aus?",
        "Beim Busstreik im März fielen 120 Fahrten aus; den Streik trug die Gewerkschaft.",
    ),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("held-split"), 3101, "Erinnerung und Verkehr", ANSWERS)


def test_a_compound_the_splitter_lacks_finds_its_halves_close_together(engine):
    result = engine.search("Kolonialunrecht")
    assert [hit.question for hit in engine.iter_hits("Kolonialunrecht")] == [1]
    assert result.total == 1 and [note.way for note in result.hits[0].match] == ["teile"]


def test_its_halves_far_apart_are_no_match(engine):
    result = engine.search("Kolonialunrecht")
    scattered = [hit for hit in result.hits if hit.question == 2]
    assert scattered and scattered[0].notes == ["nur Wortteile: Kolonial … Unrecht"]


def test_a_word_the_texts_hold_is_never_cut(engine):
    result = engine.search("Busstreik")
    assert [hit.question for hit in engine.iter_hits("Busstreik")] == [4]
    assert [note.way for note in result.hits[0].match] == ["genau"]


def test_a_misspelt_word_is_not_cut_into_a_stem_too_short_to_be_a_word(engine):
    """``Klimaschutzgezets`` (two typing errors) was „Klimaschutz“ and „gez.“ (its stem „gez“) close together."""
    result = engine.search("Klimaschutzgezets")
    assert result.total == 0 and not any(note.startswith("nur Wortteile") for hit in result.hits for note in hit.notes)
