"""Round 32: what round 31 and the blind sets left misread, each mended as a layout (no new texts).  Each test reads a
held text and asserts what a reader gets (an annex, a question, its answer); every test fails on main before the round
(47a71a3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.ingest.layouts.parts import answered_parts
from indexer.ingest.layouts.questions import QuestionSpan
from indexer.ingest.load import load_document
from indexer.model import Document

QUERIES = Path(__file__).parent.parent / "queries"


def _labels(document: Document) -> list[str]:
    return [annex.label for annex in document.annexes]


@pytest.mark.parametrize(
    ("path", "labels"),
    [
        # „Anlage 2“ over each of the four pages of its table (Prüfungen, Verfahren, Bußgeldbescheide)
        ("corpus-bt24/bt-21-1437.txt", ["Anlage 1", "Anlage 2", "Anlage 3", "Anlage 4", "Anlage 5", "Anlage 6"]),
        # „Anlage 1“ over three pages, „Anlage 2“ over six
        ("corpus-bt2/bt-21-1430.txt", ["Anlage 1", "Anlage 2", "Anlage 3", "Anlage 4", "Anlage 5", "Anlage 6"]),
    ],
)
def test_an_annex_labelled_again_on_each_page_is_one_annex(path: str, labels: list[str]) -> None:
    """A numbered label printed alone over each page of its annex („Anlage 2“, then again after the page break) opens
    no annex of its own: the reader finds Anlage 2 once, all its rows in it (before: one „Anlage 2“ per page)."""
    document = load_document(QUERIES / path)
    assert _labels(document) == labels
    rows = next(annex.rows for annex in document.annexes if annex.label == "Anlage 2")
    assert "Anlage 2" not in rows


def test_an_annex_cover_line_and_its_page_number_are_no_annex_of_their_own() -> None:
    """„Anlage 1“, „- 2 -“, „Anlage 1 zu Frage 3“: the bare label is the cover of the annex its full heading opens
    and „- 2 -“ the page's number (before: an annex „Anlage 1“ whose one row was „- 2 -“, likewise for Anlage 2)."""
    document = load_document(QUERIES / "corpus-bt23/bt-21-1365.txt")
    assert _labels(document) == ["Anlage 1 zu Frage 3", "Anlage 2 zu Frage 4"]
    assert all("- 2 -" not in annex.rows for annex in document.annexes)


def test_a_part_closed_by_comma_and_sowie_before_its_answer_ends_there() -> None:
    """„c) Opfer einer Straftat … (Straftaten gegen die körperliche Unversehrtheit, §§ 223 bis 231 StGB), sowie“,
    then its answer „Im Berichtsjahr 2024 wurden …“: the part ends at „, sowie“, so question 1 holds its four parts
    and ends on its '?', each part's answer under its letter (before: the question stopped after part a), parts b)
    to d) stood in the answer, with the warning that question 1 ends without '?')."""
    document = load_document(QUERIES / "corpus-bt5/bt-21-2331.txt")
    question = document.question(1)
    assert question is not None
    assert "c) Opfer einer Straftat nach dem Siebzehnten Abschnitt" in question.text
    assert question.text.endswith("(bitte jeweils nach den zehn häufigsten Staatsbürgerschaften auflisten)?")
    answer = " ".join(question.answer)
    assert "c) Im Berichtsjahr 2024 wurden insgesamt 265.812 weibliche Opfer" in answer
    assert "Abschnitt des Strafgesetzbuches" not in answer
    assert not [warning for warning in document.warnings if warning.startswith("Frage 1 ")]


def test_a_stem_that_its_comma_ends_before_its_answer_keeps_all_its_lines() -> None:
    """„17. Gab es … in der der damalige Staatssekretär Udo Philipp dem damaligen“ / „Bundesministerium für Wirtschaft
    und Klimaschutz (BMWK) …“ / „… an Unternehmen oder Fonds,“ / „Gegenüber dem BMWE erfolgten keine entsprechenden
    Angaben.“, then its parts a) and b) each with its answer: the stem ends at its comma, not where a line first
    opened in capitals (before: the question stopped at „dem damaligen“, the rest of the stem opened the answer)."""
    question = load_document(QUERIES / "corpus-bt24/bt-21-1136.txt").question(17)
    assert question is not None
    assert "dem damaligen Bundesministerium für Wirtschaft und Klimaschutz (BMWK) vor Amtsantritt" in question.text
    assert "Beteiligungen an Unternehmen oder Fonds, a) wenn ja," in question.text
    assert question.answer[0].startswith("Gegenüber dem BMWE erfolgten keine entsprechenden Angaben.")


