"""Decoded postings kept across searches: an add, a replacement and a removal are seen by the
next search of the same engine, although the postings of the segment they change are kept."""

from __future__ import annotations

from indexer import Archive, Engine

from .archive_helpers import fresh_installation, make_answer, marker

SHARED = "Modellprojekts"  # in the seed's answers, and so in every generated copy of it


def found(engine: Engine, query: str) -> tuple[int, set[tuple[str, int | None]]]:
    """What a user sees of a search: the total and which answers the full matches are."""
    page = engine.search(query, per_page=100)
    return page.total, {(hit.doc_id, hit.question) for hit in page.hits if not hit.missing}


def test_changes_are_seen_with_the_postings_kept(tmp_path):
    corpus, index = fresh_installation(tmp_path / "site", extra=(101, 102, 103))
    archive, incoming = Archive(corpus, index), tmp_path / "incoming"
    engine = Engine(index, result_cache=0)  # every search below is computed, none served from the page cache
    total, answers = found(engine, SHARED)
    per_document = total // 4
    assert per_document > 0 and total == 4 * per_document
    assert found(engine, marker(101)) == (1, {("nw-17-101", 1)})
    assert found(engine, marker(102)) == (1, {("nw-17-102", 1)})
    assert len(engine._answers.postings) > 0  # the segment's postings are kept: the rest tests them

    archive.add(make_answer(incoming, 104))
    assert found(engine, marker(104)) == (1, {("nw-17-104", 1)})
    total_added, answers_added = found(engine, SHARED)
    assert total_added == 5 * per_document
    assert answers < answers_added and {doc for doc, _ in answers_added - answers} == {"nw-17-104"}

    archive.remove("nw-17-101")
    assert found(engine, marker(101)) == (0, set())
    total_removed, answers_removed = found(engine, SHARED)
    assert total_removed == 4 * per_document
    assert answers_removed == {(doc, question) for doc, question in answers_added if doc != "nw-17-101"}

    archive.add(make_answer(incoming / "new", 102, extra_sentence="Wombatzählung "))  # replaces nw-17-102
    assert found(engine, marker(102)) == (1, {("nw-17-102", 1)})  # once: its old records are gone
    assert found(engine, "Wombatzählung") == (1, {("nw-17-102", 1)})
    assert found(engine, SHARED)[0] == 4 * per_document
