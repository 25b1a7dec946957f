"""Costly queries are refused before they run, with a German reason: on the search page,
the API, exports and feeds alike — and ordinary queries are untouched."""

from __future__ import annotations

import pytest

from indexer import QueryError

FUZZY_FLOOD = " ".join(["Schule~2", "Lehrer~2", "Polizei~2"] * 10)
PREFIX_FLOOD = " ".join(f"{w}*" for w in ("Schul", "Kind", "Lehr", "Polizei", "Gemein", "Land"))
WORD_FLOOD = " ".join(f"Wort{i}" for i in range(60))


@pytest.mark.parametrize(
    "query, reason",
    [(FUZZY_FLOOD, "unscharfe"), (PREFIX_FLOOD, "Präfix"), (WORD_FLOOD, "Begriffe")],
)
def test_costly_query_is_refused_before_it_runs(engine, client, query, reason):
    with pytest.raises(QueryError, match=reason):
        engine.search(query)
    for path in ("/", "/api/search", "/export.csv", "/export.json", "/feed.atom"):
        response = client.get(path, query_string={"q": query})
        assert response.status_code == (200 if path == "/" else 400), path  # the page shows it in place
        assert reason in response.get_data(as_text=True), path


def test_a_few_fuzzy_and_prefix_words_still_work(engine):
    results = engine.search("Teilhabechancengesetx~ Instrumente~2 Langzeitarbeitslos* Reduzier*")
    assert results.total > 0
    snippet = results.hits[0].snippet
    for expanded in ("Teilhabechancengesetz", "Langzeitarbeitslosigkeit", "Reduzierung"):
        assert f"<mark>{expanded}</mark>" in snippet
