"""The benchmark result as a Markdown table (for BENCHMARKS.md) and as JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from indexer.measure.bench import targets
from indexer.measure.bench.run import LABELS


def write(result: dict[str, Any], out_dir: Path) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path = out_dir / f"bench-{result['tier']}.json"
    md_path = out_dir / f"bench-{result['tier']}.md"
    json_path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    md_path.write_text(markdown(result), encoding="utf-8")
    return json_path, md_path


SYSTEMS = ("ours", "fts5", "plain_whoosh", "tantivy")


def markdown(result: dict[str, Any]) -> str:
    c, b, q, r, m = result["corpus"], result["build"], result["queries"], result["ratios"], result["machine"]
    lines = [
        f"### Stufe {result['tier']}: {c['documents']} Antworten, {c['questions']} Fragen, "
        f"{c['records']} Absätze, {c['bytes'] / 2**20:.0f} MB Text ({result['finished']})",
        "",
        f"Rechner: {m['cpu']}, {m['cores']} Kerne, {m['memory_gb']} GB RAM, Last beim Start "
        f"{m['load_avg_at_start']}; Python {m['python']}, SQLite {m['sqlite']}.",
        "",
        "| | " + " | ".join(LABELS[s] for s in SYSTEMS) + " | unser ÷ FTS5 |",
        "|---|" + "---:|" * (len(SYSTEMS) + 1),
        _row("Vollaufbau (s)", b, "seconds", r["build_vs_fts5"]),
        _row("Antworten/s", b, "answers_per_s"),
        _row("Absätze/s", b, "paragraphs_per_s"),
        _row("MB Text/s", b, "mb_per_s"),
        _row("Indexgröße (MB)", b, "index_mb", r["index_size_vs_fts5"]),
        _row("Spitzen-RSS Aufbau (MB)", b, "peak_rss_mb"),
    ]
    for p in ("p50", "p95", "p99"):
        values = [q[s]["latency_ms"][p] if q.get(s) else None for s in SYSTEMS]
        ratio = values[0] / values[1] if values[1] else 0
        cells = " | ".join(_number(v, ".1f") for v in values)
        lines.append(f"| Suche {p} inkl. Top-10-Snippets (ms) | {cells} | {ratio:.2f} |")
    lines += ["", _build_note(result), "", _kinds(q), ""]
    lines.append(
        f"Hinzufügen → auffindbar: {', '.join(f'{s:.2f}' for s in result['add']['seconds'])} s "
        f"({result['add']['via']})."
    )
    http = result.get("http")
    if http:
        lines += ["", _http(http)]
    lines += ["", "| Ziel (bei 60 k) | Soll | Ist |", "|---|---:|---:|"]
    lines += [f"| {label} | {target} | {actual} |" for label, target, actual in targets.rows(result)]
    return "\n".join(lines) + "\n"


def _build_note(result: dict[str, Any]) -> str:
    b, r = result["build"], result["ratios"]
    notes = [f"Parsen allein (ein Prozess, zum Vergleich): {b['ours_parse_s']} s."]
    for name in ("plain_whoosh", "tantivy"):
        if b.get(name):
            build, search = r[f"{name}_build_vs_fts5"], r[f"{name}_search_p95_vs_fts5"]
            notes.append(f"{LABELS[name]} ÷ FTS5: Aufbau {build}, Suche p95 {search}.")
        else:
            notes.append(f"{LABELS[name]}: {result.get('left_out', {}).get(name, 'ausgelassen')}.")
    return " ".join(notes)


def _kinds(queries: dict[str, Any]) -> str:
    shown = [s for s in SYSTEMS if queries.get(s)]
    per_kind = ", ".join(
        f"{kind} " + "/".join(f"{queries[s]['p95_by_kind_ms'][kind]:.0f}" for s in shown)
        for kind in queries["ours"]["p95_by_kind_ms"]
    )
    return f"p95 je Anfrageart (ms, {' / '.join(LABELS[s] for s in shown)}): {per_kind}."


def _http(http: dict[str, Any]) -> str:
    sent = "alle gesendet" if http.get("all_sent") else "nicht alle gesendet"
    return (
        f"HTTP (gunicorn, {http['workers']} Prozesse × {http['threads']} Threads, {http['clients']} Clients, "
        f"{http['seconds']} s, {http['requests']} Anfragen, keine doppelt, aus {http.get('distinct_queries', '?')} "
        f"verschiedenen, {sent}): {http['rps']:.1f} Anfragen/s, p50 {http['latency_ms']['p50']:.0f} ms, "
        f"p95 {http['latency_ms']['p95']:.0f} ms, {http['errors']} Fehler, Spitzen-RSS je Prozess "
        f"{', '.join(f'{x:.0f}' for x in http['worker_peak_rss_mb'])} MB."
    )


def _row(label: str, build: dict[str, Any], key: str, ratio: float | None = None) -> str:
    values = " | ".join(str(build[s][key]) if build.get(s) else "—" for s in SYSTEMS)
    return f"| {label} | {values} | {'' if ratio is None else ratio} |"


def _number(value: float | None, spec: str) -> str:
    return "—" if value is None else format(value, spec)
