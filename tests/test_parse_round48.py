"""Round 48: 9 Landtag answers the parser had never seen (Berlin, Baden-Württemberg, Hamburg, Niedersachsen,
Nordrhein-Westfalen; pages of the `pages` corpus, byte for byte), measured before the parser was changed; each
misreading mended as a layout or sentence form, not as a file.  Each test reads a held text and asserts what a reader
gets (a question, its answer, the refusal); every test fails on main before the round (d194cca0)."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.ingest.load import load_document
from indexer.ingest.parse import ParseError
from tests.test_parse_round31 import _answer, _question_text

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_the_askers_signature_after_the_last_question_is_no_answer() -> None:
    """Baden-Württemberg, the Kleine Anfrage alone: „7. Inwiefern wurde hier bisher dem örtlichen
    Rotmilandichtezentrum Rechnung getragen? 11.10.2016 Dr. Bullinger FDP/DVP“ — the askers' date, name and party
    close their request; it is refused as the Kleine Anfrage without its answer (before: „11.10.2016 Dr. Bullinger
    FDP/DVP“ was the answer to all seven questions, said to be answered together)."""
    with pytest.raises(ParseError, match=r"Das Dokument ist wohl nur die Kleine Anfrage, Drucksache 16/746, noch ohne"):
        load_document(CUT / "bw-16-746.txt")


def test_a_request_in_brackets_closing_on_a_full_stop_is_the_questions() -> None:
    """Berlin, one line: „1. Welche Klassenstärken …? (Bitte nach Schulen, Schultypen und Bezirken aufschlüsseln, die
    zur 13. Schulregion zugehörigen Schulen hierbei gesondert kennzeichnen). Zu 1.: Die gewünschten Zahlen …“ — the
    full stop after the bracket ends the question (before: answer 1 opened with that lone „.“)."""
    document = load_document(CUT / "be-18-19067.txt")
    assert _question_text(document, 1).endswith("hierbei gesondert kennzeichnen).")
    assert _answer(document, 1).startswith("Die gewünschten Zahlen zur Klassenstärke zu Beginn der 7. Klassenstufe")


def test_a_copy_stopping_in_the_next_answers_heading_keeps_the_answer_before_it_whole() -> None:
    """Rheinland-Pfalz, one line: „Zu Frage 2: Ein Misstrauen hat nicht bestanden. … Begrenzung des Auftretens von
    Stechmücken. Zu Frag“ — the copy stops in answer 3's heading; answer 2 ends on its full stop, and the stop is said
    (before: answer 2 ended „… Stechmücken. Zu Frag“, said to stop mid-sentence)."""
    document = load_document(CUT / "rp-16-2665.txt")
    assert _answer(document, 2).endswith("zur Begrenzung des Auftretens von Stechmücken.")
    assert (
        "Der Text endet auf „Zu Frag“, der Bezeichnung der nächsten Antwort: Die folgenden Antworten fehlen, der Text "
        "ist wohl unvollständig." in document.warnings
    )
