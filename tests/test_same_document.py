"""A short document about the query's words lists its other answers after the full matches: their questions need not
repeat the topic („Wann fand eine solche Veranstaltung statt?“), and a researcher reading the document wants them."""

import pytest

from indexer import Engine, IndexStore

from .quality_corpus import _doc as _document

SAME_DOCUMENT = "weitere Antwort eines Dokuments mit Treffern"
PARTLY = "weitere Antwort eines Dokuments mit Teiltreffern"

DOCUMENTS = [
    _document(
        4101,
        "Veranstaltung des Wirtschaftsministeriums",
        [
            ("Welche Handlungsfelder hat die AGNH?", "Die Handlungsfelder der AGNH sind Radverkehr und Fußverkehr."),
            ("Wann fand eine solche Veranstaltung statt?", "Am 3. Mai 2024 in Wiesbaden."),
        ],
    ),
    _document(
        4102,
        "Landesstraßen im Landkreis Gifhorn",
        [
            ("Wann wird die L 289 saniert?", "Im Jahr 2027."),
            ("Was kostet die Sanierung?", "Rund 2 Mio. Euro."),
            ("Wer plant sie?", "Die Landesbehörde für Straßenbau."),
            ("Gibt es Radwege?", "Ein Radweg ist geplant."),
            ("Wer berät die Planung?", "Die AGNH berät die Planung des Radwegs."),
            ("Wann beginnt der Bau?", "Im Frühjahr 2027, nach einer Stellungnahme der AGNH."),
            ("Wird die Straße gesperrt?", "Ja, für drei Monate."),
            ("Gibt es Umleitungen?", "Ja, über die B 4."),
        ],
    ),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    index = tmp_path_factory.mktemp("same-document-index")
    IndexStore(index).build(DOCUMENTS)
    return Engine(index)


def test_the_other_answers_of_a_short_document_with_a_match_follow_uncounted_and_say_so(engine):
    results = engine.search("AGNH")
    full = [(h.doc_id, h.question) for h in results.hits if not h.missing]
    assert sorted(full) == [("ni-19-4101", 1), ("ni-19-4102", 5), ("ni-19-4102", 6)] and results.total == 3
    relaxed = [h for h in results.hits if h.missing]
    # a third of a document's answers matching makes it one about the word: one of two, not two of eight
    assert [(h.doc_id, h.question) for h in relaxed] == [("ni-19-4101", 2)] and results.partial == 1
    assert relaxed[0].lacks == ["AGNH"] and relaxed[0].notes == [SAME_DOCUMENT]
    assert [(h.doc_id, h.question) for h in engine.iter_hits("AGNH")] == full  # exports and feeds: full matches only


def test_a_quoted_phrase_is_never_dropped_for_another_answer_of_the_document(engine):
    results = engine.search('"Handlungsfelder der AGNH"')
    assert [(h.doc_id, h.question, h.missing) for h in results.hits] == [("ni-19-4101", 1, ())]


def test_filters_hold_for_the_other_answers_too(engine):
    found = [(h.doc_id, h.question) for h in engine.search("AGNH drucksache:19/4102").hits]
    assert sorted(found) == [("ni-19-4102", 5), ("ni-19-4102", 6)]
    hits = engine.search("AGNH drucksache:19/4101").hits
    assert [(h.doc_id, h.question, bool(h.missing)) for h in hits] == [
        ("ni-19-4101", 1, False),
        ("ni-19-4101", 2, True),
    ]


def test_without_full_matches_a_document_a_third_of_whose_answers_lack_one_word_lists_its_others(tmp_path):
    """„islamische Gemeinden im Saarland“: no answer holds all three words; a document on mosques in the Saarland,
    one of whose three answers lacks only one, lists the other two right after it, before answers lacking two."""
    documents = [
        _document(
            4201,
            "Moscheen im Saarland",
            [
                ("Wie viele islamische Moscheen gibt es im Saarland?", "Im Saarland gibt es zwanzig Moscheen."),
                ("Wer betreibt sie?", "Eingetragene Vereine."),
                ("Wer bezahlt die Imame?", "Dazu liegen keine Erkenntnisse vor."),
            ],
        ),
        _document(4202, "Wetter", [("Wie war der Sommer?", "Im Saarland regnete es oft.")]),
    ]
    IndexStore(tmp_path).build(documents)
    results = Engine(tmp_path).search("islamische Gemeinden Saarland")
    assert results.total == 0
    assert [(h.doc_id, h.question, h.lacks, h.notes) for h in results.hits] == [
        ("ni-19-4201", 1, ["Gemeinden"], []),
        ("ni-19-4201", 2, ["islamische", "Gemeinden"], [PARTLY]),  # the title says „Saarland“
        ("ni-19-4201", 3, ["islamische", "Gemeinden"], [PARTLY]),
        ("ni-19-4202", 1, ["islamische", "Gemeinden"], []),
    ]
