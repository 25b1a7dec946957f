"""Round 65: Landtag answers the parser had never seen (Sachsen, Sachsen-Anhalt, Brandenburg, Mecklenburg-Vorpommern,
Bayern; pages of the `pages` corpus, byte for byte), measured before the parser was changed; the misreadings mended as
layouts, not as files.  Each test reads a held copy as a reader would, and asserts what that reader gets; every test
fails on main before the round (36ad3835)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_a_scans_fragel_is_question_1_and_the_title_ends_before_a_garbled_salutation() -> None:
    """Sachsen's scanned letter: „Thema: Bienenhaltung in Sachsen Sehr geehfter Herr Präsident, … Fragel: Wie hat sich
    die Zahl der Bienenvölker … entwickelt?“ — the title is the Thema, question 1 is read with its answer (before: the
    letterhead and the whole cover were the title, question 1 was missing: „Nummerierung lückenhaft: Frage 1 fehlt.“)
    """
    document = load_document(CUT / "sn-6-2287.txt")
    assert document.title == "Bienenhaltung in Sachsen"
    assert [question.number for question in document.questions] == [1, 2]
    first = document.question(1)
    assert first is not None
    assert first.text.startswith("Wie hat sich die Zahl der Bienenvölker seit 2005 im Freistaat Sachsen entwickelt?")
    assert first.answer == (
        "Die Entwicklung der Zahl der Bienenvölker seit dem Jahr 2005 geht aus beiliegender Anlage hervor.",
    )
    assert not any("lückenhaft" in warning for warning in document.warnings)


def test_sachsens_side_column_between_a_question_and_its_answer_is_no_part_of_the_answer() -> None:
    """Sachsen: page 1 breaks after question 3, the side column printed there („Durchwahl Telefon … Ihr Zeichen …
    Hausanschrift: Sächsisches Staatsministerium für Umwelt und Landwirtschaft Archivstraße 1 01097 Dresden“), then
    the answer, then the footer the copy stops in — the answer is the ministry's two sentences (before: it opened with
    the side column and ended in the footer, said to be cut)."""
    document = load_document(CUT / "sn-6-516.txt")
    third = document.question(3)
    assert third is not None
    assert third.answer[0].startswith("Die Maßnahmen regeln sich nach den veterinärrechtlichen Bestimmungen")
    assert third.answer[-1].endswith("des Kleinen Bienenstockkäfers in Italien verwiesen.")
    assert not any("Durchwahl" in paragraph or "sachsen.de" in paragraph for paragraph in third.answer)
    assert document.warnings == ()


def test_sachsens_footer_drops_nothing_of_a_page_after_it(tmp_path: Path) -> None:
    """The same copy going on after page 1's footer: „… Für Besucher mit … Parkplätze am Gebäude. Seite 2 von 2
    Ergänzend wird darauf hingewiesen, …“ — the footer is dropped only where the copy stops inside it; the next page's
    sentence stays answer 3's (the review found it dropped without a word)."""
    held = (CUT / "sn-6-516.txt").read_text(encoding="utf-8")
    more = (
        "t Behinderungen stehen Parkplätze am Gebäude zur Verfügung. Seite 2 von 2 Ergänzend wird darauf "
        "hingewiesen, dass das Landesamt die Imker regelmäßig informiert."
    )
    (tmp_path / "sn-6-516.txt").write_text(held.rstrip("\n") + more + "\n", encoding="utf-8")
    third = load_document(tmp_path / "sn-6-516.txt").question(3)
    assert third is not None
    assert third.answer[-1].endswith("dass das Landesamt die Imker regelmäßig informiert.")


def test_sachsen_anhalts_asker_after_the_covers_broken_word_and_an_answer_cut_in_a_date() -> None:
    """Sachsen-Anhalt, the PDF's text with its line breaks: „Antwort der Landesregierung auf eine Kleine Anfrage zur
    schrift- lichen Beantwortung / Abgeordneter Daniel Roi (AfD)“ — the asker is read; the copy stops in answer 1
    („Mit Stand vom 31. De“), and the reader is told (before: no asker, and nothing said)."""
    document = load_document(CUT / "st-7-747.txt")
    assert [(asker.name, asker.party) for asker in document.askers] == [("Daniel Roi", "AfD")]
    assert (
        "Die Antwort zu Frage 1 endet mitten im Satz („… Mit Stand vom 31. De“): Der Text ist wohl unvollständig."
        in document.warnings
    )


def test_brandenburgs_question_whose_first_sentence_ends_on_a_full_stop_keeps_its_number() -> None:
    """Brandenburg: „Ich frage die Landesregierung: 1. Ist dem Brandenburgischen Landesamt für Denkmalpflege das
    Verkaufsbegehren bekannt . Wenn ja, seit wann? Zu Frage 1: …“ — question 1 is the whole question, questions 2 and 3
    carry no number in their text, and question 4, where the copy stops in page 2's head, has no answer (before:
    question 1 was „Wenn ja, seit wann?“, the others began „2. …“, and question 4 was lost)."""
    document = load_document(CUT / "bb-6-8127.txt")
    assert [question.number for question in document.questions] == [1, 2, 3, 4]
    first = document.question(1)
    assert first is not None
    assert first.text == (
        "Ist dem Brandenburgischen Landesamt für Denkmalpflege das Verkaufsbegehren bekannt . Wenn ja, seit wann?"
    )
    second = document.question(2)
    assert second is not None
    assert second.text.startswith("Wurde das Brandenburgische Landesamt")
    fourth = document.question(4)
    assert fourth is not None
    assert fourth.text.endswith("Wenn ja, wann? Wenn nein, warum nicht?")
    assert not fourth.answer
    assert "Frage 4 hat keine Antwort." in document.warnings


def test_bayerns_question_repeated_after_the_governments_remark_is_answered() -> None:
    """Bayern: „Antwort des Staatsministeriums der Finanzen, … vom 02.07.2018 In den Staatsbädern stehen Thermen … in
    staatlichem Eigentum bzw. Miteigentum befindliche Thermen. 1.1 Wie viele externe … Schwimmkurse wurden …
    durchgeführt (bitte aufgeschlüsselt nach Jahren und Thermen)? In den Thermen wurden folgende externe Schwimmkurse
    durchgeführt“ — the remark is the government's, question 1.1 has its answer, cut, said (before: „Keine der 4 Fragen
    hat eine Antwort“, the remark and the answer lost)."""
    document = load_document(CUT / "by-17-23120.txt")
    assert [question.label for question in document.questions] == ["1.1", "1.2", "2.1", "2.2"]
    assert document.government_preamble[0].startswith("In den Staatsbädern stehen Thermen mit Ausnahme von Bad")
    first = document.question(1)
    assert first is not None
    assert first.answer == ("In den Thermen wurden folgende externe Schwimmkurse durchgeführt",)
    assert (
        "Die Antwort zu Frage 1.1 endet mitten im Satz („… wurden folgende externe Schwimmkurse durchgeführt“):"
        " Der Text ist wohl unvollständig." in document.warnings
    )
    assert not any("Keine der" in warning for warning in document.warnings)
