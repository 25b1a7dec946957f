"""A long form the texts write with hyphens (``Julius Kühn-Institut (JKI)``) typed apart, as users type names, still
stands for its abbreviation: the answers that write only „JKI“ are found by it."""

import pytest

from .search_helpers import engine_over


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_over(
        tmp_path_factory.mktemp("typed-apart"),
        7201,
        "Saatgutsendungen",
        [
            ("Wer prüft die Sendungen?", "Das Julius Kühn-Institut (JKI) untersucht das Saatgut."),
            ("Mit welchem Ergebnis?", "Das JKI fand in drei Proben Schadorganismen."),
        ],
    )


@pytest.mark.parametrize("query", ["Julius Kühn Institut", "Julius Kühn-Institut", "Julius-Kühn-Institut"])
def test_a_long_form_typed_apart_finds_its_abbreviation(engine, query):
    results = engine.search(query)
    assert results.total == 2
    short = next(h for h in results.hits if h.question == 2)
    assert short.found_as == f"JKI ← {query} (Abkürzung ↔ Langform)"
