"""Round 26: what the bundestag20 blind set and rounds 24/25 left; one test per rule, on what a reader gets (the
ministry staff filter by, the question, its answer, the annexes).  Every test fails on main before the round
(341589e)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.layouts.front import read_ni_answer_block
from indexer.ingest.load import load_document
from indexer.ingest.parse import parse_lines

ROOT = Path(__file__).parent.parent


def test_an_answer_sent_by_an_office_without_a_letter_names_that_office() -> None:
    """„Die Antwort wurde namens des Bundeskanzleramtes vom 15. Oktober 2025 übermittelt.“ (21/2259, no „mit
    Schreiben“): the office is the ministry staff filter by, and the date the answer's (before: both empty)."""
    document = load_document(ROOT / "queries/corpus-bt20/bt-21-2259.txt")
    assert document.ministry == "Bundeskanzleramt"
    assert str(document.date_answered) == "2025-10-15"


def test_a_letter_the_askers_cite_is_not_the_answers_transmission() -> None:
    """„… der dem Haushaltsausschuss … mit Schreiben des Bundesministeriums der Finanzen (BMF) vom 06.09.2024
    übermittelt wurde“ in the askers' preamble, then the note „… mit Schreiben des Bundesministeriums für Verkehr vom
    18. August 2025 übermittelt.“ (21/1261): the Verkehrsministerium answered, that day (before: the BMF, 2024)."""
    document = load_document(ROOT / "queries/corpus-bt13/bt-21-1261.txt")
    assert document.ministry == "Bundesministerium für Verkehr"
    assert str(document.date_answered) == "2025-08-18"


def _note(sender: str) -> list[str]:
    """A Bundestag answer's first page with the transmission note naming ``sender`` (reproduced), and one answer."""
    return [
        "Deutscher Bundestag Drucksache 21/9021",
        "21. Wahlperiode 20.10.2025",
        "Antwort",
        "der Bundesregierung",
        "auf die Kleine Anfrage der Abgeordneten Erika Muster und der Fraktion DIE LINKE",
        "– Drucksache 21/9000 –",
        "Befristete Arbeitsverträge im Ausland",
        f"Die Antwort wurde namens der Bundesregierung mit Schreiben {sender} vom 20. Oktober 2025 übermittelt.",
        "1. Wie viele Verträge sind befristet?",
        "Es sind 12 Verträge befristet.",
    ]


def test_an_office_named_inside_a_ministrys_name_is_the_sender() -> None:
    """„mit Schreiben des Bundesministeriums des Auswärtigen Amts“ (21/2335), „… des Bundesministeriums des
    Beauftragten der Bundesregierung für Kultur und Medien“ (21/1210), „… des Presse- und Informationsamtes“
    (21/895), a comma before the portfolio's last „und“ (21/1336): the office as every other note names it (before:
    „Bundesministerium des Auswärtigen Amts“, …, „Presse- und Informationsamt“, a filter value of its own)."""
    expected = {
        "des Bundesministeriums des Auswärtigen Amts": "Auswärtiges Amt",
        "des Bundesministeriums des Beauftragten der Bundesregierung für Kultur und Medien": (
            "Beauftragte der Bundesregierung für Kultur und Medien"
        ),
        "des Presse- und Informationsamtes": "Presse- und Informationsamt der Bundesregierung",
        "des Bundesministeriums des Innern": "Bundesministerium des Innern",
    }
    for sender, ministry in expected.items():
        assert parse_lines([_note(sender)], doc_id="bt-21-9021").ministry == ministry
    held = load_document(ROOT / "queries/corpus-bt19/bt-21-1336.txt")
    assert held.ministry == "Bundesministerium für Umwelt, Klimaschutz, Naturschutz und nukleare Sicherheit"


def test_a_minister_a_sidecar_names_is_the_ministry() -> None:
    """The sidecar of sh 18/4741 names „Minister für Inneres und Bundesangelegenheiten“ (the cover's words): the
    ministry, as the parser names it for the same text without sidecar (before: two filter values)."""
    assert load_document(ROOT / "queries/corpus/sh-18-4741.txt").ministry == (
        "Ministerium für Inneres und Bundesangelegenheiten"
    )


def test_a_niedersachsen_answer_naming_its_ministry_without_article_names_it() -> None:
    """„Antwort Niedersächsisches Ministerium für Inneres und Sport, namens der Landesregierung vom 29.06.2015,
    gezeichnet …“ (ni 17/3818): that ministry answers (before: empty)."""
    document = load_document(ROOT / "tests/fixtures/cut/ni-17-3818.txt")
    assert document.ministry == "Niedersächsisches Ministerium für Inneres und Sport"
    assert str(document.date_answered) == "2015-06-29"
    # a ministry whose name holds a comma (from the review)
    front = [
        "Antwort Niedersächsisches Ministerium für Umwelt, Energie und Klimaschutz, namens der Landesregierung vom "
        "29.06.2015, gezeichnet Stefan Wenzel"
    ]
    facts = read_ni_answer_block(front)
    assert facts["ministry"] == "Niedersächsisches Ministerium für Umwelt, Energie und Klimaschutz"
    assert str(facts["date_answered"]) == "2015-06-29"


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
