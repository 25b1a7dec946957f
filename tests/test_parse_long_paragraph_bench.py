"""``bench/parse_long_paragraph.py`` times the old searches of a long last paragraph and of a text in one line against
the new ones in the same run, and stops when they find different things (numbers are not asserted: speed is measured
by the benchmark, not by tests)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_it_prints_old_and_new_times_and_their_ratio_for_both_searches():
    command = [sys.executable, str(ROOT / "bench" / "parse_long_paragraph.py"), "2"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Letzter Absatz ") and " Zeichen: Text geprüft in " in lines[0]
    assert lines[1].startswith("  endet auf einer Zahl? alt ") and " neu/alt " in lines[1]
    assert lines[2].startswith("Ein Text in einer Zeile, ")
    assert lines[3].startswith("  alt ") and " neu/alt " in lines[3]
