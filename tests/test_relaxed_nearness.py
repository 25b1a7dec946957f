"""Among answers that lack query words, one that still has a part of a missing compound
(``Flüchtlinge`` for ``Flüchtlingsaufnahme``) is nearer the query than one that has nothing of it."""

import pytest

from indexer import Engine, IndexStore
from indexer.search import scoring

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


def test_a_page_of_relaxed_answers_is_the_head_of_their_whole_ranking(tmp_path, monkeypatch):
    """Only the answers that can reach the page are scored (thousands may lack only a word no text holds), and of
    many, scoring prunes by the page's bound: the pages are the same as when every answer is scored, ties included
    (scores repeat every seven documents)."""
    documents = [
        _doc(
            5100 + n,
            "Polizei",
            [("Was tut die Polizei?", " ".join(["Die Polizei hilft."] * (1 + n % 7)) + f" Fall {n}." + wache)],
        )
        for n in range(600)  # more than scoring prunes above (PRUNE_ABOVE)
        for wache in [" Die Wache ist besetzt." if n % 97 == 0 else ""]  # 7 answers lack one word less
    ]
    IndexStore(tmp_path).build(documents)
    query = "Polizei Wache Blauwal"
    pages = {page: [h.doc_id for h in Engine(tmp_path).search(query, page=page).hits] for page in (1, 2)}
    assert all(h.lacks == ["Blauwal"] for h in Engine(tmp_path).search(query).hits[:7])
    monkeypatch.setattr(scoring, "PRUNE_ABOVE", len(documents))  # every answer scored
    for page, shown in pages.items():
        assert shown == [h.doc_id for h in Engine(tmp_path).search(query, page=page).hits]
        assert len(shown) == 10


def test_a_number_in_a_hyphenated_word_is_no_part_found_alone(tmp_path):
    """``Covid-19`` listed every answer with a date on the 19th, a „Frage 19“ or a 19 in a table as „nur Wortteile:
    19“; the word's number means nothing without the word."""
    IndexStore(tmp_path).build(
        [
            _doc(
                5101,
                "Termine",
                [("Wann wurde sie unterzeichnet?", "Die Vereinbarung wurde am 19.12.2024 geschlossen.")],
            ),
            _doc(5102, "Tabelle", [("Wie viele Fälle?", "2022 gab es 19 Fälle, 2023 gab es 40 Fälle.")]),
            _doc(5103, "Pandemie", [("Welche Folgen hatte Covid?", "Die Schulen blieben im Frühjahr geschlossen.")]),
        ]
    )
    engine = Engine(tmp_path)
    results = engine.search("Covid-19")
    assert results.total == 0
    assert [(hit.doc_id, hit.missing) for hit in results.hits] == [("ni-19-5103", ("nur Wortteile: Covid",))]
    for typed in ("6-19", "19-40", "2022-19"):  # numbers alone, no PDF name: no answer lists „19“ or „2022“ alone
        numbers = engine.search(typed)
        assert (numbers.total, numbers.hits, numbers.notice) == (0, [], None)


def test_parts_only_in_the_document_head_are_not_named_as_the_answers_own(tmp_path):
    """ni-19-11204, Frage 13 („Nein.“, its question naming „Inklusionsarbeit“) was labelled „nur Wortteile: Schule …
    Sozial … Arbeit“ for ``Schulsozialarbeit``: „Hochschulen“ and „Sozialberatung“ stand only in its Vorbemerkung."""
    IndexStore(tmp_path).build(
        [
            _doc(
                5201,
                "Neutralität",
                [("Gab es Beschwerden zur Inklusionsarbeit?", "Nein.")],
                preamble=("Gefördert werden Hochschulen und die Sozialberatung.",),
            ),
        ]
    )
    hit = Engine(tmp_path).search("Schulsozialarbeit").hits[0]
    assert hit.missing == ("nur Wortteile: Arbeit (Schule … Sozial nur in Titel, Vorbemerkung, Anlagen oder Fußnoten)",)


def test_an_answer_lacking_only_the_verb_of_a_question_comes_before_one_lacking_its_topic(tmp_path):
    """``Wer zahlt die Bombenräumung?``: an answer names who pays without the question's verb („trägt die Kosten“);
    one holding „zahlt“ but not the topic lacks the word that matters.  Typed without capitals, no word is taken for
    the verb."""
    documents = [
        _doc(5006, "Kampfmittel", [("Wer trägt die Kosten?", "Die Kosten der Bombenräumung trägt das Land.")]),
        _doc(5007, "Sanierung", [("Wer zahlt die Sanierung?", "Der Bund zahlt, die Kommune zahlt nicht.")]),
        _doc(5008, "Brücken", [("Wer zahlt die Brücke?", "Das Land zahlt die Brücke.")]),
    ]
    IndexStore(tmp_path).build(documents)
    engine = Engine(tmp_path)
    results = engine.search("Wer zahlt die Bombenräumung?")
    assert results.total == 0
    assert [(h.doc_id, h.lacks) for h in results.hits] == [
        ("ni-19-5006", ["zahlt"]),
        ("ni-19-5007", ["Bombenräumung"]),
        ("ni-19-5008", ["Bombenräumung"]),
    ]
    assert [h.doc_id for h in engine.search("wer zahlt die bombenräumung").hits][-1] == "ni-19-5006"


def test_an_adjective_before_its_noun_is_no_verb_of_the_question(tmp_path):
    """``Wie viele syrische Flüchtlinge`` (the review): „syrische“ is no verb, an answer lacking it is not put first."""
    documents = [
        _doc(5009, "Kampfmittel", [("Was geschah?", "Eine Bombenräumung fand statt.")]),
        _doc(5010, "Preise", [("Was ist teuer?", "Teure Mieten, teure Energie und teure Lebensmittel.")]),
    ]
    IndexStore(tmp_path).build(documents)
    results = Engine(tmp_path).search("Wie viele teure Bombenräumungen?")
    assert [(h.doc_id, h.lacks) for h in results.hits] == [
        ("ni-19-5010", ["Bombenräumungen"]),
        ("ni-19-5009", ["teure"]),
    ]
