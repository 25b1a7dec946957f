"""Round 35: 20 Landtag answers the parser had never seen (kleineanfragen.de text pages, byte for byte), measured
before the parser was changed; each misreading mended as a layout or sentence form, not as a file.  Each test reads a
held text and asserts what a reader gets (a question, its answer, the askers, a date, the German warning); every test
fails on main before the round (8fab739)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

FIXTURES = Path(__file__).parent / "fixtures"
CUT = FIXTURES / "cut"


def test_brandenburgs_wording_heading_with_nr_is_no_sentence_of_the_askers() -> None:
    """„Wortlaut der Kleinen Anfrage Nr. 1463 vom 12.02.2016 Hunderte öffentliche Bibliotheken …“: the heading names
    the day the question was asked and is not the first sentence of the askers' introduction (before: the
    introduction opened with it, the date unread)."""
    document = load_document(CUT / "bb-6-3744.txt")
    assert document.preamble[0].startswith("Hunderte öffentliche Bibliotheken in Deutschland")
    assert document.date_asked is not None and document.date_asked.isoformat() == "2016-02-12"


def test_a_copy_that_stops_in_a_letter_spaced_heading_has_no_answer_and_says_so() -> None:
    """Thüringen: „… 9. Wie beurteilt … dieser Orte? K l“ — the copy stops in the page-1 box's „K l e i n e A n f r a g
    e“; „K l“ is no joint answer to questions 1 to 9 (before: it was, and the cut was not said)."""
    document = load_document(CUT / "th-6-3146.txt")
    assert all(not document.question(n).answer for n in range(1, 10))  # type: ignore[union-attr]
    assert (
        "Der Text endet nach Frage 9 in einem gesperrt gedruckten Wort („K l“): Die Antwort fehlt, der Text ist wohl "
        "unvollständig." in document.warnings
    )


def test_an_unnumbered_question_after_a_sentence_ending_in_a_bracket_is_found() -> None:
    """Saarland: „… 14 unbesetzte Stellen (zum 01.11.2016: 15). [page head] Wie viele Unterrichtsstunden … an
    Grundschulen ? Zu Frage 3: …“: question 3 is its own, not the end of answer 2 (before: only question 1 was found
    and „eine Frage 2 wurde aber nicht erkannt“)."""
    document = load_document(CUT / "sl-15-2064.txt")
    assert [q.number for q in document.questions] == [1, 2, 3]
    assert _question_text(document, 3).startswith("Wie viele Unterrichtsstunden sind im vergangenen Schuljahr")
    assert _answer(document, 2).endswith("14 unbesetzte Stellen (zum 01.11.2016: 15).")
    assert _answer(document, 3).startswith("An den allgemeinbildenden Schulen gab es")


def test_sachsen_anhalts_cover_before_question_1_labelled_frage_1_ends_the_askers_vorbemerkung() -> None:
    """„… Geschwindigkeit erreicht. Antwort der Landesregierung erstellt vom Ministerium für … Digitalisierung Frage 1:
    Wie hoch …?“: the cover is no sentence of the askers' Vorbemerkung, and the next question's label „Frage“ where the
    copy stops is no word of answer 1 (before: both were)."""
    document = load_document(CUT / "st-7-3538.txt")
    assert " ".join(document.preamble).endswith("zugesicherten Geschwindigkeit erreicht.")
    assert _answer(document, 1).endswith("konkrete Prozentzahlen konnten die Anbieter jedoch nicht liefern.")
    assert (
        "Der Text endet auf „Frage“, der Bezeichnung der nächsten Frage: Die folgenden Fragen und Antworten fehlen, "
        "der Text ist wohl unvollständig." in document.warnings
    )


def test_sachsen_anhalts_cover_before_the_one_unlabelled_question_is_no_part_of_it() -> None:
    """„Antwort der Landesregierung erstellt vom Ministerium für Landwirtschaft und Umwelt Ist der Runderlass des MRLU
    vom 3. September 1996 … überarbeitet worden? …“: the question begins at „Ist“, and the decree's date it cites is
    not the answer's (before: the cover opened the question and the answer was dated 3 September 1996)."""
    document = load_document(FIXTURES / "st-6-2504.txt")
    assert _question_text(document, 1).startswith("Ist der Runderlass des MRLU vom 3. September 1996")
    assert document.date_answered is not None and document.date_answered.isoformat() == "2013-10-17"


