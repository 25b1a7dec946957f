"""A query word naming a Land (``Polizeiwachen im Saarland``) is met by every answer of that Land's parliament: the
Landesregierung answers for its Land, and its answers need not name it."""

import pytest

from indexer import Engine, IndexStore

from .search_helpers import one_answer

DOCUMENTS = [
    one_answer(
        "sl-16-7001",
        "Polizeiorganisation",
        "Drei Polizeiwachen sind nachts nicht besetzt.",
        "Wie viele Polizeiwachen sind nachts unbesetzt?",
    ),
    one_answer("ni-19-7002", "Polizei", "Es gibt 40 Polizeiwachen.", "Wie viele Polizeiwachen gibt es?"),
    one_answer(
        "bt-21-7003",
        "Bundesmittel",
        "Der Bund fördert keine Polizeiwachen im Saarland.",
        "Welche Polizeiwachen im Saarland fördert der Bund?",
    ),
    one_answer("sl-16-7004", "Schulbau", "Es werden zwei Schulen gebaut.", "Wie viele Schulen werden gebaut?"),
    one_answer("nw-17-7005", "Wachen", "Es gibt 50 Polizeiwachen.", "Wie viele Polizeiwachen gibt es?"),
    one_answer("th-7-7006", "Wachen", "Es gibt 20 Polizeiwachen.", "Wie viele Polizeiwachen gibt es?"),
    one_answer("sn-7-7007", "Wachen", "Es gibt 30 Polizeiwachen.", "Wie viele Polizeiwachen gibt es?"),
    one_answer("st-8-7008", "Wachen", "Die Polizeiwachen in Sachsen-Anhalt sind besetzt.", "Wie steht es?"),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    index = tmp_path_factory.mktemp("land-index")
    IndexStore(index).build(DOCUMENTS)
    return Engine(index)


def test_a_land_beside_other_words_is_met_by_the_answers_of_its_parliament(engine):
    results = engine.search("Polizeiwachen im Saarland")
    assert results.total == 2
    assert sorted(h.doc_id for h in results.hits[: results.total]) == ["bt-21-7003", "sl-16-7001"]
    land = next(h for h in results.hits if h.doc_id == "sl-16-7001")
    assert land.found_as == "Polizeiwachen (genaues Wort); Saarland (Dokument aus diesem Land)"
    named = next(h for h in results.hits if h.doc_id == "bt-21-7003")
    assert [note.way for note in named.match] == ["genau", "genau"]


def test_a_land_needs_the_other_words_in_the_answer_itself(engine):
    # the Saarland's school building answer holds no Polizeiwache: it is no match, not even a relaxed one
    results = engine.search("Polizeiwachen Saarland Nachtdienst")
    assert results.total == 0
    assert "sl-16-7004" not in [h.doc_id for h in results.hits]
    assert engine.search("Polizeiwachen Saarland").total == 2


def test_a_land_alone_is_a_word_like_any_other(engine):
    results = engine.search("Saarland")
    assert results.total == 1
    assert results.hits[0].doc_id == "bt-21-7003"


def test_other_lands_and_the_bundestag_name_no_parliament_of_theirs(engine):
    assert [h.doc_id for h in engine.search("Polizeiwachen Niedersachsen").hits[:1]] == ["ni-19-7002"]
    assert engine.search("Polizeiwachen Niedersachsen").total == 1
    assert engine.search("Polizeiwachen Bundestag").total == 0  # the Bundestag is no Land


@pytest.mark.parametrize(
    ("query", "doc_id"),
    [
        ("Polizeiwachen NIEDERSACHSEN", "ni-19-7002"),
        ("Polizeiwachen NRW", "nw-17-7005"),
        ("Polizeiwachen Thueringen", "th-7-7006"),  # umlaut spelled out
        ("Polizeiwachen Thüringens", "th-7-7006"),  # genitive
        ("Polizeiwachen des Saarlandes", "sl-16-7001"),
    ],
)
def test_a_transcribed_short_or_genitive_name_names_the_land_too(engine, query, doc_id):
    results = engine.search(query)
    assert doc_id in [h.doc_id for h in results.hits[: results.total]]
    assert results.total == (2 if doc_id.startswith("sl") else 1)


def test_a_land_whose_name_another_lands_holds_comes_first(engine):
    """„Sachsen“ is also a word of „Sachsen-Anhalt“ (and a part of „Niedersachsen“): there it names that Land, and
    Saxony's answers come before."""
    results = engine.search("Polizeiwachen Sachsen")
    assert [h.doc_id for h in results.hits[: results.total]] == ["sn-7-7007", "st-8-7008"]


def test_a_land_typed_apart_names_the_land(engine):
    """Users type „Nordrhein Westfalen“ as often as the hyphenated name; no text here writes it, yet the answer of
    that Land's parliament is found, and only it."""
    results = engine.search("Polizeiwachen Nordrhein Westfalen")
    assert [h.doc_id for h in results.hits[: results.total]] == ["nw-17-7005"]
    assert results.hits[0].found_as == "Polizeiwachen (genaues Wort); Nordrhein Westfalen (Dokument aus diesem Land)"
