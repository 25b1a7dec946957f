"""The JSON API: search with filters, sort and facets; citations; suggestions; its OpenAPI document."""

import re
import shutil
from html import escape
from pathlib import Path

import pytest
from openapi_spec_validator import validate

from indexer import Engine, build_index
from indexer.search.matching import NOTES


def test_api_search_with_filters_sort_and_facets(client):
    data = client.get("/api/search?q=Arbeit&partei=SPD&sort=neueste&von=2019-01&bis=2019-06").get_json()
    assert data["sort"] == "neueste" and data["filters"]["partei"] == ["SPD"]
    assert data["filters"]["von"] == "2019-01-01" and data["filters"]["bis"] == "2019-06-30"
    assert data["total"] > 0
    assert data["facets"]["jahr"] == [{"value": 2019, "count": data["total"]}]
    assert data["links"]["csv"].startswith("/export.csv?q=Arbeit")
    unknown = client.get("/api/search?q=Arbeit&partei=CDU")
    assert unknown.status_code == 400 and unknown.get_json()["error"] == "Keine Partei „CDU“ im Archiv; bekannt: SPD."


def test_api_search_by_filter_alone(client):
    data = client.get("/api/search?drucksache=17/6448").get_json()
    assert data["total"] == 5 and {h["question"] for h in data["hits"]} == {1, 2, 3, 4, 5}


@pytest.mark.parametrize("query", ["q=Arbeit&sort=zufall", "q=Arbeit&von=2019-13", "q=Arbeit&page=0", "q=datum:morgen"])
def test_api_bad_parameters_are_400_in_german(client, query):
    response = client.get(f"/api/search?{query}")
    assert response.status_code == 400
    assert re.search(r"Sortierung|Datum|ganze Zahl", response.get_json()["error"])


def test_api_citation(client):
    data = client.get("/api/dokument/nw-17-6448/zitat?frage=4").get_json()
    assert data["short"].endswith("Antwort zu Frage 4")
    assert set(data["formats"]) == {"bibtex", "ris", "csl-json"}
    assert client.get("/api/dokument/nw-17-6448/zitat?frage=77").status_code == 404


def test_api_suggestions(client):
    data = client.get("/api/vorschlaege?q=Langzeit").get_json()
    texts = [s["text"] for s in data["suggestions"]]
    assert any(t.lower().startswith("langzeit") for t in texts)
    assert any(s["kind"] == "titel" and s["doc_id"] == "nw-17-6448" for s in data["suggestions"])
    prefix, completions = client.get("/api/vorschlaege?q=Langzeit&format=opensearch").get_json()
    assert prefix == "Langzeit" and completions
    assert client.get("/api/vorschlaege?q=L").get_json()["suggestions"] == []


def test_api_suggestions_in_an_unknown_format_say_so(client):
    response = client.get("/api/vorschlaege?q=Langzeit&format=opensearh")
    assert response.status_code == 400 and response.is_json
    assert response.get_json()["error"] == (
        "Unbekanntes Format „opensearh“ (erlaubt: json, opensearch; ohne format: JSON)."
    )


def test_api_suggestions_asked_for_as_json_are_the_json_they_are_by_default(client):
    """``format=json`` was a 400, although JSON is what comes without it."""
    response = client.get("/api/vorschlaege?q=Langzeit&format=json")
    assert response.status_code == 200
    assert response.get_json() == client.get("/api/vorschlaege?q=Langzeit").get_json()
    assert response.get_json()["suggestions"]


def test_api_search_with_two_queries_says_one_is_allowed(client):
    """``q=a&q=b`` searched for the first and dropped the second without a word."""
    response = client.get("/api/search?q=Arbeit&q=Langzeitarbeitslose")
    assert response.status_code == 400
    assert response.get_json()["error"] == (
        "Der Parameter „q“ darf nur einmal vorkommen; mehrere Suchwörter stehen in einem "
        "(q=Schule Kita, ODER für eines davon: q=Schule ODER Kita)."
    )


