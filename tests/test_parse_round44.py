"""Round 44: 17 Landtag answers the parser had never seen (Berlin, Hamburg, Baden-Württemberg, Rheinland-Pfalz,
Saarland; pages of the `pages` corpus, byte for byte), measured before the parser was changed; each misreading mended
as a layout or sentence form, not as a file.  Each test reads a held text and asserts what a reader gets (a title, a
question, its answer, what the report says of the cut); every test fails on main before the round (5de0cb62)."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import ParseError
from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_berlins_answer_heading_after_the_cover_is_no_word_of_the_title() -> None:
    """Berlin, 17th period: „… und Antwort Sprachstandserhebung 2012 - wie haben sich die Sprachkenntnisse der Kinder
    entwickelt? Die Drucksachen … Telefax: 6 61 78 28. Antwort Im Namen des Senats …“ — the heading „Antwort“ is not
    the title's (before: „… entwickelt? Antwort“)."""
    document = load_document(CUT / "be-17-11359.txt")
    assert document.title == "Sprachstandserhebung 2012 - wie haben sich die Sprachkenntnisse der Kinder entwickelt?"


def test_a_question_after_a_drucksache_number_may_hold_an_abbreviation() -> None:
    """Berlin, one line: „… siehe Drucksache 18/13 187 2. Welche Flächen in qm werden jeweils insgesamt genutzt und
    welche (ggf. Schätzwerte) sind davon öffentlich zugänglich? Zu 2.: …“ — question 2 is read, answer 1 ends at the
    Drucksache (before: question 2 was read into answer 1, and „Zu 2.:“ named a question not found)."""
    document = load_document(CUT / "be-18-17195.txt")
    assert _question_text(document, 2) == (
        "Welche Flächen in qm werden jeweils insgesamt genutzt und welche (ggf. Schätzwerte) sind davon öffentlich "
        "zugänglich?"
    )
    assert _answer(document, 1).endswith("c) Berliner Bezirksbibliotheken – siehe Drucksache 18/13 187")
    assert _answer(document, 2).startswith("a) Berliner Hochschulen – siehe Anlage 1")


def test_a_subject_that_asks_twice_is_no_question_of_the_anfrage() -> None:
    """Hamburg: „Betr.: Absoluter Hammer oder schönwetterbedingte Autosuggestion? Wie radelt es sich zurzeit in Hamburg
    und was machen eigentlich die … Dauerzählstellen? Das Radverkehrsaufkommen …“, the copy cut in the askers'
    introduction — refused, saying where it stops (before: the subject's second sentence was read as a question
    without number, the introduction as its answer)."""
    with pytest.raises(ParseError) as refused:
        load_document(CUT / "hh-21-14918.txt")
    assert "Keine nummerierten Fragen gefunden" in str(refused.value)
    assert (
        "Der Text endet mitten im Satz („… Weg W Tinsdaler Heideweg (L“), vor der ersten Frage: Die Kopie ist wohl "
        "unvollständig." in str(refused.value)
    )


def test_a_series_number_ends_hamburgs_title_and_a_first_section_heading_is_no_remark() -> None:
    """Hamburg: „Betr.: Fakten zum Radverkehr und zur „Fahrradstadt“ (II) SPD und GRÜNE verfolgen …“ and, after the
    Senat's „… wie folgt:“, the heading „I. Allgemeines“ before question 1 (before: the title ran on into the askers'
    first sentence, the heading closed the Senat's remark, said to be cut there)."""
    document = load_document(CUT / "hh-21-3969.txt")
    assert document.title == "Fakten zum Radverkehr und zur „Fahrradstadt“ (II)"
    assert " ".join(document.preamble).startswith("SPD und GRÜNE verfolgen das erklärte Ziel, Hamburg zur Fahrradstadt")
    assert " ".join(document.government_preamble).endswith("der hamburger arbeit GmbH und der DB Rent GmbH wie folgt:")
    assert not any("Vorbemerkung der Landesregierung" in warning for warning in document.warnings)


def test_a_copy_stopping_in_the_letter_spaced_answer_heading_says_so() -> None:
    """Baden-Württemberg, one line: „B e g r ü n d u n g … im Landkreis Ludwigsburg hat. A n t w“ — the Begründung
    ends with its sentence, and the report says the copy stops in the heading „Antwort“ (before: „Antw“ was the
    Begründung's last word)."""
    document = load_document(CUT / "bw-16-3006.txt")
    assert " ".join(document.preamble).endswith(
        "welche Auswirkungen die Einzelzimmervorgabe auf die Pflegesituation im Landkreis Ludwigsburg hat."
    )
    assert document.warnings[0].startswith("Der Text endet nach der Begründung in der Überschrift „Antwort“")


def test_an_answer_of_one_word_begun_before_unanswered_questions_is_said_cut() -> None:
    """Rheinland-Pfalz, one line: „… zur Verfügung gestellt. Zu Frage 2: Zur“, where the copy stops — the report says
    answer 2 stops in its sentence (before: nothing was said)."""
    document = load_document(CUT / "rp-17-1321.txt")
    assert _answer(document, 2) == "Zur"
    assert "Die Antwort zu Frage 2 endet mitten im Satz („… Zur“): Der Text ist wohl unvollständig." in (
        document.warnings
    )


def test_a_last_question_stopping_inside_its_bracket_is_said_cut() -> None:
    """Baden-Württemberg, one line: „9. Wie beurteilt sie … gemäß Landesheimbauverordnung (LHeimBauV“, where the copy
    stops — the report says question 9 stops in its sentence (before: nothing was said)."""
    document = load_document(CUT / "bw-15-8084.txt")
    assert document.warnings[0] == (
        "Frage 9 endet mitten im Satz („… des Einzelzimmerstandards gemäß Landesheimbauverordnung (LHeimBauV“): "
        "Der Text ist wohl unvollständig."
    )
