"""Round 56: 16 Landtag answers the parser had never seen (Berlin, Niedersachsen, Rheinland-Pfalz, Schleswig-Holstein,
Hamburg, Baden-Württemberg; pages of the `pages` corpus, byte for byte), measured before the parser was changed; each
misreading mended as a layout or sentence form, not as a file.  Each test reads a held text and asserts what a reader
gets (the title, a date, a question, its answer, the government's Vorbemerkung); every test fails on main before the
round (b04d8a04)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

CUT = Path(__file__).parent / "fixtures" / "cut"


@pytest.mark.parametrize(
    ("name", "title"),
    [
        # „… Kleine Anfrage zur schriftlichen Beantwortung mit Antwort der Landesregierung - Drucksache 17/7652 - Ist
        # die Arbeit des Wolfsbüros zielführend? Anfrage der Abgeordneten …“
        ("ni-17-7905.txt", "Ist die Arbeit des Wolfsbüros zielführend?"),
        # (held since an earlier round, read with the page head before the mend)
        ("ni-17-3818.txt", "Was tut das Land zur Unterbringung von Asylbewerbern?"),
    ],
)
def test_niedersachsens_title_follows_the_cited_drucksache_without_the_page_head(name: str, title: str) -> None:
    """Niedersachsen's 17th period, one line: the title runs from the Kleine Anfrage's Drucksache between dashes to
    „Anfrage der Abgeordneten“ (before: „Niedersächsischer Landtag − 17. Wahlperiode Drucksache 17/7905 1 Kleine
    Anfrage zur schriftlichen Beantwortung … - Drucksache 17/7652 - Ist die Arbeit …“)."""
    assert load_document(CUT / name).title == title


def test_a_weekday_before_a_date_in_a_question_is_no_signature() -> None:
    """Berlin: „1. Warum waren am Freitag, den 30.10.2015, von den 31 … Hallenbädern nur 19 geöffnet ?“ — no answer
    date is printed in the copy; the date asked, 12 November 2015, is kept (before: answered 30.10.2015, read as a
    signature's place and date, and the date asked dropped as after it)."""
    document = load_document(CUT / "be-17-17347.txt")
    assert document.date_answered is None
    assert document.date_asked == dt.date(2015, 11, 12)
    assert not any("Antwortdatum" in warning for warning in document.warnings)


@pytest.mark.parametrize(
    ("name", "answered"),
    [
        # „Druck: Landtag Rheinland-Pfalz, 6. Juli 2017 b. w. … Drucksache 17/3139 zu Drucksache 17/2963 26. 05. 2017“
        ("rp-17-3139.txt", dt.date(2017, 5, 26)),
        # „Drucksache 16/1633 21. 09. 2012 Druck: Landtag Rheinland-Pfalz, 28. September 2012 …“
        ("rp-16-1633.txt", dt.date(2012, 9, 21)),
        ("rp-16-1947.txt", dt.date(2013, 1, 2)),
        ("rp-16-2022.txt", dt.date(2013, 2, 1)),
        # (no Drucksache head in the copy: no date rather than the print's)
        ("rp-16-5728.txt", None),
    ],
)
def test_the_print_line_is_no_answer_date(name: str, answered: dt.date | None) -> None:
    """Rheinland-Pfalz: the print line „Druck: Landtag Rheinland-Pfalz, <date>“ names the day the Drucksache was
    printed, weeks after the answer; the Drucksache's own date is read instead (before: the print date)."""
    assert load_document(CUT / name).date_answered == answered


def test_the_governments_vorbemerkung_after_the_one_unnumbered_question() -> None:
    """Schleswig-Holstein, one line: „Vorbemerkung des Fragestellers: … verschneidet". Welche Auswirkungen … Abstands-
    szenarien ? Vorbemerkung der Landesregierung: Die in der Drucksache 18/3764 … veröffentlicht. Antwort: Bei der
    Berechnung …“ — the one question is read, the government's Vorbemerkung is its remark, the answer follows
    „Antwort:“ (before: refused, „Keine nummerierten Fragen gefunden“)."""
    document = load_document(CUT / "sh-18-4176.txt")
    assert _question_text(document, 1).startswith("Welche Auswirkungen auf die für Windkraft")
    assert _question_text(document, 1).endswith("bezeichneten Abstandsszenarien ?")
    assert document.government_preamble[0].startswith("Die in der Drucksache 18/3764 genannten Potenzialflächen")
    assert _answer(document, 1).startswith("Bei der Berechnung von Potenzialflächen ist die sich überlagernde")
    assert document.preamble[0].startswith("In der Tabelle auf Seite 2")
    # „laut Antwort der Landesregierung die im Planungserlass vom 23.06.2015 …“ cites an answer: the head's date
    assert document.date_answered == dt.date(2016, 5, 23)
