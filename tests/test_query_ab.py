"""``bench/query_ab.py`` times versions of the code on the benchmark mix query by query in turn and
prints a row per query for each version, their sums and percentiles (numbers are not asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from indexer import IndexStore
from indexer.measure.bench.queries import MIX

from .quality_corpus import DOCUMENTS

ROOT = Path(__file__).resolve().parents[1]


def _ab(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, str(ROOT / "bench" / "query_ab.py"), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def test_two_versions_get_a_row_per_query_and_the_sums(tmp_path):
    IndexStore(tmp_path / "index").build(DOCUMENTS)
    done = _ab(
        "--rounds", "2", "--like-bench", f"eins={ROOT}:{tmp_path / 'index'}", f"zwei={ROOT}:{tmp_path / 'index'}"
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "eins" in lines[1] and "zwei" in lines[1]
    rows = [line for line in lines if any(line.startswith(f"{q.kind} ") and q.ours[:34] in line for q in MIX)]
    assert len(rows) == len(MIX)
    assert all(line.count(" / ") == 2 for line in rows)  # median / minimum for each version
    assert any(line.split()[0] == "Summe" for line in lines) and lines[-1].startswith("p95 date_sort")


def test_a_version_without_code_or_index_is_refused_in_german():
    done = _ab("nur-ein-name")
    assert done.returncode != 0 and "erwartet NAME=CODEVERZEICHNIS:INDEX" in done.stderr
