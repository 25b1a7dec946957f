"""Round 53: 10 Landtag answers the parser had never seen (Bayern, Sachsen, Brandenburg, Thüringen, Hessen,
Mecklenburg-Vorpommern; pages of the `pages` corpus, byte for byte), measured before the parser was changed; each
misreading mended as a layout or sentence form, not as a file.  Each test reads a held text and asserts what a reader
gets (a question, its answer, the warning); every test fails on main before the round (0ce36b68)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_bayerns_answer_heading_where_the_copy_stops_in_it_is_no_part_of_the_last_question() -> None:
    """Bayern, one line: „… 7. Wie hoch waren die wirtschaftlichen Ergebnisse … an den oberbayerischen Krankenhäusern
    Antwort des Staatsministeriums für Gesundheit und Pfleg“ — question 7 ends before the answer part's heading, and the
    stop in the heading is said (before: the heading was question 7's end, said as the question cut)."""
    document = load_document(CUT / "by-17-18096.txt")
    assert _question_text(document, 7).endswith("Geburtshilfeabteilungen an den oberbayerischen Krankenhäusern")
    assert (
        "Der Text endet in der Überschrift des Antwortteils („… Staatsministeriums für Gesundheit und Pfleg“), nach "
        "Frage 7: Die Antworten fehlen, der Text ist wohl unvollständig." in document.warnings
    )


def test_thueringens_box_where_the_copy_stops_after_an_answer_is_said() -> None:
    """Thüringen, one line: „Zu 1.: … liegt deshalb in der Verantwortung der Stadt Eisenach. K l e i n e A n f r a g e
    des Abgeordneten“ — the stop in the page-1 box is said (before: only „Frage 2 hat keine Antwort.“ and so on)."""
    document = load_document(CUT / "th-6-336.txt")
    assert _answer(document, 1).endswith("liegt deshalb in der Verantwortung der Stadt Eisenach.")
    assert (
        "Der Text endet nach der Antwort zu Frage 1 im Kasten der ersten Seite („… Kleine Anfrage des Abgeordneten“): "
        "Die folgenden Antworten fehlen, der Text ist wohl unvollständig." in document.warnings
    )


def test_a_suspended_compound_cut_in_its_conjunction_keeps_its_hyphen() -> None:
    """Brandenburg, one line: „Frage 1: Wie viele Alleebäume an Bundes- un“ — the copy stops in „Bundes- und …“ (before:
    joined to a word „Bundesun“)."""
    document = load_document(CUT / "bb-6-4922.txt")
    assert _question_text(document, 1) == "Wie viele Alleebäume an Bundes- un"
