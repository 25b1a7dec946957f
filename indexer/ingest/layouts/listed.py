"""The *listed* layout: questions listed first, answered under ``Zu 1.:`` headings
(Baden-Württemberg, Bayern, Thüringen, Rheinland-Pfalz, Unterrichtungen) or ``Antwort zu 1:``
(Berlin answers copied onto web pages), also where the question paper is printed before the
answer (``Frage 1: …`` repeated, then ``zu den Fragen 1 und 2:``).  A heading for a part of a
question (``Zu 3. a):``) adds to that question's answer, keeping the part's letter.
"""

from __future__ import annotations

import itertools
import re

from indexer.ingest.layouts.annexes import annex_start
from indexer.ingest.layouts.questions import (
    _MAX_QUESTION_LINES,
    _NUMBERED,
    _ROMAN_SECTION,
    _STARTS_LIKE_TEXT,
    QuestionSpan,
    Split,
    _numbering_notes,
    _question_text_lines,
    opens_answer,
    parse_number_list,
    sub_number,
)

_ZU_HEADING = re.compile(
    # (NRW's 14th period also "Zur Frage 1", without colon, on a line of its own)
    r"^(?:Zu\s+(?:den\s+|der\s+)?(?:Fragen?\s+|Ziffern?\s+|Nrn?\.\s*)?|zu\s+(?:den\s+Fragen|Frage)\s+|Zur\s+Frage\s+"
    r"|Antwort\s+zu\s+(?:den\s+)?(?:Fragen?\s+)?"
    r"|Zusammenfassende Antwort (?:auf die|zu den|zu der) Fragen?\s+)"  # Sachsen also "… zu den Fragen 1 und 2:"
    r"(?P<nums>\d{1,3}\.?(?:\s*(?:,|und|bis|-|–)\s*\d{1,3}\.?)*)"
    # (a range of parts with a dash: Bayern's „Zu 1. a)–c): Die Staatsregierung …“)
    r"(?P<parts>\s*[a-z]\)(?:\s*(?:,|und|bis|-|–)\s*(?:\d{1,3}\.?\s*)?[a-z]\))*)?\s*:?\s*(?P<rest>.*)$"
)

_ANSWER_LINE = re.compile(r"^Antwort\s*:")
# A heading's numbers followed by a sentence's lower-case word of two letters or more, no colon after it ("wird auf
# … verwiesen", ") sowie aus …"): not "Zu 2d", "Zu 11a, 11c", "Zu 1 und 2 gemeinsam", "Zu Frage 1 (Radwege)".
_SENTENCE_GOES_ON = re.compile(r"(?!(?:gemeinsam|zusammen)\b)[a-zäöüß]{2,}")
# One heading is enough where it names several questions, or where it is ``Zu Frage 1:`` of a text cut
# after that answer (Bremen: "Wir fragen den Senat: 1. … 2. … 3. … Antwort des Senats Zu Frage 1: …"),
# not where numbered questions follow it ("1. …? Zu Frage 1: … 2. …? … 3. …? …" is interleaved); Thüringen's bare
# ``Zu 1.:`` only after question 2 (all listed first: "1. …? 2. …? 3. …? Das Ministerium … Zu 1.: …", cut there).
_CUT_AFTER_ONE = re.compile(r"^Zu (?:der )?Frage 1\s*:")
_BARE_ONE = re.compile(r"^Zu 1\.?\s*:")


def is_answer_heading(line: str) -> bool:
    """``Zu Frage 1:``, ``Zu 1. und 2.:``, ``Antwort zu 3:`` — a line that opens an answer of the listed layout."""
    return _heading(line) is not None


def _heading(line: str) -> re.Match[str] | None:
    """The heading's match; Brandenburg's lower-case ``zu den Fragen 1 und 2:`` only with its colon — without it the
    words are a wrapped sentence's end (``Es wird auf die Antworten`` / ``zu den Fragen 1 und 2 verwiesen.``) —, and
    none that a sentence goes on from without a colon (``Zu den Fragen 1 und 2 wird auf … verwiesen.``, ``Antwort zu
    den Fragen 14 und 16) sowie …``; not ``Zu 2d``, ``Zu 1 und 2 gemeinsam``, ``Zu 1. Die Landesregierung …``)."""
    found = _ZU_HEADING.match(line)
    if found is None:
        return None
    after = line[found.end("parts") if found.group("parts") else found.end("nums") :].lstrip()
    if after.startswith(":"):
        return found
    if after.startswith(")") and after != ")":  # closes a bracket opened before the line ("(siehe / Antwort zu 4).")
        return None
    if line.startswith("zu ") or (_SENTENCE_GOES_ON.match(after) and ":" not in after):
        return None
    return found


