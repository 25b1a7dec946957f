"""Hostile or sloppy archive input — control characters, script URLs, formula cells — reaches
readers only as harmless text: feeds stay well-formed XML, pages carry no script links,
spreadsheets run no formulas."""

from __future__ import annotations

import csv
import io
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from indexer import Archive, SidecarError, load_document
from web import create_app

from .archive_helpers import SEED, SEED_ID, make_answer, marker

ATOM = "{http://www.w3.org/2005/Atom}"
SCRIPT_URL = "javascript:alert(document.cookie)"
FORMULA_TITLE = '=HYPERLINK("http://boese.example/","Klick")'
CONTROL_TITLE = "Quokkas\x01 im Landtag\x1b"


def _answer(directory: Path, number: int, **meta) -> Path:
    """A generated answer whose sidecar carries the given (hostile) values."""
    path = make_answer(directory, number, extra_sentence="Glocke\x07 und Escape\x1b[31m ")
    sidecar = path.with_suffix(".json")
    sidecar.write_text(json.dumps({**json.loads(sidecar.read_text(encoding="utf-8")), **meta}), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    corpus, index, incoming = root / "corpus", root / "index", root / "incoming"
    corpus.mkdir(parents=True)
    for source in SEED.glob(f"{SEED_ID}.*"):  # the seed answer, not every shipped one: the hostile three are the point
        shutil.copy(source, corpus / source.name)
    for number, meta in (
        (7001, {"title": CONTROL_TITLE}),
        (7002, {"source_url": SCRIPT_URL}),
        (7003, {"title": FORMULA_TITLE}),
    ):
        source = _answer(incoming, number, **meta)
        shutil.copy(source, corpus / f"nw-17-{number}.txt")
        shutil.copy(source.with_suffix(".json"), corpus / f"nw-17-{number}.json")
    archive = Archive(corpus, index)
    archive.rebuild()
    app = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)})
    app.skipped, app.incoming = archive.skipped, incoming
    return app


def test_text_loses_control_characters_at_ingest(site):
    doc = load_document(site.incoming / "antwort-7001.txt")
    assert "Glocke und Escape[31m" in doc.questions[0].answer[0]
    assert not any(ord(c) < 32 and c not in "\n\t\f" for c in json.dumps(doc.to_json(), ensure_ascii=False))


def test_feed_stays_well_formed_with_control_characters_in_a_title(site):
    feed = ET.fromstring(site.test_client().get(f"/feed.atom?q={marker(7001)}").data)
    assert [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")] == [
        "Antwort zu Frage 1: Quokkas im Landtag"
    ]


@pytest.mark.parametrize("query", ["Arbeit%01", "Arbeit%EF%BF%BE", "Arbeit%0B%1F"])
def test_feed_stays_well_formed_with_forbidden_characters_in_the_query(site, query):
    feed = ET.fromstring(site.test_client().get(f"/feed.atom?q={query}").data)
    assert "Arbeit" in feed.find(f"{ATOM}title").text
    assert feed.findall(f"{ATOM}entry")


def test_script_url_in_a_sidecar_is_refused_by_load_document(site):
    with pytest.raises(SidecarError, match="http- oder https-Adresse"):
        load_document(site.incoming / "antwort-7002.txt")


@pytest.mark.parametrize(
    "url",
    [
        SCRIPT_URL,
        " JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "//boese.example/x.pdf",
        "dokumente/x.pdf",
        "https://",
    ],
)
def test_only_absolute_web_urls_pass_as_source(tmp_path, url):
    source = _answer(tmp_path, 7004, source_url=None, pdf_url=url)  # the Niedersachsen key
    with pytest.raises(SidecarError, match="http- oder https-Adresse"):
        load_document(source)


def test_document_with_a_script_url_never_reaches_the_public_page(site):
    client = site.test_client()
    for path in ("/dokument/nw-17-7002", "/dokument/nw-17-7002/zitat.ris?frage=1", f"/?q={marker(7002)}"):
        assert "javascript:" not in client.get(path).get_data(as_text=True)
    assert any("nw-17-7002" in reason and "http- oder https-Adresse" in reason for reason in site.skipped)
    page = client.get("/dokument/nw-17-6448").get_data(as_text=True)  # a real URL is still linked
    assert 'href="https://www.landtag.nrw.de/' in page


def test_csv_cells_that_look_like_formulas_are_kept_as_text(site):
    text = site.test_client().get(f"/export.csv?q={marker(7003)}").get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(text[1:], newline="")))
    assert [row["titel"] for row in rows] == ["'" + FORMULA_TITLE]
    assert all(not value.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for value in row.values())


def test_sidecar_text_loses_control_characters_too(tmp_path):
    from indexer.ingest.sidecar import normalise

    meta = normalise({"title": "Kosten\x01 der\x1b Unterkunft", "askers": [{"name": "A\x07 B", "party": "SPD"}]})
    assert meta["title"] == "Kosten der Unterkunft"
    assert meta["askers"][0].name == "A B"