def test_api_page_past_the_last_says_so(client):
    """The API gives the last page with a note, as the page does (it answered 0 hits with another note; mend round
    25: both alike)."""
    total = client.get("/api/search?q=Arbeit&per_page=1").get_json()["total"]
    data = client.get(f"/api/search?q=Arbeit&per_page=1&page={total + 5}").get_json()
    last = client.get(f"/api/search?q=Arbeit&per_page=1&page={total}").get_json()
    assert data["hits"] == last["hits"] and data["page"] == total
    assert data["notice"] == f"Seite {total + 5} gibt es nicht – die Suche hat {total} Seiten; hier die letzte."
    assert "notice" not in client.get(f"/api/search?q=Arbeit&per_page=1&page={total}").get_json()
    nothing = client.get("/api/search?q=zzzqqq&page=5").get_json()  # no page at all: nothing to say of the last one
    assert nothing["total"] == 0 and "hier die letzte" not in nothing.get("notice", "")


def test_a_script_follows_the_pages_of_the_api_to_the_last_and_stops(client):
    """A page past the last gives the last one, so a script reading on until a page is empty never stopped: the API
    said neither how many pages there are nor which comes next (twenty-sixth new-user pass)."""
    first = client.get("/api/search?q=Arbeit&per_page=2").get_json()
    assert "prev" not in first["links"]
    seen, data, pages = [], first, 0
    while True:
        pages += 1
        seen += [(hit["doc_id"], hit["question"]) for hit in data["hits"]]
        if "next" not in data["links"]:
            break
        data = client.get(data["links"]["next"]).get_json()
        assert client.get(data["links"]["prev"]).get_json()["page"] == data["page"] - 1
    assert pages == first["pages"] == data["page"] > 2
    assert len(seen) == len(set(seen)) == first["total"] + first["partial"]


def test_exclusions_that_take_every_answer_say_so(client):
    """„Keine Antwort enthält den Suchbegriff „Arbeit -Langzeitarbeitslose““ read as if no answer held „Arbeit“."""
    total = client.get("/api/search?q=Arbeit").get_json()["total"]
    data = client.get("/api/search", query_string={"q": "Arbeit -Langzeitarbeitslose"}).get_json()
    expected = (
        f"{total} Antworten enthalten „Arbeit“; „-Langzeitarbeitslose“ schließt alle aus: das Wort steht in der "
        "Antwort oder im Titel ihrer Dokumente."
    )
    assert (data["total"], data["notice"]) == (0, expected)
    page = client.get("/", query_string={"q": "Arbeit -Langzeitarbeitslose"}).get_data(as_text=True)
    assert expected in page and "Keine Antwort enthält den Suchbegriff" not in page
    assert "notice" not in client.get("/api/search?q=Xylophon -Arbeit").get_json()  # the words alone find nothing


