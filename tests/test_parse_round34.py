"""Round 34: what round 33 and the blind sets bundestag27 and bundestag28 left misread, each mended as a layout (no new
texts).  Each test reads a held text and asserts what a reader gets: a word as the text prints it, a title.  Every
test of a change fails on main before the round (b540a21); the guards pass there too."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.ingest.load import load_document
from indexer.ingest.text import join_lines
from indexer.model import Document

QUERIES = Path(__file__).parent.parent / "queries"
FIXTURES = Path(__file__).parent / "fixtures"


def _words(document: Document) -> str:
    """Every question, answer and Vorbemerkung of the document, as one text."""
    texts = [*document.preamble, *document.government_preamble]
    texts += [part for question in document.questions for part in (question.text, *question.answer)]
    return " ".join(texts)


def _unit(document: Document, number: int) -> str:
    question = document.question(number)
    assert question is not None
    return " ".join((question.text, *question.answer))


@pytest.mark.parametrize(
    ("path", "number", "word"),
    [
        # „strategisch-“ / „operativen“; the same text prints „strategisch-operativen“ on one line a few lines later
        ("corpus-bt27/bt-21-305.txt", 9, "strategisch-operativen"),
        # „freiheitlich-“ / „demokratischen“, printed nowhere else in the text: two adjectives joined
        ("corpus-bt/bt-21-2194.txt", 10, "freiheitlich-demokratischen"),
        ("corpus-bt8/bt-21-609.txt", 14, "traumatisch-thermische"),
        ("corpus-bt24/bt-21-902.txt", 18, "pädiatrisch-nephrologische"),
    ],
)
def test_a_hyphenated_compound_broken_at_its_hyphen_keeps_it(path: str, number: int, word: str) -> None:
    """Two adjectives joined by a hyphen and broken at the line end after it are read as printed (before: the
    hyphen was taken for a syllable break's, „strategischoperativen“, a word a search for „operativen“ misses)."""
    unit = _unit(load_document(QUERIES / path), number)
    assert word in unit
    assert word.replace("-", "") not in unit


@pytest.mark.parametrize(
    ("path", "word"),
    [
        # „der DE-“ / „HOGA“; the text prints „DEHOGA“ eleven times
        ("corpus-bt26/bt-21-1161.txt", "DEHOGA"),
        # „BÜNDNIS 90/DIE GRÜ-“ / „NEN“
        ("corpus-bt20/bt-21-2276.txt", "GRÜNEN"),
        ("corpus-bt9/bt-21-851.txt", "STIKO"),
    ],
)
def test_a_name_in_capitals_broken_at_a_syllable_is_read_solid(path: str, word: str) -> None:
    """A name in capitals the text prints solid, broken at a syllable at the line end, is read solid (before: the
    hyphen was kept because both parts are capitals, „DE-HOGA“, „GRÜ-NEN“, which a search for the name misses)."""
    words = _words(load_document(QUERIES / path))
    assert word in words
    assert f"{word[:2]}-{word[2:]}" not in words
    assert f"{word[:3]}-{word[3:]}" not in words


def test_a_syllable_break_and_an_abbreviation_keep_their_reading() -> None:
    """Guards: a syllable broken after „-lich“ is joined („möglich-“ / „erweise“); a word the text prints solid
    too is joined („Brandschutz Barriere-“ / „freiheit“ in the text that prints „Barrierefreiheit“ in one table row
    and „Barriere-freiheit“ in another); an abbreviation keeps its hyphen („des neuen EU-“ / „weiten
    Emissionshandels“)."""
    assert join_lines(["ist möglich-", "erweise nicht"]) == "ist möglicherweise nicht"
    words = _words(load_document(FIXTURES / "ni-19-11140.txt"))
    assert "Brandschutz Barrierefreiheit Dachundichtigkeit" in words
    assert "des neuen EU-weiten Emissionshandels" in _unit(load_document(QUERIES / "corpus-bt11/bt-21-1072.txt"), 5)


def test_a_title_after_the_asked_drucksache_printed_anew() -> None:
    """The Bundestag's „– Drucksache 21/1026 (neu) –“ under the askers' line ends the askers as the plain number
    does: the title is the words after it (before: it began „Achelwilm, weiterer Abgeordneter und der Fraktion Die
    Linke – Drucksache 21/1026 (neu) – Verdacht …“, the askers' second line)."""
    document = load_document(QUERIES / "corpus-bt28/bt-21-1343.txt")
    assert document.title == "Verdacht auf Geldwäsche und Finanzkriminalität – Vorwürfe gegen Zahlungsdienstleister"


def test_tables_the_answers_cite_in_the_annex_are_annexes_under_their_captions() -> None:
    """The answers cite „Tabelle 1 im Anhang*“ and „Tabelle 3 im Anhang*“; after the last answer's last sentence the
    tables follow under their captions, with no „Anlage“ label: each table is an annex of its own, and the last answer
    ends on its own words (before: the three tables, the first names of SGB-II recipients among them, were the last
    answer's text)."""
    document = load_document(FIXTURES / "cut/bt-21-1349.txt")
    answer = " ".join(document.questions[-1].answer)
    assert answer.endswith("toggleswitch%3D0).")
    assert "Michael" not in answer
    assert [annex.label for annex in document.annexes] == ["Tabelle 1:", "Tabelle 2:", "Tabelle 3: SGB II-Quote"]
    assert document.annexes[0].rows[:2] == ("Platz Vorname Anzahl", "1 Michael 19190")


def test_a_table_caption_printed_under_its_rows_opens_no_annex() -> None:
    """Guard: 21/859 cites „Tabelle 1 im Anhang*“ too, but its first table's rows are printed before the caption
    („… EU ohne Deutschland 15.642 …“ / „Tabelle 1: Bestand an Arbeitslosen“): no line tells where the last answer
    ends, so the tables stay in it rather than a page of rows being cut off the table."""
    document = load_document(QUERIES / "corpus-bt28/bt-21-859.txt")
    assert document.annexes == ()
    assert "Tabelle 1: Bestand an Arbeitslosen" in " ".join(document.questions[-1].answer)
