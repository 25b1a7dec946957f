"""Round 29: twenty Landtag answers the parser had never seen (``tests/fixtures/cut/``, ``st-6-128``, ``st-6-2159``),
read by hand before the parser changed; one test per layout mended, on what a reader gets (title, askers, ministry,
Vorbemerkungen, each question and its answer, what the archivist is told).  Every test fails on main before the round
(2e9dca0)."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.ingest.load import load_document

FIXTURES = Path(__file__).parent / "fixtures"
CUT = FIXTURES / "cut"


def _text(paragraphs: tuple[str, ...]) -> str:
    """A field as a reader sees it: its paragraphs one after another."""
    return " ".join(paragraphs)


@pytest.mark.parametrize(
    ("name", "question_end", "answer_start"),
    [
        # „Frage: Bezug nehmend … je 1.000 Einwohner ? Antwort zu der Frage: Die Beantwortung …“
        ("st-6-128", "Pflegekräften je 1.000 Einwohner ?", "Die Beantwortung der Kleinen Anfrage (KA 5/7287)"),
        # „Frage: Hat die Landesregierung …? Wenn ja, …? Bitte … auflisten. Ja. Die Trinkwasserzweckverbände …“
        ("st-6-2159", "sowie nach Landkreisen und kreisfreien Städten auflisten.", "Ja. Die Trinkwasserzweckverbände"),
    ],
)
def test_sachsen_anhalts_one_question_after_the_answer_cover(name: str, question_end: str, answer_start: str) -> None:
    """„… Antwort der Landesregierung erstellt vom Ministerium für … Frage: …?“: the one question, labelled „Frage:“
    without a number right after the cover, and its answer (before: refused, „Keine nummerierten Fragen gefunden“)."""
    document = load_document(FIXTURES / f"{name}.txt")
    assert len(document.questions) == 1
    assert document.questions[0].text.endswith(question_end)
    assert _text(document.questions[0].answer).startswith(answer_start)


def test_sachsen_anhalts_askers_each_named_abgeordneter_and_the_cover_after_the_vorbemerkung() -> None:
    """„Abgeordneter Frank Bommersbach (CDU) Abgeordneter Ralf Wunschinski (CDU) Wasser- und Abwasserzweckverband
    Saalekreis“ names two askers before the title; the cover „Antwort der Landesregierung erstellt vom Ministerium für
    Landwirtschaft und Umwelt“ before question 1 is no word of the askers' Vorbemerkung (before: the second asker
    opened the title, the cover ended the Vorbemerkung)."""
    document = load_document(CUT / "st-6-3929.txt")
    assert [asker.name for asker in document.askers] == ["Frank Bommersbach", "Ralf Wunschinski"]
    assert document.title == "Wasser- und Abwasserzweckverband Saalekreis"
    assert _text(document.preamble).endswith("zum 31. Dezember 2013 form- und fristgerecht zu kündigen.")