def listed(lines: list[str]) -> Split | None:
    """Questions listed first, answered under ``Zu N:`` headings; None if not this layout."""
    annexed = annex_start(lines)
    headings = [(i, m) for i, m in ((i, _heading(line)) for i, line in enumerate(lines[:annexed])) if m]
    if not headings or (
        len(headings) < 2
        and len(parse_number_list(headings[0][1].group("nums"))) < 2
        and not (_cut_after_one(lines, headings[0][0]) and not _asked_after(lines, headings[0][0]))
    ):
        return None
    groups = _renumber([parse_number_list(m.group("nums")) for _, m in headings])
    first_heading = headings[0][0]
    items = _listed_items(lines[:first_heading])
    wanted = sorted({n for group in groups for n in group})
    if not items or [n for n, _, _ in items] != list(range(1, len(items) + 1)) or wanted[-1] > len(items):
        return None
    if _answered_between(lines, items):  # "1. …? Antwort: … 2. …?": interleaved, a joint heading only at the end
        return None
    if _asked_after(lines[:annexed], first_heading, len(items) + 1):  # "1. …? 2. …? Zu 2d … 3. …?": interleaved
        return None
    spans = [
        QuestionSpan(number, start, end, end, text_lines=_question_text_lines(lines[start:end]))
        for number, start, end in items
    ]
    by_number = {span.number: span for span in spans}
    for position, ((index, match), group) in enumerate(zip(headings, groups, strict=False)):
        end = headings[position + 1][0] if position + 1 < len(headings) else len(lines)
        body = ([match.group("rest")] if match.group("rest") else []) + lines[index + 1 : end]
        body = _without_repeated_question(body, group[-1] + 1)
        parts = re.sub(r"\s*\d{1,3}\.?\s*", " ", match.group("parts") or "").strip()
        if parts and _whole_named(match.group("nums")):  # "Zu 1. bis 5. und 5. a):" — 5 a) is part of 5, named
            parts = ""
        if parts:  # "Zu 3 b) und 3 c):" answers part of question 3: keep the letters, add to its answer
            body = [f"{parts} {body[0]}" if body else parts, *body[1:]]
        for number in group:
            if number in by_number:
                member = by_number[number]
                member.answer_lines = [*member.answer_lines, "", *body] if parts and member.answer_lines else body
                member.answered_with = tuple(n for n in group if n != number)
    notes = _numbering_notes([s.number for s in spans])
    if any(len(group) and group[0] != raw for group, raw in zip(groups, _raw_firsts(headings), strict=False)):
        notes.append("Die Nummerierung beginnt in einem neuen Abschnitt wieder bei 1; Fragen sind fortlaufend gezählt.")
    return Split(spans, spans[0].start, notes)


def _whole_named(nums: str) -> bool:
    """Is the question whose part a heading names after its numbers also named whole before it (Bayern's „Zu 1. bis 5.
    und 5. a):“ answers questions 1 to 5 with 5's part a), not part a) of each)?"""
    last = re.search(r"(?:,|und)\s*(?P<number>\d{1,3})\.?\s*$", nums)
    return last is not None and int(last.group("number")) in parse_number_list(nums[: last.start()])


# Bayern's questions numbered by their parts only („1.1 Fördert die Staatsregierung …? 1.2 Wenn ja, wie? 1.3 …“), each
# answered under its own heading („Zu 1.1: …“, „Zu 1.2: Siehe Antwort zu Frage 1.1.“)
_DECIMAL_HEADING = re.compile(r"^Zu\s+(?P<label>\d{1,3}\.\d{1,2})\s*:\s*(?P<rest>.*)$")


def listed_decimal(lines: list[str]) -> Split | None:
    """Questions listed first by decimal number only, each answered under its own ``Zu N.M:`` heading; None unless
    every heading names a listed question, in the order listed, and no question numbered ``N.`` alone is listed."""
    headings = [(i, m) for i, m in ((i, _DECIMAL_HEADING.match(line)) for i, line in enumerate(lines)) if m]
    if len(headings) < 2:
        return None
    items: list[tuple[str, int, int]] = []
    for index, line in enumerate(lines[: headings[0][0]]):
        match = _NUMBERED.match(line)
        if match and match.group("text") and not match.group("letter"):
            if not match.group("minor"):
                return None  # a plain "2." among them: the integer layouts read it
            items.append((f"{match.group('major')}.{match.group('minor')}", index, _item_end(lines, index)))
    labels = [label for label, _, _ in items]
    answered = [m.group("label") for _, m in headings]
    if not items or labels[0] != "1.1" or len(set(labels)) < len(labels) or not set(answered) <= set(labels):
        return None
    order = [labels.index(label) for label in answered]
    if order != sorted(set(order)):  # each heading once, in the order the questions are listed
        return None
    spans = [
        QuestionSpan(number, start, end, end, label=label, text_lines=_question_text_lines(lines[start:end]))
        for number, (label, start, end) in enumerate(items, start=1)
    ]
    by_label = {span.label: span for span in spans}
    for position, (index, match) in enumerate(headings):
        end = headings[position + 1][0] if position + 1 < len(headings) else len(lines)
        by_label[match.group("label")].answer_lines = ([match.group("rest")] if match.group("rest") else []) + lines[
            index + 1 : end
        ]
    return Split(spans, spans[0].start, [])


