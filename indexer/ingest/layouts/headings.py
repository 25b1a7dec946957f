"""Section headings between numbered questions (Niedersachsen: „I. Sanierungsstand, Auftragslage und operative
Risiken“ before question 1, „II. Rückkaufrecht, Exit-Strategie …“ before question 14).

Read as printed, a heading ended the text before it: the government's Vorbemerkung or the last answer of the block
before, whose words it is not — a search for the next block's topic found that answer.  The heading names a group of
questions whose own words say what they ask, so it is dropped; it is never answer text.  Only headings that count on
from the first (I., II. … or A., B. …) are taken for headings: a list closing an answer („… aus folgenden Ländern
vor:“, „I. Rheinland-Pfalz und Bremen“) is the answer's own.
"""

from __future__ import annotations

import re

from indexer.ingest.layouts.questions import Split

# a Roman number or a capital letter with its full stop, then words that finish no sentence (no '.', '?', '!', ':',
# ';', no bracket, no figure, not ending on a comma): „II. Rückkaufrecht, Exit-Strategie und Verteilung …“
_HEADING = re.compile(r"^\s*(?P<numeral>[IVX]{1,5}|[A-H])\.\s+[A-ZÄÖÜ][^.?!:;()\[\]\d]{2,120}(?<![,\s])\s*$")
_SENTENCE_END = re.compile(r"[.?!]\s*$")  # not a colon: it opens a list
_MIN_WORDS = 2
_SEQUENCES = (
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"),
    tuple("ABCDEFGH"),
)


# The government's sentence that leads to the answers („Dies vorausgeschickt, beantwortet der Senat die Fragen … wie
# folgt:“): a first heading after it opens the first block of questions, not a list of the sentence's own.
_LEADS_TO_ANSWERS = re.compile(r"\bwie folgt\s*:\s*$")


def section_numeral(line: str, before: str) -> str | None:
    """The numeral of ``line`` if it may head a section: printed after a finished sentence (``before``)."""
    found = _HEADING.match(line)
    if found is None or len(line.split()) <= _MIN_WORDS or (before.strip() and not _SENTENCE_END.search(before)):
        return None
    return found["numeral"]


def _first_heading_after_opening(line: str, before: str) -> str | None:
    """The numeral of ``line`` if it is the first section's heading (``I.`` or ``A.``, also of one word: „I.
    Allgemeines“) right after the government's sentence that leads to the answers."""
    found = _HEADING.match(line)
    first = found is not None and found["numeral"] in ("I", "A") and _LEADS_TO_ANSWERS.search(before)
    return found["numeral"] if found is not None and first else None


def drop_section_headings(lines: list[str], split: Split) -> None:
    """Take the headings printed right before numbered questions off the answers (or the front) they ended — where
    they count on from the first, I., II. … or A., B. …, two at least; the first alone where it follows the
    government's sentence that leads to the answers („… wie folgt:“)."""
    found: list[tuple[str, list[str] | None, int]] = []  # numeral, the answer's lines (None: the front), line index
    front = [index for index in range(split.front_end) if lines[index].strip()]
    if len(front) >= 2 and (first := _first_heading_after_opening(lines[front[-1]], lines[front[-2]])):
        # the first block's heading before question 1, after „… wie folgt:“: a heading also alone (a copy cut in
        # the first block), never the government's remark; the blocks after it count on from it
        split.front_end = front[-1]
        found.append((first, None, front[-1]))
    elif len(front) >= 2 and (numeral := section_numeral(lines[front[-1]], lines[front[-2]])):
        found.append((numeral, None, front[-1]))
    for span in split.spans[:-1]:  # the last answer is followed by no question
        kept = span.answer_lines
        filled = [index for index, line in enumerate(kept) if line.strip()]
        if any(kept is other for _numeral, other, _index in found):  # a joint answer: one list, looked at once
            continue
        if len(filled) >= 2 and (numeral := section_numeral(kept[filled[-1]], kept[filled[-2]])):
            found.append((numeral, kept, filled[-1]))
    numerals = tuple(numeral for numeral, _kept, _index in found)
    if len(numerals) < 2 or not any(sequence[: len(numerals)] == numerals for sequence in _SEQUENCES):
        return
    for _numeral, answer, index in found:
        if answer is None:
            split.front_end = index
        else:
            del answer[index:]  # in place: a joint answer is one list, shared by its questions
