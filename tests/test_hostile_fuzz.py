"""Fuzzing queries and URL parameters: whatever a client sends, the answer is never a 5xx
and an error is said in German.  Small in CI; ``ANFRAGEN_FUZZ_EXAMPLES=10000`` for the full run."""

from __future__ import annotations

import os
from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("ANFRAGEN_FUZZ_EXAMPLES", "25"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=EXAMPLES <= 100,  # CI runs the same examples every time
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ENGLISH = ("Bad Request", "Not Found", "Internal Server Error", "Traceback", "The browser", "The server")

PIECES = st.sampled_from(
    [
        "Schule", "Lehrer", "Polizei", "Asylverfahrensdauer", "der", "und", "ODER", "oder", "NICHT", "nicht",
        "-", "titel:", "frage:", "antwort:", "partei:", "jahr:", "datum:", "17/6448", "KA 3001", "Drs. 17/1",
        '"', "*", "~", "~2", "~9", "Schul*", "Lehr~2", "ß", "İ", "٥", "１７", "\x00", "\n", "<script>", "%", "&",
    ]
)  # fmt: skip
QUERIES = st.one_of(
    st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=12).map(" ".join),
    st.text(max_size=80),
)
VALUES = st.one_of(PIECES, st.text(max_size=20), st.integers(-5, 10**12).map(str))
PARAMS = st.dictionaries(
    st.sampled_from(
        ["q", "page", "per_page", "sort", "parlament", "wahlperiode", "ministerium", "partei", "jahr", "drucksache",
         "von", "bis", "frage", "limit", "format"]
    ),
    VALUES,
    max_size=6,
)  # fmt: skip
PATHS = st.sampled_from(["/", "/api/search", "/export.csv", "/export.json", "/feed.atom", "/api/vorschlaege"])


def _assert_answered_in_german(response, what) -> None:
    body = response.get_data(as_text=True)
    assert response.status_code < 500, (what, response.status_code, body[:300])
    if response.status_code >= 400:
        assert not any(word in body for word in ENGLISH), (what, body[:300])


@FUZZ
@given(query=QUERIES, path=PATHS)
def test_fuzzed_queries_never_fail(client, query, path):
    _assert_answered_in_german(client.get(path, query_string={"q": query}), (path, query))


@FUZZ
@given(params=PARAMS, path=PATHS)
def test_fuzzed_url_parameters_never_fail(client, params, path):
    _assert_answered_in_german(client.get(path, query_string=params), (path, params))


@FUZZ
@given(doc_id=st.one_of(VALUES, st.just("nw-17-6448")), params=PARAMS)
def test_fuzzed_document_urls_never_fail(client, doc_id, params):
    doc_id = quote(doc_id, safe="")
    for path in (f"/dokument/{doc_id}", f"/dokument/{doc_id}/aehnlich", f"/api/dokument/{doc_id}/zitat"):
        _assert_answered_in_german(client.get(path, query_string=params), (path, params))
