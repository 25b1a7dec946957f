"""Questions printed without numbers (Saarland): the numbers exist only in the answer
headings ``Zu Frage 2:`` and ``Zu den Fragen 6, 7, 8 und 10:``.  Before each heading stand
as many questions as it names, each ending with ``?`` or written as a request (``Bitte nennen Sie …``,
``Die Landesregierung wird gebeten, …``); they take the heading's numbers in order, so questions
printed out of order (10 before 9, answered with 6 to 8) keep their own.
Where no question is printed at all, only the answers under their headings (a senator's answers
in Bremen's Fragestunde, after its quoted subject), the questions are numbered from the headings and left without
text.
"""

from __future__ import annotations

import re

from indexer.ingest.layouts.annexes import annex_start
from indexer.ingest.layouts.questions import INTERROGATIVE, QuestionSpan, Split, parse_number_list

_HEADING = re.compile(
    r"^Zu (?:der )?Frage (?P<one>\d{1,3})\s*(?::\s*(?P<rest>.*)|$)"
    # also without the article or the plural: "Zu Fragen 3 und 4:", "Zu Frage 1 und 2:"
    r"|^Zu (?:den )?Fragen? (?P<many>\d{1,3}(?:\s*(?:,|und|bis|-|–)\s*\d{1,3})+)\s*(?::\s*(?P<rest2>.*)|$)"
)
_NUMBERED_LINE = re.compile(r"^(?:Frage\s+)?\d{1,3}(?:\.|\.\)|:)\s+[A-ZÄÖÜ„\"]")
_SENTENCE_END = re.compile(r"[.?!:]\s*$")
# A question written as a request, without '?': "Bitte schlüsseln Sie … auf.", "Bitte Angaben in VZÄ.",
# "Die Landesregierung wird gebeten, … darzulegen.", "Wir bitten um …" — the last sentence of ``text``.
# It starts a line or follows a colon and may wrap over lines.  "Ich bitte um Verständnis, …" is the government's.
_REQUEST = re.compile(
    r"(?:^|(?<=[.?!:] ))[„\"]?(?:Bitte\s|(?:Die|Der)\s+(?:Landes|Staats|Bundes)?(?:regierung|Senat)\s+(?:wird|möge)"
    r"\s+(?:\w+\s+){0,3}?gebeten\b|Wir\s+bitten\s)[^?]*?[.!][“\"]?\s*\Z",
    re.M,
)
# Where a sentence ends and the next begins (a full stop after a word, not after "z. B." or a date's number).
_SENTENCE_BREAK = re.compile(r"(?:(?<=[a-zäöüß)]{2}[.!])|(?<=[.!?][“\"]))\s+(?=[„\"]?[A-ZÄÖÜ])")
NOTE = "Fragen ohne Nummern: die Nummern sind den Überschriften „Zu Frage …“ der Antworten entnommen."
ANSWERS_ONLY = (
    "Die Fragen selbst stehen nicht im Text, nur die Antworten unter „Zu Frage …“: "
    "die Fragen sind nach diesen Überschriften nummeriert und ohne Wortlaut."
)


def unnumbered(lines: list[str]) -> Split | None:
    """The questions numbered from the answer headings; None if this is not the layout."""
    captioned = annex_start(lines)  # an annex's captions ("Zu Frage 4:" over its table) number no question
    matches = [(i, m) for i, m in ((i, _HEADING.match(line)) for i, line in enumerate(lines[:captioned])) if m]
    headings = [(i, _numbers(m)) for i, m in matches]
    rests = {i: m.group("rest") or m.group("rest2") or "" for i, m in matches}
    # One heading is enough where the copy stops in the questions after its answer ("Zu Frage 1: … Wie viel …?").
    alone = len(headings) == 1 and headings[0][1] == [1] and _trailing_paragraphs(lines, headings[0][0] + 1, rests)
    if (len(headings) < 2 and not alone) or any(
        _NUMBERED_LINE.match(line) and asks(line) for line in lines[: headings[0][0]]
    ):
        return None
    named = [n for _, numbers in headings for n in numbers]
    if len(named) != len(set(named)):  # a number answered twice: not this layout
        return None
    if not any(_asks_before(lines, headings, position) for position in range(len(headings))):  # answers only
        return _answers_only(lines, headings, rests)
    spans: list[QuestionSpan] = []
    previous_end = 0
    for position, (index, numbers) in enumerate(headings):
        starts = _question_starts(lines, previous_end, index, len(numbers))
        if starts is None:
            return None
        if spans:  # the previous answer ends where these questions begin
            for span in spans[-len(headings[position - 1][1]) :]:
                span.answer_lines = _answer(lines, span.answer_start, starts[0], rests)
        bounds = [*starts, index]
        for number, start, end in zip(numbers, bounds, bounds[1:], strict=False):
            spans.append(QuestionSpan(number, start, index + 1, index + 1, text_lines=lines[start:end]))
        previous_end = index + 1
    tail = _trailing_paragraphs(lines, headings[-1][0] + 1, rests)
    for span in spans[-len(headings[-1][1]) :]:
        span.answer_lines = _answer(lines, span.answer_start, tail[0][0] if tail else len(lines), rests)
    for span in spans:
        group = next(numbers for _, numbers in headings if span.number in numbers)
        span.answered_with = tuple(n for n in group if n != span.number)
    after = max(named)  # the questions after the last answer follow on from its numbers, without answer
    spans.extend(
        QuestionSpan(after + n, at, len(lines), len(lines), text_lines=[text]) for n, (at, text) in enumerate(tail, 1)
    )
    front_end = spans[0].start
    return Split(sorted(spans, key=lambda s: s.number), front_end, [NOTE])


