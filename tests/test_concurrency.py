"""Searches keep working while documents are added, replaced and the index is rebuilt.

A real ``anfragen serve`` process answers HTTP searches from several client threads, and
threads of this process search through one shared :class:`Engine`, while this process adds
answers one by one and rebuilds in between.  Every answer added contains the word
``Quixelbrumm`` (no compound of known words, so no part of it finds other answers), so a
consistent index state is recognisable: the hits for it are exactly the first k answers added
(each commit is atomic and the writer is sequential), each with its own title and Drucksache —
never a half-added answer, never a mix of two states.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from indexer import Archive, Engine
from indexer.measure.bench.measure import free_port

from .archive_helpers import SEED_ID, fresh_installation, make_answer, marker

SHARED_WORD = "Quixelbrumm"
NUMBERS = tuple(range(7101, 7107))


class Observer:
    """Collects what readers saw: errors, inconsistent pages and the distinct states."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.states: set[int] = set()
        self.requests = 0
        self.lock = threading.Lock()

    def page(self, data: dict, source: str) -> None:
        hits = data["hits"]
        numbers = sorted(int(hit["doc_id"].rsplit("-", 1)[1]) for hit in hits)
        problems = []
        if data["total"] != len(hits):
            problems.append(f"total {data['total']} but {len(hits)} hits")
        if numbers != list(NUMBERS[: len(numbers)]):
            problems.append(f"not a prefix of the adds: {numbers}")
        for hit in hits:
            number = hit["doc_id"].rsplit("-", 1)[1]
            if hit["question"] != 1 or hit["drucksache"] != f"17/{number}" or number not in hit["title"]:
                problems.append(f"hit from another state: {hit['doc_id']} {hit['drucksache']} {hit['title']}")
        with self.lock:
            self.requests += 1
            self.states.add(len(numbers))
            self.errors.extend(f"{source}: {p}" for p in problems)

    def seed_page(self, data: dict, source: str) -> None:
        seed = sorted(hit["question"] for hit in data["hits"] if hit["doc_id"] == SEED_ID and not hit["missing"])
        if seed != [2, 3, 4]:
            with self.lock:
                self.errors.append(f"{source}: the seed's answers changed: {seed}")

    def error(self, message: str) -> None:
        with self.lock:
            self.errors.append(message)


def http_reader(base: str, observer: Observer, stop: threading.Event, name: str) -> None:
    while not stop.is_set():
        for query, check in ((SHARED_WORD, observer.page), ("Teilhabechancengesetz", observer.seed_page)):
            url = f"{base}/api/search?q={urllib.parse.quote(query)}&per_page=100"
            try:
                with urllib.request.urlopen(url, timeout=10) as response:
                    check(json.loads(response.read()), name)
            except Exception as exc:  # any failure at all is what this test looks for
                observer.error(f"{name}: {type(exc).__name__}: {exc}")


def engine_reader(engine: Engine, observer: Observer, stop: threading.Event, name: str) -> None:
    while not stop.is_set():
        try:
            observer.page(engine.search(SHARED_WORD, per_page=100).to_json(), name)
            observer.seed_page(engine.search("Teilhabechancengesetz", per_page=100).to_json(), name)
        except Exception as exc:
            observer.error(f"{name}: {type(exc).__name__}: {exc}")
        time.sleep(0.05)  # leave the GIL to the writer in this process most of the time


def start_server(corpus: Path, index: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from web.cli import main; main()",
            "--corpus",
            str(corpus),
            "--index",
            str(index),
            "serve",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{base}/api/search?q=Arbeit", timeout=1).read()
            return server, base
        except OSError:
            if server.poll() is not None:
                raise RuntimeError(server.stderr.read().decode()) from None
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("server did not start")


def test_searches_during_adds_and_rebuilds_see_only_consistent_states(tmp_path):
    corpus, index = fresh_installation(tmp_path / "site")
    incoming = [make_answer(tmp_path / "incoming", n, extra_sentence=f"zum {SHARED_WORD} ") for n in NUMBERS]
    server, base = start_server(corpus, index)
    observer, stop = Observer(), threading.Event()
    engine = Engine(index)
    readers = [threading.Thread(target=http_reader, args=(base, observer, stop, f"http-{i}")) for i in range(3)]
    readers += [threading.Thread(target=engine_reader, args=(engine, observer, stop, f"engine-{i}")) for i in range(2)]
    try:
        for reader in readers:
            reader.start()
        archive = Archive(corpus, index)
        for position, source in enumerate(incoming, start=1):
            archive.add(source)
            if position % 2 == 0:
                archive.rebuild()
            time.sleep(0.05)
        archive.add(make_answer(tmp_path / "v2", NUMBERS[0], extra_sentence=f"zum {SHARED_WORD} berichtigt "))
        archive.rebuild()
        time.sleep(0.3)
    finally:
        stop.set()
        for reader in readers:
            reader.join(timeout=30)
        with urllib.request.urlopen(f"{base}/api/search?q={SHARED_WORD}&per_page=100", timeout=10) as response:
            final = json.loads(response.read())
        server.terminate()
        server.wait(timeout=10)
    print(
        f"\n{observer.requests} result pages, {len(observer.states)} index states seen, no errors"
        if not observer.errors
        else ""
    )
    assert observer.errors == []
    assert observer.requests > 50
    assert len(observer.states) > 2, f"readers saw too few states to prove anything: {observer.states}"
    assert final["total"] == len(NUMBERS)  # the running server sees every add, without a restart
    assert Archive(corpus, index).check().ok


def test_two_anfragen_add_at_once_both_land_and_check_agrees(tmp_path):
    """Two archivists' ``anfragen add`` processes into the same archive at once: the second waits for the write lock,
    both answers are searchable, ``check`` finds corpus and index in agreement, also after a ``remove``."""
    corpus, index = fresh_installation(tmp_path / "site")
    command = [str(Path(sys.executable).with_name("anfragen")), "--corpus", str(corpus), "--index", str(index)]
    sources = [make_answer(tmp_path / "incoming", number) for number in (7001, 7002)]
    adds = [subprocess.Popen([*command, "add", str(source)], stdout=subprocess.PIPE, text=True) for source in sources]
    outputs = [add.communicate(timeout=60)[0] for add in adds]
    assert [add.returncode for add in adds] == [0, 0], outputs
    assert all("hinzugefügt" in output for output in outputs)
    check = subprocess.run([*command, "check"], capture_output=True, text=True, timeout=60)
    assert check.returncode == 0 and "3 Dokumente: Korpus und Index stimmen überein." in check.stdout
    engine = Engine(index)
    assert [engine.search(marker(n)).total for n in (7001, 7002)] == [1, 1]
    assert subprocess.run([*command, "remove", "nw-17-7001"], capture_output=True, timeout=60).returncode == 0
    check = subprocess.run([*command, "check"], capture_output=True, text=True, timeout=60)
    assert check.returncode == 0 and "2 Dokumente: Korpus und Index stimmen überein." in check.stdout
    assert Engine(index).search(marker(7001)).total == 0
