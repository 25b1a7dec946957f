"""Footnotes marked with an asterisk that the page break left between two questions.

The Bundestag marks its footnotes with ``*`` (``… [121]; 137, 185 [234 f.]).*``) and prints them at the page
bottom: ``* Hierzu vgl. Antwort der Bundesregierung …`` or ``* Von einer Drucklegung der Anlage wird abgesehen. …``.
Where that bottom falls after a question's last line and before the next question (or the next lettered part of the
same question), the note is neither the question's answer nor a line of the next question: read as text it breaks
a run of questions answered together (``1. …? 4. …? 6. …? 9. …? * Hierzu … 10. …?``) or becomes the whole
"answer" of the question above it.  Such a note is taken off as a footnote; a note after an answer's finished
sentence stays where it is.  Where the page ends inside a sentence, even inside a word, the note stands in it
(„Weitere Ergeb-“ / „* Von einer Drucklegung der Anlage wird abgesehen. …“ / „nisse in der erfragten …“, Bundestag
21/1005; a question's lead before its list „… handelt)“ / note / „a) Bill & Melinda Gates Foundation …“, 21/1070): the
note is taken off there too, so that the sentence and the word join again.

The Bundestag's notes on what the print leaves out („* Von einer Drucklegung der Anlage wird abgesehen. Diese ist auf
Bundestagsdrucksache … abrufbar.“, „* Das Bundesministerium … hat die Antwort als „VS – Nur für den Dienstgebrauch“
eingestuft. …“) are never an answer's words: they are taken off wherever they stand, also after an answer's finished
sentence, where they ended an answer (in 160 of 672 Bundestag answers).
"""

from __future__ import annotations

import re

from indexer.model import STAR, Footnote

_NOTE_START = re.compile(r"^(\*{1,3})\s+\S")
# The next question ("10. Bis wann …") or the question's next lettered part ("b) Wenn ja, …").
_QUESTION_START = re.compile(r"^(?:\d{1,3}\.|[a-z]\))\s+[A-ZÄÖÜ„\"“(]")
_MAX_NOTE_LINES = 4
# The print's own notes: an annex or table not printed, an answer classified and deposited
_PRINT_NOTE = re.compile(
    r"^\*{1,3}\s+(?:Von einer Drucklegung de[rs] \w+ wird abgesehen\b"
    r"|Das [^.]{3,120}? hat die Antwort als „VS\s?[-–])"
)
# Where such a note ends: „… auf der Internetseite des Deutschen Bundestages abrufbar.“, „… eingesehen werden.“
_PRINT_NOTE_END = re.compile(r"(?:abrufbar|eingesehen werden|einsehbar)\.$")
_NUMBERED_QUESTION = re.compile(r"^\d{1,3}\.\s+[A-ZÄÖÜ„\"“(]")
# A line that stops inside a sentence: on a word's hyphen („Ergeb-“), a comma or a word in lower case („… auf Grundlage
# der“), not on a number (a table's row: „MV 51 11 5“), a capitalised word (a table's source: „Quelle: … im
# Umweltbundesamt“) nor on a sentence's end.
_STOPS_INSIDE = re.compile(r"(?:[^\W\d_]-|,|(?:^|\s)[a-zäöüß]+)$")
# A line that goes on a sentence whatever stood before: in lower case, with a number or a bracket („(HZÄ) und …“).
_GOES_ON = re.compile(r"^[a-zäöüß\d(]")


def take_starred_notes(lines: list[str]) -> tuple[list[str], list[Footnote], frozenset[int]]:
    """The lines (stripped of leading spaces, as the parser hands them on) without the asterisk notes standing between
    a question and the next or inside a sentence (a page's foot between its lines), those notes, and where a page
    ends: a note of the print's own after a finished sentence leaves a blank line there (an annex's first page may
    follow, see :mod:`indexer.ingest.layouts.annexes`) — a page end no other blank line marks."""
    kept: list[str] = []
    notes: list[Footnote] = []
    page_ends: set[int] = set()
    index = 0
    printed = False  # a note of the print's own among the notes taken off since the last line kept
    while index < len(lines):
        end = _note_end(lines, index)
        if end is None:
            kept.append(lines[index])
            index += 1
            continue
        notes.append(Footnote(STAR, " ".join(line.strip() for line in lines[index:end])))
        printed = printed or _PRINT_NOTE.match(lines[index]) is not None
        following = lines[end] if end < len(lines) else ""
        if printed and not (following and _note_end(lines, end)):  # the page's last note
            if _page_ends_after(kept, following):
                page_ends.add(len(kept))
                kept.append("")
            printed = False
        index = end
    return kept, notes, frozenset(page_ends)


# An abbreviation a sentence goes on after, where the next line starts in lower case („Ob bzw.“ / „wie oft …“)
_ABBREVIATED = re.compile(r"(?:^|\s)(?:bzw|vgl|ggf|usw|sog|ca|insb|inkl|u\. ?a|z\. ?B|d\. ?h)\.$")


