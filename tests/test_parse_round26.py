"""Round 26: what the bundestag20 blind set and rounds 24/25 left; one test per rule, on what a reader gets (the
ministry staff filter by, the question, its answer, the annexes).  Every test fails on main before the round
(341589e)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document

ROOT = Path(__file__).parent.parent


def test_an_answer_sent_by_an_office_without_a_letter_names_that_office() -> None:
    """„Die Antwort wurde namens des Bundeskanzleramtes vom 15. Oktober 2025 übermittelt.“ (21/2259, no „mit
    Schreiben“): the office is the ministry staff filter by, and the date the answer's (before: both empty)."""
    document = load_document(ROOT / "queries/corpus-bt20/bt-21-2259.txt")
    assert document.ministry == "Bundeskanzleramt"
    assert str(document.date_answered) == "2025-10-15"


def test_a_niedersachsen_answer_naming_its_ministry_without_article_names_it() -> None:
    """„Antwort Niedersächsisches Ministerium für Inneres und Sport, namens der Landesregierung vom 29.06.2015,
    gezeichnet …“ (ni 17/3818): that ministry answers (before: empty)."""
    document = load_document(ROOT / "tests/fixtures/cut/ni-17-3818.txt")
    assert document.ministry == "Niedersächsisches Ministerium für Inneres und Sport"
    assert str(document.date_answered) == "2015-06-29"


def test_the_running_head_of_annex_pages_is_neither_answer_nor_row() -> None:
    """„Kleine Anfrage der Fraktion der AfD“ / „BT-Drs. Nr. 21/533“ over the annex's label and at the top of each of
    its pages (21/807): the last answer ends on its own words, the annex's rows are the table's (before: the answer
    ended on the head, the rows held it twice)."""
    document = load_document(ROOT / "queries/corpus-bt20/bt-21-807.txt")
    assert document.questions[-1].answer[-1].endswith("Technikfolgenabschätzung) übersandt.")
    rows = [row for annex in document.annexes for row in annex.rows]
    assert rows[0] == "Projekt Entwicklungsstand"
    assert not any("21/533" in row or row.startswith("Kleine Anfrage") for row in rows)
    assert "Driveblocks" in rows


def test_a_number_and_hyphen_at_a_line_end_before_a_noun_make_one_word() -> None:
    """„… ein 24-“ / „Stundenbetrieb vorgesehen, …“ (21/1738 q10): „24-Stundenbetrieb“, as printed (before:
    „24- Stundenbetrieb“, a word no query finds)."""
    question = load_document(ROOT / "queries/corpus-bt19/bt-21-1738.txt").questions[9]
    assert "ein 24-Stundenbetrieb vorgesehen" in question.text
