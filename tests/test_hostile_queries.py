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
        assert response.status_code == 400, path  # the page shows it in place, with the status of the others
        assert reason in response.get_data(as_text=True), path


def test_a_few_fuzzy_and_prefix_words_still_work(engine):
    results = engine.search("Teilhabechancengesetx~ Instrumente~2 Langzeitarbeitslos* Reduzier*")
    assert results.total > 0
    snippet = results.hits[0].snippet
    for expanded in ("Teilhabechancengesetz", "Langzeitarbeitslosigkeit", "Reduzierung"):
        assert f"<mark>{expanded}</mark>" in snippet


def test_a_pasted_question_is_not_refused_for_its_function_words(engine):
    """A Kleine Anfrage's question pasted whole (45 words, 17 of them „der“, „und“, „in“ …) was refused as „hat 45
    Begriffe; höchstens 40“: function words are no index terms and cost nothing."""
    question = (
        "Wie wird nach Auffassung der Landesregierung das Teilhabechancengesetz in den Jahren 2019 und 2020 "
        "umgesetzt, welche Instrumente stehen dafür zur Verfügung, wie viele Langzeitarbeitslose werden in "
        "Nordrhein-Westfalen gefördert und welche Rolle spielen dabei die Jobcenter, die Kommunen und das Land "
        "bei der Umsetzung des Gesetzes und der Modellprojekte?"
    )
    assert len(question.split()) > 40 and len(question) <= 500
    assert engine.search(question).hits  # answered (the relaxed tier at least), not refused
    with pytest.raises(QueryError, match="Begriffe"):  # forty words that are index terms still are too many
        engine.search(" ".join(f"Wort{i} und" for i in range(41)))
