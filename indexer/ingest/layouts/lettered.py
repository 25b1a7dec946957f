"""Questions lettered instead of numbered (Berlin: ``a) Wie …? b) Wie …?``), answered under
``Antwort zu a) und b):`` or ``Zu b):``.  They are counted 1, 2, … and keep their letter as label;
a heading that names several letters answers them together.
"""

from __future__ import annotations

import re
import string

from indexer.ingest.layouts.questions import QuestionSpan, Split

_QUESTION = re.compile(r"^(?P<letter>[a-z])\)\s+(?P<text>[A-ZÄÖÜ„\"].*)$")
_HEADING = re.compile(
    r"^(?:Antwort\s+zu|Zu)\s+(?:den\s+)?(?:Fragen?\s+)?"
    r"(?P<letters>[a-z]\)(?:\s*(?:,|und|bis)\s*[a-z]\))*)\s*:\s*(?P<rest>.*)$"
)
NOTE = "Fragen mit Buchstaben statt Nummern (a, b, …): fortlaufend gezählt, der Buchstabe bleibt als Bezeichnung."


def lettered(lines: list[str]) -> Split | None:
    """Lettered questions and their answers; None unless the letters run a, b, c … and every answer
    heading names only letters asked."""
    questions = {i: m for i, m in ((i, _QUESTION.match(line)) for i, line in enumerate(lines)) if m}
    headings = {i: m for i, m in ((i, _HEADING.match(line)) for i, line in enumerate(lines)) if m}
    letters = [m.group("letter") for m in questions.values()]
    if len(questions) < 2 or not headings or letters != list(string.ascii_lowercase[: len(letters)]):
        return None
    spans: dict[str, QuestionSpan] = {}
    marks = sorted([*questions, *headings])
    for position, index in enumerate(marks):
        end = marks[position + 1] if position + 1 < len(marks) else len(lines)
        if index in questions:
            match = questions[index]
            text = [match.group("text"), *lines[index + 1 : end]]
            spans[match.group("letter")] = QuestionSpan(len(spans) + 1, index, end, end, match.group("letter"), text)
            continue
        named = _named(headings[index].group("letters"))
        if any(letter not in spans for letter in named):
            return None
        rest = headings[index].group("rest")
        body = ([rest] if rest else []) + lines[index + 1 : end]
        for letter in named:
            spans[letter].answer_lines = body
            spans[letter].answered_with = tuple(spans[other].number for other in named if other != letter)
    ordered = sorted(spans.values(), key=lambda span: span.number)
    return Split(ordered, ordered[0].start, [NOTE])


def _named(letters: str) -> list[str]:
    """``a) und b)`` → [a, b]; ``a) bis c)`` → [a, b, c]."""
    named = re.findall(r"([a-z])\)", letters)
    if "bis" in letters:
        return [chr(code) for code in range(ord(named[0]), ord(named[-1]) + 1)]
    return named
