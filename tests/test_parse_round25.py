"""Round 25: sub-questions answered one by one, and annex layouts round 24 left; one test per rule, on what a reader
gets (the question, its answer, the annexes).  Every test fails on main before the round (4add0aa)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from indexer.ingest.parse import parse_lines

ROOT = Path(__file__).parent.parent
BT18 = ROOT / "queries/corpus-bt18"


def test_parts_opening_on_the_question_line_are_the_question_and_their_answers_the_answer() -> None:
    """„2. a) Welche Regionen …?“ / its answer / „b) Inwieweit …?“ / its answer (21/969 q2): both parts are the
    question, the answer holds both answers, each led by its part's letter (before: part b) stood in the answer)."""
    question = load_document(BT18 / "bt-21-969.txt").questions[1]
    assert question.text.startswith("a) Welche Regionen in Deutschland")
    assert question.text.endswith(
        "b) Inwieweit wurden die daraus resultierenden wirtschaftlichen Schäden im Tourismussektor seitens der "
        "Bundesregierung erfasst?"
    )
    assert question.answer[0].startswith("a) Alle Regionen Deutschlands")
    assert question.answer[-1].startswith("b) Der Bundesregierung liegen hierzu aufgrund der Zuständigkeit")
    assert not any("Inwieweit wurden" in paragraph for paragraph in question.answer)
    later = load_document(BT18 / "bt-21-1576.txt").questions[4]
    assert "b) Wann und mit welchem Vertrag" in later.text
    assert not any("Wann und mit welchem Vertrag" in paragraph for paragraph in later.answer)


def test_aspects_answered_by_lines_without_a_sentence_are_the_question() -> None:
    """„… für folgende Aspekte:“ / „a) Abschluss des Artenschutzgutachtens;“ / its answer / … / „d) Vergabe der
    Bauleistungen […];“ / „LP6 – Vorbereiten der Vergabe: November 2027“ … (21/730 q7): every aspect is the question,
    each timetable its answer (before: the aspects a)–f) stood in the answer, the question ended on „Aspekte:“)."""
    question = load_document(BT18 / "bt-21-730.txt").questions[6]
    assert "d) Vergabe der Bauleistungen" in question.text
    assert question.text.endswith("f) Abschluss der Sanierungsarbeiten)?")
    assert "d) LP6 – Vorbereiten der Vergabe: November 2027 LP7 – Mitwirken bei der Vergabe: Mai 2028" in (
        question.answer
    )
    assert not any("Abschluss des Artenschutzgutachtens" in paragraph for paragraph in question.answer)


_ANSWERS = [
    "1. Wie viele Bäder wurden gefördert?",
    "Die geförderten Bäder sind der Anlage 1 a zu entnehmen.",
    "2. Welche Mittel sind für 2025 vorgesehen?",
    "Die Mittel sind in den Anlagen 2 a und 2 b aufgeführt.",
]


def test_an_annex_numbered_with_a_letter_ends_the_last_answer() -> None:
    """„Anlage 1 a, Antwort zu Frage 7 a.“ and „Anlage 2 a zu den Fragen 7 b./ 7 c.“ (the layout of 21/989,
    reproduced): each heads an annex, the last answer ends on its own words (before: the annexes, 131,000 characters
    in 21/989, were the last answer's)."""
    headings = ["Anlage 1 a, Antwort zu Frage 7 a.", "Anlage 2 a zu den Fragen 7 b./ 7 c.", "Anlage 3 b zu Frage 7 d."]
    lines = list(_ANSWERS)
    for number, heading in enumerate(headings):
        lines += [heading, "Jahr Ort Vorhaben Mittel", f"2021 Rastede Freibad {number}"]
    document = parse_lines([lines], doc_id="bt-21-9011")
    assert document.questions[-1].answer_text == "Die Mittel sind in den Anlagen 2 a und 2 b aufgeführt."
    assert [annex.label for annex in document.annexes] == headings
    assert document.annexes[2].rows == ("Jahr Ort Vorhaben Mittel", "2021 Rastede Freibad 2")


def test_an_annex_label_with_its_page_mark_on_its_line_opens_no_annex_per_page() -> None:
    """„Anlage zu BT.-Drs. 21/758 /Thema: … Seite 2 von 10“ at the head of each page (the layout of 21/964,
    reproduced): one annex, its label without the page mark (before: one annex per page, each label with its mark)."""
    head = "Anlage zu BT.-Drs. 21/758 /Thema: Mehrgenerationenhäuser in Deutschland"
    lines = list(_ANSWERS)
    for page in (1, 2, 3):
        lines += [f"{head} Seite {page} von 10", "Land Kreis Häuser", f"Thüringen Suhl {page}"]
    annexes = parse_lines([lines], doc_id="bt-21-9012").annexes
    assert [annex.label for annex in annexes] == [head]
    assert annexes[0].rows[-1] == "Thüringen Suhl 3"


def test_the_drucksache_label_over_an_annex_heading_is_its_pages_head() -> None:
    """„Anlage KA 21/801“ over „Anlage zu Frage 44“ and at the head of each later page (the layout of 21/1149 and
    21/680's „Anlage 2 KA 21/461“, reproduced): one annex under its heading, all its pages' rows (before: an empty
    annex „Anlage KA 21/801“, the heading's annex with the first page, a third with the later pages)."""
    lines = [*_ANSWERS, "Anlage KA 21/801", "1", "Anlage zu Frage 44", "Ressort Titel Vorhaben", "BMFTR 68542 Zuschuss"]
    lines += ["Anlage KA 21/801", "2", "BMWE 0901 Förderprogramm"]
    annexes = parse_lines([lines], doc_id="bt-21-9013").annexes
    assert [annex.label for annex in annexes] == ["Anlage zu Frage 44"]
    assert annexes[0].rows[-1] == "BMWE 0901 Förderprogramm"


def test_a_page_foot_between_an_annex_tables_rows_is_no_row() -> None:
    """„Seite 2 von 14“ on a line of its own between the rows of an annex's table (the page foot of 21/1097's annex,
    reproduced): the rows run on without it (before: each page's foot was a row of the table)."""
    lines = [*_ANSWERS, "Anlage 1: Geförderte Bäder", "Jahr Ort Mittel", "2021 Minden 2.160.000"]
    lines += ["Seite 2 von 14", "2022 Rastede 3.200.000", "Seite 3 von 14", "2023 Suhl 46.480"]
    annexes = parse_lines([lines], doc_id="bt-21-9014").annexes
    assert annexes[0].rows == ("Jahr Ort Mittel", "2021 Minden 2.160.000", "2022 Rastede 3.200.000", "2023 Suhl 46.480")