@pytest.mark.shared
def test_exclusions_that_take_every_full_match_say_so_above_the_relaxed_answers(wide_client):
    """„Keine Antwort enthält alle Suchbegriffe für „häusliche Gewalt -Quartal“ · … Antworten, die nicht alle Begriffe
    selbst enthalten“ and not a word of the six answers on domestic violence that „-Quartal“ took (their document's
    title, „Fälle häuslicher Gewalt im 1. Quartal 2026“, lends the word to each)."""
    total = wide_client.get("/api/search", query_string={"q": "häusliche Gewalt"}).get_json()["total"]
    data = wide_client.get("/api/search", query_string={"q": "häusliche Gewalt -Quartal"}).get_json()
    expected = (
        f"{total} Antworten enthalten „häusliche Gewalt“; „-Quartal“ schließt alle aus: das Wort steht in der "
        "Antwort oder im Titel ihrer Dokumente."
    )
    assert total > 1 and data["total"] == 0 and data["partial"] > 0
    assert data["notice"] == expected
    page = wide_client.get("/", query_string={"q": "häusliche Gewalt -Quartal"}).get_data(as_text=True)
    assert expected in page


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        (
            "Transfer -Langzeitarbeitslose",
            "1 Antwort enthält „Transfer“; „-Langzeitarbeitslose“ schließt sie aus: das Wort steht in der Antwort oder "
            "im Titel ihres Dokuments.",
        ),
        (
            'Transfer -"langzeitarbeitsloser Menschen"',
            '1 Antwort enthält „Transfer“; „-"langzeitarbeitsloser Menschen"“ schließt sie aus: die Wortfolge '
            "steht in der Antwort oder im Titel ihres Dokuments.",
        ),
        (
            "Transfer -titel:Integration",
            "1 Antwort enthält „Transfer“; „-titel:Integration“ schließt sie aus: das Wort steht im Titel ihres "
            "Dokuments.",
        ),
        (
            "Transfer NICHT titel:Integration -Polizei",
            "1 Antwort enthält „Transfer“; „NICHT titel:Integration“, „-Polizei“ schließen sie aus: sie enthält eines "
            "davon („NICHT titel:Integration“ im Titel ihres Dokuments, „-Polizei“ in der Antwort oder im Titel ihres "
            "Dokuments).",
        ),
    ],
)
def test_an_exclusion_that_takes_every_answer_says_where_it_stands(client, query, reason):
    """„das Wort steht in der Antwort oder in Titel, …“ was said of an excluded phrase and of ``-titel:`` too."""
    assert client.get("/api/search", query_string={"q": query}).get_json()["notice"] == reason


def test_api_similar(client):
    data = client.get("/api/dokument/nw-17-6448/aehnlich?frage=4").get_json()
    assert data["question"] == 4
    assert data["hits"] == []  # the seed holds no other document (see test_search for similar answers)


@pytest.mark.shared
def test_similar_answers_are_about_the_same_thing(wide_client):
    # Meyer Werft: three documents share the title; the answers shown come from the other two.
    data = wide_client.get("/api/dokument/ni-19-11266/aehnlich?frage=11").get_json()
    assert data["hits"] and {h["doc_id"] for h in data["hits"]} <= {"ni-19-11196", "ni-19-11265"}
    # Bestattungsrecht: no other document is about it, so none is offered.
    assert wide_client.get("/api/dokument/ni-19-11134/aehnlich").get_json()["hits"] == []


