"""Round 27: twenty Landtag answers the parser had never seen (``tests/fixtures/cut/``, ``rp-17-1398``), read by hand
before the parser changed; one test per layout mended, on what a reader gets (title, askers, ministry, Vorbemerkungen,
each question and its answer).  Every test fails on main before the round (482ef55)."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import ParseError
from indexer.ingest.load import load_document

CUT = Path(__file__).parent / "fixtures" / "cut"


def _text(paragraphs: tuple[str, ...]) -> str:
    """A field as a reader sees it: its paragraphs one after another."""
    return " ".join(paragraphs)


def test_baden_wuerttemberg_names_the_ministries_the_answer_agreed_with() -> None:
    """„… beantwortet das Innenministerium im Einvernehmen mit dem Ministerium für Umwelt, Klima und
    Energiewirtschaft , dem Ministerium für Finanzen und Wirtschaft und dem Ministerium für Ländlichen Raum und
    Verbraucherschutz die Kleine Anfrage“: the Innenministerium answered, with three others (before: one ministry
    of all four names)."""
    document = load_document(CUT / "bw-15-3835.txt")
    assert document.ministry == "Innenministerium"
    assert document.co_ministries == (
        "Ministerium für Umwelt, Klima und Energiewirtschaft",
        "Ministerium für Finanzen und Wirtschaft",
        "Ministerium für Ländlichen Raum und Verbraucherschutz",
    )


def test_a_question_the_copy_stops_in_keeps_its_listed_wording() -> None:
    """The answer part repeats question 1 and the copy stops inside a word („… Baden-Baden (Wahlkr“): the question
    reads as listed (before: the cut copy)."""
    document = load_document(CUT / "bw-15-3835.txt")
    assert document.questions[0].text.endswith("Baden-Baden (Wahlkreis 33) zu verzeichnen gewesen?")


def test_a_drucksache_a_hessen_title_and_question_cite_is_not_the_answers() -> None:
    """„betreffend Unklarheiten in der Kleinen Anfrage "Großraubtiermanagement in Hessen" (Drucksache 19/1767)“ and
    „… in der Antwort auf die zweite Frage der Drucksache 19/1767“: the answer is 19/1943, not 19/1767, and asks
    nothing under that number (before: refused as 19/1767); „Frage 1.“ right after the sender opens question 1."""
    document = load_document(CUT / "he-19-1943.txt")
    assert document.drucksache == "19/1943"
    assert document.anfrage_drucksache is None
    assert [q.number for q in document.questions] == [1, 2]
    assert document.questions[0].text.startswith("Wie begründet die Landesregierung die Behauptung")
    assert _text(document.questions[0].answer).startswith("Zur Begründung der Tatsache")


def test_sachsen_anhalts_answer_cover_heads_the_governments_vorbemerkung() -> None:
    """„… zur Verfügung gestellt. Antwort der Landesregierung erstellt vom Ministerium für Inneres und Sport
    Vorbemerkung: Der Landesregierung liegen …“: the askers' words end before the cover, the bare Vorbemerkung is the
    government's (before: in no field)."""
    document = load_document(CUT / "st-7-2468.txt")
    assert _text(document.preamble).endswith("Personal und Technik zur Verfügung gestellt.")
    assert _text(document.government_preamble).startswith("Der Landesregierung liegen Informationen zu Schäden")


def test_a_dates_day_inside_a_request_and_a_question_after_a_tables_figure() -> None:
    """„… (Bitte pro Wehr jeweils zum Stichtag 1. Januar angeben.)“ is question 2's; „SUMME 140 71 35 136 73 35 3.
    Wie stellte sich die Einsatzlage (getrennt n“ ends the table and opens question 3, where the copy stops (before:
    „Januar angeben.“ opened the answer, question 3 inside it)."""
    document = load_document(CUT / "hh-21-15722.txt")
    assert document.questions[1].text.endswith("zum Stichtag 1. Januar angeben.")
    assert _text(document.questions[1].answer).startswith("Kalenderjahr 2017")
    assert _text(document.questions[1].answer).endswith("SUMME 140 71 35 136 73 35")
    assert document.questions[2].text == "Wie stellte sich die Einsatzlage (getrennt n"


@pytest.mark.parametrize(
    ("name", "title", "preamble"),
    [
        (
            "hh-21-15722",
            "Situation der Freiwilligen Feuerwehren in den Stadtteilen Fuhlsbüttel, Langenhorn, Alsterdorf, Ohlsdorf "
            "und Groß Borstel",
            "Unsere 86 Freiwilligen Feuerwehren",
        ),
        ("hh-21-6531", "Regelmäßig Fehlalarm in der Flüchtlingsunterkunft am Kiwittsmoor?", "Einem Bericht der"),
        ("hb-18-495", "Einheitlicher Nahverkehrstarif für die Stadtgemeinde Bremen", "Die Regierungsparteien haben"),
    ],
)
def test_a_title_ends_before_the_askers_introduction(name: str, title: str, preamble: str) -> None:
    """Hamburg's „Betr.: … Groß Borstel Unsere 86 Freiwilligen Feuerwehren …“, „… am Kiwittsmoor? Einem Bericht …“ and
    Bremen's „… Stadtgemeinde Bremen Die Regierungsparteien haben …“: the introduction's first sentence is the
    askers', not the title's (before: in the title)."""
    document = load_document(CUT / f"{name}.txt")
    assert document.title == title
    assert _text(document.preamble).startswith(preamble)


def test_a_nordrhein_westfalen_title_that_asks_is_no_question() -> None:
    """„… Drucksache 17/10080 Feuerwehr-Rente oder Anerkennungsprämie? Wertschätzung …“, the copy cut before
    question 1: refused with the cut said (before: the cover read as an unnumbered question, its answer the
    Vorbemerkung)."""
    with pytest.raises(ParseError, match="endet mitten im Satz"):
        load_document(CUT / "nw-17-10380.txt")


def test_rheinland_pfalz_names_the_askers_of_a_joint_answer() -> None:
    """„K l e i n e A n f r a g e n der Abgeordneten Brigitte Hayn und Thomas Weiner (CDU) und A n t w o r t …“
    (one answer to three Kleine Anfragen): both askers (before: none)."""
    document = load_document(CUT / "rp-16-1947.txt")
    assert [(a.name, a.party) for a in document.askers] == [("Brigitte Hayn", "CDU"), ("Thomas Weiner", "CDU")]


def test_brandenburgs_answer_part_repeats_the_listed_questions() -> None:
    """The Kleine Anfrage's wording lists „1.) … 2.) … 3.) …“, then „Namens der Landesregierung beantwortet der
    Minister … wie folgt: Frage 1: … zu Frage 1: Die Aufgaben …“: question 1 has that answer, questions 2 and 3 none
    in the copy (before: the whole answer part was question 3's)."""
    document = load_document(CUT / "bb-6-1425.txt")
    first, second, third = document.questions
    assert _text(first.answer).startswith("Die Aufgaben des operativen Katastrophenschutzes")
    assert second.answer == () and third.answer == ()


def test_rheinland_pfalz_joint_answers_title_ends_before_its_note() -> None:
    """„… A n t w o r t des Ministeriums für Bildung, … und Kultur Auswirkungen des novellierten
    Denkmalschutzgesetzes Das Ministerium für Bildung, … hat namens der Landesregierung zu den Kleinen Anfragen Nrn.
    1254, 1255 und 1256 … eine Sammelantwort vorgelegt.“: the title is the words between (before: with the note)."""
    document = load_document(CUT / "rp-16-1947.txt")
    assert document.title == "Auswirkungen des novellierten Denkmalschutzgesetzes"


def test_a_copy_that_stops_on_a_dates_day_is_said_to_be_cut() -> None:
    """„… Der Innenminister hat die Kleine Anfrage 114 mit Schreiben vom 1“, before question 1: the refusal says the
    copy stops mid-sentence (before: only that no questions were found)."""
    with pytest.raises(ParseError, match="endet mitten im Satz"):
        load_document(CUT / "nw-17-356.txt")


def test_an_answer_that_stops_on_bzw_is_said_to_be_cut() -> None:
    """„… unter welchen Voraussetzungen die Brandbekämpfung als „wirksam“ bzw.“ ends the copy: no sentence ends on
    „bzw.“, the archivist is told the text is incomplete (before: nothing said)."""
    document = load_document(CUT / "by-17-16911.txt")
    assert any("bzw.“): Der Text ist wohl unvollständig" in warning for warning in document.warnings)
