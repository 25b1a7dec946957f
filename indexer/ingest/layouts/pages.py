"""Page furniture: what the layout repeats on every page rather than what the author wrote.

Running headers (``LANDTAG NORDRHEIN-WESTFALEN - 18. Wahlperiode Drucksache 18/14087``),
page numbers, the ``Datum des Originals … /Ausgegeben …`` line, distribution notes and
footnotes at page bottoms.  Text extracted without form feeds (as the Niedersachsen files
are) is split into pages at its running headers, so both inputs are cleaned the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.ingest.layouts.annexes import opens_annex
from indexer.ingest.text import join_lines, normalise_space
from indexer.model import Footnote

# Whole words: a head names „Deutscher Bundestag“, a sentence cites „Beschluss des Deutschen Bundestages (Drucksache …)“
_PARLIAMENT_WORDS = r"\b(?:landtag|bürgerschaft|abgeordnetenhaus|bundestag|bundesrat|wahlperiode)\b"
# A word of its own: "Bundestagsdrucksache 21/664" in a sentence cites a document, it heads no page.
_DRUCKSACHE = re.compile(r"\bDrucksache\s*\d{1,2}\s*/\s*\d{1,6}", re.I)
_PARLIAMENT_PERIOD = re.compile(
    r"^(?:LANDTAG|Landtag|Deutscher Bundestag|\w+ Landtag|\w+ Bürgerschaft|Abgeordnetenhaus)\b.{0,50}"
    r"\d{1,2}\.\s*Wahlperiode$"
)
# The cover names the subject after "betr.:"; no running head does.
_COVER = re.compile(r"\b[Bb]etr\.:")
_HEADER_PART = re.compile(
    r"^(?:LANDTAG(?: [A-ZÄÖÜ-]+)+|\d{1,2}\.\s*Wahlperiode|Drucksache\s*\d{1,2}\s*/\s*\d{1,6}"
    r"|\d{1,2}\.\s?\d{1,2}\.\s?\d{4})$"
)
_CITATION = re.compile(
    r"^(?:vgl\.|Vgl\.|siehe|Siehe|https?://|www\.|Drs\.|Drucksache|BT-Drs|Quelle|Ebd|Ebenda|Ibid|Abrufbar|Online)"
)
_ARROWS = re.compile(r"^[<>«»]{1,3}$")
_PAGE_NUMBER = re.compile(r"^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$|^Seite\s+\d{1,3}(?:\s+von\s+\d{1,3})?$", re.I)
# Niedersachsen's distribution note closes the Drucksache's last page: what is printed after it is annexed.
_DISTRIBUTED = re.compile(r"^\(verteilt am[^)]*\)(?:\s*\(verteilt am[^)]*\))*$", re.I)
_FOOTER_LINES = (
    re.compile(r"^\d{0,3}\s*Datum des Originals:.*$", re.I),
    # (the dates also letter-spaced: "Eingegangen: 23. 01. 2020 / Ausgegeben: 21. 02. 2020 1 Drucksachen …")
    re.compile(r"^\d{0,3}\s*Eingegangen:\s*(?:\S+|\d{1,2}\.\s?\d{1,2}\.\s?\d{4})\s*/\s*Ausgegeben:.*$", re.I),
    _DISTRIBUTED,
    re.compile(r"^bitte wenden!?$", re.I),  # Saarland's turn note at the foot of page 1, under the issue date
)
# The NRW page-1 notice about ordering printed copies, printed over several lines.
_NOTICE_START = re.compile(r"^Die Veröffentlichungen des Landtags", re.I)
_NOTICE_END = re.compile(r"www\.landtag\.nrw\.de\s*$", re.I)
_FOOTNOTE_START = re.compile(r"^(\d{1,3})\s+(\S.*)$")
_MAX_FOOTNOTE = 600  # characters: a longer "footnote" is a whole page copied onto one numbered line
_RULE = re.compile(r"^[_\-–]{5,}$")
# The answer part's heading and the first answer's label on one line, as a copy may join them ("Antwort des Senats
# Zu Frage 1:"): two lines, as printed.
_GLUED_LABEL = re.compile(r"^(Antwort (?:des|der) [^:]{2,80}?) (Zu (?:den |der )?Fragen? \d{1,3}\b[^:]{0,40}:.*)$")


@dataclass(frozen=True)
class CleanText:
    """The author's lines, page furniture removed, and the footnotes found at page bottoms."""

    lines: list[str]
    footnotes: tuple[Footnote, ...]
    first_page: list[str]  # page 1 as extracted, for the header facts


def is_running_header(line: str) -> bool:
    """A header line names the parliament (or the Wahlperiode) and the Drucksache; some layouts
    print the two halves on lines of their own (``LANDTAG NORDRHEIN-WESTFALEN - 17. Wahlperiode``)."""
    text = normalise_space(line)
    if len(text) > 160 or text.endswith((".", ",", ";", "?")):  # a sentence or a question, no page head
        return False
    if _COVER.search(text):  # Saarland's short cover on one line: "LANDTAG DES SAARLANDES … betr.: <title>"
        return False
    if _DRUCKSACHE.search(text) and re.search(_PARLIAMENT_WORDS, text, re.I):
        return True
    return bool(_PARLIAMENT_PERIOD.match(text))


def _is_top_furniture(line: str) -> bool:
    """Lines a page may start with before the text: header parts, a date, a page number."""
    return not line or is_running_header(line) or bool(_PAGE_NUMBER.match(line)) or bool(_HEADER_PART.match(line))


