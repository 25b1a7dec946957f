"""Reads while a writer commits: a commit that merges segments deletes their files, and a
searcher opened just before must still read stored fields — no 500 on the document pages."""

from __future__ import annotations

import threading
import time

from indexer import Archive, Engine
from indexer.index.schema import TITLE
from web import create_app

from .archive_helpers import fresh_installation, make_answer

SMALL = (7201, 7202, 7203)


def _installation(root):
    """The seed plus three answers added one by one: small segments the next commits merge."""
    corpus, index = fresh_installation(root)
    archive = Archive(corpus, index)
    for number in SMALL:
        archive.add(make_answer(root / "in", number))
    return corpus, index, archive


def test_searcher_opened_before_merging_commits_still_reads_stored_fields(tmp_path):
    _corpus, index, archive = _installation(tmp_path)
    engine = Engine(index)
    searcher = engine.searcher()
    for number in range(7210, 7222):
        archive.add(make_answer(tmp_path / "in", number))  # merges the small segments away
    for number in SMALL:
        stored = searcher.document(doc_id=f"nw-17-{number}", kind=TITLE)
        assert stored is not None and stored["doc_id"] == f"nw-17-{number}"


def test_document_pages_never_fail_while_a_writer_commits(tmp_path):
    corpus, index, archive = _installation(tmp_path)
    app = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)})
    stop, statuses, writes = threading.Event(), [], []

    def writer():
        number = 7300
        while not stop.is_set():
            archive.add(make_answer(tmp_path / "in", number))
            writes.append(number)
            number += 1

    def reader():
        client = app.test_client()
        while not stop.is_set():
            for number in SMALL:
                for path in (f"/dokument/nw-17-{number}", f"/dokument/nw-17-{number}/aehnlich?frage=1"):
                    statuses.append((path, client.get(path).status_code))

    threads = [threading.Thread(target=writer)] + [threading.Thread(target=reader) for _ in range(3)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 120  # enough commits to merge, however busy the machine is
    while (len(writes) < 8 or len(statuses) <= 30) and time.monotonic() < deadline:
        time.sleep(0.1)
    stop.set()
    for thread in threads:
        thread.join(30)
    failures = [(path, status) for path, status in statuses if status != 200]
    assert len(writes) >= 8 and len(statuses) > 30
    assert not failures, failures[:5]
