"""What a parliamentary group's research office copies from Landtag answers (twenty-first new-user pass): the
ministry as the answer names it, a citation that is dated where the answer prints no date, and an exported list that
says the Wahlperiode and the Kleine Anfrage's number as the parliament prints it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from web import create_app

from .conftest import SEED

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def cited_client(tmp_path_factory):
    """Answers of Thüringen, Hessen, Sachsen-Anhalt and Bayern beside the seed, built as ``anfragen build`` does."""
    from indexer import build_index

    corpus, index = tmp_path_factory.mktemp("landtag-corpus"), tmp_path_factory.mktemp("landtag-index")
    for source in [
        *SEED.glob("nw-17-6448.*"),
        *SEED.glob("th-6-79.*"),
        FIXTURES / "he-19-1054.txt",
        FIXTURES / "st-7-3792.txt",
        FIXTURES / "by-17-8003.txt",
    ]:
        shutil.copy(source, corpus / source.name)
    build_index(corpus, index)
    return create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()


def test_a_thueringen_ministry_is_named_as_the_answer_names_it(cited_client):
    """„Das Thüringer Ministerium für Infrastruktur und Landwirtschaft hat die Kleine Anfrage … beantwortet“: the page,
    the citation and the facet said „Ministerium für Infrastruktur und Landwirtschaft“, no Land's name."""
    name = "Thüringer Ministerium für Infrastruktur und Landwirtschaft"
    cited = cited_client.get("/api/dokument/th-6-79/zitat?frage=2").get_json()
    assert f"Beantwortet von: {name}." in cited["text"]
    assert f"<dd>{name}</dd>" in cited_client.get("/dokument/th-6-79").get_data(as_text=True)
    found = cited_client.get("/api/search", query_string={"q": "ministerium:Infrastruktur"}).get_json()
    assert [entry["value"] for entry in found["facets"]["ministerium"]] == [name]
