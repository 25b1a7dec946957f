"""Checking a file against the corpus on its own: no index, no lock, nothing written."""

from __future__ import annotations

import json
import shutil

from indexer.archive.inspection import NEW, REPLACED, UNCHANGED, decide, read_candidate

from .archive_helpers import corpus_snapshot, make_answer


def inspect(corpus, path):
    return decide(corpus, read_candidate(corpus, path, None, path.name))


def test_a_corpus_without_an_index_can_judge_new_same_and_corrected_files(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    first = make_answer(tmp_path / "v1", 7001)
    assert inspect(corpus, first).action == NEW
    shutil.copy(first, corpus / "nw-17-7001.txt")
    shutil.copy(first.with_suffix(".json"), corpus / "nw-17-7001.json")
    assert inspect(corpus, first).action == UNCHANGED
    corrected = inspect(corpus, make_answer(tmp_path / "v2", 7001, extra_sentence="nach Korrektur "))
    assert (corrected.action, corrected.replaces_title) == (
        REPLACED,
        "Testanfrage 7001: Wie viele Quokkas leben in Nordrhein-Westfalen",
    )
    assert not (tmp_path / "index").exists()


def test_another_document_under_a_taken_id_is_refused_with_the_reason(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    original = make_answer(tmp_path / "v1", 7001)
    shutil.copy(original, corpus / "nw-17-7001.txt")
    shutil.copy(original.with_suffix(".json"), corpus / "nw-17-7001.json")
    before = corpus_snapshot(corpus)
    impostor = inspect(corpus, make_answer(tmp_path / "v2", 7001, title="Haltung von Quokkas in Zoos"))
    assert not impostor.ok and impostor.action is None
    assert impostor.errors == (
        "Die Kennung nw-17-7001 gehört schon zu einem anderen Dokument "
        "(„Testanfrage 7001: Wie viele Quokkas leben in Nordrhein-Westfalen“ statt „Haltung von Quokkas in Zoos“). "
        "Falls die neue Datei es wirklich ersetzen soll: zuerst 'anfragen remove nw-17-7001'.",
    )
    assert corpus_snapshot(corpus) == before


def test_a_refused_title_with_quotation_marks_keeps_them_single_inside_the_reason(tmp_path):
    """„Haltung von „Quokkas“ in Zoos“ hid where the title ended: its own marks are single inside the reason's."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    original = make_answer(tmp_path / "v1", 7001)
    shutil.copy(original, corpus / "nw-17-7001.txt")
    shutil.copy(original.with_suffix(".json"), corpus / "nw-17-7001.json")
    impostor = inspect(corpus, make_answer(tmp_path / "v2", 7001, title="Haltung von „Quokkas“ in Zoos"))
    assert "statt „Haltung von ‚Quokkas‘ in Zoos“)" in impostor.errors[0]


def test_the_same_text_with_a_corrected_title_in_its_metadata_file_replaces_it(tmp_path):
    """An archivist correcting the title in the metadata file of a text already held was told the id belonged to
    „another document“ and to remove it first: the text, byte for byte the same, is that document."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    original = make_answer(tmp_path / "v1", 7001)
    shutil.copy(original, corpus / "nw-17-7001.txt")
    shutil.copy(original.with_suffix(".json"), corpus / "nw-17-7001.json")
    meta = json.loads(original.with_suffix(".json").read_text(encoding="utf-8"))
    corrected = tmp_path / "v2" / "nw-17-7001.txt"
    corrected.parent.mkdir()
    shutil.copy(original, corrected)
    corrected.with_suffix(".json").write_text(json.dumps({**meta, "title": "Bestand der Quokkas"}), encoding="utf-8")
    report = decide(corpus, read_candidate(corpus, corrected, corrected.with_suffix(".json"), corrected.name))
    assert (report.errors, report.action) == ((), REPLACED)
    assert report.document is not None and report.document.title == "Bestand der Quokkas"
