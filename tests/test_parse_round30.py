"""Round 30: what the blind sets and rounds 27–29 left misread, each mended as a layout (not as a file).  Each test
reads a held text and asserts what a reader gets (a question, its answer, the date, what the archivist is told);
every test of a change fails on main before the round (f0725ea), the two guards beside them pass there too."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.ingest.load import load_document

ROOT = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
CUT = FIXTURES / "cut"
QUERIES = ROOT / "queries"


def _text(paragraphs: tuple[str, ...]) -> str:
    """A field as a reader sees it: its paragraphs one after another."""
    return " ".join(paragraphs)


@pytest.mark.parametrize(
    ("path", "number", "printed"),
    [
        # „Teilnehmerzahlen und -“ / „zusammensetzung oder Ähnliches …“
        ("corpus-bt10/bt-21-1284.txt", 3, "Teilnehmerzahlen und -zusammensetzung oder Ähnliches"),
        # „Drogenkonsumentinnen und -“ / „konsumenten, Männer, …“
        ("corpus-bt12/bt-21-722.txt", 2, "Drogenkonsumentinnen und -konsumenten,"),
        # „aktuelle Windrichtung und -“ / „stärke vor Ort, …“
        ("corpus-bt6/bt-21-756.txt", 2, "aktuelle Windrichtung und -stärke vor Ort"),
    ],
)
def test_a_suspended_first_part_at_a_line_end_stays_as_printed(path: str, number: int, printed: str) -> None:
    """„… und -“ at a line end stands for the first part of the next word („Teilnehmerzahlen und -zusammensetzung“):
    the hyphen is no hyphen set apart in a broken word (before: „Teilnehmerzahlen undzusammensetzung“, a word no
    search finds)."""
    question = load_document(QUERIES / path).question(number)
    assert question is not None
    assert printed in _text(question.answer)


def test_a_suspended_first_part_in_the_askers_vorbemerkung() -> None:
    """The same line end in the askers' Vorbemerkung: „Kindesmisshandlung und -vernachlässigung“ (before:
    „undvernachlässigung“)."""
    document = load_document(QUERIES / "corpus-bt10/bt-21-994.txt")
    assert "bei Kindesmisshandlung und -vernachlässigung)" in _text(document.preamble)


def test_a_questions_list_of_long_items_after_its_colon_is_the_question() -> None:
    """„4. Welche Schlussfolgerungen … bestehen, als da wären:“ and seven items „a) vollständige Verschiebung … an die
    Zentrale Stelle … (ZITIS),“ … „g) sonstige Maßnahmen, die … zielführend erscheinen?“, each of several lines: the
    list, ZITIS among it, is asked, and the answer is the government's one line (before: the question ended at the
    colon, warned „endet ohne Fragezeichen“, and the list stood in the answer)."""
    document = load_document(QUERIES / "corpus-bt22/bt-21-2289.txt")
    question = document.question(4)
    assert question is not None
    assert "(ZITIS), b) Festschreibung im BSI-Gesetz" in question.text
    assert question.text.endswith("g) sonstige Maßnahmen, die aus Sicht der Bundesregierung zielführend erscheinen?")
    assert question.answer == ("Die Bundesregierung äußert sich nicht zu hypothetischen Fragestellungen.",)
    assert not any("Frage 4 endet ohne Fragezeichen" in warning for warning in document.warnings)


def test_a_questions_closing_line_after_its_parts_is_the_question() -> None:
    """„30. Teilt die Bundesregierung … a) … b) … c) … gibt?“ then „Jeweils zu den Buchstaben a bis c: Wenn ja, welche
    Konsequenzen zieht die Bundesregierung daraus, und wenn nein, warum nicht?“: that line is asked, not answered
    (before: it was the answer's first sentence)."""
    question = load_document(QUERIES / "corpus-bt22/bt-21-687.txt").question(30)
    assert question is not None
    assert question.text.endswith(
        "gibt? Jeweils zu den Buchstaben a bis c: Wenn ja, welche Konsequenzen zieht die Bundesregierung daraus, und "
        "wenn nein, warum nicht?"
    )
    assert _text(question.answer).startswith("Die Umsatzsteuersatzsenkung von 19 auf 7 Prozent")


def test_a_copy_that_stops_on_a_short_form_in_brackets_is_said_to_be_cut() -> None:
    """Sachsen-Anhalt: „Nein, die kommunalen Gebietskörperschaften haben gemäß § 6 … in Verbindung mit § 83 des
    Wassergesetzes für das Land Sachsen-Anhalt (WG LSA)“ — the sentence has no verb's end and no full stop: the copy
    stops there (before: the bracket was taken for the sentence's end, nothing said)."""
    document = load_document(CUT / "st-6-3929.txt")
    assert any("Frage 2 endet mitten im Satz" in warning and "(WG LSA)" in warning for warning in document.warnings)


def test_a_short_form_in_brackets_closing_a_list_is_no_cut() -> None:
    """Berlin: the last answer ends on the list entry „Bezirksverordnetenversammlung (BVV)“ — no sentence stops
    there, so no cut is said (the rule above reads only a sentence of several words)."""
    document = load_document(FIXTURES / "be-18-10505.txt")
    assert not any("mitten im Satz" in warning for warning in document.warnings)


@pytest.mark.parametrize("name", ["bw-15-4470", "bw-16-531", "bw-16-839"])
def test_a_baden_wuerttemberg_copy_cut_before_the_letter_has_no_answer_date(name: str) -> None:
    """„Drucksache 15 / 4470 12. 12. 2013 … Eingegangen: 12. 12. 2013“ is the day the Kleine Anfrage came in; the
    answer's date is the letter's „Mit Schreiben vom …“, which the copy does not reach (before: the answer was dated
    the day it was asked)."""
    document = load_document(CUT / f"{name}.txt")
    assert document.date_answered is None
    assert all(not question.answer for question in document.questions)


def test_a_baden_wuerttemberg_answer_is_dated_by_its_letter() -> None:
    """A whole answer keeps the letter's date („Mit Schreiben vom 6. Juli 2021 …“), not the head's 10 June."""
    assert str(load_document(FIXTURES / "bw-17-512.txt").date_answered) == "2021-07-06"


def test_a_question_of_one_long_sentence_runs_on_to_its_question_mark() -> None:
    """„4. Soll es vor dem Hintergrund, dass … (www.dgb.de/…, abgerufen am 21. Mai 2025; … abgerufen am 21. Mai
    2025)?“ — one sentence of 33 lines, no full stop before its '?': all of it is asked, its parts follow, and the
    joint answer „Die Fragen 1 bis 7b werden zusammen beantwortet.“ is its answer (before: the question was cut at a
    guessed line, warned „endet ohne Fragezeichen“, and the rest of it opened the answer)."""
    document = load_document(QUERIES / "corpus-bt16/bt-21-617.txt")
    for number, words in ((4, "Verkehrsgewerkschaft (EVG) bereits 2019"), (6, "Erscheinungsbild und die Organisation")):
        question = document.question(number)
        assert question is not None
        assert words in question.text
        assert question.answer[0] == "Die Fragen 1 bis 7b werden zusammen beantwortet."
    assert not any("endet ohne Fragezeichen" in warning for warning in document.warnings)


@pytest.mark.parametrize(
    ("path", "number"),
    [
        ("corpus-bt5/bt-21-1463.txt", 17),  # „… wurden nicht erhoben und nicht dokumentiert“, no full stop
        ("corpus-bt10/bt-21-1307.txt", 2),  # a table's last row „… Schmalkalden und Eisenach reichseigen“
    ],
)
def test_a_bundestag_text_that_reaches_its_imprint_is_not_said_to_be_cut(path: str, number: int) -> None:
    """The last answer stops without a full stop right before the last page's imprint („Gesamtherstellung: …“,
    „ISSN 0722-8333“): the copy is whole, and the archivist is not told it is „wohl unvollständig“ (before: „Die
    Antwort zu Frage 17 endet mitten im Satz …“)."""
    document = load_document(QUERIES / path)
    question = document.question(number)
    assert question is not None and question.answer
    assert not any("mitten im Satz" in warning for warning in document.warnings)


def test_a_joint_answer_printed_after_a_part_answers_the_questions_it_names() -> None:
    """„4. Welche Termine … geplant für a) Seminare (bitte …),“ then „Die Fragen 2 bis 4a werden gemeinsam beantwortet.
    Es wird auf die Anlagen 1 bis 4 verwiesen.*“ then „b) Vorträge …“: the statement opens the answer, questions 2 and
    3 get it (without question 4's later parts), and question 4 asks no „werden gemeinsam beantwortet“ (before: the
    statement ended question 4's text, questions 2 and 3 had no answer)."""
    document = load_document(QUERIES / "corpus-bt16/bt-21-496.txt")
    fourth = document.question(4)
    assert fourth is not None
    assert fourth.text.endswith("bei Schulklassen bitte auch Namen der Schule und Klassenstufe nennen),")
    for number in (2, 3):
        question = document.question(number)
        assert question is not None
        assert question.answer == (
            "Die Fragen 2 bis 4a werden gemeinsam beantwortet.",
            "Es wird auf die Anlagen 1 bis 4 verwiesen.*",
        )
    assert not {"Frage 2 hat keine Antwort.", "Frage 3 hat keine Antwort."} & set(document.warnings)
