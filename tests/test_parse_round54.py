"""Round 54: 16 Landtag answers the parser had never seen (Berlin, Hamburg, Niedersachsen, Schleswig-Holstein,
Baden-Württemberg, Rheinland-Pfalz; pages of the `pages` corpus, byte for byte), measured before the parser was
changed; each misreading mended as a layout or sentence form, not as a file.  Each test reads a held text and asserts
what a reader gets (a question, its answer, the warning); every test fails on main before the round (513a6010)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_a_long_request_after_the_question_mark_is_the_questions_and_the_answer_follows_it() -> None:
    """Hamburg, one line: „a. … Welche neuen Flüge … wurden gemeldet? Bitte jeweils die Fluggesellschaft, … aufgeführt
    sind. Eine Auflistung der Erstflüge …“ — the askers' request of 370 characters is question 1's, the answer begins
    after it (before: the answer was read as question 1's end, and question 1 had no answer)."""
    document = load_document(CUT / "hh-21-563.txt")
    assert _question_text(document, 1).endswith("sowie deren voraussichtliche Jahressumme aufgeführt sind.")
    assert _answer(document, 1).startswith("Eine Auflistung der Erstflüge befindet sich in der nachfolgenden Tabelle.")
    assert "Frage 1 hat keine Antwort." not in document.warnings


def test_an_answer_label_zur_frage_without_its_colon_opens_the_next_answer() -> None:
    """Rheinland-Pfalz, one line: „Zu Frage 1: … als ausreichend erachtet. Zur Frage 2 Der Polizei obliegt …“ — the
    label without its colon opens answer 2 (before: answer 2 was answer 1's second half, question 2 unanswered)."""
    document = load_document(CUT / "rp-17-3315.txt")
    assert _answer(document, 1).endswith("Dies wird gegenwärtig als ausreichend erachtet.")
    assert _answer(document, 2).startswith("Der Polizei obliegt gemäß § 152 in Verbindung mit § 163")
    assert "Frage 2 hat keine Antwort." not in document.warnings


def test_an_answer_of_only_an_article_adjective_and_noun_stops_mid_sentence() -> None:
    """Berlin, one line: „Zu 2.: Der Berliner Senat“ — the copy stops before the sentence's verb, and that is said
    (before: nothing was said)."""
    document = load_document(CUT / "be-18-16617.txt")
    assert _answer(document, 2) == "Der Berliner Senat"
    assert (
        "Die Antwort zu Frage 2 endet mitten im Satz („… Der Berliner Senat“): Der Text ist wohl unvollständig."
        in document.warnings
    )


def test_the_askers_remark_closing_on_a_quotations_full_stop_is_no_part_of_the_one_question() -> None:
    """Schleswig-Holstein, one line: „Vorbemerkung des Fragestellers: In der Radiosendung … sei „natürlich viel zu
    schnell Inklusion eingeführt worden.“ Welche Gesetze, … zu schnell gekommen? Antwort: …“ — the remark is the askers'
    Vorbemerkung, the one question begins after its closing quotation mark (before: the cover, the heading and the
    remark were all the question's)."""
    document = load_document(CUT / "sh-19-626.txt")
    assert _question_text(document, 1) == (
        "Welche Gesetze, Verordnungen oder sonstige Maßnahmen sind nach Ansicht der Landesregierung zu schnell "
        "gekommen?"
    )
    assert document.preamble[0].startswith("In der Radiosendung „Zur Sache“ (NDR 1, 18.02.2018)")
    assert _answer(document, 1).startswith("Inklusion ist weniger eine Frage von Gesetzen")


def test_an_answer_stopping_on_a_slash_stops_mid_sentence() -> None:
    """Niedersachsen, one line: „… zum Schutz der für wissenschaftliche Zwecke verwendeten Tiere (2012/707/“ — the copy
    stops inside a cited number, and that is said (before: nothing was said)."""
    document = load_document(CUT / "ni-18-1263.txt")
    assert (
        "Die Antwort zu Frage 1 endet mitten im Satz („… wissenschaftliche Zwecke verwendeten Tiere (2012/707/“): Der "
        "Text ist wohl unvollständig." in document.warnings
    )
