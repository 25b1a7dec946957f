"""Layouts first met in real texts nobody tuned the parser for (issue 16, round 9): what the archivist sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import cli
from indexer.ingest.layouts.annexes import annex_start
from indexer.ingest.load import load_document

FIXTURES = Path(__file__).parent / "fixtures"


def _report(path: Path) -> str:
    return CliRunner().invoke(cli, ["parse", str(path)]).output


def test_an_annexs_question_captions_answer_nothing() -> None:
    """Bundestag 21/1489: after the imprint, "Anlage zur Antwort der Bundesregierung auf die Kleine Anfrage …" holds a
    table captioned "Zu Frage 1: Tatzeit 2025, …".  Before, that caption made the five questions a list answered under
    "Zu Frage N:" headings: question 1 got the annex, questions 2 to 5 nothing."""
    document = load_document(FIXTURES / "bt-21-1489.txt")
    assert [q.number for q in document.questions] == [1, 2, 3, 4, 5]
    answers = [q.answer_text for q in document.questions]
    assert answers[0].startswith("Für das zweite Quartal 2025 wurden dem Bundeskriminalamt")
    assert answers[1].startswith("Zu den für das zweite Quartal 2025 erfassten 899")
    assert answers[4].endswith("durch die hierfür zuständigen Organe der Rechtspflege zu gewährleisten.")
    assert not any("Tatzeit 2025, 2. Quartal" in answer for answer in answers)
    assert [annex.label[:40] for annex in document.annexes] == ["Anlage zur Antwort der Bundesregierung a"]
    assert "Zu Frage 1: Tatzeit 2025, 2. Quartal, UTF Antisemitisch," in document.annexes[0].rows


def test_questions_answered_in_their_context_share_the_answer() -> None:
    """Bundestag 21/925: "Die Fragen 1 bis 4 werden im Sachzusammenhang beantwortet." after question 4 answers
    questions 1 to 4 (before, questions 1 to 3 had no answer)."""
    document = load_document(FIXTURES / "bt-21-925.txt")
    first_four = document.questions[:4]
    assert [q.answered_with for q in first_four] == [(2, 3, 4), (1, 3, 4), (1, 2, 4), (1, 2, 3)]
    assert {q.answer_text for q in first_four} == {
        "Die Fragen 1 bis 4 werden im Sachzusammenhang beantwortet. "
        "Der Bundesregierung liegen keine Daten im Sinne der Fragestellung vor."
    }
    assert "hat keine Antwort" not in _report(FIXTURES / "bt-21-925.txt")


def test_a_ministry_with_a_second_portfolio_after_a_comma() -> None:
    """Baden-Württemberg's "Antwort des Ministeriums des Inneren, für Digitalisierung und Kommunen" names one ministry;
    the title follows it (before: ministry "Ministerium des Inneren, für", title "Digitalisierung und Kommunen …")."""
    report = _report(FIXTURES / "cut" / "bw-17-116.txt")
    assert report.startswith("bw-17-116: Feuerwehrfinanzierung im Wahlkreis\n")
    assert "Ministerium:      Ministerium des Inneren, für Digitalisierung und Kommunen\n" in report


def test_a_copy_cut_inside_the_imprint_answers_nothing() -> None:
    """A flat Baden-Württemberg copy that stops inside the imprint's first words ("… www.landtag-bw.de/Dokumente Der
    Landtag druc"): before, "Der Landtag druc" was the joint answer to all seven questions.  The askers' "FDP/DVP" is
    their party."""
    report = _report(FIXTURES / "cut" / "bw-16-1836.txt")
    assert "gemeinsam beantwortet" not in report and "(0 Absätze)" in report
    assert "Fragesteller:     Dr. Hans-Ulrich Rülke (FDP/DVP), Dr. Erik Schweickert (FDP/DVP)" in report


def test_bavarias_page_head_without_the_word_drucksache() -> None:
    """Bayern's head as a copy prints it, "17. Wahlperiode 06.11.2017 17/18012 Bayerischer Landtag": the number beside
    the head's date is the Drucksache (before, it was taken from the file name with a warning)."""
    report = _report(FIXTURES / "cut" / "by-17-18012.txt")
    assert "Drucksache:       17/18012 (Antwort)" in report
    assert "aus dem Dateinamen" not in report


def test_a_copy_cut_inside_a_lettered_part_of_the_last_question() -> None:
    """Bayern: "3. a) Beabsichtigt …? b) Wenn ja, mit welcher Be" — the copy stops inside part b) of question 3, which
    is no answer (before, it was the joint answer of all three questions); "Daher frage ich die Staatsregierung:"
    ends the title."""
    report = _report(FIXTURES / "cut" / "by-17-23534.txt")
    assert report.startswith(
        "by-17-23534: Nitrat- und Phosphatbelastungen im Grundwasser – Schutz unseres Trinkwassers muss absolute"
        " Priorität genießen!\n"
    )
    assert "gemeinsam beantwortet" not in report
    assert "Frage 3 endet mitten im Satz („… Wenn ja, mit welcher Be“)" in report


@pytest.mark.parametrize(
    "heading",
    [
        "Anlage zur Antwort der Bundesregierung auf die Kleine Anfrage der Abgeordneten Clara Bünger u. a. und der"
        " Fraktion Die Linke",
        "Anlage 1 zu der Kleinen Anfrage der Abgeordneten Clara Bünger u. a. und der Fraktion Die",
        "Anlage 1 zur Antwort der Bundesregierung zur Kleinen Anfrage des Abgeordneten Martin",
        "Anlage 10 zu Frage 24",
        "Anlage zur Bundestagsdrucksache 21/864, Kleine Anfrage der Abgeordneten",
        "Anlage zu BT.-Drs. 21/758 / Thema: Mehrgenerationenhäuser",
    ],
)
def test_the_bundestags_annex_headings_open_an_annex(heading: str) -> None:
    """The forms the Bundestag's annexes print after the answers (from its 21st-period answers); their captions
    ("Zu 1:", "Zu Frage 4:") are then no answer headings."""
    lines = ["1. Wie viele …?", "Antworttext.", heading, "Zu Frage 1:"]
    assert annex_start(lines) == 2


def test_an_annex_named_inside_a_sentence_opens_nothing() -> None:
    """A wrapped sentence "Es wird auf die / Anlage zu Frage 3 verwiesen." refers to an annex."""
    assert annex_start(["1. Wie viele …?", "Es wird auf die", "Anlage zu Frage 3 verwiesen."]) == 3
