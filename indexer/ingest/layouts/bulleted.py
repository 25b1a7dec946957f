"""Questions printed as a bulleted list: a web copy (a member's own site) renders the numbered list of the
question paper with dashes or dots ("Hierzu frage ich die Landesregierung: - Sind …? - Falls ja, …?"), while the
answers still cite the numbers ("Zu den Fragen 1 und 2:").  The bullets are numbered in their order, and the
archivist is told."""

from __future__ import annotations

import re

from indexer.ingest.layouts.questions import ASKING_WORDS

_ASKING_LINE = re.compile(ASKING_WORDS + r"[^.:?!]{0,30}:\s*$")
_BULLET = re.compile(r"^[-–•·▪]\s+(?=[A-ZÄÖÜ„\"])")
_NUMBERED = re.compile(r"^(?:Frage\s+)?1\.?\s+[A-ZÄÖÜ]", re.M)
_MIN_BULLETS = 2


def number_bullets(lines: list[str]) -> tuple[list[str], list[str]]:
    """``lines`` with the bulleted questions after the askers' request numbered ``1.``, ``2.``, …; a note for the
    report.  Nothing changes where a question 1 is printed, fewer than two bullets follow the request or a bullet
    asks nothing."""
    if any(_NUMBERED.match(line) for line in lines):
        return lines, []
    asking = next((i for i, line in enumerate(lines) if _ASKING_LINE.search(line)), None)
    if asking is None:
        return lines, []
    bullets: list[int] = []
    end = len(lines)
    for index in range(asking + 1, len(lines)):
        line = lines[index]
        if _BULLET.match(line):
            bullets.append(index)
        elif bullets and (not line.strip() or line[:1].islower()):
            continue  # a bullet's text broken over lines ("… für Wind-" / "räder? …")
        elif bullets or line.strip():
            end = index
            break
    if len(bullets) < _MIN_BULLETS:
        return lines, []
    items = [" ".join(lines[start:stop]) for start, stop in zip(bullets, [*bullets[1:], end], strict=True)]
    if not all("?" in item for item in items):  # a list of points under one question is no list of questions
        return lines, []
    numbered = list(lines)
    for number, index in enumerate(bullets, start=1):
        numbered[index] = _BULLET.sub(f"{number}. ", numbered[index], count=1)
    note = (
        f"Die {len(bullets)} Fragen stehen als Aufzählung ohne Nummern im Text; sie werden in ihrer Reihenfolge"
        f" als Fragen 1 bis {len(bullets)} gelesen."
    )
    return numbered, [note]