def test_a_part_closed_by_its_bracket_and_sowie_before_its_answer_ends_there(tmp_path: Path) -> None:
    """The same question as 21/2333 prints it, without the comma: „c) … §§ 223“ / „bis 231 StGB) sowie“, then its
    answer (reproduced from 21/2331 by taking the comma out): the part ends at „) sowie“ too (before: the question
    stopped after part a), with the warning that it ends without '?')."""
    text = (QUERIES / "corpus-bt5/bt-21-2331.txt").read_text(encoding="utf-8")
    (tmp_path / "bt-21-2331.txt").write_text(text.replace("bis 231 StGB), sowie", "bis 231 StGB) sowie", 1))
    document = load_document(tmp_path / "bt-21-2331.txt")
    question = document.question(1)
    assert question is not None
    assert "(Straftaten gegen die körperliche Unversehrtheit, §§ 223 bis 231 StGB) sowie d) Opfer" in question.text
    assert "c) Im Berichtsjahr 2024 wurden insgesamt 265.812 weibliche Opfer" in " ".join(question.answer)
    assert not [warning for warning in document.warnings if warning.startswith("Frage 1 ")]


@pytest.mark.parametrize(
    ("path", "label", "first_row"),
    [
        (
            "corpus-bt24/bt-21-729.txt",
            "Anlage zur Antwort der Bundesregierung zur Kleinen Anfrage des Abgeordneten Dr. Götz Frömming u. a. und "
            "der Fraktion der AfD; BT-Drucksache: 21/504",
            "Antwort zu Frage 5:",
        ),
        (
            "corpus-bt8/bt-21-1037.txt",
            "Anlage 1: Tabellen zur Antwort der Bundesregierung auf Frage 2 der Kleinen Anfrage der Fraktion der AfD "
            "betreffend „Long-COVID und PostVac – aktuelle Situation und Versorgungslage in Deutschland“ "
            "BT-Drucksache 21/651",
            "Tabelle 1:",
        ),
    ],
)
def test_an_annex_heading_wrapped_at_the_line_end_is_one_label(path: str, label: str, first_row: str) -> None:
    """„… des Abgeordneten Dr.“ / „Götz Frömming u. a. und der Fraktion der AfD; BT-Drucksache: 21/504“: the heading
    goes on after the article or title its line ends on, so the label names the askers and the Drucksache and the
    table opens with its own first row (before: the label stopped at „Dr.“, the name was the table's first row)."""
    document = load_document(QUERIES / path)
    assert document.annexes[0].label == label
    assert document.annexes[0].rows[0] == first_row


def _part_b_read(after_sowie: list[str]) -> QuestionSpan:
    """A question whose parts are answered one by one, part b) closed by „, sowie“ and followed by ``after_sowie``
    (its next line, its answer), read by the parts rule."""
    lines = [
        "Wie hoch waren im Jahr 2024",
        "a) die Ausgaben des Bundes,",
        "Die Ausgaben betrugen 10 Euro.",
        "b) die Zuwendungen an die Träger",
        "der Kommunen, sowie",
        *after_sowie,
        "c) die Ausgaben der Länder (bitte nach Jahren aufschlüsseln)?",
        "Die Länder gaben 3 Euro aus.",
    ]
    span = QuestionSpan(1, 0, 1, len(lines), text_lines=lines[:1], answer_lines=lines[1:])
    assert answered_parts(span)
    return span


def _answer_to_b(span: QuestionSpan) -> list[str]:
    return [line for line in span.answer_lines if line.startswith("b)")]


@pytest.mark.parametrize(
    "continued",
    [
        "Zuschüsse über 5 Mio. Euro an Länder und Kommunen,",
        "Verein Hilfe e. V. Musterstadt in Berlin im Jahr 2024,",
        "BT-Drs. 20/1234 genannten Projekte,",
    ],
)
def test_a_part_continued_after_sowie_keeps_a_line_with_an_abbreviation(continued: str) -> None:
    """A part that goes on after „, sowie“ keeps its next line though an abbreviation's full stop stands in it („5 Mio.
    Euro“, „e. V.“, „BT-Drs.“): read as a sentence's end, the line became the part's answer (review of round 32)."""
    span = _part_b_read([continued, "Die Zuwendungen betrugen 5 Euro."])
    assert continued in span.text_lines
    assert _answer_to_b(span) == ["b) Die Zuwendungen betrugen 5 Euro."]


def test_an_answer_ending_on_a_capital_letters_full_stop_after_sowie_is_the_answer() -> None:
    """„… in Anlage A.“ ends a sentence: the answer after a part closed by „, sowie“ stays its answer (a small letter's
    full stop, „e. V.“, does not end one)."""
    span = _part_b_read(["Die Angaben stehen in Anlage A."])
    assert "Die Angaben stehen in Anlage A." not in span.text_lines
    assert _answer_to_b(span) == ["b) Die Angaben stehen in Anlage A."]
