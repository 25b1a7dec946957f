"""``bench/parse_linearity.py`` parses a text of many copies against one copy and prints both times and their ratio
(numbers are not asserted: speed is measured by the benchmark, not by tests)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_it_prints_both_times_and_the_ratio():
    command = [sys.executable, str(ROOT / "bench" / "parse_linearity.py"), "3"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()
    assert first.startswith("1 Kopie: ") and "; 3 Kopien: " in first and first.endswith(" Zeichen)")
    assert second.startswith("Verhältnis ") and second.endswith("(1,0: linear)")
