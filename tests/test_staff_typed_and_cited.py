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
    """An archive of two Bundestag answers, one to Die Linke (bt-21-690), one to the AfD (bt-21-1189)."""
    corpus = tmp_path_factory.mktemp("corpus")
    for doc_id in ("bt-21-690", "bt-21-1189"):
        shutil.copy(FIXTURES / f"{doc_id}.txt", corpus / f"{doc_id}.txt")
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
