"""Round 49: 13 answers the parser had never seen (Sachsen, Sachsen-Anhalt, Hessen, Bayern, Thüringen,
Mecklenburg-Vorpommern, Brandenburg, Schleswig-Holstein, the Bundestag; pages of the `pages` corpus, byte for byte),
measured before the parser was changed; each misreading mended as a layout or sentence form, not as a file.  Each test
reads a held text and asserts what a reader gets (a question, its answer, the warning); every test fails on main before
the round (d194cca0)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_sachsens_letterhead_spelled_freistaat_dash_sachsen_after_specks_is_no_part_of_the_last_question() -> None:
    """Sachsen, one line: „Frage 5: Wie viele Fälle … nicht erhalten haben? ...c''''" Freistaat - SACHSEN Der
    Staatsminister Aktenzeichen … Dresden, zMärz 2017 Hausanschrift: … melden. STAATSMINISTERIUM DES INNERN
    Zusammenfassende Antwort auf die Fragen 1 bis 5: …“ — the coat of arms read as specks and the letterhead with
    „Freistaat - SACHSEN“ are letterhead (before: they were question 5's, up to the letter's date)."""
    document = load_document(CUT / "sn-6-8474.txt")
    assert _question_text(document, 5) == (
        "Wie viele Fälle sind der Staatsregierung bekannt, in welchen die Tierheime die den Besitzern in Rechnung "
        "gestellten Verwahrkosten nicht erhalten haben?"
    )
    assert _answer(document, 5).startswith("Von einer Beantwortung durch die Staatsregierung wird abgesehen.")


def test_sachsens_footer_without_bitte_beim_empfang_between_answer_and_question_is_no_part_of_the_answer() -> None:
    """Sachsen, one line: „… um die Unterbringung der Fundtiere sicherzustellen. Hausanschrift; Sächsisches
    Staatsministerium für Soziales und Verbraucherschutz … Dresden, ^Juli 2015 www.sms.sachsen.de STAATSMVNISTE’RIU’M
    FÜR SOZIALES UND VERBRAUCHERSCHUTZ Frage 4: …“ — the page-1 footer (the scan's „Hausanschrift;“, no „Bitte beim
    Empfang … melden.“) is no part of answer 3 (before: it was answer 3's last lines)."""
    document = load_document(CUT / "sn-6-1886.txt")
    assert _answer(document, 3).endswith("um die Unterbringung der Fundtiere sicherzustellen.")
    assert "Hausanschrift" not in _answer(document, 3)
    assert _question_text(document, 4).startswith("Wie hoch waren die Ausgaben im Jahr 2014")


def test_an_answer_stopping_on_a_closed_bracket_before_unanswered_questions_is_said_cut() -> None:
    """Bayern, one line: „Zu 1.: … Bei der Einrichtung … verfügt: • Räume für den verpflichtenden
    Instrumentalunterricht, der in Kleingruppen (in der Regel mit 2 bis 3 Schülerinnen bzw. Schülern)“ —
    the copy stops in answer 1's sentence, question 2 without answer; that is said (before: only „Frage 2 hat keine
    Antwort.“)."""
    document = load_document(CUT / "by-17-12880.txt")
    assert (
        "Die Antwort zu Frage 1 endet mitten im Satz („… bis 3 Schülerinnen bzw. Schülern)“): Der Text ist wohl "
        "unvollständig." in document.warnings
    )


def test_a_request_closing_on_an_exclamation_mark_before_the_answers_label_is_the_questions() -> None:
    """Schleswig-Holstein, one line: „1. Welcher der … Verfahrensschritte war derjenige, … durchzuführen? Bitte nach
    Frage auf- schlüsseln! Antwort: Für die Entscheidung, …“ — the askers' request closing on „!“ is question 1's, and
    answer 1 begins after the label (before: answer 1 was „Bitte nach Frage aufschlüsseln!“ and „Antwort: …“)."""
    document = load_document(CUT / "sh-18-1679.txt")
    assert _question_text(document, 1).endswith("durchzuführen? Bitte nach Frage aufschlüsseln!")
    assert _answer(document, 1).startswith("Für die Entscheidung, in dem konkreten Fall keine Abfrage")
