"""The corpus `make serve` ships: every document reads, and a newcomer finds several parliaments."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

from indexer import corpus_files
from web.app import create_app

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_every_shipped_document_reads_with_its_provenance(shipped_documents) -> None:
    files = corpus_files(CORPUS)
    parliaments = set()
    for path, document in zip(files, shipped_documents, strict=True):
        assert document.questions, path.name
        assert all(q.answer for q in document.questions[:1]), path.name
        parliaments.add(document.parliament)
        sidecar = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        assert sidecar.get("source") or sidecar.get("source_url"), f"{path.name}: Herkunft fehlt im Sidecar"
    assert len(files) >= 70
    assert {"nw", "ni", "be", "bb", "mv", "rp", "sh", "sn", "st", "th"} <= parliaments


def test_every_example_search_of_the_start_page_finds_answers_in_the_shipped_corpus(shipped_index_dir) -> None:
    """A newcomer's first click: „Krankenhaus partei:SPD“ found nothing in the corpus the project ships."""
    client = create_app({"TESTING": True, "INDEX_DIR": str(shipped_index_dir), "CORPUS_DIR": str(CORPUS)}).test_client()
    page = client.get("/").get_data(as_text=True)
    links = [unescape(link) for link in re.findall(r'<li><a href="(/\?q=[^"]+)"><code>', page)]
    assert len(links) == 5, links  # three searches of words, one with a party, one in a period
    for link in links:
        found = client.get(link).get_data(as_text=True)
        assert re.search(r'<p class="count" role="status">\s*[1-9][0-9]* Antwort', found), link
