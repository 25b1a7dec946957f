"""A compound is written with and without its linking -s („Erbschaftsteuer“, „Erbschaftssteuer“; „Schadenersatz“,
„Schadensersatz“), often in one document: either spelling typed finds the other, named as a spelling variant."""

import pytest

from .search_helpers import engine_over


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_over(
        tmp_path_factory.mktemp("linking-s"),
        7101,
        "Steuern und Haftung",
        [
            ("Wie hoch war das Aufkommen?", "Die Erbschaftsteuer brachte 2024 rund 13 Milliarden Euro."),
            ("Wer haftet?", "Ein Anspruch auf Schadensersatz besteht nicht."),
            ("Wurde geklagt?", "Eine Schadensersatzklage ist anhängig."),
            ("Wer wurde festgehalten?", "Die Zwangshaft wurde gegen zwei Landsleute angeordnet."),
            ("Wie lange wird gearbeitet?", "Die Arbeitszeit beträgt 40 Stunden."),
            ("Wann ruht die Arbeit?", "Zur Zeit der Ernte im Herbst ruht auf allen Höfen die Arbeit."),
        ],
    )


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("Erbschaftssteuer", {1: "Erbschaftsteuer ← Erbschaftssteuer (Flexion oder Schreibvariante)"}),
        (
            "Schadenersatz",
            {
                2: "Schadensersatz ← Schadenersatz (Flexion oder Schreibvariante)",
                3: "Schadensersatzklage ← Schadenersatz (Wortteil)",
            },
        ),
        # two words the texts write as one: also that compound with its -s the other way
        ("Schadenersatz Klage", {3: "Schadensersatzklage ← Schadenersatz Klage (Flexion oder Schreibvariante)"}),
    ],
)
def test_the_other_linking_s_is_a_spelling_of_the_compound(engine, query, found):
    results = engine.search(query)
    assert {h.question: h.found_as for h in results.hits[: results.total]} == found
    assert all("<mark>" in h.snippet for h in results.hits[: results.total])


@pytest.mark.parametrize("query", ["zwanghaft", "Landleute"])
def test_no_other_word_is_found_where_the_s_makes_one(engine, query):
    """„Zwangshaft“ is no spelling of „zwanghaft“ (-haft ends adjectives, „Haft“ is a noun), „Landsleute“ (compatriots)
    none of „Landleute“ (farmers)."""
    assert engine.search(query).total == 0


def test_no_linking_s_is_put_between_two_words_typed_apart(engine):
    """``Arbeit Zeit``: two words, no compound typed — the answer holding both apart is a full match, as before; it
    was lost once „Arbeitszeit“ (an -s added between them) made the two one compound."""
    results = engine.search("Arbeit Zeit")
    apart = [h.found_as for h in results.hits[: results.total] if h.question == 6]
    assert apart == ["Arbeit (genaues Wort); Zeit (genaues Wort)"]
