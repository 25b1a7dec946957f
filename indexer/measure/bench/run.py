"""One benchmark run: corpus → parse → our index, FTS5 and plain Whoosh → queries → add → HTTP.

Everything is measured in the same run on the same corpus and queries, so the ratios
hold even on a busy machine; absolute numbers depend on the machine (recorded too).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from indexer.archive.archive import Archive
from indexer.index.schema import records
from indexer.index.store import build_procs
from indexer.ingest.load import iter_documents
from indexer.measure import baselines
from indexer.measure.bench import corpus
from indexer.measure.bench.measure import directory_mb, http_load, in_fresh_process, percentiles, search_path
from indexer.measure.bench.queries import MIX, BenchQuery
from indexer.model import Document
from indexer.search.engine import Engine
from indexer.search.filters import Filters
from indexer.search.ranking import NEWEST, RELEVANCE

TARGETS = {
    "build_vs_fts5": 12.0,
    "search_p95_vs_fts5": 3.0,
    "add_searchable_s": 2.0,
    "worker_rss_mb": 1024.0,
    "http_errors": 0,
}


def run(
    shared: Path,
    work: Path,
    tier: str,
    repeats: int = 5,
    http_seconds: float = 30.0,
    procs: int | None = None,
    log: Callable[[str], None] = print,
    answers: int | None = None,
    plain_whoosh: bool = True,
) -> dict[str, Any]:
    """Run every measurement; ``answers`` overrides the tier's size (the tests use a tiny one).

    ``plain_whoosh=False`` leaves out the plain Whoosh baseline, which at 60 k answers takes
    hours (its prefix queries alone run for minutes each); the targets are against FTS5."""
    answers = answers or corpus.TIERS[tier]
    work.mkdir(parents=True, exist_ok=True)
    corpus_dir = work / f"corpus-{tier}"
    result: dict[str, Any] = {
        "tier": tier,
        "answers": answers,
        "started": _now(),
        "machine": machine(),
        "build_procs": procs or build_procs(answers),
    }

    log(f"Korpus {tier} ({answers} Antworten) …")
    result["corpus"] = _ensure_corpus(shared, corpus_dir, answers)

    log("Parsen …")
    parsed = work / f"parsed-{tier}.jsonl"
    started = time.perf_counter()
    n_records = _write_parsed(corpus_dir, parsed)
    parse_seconds = time.perf_counter() - started
    result["corpus"]["records"] = n_records

    ours_dir, fts_path, plain_dir = work / f"ours-{tier}", work / f"fts5-{tier}.sqlite", work / f"plain-{tier}"
    for path in (ours_dir, fts_path, plain_dir):
        shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)

    log("Unser Index (parse → index, wie 'anfragen build') …")
    _, ours_s, ours_rss = in_fresh_process(_build_ours, corpus_dir, ours_dir, procs)
    log("SQLite FTS5 …")
    _, fts_s, fts_rss = in_fresh_process(_build_fts5, parsed, fts_path)
    mb = result["corpus"]["bytes"] / 2**20
    result["build"] = {
        "ours": _build_stats(ours_s, ours_rss, directory_mb(ours_dir), result["corpus"], n_records, mb),
        "ours_parse_s": round(parse_seconds, 2),
        "fts5": _build_stats(fts_s, fts_rss, directory_mb(fts_path), result["corpus"], n_records, mb),
        "plain_whoosh": None,
    }
    if plain_whoosh:
        log("Whoosh pur …")
        _, plain_s, plain_rss = in_fresh_process(_build_plain, parsed, plain_dir)
        result["build"]["plain_whoosh"] = _build_stats(
            plain_s, plain_rss, directory_mb(plain_dir), result["corpus"], n_records, mb
        )

    log("Suchen (mit Top-10-Snippets) …")
    engine = Engine(ours_dir, result_cache=0, time_limit=None)  # the whole work of every search
    result["queries"] = {
        "ours": _latencies(lambda q: _ours_search(engine, q), repeats),
        "fts5": _latencies(_fts5_search(fts_path), repeats),
        "plain_whoosh": _latencies(_plain_search(plain_dir), repeats) if plain_whoosh else None,
    }

    log("Hinzufügen → auffindbar …")
    result["add"] = _add_latency(engine, corpus_dir, ours_dir, work, tries=3)

    if http_seconds > 0:
        log(f"HTTP unter gunicorn, 8 Clients, {http_seconds:g} s …")
        # More distinct pages than the result cache holds, visited in a cycle: no cache hits.
        paths = [
            search_path(q.ours, api, page)
            for q in MIX
            if not q.facet and not q.date_sort
            for api in (True, False)
            for page in range(1, 6)
        ]
        result["http"] = http_load(ours_dir, paths, http_seconds)

    result["ratios"] = ratios(result)
    result["finished"] = _now()
    return result


def _ensure_corpus(shared: Path, corpus_dir: Path, answers: int) -> dict[str, int]:
    marker = corpus_dir / ".bench.json"
    if marker.exists():
        return json.loads(marker.read_text())
    shutil.rmtree(corpus_dir, ignore_errors=True)
    counts = corpus.generate(shared, corpus_dir, answers)
    marker.write_text(json.dumps(counts))
    return counts


def _write_parsed(corpus_dir: Path, target: Path) -> int:
    """Parse the corpus once (timed) and keep the documents for the baselines."""
    n_records = 0
    with target.open("w", encoding="utf-8") as out:
        for document in iter_documents(corpus_dir):
            n_records += sum(1 for _ in records(document))
            out.write(json.dumps(document.to_json(), ensure_ascii=False) + "\n")
    return n_records


def _read_parsed(path: Path) -> Iterator[Document]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield Document.from_json(json.loads(line))


def _build_ours(corpus_dir: Path, index_dir: Path, procs: int | None) -> int:
    """Exactly ``anfragen build`` (fingerprints, skipped files, processes per core unless ``procs``)."""
    return Archive(corpus_dir, index_dir).rebuild(procs=procs).records


def _build_fts5(parsed: Path, path: Path) -> int:
    return baselines.fts5_build(path, baselines.paragraph_rows(_read_parsed(parsed)))


def _build_plain(parsed: Path, path: Path) -> int:
    return baselines.plain_build(path, baselines.paragraph_rows(_read_parsed(parsed)))


def _build_stats(
    seconds: float, rss: float, size: float, counts: dict[str, int], n_records: int, mb: float
) -> dict[str, float]:
    return {
        "seconds": round(seconds, 2),
        "answers_per_s": round(counts["documents"] / seconds, 1),
        "paragraphs_per_s": round(n_records / seconds, 1),
        "mb_per_s": round(mb / seconds, 3),
        "index_mb": round(size, 1),
        "peak_rss_mb": round(rss, 1),
    }


def _ours_search(engine: Engine, query: BenchQuery) -> tuple[int, list[str]]:
    facet: dict[str, Any] = {query.facet[0]: (query.facet[1],)} if query.facet else {}
    filters = Filters(**facet) if facet else None
    page = engine.search(query.ours, filters=filters, sort=NEWEST if query.date_sort else RELEVANCE)
    return page.total, [str(hit.snippet) for hit in page.hits]


def _fts5_search(path: Path) -> Callable[[BenchQuery], tuple[int, list[str]]]:
    searcher = baselines.Fts5Searcher(path)
    return lambda query: searcher.search(query.fts5, query.facet, query.date_sort)


def _plain_search(path: Path) -> Callable[[BenchQuery], tuple[int, list[str]]]:
    searcher = baselines.PlainWhooshSearcher(path)
    return lambda query: searcher.search(query.plain, query.facet, query.date_sort)


def _latencies(search: Callable[[BenchQuery], tuple[int, list[str]]], repeats: int) -> dict[str, Any]:
    samples: list[float] = []
    per_kind: dict[str, list[float]] = {}
    totals = {}
    for query in MIX:
        totals[f"{query.kind}:{query.ours}"] = search(query)[0]  # warm-up, untimed
    for _ in range(repeats):
        for query in MIX:
            started = time.perf_counter()
            search(query)
            elapsed = time.perf_counter() - started
            samples.append(elapsed)
            per_kind.setdefault(query.kind, []).append(elapsed)
    return {
        "latency_ms": percentiles(samples),
        "p95_by_kind_ms": {kind: round(percentiles(v)["p95"], 1) for kind, v in per_kind.items()},
        "answers_found": totals,
    }


def _add_latency(engine: Engine, corpus_dir: Path, index_dir: Path, work: Path, tries: int) -> dict[str, Any]:
    """``anfragen add`` of a new answer until a search finds it (the engine refreshes itself);
    each added answer is removed again with ``anfragen remove`` so the corpus stays the tier's."""
    inbox = work / "add"
    shutil.rmtree(inbox, ignore_errors=True)
    inbox.mkdir()
    archive = Archive(corpus_dir, index_dir)
    timings, removals = [], []
    for n in range(tries):
        reference = 90_000 + n
        sample = corpus.Meta(
            18,
            reference,
            f"Nachgereichte Antwort {n} zur Grundsteuer",
            dt.date(2026, 11, 1 + n),
            ("SPD",),
            ("Nadja Lüders",),
            "Finanzministerium",
            "",
        )
        text = corpus.nrw_text(
            sample,
            7000 + n,
            ["Die Grundsteuerreform betrifft alle Kommunen."],
            [("Wie bewertet die Landesregierung die Grundsteuer?", ["Die Landesregierung prüft."])],
        )
        source = inbox / f"nw-18-{reference}.txt"
        source.write_text(text, encoding="utf-8")
        source.with_suffix(".json").write_text(json.dumps(corpus.sidecar(sample, source.stem), ensure_ascii=False))
        started = time.perf_counter()
        archive.add(source)
        while engine.search(f"18/{reference}").total < 1:
            if time.perf_counter() - started > 60:
                raise RuntimeError("hinzugefügtes Dokument nach 60 s nicht auffindbar")
            time.sleep(0.005)
        timings.append(time.perf_counter() - started)
        started = time.perf_counter()
        archive.remove(source.stem)
        removals.append(time.perf_counter() - started)
    return {
        "seconds": [round(t, 3) for t in timings],
        "max_s": round(max(timings), 3),
        "remove_s": [round(t, 3) for t in removals],
        "via": "anfragen add (Archive.add), danach anfragen remove",
    }


