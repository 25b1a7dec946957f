"""Questions that list what they ask about, one item a line („a) Borreliose,“ … „hh) Zoonotische Influenza“), are
one sentence however many lines they run: read as longer than a question may be, question 1 of Drucksache 21/1313
was the askers' Vorbemerkung and the parser warned „Frage 1 fehlt“.  A date broken after its day („zum Stichtag
31.“ / „Dezember 2024 …“) does not end the question either."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document

PROJECT = Path(__file__).parent.parent
MEASLES = PROJECT / "queries" / "corpus-bt8" / "bt-21-1313.txt"
NAMES = PROJECT / "tests" / "fixtures" / "cut" / "bt-21-1349.txt"
PARTS = PROJECT / "tests" / "fixtures" / "cut" / "bt-21-835.txt"


def test_a_question_listing_34_diseases_is_question_1():
    document = load_document(MEASLES)
    assert [q.number for q in document.questions] == [1, 2]
    first = document.questions[0]
    assert first.text.startswith("Wie viele Fälle von a) Borreliose (Lyme-Borreliose), b) Botulismus,")
    assert "r) Masern," in first.text and "hh) Zoonotische Influenza" in first.text
    assert first.text.endswith("(bitte jeweils nach Jahresscheiben aufschlüsseln)?")
    assert first.answer_text.startswith("Die dem Robert Koch-Institut (RKI) übermittelten Meldezahlen")
    assert not any("Masern" in paragraph for paragraph in document.preamble)
    assert not document.warnings


def test_a_question_broken_after_the_day_of_a_date_goes_on():
    document = load_document(NAMES)
    second = document.question(2)
    assert second is not None
    assert second.text.startswith("Wie viele Leistungsberechtigte im SGB II trugen zum Stichtag 31. Dezember 2024")
    assert second.text.endswith("u) Mohamadé und v) Mhammed?")
    assert second.answer_text.startswith("Die Fragen 1 bis 26 werden gemeinsam beantwortet.")
    assert not document.warnings


def test_parts_answered_one_by_one_stay_answers():
    """„17. Wie hoch waren … für / a) Leistungen nach dem SGB II, / Es wird auf die Antwort zu Frage 16a verwiesen. /
    b) …“: a sentence among the items, so the list is no single sentence and the answers stay no question's words
    (since parser round 23 each led by its part's letter, the parts „f) Kinderzuschuss sowie“ to g) in the question)."""
    question = load_document(PARTS).question(17)
    assert question is not None
    assert "verwiesen" not in question.text
    assert question.answer_text.startswith("a) Es wird auf die Antwort zu Frage 16a verwiesen.")
    assert question.answer[-1] == "g) Es wird auf die Antwort zu Frage 16g verwiesen."
