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
        ],
    )


@pytest.mark.parametrize(
    ("query", "question", "found_as"),
    [
        ("Erbschaftssteuer", 1, "Erbschaftsteuer ← Erbschaftssteuer (Flexion oder Schreibvariante)"),
        ("Schadenersatz", 2, "Schadensersatz ← Schadenersatz (Flexion oder Schreibvariante)"),
    ],
)
def test_the_other_linking_s_is_a_spelling_of_the_compound(engine, query, question, found_as):
    results = engine.search(query)
    assert results.total == 1
    assert (results.hits[0].question, results.hits[0].found_as) == (question, found_as)
    assert "<mark>" in results.hits[0].snippet