def _page_ends_after(kept: list[str], following: str) -> bool:
    """Does the page end after the last line kept, where a note of the print's own was taken off: that line finishes
    a sentence (a note taken off before it may have stood between), not on an abbreviation before a line in lower
    case („Ob bzw.“ / note / „wie oft …“ goes on; „… verwiesen.“ / note / „d) Wieso …“ does not)?"""
    last = kept[-1].rstrip() if kept else ""
    goes_on = _ABBREVIATED.search(last) is not None and following.strip()[:1].islower()
    return bool(re.search(r"[.!:]\*{0,3}$", last)) and not goes_on


def _note_end(lines: list[str], index: int) -> int | None:
    """The line after the note starting at ``index``, if one starts there between a question and the next, or inside
    a sentence."""
    start = _NOTE_START.match(lines[index])
    if not start or index == 0:
        return None
    stars = re.escape(start.group(1))
    if _PRINT_NOTE.match(lines[index]):  # its marker may stand apart: „Es wird die Anlage * verwiesen.“ (21/430)
        marked = any(re.search(rf"\S\s?{stars}(?![\w*-])", line) for line in lines[:index])
        return _print_note_end(lines, index) if marked else None
    # a marker ends a word ("… [234 f.]).*"): a gender star goes on ("Mitarbeiter*innen", "Moderator*in-")
    if not any(re.search(rf"(?<=[^\s*]){stars}(?![\w*-])", line) for line in lines[:index]):
        return None  # no marker above it: not a footnote of this text
    if _SOURCE_NOTE.match(lines[index]):  # a source's web address is no answer's words, wherever it stands
        return _source_note_end(lines, index)
    asked = lines[index - 1].rstrip().endswith("?")
    if not asked and re.search(r"[.?!:;]$", lines[index - 1].rstrip()):
        return None
    if not asked:
        return _inside_sentence_end(lines, index)
    for end in range(index + 1, min(index + 1 + _MAX_NOTE_LINES, len(lines))):
        if not lines[end].strip() or _NOTE_START.match(lines[end]):
            return None  # a blank line, or a second starred line: an answer written as a list of "* " items
        if _QUESTION_START.match(lines[end]):
            return end
    return None


# A note that only gives a source's web address („* www.prognos.com/…“, „** https://www.destatis.de/…“, 21/1206), the
# address wrapped at the line's end („…/sektorale-und-gesamtwirtschaftliche-ver“ / „moegensbilanzen-data.pdf“)
_SOURCE_NOTE = re.compile(r"^\*{1,3}\s+(?:www\.|https?://)\S+")
_ADDRESS_GOES_ON = re.compile(r"^[a-z0-9][\w./%?=&#-]*$")


def _source_note_end(lines: list[str], index: int) -> int:
    """The line after a source note: its address may run on over lines without a space."""
    end = index + 1
    while end < len(lines) and _ADDRESS_GOES_ON.match(lines[end].strip()) and not lines[index].rstrip().endswith("."):
        end += 1
    return end


def _print_note_end(lines: list[str], index: int) -> int | None:
    """The line after a note of the print's own (an annex not printed, an answer classified): its line that ends it
    („… abrufbar.“), else its first line ending with a full stop; a question, another note or a blank line after its
    first line and before its end leave it in place."""
    first_stop = None
    for end in range(index, min(index + _MAX_NOTE_LINES, len(lines))):
        line = lines[end].rstrip()
        if end > index and (not line or _NOTE_START.match(line) or _QUESTION_START.match(line)):
            break
        if _PRINT_NOTE_END.search(line):
            return end + 1
        if first_stop is None and line.endswith("."):
            first_stop = end + 1
    return first_stop


def _inside_sentence_end(lines: list[str], index: int) -> int | None:
    """The line after a note that stands inside a sentence: the note ends on its first line ending with a full stop,
    and the line after it goes on — in lower case, with a number or a bracket after a line that stopped on a word, or
    whatever it starts with after a line that stopped on a hyphen, a comma or a lower-case word; a question's lead
    that stopped on „)“ goes on only into a lettered part („a) Bill & …“).  A question starting inside the note's
    lines, a second starred line or a blank line leave it in place."""
    before = lines[index - 1].rstrip()
    if _NOTE_START.match(before):
        return None  # the last item of a list of "* " items, not a note
    for end in range(index, min(index + _MAX_NOTE_LINES, len(lines) - 1)):
        if end > index and (
            not lines[end].strip() or _NOTE_START.match(lines[end]) or _QUESTION_START.match(lines[end])
        ):
            return None
        if not lines[end].rstrip().endswith("."):
            continue
        after = lines[end + 1].strip()
        if not after or _NOTE_START.match(after) or _NUMBERED_QUESTION.match(after):
            return None
        if re.match(r"^[a-z]\)\s", after):
            return end + 1
        if before.endswith(")"):
            return None
        if _STOPS_INSIDE.search(before) or (re.search(r"[^\W\d_]$", before) and _GOES_ON.match(after)):
            return end + 1
        return None
    return None
