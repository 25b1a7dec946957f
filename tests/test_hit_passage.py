"""A hit shows the passage holding the word it was found by, even where a shorter paragraph of the answer scores
higher with a part of the word alone."""

import pytest

from indexer import Engine, IndexStore

from .quality_corpus import _doc
from .search_helpers import one_answer

ROWS = " ".join(f"Gemeinde{chr(65 + i % 26)}{chr(97 + i % 7)} {i} {i + 1} {i + 2}" for i in range(400))
TABLE = f"Schulen 2023 2024 2025 {ROWS[:3000]} Ammerland 5 3 1 {ROWS[3000:7000]}"


# a question long enough that it and the short answer together are no referral of 300 characters
ASKED = "Wie viel Geld stellt die Landesregierung in den kommenden Haushaltsjahren bereit, und nach welchen " * 3 + "?"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    index = tmp_path_factory.mktemp("passage-index")
    answer = "Die Landesämter für Schule und Bildung erfassen das nicht.\n\n" + TABLE
    documents = [_doc(4711, "Straftaten an Schulen", [("Wie viele Straftaten gab es?", answer)])]
    hornets = "Die Asiatische Hornisse breitet sich im ganzen Land weiter aus.\n\nGefundene Nester werden entfernt."
    documents.append(_doc(4720, "Hornissen", [("Was tut das Land?", hornets)]))
    referring = "Es wird auf die Antwort zu Frage 1 verwiesen.\n\nDie Mittel stehen im Haushalt bereit."
    support = [("Wer wird gefördert?", "Gefördert werden Betreuungsvereine."), (ASKED, referring)]
    documents.append(_doc(4730, "Rechtliche Betreuung", support))
    roads = [
        ("Wie ist die Anbindung?", "Die B 248 ist Zubringer zur A 39."),
        ("Wie viele Unfälle?", "Liste A nennt 39 Unfälle."),
    ]
    documents.append(_doc(4740, "Verkehr in Jembke", roads))
    documents += [
        _doc(4712 + i, f"Thema {i}", [(f"Frage {j}?", f"Die Antwort {j} ist kurz.") for j in range(5)])
        for i in range(3)
    ]
    IndexStore(index).build(documents)
    return Engine(index)


def test_a_word_in_a_long_table_is_shown_there_not_a_short_paragraph_holding_a_part(engine):
    """ni-19-11157: „Ammerland“ stands in a long table; the short paragraph with „Landesämter“ (a part: Land) scored
    higher, so the hit showed it, marked nothing and said „Ammerland (Wort)“."""
    hit = engine.search("Ammerland").hits[0]
    assert "<mark>Ammerland</mark> 5 3 1" in str(hit.snippet)
    assert hit.found_as == "Ammerland (genaues Wort)"


def test_a_referring_answer_of_two_paragraphs_says_it_was_met_through_the_referral(engine):
    """Answer 2 refers to answer 1 in its first paragraph; the words of answer 1 are indexed on its last: the hit
    said „Betreuungsvereine (Wort)“ instead of naming the referral."""
    hit = next(h for h in engine.search("Betreuungsvereine").hits if h.question == 2)
    assert hit.found_as == "Betreuungsvereine (über den Verweis „Antwort zu Frage 1“)"


def test_a_road_number_typed_apart_is_the_road_not_its_letter_and_number_anywhere(engine):
    """„A 39“ were two words: answer 2 („Liste A nennt 39 Unfälle“) was a full match like the answer naming the A 39."""
    for query in ("A 39", "A39", "a 39", "a39"):  # lower case apart: „a“ and „39“ anywhere, as „A 39“ was
        result = engine.search(query)
        assert [(h.doc_id, h.question) for h in result.hits if not h.missing] == [("ni-19-4740", 1)]
    assert [(h.doc_id, h.question) for h in engine.search('"Liste A"').hits] == [("ni-19-4740", 2)]


def test_an_excluded_road_number_excludes_the_road_as_the_texts_write_it(engine):
    """„NICHT A 39“ was joined to „A39“ and excluded only that spelling; „-A 39“ excluded „A“ and required „39“."""
    for query in ("Zubringer -A39", "Zubringer NICHT A 39", "Zubringer -A 39", "Zubringer -a 39"):
        result = engine.search(query)
        assert result.total == 0 and all(h.missing for h in result.hits), query
    assert engine.search("Zubringer -A40").total == 1


@pytest.fixture(scope="module")
def asked_engine(tmp_path_factory) -> Engine:
    """A question holding one word, its answer the other (ni-19-11197, Frage 11: „Abschiebehaft“ asked, „Auf Antrag
    Niedersachsens“ answered)."""
    index = tmp_path_factory.mktemp("asked-index")
    documents = [
        one_answer(
            "ni-19-4801",
            "Rückführungen",
            "Auf Antrag Niedersachsens hat die Innenministerkonferenz das Thema beraten.",
            "Welche Maßnahmen hat die Landesregierung ergriffen, um die Abschiebehaft wirksamer zu machen?",
        ),
        one_answer("ni-19-4802", "Haft", "Die Abschiebehaft dauert höchstens sechs Monate.", "Wie lange?"),
    ]
    IndexStore(index).build(documents)
    return Engine(index)


def test_a_word_the_answer_holds_below_the_asked_word_is_found_as_the_passage_shown_writes_it(asked_engine):
    """The question scores best and the snippet shows the answer's passage with „Antrag“ marked; the line under it
    said „Anträge (Wort)“, as if the word stood somewhere unseen."""
    hit = asked_engine.search("Abschiebehaft Anträge").hits[0]
    assert hit.doc_id == "ni-19-4801" and "<mark>Antrag</mark>" in str(hit.snippet)
    assert hit.found_as == "Abschiebehaft (genaues Wort); Antrag ← Anträge (Flexion oder Schreibvariante)"
    genitive = asked_engine.search("Abschiebehaft Niedersachsens").hits[0]
    assert genitive.found_as == "Abschiebehaft (genaues Wort); Niedersachsens (genaues Wort)"


def test_a_word_the_question_above_the_passage_holds_is_found_as_the_question_writes_it(asked_engine):
    """The answer's paragraph scores best; „Maßnahmen“ stands marked in the question shown above it, and the line
    under the hit said „Maßnahme (Wort)“."""
    hit = asked_engine.search("Innenministerkonferenz Maßnahme").hits[0]
    assert "<mark>Maßnahmen</mark>" in str(hit.question_marked)
    assert hit.found_as == "Innenministerkonferenz (genaues Wort); Maßnahmen ← Maßnahme (Flexion oder Schreibvariante)"
