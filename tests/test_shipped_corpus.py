"""The corpus `make serve` ships: every document reads, and a newcomer finds several parliaments."""

from __future__ import annotations

import json
from pathlib import Path

from indexer import Engine, corpus_files
from indexer.search.filters import extract_filters
from web.views import EXAMPLE_SEARCHES

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
    engine = Engine(shipped_index_dir)
    for query, _explained in EXAMPLE_SEARCHES:
        text, filters = extract_filters(query)
        assert engine.search(text, filters=filters).total > 0, query
