"""An Unterrichtung (ni-19-11219: the government's answer to a Beschluss of the Landtag) among answers to Kleine
Anfragen: found by the citation the project itself prints for it, by its Beschluss's Drucksache, and its items
called „Nr.“ wherever a user meets them."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from indexer import Engine, IndexStore
from indexer.model import Document, Question
from indexer.output.citation import meta_tags
from web.app import create_app
from web.cli import main

from .conftest import SEED

DOCUMENTS = ("ni-19-11219", "ni-19-11148", "ni-19-11183", "ni-19-11199", "ni-19-11269", "nw-17-6448")


@pytest.fixture(scope="module")
def paths(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("unterrichtung-corpus")
    for doc_id in DOCUMENTS:
        for suffix in (".txt", ".json"):
            shutil.copy(SEED / f"{doc_id}{suffix}", corpus)
    index = tmp_path_factory.mktemp("unterrichtung-index")
    built = CliRunner().invoke(main, ["--corpus", str(corpus), "--index", str(index), "build"])
    assert built.exit_code == 0, built.output
    return corpus, index


@pytest.fixture
def client(paths):
    corpus, index = paths
    return create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()


def hits(client, query: str):
    data = client.get("/api/search", query_string={"q": query}).get_json()
    return data["total"], [(hit["doc_id"], hit["question"]) for hit in data["hits"]], data.get("notice")


@pytest.mark.parametrize(
    "query, items",
    [
        ("LT-Drs. 19/11219, Antwort zu Nr. 2", [2]),  # as the project cites it
        ("Drs. 19/11219 Nr. 2", [2]),
        ("Drucksache 19/11219 Nummer 2", [2]),
        ("Drs. 19/11219 Nr. 2 und 3", [2, 3]),
        ("Drs. 19/11219 Ziffer 2", [2]),
    ],
)
def test_the_projects_own_citation_of_an_item_leads_back_to_it(client, query, items):
    assert hits(client, query) == (len(items), [("ni-19-11219", item) for item in items], None)


def test_nr_elsewhere_stays_what_it_was(client):
    """„Nr.“ away from the cited number is a word of a legal reference; „Kleine Anfrage Nr. 2509“ a KA number."""
    total, found, _ = hits(client, "Drs. 19/11148 § 47 Abs. 1 Nr. 2")
    assert ("ni-19-11148", None) in found and total > 1
    assert hits(client, "Kleine Anfrage Nr. 2509") == (1, [("nw-17-6448", None)], None)


def test_nr_is_read_as_an_item_only_right_after_the_cited_number():
    from indexer.search.syntax import extract_citation

    assert extract_citation("LT-Drs. 19/11219, Antwort zu Nr. 2") == ("", ["19/11219"], ("2",))
    assert extract_citation("XPlanung Drs. 19/11219 Nr. 2") == ("XPlanung", ["19/11219"], ("2",))
    assert extract_citation("Drs. 19/11148 § 47 Abs. 1 Nr. 2") == ("§ 47 Abs. 1 Nr. 2", ["19/11148"], ())
    assert extract_citation("Nr. 17/13 593") == ("Nr.", ["17/13593"], ())
    assert extract_citation("Pflege Nr. 2") == ("Pflege Nr. 2", [], ())


def test_the_beschluss_drucksache_finds_the_unterrichtung_as_an_anfrage_drucksache_finds_its_answer(client):
    """ni-19-11219 answers the Beschluss Drs. 19/9059, as ni-19-11199 answers the Kleine Anfrage Drs. 19/10889."""
    assert hits(client, "Drs. 19/9059") == (1, [("ni-19-11219", None)], None)
    assert hits(client, "Drs. 19/9059 Nr. 2") == (1, [("ni-19-11219", 2)], None)
    assert hits(client, "Drs. 19/10889") == (1, [("ni-19-11199", None)], None)
    for number, doc_id in (("19/9059", "ni-19-11219"), ("19/10889", "ni-19-11199"), ("19/11219", "ni-19-11219")):
        response = client.get("/api/search", query_string={"q": f"drucksache:{number}"})
        assert response.status_code == 200, response.get_json()
        assert {hit["doc_id"] for hit in response.get_json()["hits"]} == {doc_id}
    missing = client.get("/api/search", query_string={"q": "drucksache:19/9058"})
    assert (missing.status_code, missing.get_json()["error"]) == (400, "Keine Drucksache „19/9058“ im Archiv.")


def test_an_unterrichtungs_items_are_nr_in_results_feed_terminal_and_messages(client, paths):
    """The document page and its citations say „Nr. 2“: so do the result list, the feed, the terminal, the notes."""
    page = client.get("/?q=XPlanung").get_data(as_text=True)
    assert "Antwort zu Nr. 2: Niedersachsen 2030" in page and '<p class="question">Nr. 2: zu prüfen' in page
    assert "Frage 2" not in page
    feed = client.get("/feed.atom?q=XPlanung").get_data(as_text=True)
    assert "<title>Antwort zu Nr. 2: Niedersachsen 2030 - starker Standort, starke Wirtschaft</title>" in feed
    corpus, index = paths
    shown = CliRunner().invoke(main, ["--corpus", str(corpus), "--index", str(index), "search", "XPlanung"]).output
    assert "(Drs. 19/11219, Nr. 2)" in shown and "Frage" not in shown
    missing = client.get("/dokument/ni-19-11219/zitat.bib?frage=99")
    assert (missing.status_code, missing.get_data(as_text=True)) == (
        404,
        "Das Dokument „ni-19-11219“ hat keine Nr. 99.\n",
    )
    assert (
        hits(client, "Drs. 19/11219 Nr. 99")[2]
        == "Nr. 99 gibt es im zitierten Dokument nicht; gezeigt wird das Dokument."
    )
    assert hits(client, "Drs. 19/11219 Ziffern 1, 98 und 99")[2] == "Nr. 98 und 99 gibt es im zitierten Dokument nicht."


def test_an_answers_questions_stay_frage(client):
    page = client.get("/?q=Drs.+19/11199+Frage+2").get_data(as_text=True)
    assert "Antwort zu Frage 2: Trinkwasserschutzprogramm" in page
    assert hits(client, "Drs. 19/11199 Frage 99")[2] == (
        "Frage 99 gibt es im zitierten Dokument nicht; gezeigt wird das Dokument."
    )


def test_a_word_a_footnote_marker_was_glued_to_is_found(client):
    """Nr. 2 prints „EfA1-Online-Dienste“, footnote 1 spelling out „Einer für Alle“: EfA finds it."""
    assert ("ni-19-11219", 2) in hits(client, "EfA")[1]
    page = client.get("/dokument/ni-19-11219").get_data(as_text=True)
    assert "digitale EfA-Online-Dienste" in page and "EfA1" not in page


def test_a_beschluss_cited_in_an_answers_head_is_no_number_of_that_answer(tmp_path):
    """An answer to a Kleine Anfrage whose head cites a Beschluss („Beschluss des Landtages vom … - Drs. 19/9059“) is
    not that Drucksache's document: only an Unterrichtung answers its Beschluss."""
    answer = Document(
        id="ni-19-4900",
        parliament="ni",
        wahlperiode=19,
        drucksache="19/4900",
        title="Umsetzung eines Beschlusses",
        questions=(Question(1, "Was wurde umgesetzt?", ("Alles.",)),),
        resolution_drucksache="19/9059",
    )
    assert not any(
        name == "citation_technical_report_number" and "9059" in value for name, value in meta_tags(answer, None)
    )
    IndexStore(tmp_path).build([answer])
    assert Engine(tmp_path).search("Drs. 19/9059").hits == []


def test_api_hits_name_their_documents_kind_so_clients_can_print_nr(client):
    """The API's hits say what the HTML, the feed and the terminal say: an Unterrichtung's item is „Nr. 2“."""
    found = client.get("/api/search", query_string={"q": "Drs. 19/11219 Nr. 2"}).get_json()["hits"]
    assert [(hit["doc_id"], hit["kind"], hit["question_label"]) for hit in found] == [
        ("ni-19-11219", "unterrichtung", "2")
    ]
    answer = client.get("/api/search", query_string={"q": "Drs. 19/11199 Frage 2"}).get_json()["hits"]
    assert [(hit["doc_id"], hit["kind"], hit["question_label"]) for hit in answer] == [("ni-19-11199", "", "2")]
    described = client.get("/api/openapi.json").get_json()["components"]["schemas"]["Hit"]["properties"]["kind"]
    assert described["enum"] == ["", "unterrichtung"] and "„Nr. 2“" in described["description"]
