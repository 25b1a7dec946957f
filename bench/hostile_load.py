"""The hostile re-run of issue 14, against ``anfragen serve --production`` on 127.0.0.1 only.

    .venv/bin/python bench/hostile_load.py CORPUS [--seconds 60] [--clients 8] [--fuzz 5000]

Copies CORPUS to a temporary directory, builds its index, serves it under gunicorn and measures:
1. ``--clients`` clients × ``--seconds`` s of searches and document pages while a writer adds and
   removes documents (errors, p95); 2. ``--fuzz`` fuzzed queries (5xx count, slowest);
3. a login flood of wrong passwords (status codes) and a search's latency during it;
4. PDF bombs through ``anfragen add`` (time, message).  Everything is bounded in time.
"""

from __future__ import annotations

import argparse
import collections
import http.client
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from werkzeug.security import generate_password_hash  # noqa: E402

from indexer import Archive  # noqa: E402
from indexer.measure.bench.measure import free_port, percentiles  # noqa: E402
from tests.archive_helpers import make_answer  # noqa: E402
from tests.pdf_bombs import content_bomb, many_pages  # noqa: E402

ANFRAGEN = str(Path(sys.executable).with_name("anfragen"))
WORDS = ["Schule", "Lehrer", "Polizei", "Asyl", "Kita", "Wald", "Wasser", "Steuer", "Gericht", "Klinik", "Bahn"]
PIECES = [*WORDS, "ODER", "NICHT", "-", "titel:", "frage:", "17/6448", '"', "*", "~", "~2", "ß", "٥", "<b>", "%"]


def get(port: int, path: str, method: str = "GET", body: str | None = None) -> tuple[int, float]:
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status, time.perf_counter() - started
    except OSError:
        return 0, time.perf_counter() - started
    finally:
        connection.close()


def serve(corpus: Path, index: Path, instance: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = {
        **os.environ,
        "ANFRAGEN_CORPUS": str(corpus),
        "ANFRAGEN_INDEX": str(index),
        "ANFRAGEN_SECRET_KEY": json.dumps("bench-geheimnis"),
        "ANFRAGEN_ARCHIVE_USERS": json.dumps({"archivarin": generate_password_hash("richtig")}),
        "ANFRAGEN_WTF_CSRF_ENABLED": "false",  # the flood posts without a form; the limit must still hold
        "ANFRAGEN_SESSION_COOKIE_SECURE": "false",
    }
    command = [ANFRAGEN, "serve", "--production", "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(command, env=env, cwd=instance, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 90
    while get(port, "/")[0] != 200:
        if server.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("Server startet nicht")
        time.sleep(0.3)
    return server, port


def load(port: int, archive: Archive, root: Path, seconds: float, clients: int) -> dict:
    stop, samples, statuses, writes = threading.Event(), [], collections.Counter(), [0]
    doc_ids = sorted(archive.site.store.indexed_documents())[:50]

    def client(n: int) -> None:
        rng = random.Random(n)
        while not stop.is_set():
            doc = rng.choice(doc_ids)
            path = rng.choice(
                [f"/?q={rng.choice(WORDS)}", f"/api/search?q={rng.choice(WORDS)}", f"/dokument/{doc}",
                 f"/dokument/{doc}/aehnlich?frage=1", f"/feed.atom?q={rng.choice(WORDS)}"]
            )  # fmt: skip
            status, seconds_taken = get(port, path)
            statuses[status] += 1
            samples.append(seconds_taken)

    def writer() -> None:
        number = 9000
        while not stop.is_set():
            archive.add(make_answer(root / "neu", number))
            archive.remove(f"nw-17-{number}")
            writes[0] += 2
            number += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)] + [threading.Thread(target=writer)]
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join(120)
    errors = sum(count for status, count in statuses.items() if status >= 500 or status == 0)
    return {"requests": len(samples), "errors": errors, "statuses": dict(statuses), "writes": writes[0],
            **{k: round(v, 1) for k, v in percentiles(samples).items() if k != "n"}}  # fmt: skip


def fuzz(port: int, count: int) -> dict:
    rng, slowest, fives = random.Random(14), (0.0, ""), 0
    for _ in range(count):
        query = " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12)))
        path = rng.choice(["/", "/api/search", "/export.csv", "/feed.atom"])
        status, seconds = get(port, f"{path}?{urllib.parse.urlencode({'q': query})}")
        fives += status >= 500 or status == 0
        slowest = max(slowest, (seconds, query))
    return {"queries": count, "5xx": fives, "slowest_ms": round(slowest[0] * 1000), "slowest_query": slowest[1]}


def login_flood(port: int, attempts: int = 300) -> dict:
    quiet = [get(port, "/?q=Schule+Lehrer")[1] for _ in range(20)]
    codes: collections.Counter = collections.Counter()
    during: list[float] = []
    body = urllib.parse.urlencode({"name": "archivarin", "password": "falsch"})

    def flood() -> None:
        for _ in range(attempts // 4):
            codes[get(port, "/archiv/anmelden", "POST", body)[0]] += 1

    threads = [threading.Thread(target=flood) for _ in range(4)]
    for thread in threads:
        thread.start()
    while any(thread.is_alive() for thread in threads):
        during.append(get(port, "/?q=Schule+Lehrer")[1])
    for thread in threads:
        thread.join()
    return {"login_status": dict(codes), "search_p50_ms_quiet": round(percentiles(quiet)["p50"], 1),
            "search_p50_ms_during": round(percentiles(during)["p50"], 1), "searches_during": len(during)}  # fmt: skip


def bombs(corpus: Path, index: Path, root: Path) -> list[dict]:
    results = []
    for name, data in (("5-MB-Seite", content_bomb(5)), ("1000 Seiten", many_pages(1000)),
                       ("3000 Seiten", many_pages(3000))):  # fmt: skip
        path = root / f"nw-17-{len(results) + 9900}.pdf"
        path.write_bytes(data)
        started = time.perf_counter()
        done = subprocess.run(
            [ANFRAGEN, "--corpus", str(corpus), "--index", str(index), "add", str(path)],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        message = (done.stderr or done.stdout).strip().splitlines()
        results.append({"bomb": name, "seconds": round(time.perf_counter() - started, 2), "exit": done.returncode,
                        "message": message[-1] if message else ""})  # fmt: skip
    return results


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("corpus", type=Path)
    options.add_argument("--seconds", type=float, default=60)
    options.add_argument("--clients", type=int, default=8)
    options.add_argument("--fuzz", type=int, default=5000)
    args = options.parse_args()
    root = Path(tempfile.mkdtemp(prefix="anfragen-hostile-"))
    corpus, index = root / "corpus", root / "index"
    shutil.copytree(args.corpus, corpus)
    archive = Archive(corpus, index)
    archive.rebuild()
    server, port = serve(corpus, index, root)
    try:
        report = {"load": load(port, archive, root, args.seconds, args.clients), "fuzz": fuzz(port, args.fuzz)}
        report["login"] = login_flood(port)
    finally:
        server.terminate()
        server.wait(30)
    report["pdf_bombs"] = bombs(corpus, index, root)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