def asks(text: str) -> bool:
    """Does ``text`` ask: a question mark, or a request as its last sentence?"""
    if "?" in text:
        return True
    breaks = [found.end() for found in _SENTENCE_BREAK.finditer(text)]  # the last sentence only: linear time
    return bool(_REQUEST.search(text, breaks[-1] if breaks else 0))


_UNQUOTED_MARK = re.compile(r"\?(?![“”\"])")


def _asks_before(lines: list[str], headings: list[tuple[int, list[int]]], position: int) -> bool:
    """Does the text between heading ``position`` and the one before it ask (a request may wrap lines)?  After
    an answer only a '?' does: a request there ("Bitte beachten Sie …") closes the answer."""
    start = headings[position - 1][0] + 1 if position else 0
    text = "\n".join(line.strip() for line in lines[start : headings[position][0]])
    if position == 0:  # a quoted subject that asks is no question (Bremen's Fragestunde: „„Inwieweit … statt?““)
        return asks(text) and not ("?" in text and not _UNQUOTED_MARK.search(text))
    return "?" in text


def _answers_only(lines: list[str], headings: list[tuple[int, list[int]]], rests: dict[int, str]) -> Split:
    """Each heading's answer for the questions it names, which are not printed."""
    spans: list[QuestionSpan] = []
    for position, (index, numbers) in enumerate(headings):
        end = headings[position + 1][0] if position + 1 < len(headings) else len(lines)
        answer = _answer(lines, index + 1, end, rests)
        for number in numbers:
            joint = tuple(n for n in numbers if n != number)
            spans.append(QuestionSpan(number, index, index + 1, end, answer_lines=answer, answered_with=joint))
    return Split(sorted(spans, key=lambda s: s.number), headings[0][0], [ANSWERS_ONLY])


_ASKED = re.compile(r"(?<=\?) (?=[„\"]?[A-ZÄÖÜ])")  # where one question ends and the next begins in a paragraph


_CLOSED = (".", "!", "?", ":", ")")  # a sentence's last mark: no copy cut it


def trailing_questions(units: list[str]) -> int:
    """How many of the last ``units`` (an answer's sentences or paragraphs, from its first to the end of the text) are
    the questions printed after it in a copy cut before their answers: the run of units ending with '?' up to the last,
    which the cut stops inside its words (``… erhöht. Wie viel Geld …? Wer trägt …? Wie steht …``), each worded as a
    question; never the first (the answer's own).  0 where the copy is whole, ending on a closing mark, also on '?'
    or a quote: an answer may end by asking (``Welche Folgen hat das?``) — one rule for the flat copy and the lines."""
    if len(units) < 2 or units[-1].rstrip().rstrip('“”"»').endswith(_CLOSED):
        return 0
    count = 1
    while count < len(units) - 1 and units[-count - 1].rstrip().endswith("?"):
        count += 1
    return count if all(INTERROGATIVE.match(unit.strip()) for unit in units[-count:]) else 0


def _trailing_paragraphs(lines: list[str], start: int, rests: dict[int, str]) -> list[tuple[int, str]]:
    """The :func:`trailing_questions` after the answer that starts on line ``start`` (with text on the heading's
    line in ``rests``), read by paragraph, each split where a question ends: their first lines and texts, in order."""
    units: list[tuple[int, str]] = [(start - 1, rests[start - 1])] if rests.get(start - 1) else []
    paragraphs: list[tuple[int, list[str]]] = []
    for index in range(start, len(lines)):
        if not lines[index].strip():
            continue
        if index > start and lines[index - 1].strip() and paragraphs:
            paragraphs[-1][1].append(lines[index].strip())
        else:
            paragraphs.append((index, [lines[index].strip()]))
    units.extend((at, part) for at, words in paragraphs for part in _ASKED.split(" ".join(words)))
    count = trailing_questions([text for _, text in units])
    return units[-count:] if count else []


def _numbers(match: re.Match[str]) -> list[int]:
    return [int(match.group("one"))] if match.group("one") else parse_number_list(match.group("many"))


def _answer(lines: list[str], start: int, end: int, rests: dict[int, str]) -> list[str]:
    """The answer under the heading on line ``start - 1``, with text printed on the heading's line."""
    rest = rests.get(start - 1, "")
    return [rest, *lines[start:end]] if rest else lines[start:end]


def _question_starts(lines: list[str], low: int, heading: int, count: int) -> list[int] | None:
    """First lines of the ``count`` questions just above ``heading``.

    A question is the sentences back to the previous full stop or colon; where one heading
    answers several, each question ends with '?' and they are told apart there."""
    starts: list[int] = []
    end = heading
    for _ in range(count):
        while end > low and not lines[end - 1].strip():
            end -= 1
        if end <= low:
            return None
        start = end - 1
        while start > low and lines[start - 1].strip() and not _ends_before(lines[start - 1], count):
            start -= 1
        starts.insert(0, start)
        end = start
    return starts


def _ends_before(line: str, count: int) -> bool:
    """Does ``line`` end the text before a question?  A '?' does only between questions answered together."""
    return bool(_SENTENCE_END.search(line)) and (count > 1 or not line.rstrip().endswith("?"))
