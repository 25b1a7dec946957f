"""Parse time of one long text against its parts: N copies of an answer, parsed as one text, against N times one copy.

An archivist's upload of a long text must not hang the page: a step that searches every text once per footnote, or
rescans the text per question, grows with the square of the length.  This prints both times (milliseconds, best of
three) and their ratio, which stays near 1 while parsing grows linearly::

    .venv/bin/python bench/parse_linearity.py [COPIES] [TEXT]

(default: 200 copies of ``tests/fixtures/nw-18-816.txt``, an answer with a footnote, 375 KB).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from indexer.ingest.extract import text_pages
from indexer.ingest.parse import parse_lines

DEFAULT_TEXT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "nw-18-816.txt"


def best_ms(text: str, rounds: int = 3) -> float:
    """The fastest of ``rounds`` parses of ``text``, in milliseconds."""
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        parse_lines(text_pages(text))
        times.append((time.perf_counter() - started) * 1000)
    return min(times)


def main(argv: list[str]) -> None:
    copies = int(argv[0]) if argv else 200
    text = Path(argv[1] if len(argv) > 1 else DEFAULT_TEXT).read_text(encoding="utf-8")
    one = best_ms(text)
    many = best_ms(text * copies)
    print(f"1 Kopie: {one:.1f} ms; {copies} Kopien: {many:.1f} ms ({len(text) * copies:,} Zeichen)")
    print(f"Verhältnis {many / (one * copies):.2f} (1,0: linear)")


if __name__ == "__main__":
    main(sys.argv[1:])
