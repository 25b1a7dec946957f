"""``bench/date_sort_page.py`` times the date-sorted results page against the relevance-sorted one of each query of the
benchmark's mix, in the same run (numbers are not asserted: speed is measured by the benchmark, not by tests)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from indexer.measure.bench.queries import MIX

ROOT = Path(__file__).resolve().parents[1]


def test_it_prints_both_pages_and_their_ratio_for_every_query_of_the_mix(index_dir):
    before = sorted((path.relative_to(index_dir), path.stat().st_mtime_ns) for path in index_dir.rglob("*"))
    command = [sys.executable, str(ROOT / "bench" / "date_sort_page.py"), "--rounds", "1", str(index_dir)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Last beim Start: ")
    assert lines[1].startswith("1 Runden; je Seite Median") and "Datum÷Relevanz" in lines[1]
    rows = lines[3:-1]
    assert [row.split()[0] for row in rows] == [query.kind for query in MIX]
    assert all(len(row.rsplit("/", 2)) == 3 for row in rows), rows
    assert "Summe" in lines[-1]
    # the index is only read
    assert sorted((path.relative_to(index_dir), path.stat().st_mtime_ns) for path in index_dir.rglob("*")) == before
