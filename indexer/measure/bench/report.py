"""The benchmark result as a Markdown table (for BENCHMARKS.md) and as JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from indexer.measure.bench.run import TARGETS


def write(result: dict[str, Any], out_dir: Path) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path = out_dir / f"bench-{result['tier']}.json"
    md_path = out_dir / f"bench-{result['tier']}.md"
    json_path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    md_path.write_text(markdown(result), encoding="utf-8")
    return json_path, md_path


def markdown(result: dict[str, Any]) -> str:
    c, b, q, r, m = result["corpus"], result["build"], result["queries"], result["ratios"], result["machine"]
    lines = [
        f"### Stufe {result['tier']}: {c['documents']} Antworten, {c['questions']} Fragen, "
        f"{c['records']} Absätze, {c['bytes'] / 2**20:.0f} MB Text ({result['finished']})",
        "",
        f"Rechner: {m['cpu']}, {m['cores']} Kerne, {m['memory_gb']} GB RAM, Last beim Start "
        f"{m['load_avg_at_start']}; Python {m['python']}, SQLite {m['sqlite']}.",
        "",
        "| | Anfragen (unser) | SQLite FTS5 | Whoosh pur | unser ÷ FTS5 |",
        "|---|---:|---:|---:|---:|",
        _row("Vollaufbau (s)", b, "seconds", r["build_vs_fts5"]),
        _row("Antworten/s", b, "answers_per_s"),
        _row("Absätze/s", b, "paragraphs_per_s"),
        _row("MB Text/s", b, "mb_per_s"),
        _row("Indexgröße (MB)", b, "index_mb", r["index_size_vs_fts5"]),
        _row("Spitzen-RSS Aufbau (MB)", b, "peak_rss_mb"),
    ]
    for p in ("p50", "p95", "p99"):
        values = [q[s]["latency_ms"][p] if q[s] else None for s in ("ours", "fts5", "plain_whoosh")]
        ratio = values[0] / values[1] if values[1] else 0
        lines.append(
            f"| Suche {p} inkl. Top-10-Snippets (ms) | {values[0]:.1f} | {values[1]:.1f} | "
            f"{_number(values[2], '.1f')} | {ratio:.2f} |"
        )
    plain = (
        f"Whoosh pur ÷ FTS5: Aufbau {r['plain_whoosh_build_vs_fts5']}, Suche p95 "
        f"{r['plain_whoosh_search_p95_vs_fts5']}."
        if q["plain_whoosh"]
        else "Whoosh pur: in diesem Lauf ausgelassen."
    )
    lines += [
        "",
        f"Davon Parsen (unser Aufbau): {b['ours_parse_s']} s; reiner Indexaufbau ÷ FTS5: "
        f"{r['build_index_only_vs_fts5']}. {plain}",
        "",
        "p95 je Anfrageart (ms, unser / FTS5 / Whoosh pur): "
        + ", ".join(
            f"{kind} {q['ours']['p95_by_kind_ms'][kind]:.0f}/{q['fts5']['p95_by_kind_ms'][kind]:.0f}/"
            f"{_number(q['plain_whoosh']['p95_by_kind_ms'][kind] if q['plain_whoosh'] else None, '.0f')}"
            for kind in q["ours"]["p95_by_kind_ms"]
        )
        + ".",
        "",
        f"Hinzufügen → auffindbar: {', '.join(f'{s:.2f}' for s in result['add']['seconds'])} s "
        f"({result['add']['via']}).",
    ]
    http = result.get("http")
    if http:
        lines += [
            "",
            f"HTTP (gunicorn, {http['workers']} Prozesse × {http['threads']} Threads, {http['clients']} Clients, "
            f"{http['seconds']} s): {http['rps']:.1f} Anfragen/s, p50 {http['latency_ms']['p50']:.0f} ms, "
            f"p95 {http['latency_ms']['p95']:.0f} ms, {http['errors']} Fehler, Spitzen-RSS je Prozess "
            f"{', '.join(f'{x:.0f}' for x in http['worker_peak_rss_mb'])} MB.",
        ]
    lines += ["", "| Ziel (bei 60 k) | Soll | Ist |", "|---|---:|---:|"]
    lines += [f"| {label} | {target} | {actual} |" for label, target, actual in targets(result)]
    return "\n".join(lines) + "\n"


def targets(result: dict[str, Any]) -> list[tuple[str, str, str]]:
    r, http = result["ratios"], result.get("http") or {}
    rss = max(http.get("worker_peak_rss_mb") or [0])
    return [
        (
            "Vollaufbau ÷ FTS5",
            f"≤ {TARGETS['build_vs_fts5']:g}",
            _verdict(r["build_vs_fts5"], TARGETS["build_vs_fts5"]),
        ),
        (
            "Suche p95 ÷ FTS5",
            f"≤ {TARGETS['search_p95_vs_fts5']:g}",
            _verdict(r["search_p95_vs_fts5"], TARGETS["search_p95_vs_fts5"]),
        ),
        (
            "Hinzufügen → auffindbar (s)",
            f"≤ {TARGETS['add_searchable_s']:g}",
            _verdict(result["add"]["max_s"], TARGETS["add_searchable_s"]),
        ),
        (
            "RSS je Prozess (MB)",
            f"≤ {TARGETS['worker_rss_mb']:g}",
            _verdict(rss, TARGETS["worker_rss_mb"]) if http else "—",
        ),
        ("HTTP-Fehler", "0", _verdict(http["errors"], 0) if http else "—"),
    ]


def _row(label: str, build: dict[str, Any], key: str, ratio: float | None = None) -> str:
    values = [build[s][key] if build[s] else "—" for s in ("ours", "fts5", "plain_whoosh")]
    return f"| {label} | {values[0]} | {values[1]} | {values[2]} | {'' if ratio is None else ratio} |"


def _number(value: float | None, spec: str) -> str:
    return "—" if value is None else format(value, spec)


def _verdict(actual: float, target: float) -> str:
    return f"{actual:g} {'✓' if actual <= target else '✗'}"
