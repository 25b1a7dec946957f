"""Hostile archive input: sidecars of the wrong types, ids with look-alike digits or a trailing
newline, and special files (a symlink to ``/dev/zero``, a FIFO) are refused before anything is
written; a bad document already in the corpus is skipped and reported, never blocks writes."""

from __future__ import annotations

import datetime as dt
import json
import os
import threading

import pytest

from indexer import Archive, SidecarError, load_document
from indexer.archive.changes import apply_change, stage_change
from indexer.archive.inspection import RefusedError

from .archive_helpers import corpus_snapshot, fresh_installation, make_answer


def _with_sidecar(directory, number, **meta):
    path = make_answer(directory, number)
    sidecar = path.with_suffix(".json")
    sidecar.write_text(json.dumps({**json.loads(sidecar.read_text(encoding="utf-8")), **meta}), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "meta, reason",
    [
        ({"askers": [{"name": "Anna Beispiel", "party": 5}]}, "askers/0/party"),
        ({"askers": [{"name": "Anna Beispiel", "party": {"x": 1}}]}, "askers/0/party"),
        ({"title": ["eine", "Liste"]}, "title"),
        ({"co_ministries": [1, 2]}, "co_ministries/"),
        ({"ministry": {"name": "X"}}, "ministry"),
    ],
)
def test_sidecar_of_wrong_types_is_refused_before_anything_is_written(tmp_path, meta, reason):
    corpus, index = fresh_installation(tmp_path / "site")
    before = corpus_snapshot(corpus)
    path = _with_sidecar(tmp_path / "in", 7101, **meta)
    with pytest.raises(SidecarError) as raised:
        load_document(path)
    assert reason in str(raised.value) and "Metadaten" in str(raised.value)
    archive = Archive(corpus, index)
    with pytest.raises(RefusedError):
        archive.add(path)
    assert corpus_snapshot(corpus) == before
    archive.add(make_answer(tmp_path / "in", 7102))  # the next write works


@pytest.mark.parametrize(
    "meta, reason",
    [
        ({"wahlperiode": 999999999}, "Wahlperiode 999999999 gibt es nicht (erlaubt: 1 bis 99)."),
        ({"wahlperiode": "0"}, "Wahlperiode 0 gibt es nicht"),
        ({"wahlperiode": 16}, "Wahlperiode 16 widerspricht der Kennung nw-17-7109 (Wahlperiode 17)."),
        ({"date_answered": "31.12.9999"}, "Antwortdatum 31.12.9999 liegt mehr als ein Jahr in der Zukunft."),
        ({"date_asked": "9999-01-01"}, "Datum der Anfrage 01.01.9999 liegt mehr als ein Jahr in der Zukunft."),
    ],
)
def test_sidecar_with_impossible_period_or_future_date_is_refused(tmp_path, meta, reason):
    corpus, index = fresh_installation(tmp_path / "site")
    before = corpus_snapshot(corpus)
    path = _with_sidecar(tmp_path / "in", 7109, **meta)
    with pytest.raises(RefusedError) as refused:
        Archive(corpus, index).add(path)
    assert reason in str(refused.value) and "nichts geändert" in str(refused.value)
    assert corpus_snapshot(corpus) == before


def test_a_date_within_the_coming_year_is_still_accepted(tmp_path):
    corpus, index = fresh_installation(tmp_path / "site")
    soon = (dt.date.today() + dt.timedelta(days=300)).isoformat()
    Archive(corpus, index).add(_with_sidecar(tmp_path / "in", 7110, date_answered=soon))
    assert (corpus / "nw-17-7110.txt").is_file()


def test_bad_document_already_in_the_corpus_is_skipped_and_reported_not_blocking(tmp_path):
    corpus, index = fresh_installation(tmp_path / "site")
    bad = _with_sidecar(tmp_path / "in", 7103, askers=[{"name": "Anna Beispiel", "party": 5}])
    # As a killed writer or a hand copy would leave it: in the corpus, with a committed plan staged.
    change = stage_change(corpus, ["nw-17-7103"], {"nw-17-7103.txt": bad.read_bytes()}, [])
    apply_change(corpus, change)
    (corpus / "nw-17-7103.json").write_bytes(bad.with_suffix(".json").read_bytes())
    archive = Archive(corpus, index)
    archive.add(make_answer(tmp_path / "in", 7104))
    archive.remove("nw-17-7104")
    report = archive.rebuild()
    assert report is not None and any("nw-17-7103" in line for line in archive.skipped)
    lines = "\n".join(archive.repair().lines())
    assert "nw-17-7103" in lines


@pytest.mark.parametrize("doc_id", ["nw-17-٥١١٢", "nw-17-1\n", "nw-１７-1"])
def test_ids_are_ascii_digits_and_match_in_full(tmp_path, doc_id):
    corpus, index = fresh_installation(tmp_path / "site")
    before = corpus_snapshot(corpus)
    if "\n" not in doc_id:  # a sidecar's control characters are dropped before the id is read
        with pytest.raises(SidecarError, match="ungültige Dokumentkennung"):
            load_document(_with_sidecar(tmp_path / "in", 7105, id=doc_id))
    named = make_answer(tmp_path / "in", 7106)
    odd = tmp_path / "in" / f"{doc_id}.txt"
    odd.write_bytes(named.read_bytes())
    with pytest.raises(RefusedError):
        Archive(corpus, index).add(odd)
    assert corpus_snapshot(corpus) == before


def test_add_refuses_a_symlink_to_dev_zero_and_a_fifo(tmp_path):
    corpus, index = fresh_installation(tmp_path / "site")
    before = corpus_snapshot(corpus)
    link = tmp_path / "nw-17-7107.txt"
    link.symlink_to("/dev/zero")
    fifo = tmp_path / "nw-17-7108.txt"
    os.mkfifo(fifo)
    archive = Archive(corpus, index)
    for special in (fifo, link):
        outcome: list[BaseException] = []

        def attempt(path=special, outcome=outcome):
            try:
                archive.add(path)
            except BaseException as exc:
                outcome.append(exc)

        worker = threading.Thread(target=attempt, daemon=True)
        worker.start()
        worker.join(5)
        if worker.is_alive():  # unblock the hanging reader so the test ends
            with open(fifo, "wb"):
                pass
            pytest.fail(f"add({special.name}) hängt")
        assert outcome and isinstance(outcome[0], RefusedError), outcome
        assert "keine gewöhnliche Datei" in str(outcome[0])
    assert corpus_snapshot(corpus) == before


def test_openapi_document_publishes_the_sidecar_schema_the_archive_checks(client):
    from indexer.ingest.sidecar_schema import SIDECAR_SCHEMA

    spec = client.get("/api/openapi.json").get_json()
    assert spec["components"]["schemas"]["Sidecar"] == SIDECAR_SCHEMA