def _raw_firsts(headings: list[tuple[int, re.Match[str]]]) -> list[int]:
    return [parse_number_list(m.group("nums"))[0] for _, m in headings]


def _renumber(groups: list[list[int]]) -> list[list[int]]:
    """Numbering that starts again at 1 in a new section continues the count instead."""
    out: list[list[int]] = []
    offset = 0
    highest = 0
    for group in groups:
        if group and group[0] + offset <= highest and group[0] == 1:
            offset = highest
        shifted = [n + offset for n in group]
        highest = max([highest, *shifted])
        out.append(shifted)
    return out


def _listed_items(lines: list[str]) -> list[tuple[int, int, int]]:
    """(number, first line, end line) of the numbered items before the answers, counted through
    sections that start again at 1; the last run of items that starts at 1 is taken."""
    runs: list[list[tuple[int, int, int]]] = []
    current: list[tuple[int, int, int]] = []
    offset = 0
    for index, line in enumerate(lines):
        match = _NUMBERED.match(line)
        alone = index + 1 < len(lines) and bool(_STARTS_LIKE_TEXT.match(lines[index + 1]))  # "Frage 1:" / text
        if not match or not (match.group("text") or alone) or sub_number(match):
            continue
        number = int(match.group("major"))
        expected = (current[-1][0] + 1 - offset) if current else 1
        if number == expected:
            current.append((number + offset, index, _item_end(lines, index)))
        elif number == 1 and current and _section_between(lines, current[-1][1], index):
            offset = current[-1][0]
            current.append((1 + offset, index, _item_end(lines, index)))
        elif number == 1:
            runs.append(current)
            current, offset = [(1, index, _item_end(lines, index))], 0
    runs.append(current)
    runs = [run for run in runs if run]
    return max(runs, key=len) if runs else []


def _answered_between(lines: list[str], items: list[tuple[int, int, int]]) -> bool:
    """An answer (``Antwort: …``) stands between two listed questions: they are not listed first."""
    gaps = (lines[end:start] for (_, _, end), (_, start, _) in itertools.pairwise(items))
    return any(_ANSWER_LINE.match(line) for gap in gaps for line in gap)


def _cut_after_one(lines: list[str], index: int) -> bool:
    """Is the heading at ``index`` the lone first heading of a copy cut inside answer 1 (see ``_CUT_AFTER_ONE``)?"""
    if _CUT_AFTER_ONE.match(lines[index]):
        return True
    listed_two = any((m := _NUMBERED.match(line)) and int(m.group("major")) == 2 for line in lines[:index])
    return bool(_BARE_ONE.match(lines[index])) and listed_two


def _asked_after(lines: list[str], start: int, number: int | None = None) -> bool:
    """A numbered question (``2. …?``; with ``number``, only that one) stands after line ``start``."""
    numbered = (
        i
        for i in range(start + 1, len(lines))
        if (m := _NUMBERED.match(lines[i])) and not sub_number(m) and number in (None, int(m.group("major")))
    )
    return any(_ENDS_ASKED.search(line) for i in numbered for line in lines[i : _item_end(lines, i)])


# A question's end: its '?', or the askers' request in brackets after it (Sachsen: „Frage 3: Wie wird sich … bis zum
# Jahr 2021 entwickeln? (Bitte die Antworten nach Kulturräumen getrennt aufschlüsseln)“)
_ENDS_ASKED = re.compile(r"\?(?: \([^()]*\))?$")


def _section_between(lines: list[str], start: int, end: int) -> bool:
    return any(_ROMAN_SECTION.match(line) for line in lines[start + 1 : end])


def _item_end(lines: list[str], start: int) -> int:
    for index in range(start + 1, min(len(lines), start + _MAX_QUESTION_LINES)):
        line = lines[index]
        if not line or _NUMBERED.match(line) or _ROMAN_SECTION.match(line) or re.match(r"^Antwort\b", line):
            return index
        if lines[index - 1].rstrip().endswith("?") and opens_answer(lines, index) is not None:
            return index  # "Das Ministerium … hat die Kleine Anfrage … wie folgt beantwortet:" (Thüringen)
    return min(len(lines), start + _MAX_QUESTION_LINES)


def _without_repeated_question(body: list[str], next_number: int) -> list[str]:
    """Drop the next question where it is repeated just before its ``Zu`` heading."""
    for index in range(len(body) - 1, max(-1, len(body) - _MAX_QUESTION_LINES), -1):
        match = _NUMBERED.match(body[index])
        if match and not sub_number(match) and int(match.group("major")) == next_number:
            return body[:index]
    return body
