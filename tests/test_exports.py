"""Exports of all hits (CSV, JSON), the Atom feed and the OpenSearch description, parsed as their formats."""

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

ATOM = "{http://www.w3.org/2005/Atom}"


def read_csv(response) -> list[dict[str, str]]:
    text = response.get_data(as_text=True)
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_csv_export_holds_all_hits_not_just_the_page(client):
    total = client.get("/api/search?q=Arbeit&per_page=1").get_json()["total"]
    assert total > 1
    response = client.get("/export.csv?q=Arbeit&page=1")
    assert response.mimetype == "text/csv" and "attachment" in response.headers["Content-Disposition"]
    rows = read_csv(response)
    assert len(rows) == total
    assert [int(r["rang"]) for r in rows] == list(range(1, total + 1))
    assert all(r["url"].startswith("http://localhost/dokument/nw-17-6448") for r in rows)
    assert "<mark>" not in "".join(r["ausschnitt"] for r in rows)


def test_json_export_matches_the_search(client):
    api = client.get("/api/search?q=Arbeit&sort=aelteste&per_page=100").get_json()
    data = json.loads(client.get("/export.json?q=Arbeit&sort=aelteste").get_data(as_text=True))
    assert data["query"] == "Arbeit" and data["sort"] == "aelteste" and data["exported"] == api["total"]
    assert [(h["doc_id"], h["question"]) for h in data["hits"]] == [(h["doc_id"], h["question"]) for h in api["hits"]]


def test_json_export_names_the_filters_typed_in_the_query(client):
    """A filter typed in the search field filters the export as it does the page; the export said none applied."""
    query = {"q": "Arbeit datum:2019 parlament:nw"}
    api = client.get("/api/search", query_string=query).get_json()
    data = json.loads(client.get("/export.json", query_string=query).get_data(as_text=True))
    assert data["filters"]["parlament"] == ["nw"]
    assert (data["filters"]["von"], data["filters"]["bis"]) == ("2019-01-01", "2019-12-31")
    assert data["filters"] == api["filters"] and data["exported"] == api["total"]


def test_export_without_query_or_filter_is_400(client):
    assert client.get("/export.csv").status_code == 400
    assert client.get("/export.json?q=x&von=2019-13").status_code == 400


def test_a_json_export_refused_says_why_in_json(client):
    """A script downloading /export.json got the HTML error page; it gets the reason as JSON, like the API."""
    response = client.get("/export.json", query_string={"q": "title:Arbeit"})
    assert response.status_code == 400 and response.is_json
    assert response.get_json()["error"].startswith("Das Feld „title:“ gibt es nicht; gemeint ist wohl „titel:“.")


def test_atom_feed_validates_and_is_newest_first(client):
    response = client.get("/feed.atom?q=Arbeit&sort=aelteste")
    assert response.mimetype == "application/atom+xml"
    feed = ET.fromstring(response.data)
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{required}").text
    assert feed.find(f"{ATOM}link[@rel='self']").get("href").startswith("http://localhost/feed.atom?q=Arbeit")
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    ids = [e.find(f"{ATOM}id").text for e in entries]
    assert len(set(ids)) == len(ids) and all(i.startswith("http://localhost/dokument/") for i in ids)
    updated = [e.find(f"{ATOM}updated").text for e in entries]
    assert updated == sorted(updated, reverse=True)
    assert all(
        e.find(f"{ATOM}title").text and e.find(f"{ATOM}link").get("href") == e.find(f"{ATOM}id").text for e in entries
    )
    assert feed.find(f"{ATOM}link[@rel='alternate']").get("href") == "http://localhost/?q=Arbeit&sort=neueste"
    assert all(e.find(f"{ATOM}summary").text for e in entries)
    assert "17/6448" in {c.get("term") for e in entries for c in e.findall(f"{ATOM}category")}


@pytest.mark.shared
def test_feed_of_a_filtered_search_on_the_wide_corpus(wide_client):
    feed = ET.fromstring(wide_client.get("/feed.atom?partei=CDU").data)
    entries = feed.findall(f"{ATOM}entry")
    assert 1 < len(entries) <= 50
    updated = [e.find(f"{ATOM}updated").text for e in entries]
    assert updated == sorted(updated, reverse=True)
    assert "Partei: CDU" in feed.find(f"{ATOM}title").text


def test_opensearch_description(client):
    response = client.get("/opensearch.xml")
    assert response.mimetype == "application/opensearchdescription+xml"
    root = ET.fromstring(response.data)
    ns = "{http://a9.com/-/spec/opensearch/1.1/}"
    assert root.tag == f"{ns}OpenSearchDescription" and root.find(f"{ns}ShortName").text == "Anfragen"
    templates = {u.get("type"): u.get("template") for u in root.findall(f"{ns}Url")}
    assert templates["text/html"] == "http://localhost/?q={searchTerms}"
    assert "{searchTerms}" in templates["application/x-suggestions+json"]
    page = client.get("/").get_data(as_text=True)
    assert 'rel="search" type="application/opensearchdescription+xml"' in page


def test_the_excel_export_writes_numbers_and_dates_as_german_excel_reads_them(client):
    plain = read_csv(client.get("/export.csv?q=Arbeit"))
    text = client.get("/export-excel.csv?q=Arbeit").get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(text[1:], newline=""), delimiter=";"))
    assert len(rows) == len(plain) > 1
    for excel, row in zip(rows, plain, strict=True):
        assert excel["score"] == row["score"].replace(".", ",") and "," in excel["score"]
        assert float(excel["score"].replace(",", ".")) > 0
        assert row["datum"] == "2019-06-04" and excel["datum"] == "04.06.2019"
        assert excel["dokument"] == row["dokument"] and excel["frage"] == row["frage"]


def test_a_search_with_only_relaxed_answers_offers_no_empty_downloads(client):
    """„Teilhabechancengesetz Quantencomputer“ lists answers lacking a word, which exports leave out: the page offered
    „Alle Treffer herunterladen“ and the files held no answer."""
    query = "Teilhabechancengesetz Quantencomputer"
    data = client.get("/api/search", query_string={"q": query}).get_json()
    assert data["total"] == 0 and data["partial"] > 0
    assert read_csv(client.get("/export.csv", query_string={"q": query})) == []
    page = client.get("/", query_string={"q": query}).get_data(as_text=True)
    assert "Alle Treffer herunterladen" not in page and "/export.csv?" not in page
    assert "Nichts herunterzuladen: Exporte enthalten nur Antworten mit allen Suchbegriffen" in page
    assert "Neue Antworten abonnieren (Feed)" in page
    assert "Alle Treffer herunterladen" in client.get("/?q=Teilhabechancengesetz").get_data(as_text=True)


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("/export.csv?q=title:Arbeit", "Das Feld „title:“ gibt es nicht; gemeint ist wohl „titel:“."),
        ("/export-excel.csv?q=Arbeit&von=2019-13-01", "„2019-13-01“ ist kein Datum."),
        ("/feed.atom?q=Arbeit datum:2019-13", "„2019-13“ ist kein Datum."),
        ("/feed.atom?q=Arbeit&sort=beste", "Unbekannte Sortierung „beste“"),
        ("/export.csv", "Bitte einen Suchbegriff oder einen Filter angeben."),
    ],
)
def test_a_csv_export_or_feed_refused_says_why_in_plain_text(client, address, message):
    """A spreadsheet or feed reader got the site's HTML error page; it gets the German reason as text."""
    response = client.get(address)
    assert response.status_code == 400 and response.mimetype == "text/plain"
    text = response.get_data(as_text=True)
    assert message in text and "<html" not in text.lower()
