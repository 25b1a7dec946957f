"""A state's name finds its adjective and back: ``Exportkontrollen Chinas`` is what an answer calls „die chinesischen
Exportkontrollen“ (bt-21-1615, answer 18), and the hit says how it matched."""

import pytest

from indexer import Engine
from indexer.analysis.query_text import query_words
from indexer.search.states import counterpart
from tests.search_helpers import engine_over

ANSWERS = [
    ("Welche Folgen haben die Exportkontrollen?", "Die chinesischen Exportkontrollen verzögern Lieferungen."),
    ("Wie viele Personen wurden abgeschoben?", "Im Jahr 2024 wurden 12 Personen nach Syrien abgeschoben."),
    ("Welche Exportkontrollen gelten?", "Für Güter mit doppeltem Verwendungszweck gelten Exportkontrollen."),
    ("Wer hat Düngemittel geliefert?", "Russische Unternehmen haben Düngemittel geliefert."),
    ("Wer liefert Stahl?", "Deutsche Unternehmen liefern Stahl nach Russland."),
    ("Wo arbeiten die Saisonkräfte?", "Die Saisonkräfte arbeiten in Polen."),
    ("Wer ermittelt?", "Die Saisonkräfte meldet Europol."),
    ("Welche Häfen?", "Die dänischen Häfen melden keine Saisonkräfte."),
]


def engine_term(word: str) -> str:
    return query_words(word)[0][0]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("states-index"), 3111, "Handel und Rückführungen", ANSWERS)


@pytest.mark.parametrize(
    ("query", "questions", "found"),
    [
        ("Exportkontrollen Chinas", [1], "chinesischen ← Chinas (Staat ↔ Adjektiv)"),
        ("abgeschoben syrischer", [2], "Syrien ← syrischer (Staat ↔ Adjektiv)"),
        ("Düngemittel Russland", [4], "Russische ← Russland (Staat ↔ Adjektiv)"),
        ("russische Unternehmen", [4, 5], "Russische ← russische (genaues Wort)"),
        # an adjective the splitter cuts (pol + nisch) and a name it cuts; not „Europol“, a compound ending in „pol“
        ("polnische Saisonkräfte", [6], "Polen ← polnische (Staat ↔ Adjektiv)"),
        ("Saisonkräfte Dänemark", [8], "dänischen ← Dänemark (Staat ↔ Adjektiv)"),
    ],
)
def test_a_states_name_finds_its_adjective_and_back(engine, query, questions, found) -> None:
    result = engine.search(query)
    assert [hit.question for hit in result.hits[: result.total]] == questions
    state = next(word for word in query.split() if counterpart(engine_term(word)))
    note = next(n for n in result.hits[0].match if n.word == state)
    assert f"{note.found} ← {note.word} ({note.description})" == found


def test_germany_and_states_snowball_stems_alike_have_none() -> None:
    """„deutsche“ is in nearly every answer; „ukrainisch“ is stemmed as „Ukraine“ is already."""
    assert counterpart("deutschland") is None
    assert counterpart("ukrain") is None
    assert counterpart("china") == "chines"
    assert counterpart(engine_term("Kubas")) == engine_term("kubanisch")  # a genitive Snowball keeps its -s in