def split_pages(pages: list[list[str]]) -> list[list[str]]:
    """Split pages further wherever a running header starts a new page inside one."""
    out: list[list[str]] = []
    for page in pages:
        current: list[str] = []
        for line in page:
            # a page number printed above the first head ("- 1 -" over Saarland's cover) starts no page of its own,
            # nor a document host's arrows to the next page ("<<" over a docslib.org copy's page head)
            if is_running_header(line) and any(
                existing.strip() and not _PAGE_NUMBER.match(existing.strip()) and not _ARROWS.match(existing.strip())
                for existing in current
            ):
                out.append(current)
                current = []
            current.append(line)
        out.append(current)
    return [page for page in out if any(line.strip() for line in page)]


def clean_pages(pages: list[list[str]]) -> CleanText:
    """Lines of all pages without headers, page numbers, footer notes and footnotes."""
    split = split_pages(pages)
    first_page = [normalise_space(line) for line in split[0]] if split else []
    lines: list[str] = []
    footnotes: list[Footnote] = []
    annexed: int | None = None  # where the text printed after the distribution note begins
    for page in _closed_at_distribution(split):
        body = _strip_furniture([normalise_space(line) for line in page])
        body, notes = _take_footnotes(body, footnotes[-1].number + 1 if footnotes else 1)
        footnotes.extend(notes)
        lines.extend(part for line in body for part in _unglued(line))
        if annexed is None and _DISTRIBUTED.match(page[-1].strip()):
            annexed = len(lines)
    return CleanText(_with_cover_annexed(lines, annexed), tuple(footnotes), first_page)


def _with_cover_annexed(lines: list[str], start: int | None) -> list[str]:
    """An annex's cover printed after the distribution note before the annex's heading (a report's title page,
    ``Kleine Anfrage 19-11000 Anlage 1`` over ``Anlage 1: Neugründungen …``) goes under that heading, not into
    the last answer.  Text after the note that no heading follows stays where it is."""
    if start is None:
        return lines
    heading = next((i for i in range(start, len(lines)) if opens_annex(lines, i)), None)
    if heading is None or heading == start:
        return lines
    return [*lines[:start], lines[heading], *lines[start:heading], *lines[heading + 1 :]]


def _closed_at_distribution(pages: list[list[str]]) -> list[list[str]]:
    """Pages split after a distribution note: the copy runs an annex on from the last page, whose footnotes are
    printed above the note."""
    out: list[list[str]] = []
    for page in pages:
        current: list[str] = []
        for line in page:
            current.append(line)
            if _DISTRIBUTED.match(line.strip()):
                out.append(current)
                current = []
        if current:
            out.append(current)
    return out


def _unglued(line: str) -> list[str]:
    found = _GLUED_LABEL.match(line)
    return [found.group(1), found.group(2)] if found else [line]


def _strip_furniture(page: list[str]) -> list[str]:
    lines = [line for line in _drop_notice(page) if not any(p.match(line) for p in _FOOTER_LINES)]
    lines = _trim_blank(lines)
    # Top: running header(s) and a page number right below or above them.
    top = 0
    while top < len(lines) and top < 8 and _is_top_furniture(lines[top]):
        top += 1
    lines = _trim_blank(lines[top:])
    # Bottom: a page number.
    while lines and _PAGE_NUMBER.match(lines[-1]):
        lines = _trim_blank(lines[:-1])
    return lines


def _drop_notice(page: list[str]) -> list[str]:
    out: list[str] = []
    index = 0
    while index < len(page):
        if _NOTICE_START.match(page[index]):
            end = next((j for j in range(index, min(index + 8, len(page))) if _NOTICE_END.search(page[j])), None)
            if end is not None:
                index = end + 1
                continue
        out.append(page[index])
        index += 1
    return out


def _trim_blank(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start]:
        start += 1
    while end > start and not lines[end - 1]:
        end -= 1
    return lines[start:end]


def _take_footnotes(lines: list[str], expected: int) -> tuple[list[str], list[Footnote]]:
    """Split footnotes off the page bottom: numbered lines continuing the document's count,
    set off by a blank line or a rule, or referred to by a marker glued to a word above."""
    for start in range(max(0, len(lines) - 16), len(lines)):
        match = _FOOTNOTE_START.match(lines[start])
        if not match or int(match.group(1)) not in (expected, 1) or start == 0 or match.group(2)[0].isdigit():
            continue  # "1 000 Personen …" starts a paragraph, not a footnote
        number = int(match.group(1))
        separated = not lines[start - 1] or bool(_RULE.match(lines[start - 1])) or bool(_CITATION.match(match.group(2)))
        marked = bool(re.search(rf"(?<=[^\s\d/.,]){number}(?!\d)|(?<=[.)“\"]){number}(?!\d)", " ".join(lines[:start])))
        if not (separated or marked):
            continue
        notes = _footnote_block(lines[start:], number)
        if notes is None:
            continue
        body = lines[:start]
        while body and (not body[-1] or _RULE.match(body[-1])):
            body.pop()
        return body, notes
    return lines, []


def _footnote_block(lines: list[str], first: int) -> list[Footnote] | None:
    """Footnotes numbered first, first+1 … with continuation lines; None if it does not read so."""
    notes: list[tuple[int, list[str]]] = []
    for line in lines:
        match = _FOOTNOTE_START.match(line)
        if match and int(match.group(1)) == (notes[-1][0] + 1 if notes else first):
            notes.append((int(match.group(1)), [match.group(2)]))
        elif notes and line:
            if len(notes[-1][1]) >= 4:
                return None
            notes[-1][1].append(line)
    if any(len(join_lines(text)) > _MAX_FOOTNOTE for _, text in notes):  # a page run into one line, no note
        return None
    return [Footnote(number, join_lines(text)) for number, text in notes] or None