def test_openapi_document_is_valid_and_describes_the_routes(app, client):
    spec = client.get("/api/openapi.json").get_json()
    validate(spec)
    routes = {
        re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/api/")
    }
    assert set(spec["paths"]) == routes
    search_params = {p["name"] for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert {"q", "partei", "ministerium", "von", "bis", "sort", "page"} <= search_params


def test_the_openapi_document_names_every_field_the_api_returns(client):
    """A client generated from the description must see every field: the document's askers, Vorbemerkungen,
    footnotes, annexes, warnings, the questions' labels and joint answers, a search's ``incomplete``."""
    schemas = client.get("/api/openapi.json").get_json()["components"]["schemas"]
    document = client.get("/api/dokument/nw-17-6448").get_json()
    assert set(document) <= set(schemas["Document"]["properties"])
    question_fields = schemas["Document"]["properties"]["questions"]["items"]["properties"]
    assert set(document["questions"][0]) <= set(question_fields)
    found = client.get("/api/search", query_string={"q": "Jobcenter"}).get_json()
    assert set(found) <= set(schemas["SearchResult"]["properties"])
    assert set(found["hits"][0]) <= set(schemas["Hit"]["properties"])


def test_the_openapi_document_names_every_note_of_a_relaxed_hit(client):
    """A relaxed hit's ``missing`` holds notes besides the words it lacks: the description names each, also
    „weitere Antwort eines Dokuments mit Treffern“ and „gemeinsam beantwortet mit …“, which it left out."""
    missing = client.get("/api/openapi.json").get_json()["components"]["schemas"]["Hit"]["properties"]["missing"]
    for note in NOTES:
        assert note.rstrip(": ") in missing["description"], note


def test_more_typos_than_allowed_are_said_on_the_page_and_in_the_api(client):
    """``Arbeit~3`` was searched with two typos without a word."""
    note = (
        "„Arbeit~3“ wird mit 2 Tippfehlern gesucht: mehr erlaubt die Suche nicht, sonst fände ein Wort fast jedes "
        "andere."
    )
    data = client.get("/api/search", query_string={"q": "Arbeit~3"}).get_json()
    assert data["notice"] == note
    assert data["total"] == client.get("/api/search", query_string={"q": "Arbeit~2"}).get_json()["total"] > 0
    assert escape(note) in client.get("/", query_string={"q": "Arbeit~3"}).get_data(as_text=True)
    assert "notice" not in client.get("/api/search", query_string={"q": "Arbeit~2"}).get_json()


@pytest.mark.parametrize(
    ("typed", "lead"),
    [("titel:Langzeit", "titel:"), ("frage:Langzeit", "frage:"), ('"Langzeit', '"'), ("-Langzeit", "-")],
)
def test_api_suggestions_complete_a_word_typed_with_the_search_syntax(client, typed, lead):
    """A word typed after a field, a quotation mark or a minus — the syntax the search box's hint teaches — had no
    suggestion at all („titel:Langzeit“ none, „Langzeit“ eight): completed as the word, the syntax kept before it."""
    texts = [s["text"] for s in client.get("/api/vorschlaege", query_string={"q": typed}).get_json()["suggestions"]]
    assert texts and all(t.startswith(lead) and t[len(lead) :].lower().startswith("langzeit") for t in texts)
    prefix, completions = client.get("/api/vorschlaege", query_string={"q": typed, "format": "opensearch"}).get_json()
    assert prefix == typed and completions == texts


@pytest.mark.parametrize(
    ("query", "found_as", "way"),
    [
        ("Drucksache 17/6448", "Drucksache 17/6448 (Dokumentnummer)", "nummer"),
        ("Kleine Anfrage 2509", "Kleine Anfrage 2509 (Nummer der Anfrage)", "anfrage"),
    ],
)
def test_an_answer_found_by_a_number_names_the_number_and_whose_it_is(client, query, found_as, way):
    """An answer found by the number of the Anfrage it answers read „gefunden als: Nummer (Dokumentnummer)“, as if
    the Anfrage's number were the answer's own; its own number read the same, naming no number at all."""
    page = client.get("/", query_string={"q": query}).get_data(as_text=True)
    assert f'<p class="found-as">gefunden als: {found_as}</p>' in page
    hit = client.get("/api/search", query_string={"q": query}).get_json()["hits"][0]
    assert hit["match"] == [
        {
            "wort": found_as.split(" (")[0],
            "art": way,
            "beschreibung": found_as.split(" (")[1][:-1],
            "gefunden_als": None,
        }
    ]


def test_an_answer_found_by_the_drucksache_of_its_anfrage_names_that_drucksache(tmp_path):
    """The Bundestag's answer 21/626 to the Kleine Anfrage printed as Drucksache 21/420: found by „Drs. 21/420“, it read
    „gefunden als: Nummer (Dokumentnummer)“, as if 21/420 were the answer's own number."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(Path(__file__).parent / "fixtures" / "bt-21-626.txt", corpus)
    build_index(corpus, tmp_path / "index")
    engine = Engine(tmp_path / "index")
    assert {hit.found_as for hit in engine.search("Drs. 21/420").hits} == {"Drucksache 21/420 (Nummer der Anfrage)"}
    assert {hit.found_as for hit in engine.search("Drs. 21/626").hits} == {"Drucksache 21/626 (Dokumentnummer)"}
