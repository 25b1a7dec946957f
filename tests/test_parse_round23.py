"""Round 23: what the blind sets bundestag14 and bundestag15 saw the parser misread in Bundestag answers, each mended
as a layout; one test per rule, on what a reader gets (the questions, the answers, the annexes, the footnotes).  Every
test fails on main before the round (d73229c)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document

QUERIES = Path(__file__).parent.parent / "queries"


def test_the_annexes_after_the_imprint_are_no_words_of_the_last_answer() -> None:
    """„Auf die Übersicht in Anlage 6* wird verwiesen.“, then the imprint and the annexes the print leaves out: the
    answer is its sentence, and every annex is listed, the first labelled at its title line's end („… Stichtags
    Anlage 1“) (before: 6,600 characters of Anlage 1's tables in answer 8, Anlage 1 not listed)."""
    for path in (QUERIES / "corpus-bt14/bt-21-1445.txt", QUERIES / "corpus-bt15/bt-21-1435.txt"):
        document = load_document(path)
        assert document.questions[7].answer_text == "Auf die Übersicht in Anlage 6* wird verwiesen."
        assert [annex.label for annex in document.annexes] == [f"Anlage {n}" for n in range(1, 7)]
        assert "Frisörsalons (96021)" in " ".join(document.annexes[0].rows)


def test_an_annex_labelled_by_the_drucksache_is_listed() -> None:
    """„Anlage 21/112“ over the table of chatbots: an annex, not the rest of answer 10 (before: no annex, the table in
    the answer)."""
    document = load_document(QUERIES / "corpus-bt15/bt-21-112.txt")
    assert document.questions[9].answer_text.endswith("sind in der der Anlage* aufgelistet.")
    assert [annex.label for annex in document.annexes] == ["Anlage 21/112"]
    assert any("CHAT-KI" in row for row in document.annexes[0].rows)


def test_parts_answered_one_by_one_are_the_questions_and_their_answers_the_answer() -> None:
    """„1. Wie viele Anträge …, aufgeschlüsselt nach“, the total, „a) Ungedienten,“, „1 811 Anträge durch
    Ungediente.“ … „e) Reservistinnen und Reservisten“ / „wurden im Jahr 2024 gestellt?“ / „1 029 Anträge …“: the
    question holds its stem and parts, the answer every answer, each led by its part's letter (before: the answers to
    a)–d) in the question, the answer only „1 029 Anträge …“)."""
    question = load_document(QUERIES / "corpus-bt15/bt-21-898.txt").questions[0]
    assert question.text.startswith("Wie viele Anträge auf Kriegsdienstverweigerung")
    assert "a) Ungedienten, b) freiwillig Wehrdienstleistenden," in question.text
    assert question.text.endswith("e) Reservistinnen und Reservisten wurden im Jahr 2024 gestellt?")
    assert "Anträge durch" not in question.text
    assert question.answer[0].startswith("Im Jahr 2024 wurden insgesamt 2 998 Anträge")
    assert "a) 1 811 Anträge durch Ungediente." in question.answer
    assert question.answer[-1] == "e) 1 029 Anträge durch Reservistinnen und Reservisten."


def test_parts_asked_after_the_main_answer_are_the_questions() -> None:
    """„20. Liegt eine Bewertung … vor?“, its answer, then „a) Wenn eine solche Bewertung vorliegt, …?“ with „Es wird
    auf die Antwort zu Frage 20 verwiesen.“: the parts stand in the question (before: in the answer)."""
    question = load_document(QUERIES / "corpus-bt14/bt-21-612.txt").questions[19]
    assert "a) Wenn eine solche Bewertung vorliegt, hat die Bundesregierung" in question.text
    assert "a) Es wird auf die Antwort zu Frage 20 verwiesen." in question.answer
    assert not any("Wenn eine solche Bewertung vorliegt" in paragraph for paragraph in question.answer)


def test_parts_ending_with_a_comma_lose_the_guess_warning() -> None:
    """„10. An wie vielen Straftaten …, waren“ / „a) …, beteiligt,“ / its answer / „b) …“: the parts are the question,
    whose '?' now ends it, and no warning guesses where its answer begins (before: „Frage 10 endet ohne
    Fragezeichen“)."""
    document = load_document(QUERIES / "corpus-bt15/bt-21-987.txt")
    question = document.questions[9]
    assert question.text.endswith("registrierten Staatsangehörigkeiten der Tatverdächtigen angeben)?")
    assert question.answer[0].startswith("a) In der PKS 2024 wurden beim PKS-Schlüssel 111000")
    assert not any(warning.startswith("Frage 10 endet ohne") for warning in document.warnings)


def test_a_question_cut_before_the_next_gets_the_joint_answer() -> None:
    """„1. In welchen Bundesbehörden sind seit Beginn der aktuellen“ / „Legislaturperiode Fotografen entweder“ / „2. …?“
    / „Die Fragen 1 und 2 werden gemeinsam beantwortet.“: question 1 holds its two lines and the joint answer (before:
    its second line was its whole answer)."""
    first, second = load_document(QUERIES / "corpus-bt14/bt-21-1311.txt").questions[:2]
    assert first.text.endswith("seit Beginn der aktuellen Legislaturperiode Fotografen entweder")
    assert first.answer == second.answer
    assert first.answer[0] == "Die Fragen 1 und 2 werden gemeinsam beantwortet."


def test_a_sources_web_address_after_an_answer_is_a_footnote() -> None:
    """„… verwiesen.“ / „* www.prognos.com/…“ / „** https://www.destatis.de/…“ / „4. …“: the addresses are footnotes,
    no words of answer 3 (before: the answer ended on them, no footnotes)."""
    document = load_document(QUERIES / "corpus-bt14/bt-21-1206.txt")
    assert not any("prognos.com" in paragraph for paragraph in document.questions[2].answer)
    assert document.questions[2].answer[-1].endswith("verwiesen.")
    assert any("www.prognos.com" in note.text for note in document.footnotes)
