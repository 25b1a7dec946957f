"""Odd input to any route gets a clear 4xx answer, never a 500 or a cut-off body."""

import html
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from click.testing import CliRunner

from web.app import create_app
from web.cli import main

ODD_URLS = [
    "/api/search?q=x&page=%C2%B2",
    "/api/search?q=Arbeit&page=-1",
    "/api/search?q=Arbeit&sort=zufall",
    "/dokument/nw-17-6448/zitat.bib?frage=%C2%B2",
    "/api/dokument/nw-17-6448/zitat?frage=%C2%B2",
    "/export.csv?jahr=%C2%B2",
    "/export.csv?q=der",
    "/export.json?q=der",
    "/export.csv?q=(((",
    "/feed.atom?q=der",
    "/feed.atom?q=%01",
    "/api/search?q=datum:2019-13",
    "/api/search?von=foo",
]


@pytest.mark.parametrize("url", ODD_URLS)
def test_odd_input_is_refused_cleanly(client, url):
    response = client.get(url)
    assert 400 <= response.status_code < 500, response.get_data(as_text=True)[:300]


@pytest.mark.parametrize(
    "url, message",
    [
        ("/?q=Arbeit&page=%C2%B2", "„page“ muss eine positive ganze Zahl sein."),
        ("/?q=jahr:%C2%B2", "„jahr:²“"),
        ("/?q=Arbeit&per_page=%C2%B2", "„per_page“ muss eine positive ganze Zahl sein."),
        ("/?q=Arbeit&page=99999999999999999999", "„page“: höchstens 999999999."),
        ("/?q=Arbeit&jahr=20199", "„jahr:20199“: höchstens 4 Ziffern."),
        ("/?q=jahr:99999999999", "„jahr:99999999999“: höchstens 4 Ziffern."),
        ("/?q=Arbeit&wahlperiode=100", "„wahlperiode:100“: Wahlperioden gehen von 1 bis 99."),
        ("/?q=wahlperiode:0", "„wahlperiode:0“: Wahlperioden gehen von 1 bis 99."),
    ],
)
def test_the_search_page_explains_odd_input(client, url, message):
    """The search page is still the page the user asked for, with the reason in an alert (status 400, as the API)."""
    response = client.get(url)
    assert response.status_code == 400
    alert = re.search(r'<p class="notice" role="alert">(.*?)</p>', response.get_data(as_text=True), re.S)
    assert alert and message in alert.group(1)
    typed = re.search(r'<input id="q" name="q" type="search" value="([^"]*)"', response.get_data(as_text=True))
    assert typed and typed.group(1) == html.escape(parse_qs(urlsplit(url).query).get("q", [""])[0])


@pytest.mark.parametrize("bad", ["page=abc", "per_page=0", "sort=zufall", "von=2020-13-01", "bis=gestern"])
def test_a_bad_parameter_keeps_the_search_words_in_the_box(client, bad):
    """The alert said what was wrong, but the search box was empty: the user had to type the words again."""
    page = client.get(f"/?q=Kosten+der+Unterkunft&{bad}").get_data(as_text=True)
    assert 'role="alert"' in page and 'name="q" type="search" value="Kosten der Unterkunft"' in page


@pytest.mark.parametrize("url", ["/export.csv?q=der", "/export.json?q=der", "/feed.atom?q=der"])
def test_exports_of_an_unusable_query_say_why_instead_of_streaming(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "Füllwörter" in response.get_data(as_text=True)


def test_page_size_survives_pagination(client):
    page = client.get("/?q=Landesregierung&per_page=2").get_data(as_text=True)
    assert "page=2&amp;per_page=2" in page


def test_an_archive_without_documents_is_searched_and_says_it_found_nothing(tmp_path):
    """A new archive, built from an empty folder before its first document is added: every search failed with a
    traceback („'NoneType' object has no attribute 'segment_id'“), on the page (500), in the API, the exports, the
    suggestions and ``anfragen search`` (twenty-sixth new-user pass)."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    assert CliRunner().invoke(main, ["--corpus", str(corpus), "--index", str(index), "build"]).exit_code == 0
    client = create_app({"INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()
    home = client.get("/").get_data(as_text=True)
    assert "Im Archiv: 0 Dokumente" in home and "Beispielsuchen" not in home  # no heading over an empty list
    for url in ("/?q=Kosten+Unterkunft", "/api/search?q=Kosten", "/export.csv?q=Kosten", "/feed.atom?q=Kosten"):
        assert client.get(url).status_code == 200, url
    assert "Keine Antwort enthält den Suchbegriff „Kosten“." in client.get("/?q=Kosten").get_data(as_text=True)
    assert client.get("/api/vorschlaege?q=Kos").get_json()["suggestions"] == []
    found = CliRunner().invoke(main, ["--index", str(index), "search", "Kosten"])
    assert found.exit_code == 0 and found.output.startswith("0 Antworten für „Kosten“")
