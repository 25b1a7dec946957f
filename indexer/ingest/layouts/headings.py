"""Section headings between numbered questions (Niedersachsen: „I. Sanierungsstand, Auftragslage und operative
Risiken“ before question 1, „II. Rückkaufrecht, Exit-Strategie …“ before question 14).

Read as printed, a heading ended the text before it: the government's Vorbemerkung or the last answer of the block
before, whose words it is not — a search for the next block's topic found that answer.  The heading names a group of
questions whose own words say what they ask, so it is dropped; it is never answer text.
"""

from __future__ import annotations

import re

from indexer.ingest.layouts.questions import Split

# a Roman number or a capital letter with its full stop, then words that finish no sentence (no '.', '?', '!', ':',
# ';', no bracket, no figure, not ending on a comma): „II. Rückkaufrecht, Exit-Strategie und Verteilung …“
_HEADING = re.compile(r"^\s*(?:[IVX]{1,5}|[A-H])\.\s+[A-ZÄÖÜ][^.?!:;()\[\]\d]{2,120}(?<![,\s])\s*$")
_SENTENCE_END = re.compile(r"[.?!:]\s*$")
_MIN_WORDS = 2


def is_section_heading(line: str, before: str) -> bool:
    """Is ``line`` a section's heading, printed after a finished sentence (``before``) and before a question?"""
    return (
        bool(_HEADING.match(line))
        and len(line.split()) > _MIN_WORDS
        and (not before.strip() or bool(_SENTENCE_END.search(before)))
    )


def drop_section_headings(lines: list[str], split: Split) -> None:
    """Take the heading printed right before a numbered question off the answer (or the front) it ended."""
    for span in split.spans[:-1]:  # the last answer is followed by no question
        kept = span.answer_lines
        filled = [index for index, line in enumerate(kept) if line.strip()]
        if len(filled) >= 2 and is_section_heading(kept[filled[-1]], kept[filled[-2]]):
            del kept[filled[-1] :]  # in place: a joint answer is one list, shared by its questions
    front = [index for index in range(split.front_end) if lines[index].strip()]
    if len(front) >= 2 and is_section_heading(lines[front[-1]], lines[front[-2]]):
        split.front_end = front[-1]
