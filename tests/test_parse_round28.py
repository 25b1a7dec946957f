"""Round 28: what the blind set bundestag21 left (a part asking at length, a joint answer to a stem and its part, an
annex labelled by its file name); one test per rule, on what a reader gets (the question, its answer, the annexes).
Every test fails on main before the round (bf08596)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document

ROOT = Path(__file__).parent.parent
BT21 = ROOT / "queries/corpus-bt21"


def test_a_part_asking_over_nine_lines_is_the_question_and_its_answer_the_answer() -> None:
    """„5. Nach welchen Kriterien …?“ / its answer / „a) Welche Planungsunterlagen … getroffen wurde?“ (nine lines) /
    its answer / „b) Warum hält die BImA …?“ / its answer (21/1690 q5): both parts are the question, each answer led
    by its letter (before: both parts and their answers stood in the answer)."""
    question = load_document(BT21 / "bt-21-1690.txt").questions[4]
    assert "a) Welche Planungsunterlagen sowie Wirtschaftlichkeitsberechnungen" in question.text
    assert question.text.endswith("limaschaedlich-bauen-10025.html)?")
    assert question.answer[0].startswith("Die Frage, ob ein Wohngebäude saniert")
    assert any(paragraph.startswith("a) Für die hier in Rede stehende Baumaßnahme") for paragraph in question.answer)
    assert any(paragraph.startswith("b) Der Gesamtzustand der drei Bestandsgebäude") for paragraph in question.answer)
    assert not any("Welche Planungsunterlagen" in paragraph for paragraph in question.answer)


def test_a_joint_answer_to_the_stem_and_its_part_is_led_by_no_letter() -> None:
    """„1. …?“ / „a) …?“ / „Die Fragen 1 und 1a werden gemeinsam beantwortet.“ (21/1690 q1): the answer names what
    it answers and is no part a)'s alone (before: „a) Die Fragen 1 und 1a …“); b)'s answer keeps its letter."""
    question = load_document(BT21 / "bt-21-1690.txt").questions[0]
    assert question.answer[0] == "Die Fragen 1 und 1a werden gemeinsam beantwortet."
    assert any(paragraph.startswith("b) Eine statistische Erhebung") for paragraph in question.answer)


def test_an_annex_labelled_by_its_file_name_ends_the_last_answer() -> None:
    """„Auf die Tabelle in Anlage 2* wird verwiesen.“ / „250613_Anlage 1_Tabelle zu AW 5-6_KA 21-163“ / its rows /
    „250613_Anlage 2_Tabelle zu AW 7-8_KA 21-163“ / its rows (21/507): two annexes, the last answer its own sentence
    (before: both tables stood in answer 8, no annex)."""
    document = load_document(BT21 / "bt-21-507.txt")
    assert document.questions[7].answer == ("Auf die Tabelle in Anlage 2* wird verwiesen.",)
    assert [annex.label for annex in document.annexes] == [
        "250613_Anlage 1_Tabelle zu AW 5-6_KA 21-163",
        "250613_Anlage 2_Tabelle zu AW 7-8_KA 21-163",
    ]
    assert all(annex.rows for annex in document.annexes)


def test_the_verteidigungsministerium_s_annex_label_ends_the_last_answer() -> None:
    """„Es wird auf die Tabelle in der Anlage 2 verwiesen.*“ / „Anlage 1 zu PSts beim Bundesminister der
    Verteidigung Dr. Schmid BMVg AVL V36912 vom 30. Mai 2025“ / its table / „Anlage 2 zu PSts …“ / its table
    (21/495): two annexes, the last answer its own two sentences (before: both tables stood in the joint answer to
    7 and 8, no annex)."""
    document = load_document(ROOT / "queries/corpus-bt16/bt-21-495.txt")
    assert document.questions[-1].answer == (
        "Die Fragen 7 und 8 werden gemeinsam beantwortet.",
        "Es wird auf die Tabelle in der Anlage 2 verwiesen.*",
    )
    assert [annex.label[:40] for annex in document.annexes] == [
        "Anlage 1 zu PSts beim Bundesminister der",
        "Anlage 2 zu PSts beim Bundesminister der",
    ]
    assert all(len(annex.rows) > 50 for annex in document.annexes)


def test_a_copy_that_stops_after_the_last_question_s_first_word_is_said_to_be_cut() -> None:
    """The stored copy stops on „6. Sind“ (rp-16-1947): the archivist is told that question 6 stops mid-sentence
    (before: only „Frage 6 hat keine Antwort.“, as for a question left unanswered)."""
    document = load_document(ROOT / "tests/fixtures/cut/rp-16-1947.txt")
    assert document.questions[-1].text == "Sind"
    assert "Frage 6 endet mitten im Satz („… Sind“): Der Text ist wohl unvollständig." in document.warnings
