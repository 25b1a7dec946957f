"""What parliamentary staff see when they find answers and cite them (thirty-third new-user pass): the filters they
type beside those they choose, and the citations they copy and export."""

import re
import shutil
from html import unescape
from pathlib import Path

import pytest

from indexer import build_index
from web import create_app

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    """An archive of two Bundestag answers, one to the AfD (bt-21-1189), one to Die Linke (bt-21-690) whose answer
    cites an Anfrage of the AfD, as many of the Bundestag's answers do."""
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copy(FIXTURES / "bt-21-1189.txt", corpus / "bt-21-1189.txt")
    text = (FIXTURES / "bt-21-690.txt").read_text(encoding="utf-8")
    cited = "sind Aussagen zu Kosten und Wirtschaftlichkeit nicht möglich (vgl. die Antwort auf die Kleine Anfrage der"
    text = text.replace("sind Aussagen zu Kosten und Wirtschaftlichkeit nicht möglich", cited + " Fraktion der AfD)", 1)
    (corpus / "bt-21-690.txt").write_text(text, encoding="utf-8")
    index = tmp_path_factory.mktemp("index")
    build_index(corpus, index)
    return create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()


def chips(page: str) -> list[tuple[str, str]]:
    """Each chip of the active filters: its label and where its × leads."""
    listed = page.split('<ul class="chips"')[1].split("</ul>")[0]
    return [
        (unescape(label), unescape(href))
        for label, href in re.findall(r'<span>([^<]*)</span> <a href="([^"]*)"', listed)
    ]


def test_one_party_typed_in_two_spellings_is_one_filter(client):
    """``partei:Linke partei:"Die Linke"`` showed the chips „Partei: Linke“ and „Partei: Die Linke“ and „Eingrenzen
    (2 aktiv)“, though both name one party; the × of either left the other in the box, the list as it was."""
    page = client.get("/", query_string={"q": 'partei:Linke partei:"Die Linke"'}).get_data(as_text=True)
    assert chips(page) == [("Partei: Die Linke", "/")]
    assert "Eingrenzen (1 aktiv)" in page


def test_a_party_typed_and_chosen_is_one_filter(client):
    """``?q=partei:AfD&partei=AfD`` (the facet chosen, then the party typed too) showed two chips „Partei: AfD“ and
    „Eingrenzen (2 aktiv)“; the × of the typed one left the chosen one in place, the list as it was."""
    page = client.get("/?q=Bundesregierung+partei:AfD&partei=AfD").get_data(as_text=True)
    assert chips(page) == [("Partei: AfD", "/?q=Bundesregierung")]
    assert "Eingrenzen (1 aktiv)" in page


def test_anfragen_of_a_party_offer_its_filter_where_answers_cite_it(client):
    """„Anfragen von der AfD“ on a Bundestag archive listed the answers that cite an „Anfrage der Fraktion der AfD“ —
    here one to Die Linke — and offered nothing, for the offer of the party's filter came only where no answer held
    the words; the words name the Anfragen, no topic, so „partei:AfD“ is offered beside what they found."""
    for typed in ("Anfragen von der AfD", "Kleine Anfragen der Fraktion der AfD"):
        found = client.get("/api/search", query_string={"q": typed}).get_json()
        assert {party for hit in found["hits"][: found["total"]] for party in hit["parties"]} == {"Die Linke"}
        assert found["suggestion"] == "partei:AfD"
    page = client.get("/", query_string={"q": "Anfragen der AfD"}).get_data(as_text=True)
    assert re.search(r'Meinten Sie\s*<a href="/\?q=partei%3AAfD">partei:AfD</a>\?', page)
    assert client.get("/api/search", query_string={"q": "partei:AfD"}).get_json()["total"] == 3
