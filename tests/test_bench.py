"""The benchmark keeps working: a tiny tier through the real pipeline, both baselines,
the add path and HTTP under gunicorn (numbers are not asserted — benchmarks print them)."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest

from indexer.ingest.load import corpus_files, load_document
from indexer.measure.bench import corpus, report, run, targets, traffic
from tests.conftest import shared_path
from web.urls import SEARCH_ROUTES


@pytest.fixture(scope="module")
def shared():
    shared_path("corpus", "nrw-metadata")
    return shared_path("bench")


def test_generated_answers_parse_as_nrw_layout(shared, tmp_path):
    counts = corpus.generate(shared.parent, tmp_path, 8)
    documents = [load_document(path) for path in corpus_files(tmp_path)]
    assert len(documents) == counts["documents"] == 8
    assert sum(len(d.questions) for d in documents) == counts["questions"]
    for document in documents:
        assert document.parliament == "nw" and document.drucksache and document.ministry
        assert document.date_answered is not None and document.title
        # 1–6 paragraphs were written; a page break inside one may split it in two.
        assert all(1 <= len(q.answer) <= 12 for q in document.questions)
        assert 1 <= len(document.questions) <= 12


def test_smoke_run_reports_every_measurement(shared, tmp_path):
    result = run.run(
        shared.parent,
        tmp_path / "work",
        "smoke",
        repeats=1,
        http_seconds=1.0,
        log=lambda _text: None,
        answers=12,
        search_routes=SEARCH_ROUTES,
    )
    build = result["build"]
    for system in ("ours", "fts5", "plain_whoosh", "tantivy"):
        assert build[system]["seconds"] > 0 and build[system]["index_mb"] > 0
        assert set(result["queries"][system]["p95_by_kind_ms"]) == {
            "single",
            "and2",
            "and3",
            "phrase",
            "compound_part",
            "hyphenated",
            "prefix",
            "facet",
            "date_sort",
        }
    assert result["corpus"]["records"] > result["corpus"]["questions"] >= 12
    assert len(result["add"]["seconds"]) == 3
    http = result["http"]
    assert http["requests"] > 0 and http["errors"] == 0 and http["distinct_queries"] >= 1_000
    assert http["worker_peak_rss_mb"]
    assert result["ratios"]["build_vs_fts5"] > 0

    json_path, md_path = report.write(result, tmp_path / "out")
    assert json.loads(json_path.read_text())["tier"] == "smoke"
    table = md_path.read_text()
    assert "| Vollaufbau (s) |" in table and "SQLite FTS5" in table and "Whoosh pur" in table and "tantivy" in table
    assert "HTTP-Fehler | 0 | 0 ✓" in table

    # The 60 k tier runs without plain Whoosh (hours), a machine may lack tantivy: the report says so.
    left_out = {"plain_whoosh": "in diesem Lauf ausgelassen", "tantivy": "nicht installiert"}
    without = dict(
        result,
        build=dict(build, plain_whoosh=None, tantivy=None),
        queries=dict(result["queries"], plain_whoosh=None, tantivy=None),
        left_out=left_out,
    )
    without["ratios"] = run.ratios(without)
    assert "plain_whoosh_build_vs_fts5" not in without["ratios"] and "tantivy_build_vs_fts5" not in without["ratios"]
    table = report.markdown(without)
    assert "Whoosh pur: in diesem Lauf ausgelassen" in table and "tantivy: nicht installiert" in table


def test_load_test_queries_are_distinct_and_of_every_kind(shared):
    paths = traffic.search_paths(shared.parent, 1_000, SEARCH_ROUTES)
    assert len(set(paths)) == 1_000
    assert paths == traffic.search_paths(shared.parent, 1_000, SEARCH_ROUTES)  # the same run after run
    assert {urlsplit(path).path for path in paths} == set(SEARCH_ROUTES)
    queries = [parse_qs(urlsplit(path).query) for path in paths]
    assert any("ministerium" in q for q in queries) and any(q.get("sort") == ["neueste"] for q in queries)
    texts = [q["q"][0] for q in queries]
    assert any(t.startswith('"') for t in texts) and any(t.endswith("*") for t in texts)
    assert any("-" in t for t in texts) and any(len(t.split()) == 3 for t in texts)


def test_bench_command_refuses_missing_shared(runner, tmp_path):
    result = runner("bench", "--tier", "smoke", "--shared", str(tmp_path))
    assert result.exit_code == 1
    assert "enthält keine NRW-Metadaten" in result.output


def test_targets_judge_ceilings_and_floors():
    by_label = {target.label: target for target in targets.TARGETS}
    http = {"rps": 59.0, "errors": 0, "latency_ms": {"p95": 601.0}}
    assert by_label["HTTP Anfragen/s (8 Clients, keine doppelt)"].verdict({"http": http}) == ("≥ 60", "59 ✗")
    assert by_label["HTTP p95 (ms)"].verdict({"http": http}) == ("≤ 600", "601 ✗")
    assert by_label["HTTP-Fehler"].verdict({"http": http}) == ("0", "0 ✓")
    assert by_label["HTTP-Fehler"].verdict({"http": None}) == ("0", "—")  # a run without HTTP load
