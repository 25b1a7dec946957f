"""Round 63: Landtag answers the parser had never seen (Brandenburg, Bayern, Mecklenburg-Vorpommern, Sachsen,
Sachsen-Anhalt, Thüringen; pages of the `pages` corpus, byte for byte), measured before the parser was changed; the
misreadings mended as layouts, not as files.  Each test reads a held copy as a reader would, and asserts what that
reader gets; every test fails on main before the round (6731be51)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_brandenburgs_quoted_kleine_anfrage_numbered_with_brackets_gives_the_questions() -> None:
    """Brandenburg quotes the Kleine Anfrage („Wortlaut der Kleinen Anfrage 825 vom 06.07.2015: … Aus diesem Grunde
    frage ich die Landesregierung: 1) Welche Kosten …? Hier bitte alle Kosten aufschlüsseln, … 4) Wie hoch …?“), then
    its answer part repeats each question („Frage 1: …“) — the copy stops in the repetition of question 2.  The four
    questions are read, question 1 with its request, and no answer is made up (before: questions 3 and 4 and half of
    question 2 were the introduction, and question 1's request was taken for its answer)."""
    document = load_document(CUT / "bb-6-2392.txt")
    assert [question.number for question in document.questions] == [1, 2, 3, 4]
    first = document.question(1)
    assert first is not None
    assert first.text.startswith("Welche Kosten entstehen im Landkreis Teltow-Fläming insgesamt")
    assert first.text.endswith("Elternbeiträge und auch Bundeszuschüsse .")
    assert not first.answer and not first.answered_with
    fourth = document.question(4)
    assert fourth is not None
    assert fourth.text == (
        "Wie hoch sind die niedrigsten und die höchsten Platzkosten? In welcher Kita im Landkreis liegen diese jeweils"
        " vor?"
    )
    assert document.preamble == (
        "Entsprechend dem Kindertagesstättengesetz als Ausfluss aus SGB VIII haben die Landkreise als Träger der"
        " Öffentlichen Jugendhilfe in Zusammenarbeit mit den Städten und Gemeinden, aber auch freien Trägern, ein"
        " Angebot an Ganztagsstätten im Sinne von Kindertagesstätten vorzuhalten.",
    )
    assert not any(question.answer for question in document.questions)
    assert (
        "Der Text endet in der Wiederholung von Frage 2 vor ihrer Antwort („… die Kosten, die die Kom“): Der Text ist"
        " wohl unvollständig." in document.warnings
    )


def test_a_bavarian_introduction_opening_on_a_quotation_is_no_part_of_the_title() -> None:
    """Bayern: „… vom 18.03.2016 Radwege in der Bayerischen Fahrradkarte „Bayernnetz für Radler“ „Auf
    familienfreundlichen … „erfahren“ und erleben.“ So lädt Innenminister Joachim Herrmann … ein …“ — the title ends on
    the map's name, the introduction opens with the quotation (before: the quotation and the next sentence were the
    title's)."""
    document = load_document(CUT / "by-17-11363.txt")
    assert document.title == "Radwege in der Bayerischen Fahrradkarte „Bayernnetz für Radler“"
    assert document.preamble[0].startswith(
        "„Auf familienfreundlichen und gut beschilderten Fernradrouten können einheimische und Gäste"
    )
    assert "So lädt Innenminister Joachim Herrmann im Vorwort der Bayernnetzkarte" in document.preamble[0]


def test_an_answer_stopping_inside_the_lands_name_is_said_to_be_cut() -> None:
    """Mecklenburg-Vorpommern: the copy stops in answer 3 inside the Land's name („… neu in den öffentlichen
    Schuldienst des Landes Mecklenburg- Vorpomm“) — the reader is told (before: nothing was said, the capitalised
    word taken for a whole answer's end)."""
    document = load_document(CUT / "mv-7-1100.txt")
    assert (
        "Die Antwort zu Frage 3 endet mitten im Satz („… öffentlichen Schuldienst des Landes Mecklenburg-Vorpomm“): Der"
        " Text ist wohl unvollständig." in document.warnings
    )


def test_the_askers_follow_up_sentence_after_the_governments_bare_vorbemerkung_is_theirs() -> None:
    """Mecklenburg-Vorpommern prints the government's remark first („… und ANTWORT der Landesregierung Vorbemerkung Die
    Landesregierung sieht die vorrangige Aufgabe …“), then the askers' sentence („Aus der Antwort der Landesregierung
    zur Kleinen Anfrage auf Drucksache 7/3567 ergibt sich eine Nachfrage.“) before their one question — that sentence
    is the askers' introduction, not the government's (before: it ended the government's Vorbemerkung)."""
    document = load_document(CUT / "mv-7-3780.txt")
    assert document.preamble == (
        "Aus der Antwort der Landesregierung zur Kleinen Anfrage auf Drucksache 7/3567 ergibt sich eine Nachfrage.",
    )
    assert len(document.government_preamble) == 1
    assert document.government_preamble[0].startswith("Die Landesregierung sieht die vorrangige Aufgabe der Schulen")
    assert document.government_preamble[0].endswith("der Schulverwaltungsprozesse unabdingbar ist.")
