"""Round 62: Landtag answers the parser had never seen (Berlin, Hamburg, Niedersachsen, Rheinland-Pfalz,
Schleswig-Holstein; pages of the `pages` corpus, byte for byte), measured before the parser was changed; each misreading
mended as a layout, not as a file.  Each test reads a held text as a reader who names the file by its id would, and
asserts what that reader gets; every test fails on main before the round (6731be51)."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import ParseError
from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_a_cover_without_the_page_head_still_gives_the_title() -> None:
    """Rheinland-Pfalz, 16th period, a copy that opens on the Drucksache without „LANDTAG RHEINLAND-PFALZ“: „… und A n t
    w o r t des Ministeriums für Integration, Familie, Kinder, Jugend und Frauen Schulsozialarbeit Die Kleine Anfrage
    1291 vom …“ — the title is „Schulsozialarbeit“ (before: no title)."""
    document = load_document(CUT / "rp-16-2008.txt")
    assert document.title == "Schulsozialarbeit"
    assert document.ministry == "Ministerium für Integration, Familie, Kinder, Jugend und Frauen"


def test_a_copy_cut_in_the_governments_vorbemerkung_answers_nothing_yet() -> None:
    """Rheinland-Pfalz: the quoted questions 1 to 4, the askers' request after them, „Das Ministerium für Bildung hat
    die Kleine Anfrage … wie folgt beantwortet: Vorbemerkung: Schulsozialarbeit ist …“, the copy stopping there — the
    Vorbemerkung is the government's, no question has an answer, and the reader is told the text stops (before: the
    request, the opening sentence and the Vorbemerkung were one joint answer to all four questions)."""
    document = load_document(CUT / "rp-17-3363.txt")
    assert [question.number for question in document.questions] == [1, 2, 3, 4]
    assert not any(question.answer for question in document.questions)
    remark = " ".join(document.government_preamble)
    assert remark.startswith("Schulsozialarbeit ist ein wichtiger Teil des Jugendhilfeangebots.")
    assert document.question(4) is not None
    assert document.question(4).text.endswith(
        "Ich bitte um tabellarische Angabe in Spalten zur jeweiligen Frage, wobei die Grundschulen bitte absteigend "
        "nach Größe der Schülerzahl aufgelistet werden."
    )
    assert (
        "Die Vorbemerkung der Landesregierung endet mitten im Satz („… Aufgaben bereit. Diese Mittel werd“), vor der "
        "ersten Antwort: Der Text ist wohl unvollständig." in document.warnings
    )


def test_an_introductions_question_to_the_senat_is_no_question_of_the_anfrage() -> None:
    """Hamburg: the copy holds only the askers' introduction („… verändern will. Aber in welche Richtung? Die
    Untersuchung …“) and stops before „Ich frage den Senat:“ — refused, the cut said (before: „Aber in welche
    Richtung?“ was read as the one question and the rest of the introduction as the Senat's answer)."""
    with pytest.raises(ParseError) as refused:
        load_document(CUT / "hh-21-7490.txt")
    message = str(refused.value)
    assert message.startswith("Keine nummerierten Fragen gefunden")
    assert "Der Text endet mitten im Satz („… vor dem Hintergrund der Erreichbar“), vor der ersten Frage" in message


def test_a_copy_cut_after_a_names_hyphen_is_said_to_stop() -> None:
    """Berlin: the Bezirke's table in answer 1 stops at „… erfolgt nicht. Friedrichshain -“ (of
    „Friedrichshain-Kreuzberg“) — the reader is told the answer is cut (before: nothing was said)."""
    document = load_document(CUT / "be-18-13014.txt")
    assert _answer(document, 1).endswith(
        "Eine Statistische Erfassung dieser Abweichungen erfolgt nicht. Friedrichshain -"
    )
    assert (
        "Die Antwort zu Frage 1 endet mitten im Satz („… Abweichungen erfolgt nicht. Friedrichshain -“): Der Text ist "
        "wohl unvollständig." in document.warnings
    )


def test_a_tables_last_cell_none_is_no_cut(tmp_path: Path) -> None:
    """Berlin's answer 5 as a table by Bezirk whose last cell is „-“ (none): „… Tempelhof-Schöneberg 1 Reinickendorf -“
    ends the table, not the copy — nothing is said (the rule above, before the review, said the answer stops)."""
    held = (Path(__file__).parent / "fixtures" / "be-17-12186.txt").read_text(encoding="utf-8")
    text = held.replace(
        "Antwort zu 5: Nein.",
        "Antwort zu 5: Dem Senat sind folgende Beschwerden nach Bezirken bekannt: Bezirk Anzahl Mitte 2 Pankow 1 "
        "Neukölln 3 Tempelhof-Schöneberg 1 Reinickendorf -",
    )
    assert text != held
    (tmp_path / "be-17-12186.txt").write_text(text, encoding="utf-8")
    document = load_document(tmp_path / "be-17-12186.txt")
    last = document.questions[-1]
    assert last.printed_number == "5"
    assert " ".join(last.answer).endswith("Tempelhof-Schöneberg 1 Reinickendorf -")
    assert document.warnings == ()


def test_a_question_after_an_answer_that_points_to_another_answer() -> None:
    """Schleswig-Holstein, the whole stored page: „Antwort: Siehe Antwort Frage 1. 4. Gibt es konkrete Planungen …?
    … Antwort: Die Landesregierung wird …“ — question 4 and its answer stand apart from answer 3 (before: question 4
    and the page head were part of answer 3, and question 4's answer was lost)."""
    document = load_document(CUT / "sh-18-32.txt")
    assert [question.number for question in document.questions] == [1, 2, 3, 4]
    assert _answer(document, 3) == "Siehe Antwort Frage 1."
    assert document.question(4) is not None
    assert document.question(4).text.startswith("Gibt es konkrete Planungen seitens der Landesregierung")
    assert _answer(document, 4) == (
        "Die Landesregierung wird die Möglichkeiten der Kostenerstattung prüfen und ggfs. umsetzen."
    )
    assert not document.warnings
