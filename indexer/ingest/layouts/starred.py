"""Footnotes marked with an asterisk that the page break left between two questions.

The Bundestag marks its footnotes with ``*`` (``… [121]; 137, 185 [234 f.]).*``) and prints them at the page
bottom: ``* Hierzu vgl. Antwort der Bundesregierung …`` or ``* Von einer Drucklegung der Anlage wird abgesehen. …``.
Where that bottom falls after a question's last line and before the next question (or the next lettered part of the
same question), the note is neither the question's answer nor a line of the next question: read as text it breaks
a run of questions answered together (``1. …? 4. …? 6. …? 9. …? * Hierzu … 10. …?``) or becomes the whole
"answer" of the question above it.  Such a note is taken off as a footnote; a note inside an answer stays where it
is.
"""

from __future__ import annotations

import re

from indexer.model import STAR, Footnote

_NOTE_START = re.compile(r"^(\*{1,3})\s+\S")
# The next question ("10. Bis wann …") or the question's next lettered part ("b) Wenn ja, …").
_QUESTION_START = re.compile(r"^(?:\d{1,3}\.|[a-z]\))\s+[A-ZÄÖÜ„\"“(]")
_MAX_NOTE_LINES = 4


def take_starred_notes(lines: list[str]) -> tuple[list[str], list[Footnote]]:
    """The lines (stripped of leading spaces, as the parser hands them on) without the asterisk notes standing between
    a question and the next, and those notes."""
    kept: list[str] = []
    notes: list[Footnote] = []
    index = 0
    while index < len(lines):
        end = _note_end(lines, index)
        if end is None:
            kept.append(lines[index])
            index += 1
            continue
        notes.append(Footnote(STAR, " ".join(line.strip() for line in lines[index:end])))
        index = end
    return kept, notes


def _note_end(lines: list[str], index: int) -> int | None:
    """The line after the note starting at ``index``, if one starts there between a question and the next."""
    start = _NOTE_START.match(lines[index])
    if not start or index == 0 or not lines[index - 1].rstrip().endswith("?"):
        return None
    stars = re.escape(start.group(1))
    # a marker ends a word ("… [234 f.]).*"): a gender star goes on ("Mitarbeiter*innen", "Moderator*in-")
    if not any(re.search(rf"(?<=[^\s*]){stars}(?![\w*-])", line) for line in lines[:index]):
        return None  # no marker above it: not a footnote of this text
    for end in range(index + 1, min(index + 1 + _MAX_NOTE_LINES, len(lines))):
        if not lines[end].strip() or _NOTE_START.match(lines[end]):
            return None  # a blank line, or a second starred line: an answer written as a list of "* " items
        if _QUESTION_START.match(lines[end]):
            return end
    return None
