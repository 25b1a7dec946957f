"""Checking a long text without full stops against a text of the same length in normal prose, in the same run.

A flattened table or a list copied into an answer runs for megabytes without a full stop.  A pattern that reads „to
the next full stop“ from each of its phrases („mit Schreiben des Bundesministeriums …“) then reads the whole rest of
the text once per phrase: quadratic, where prose stops it at the end of the sentence.  This builds both texts from a
real answer followed by copies of another (once as printed, once without a full stop, its dates' too), checks each as
``anfragen add`` does (extract, parse, the sidecar's merge and the plausibility checks) and prints both times (best of
three) and their ratio, which stays near 1 while checking grows linearly::

    .venv/bin/python bench/parse_without_stops.py [KILOBYTES] [TEXT] [FILLER]

(default: 2,500 KB, ``corpus/nw-17-6448.txt`` — named by its id — followed by copies of
``tests/fixtures/bt-21-1189.txt``, an answer „mit Schreiben des Bundesministeriums … übermittelt“).
"""

from __future__ import annotations

import contextlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

from indexer.errors import AnfragenError
from indexer.ingest.load import load_document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TEXT = ROOT / "corpus" / "nw-17-6448.txt"
DEFAULT_FILLER = ROOT / "tests" / "fixtures" / "bt-21-1189.txt"


def seconds(path: Path, rounds: int = 3) -> float:
    """The fastest of ``rounds`` checks of the file at ``path``, in seconds."""
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        with contextlib.suppress(AnfragenError):  # a refusal is a check too: the archivist waits for it as long
            load_document(path)
        times.append(time.perf_counter() - started)
    return min(times)


def built(text: str, filler: str, size: int, stops: bool) -> str:
    """``text`` and copies of ``filler`` (with or without full stops) to about ``size`` characters."""
    copy = filler if stops else filler.replace(".", "")
    return text + copy * max(0, (size - len(text)) // len(copy))


def main(argv: list[str]) -> None:
    size = int(argv[0]) * 1000 if argv else 2_500_000
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_TEXT
    text = source.read_text(encoding="utf-8")
    filler = Path(argv[2] if len(argv) > 2 else DEFAULT_FILLER).read_text(encoding="utf-8")
    folder = Path(tempfile.mkdtemp(prefix="parse-without-stops-"))
    try:
        timed = {}
        for stops in (True, False):
            path = folder / ("prosa" if stops else "ohne-punkt") / source.name
            path.parent.mkdir()
            checked = built(text, filler, size, stops)
            path.write_text(checked, encoding="utf-8")
            timed[stops] = (seconds(path), len(checked))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    (prose, prose_size), (bare, bare_size) = timed[True], timed[False]
    print(
        f"Prosa {prose_size:,} Zeichen: {prose * 1000:.0f} ms; ohne Punkt {bare_size:,} Zeichen: {bare * 1000:.0f} ms"
    )
    print(f"Verhältnis {bare / prose:.2f} (1,0: ohne Punkt so schnell wie Prosa)")


if __name__ == "__main__":
    main(sys.argv[1:])
