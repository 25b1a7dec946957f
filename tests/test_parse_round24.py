"""Round 24: what round 23 and the blind sets left misread, each mended as a layout; one test per rule, on what a
reader gets (the Vorbemerkung, the questions, the answers).  Every test fails on main before the round (db886d1)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from indexer.ingest.parse import parse_lines

ROOT = Path(__file__).parent.parent


def test_a_section_heading_between_questions_is_no_answer_text() -> None:
    """„… ebenso nicht in Frage gestellt.“ / „II. Rückkaufrecht, Exit-Strategie und Verteilung von Chancen und
    Risiken“ / „14. Welche Regelungen …“: answer 13 ends on its sentence, and the government's Vorbemerkung does not
    end on „I. Sanierungsstand, …“, the heading before question 1 (before: both headings ended the text before)."""
    document = load_document(ROOT / "corpus/ni-19-11266.txt")
    assert document.questions[12].answer[-1].endswith("ebenso nicht in Frage gestellt.")
    assert document.government_preamble[-1].endswith("in der Drs. 19/11196 verwiesen.")
    texts = [*document.government_preamble, *(p for q in document.questions for p in (q.text, *q.answer))]
    headings = ("I. Sanierungsstand, Auftragslage", "II. Rückkaufrecht, Exit-Strategie")
    assert not any(heading in text for text in texts for heading in headings)
    assert document.questions[13].text.startswith("Welche Regelungen bestehen gegebenenfalls zu einem Rückkaufrecht")


def test_a_list_closing_an_answer_keeps_its_last_item(tmp_path: Path) -> None:
    """„… aus folgenden Ländern vor:“ / „I. Rheinland-Pfalz und Bremen“ before question 4, „… in zwei Schritte.“ /
    „A. Rechtliche Prüfung …“ / „B. Anhörung der kommunalen Spitzenverbände“ before question 5: items of the answer's
    own list, no headings counting on from I. or A. (the review's reproduction: the last item was dropped)."""
    text = (ROOT / "corpus/ni-19-11134.txt").read_text(encoding="utf-8")
    listed = "Erkenntnisse liegen aus folgenden Ländern vor:\nI. Rheinland-Pfalz und Bremen"
    text = text.replace("Derartige Erkenntnisse oder Erfahrungen liegen nicht vor.", listed, 1)
    steps = "Die Prüfung gliedert sich in zwei Schritte.\nA. Rechtliche Prüfung durch das Ministerium.\n"
    steps += "B. Anhörung der kommunalen Spitzenverbände"
    text = text.replace("Im Übrigen wird auf die Antwort zu Frage 2 verwiesen.", steps, 1)
    (tmp_path / "ni-19-11134.txt").write_text(text, encoding="utf-8")
    document = load_document(tmp_path / "ni-19-11134.txt")
    assert document.questions[2].answer[-1].endswith("I. Rheinland-Pfalz und Bremen")
    assert document.questions[3].answer[-1].endswith("B. Anhörung der kommunalen Spitzenverbände")


def test_a_part_printed_out_of_order_is_the_question_and_its_answer_the_answer() -> None:
    """„21. …?“ / „a) …?“ / „b) …?“ / „d) …?“ / „Es wird auf die Antwort zu Frage 20 verwiesen.“ / „c) …?“ / „Es wird
    auf die Antwort zu Frage 20c verwiesen.“: every part is the question, the answer both answers, c)'s led by its
    letter (before: part c) stood in the answer)."""
    question = load_document(ROOT / "queries/corpus-bt14/bt-21-612.txt").questions[20]
    assert "d) Wurden in dieser Reevaluation" in question.text
    assert question.text.endswith(
        "c) Wurde nach Kenntnis der Bundesregierung als Reaktion auf die genannten "
        "Staubildungen ein Verkehrskonzept zur Eindämmung dieser entwickelt, wenn ja, wie "
        "sieht dieses konkret aus, und wenn nein, warum nicht?"
    )
    assert question.answer == (
        "Es wird auf die Antwort zu Frage 20 verwiesen.",
        "c) Es wird auf die Antwort zu Frage 20c verwiesen.",
    )


_ANSWERS = [
    "1. Wie viele Treffen gab es 2025?",
    "Die erfragten Angaben können der Anlage* entnommen werden.",
    "2. Welche Mittel sind für 2025 vorgesehen?",
    "Die Mittel sind in der Anlage aufgeführt.",
]


def test_an_annex_label_of_the_drucksache_over_the_annex_heading_is_its_page_head() -> None:
    """„Anlage 21/159“ at the head of each annex page, over „Anlage zur Antwort der Bundesregierung …“ on the first
    (the layout of 21/426, reproduced): one annex, under its heading, its rows all its pages' (before: an empty annex
    „Anlage 21/159“, the heading's annex with the first page, a third with the later pages)."""
    lines = [
        *_ANSWERS,
        "Anlage 21/159",
        "Anlage zur Antwort der Bundesregierung auf die Kleine Anfrage der Fraktion XY betr. „Treffen im Ministerium“",
        "Datum Ort Beteiligte",
        "22.01.2025 Davos Minister; Verband A",
        "Anlage 21/159",
        "03.02.2025 Berlin Staatssekretär; Verband B",
    ]
    annexes = parse_lines([lines], doc_id="bt-21-9006").annexes
    assert [annex.label[:26] for annex in annexes] == ["Anlage zur Antwort der Bun"]
    assert annexes[0].rows[-1] == "03.02.2025 Berlin Staatssekretär; Verband B"


def test_a_bare_annex_head_over_each_page_mark_opens_no_annex() -> None:
    """„Anlage“ / „2 von 33“ at the head of every page of one annex (the layout of 21/2160, reproduced): one annex
    (before: one per page, each page's mark its first row)."""
    lines = [*_ANSWERS, "Anlage", "Land: Schleswig-Holstein", "Vorhaben 1 75 %"]
    for page in (1, 2, 3):
        lines += ["Anlage", f"{page} von 33", f"Land: Hamburg {page}", "Vorhaben 2 90 %"]
    annexes = parse_lines([lines], doc_id="bt-21-9007").annexes
    assert [annex.label for annex in annexes] == ["Anlage"]
    assert "Land: Hamburg 3" in annexes[0].rows
    assert not any("von 33" in row for row in annexes[0].rows)


def test_an_annex_heading_naming_the_ka_or_a_doctor_ends_the_last_answer() -> None:
    """„Seite 1 von 9“ / „Anlage zur KA 21/439 der Abgeordneten … u. a. und der Fraktion …“, and „Anlage zur Antwort
    der Bundesregierung zur Kleinen Anfrage des Abgeordneten Dr.“ (the layouts of 21/669 and 21/729, reproduced): each
    heads an annex, the last answer ends on its own words (before: the annex's tables, page mark and heading were
    the last answer's)."""
    for heading in (
        "Anlage zur KA 21/439 der Abgeordneten Erika Muster u. a. und der Fraktion XY",
        "Anlage zur Antwort der Bundesregierung zur Kleinen Anfrage des Abgeordneten Dr.",
    ):
        lines = [*_ANSWERS, "Seite 1 von 9", heading, "Monat Fälle", "01/2023 12"]
        document = parse_lines([lines], doc_id="bt-21-9008")
        assert document.questions[-1].answer_text == "Die Mittel sind in der Anlage aufgeführt."
        assert [annex.label for annex in document.annexes] == [heading]
        assert document.annexes[0].rows == ("Monat Fälle", "01/2023 12")
