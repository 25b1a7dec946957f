"""Searches at archive size: parallel builds find the same answers, and a search that runs
out of time says so — with exact counts and a ranking from what it could score."""

from __future__ import annotations

import dataclasses

import pytest

from indexer import BuildError, Engine, IndexStore
from web.app import create_app

from .quality_corpus import DOCUMENTS

QUERIES = [
    "Krankenhausinvestitionen",
    "Kosten Unterkunft",
    "Asylverfahren",
    "Rückführungen",
    '"Kosten der Unterkunft"',
    "Kranken*",
]
COPIES = 30  # more records than one batch of the parallel writer, so both workers get some


def answers(engine: Engine, query: str, sort: str = "relevanz") -> tuple[int, int, list[tuple[str, int | None, float]]]:
    page = engine.search(query, sort=sort, per_page=50)
    return page.total, page.partial, [(h.doc_id, h.question, round(h.score, 6)) for h in page.hits]


@pytest.fixture(scope="module")
def serial_and_parallel(tmp_path_factory):
    serial, parallel = tmp_path_factory.mktemp("serial"), tmp_path_factory.mktemp("parallel")
    documents = [dataclasses.replace(d, id=f"{d.id}-{n}") for n in range(COPIES) for d in DOCUMENTS]
    IndexStore(serial).build(documents)
    IndexStore(parallel).build(documents, procs=2)
    return Engine(serial), Engine(parallel)


def test_a_parallel_build_writes_a_segment_per_worker(serial_and_parallel):
    serial, parallel = serial_and_parallel
    assert len(serial.searcher().leaf_searchers()) == 1
    assert len(parallel.searcher().leaf_searchers()) == 2


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("sort", ["relevanz", "neueste"])
def test_a_parallel_build_finds_and_ranks_the_same_answers(serial_and_parallel, query, sort):
    serial, parallel = serial_and_parallel
    found = answers(serial, query, sort)
    assert found[0] > 0
    assert answers(parallel, query, sort) == found


def test_a_build_whose_worker_fails_changes_nothing(serial_and_parallel, tmp_path):
    """A worker process that dies (here: on a record it cannot index) must not leave a
    silently smaller index in use."""
    store = IndexStore(tmp_path / "index")
    store.build(DOCUMENTS)
    before = store.current_path()
    broken = [dataclasses.replace(d, id=f"{d.id}-{n}") for n in range(COPIES) for d in DOCUMENTS]
    with pytest.raises(BuildError, match="unvollständig"):
        # A fingerprint must be text; the worker that gets this document fails on it.
        store.build(broken, procs=2, fingerprints={broken[-1].id: 12345})
    assert store.current_path() == before
    assert Engine(store.root).search("Krankenhausinvestitionen").total == 2


def test_out_of_time_keeps_the_counts_and_says_the_order_is_incomplete(quality_engine):
    limited = Engine(quality_engine.store.root, time_limit=0.0)
    full, cut = quality_engine.search("Kosten Unterkunft"), limited.search("Kosten Unterkunft")
    assert not full.incomplete and cut.incomplete
    assert (cut.total, cut.partial, len(cut.hits)) == (full.total, full.partial, len(full.hits)) != (0, 0, 0)
    assert {h.doc_id for h in cut.hits} == {h.doc_id for h in full.hits}
    assert cut.to_json()["incomplete"] is True and full.to_json()["incomplete"] is False


def test_the_page_and_the_api_show_the_time_limit(index_dir, corpus_dir):
    def get(limit, path):
        app = create_app(
            {"TESTING": True, "INDEX_DIR": str(index_dir), "CORPUS_DIR": str(corpus_dir), "SEARCH_TIME_LIMIT": limit}
        )
        return app.test_client().get(path)

    assert "Zeitlimit erreicht" in get(0.0, "/?q=Teilhabechancengesetz").get_data(as_text=True)
    assert get(0.0, "/api/search?q=Teilhabechancengesetz").get_json()["incomplete"] is True
    assert "Zeitlimit" not in get(5.0, "/?q=Teilhabechancengesetz").get_data(as_text=True)


def test_a_worker_warms_up_before_its_first_request(tmp_path, index_dir):
    Engine(tmp_path / "noch-kein-index").warm()  # a fresh installation: nothing to read yet
    engine = Engine(index_dir)
    engine.warm()
    assert [(h.doc_id, h.question) for h in engine.search("Passiv-Aktiv-Transfer").hits][:1] == [("nw-17-6448", 4)]


def test_autocomplete_offers_no_word_with_a_hanging_hyphen(quality_engine):
    """„Haft- und Sanitärräume“: typing „Haft“ offered „Haft-“ (the Meyer Werft's „Meyer-Werft-“ likewise)."""
    assert [s["text"] for s in quality_engine.complete("Haft") if s["kind"] == "wort"] == ["Haft"]
