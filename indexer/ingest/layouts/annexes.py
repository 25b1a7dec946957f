"""Annexes after the last answer (``Anlage 1: Neugründungen nach …``, ``Anlage``): their own
section of the document, never part of an answer.  Only the last answer is searched: an
annex follows the answers, and ``Anlage`` inside an answer is a reference to one."""

from __future__ import annotations

import re

from indexer.ingest.layouts.questions import QuestionSpan
from indexer.ingest.text import normalise_space
from indexer.model import Annex

# "Anlage", "Anlage 2", "Anlage 1: Titel", "Anlage 1 Kleine Anfrage 19/11044", "Anlage zu Drs.-Nr. 6/12680 …",
# "Hinweise des Landtagsamts"; not "Anlage gegenüber dem …" or "Anlage).", which continue a sentence.
_HEADING = re.compile(
    r"^(?:(?:Anlage|Anhang)(?:\s+\d{1,2})?(?:\s*:\s*\S.*|\s+[A-ZÄÖÜ][^.]*|\s+zu\s+(?:Drs|Drucksache)\b.*)?"
    r"|Hinweise des Landtagsamt(?:e?s)?\b.*)$"
)


_OFFICE = re.compile(r"^(?:Staats)?(?:Ministerin|Minister|Staatssekretärin|Staatssekretär|Senatorin|Senator)\b[^.]*$")


def take_annexes(spans: list[QuestionSpan]) -> tuple[Annex, ...]:
    """Cut the annexes and a closing signature off the last answer (and the answers sharing it)."""
    if not spans:
        return ()
    last = spans[-1].answer_lines
    start = next((i for i, line in enumerate(last) if i and _HEADING.match(normalise_space(line))), None)
    if start is None:
        _drop_signature(spans)
        return ()
    annex_lines, kept = last[start:], last[:start]
    for span in spans:
        if span.answer_lines is last:
            span.answer_lines = kept  # one list for the answers sharing it, as before
    _drop_signature(spans)  # before the annex: an annex printed after the signature is kept
    annexes: list[Annex] = []
    for line in (normalise_space(line) for line in annex_lines):
        if _HEADING.match(line):
            annexes.append(Annex(line))
        elif line:
            annexes[-1] = Annex(annexes[-1].label, (*annexes[-1].rows, line))
    return tuple(annexes)


_CLOSING = re.compile(r"^(?:Mit freundlichen Grüßen|[A-ZÄÖÜ][a-zäöü]+, (?:den )?\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ]))")


def _drop_signature(spans: list[QuestionSpan]) -> None:
    """``Hermann`` / ``Minister für Verkehr``, or ``Berlin, den …`` and what follows, closing the last
    answer: the signature, not the answer."""
    last = spans[-1].answer_lines
    closing = next((i for i in range(max(1, len(last) - 10), len(last)) if _CLOSING.match(last[i].strip())), None)
    if closing is not None:
        for span in spans:
            if span.answer_lines is last:
                span.answer_lines = last[:closing]
        return
    lines = [line for line in last if line.strip()]
    if len(lines) < 3 or not _OFFICE.match(lines[-1].strip()) or len(lines[-2].split()) > 4 or "." in lines[-2]:
        return
    cut = len(last) - 1 - [line.strip() for line in reversed(last)].index(lines[-2].strip())
    for span in spans:
        if span.answer_lines is last:
            span.answer_lines = last[:cut]
