"""Questions printed as a bulleted list: a web copy (a member's own site) renders the numbered list of the
question paper with dashes or dots ("Hierzu frage ich die Landesregierung: - Sind …? - Falls ja, …?"), while the
answers still cite the numbers ("Zu den Fragen 1 und 2:").  The bullets are numbered in their order, and the
archivist is told."""

from __future__ import annotations

import re

from indexer.ingest.layouts.listed import is_answer_heading
from indexer.ingest.layouts.questions import ASKING_WORDS

_ASKING_LINE = re.compile(ASKING_WORDS + r"[^.:?!]{0,30}:\s*$")
_BULLET = re.compile(r"^[-–•·▪]\s+(?=[A-ZÄÖÜ„\"])")
_NUMBERED = re.compile(r"^(?:Frage\s+)?1\.?\s+[A-ZÄÖÜ]", re.M)
_MIN_BULLETS = 2
_CUT = re.compile(r"[A-Za-zÄÖÜäöüß]-?$")
# A label that opens an answer without naming a question ("Antwort:", "Antwort des Senats:"); "Zu Frage 1:" and
# "Antwort zu 1 und 2:" are the listed layout's headings.
_ANSWER_LABEL = re.compile(r"^Antwort(?:\s+(?:der|des)\s+\S+)?\s*:")


def number_bullets(lines: list[str]) -> tuple[list[str], list[str]]:
    """``lines`` with the bulleted questions (after the askers' request where it is printed) numbered ``1.``,
    ``2.``, …; a note for the report.  Nothing changes where a question 1 is printed, fewer than two bullets stand
    in a row or a bullet asks nothing (only the last may lack its "?" where the copy stops inside it).  Bullets after
    the first answer label are an answer's enumeration ("Geprüft wird: - Liegt ein Schaden vor? - …"), no questions."""
    if question_one_printed(lines):
        return lines, []
    answers = first_answer_label(lines)
    asking = next((i for i in range(answers) if _ASKING_LINE.search(lines[i])), -1)
    first = next((i for i in range(asking + 1, answers) if _BULLET.match(lines[i])), None)
    if first is None or (asking >= 0 and any(line.strip() for line in lines[asking + 1 : first])):
        return lines, []  # the bullets must follow the request directly
    bullets: list[int] = []
    end = len(lines)
    for index in range(first, len(lines)):
        line = lines[index]
        if _BULLET.match(line):
            bullets.append(index)
        elif not line.strip() or line[:1].islower():
            continue  # a bullet's text broken over lines ("… für Wind-" / "räder? …")
        else:
            end = index
            break
    numbered = numbered_items(lines, bullets, end, _BULLET) if len(bullets) >= _MIN_BULLETS else None
    if numbered is None:
        return lines, []
    note = (
        f"Die {len(bullets)} Fragen stehen als Aufzählung ohne Nummern im Text; sie werden in ihrer Reihenfolge"
        f" als Fragen 1 {'und' if len(bullets) == 2 else 'bis'} {len(bullets)} gelesen."
    )
    return numbered, [note]


def question_one_printed(lines: list[str]) -> bool:
    """A question 1 with its number: then no list marker numbers the questions."""
    return any(_NUMBERED.match(line) for line in lines)


def first_answer_label(lines: list[str]) -> int:
    """Where the first answer label or heading stands (the end where none does): list markers after it are an
    answer's."""
    labelled = (i for i, line in enumerate(lines) if is_answer_heading(line) or _ANSWER_LABEL.match(line))
    return next(labelled, len(lines))


def numbered_items(lines: list[str], starts: list[int], end: int, marker: re.Pattern[str]) -> list[str] | None:
    """``lines`` with the items that begin at ``starts`` (the last running to ``end``) numbered ``1.``, ``2.`` … in
    place of their ``marker``; None where an item asks nothing (points under one question) — only the last may lack
    its "?" where the copy stops inside it."""
    items = [" ".join(lines[start:stop]).strip() for start, stop in zip(starts, [*starts[1:], end], strict=True)]
    cut = end == len(lines) and bool(_CUT.search(items[-1]))
    if not all("?" in item for item in (items[:-1] if cut else items)):
        return None
    numbered = list(lines)
    for number, index in enumerate(starts, start=1):
        numbered[index] = marker.sub(f"{number}. ", numbered[index], count=1)
    return numbered
