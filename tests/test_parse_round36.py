"""Round 36: 20 Landtag answers the parser had never seen (kleineanfragen.de text pages and two other sites' stored
copies, byte for byte), measured before the parser was changed; each misreading mended as a layout or sentence form,
not as a file.  Each test reads a held text and asserts what a reader gets (a question, its answer, the title, the
German warning or refusal); every test fails on main before the round (a0151e3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import ParseError
from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

FIXTURES = Path(__file__).parent / "fixtures"
CUT = FIXTURES / "cut"


def test_a_question_number_after_a_cited_drucksache_opens_the_next_question() -> None:
    """Hamburg: „… registriert. Im Übrigen siehe Drs. 21/13707. 2. Wie viele Imker …?“ and, after a table's last
    figure, „… 4/2018 1 180 3. In welcher Höhe wurden … aus d“ (the copy stops there): three questions (before: one,
    questions 2 and 3 inside answer 1)."""
    document = load_document(CUT / "hh-21-17720.txt")
    assert [q.number for q in document.questions] == [1, 2, 3]
    assert _answer(document, 1).endswith("Im Übrigen siehe Drs. 21/13707.")
    assert _question_text(document, 2).startswith("Wie viele Imker beziehungsweise Imkereien gibt es")
    assert _answer(document, 2).startswith("Aktuell (Stand 04. Juli 2019) sind 1 396 Bienenhalter")
    assert _question_text(document, 3).startswith("In welcher Höhe wurden seit Einführung der Bienenstrategie")
    assert (
        "Frage 3 endet mitten im Satz („… für das Imkereiwesen aus d“): Der Text ist wohl unvollständig."
        in document.warnings
    )


def test_bayerns_title_ends_before_an_introduction_closed_by_vor_diesem_hintergrund() -> None:
    """„Situation der Frauenhäuser in Bayern Der Bericht der Bundesregierung … überprüft werden. Vor diesem Hintergrund
    frage ich die Staatsregierung:“ — the title is the first four words, the rest the askers' introduction (before:
    the title ran on to „Vor diesem“, the introduction was empty)."""
    document = load_document(CUT / "by-17-952.txt")
    assert document.title == "Situation der Frauenhäuser in Bayern"
    assert document.preamble[0].startswith("Der Bericht der Bundesregierung zur Situation der Frauenhäuser")
    assert " ".join(document.preamble).endswith("die Förderung von Frauenhäusern in Bayern überprüft werden.")


def test_a_letter_spaced_begruendung_before_a_word_of_two_letters_is_the_askers_reasoning() -> None:
    """Baden-Württemberg: „… 26. 01. 2017 Rottmann AfD B e g r ü n d u n g Im November vorletzten Jahres …“ — the
    heading is no word glued to „Im“ („BegründungIm“), and the reasoning is no joint answer to questions 1 to 8."""
    document = load_document(CUT / "bw-16-1491.txt")
    assert all(not document.question(n).answer for n in range(1, 9))  # type: ignore[union-attr]
    assert document.preamble[0].startswith("Im November vorletzten Jahres veröffentlichte der Deutsche Hebammenverband")
    assert (
        "Die Begründung der Fragesteller endet mitten im Satz („… unter Hebammen, die darlegt, d“), vor der ersten "
        "Antwort: Der Text ist wohl unvollständig." in document.warnings
    )


def test_the_answer_heading_with_its_footnote_mark_opens_the_repeated_questions() -> None:
    """Baden-Württemberg: „A n t w o r t * ) Mit Schreiben vom 17. August 2017 … wie folgt: 1. Beurteilt sie den
    Umstand, … dahingehend, dass ein“ — the letter and the repetition of question 1, where the copy stops, are no
    answer to question 6 (before: they were)."""
    document = load_document(CUT / "bw-16-2251.txt")
    assert all(not document.question(n).answer for n in range(1, 7))  # type: ignore[union-attr]
    assert _question_text(document, 1).endswith("in Richtung beider Geschlechter besteht?")
    assert (
        "Der Text endet in der Wiederholung von Frage 1 vor ihrer Antwort („… werden können, dahingehend, dass ein“): "
        "Der Text ist wohl unvollständig." in document.warnings
    )


def test_an_answer_opening_with_wie_unter_der_antwort_is_no_follow_up_question() -> None:
    """Hessen: „Frage 2. Auf welche Ursachen …zurückzuführen? Wie unter der Antwort auf die Frage 1 dargelegt, wächst
    i“ — „Wie unter der Antwort …“ refers to an answer and opens answer 2 (before: it was read as question 2's
    follow-up, and question 2 had no answer)."""
    document = load_document(CUT / "he-19-287.txt")
    assert _question_text(document, 2) == "Auf welche Ursachen ist der Rückgang der Bestandszahlen zurückzuführen?"
    assert _answer(document, 2).startswith("Wie unter der Antwort auf die Frage 1 dargelegt")
    assert (
        "Die Antwort zu Frage 2 endet mitten im Satz („… Frage 1 dargelegt, wächst i“): Der Text ist wohl "
        "unvollständig." in document.warnings
    )


def test_a_last_answer_stopping_on_a_capitalised_word_before_unanswered_questions_is_said_to_be_cut() -> None:
    """Rheinland-Pfalz (expydoc.com's copy with its line breaks): answer 3 „… in folgenden Krankenhäusern geschlossen:
    – – … – Ho“, question 4 without answer — the copy stops in answer 3 (before: only „Frage 4 hat keine Antwort.“)."""
    document = load_document(CUT / "rp-17-1129.txt")
    assert (
        "Die Antwort zu Frage 3 endet mitten im Satz („… – – – – Ho“): Der Text ist wohl unvollständig."
        in document.warnings
    )


def test_a_refusal_says_the_copy_stops_on_a_capitalised_word_inside_a_long_sentence() -> None:
    """Bremen (readkong.com's copy, no Drucksache): the Kleine Anfrage's introduction stops at „… Nachdem die
    Straßenkinder und -jugendlichen sowie ihre Lebensbed“, before question 1 — the refusal says so (before: it did
    not)."""
    with pytest.raises(ParseError) as refused:
        load_document(FIXTURES / "without-id" / "hb-20-ka-strassenjugendliche.txt")
    assert (
        "Der Text endet mitten im Satz („… und -jugendlichen sowie ihre Lebensbed“), vor der ersten Frage: Die Kopie "
        "ist wohl unvollständig." in str(refused.value)
    )
