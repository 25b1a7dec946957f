"""One benchmark run: corpus → parse → our index and the baselines → queries → add → HTTP.

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
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from indexer.archive.archive import Archive
from indexer.index.full_build import build_procs
from indexer.index.schema import records
from indexer.ingest.load import iter_documents
from indexer.measure import baselines
from indexer.measure.bench import compiled, corpus, traffic
from indexer.measure.bench.measure import directory_mb, http_load, in_fresh_process, percentiles
from indexer.measure.bench.queries import MIX, BenchQuery
from indexer.model import Document
from indexer.search.engine import Engine
from indexer.search.filters import Filters
from indexer.search.ranking import NEWEST, RELEVANCE

BASELINES = ("fts5", "plain_whoosh", "tantivy")
LABELS = {"ours": "Anfragen (unser)", "fts5": "SQLite FTS5", "plain_whoosh": "Whoosh pur", "tantivy": "tantivy"}
HTTP_QUERIES = 4_000  # distinct queries: more than 60 s at the target of 60 requests/s
HTTP_WARMUP = 16  # requests before the clock starts: every worker thread opens its searcher


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
    http_queries: int = HTTP_QUERIES,
    search_routes: Sequence[str] = (),
) -> dict[str, Any]:
    """Run every measurement; ``answers`` overrides the tier's size (the tests use a tiny one).

    ``plain_whoosh=False`` leaves out the plain Whoosh baseline, which at 60 k answers takes
    hours (its prefix queries alone run for minutes each); the targets are against FTS5.
    tantivy runs when it is installed (the ``test`` extra); otherwise its column says why not.
    ``search_routes`` are the web's search pages the HTTP load visits (the indexer spells no route)."""
    answers = answers or corpus.TIERS[tier]
    work.mkdir(parents=True, exist_ok=True)
    corpus_dir = work / f"corpus-{tier}"
    result: dict[str, Any] = {
        "tier": tier,
        "answers": answers,
        "started": _now(),
        "machine": machine(),
        "build_procs": procs or build_procs(answers),
        "left_out": _left_out(plain_whoosh),
    }
    log(f"Korpus {tier} ({answers} Antworten) …")
    result["corpus"] = _ensure_corpus(shared, corpus_dir, answers)
    log("Parsen …")
    parsed = work / f"parsed-{tier}.jsonl"
    started = time.perf_counter()
    result["corpus"]["records"] = _write_parsed(corpus_dir, parsed)
    parse_seconds = time.perf_counter() - started

    dirs = {"ours": work / f"ours-{tier}", "fts5": work / f"fts5-{tier}.sqlite"}
    dirs |= {name: work / f"{name}-{tier}" for name in ("plain_whoosh", "tantivy")}
    systems = [name for name in BASELINES if name not in result["left_out"]]
    result["build"] = _build_all(result["corpus"], corpus_dir, parsed, dirs, systems, procs, log)
    result["build"]["ours_parse_s"] = round(parse_seconds, 2)

    log("Suchen (mit Top-10-Snippets) …")
    engine = Engine(dirs["ours"], result_cache=0, time_limit=None)  # the whole work of every search
    result["queries"] = {name: None for name in BASELINES}
    result["queries"]["ours"] = _latencies(lambda q: _ours_search(engine, q), repeats)
    for name in systems:
        result["queries"][name] = _latencies(_searcher(name, dirs[name]), repeats)

    log("Hinzufügen → auffindbar …")
    result["add"] = _add_latency(engine, corpus_dir, dirs["ours"], work, tries=3)
    if http_seconds > 0 and search_routes:
        log(f"HTTP unter gunicorn, 8 Clients, {http_seconds:g} s, {http_queries} verschiedene Anfragen …")
        paths = traffic.search_paths(shared, http_queries + HTTP_WARMUP, search_routes)
        result["http"] = http_load(dirs["ours"], paths[HTTP_WARMUP:], http_seconds, warmup=paths[:HTTP_WARMUP])
    result["ratios"] = ratios(result)
    result["finished"] = _now()
    return result


def _left_out(plain_whoosh: bool) -> dict[str, str]:
    """The baselines this run leaves out, each with the reason the report gives."""
    left_out = {} if plain_whoosh else {"plain_whoosh": "in diesem Lauf ausgelassen (--without-plain-whoosh)"}
    if not compiled.available():
        left_out["tantivy"] = "nicht installiert (pip install -e '.[test]')"
    return left_out


def _build_all(
    counts: dict[str, int],
    corpus_dir: Path,
    parsed: Path,
    dirs: dict[str, Path],
    systems: list[str],
    procs: int | None,
    log: Callable[[str], None],
) -> dict[str, Any]:
    """Build our index (exactly ``anfragen build``) and each baseline, each in a fresh process."""
    for path in dirs.values():
        shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
    log("Unser Index (parse → index, wie 'anfragen build') …")
    _, seconds, rss = in_fresh_process(_build_ours, corpus_dir, dirs["ours"], procs)
    build: dict[str, Any] = {name: None for name in BASELINES}
    build["ours"] = _build_stats(seconds, rss, directory_mb(dirs["ours"]), counts)
    for name in systems:
        log(f"{LABELS[name]} …")
        _, seconds, rss = in_fresh_process(_build_baseline, name, parsed, dirs[name])
        build[name] = _build_stats(seconds, rss, directory_mb(dirs[name]), counts)
    return build


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


def _build_baseline(name: str, parsed: Path, path: Path) -> int:
    build = {"fts5": baselines.fts5_build, "plain_whoosh": baselines.plain_build, "tantivy": compiled.build}[name]
    return build(path, baselines.paragraph_rows(_read_parsed(parsed)))


def _build_stats(seconds: float, rss: float, size: float, counts: dict[str, int]) -> dict[str, float]:
    return {
        "seconds": round(seconds, 2),
        "answers_per_s": round(counts["documents"] / seconds, 1),
        "paragraphs_per_s": round(counts["records"] / seconds, 1),
        "mb_per_s": round(counts["bytes"] / 2**20 / seconds, 3),
        "index_mb": round(size, 1),
        "peak_rss_mb": round(rss, 1),
    }


def _ours_search(engine: Engine, query: BenchQuery) -> tuple[int, list[str]]:
    facet: dict[str, Any] = {query.facet[0]: (query.facet[1],)} if query.facet else {}
    filters = Filters(**facet) if facet else None
    page = engine.search(query.ours, filters=filters, sort=NEWEST if query.date_sort else RELEVANCE)
    return page.total, [str(hit.snippet) for hit in page.hits]


def _searcher(name: str, path: Path) -> Callable[[BenchQuery], tuple[int, list[str]]]:
    """A baseline's search of a query of the mix, in the baseline's own syntax."""
    if name == "fts5":
        fts5 = baselines.Fts5Searcher(path)
        return lambda query: fts5.search(query.fts5, query.facet, query.date_sort)
    other = baselines.PlainWhooshSearcher(path) if name == "plain_whoosh" else compiled.TantivySearcher(path)
    return lambda query: other.search(query.plain, query.facet, query.date_sort)


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
    for name in ("plain_whoosh", "tantivy"):
        if build[name] is not None:
            p95 = queries[name]["latency_ms"]["p95"]
            out[f"{name}_build_vs_fts5"] = build[name]["seconds"] / fts_build
            out[f"{name}_search_p95_vs_fts5"] = p95 / fts_p95
            out[f"search_p95_vs_{name}"] = queries["ours"]["latency_ms"]["p95"] / p95
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
