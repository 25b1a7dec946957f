"""``bench/parse_without_stops.py`` checks a text without full stops against one of the same length in prose, in the
same run, and prints both times and their ratio (numbers are not asserted: speed is measured by the benchmark, not by
tests)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_it_prints_both_times_and_their_ratio():
    command = [sys.executable, str(ROOT / "bench" / "parse_without_stops.py"), "30"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()
    assert first.startswith("Prosa ") and " Zeichen: " in first and "; ohne Punkt " in first and first.endswith(" ms")
    assert second.startswith("Verhältnis ") and second.endswith("(1,0: ohne Punkt so schnell wie Prosa)")
