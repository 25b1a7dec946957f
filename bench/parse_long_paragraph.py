"""Checking a text whose last answer is one long paragraph, and a long text in one line, against the old searches.

A copy cut inside a long list or a flattened table ends on a paragraph of many kilobytes with no full stop.  The test
whether it stops on a number („… im Jahr 201“) was one regex search anchored at the end, tried from every start: its
two runs read the paragraph again per start and per letter (quadratic; 17 s for 40 KB).  In a text of one line the
word before each label „Frage N:“ was looked for from the text's start (once per label).  This builds both from the
words of a real answer, parses the first, and times the old search against the new one in the same run::

    .venv/bin/python bench/parse_long_paragraph.py [KILOBYTES] [TEXT]

(default: a last paragraph of 20 KB from the words of ``corpus/nw-17-6448.txt``; the old search grows with the
square of KILOBYTES, keep it small).
"""

from __future__ import annotations

import re
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

from indexer.ingest.extract import text_pages
from indexer.ingest.layouts.flat import _WORD_BEFORE, _word_before
from indexer.ingest.parse import _ENDS_ON_FIGURE, _ends_on_figure, parse_lines

DEFAULT_TEXT = Path(__file__).resolve().parents[1] / "corpus" / "nw-17-6448.txt"
_WORDS = re.compile(r"[A-Za-zÄÖÜäöüß]+")


def seconds(work: Callable[[], object]) -> float:
    """The fastest of three runs of ``work``, in seconds."""
    times = []
    for _ in range(3):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def long_paragraph(text: str, size: int) -> str:
    """Words of ``text`` (no stop, no figure) to ``size`` characters, ending on a school year as a list may."""
    words = " ".join(_WORDS.findall(text))
    body = (words + " ") * (size // len(words) + 1)
    return body[:size].rsplit(" ", 1)[0] + " bis Ende 2026/27"


def span(found: re.Match[str] | None) -> tuple[int, int] | None:
    """Where a search matched (None: nowhere), to hold the old and the new search to the same answer."""
    return found.span() if found else None


def main(argv: list[str]) -> None:
    size = int(argv[0]) * 1000 if argv else 20_000
    text = Path(argv[1] if len(argv) > 1 else DEFAULT_TEXT).read_text(encoding="utf-8")
    paragraph = long_paragraph(text, size)
    cut = text.rstrip() + "\n" + "\n".join(textwrap.wrap(paragraph, 95)) + "\n"
    parse = seconds(lambda: parse_lines(text_pages(cut), "nw-17-6448", text_file=True))
    old = seconds(lambda: _ENDS_ON_FIGURE.search(paragraph))
    new = seconds(lambda: _ends_on_figure(paragraph))
    print(f"Letzter Absatz {len(paragraph):,} Zeichen: Text geprüft in {parse * 1000:.0f} ms")
    if span(_ENDS_ON_FIGURE.search(paragraph)) != span(_ends_on_figure(paragraph)):
        sys.exit("Die neue Suche „endet auf einer Zahl?“ findet anderes als die alte.")
    print(f"  endet auf einer Zahl? alt {old * 1000:.1f} ms, neu {new * 1000:.2f} ms, neu/alt {new / old:.5f}")
    line = " ".join(text.split()) * 20  # a long text in one line, a word before each of its spaces
    ends = [found.start() for found in re.finditer(r" (?=[A-ZÄÖÜ])", line)][::20]
    old = seconds(lambda: [_WORD_BEFORE.search(line, 0, end) for end in ends])
    new = seconds(lambda: [_word_before(line, end) for end in ends])
    if [span(_WORD_BEFORE.search(line, 0, end)) for end in ends] != [span(_word_before(line, end)) for end in ends]:
        sys.exit("Die neue Suche nach dem Wort vor einer Stelle findet anderes als die alte.")
    print(f"Ein Text in einer Zeile, {len(line):,} Zeichen, {len(ends)} Wörter vor einer Stelle:")
    print(f"  alt {old * 1000:.1f} ms, neu {new * 1000:.2f} ms, neu/alt {new / old:.5f}")


if __name__ == "__main__":
    main(sys.argv[1:])
