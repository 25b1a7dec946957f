"""Round 29: twenty Landtag answers the parser had never seen (``tests/fixtures/cut/``, ``st-6-128``, ``st-6-2159``),
read by hand before the parser changed; one test per layout mended, on what a reader gets (title, askers, ministry,
Vorbemerkungen, each question and its answer, what the archivist is told).  Every test fails on main before the round
(2e9dca0)."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import ParseError
from indexer.ingest.load import load_document
from indexer.ingest.parse import validate

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


def test_a_copy_cut_inside_the_ministrys_name_has_no_answer_yet() -> None:
    """Rheinland-Pfalz: „4. Inwieweit trägt sie Korrekturen am Gesetzentwurf mit? Das Ministerium für Umwelt, Land“ —
    the copy stops in the sentence that says who answers; no question has an answer in it (before: that fragment was
    the joint answer to questions 1–4)."""
    document = load_document(CUT / "rp-16-5155.txt")
    assert [q.answer for q in document.questions] == [(), (), (), ()]
    assert any("Einleitungssatz der Antwort" in warning for warning in validate(document))


def test_a_copy_cut_inside_the_next_pages_head_has_no_answer_there() -> None:
    """NRW: „3. Werden diese Maßnahmen …? LANDTAG NORDRHEIN-WESTFALEN - 17. Wahlperiode Druck“ — the next page's head,
    cut, is no answer (before: it was the joint answer to questions 2 and 3)."""
    document = load_document(CUT / "nw-17-1272.txt")
    assert _text(document.questions[0].answer).endswith("auch nicht geschätzt werden.")
    assert [q.answer for q in document.questions[1:]] == [(), ()]
    assert not any("LANDTAG" in _text(q.answer) for q in document.questions)


def test_a_labelled_question_the_copy_stops_in_is_that_question() -> None:
    """Sachsen: „Frage 3: …? (Bitte …) Frage 4: Welche konkreten Maßnahmen … in den Jahren 2019 und“ — question 4,
    cut, is a question, and questions 1–3 have no answer in the copy (before: question 4's words were the joint answer
    to 1–3)."""
    document = load_document(CUT / "sn-6-15119.txt")
    assert [q.number for q in document.questions] == [1, 2, 3, 4]
    assert document.questions[3].text.startswith("Welche konkreten Maßnahmen werden zur Verbesserung")
    assert all(not q.answer for q in document.questions)


def test_a_follow_up_question_the_copy_stops_in_is_the_questions() -> None:
    """Sachsen-Anhalt: „4. Wie bewertet … im Land? Stehen nach Auffassung der Landesregierung … mit der erfo“ — the
    question's second sentence, where the copy stops, is its own, not the answer (before: the answer)."""
    document = load_document(CUT / "st-7-3927.txt")
    assert document.questions[3].text.endswith("ausreichend qualifizierte Fachkräfte mit der erfo")
    assert document.questions[3].answer == ()


def test_baden_wuerttembergs_ministry_named_in_one_word() -> None:
    """„Kleine Anfrage der Abg. … und Antwort des Innenministeriums Situation des Glücksspiels …“: the Innenministerium
    answered (before: no ministry)."""
    assert load_document(CUT / "bw-15-4470.txt").ministry == "Innenministerium"


def test_a_copy_that_stops_inside_a_bracket_is_said_to_be_cut() -> None:
    """NRW: „… Der von der Landesregierung vorgelegte Bericht (Vorlage 16“ ends the copy before question 1: the refusal
    says the copy is incomplete (before: it said only that no questions were found)."""
    with pytest.raises(ParseError, match="vor der ersten Frage: Die Kopie ist wohl unvollständig"):
        load_document(CUT / "nw-16-13726.txt")


def test_a_short_answer_the_copy_stops_in_before_unanswered_questions_is_said_to_be_cut() -> None:
    """Rheinland-Pfalz: „Zu Frage 2: Von den Studiengängen, in denen ein Studien“, questions 3 and 4 without answer —
    seven words, but the copy stops there: the archivist is told (before: only that 3 and 4 have no answer)."""
    warnings = validate(load_document(CUT / "rp-16-3822.txt"))
    assert "Die Antwort zu Frage 2 endet mitten im Satz („… Studiengängen, in denen ein Studien“)" in " ".join(warnings)


def test_bayerns_remark_after_the_dated_answer_heading_is_the_governments_vorbemerkung() -> None:
    """„Antwort des Staatsministeriums für Gesundheit und Pflege vom 27.11.2017 Es wird davon ausgegangen, dass sich die
    Schriftliche Anfrage auf den Bereich der Altenpflege bezieht. … 1. Wie hat sich …?“: the remark before the repeated
    question 1 is the government's Vorbemerkung (before: in no field)."""
    document = load_document(CUT / "by-17-19249.txt")
    assert _text(document.government_preamble).startswith("Es wird davon ausgegangen, dass sich die Schriftliche")
    assert _text(document.government_preamble).endswith("nicht die (Kinder -)Krankenpflege.")
    assert _text(document.questions[0].answer).startswith("Da die Pflegestatistik nur alle zwei Jahre")


def test_a_copy_that_stops_inside_a_repeated_question_is_said_to_be_cut() -> None:
    """Baden-Württemberg (round 27 left it): the answer part repeats question 1 and the copy stops inside it („…
    Baden-Baden (Wahlkr“): the archivist is told where (before: only that no question has an answer)."""
    warnings = validate(load_document(CUT / "bw-15-3835.txt"))
    assert any(warning.startswith("Der Text endet in der Wiederholung von Frage 1") for warning in warnings)


def test_sachsens_letterhead_without_the_lands_adjective_names_the_ministry() -> None:
    """„STAATSMINISTERIUM FÜR WISSENSCHAFT UND KUNST Freistaat SACHSEIN Die Staatsministerin …“ (a scan's „SACHSEIN“):
    the Sächsisches Staatsministerium für Wissenschaft und Kunst answered (before: no ministry)."""
    document = load_document(CUT / "sn-6-15119.txt")
    assert document.ministry == "Sächsisches Staatsministerium für Wissenschaft und Kunst"


def test_a_copy_that_stops_after_the_answers_first_letter_has_no_answer() -> None:
    """Hamburg: „… 2. Wann wird das Gutachten …? Wird dieses … erfolgen? D“ — the copy stops after the first letter of
    the answer: no question has „D“ for its answer, and the archivist is told (before: „D“ was the joint answer to
    questions 1 and 2, the cut not said)."""
    document = load_document(CUT / "hh-21-10336.txt")
    assert [q.answer for q in document.questions] == [(), ()]
    assert any("ersten Buchstaben der Antwort zu Frage 2" in warning for warning in validate(document))
