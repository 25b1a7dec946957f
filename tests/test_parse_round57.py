"""Round 57: 14 Landtag answers the parser had never seen (Sachsen-Anhalt, Mecklenburg-Vorpommern, Bayern, Sachsen,
Brandenburg, Thüringen, Hessen; pages of the `pages` corpus, byte for byte), measured before the parser was changed;
each misreading mended as a layout or sentence form, not as a file.  Each test reads a held text and asserts what a
reader gets (the title, the askers' introduction, an answer, the warning of a cut); every test fails on main before
the round (b04d8a04)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_a_title_printed_after_the_wordings_heading_is_the_title_not_the_introductions_first_words() -> None:
    """Brandenburg, one line: „… Drucksache 6/543 Wortlaut der Kleinen Anfrage 253 vom 02.02.2015: Begleitetes Fahren
    in Brandenburg Seit dem Jahr 2006 ist es …“ — the title is „Begleitetes Fahren in Brandenburg“, the introduction
    opens on „Seit dem Jahr 2006“ (before: the title was the cover's „Antwort der Landesregierung auf die Kleine Anfrage
    253 … Drucksache 6/543“, and the introduction began with the title)."""
    document = load_document(CUT / "bb-6-727.txt")
    assert document.title == "Begleitetes Fahren in Brandenburg"
    assert document.preamble[0].startswith("Seit dem Jahr 2006 ist es Jugendlichen im Alter von 17 Jahren möglich")


def test_the_answer_cover_after_a_vorbemerkung_closing_on_a_quotation_is_no_part_of_it() -> None:
    """Sachsen-Anhalt, one line: the askers' Vorbemerkung closes on a quotation („… zuständigen Stelle festgelegt.“
    Antwort der Landesregierung erstellt vom Ministerium für Landesentwicklung und Verkehr 1. Welche …?“) — the
    answer's cover names the ministry and is no word of the introduction (before: the introduction ended with it)."""
    document = load_document(CUT / "st-7-3045.txt")
    assert document.preamble[-1].endswith("oder der nach Landesrecht zuständigen Stelle festgelegt.“")
    assert "Antwort der Landesregierung" not in " ".join(document.preamble)
    assert document.ministry == "Ministerium für Landesentwicklung und Verkehr"


def test_an_answer_headed_by_a_range_of_parts_keeps_the_range_whole() -> None:
    """Bayern, one line: „Zu 1. a)–c): Die Staatsregierung hat …“, „Zu 2. a)–b): Eine pauschale Aussage …“ — the
    answer names the parts it answers as printed, no colon left (before: „a) –c): Die Staatsregierung …“)."""
    document = load_document(CUT / "by-17-8664.txt")
    assert _answer(document, 1).startswith("a)–c) Die Staatsregierung hat den Verein „Raubtier- und Exotenasyl e.V.“")
    assert _answer(document, 2).startswith("a)–b) Eine pauschale Aussage zu bayerischen Einrichtungen")


def test_an_answer_that_stops_inside_the_bracket_it_opened_is_said_cut() -> None:
    """Thüringen, one line: answer 1 stops inside a law's short form in brackets („… des Zweiten und Dritten Buchs
    Sozialgesetzbuchs (SG“), questions 2 and 3 unanswered — the reader is told the copy stops there (before: only
    „Frage 2 hat keine Antwort.“, „Frage 3 hat keine Antwort.“)."""
    document = load_document(CUT / "th-6-4716.txt")
    assert document.warnings[0] == (
        "Die Antwort zu Frage 1 endet mitten im Satz („… und Dritten Buchs Sozialgesetzbuchs (SG“): "
        "Der Text ist wohl unvollständig."
    )