def test_berlins_askers_are_read_where_no_colon_follows_their_date() -> None:
    """„Schriftliche Anfrage der Abgeordneten Sebastian Schlüsselburg und Philipp Bertram (LINKE) vom 01. März 2017
    (Eingang …) und Antwort <title> Im Namen des Senats …“: the date is no start of the answer's opening sentence
    (before: no askers, no date of the question)."""
    document = load_document(CUT / "be-18-10584.txt")
    assert [(a.name, a.party) for a in document.askers] == [
        ("Sebastian Schlüsselburg", "LINKE"),
        ("Philipp Bertram", "LINKE"),
    ]
    assert document.date_asked is not None and document.date_asked.isoformat() == "2017-03-01"
    assert document.title == "Kinderschwimmfähigkeiten und Schwimmhallenkapazitäten in Lichtenberg"


def test_follow_up_questions_opening_with_verfuegt_or_besitzt_belong_to_their_question() -> None:
    """Berlin: „1. Laut Die Zeit … Wie beurteilt der Senat diese Zahl? Verfügt der Senat über vergleichbare Zahlen für
    Berlin? Wenn ja, bitte aufführen (nach Bezirk).“, the three answered together under „Zu 1. bis 3.:“ (before: each
    question's follow-ups were its answer, and the joint answer question 3's alone)."""
    document = load_document(CUT / "be-17-15508.txt")
    assert "Verfügt der Senat über vergleichbare Zahlen für Berlin?" in _question_text(document, 1)
    assert _question_text(document, 1).endswith("(nach Bezirk).")
    assert "Besitzt der Senat vergleichbare Zahlen für Berlin?" in _question_text(document, 2)
    for number, others in ((1, (2, 3)), (2, (1, 3)), (3, (1, 2))):
        question = document.question(number)
        assert question is not None and question.answered_with == others
        assert _answer(document, number).startswith("Für eine fundierte Beurteilung der aufgeführten Prozentzahlen")


def test_a_questions_parts_numbered_with_it_are_its_parts() -> None:
    """Berlin: „(Drs. 18/12443) 1.a) Liegt mittlerweile eine Verifizierung des Bedarfs vor? 1.b) Wenn ja: wie fällt
    diese aus? 1.c) Wenn nein: w“ is question 1 with parts a) to c), cut in part c (before: part a ended the askers'
    Vorbemerkung, parts b and c were questions 1 and 2)."""
    document = load_document(CUT / "be-18-14964.txt")
    assert [q.number for q in document.questions] == [1]
    assert _question_text(document, 1).startswith("a) Liegt mittlerweile eine Verifizierung des Bedarfs vor?")
    assert "b) Wenn ja: wie fällt diese aus?" in _question_text(document, 1)
    assert " ".join(document.preamble).endswith("(Drs. 18/12443)")


def test_a_copy_that_stops_in_a_repeated_question_spaced_otherwise_says_so() -> None:
    """Brandenburg lists „1. Wie viele … im Land Brandenburg ? (bitte aufschlüsseln …)“ and repeats it as „Frage 1: Wie
    viele … im Land Brandenburg? (bitt“, where the copy stops: the warning names the repetition the text ends in
    (before: only that no question has an answer)."""
    document = load_document(CUT / "bb-6-3744.txt")
    assert (
        "Der Text endet in der Wiederholung von Frage 1 vor ihrer Antwort („… gibt es im Land Brandenburg?“): Der Text "
        "ist wohl unvollständig." in document.warnings
    )
