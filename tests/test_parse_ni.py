"""Niedersachsen answers as the archive holds them (pypdf text, headers inline), copied into
fixtures, and the whole shared set of 60 when ../shared is present."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from indexer import load_document
from tests.conftest import shared_path

FIXTURES = Path(__file__).parent / "fixtures"

# Question counts read off each document (the numbered questions it prints).
COUNTS = {
    "11134": 5,
    "11135": 6,
    "11138": 3,
    "11139": 3,
    "11140": 5,
    "11141": 10,
    "11142": 4,
    "11144": 8,
    "11147": 11,
    "11148": 22,
    "11150": 11,
    "11155": 10,
    "11157": 5,
    "11158": 24,
    "11159": 13,
    "11160": 10,
    "11161": 20,
    "11167": 14,
    "11168": 4,
    "11169": 10,
    "11179": 12,
    "11180": 36,
    "11181": 47,
    "11182": 9,
    "11183": 10,
    "11185": 8,
    "11192": 12,
    "11193": 3,
    "11195": 15,
    "11196": 7,
    "11197": 12,
    "11198": 11,
    "11199": 12,
    "11204": 19,
    "11205": 34,
    "11206": 4,
    "11214": 20,
    "11217": 10,
    "11219": 19,
    "11220": 29,
    "11221": 14,
    "11223": 6,
    "11224": 8,
    "11225": 7,
    "11227": 20,
    "11237": 10,
    "11238": 24,
    "11239": 6,
    "11241": 8,
    "11244": 26,
    "11251": 31,
    "11252": 22,
    "11253": 12,
    "11265": 10,
    "11266": 21,
    "11268": 11,
    "11269": 19,
    "11271": 7,
    "11277": 9,
    "11278": 8,
}


def _load(number: str):
    return load_document(FIXTURES / f"ni-19-{number}.txt")


def test_front_matter_is_read_from_the_text():
    doc = _load("11181")
    assert (doc.parliament, doc.wahlperiode, doc.drucksache) == ("ni", 19, "19/11181")
    assert doc.anfrage_drucksache == "19/10822"
    assert doc.date_asked == dt.date(2026, 6, 4)
    assert doc.date_answered == dt.date(2026, 7, 13)
    assert [(a.name, a.party) for a in doc.askers] == [("Birgit Butter", "CDU")]
    assert doc.ministry == "Niedersächsisches Ministerium für Inneres, Sport und Digitalisierung"
    assert doc.title.startswith(
        "Verfassungstreue von Beamtenbewerberinnen und Beamtenbewerbern - plant die Landesregierung"
    )
    assert doc.preamble[0].startswith("Nach Medienberichten (Rundblick vom 28.05.2026)")
    assert doc.government_preamble[0].startswith("Aus Sicht der Landesregierung")


def test_joint_answers_by_range_are_shared():
    doc = _load("11181")
    assert len(doc.questions) == 47
    for number in range(11, 18):
        question = doc.question(number)
        assert question.answered_with == tuple(n for n in range(11, 18) if n != number)
        assert question.answer[0].startswith("Die Fragen 11 bis 17 werden aufgrund des Sachzusammenhangs")
    assert doc.question(10).answer == ("Nein.",)
    # Page headers inside an answer are gone, the text runs on.
    assert all("Niedersächsischer Landtag" not in q.answer_text for q in doc.questions)
    # 27 and 28 stand together without a joint statement: reported, not guessed.
    assert "Frage 27 hat keine Antwort." in doc.warnings


def test_singular_joint_statement():
    doc = _load("11221")
    assert doc.question(13).answered_with == (14,)
    assert doc.question(13).answer == doc.question(14).answer


def test_request_sentence_and_annex_table():
    doc = _load("11138")
    assert [q.number for q in doc.questions] == [1, 2, 3]
    assert doc.question(3).text.endswith("in den jeweiligen Berichten nicht veröffentlicht wurden.")
    assert doc.question(3).answer[0].startswith("Zur Beantwortung wird auf die beigefügte Übersicht")
    assert not doc.question(2).answer_text.count("Wie viele Beobachtungsobjekte")


def test_wrapped_dates_are_not_questions():
    doc = _load("11169")
    assert [q.number for q in doc.questions] == list(range(1, 11))
    assert doc.question(9).text.endswith("(Stand 5. September 2025) und zu Vorzugsvarianten vor? Falls ja, welche?")


def test_footnotes_and_sub_items():
    doc = _load("11140")
    assert [f.number for f in doc.footnotes] == [1, 2]
    assert doc.footnotes[0].text.startswith("https://www.gwk-bonn.de/")
    assert all("gwk-bonn" not in q.answer_text for q in doc.questions)
    # The answer runs on over the page break, its hyphenation rejoined.
    assert "für die niedersächsische Bildungsinfrastruktur hat die Landesregierung" in doc.question(1).answer_text
    assert "a) Wie sollen die Mittel" in doc.question(2).text
    assert doc.question(2).text.endswith(
        "d) Wie stellt sich die etwaig geplante Verteilung der Mittel auf die "
        "einzelnen Haushaltsjahre 2026 bis 2029 dar?"
    )
    assert doc.question(2).answer[0] == "Zu a:"


def test_listed_questions_answered_under_zu_headings():
    doc = _load("11219")  # an Unterrichtung: items I.1-5 and II.1-14, answered "Zu 1:" …
    assert len(doc.questions) == 19
    assert doc.question(6).text.startswith("ein Transformationsstrompreis für energieintensive Unternehmen")
    assert doc.question(6).answer[0].startswith("Die Landesregierung hat sich frühzeitig für die Einführung")
    assert any("wieder bei 1" in w for w in doc.warnings)


@pytest.mark.shared
def test_all_shared_niedersachsen_answers_have_their_question_count():
    folder = shared_path("corpus", "ka-answers")
    found = {}
    for path in sorted(folder.glob("ni-19-*.txt")):
        doc = load_document(path)
        found[path.stem.split("-")[-1]] = len(doc.questions)
        assert [q.number for q in doc.questions] == list(range(1, len(doc.questions) + 1)), path.name
        assert doc.title and doc.drucksache, path.name
    assert found == COUNTS


@pytest.mark.shared
def test_front_matter_read_from_the_text_agrees_with_the_archive_sidecars():
    import re

    from indexer.ingest.extract import extract_pages
    from indexer.ingest.parse import parse_lines
    from indexer.ingest.sidecar import read_sidecar

    folder = shared_path("corpus", "ka-answers")
    for path in sorted(folder.glob("ni-19-*.txt")):
        doc = parse_lines(extract_pages(path))
        meta = read_sidecar(path.with_suffix(".json"))
        assert doc.id == meta["id"] and doc.drucksache == meta["drucksache"], path.name
        assert doc.anfrage_drucksache == meta.get("anfrage_drucksache"), path.name
        assert [(a.name, a.party) for a in doc.askers] == [(a.name, a.party) for a in meta.get("askers", ())], path.name
        assert doc.date_answered is not None, path.name
        for field in ("date_answered", "ministry"):
            if meta.get(field):
                assert getattr(doc, field) == meta[field], path.name
        # (ni-19-11147 prints a footnote marker in its title: "Justizskandals“1" – it is dropped)
        assert re.sub(r"[\s‐-]", "", doc.title) == re.sub(r"[\s‐-]", "", meta["title"]), path.name
