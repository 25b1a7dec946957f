"""The question an answer cites by the name the document gives it: Berlin's Abgeordnetenhaus called its questions
„Kleine Anfrage“ until 2013 and „Schriftliche Anfrage“ since, but every Berlin answer was cited „auf die Schriftliche
Anfrage“ — the 2013 answer too, whose head says „Kleine Anfrage“ three times; a Große Anfrage was cited as a Kleine."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from indexer import build_index, load_document
from indexer.model import Document
from indexer.output.citation import Citation
from web import create_app

FIXTURES = Path(__file__).parent / "fixtures"
SOURCES = (FIXTURES / "be-17-12186.txt", FIXTURES / "be-18-12507.txt", FIXTURES / "cut" / "rp-17-1637.txt")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    for source in SOURCES:
        shutil.copy(source, corpus / source.name)
    index = tmp_path_factory.mktemp("index")
    build_index(corpus, index)
    return create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()


@pytest.mark.parametrize(
    "doc_id, name, short",
    [
        (
            "be-17-12186",
            "Kleine Anfrage",
            "Antwort des Senats auf die Kleine Anfrage vom 3. Juni 2013 von Christopher Lauer (PIRATEN), Drs. 17/12186",
        ),
        (
            "be-18-12507",
            "Schriftliche Anfrage",
            "Antwort des Senats vom 30. Oktober 2017 auf die Schriftliche Anfrage von Danny Freymark (CDU), "
            "Drs. 18/12507",
        ),
        (
            "rp-17-1637",
            "Große Anfrage",
            # the Große Anfrage's own Drucksache, printed „auf die Große Anfrage der Fraktion der CDU – Drucksache
            # 17/1218 –“ right after the asker
            "Antwort der Landesregierung vom 17. November 2016 auf die Große Anfrage (Drs. 17/1218) der Fraktion der "
            "CDU, LT-Drs. 17/1637",
        ),
    ],
)
def test_citations_and_exports_name_the_question_as_the_document_does(client, doc_id, name, short):
    assert client.get(f"/api/dokument/{doc_id}").get_json()["anfrage_name"] == name
    citation = client.get(f"/api/dokument/{doc_id}/zitat").get_json()
    assert citation["short"] == short
    assert citation["csl"]["genre"] == f"Antwort auf {name}, Drucksache"
    bibtex = client.get(f"/dokument/{doc_id}/zitat.bib").get_data(as_text=True)
    assert f"type = {{Antwort auf {name}, Drucksache}}" in bibtex
    ris = client.get(f"/dokument/{doc_id}/zitat.ris").get_data(as_text=True)
    assert f"N1  - {short}" in ris  # then who answered: „. Beantwortet von: …“
    page = client.get(f"/dokument/{doc_id}").get_data(as_text=True)
    assert f'<meta name="citation_series_title" content="Antwort auf {name}">' in page


def test_the_exports_and_the_hits_name_the_question_as_the_document_does(client):
    """The README said „Zitat und Exporte nennen sie so“, but ``/export.csv`` and ``/export.json`` had no such field."""
    expected = {"be-17-12186": "Kleine Anfrage", "be-18-12507": "Schriftliche Anfrage", "rp-17-1637": "Große Anfrage"}
    exported = client.get("/export.json", query_string={"parlament": ["be", "rp"]}).get_json()["hits"]
    assert {hit["doc_id"]: hit["anfrage_name"] for hit in exported} == expected
    rows = list(csv.DictReader(io.StringIO(client.get("/export.csv?parlament=be&parlament=rp").get_data(as_text=True))))
    assert {row["dokument"]: row["anfrage_name"] for row in rows} == expected
    hits = client.get("/api/search", query_string={"parlament": ["be", "rp"], "per_page": 50}).get_json()["hits"]
    assert {hit["doc_id"]: hit["anfrage_name"] for hit in hits} == expected


def test_the_page_names_the_question_as_the_document_does(client):
    page = client.get("/dokument/be-18-12507").get_data(as_text=True)
    assert "<dt>Schriftliche Anfrage</dt>" in page and "<dt>Kleine Anfrage</dt>" not in page


def test_a_document_stored_before_the_name_was_read_is_cited_by_its_parliaments_name():
    """An index built before the field holds documents without it: they open and are cited as before."""
    stored = load_document(FIXTURES / "be-18-12507.txt").to_json()
    del stored["anfrage_name"]
    document = Document.from_json(stored)
    assert document.anfrage_name == ""
    assert " auf die Schriftliche Anfrage von Danny Freymark (CDU)" in Citation(document).short()
