"""Among answers that lack query words, one that still has a part of a missing compound
(``Flüchtlinge`` for ``Flüchtlingsaufnahme``) is nearer the query than one that has nothing of it."""

import pytest

from indexer import Engine, IndexStore

from .quality_corpus import _doc

DOCUMENTS = [
    _doc(5001, "Straßenbau", [("Wo steht der Betrag?", "Die Ausgaben für Straßen stehen im Landeshaushalt.")]),
    _doc(5002, "Schulen", [("Wo steht der Betrag?", "Die Ausgaben für Schulen stehen im Haushaltsplan.")]),
    _doc(
        5003,
        "Asyl",
        [("Wie hoch waren sie?", "Die Ausgaben für Flüchtlinge betrugen im Haushaltsjahr 2016 rund 784 Mio. Euro.")],
    ),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    index = tmp_path_factory.mktemp("nearness-index")
    IndexStore(index).build(DOCUMENTS)
    return Engine(index)


def test_a_missing_compound_of_which_a_part_occurs_counts_half(engine):
    results = engine.search("Ausgaben Flüchtlingsaufnahme Landeshaushalt")
    assert results.total == 0
    # the refugees' spending lacks both compounds but has a part of each: it leads the answer lacking
    # one compound altogether, and the one with a part of only one of them comes last
    assert [(h.doc_id, h.lacks) for h in results.hits] == [
        ("ni-19-5003", ["Flüchtlingsaufnahme", "Landeshaushalt"]),
        ("ni-19-5001", ["Flüchtlingsaufnahme"]),
        ("ni-19-5002", ["Flüchtlingsaufnahme", "Landeshaushalt"]),
    ]


def test_answers_of_a_document_that_holds_every_word_lead_among_equals(tmp_path):
    documents = [
        _doc(
            5004,
            "Nahverkehr",
            [
                ("Was geschah im April?", "Ein Warnstreik legte Busse und Bahnen lahm."),
                ("Wo?", "Betroffen war vor allem die Region rund um Hannover."),
            ],
        ),
        _doc(5005, "Messen", [("Wo finden Messen statt?", "In Hannover. Hannover ist Messestadt.")]),
    ]
    IndexStore(tmp_path).build(documents)
    results = Engine(tmp_path).search("Warnstreik Hannover")
    assert results.total == 0
    # each answer lacks one word, but only the first document is about both: its answers lead
    assert [h.doc_id for h in results.hits] == ["ni-19-5004", "ni-19-5004", "ni-19-5005"]
