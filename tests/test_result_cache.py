"""The result cache: per filters and sort, and replaced when the index generation changes."""

from __future__ import annotations

import datetime as dt
import shutil

from indexer import Engine, IndexStore, load_document
from indexer.index.schema import records
from indexer.search.filters import DateRange, Filters


def test_cached_pages_depend_on_filters_and_sort(engine):
    plain = engine.search("Teilhabechancengesetz")
    assert engine.search("Teilhabechancengesetz", filters=Filters(datum=DateRange(dt.date(2030, 1, 1)))).total == 0
    assert engine.search("Teilhabechancengesetz", sort="neueste") is not plain
    assert engine.search("Teilhabechancengesetz").total == plain.total == 3


def test_cached_page_is_replaced_after_a_commit(corpus_dir, tmp_path):
    """A document added through the writer shows up although the query was cached before."""
    index_dir = tmp_path / "index"
    IndexStore(index_dir).build([load_document(corpus_dir / "nw-17-6448.txt")])
    engine = Engine(index_dir)
    first = engine.search("Teilhabechancengesetz")
    assert engine.search("Teilhabechancengesetz") is first  # served from the cache

    source = tmp_path / "nw-17-9999.txt"
    shutil.copy(corpus_dir / "nw-17-6448.txt", source)
    copy = load_document(source).with_metadata(id="nw-17-9999", drucksache="17/9999")
    index = IndexStore(index_dir).open()
    writer = index.writer(timeout=5)
    for record in records(copy):
        writer.add_document(**record)
    writer.commit()

    after = engine.search("Teilhabechancengesetz")
    assert after.total == first.total * 2
    assert {h.doc_id for h in after.hits} == {"nw-17-6448", "nw-17-9999"}
