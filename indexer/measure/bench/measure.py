"""Measuring helpers: builds in a fresh process (for honest peak RSS), latency percentiles,
directory sizes, and the HTTP load run against gunicorn on 127.0.0.1."""

from __future__ import annotations

import http.client
import os
import resource
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any


def in_fresh_process(function: Callable[..., Any], *args: Any) -> tuple[Any, float, float]:
    """Run ``function(*args)`` in a new process: (its result, wall seconds, peak RSS in MB)."""
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        result, seconds, peak_kb = pool.submit(_timed, function, *args).result()
    return result, seconds, peak_kb / 1024


def _timed(function: Callable[..., Any], *args: Any) -> tuple[Any, float, int]:
    started = time.perf_counter()
    result = function(*args)
    seconds = time.perf_counter() - started
    peak = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    )
    return result, seconds, peak


def percentiles(samples: Sequence[float]) -> dict[str, float]:
    """p50/p95/p99 in milliseconds (nearest rank)."""
    ordered = sorted(samples)
    if not ordered:
        return {"p50": 0.0, "p95": 0.0, "p99": 0.0, "n": 0}

    def rank(p: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))] * 1000

    return {"p50": rank(50), "p95": rank(95), "p99": rank(99), "n": len(ordered)}


def directory_mb(path: Path) -> float:
    path = Path(path)
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http_load(
    index_dir: Path,
    paths: Sequence[str],
    seconds: float,
    warmup: Sequence[str] = (),
    clients: int = 8,
    workers: int = 2,
    threads: int = 4,
) -> dict[str, Any]:
    """Start ``anfragen serve --production`` on 127.0.0.1 and send ``paths`` from ``clients``
    threads, each path once (no result cache hit): until ``seconds`` are over or all are sent."""
    port = free_port()
    server = _start_server(index_dir, port, workers, threads)
    try:
        _wait_until_up(port, server)
        for path in warmup:  # every worker thread opens its searcher, untimed
            _get(port, path)
        unsent = iter(paths)
        lock = threading.Lock()
        latencies: list[float] = []
        errors: list[str] = []
        deadline = time.monotonic() + seconds

        def next_path() -> str | None:
            with lock:
                return next(unsent, None) if time.monotonic() < deadline else None

        def client() -> None:
            mine, failed = _client(port, next_path)
            with lock:
                latencies.extend(mine)
                errors.extend(failed)

        started = time.perf_counter()
        pool = [threading.Thread(target=client) for _ in range(clients)]
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
        elapsed = time.perf_counter() - started
        rss = worker_rss_mb(server.pid)
    finally:
        _stop(server)
    return {
        "clients": clients,
        "workers": workers,
        "threads": threads,
        "seconds": round(elapsed, 1),
        "requests": len(latencies),
        "distinct_queries": len(paths),
        "all_sent": len(latencies) == len(paths),
        "rps": len(latencies) / elapsed,
        "latency_ms": percentiles(latencies),
        "errors": len(errors),
        "error_samples": errors[:5],
        "worker_peak_rss_mb": rss,
    }


def _client(port: int, next_path: Callable[[], str | None]) -> tuple[list[float], list[str]]:
    """One visitor on a keep-alive connection: (latencies in seconds, errors)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    latencies: list[float] = []
    errors: list[str] = []
    while (path := next_path()) is not None:
        started = time.perf_counter()
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                errors.append(f"{response.status} {path}")
            if response.getheader("Connection", "").lower() == "close":
                connection.close()
        except (OSError, http.client.HTTPException) as exc:
            errors.append(f"{type(exc).__name__} {path}")
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        latencies.append(time.perf_counter() - started)
    connection.close()
    return latencies, errors


def _start_server(index_dir: Path, port: int, workers: int, threads: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "web.cli", "--index", str(index_dir), "serve", "--production"]
    command += ["--host", "127.0.0.1", "--port", str(port), "--workers", str(workers), "--threads", str(threads)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _stop(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()


def worker_rss_mb(master_pid: int) -> list[float]:
    """Peak RSS (VmHWM) of each gunicorn worker, the master's children."""
    peaks = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            if int(stat.rsplit(")", 1)[1].split()[1]) != master_pid:
                continue
            for line in (entry / "status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peaks.append(int(line.split()[1]) / 1024)
        except (OSError, ValueError, IndexError):
            continue
    return sorted(peaks)


def _get(port: int, path: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def _wait_until_up(port: int, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            output = server.stderr.read() if server.stderr else b""
            raise RuntimeError(f"gunicorn beendet: {output.decode(errors='replace')[-2000:]}")
        try:
            _get(port, "/")
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn antwortet nicht")


class CodeVersion:
    """A version of the code timed in a process of its own: ``command`` runs with ``code`` (a directory, such as an
    export of an older commit) first on PYTHONPATH, answers first how many things it times, once it has done each
    once (warm caches), then each line it is sent with the milliseconds that took.  Benchmarks comparing versions ask
    each in turn, so that a change of the machine's load hits all alike."""

    def __init__(self, label: str, code: str | Path, command: list[str]) -> None:
        self.label = label
        env = dict(os.environ, PYTHONPATH=str(Path(code).resolve()))
        process = subprocess.Popen(command, env=env, cwd="/", stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert process.stdin is not None and process.stdout is not None
        self._process, self._in, self._out = process, process.stdin, process.stdout

    def warmed(self) -> int:
        """How many things it times, once it has done each once."""
        line = self._out.readline()
        if not line:
            raise SystemExit(f"Version „{self.label}“ ist beim Aufwärmen gescheitert.")
        return int(line)

    def ask(self, line: str) -> float:
        """Milliseconds of what ``line`` names."""
        self._in.write(f"{line}\n")
        self._in.flush()
        return float(self._out.readline())

    def close(self) -> None:
        self._in.close()
        self._process.wait()