def ratios(result: dict[str, Any]) -> dict[str, float]:
    build, queries = result["build"], result["queries"]
    fts_build, fts_p95 = build["fts5"]["seconds"], queries["fts5"]["latency_ms"]["p95"]
    out = {
        "build_vs_fts5": build["ours"]["seconds"] / fts_build,
        "build_index_only_vs_fts5": (build["ours"]["seconds"] - build["ours_parse_s"]) / fts_build,
        "search_p95_vs_fts5": queries["ours"]["latency_ms"]["p95"] / fts_p95,
        "index_size_vs_fts5": build["ours"]["index_mb"] / max(build["fts5"]["index_mb"], 0.001),
    }
    if build["plain_whoosh"] is not None:
        plain_p95 = queries["plain_whoosh"]["latency_ms"]["p95"]
        out["plain_whoosh_build_vs_fts5"] = build["plain_whoosh"]["seconds"] / fts_build
        out["plain_whoosh_search_p95_vs_fts5"] = plain_p95 / fts_p95
        out["search_p95_vs_plain_whoosh"] = queries["ours"]["latency_ms"]["p95"] / plain_p95
    return {key: round(value, 2) for key, value in out.items()}


def machine() -> dict[str, Any]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {
        "cpu": cpu,
        "cores": len(os.sched_getaffinity(0)),
        "memory_gb": round(memory, 1),
        "load_avg_at_start": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "os": platform.platform(),
    }


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
