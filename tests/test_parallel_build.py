"""A parallel rebuild parses the corpus files in its worker processes: it must index the
same answers as a build in one process, list the files it could not parse, and fail as a
whole — the old index staying in use — when a worker dies."""

from __future__ import annotations

import pytest

from indexer import Archive, BuildError, Engine
from indexer.archive.indexing import parse_file
from indexer.ingest.load import corpus_files

from .archive_helpers import fresh_installation, marker

ANSWERS = tuple(range(7001, 7025))  # 25 files with the seed: jobs for both workers


@pytest.fixture(scope="module")
def installation(tmp_path_factory):
    corpus, index = fresh_installation(tmp_path_factory.mktemp("parallel"), ANSWERS)
    (corpus / "nw-17-7024.json").write_text("{ kein JSON", encoding="utf-8")
    return corpus, index


def answers(index) -> list[tuple[str, int | None]]:
    page = Engine(index).search("Quokkas", per_page=100)
    return sorted((hit.doc_id, hit.question) for hit in page.hits)


def test_a_parallel_rebuild_indexes_what_one_process_does_and_names_the_broken_file(installation):
    corpus, index = installation
    serial = Archive(corpus, index)
    serial.rebuild(procs=1)
    expected = answers(index)
    parallel = Archive(corpus, index)
    report = parallel.rebuild(procs=2)
    assert len(Engine(index).searcher().leaf_searchers()) == 2  # two workers wrote a segment each
    assert report.documents == len(ANSWERS)  # the seed and 23 answers; the broken one left out
    assert answers(index) == expected and len(expected) >= 23
    assert Engine(index).search(marker(7023)).total == 1
    assert Engine(index).search(marker(7024)).total == 0
    # the first rebuild took the answer the fresh installation had indexed out of the search, and said so; the
    # second had nothing left to take
    broken, lost = serial.skipped[0].split(" — ")
    assert lost.startswith("nw-17-7024 war bisher suchbar und ist es jetzt nicht mehr")
    assert parallel.skipped == [broken] and broken.startswith("nw-17-7024")


def test_a_parallel_rebuild_whose_worker_dies_keeps_the_old_index(installation):
    corpus, index = installation
    archive = Archive(corpus, index)
    archive.rebuild(procs=1)
    before = archive.site.store.current_path()
    files = corpus_files(corpus)
    with pytest.raises(BuildError, match="unvollständig"):
        # A fingerprint must be text: the worker that parses this file fails on its record.
        archive.site.store.build_sources(files, parse_file, fingerprints={"nw-17-7010": 12345}, procs=2)
    assert archive.site.store.current_path() == before
    assert Engine(index).search(marker(7010)).total == 1
