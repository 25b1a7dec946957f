"""Questions numbered with a closing parenthesis, each followed by its answer under ``Antwort:`` (Schleswig-Holstein:
"1) In welchem zeitlichen Turnus …? Antwort: Die Erstellung … 2) Welcher Personenkreis …? Antwort: …").  The
numbers are read as the ``1.``, ``2.`` the other layouts print.  A bare ``1)`` is otherwise a footnote, a list item
or a table's label: only a run from 1 on in order, each number but the last answered under ``Antwort:`` after a
question's ``?`` and the last worded as a question, counts.  An answer may list „1) …, 2) …“ itself: question k+1 is
the last ``k+1)`` before the answer that follows question k's.  Brandenburg quotes the Kleine Anfrage numbered so
before its answer part, which repeats each question as „Frage 1:“ („… frage ich die Landesregierung: 1) Welche Kosten
…? 2) Sind …? Namens der Landesregierung beantwortet der Minister … die Kleine Anfrage wie folgt: Frage 1: …“): that
run is numbered too."""

from __future__ import annotations

import re

from indexer.ingest.layouts.questions import INTERROGATIVE

_MARK = r"(?<!\S){}\) (?=[A-ZÄÖÜ„\"])"
_PRINTED_ONE = re.compile(r"(?:^|(?<=[.?!:] ))(?:Frage\s+)?1[.:]\s+[A-ZÄÖÜ]", re.M)
_ASKED_THEN_ANSWER = re.compile(r"\?[^?]{0,200}?\bAntwort:")
_ANSWER = re.compile(r"\bAntwort:")
_MIN_QUESTIONS = 2
# Hamburg prints the answer without a label after the question's '?' („… frage ich den Senat: Der Senat beantwortet die
# Fragen … wie folgt: 1) Ist dem Senat bekannt, …? Nein. 2) Ist …? Dem Senat sind … bekannt. 3) …“): the run begins
# right after the asking sentence or the Senat's opening, each number's question answered after its '?'.
_ASKING_THEN_ONE = re.compile(r"(?:frage(?:n wir| ich) den Senat|wie folgt):\s+(?=1\) [A-ZÄÖÜ„\"])")
_ASKED_THEN_WORDS = re.compile(r"\?\s+[^\s?]")
# Brandenburg's quoted Kleine Anfrage: its asking sentence, the run, then the answer part's opening and its first
# repeated question.
_ASKING_GOVERNMENT_THEN_ONE = re.compile(r"\bfrage(?:n wir| ich) die Landesregierung:\s+(?=1\) [A-ZÄÖÜ„\"])")
_OPENS_ANSWERS_THEN_ONE = re.compile(
    r"\bNamens der Landesregierung beantwortet (?:der|die) [^.:]{3,150} die Kleine Anfrage wie folgt:\s+Frage 1:"
)


def number_parenthesised(pages: list[list[str]]) -> list[list[str]]:
    """``pages`` with ``1)``, ``2)`` … of questions answered under ``Antwort:`` printed as ``1.``, ``2.`` …;
    unchanged where a question 1 is printed otherwise or the marks are no such run."""
    text = "\n".join(line for page in pages for line in page)
    quoted = _quoted_run(text)
    if quoted:
        return _renumbered(pages, text, quoted)
    if _PRINTED_ONE.search(text):
        return pages
    starts: list[int] = []
    found = re.search(_MARK.format(1), text)
    while found:
        starts.append(found.start())
        following = _next_mark(text, len(starts) + 1, found.end())
        end = following.start() if following else len(text)
        if not (
            _ASKED_THEN_ANSWER.search(text, found.end(), end) if following else INTERROGATIVE.match(text[found.end() :])
        ):
            starts.pop()  # no answered question before the next number, or a last number that asks nothing
            break
        found = following
    if len(starts) < _MIN_QUESTIONS:
        starts = _unlabelled_run(text)
    if len(starts) < _MIN_QUESTIONS:
        return pages
    return _renumbered(pages, text, starts)


def _renumbered(pages: list[list[str]], text: str, starts: list[int]) -> list[list[str]]:
    """``pages`` with the marks at ``starts`` printed ``1.``, ``2.`` …"""
    chars = list(text)
    for start in starts:
        closing = text.index(")", start)
        chars[closing] = "."
    rows = "".join(chars).split("\n")
    out: list[list[str]] = []
    for page in pages:
        out.append(rows[: len(page)])
        rows = rows[len(page) :]
    return out


def _next_mark(text: str, number: int, after: int) -> re.Match[str] | None:
    """The last mark ``number)`` after ``after`` and before the second ``Antwort:`` from there: an item ``number)`` of
    a list in the answer to the question before is no question."""
    first = _ANSWER.search(text, after)
    second = _ANSWER.search(text, first.end()) if first else None
    marks = list(re.compile(_MARK.format(number)).finditer(text, after, second.start() if second else len(text)))
    return marks[-1] if marks else None


def _unlabelled_run(text: str) -> list[int]:
    """Where Hamburg's run of ``1)``, ``2)`` … begins after the asking sentence: the starts of its marks, each but the
    last followed by an answer after its question's '?', the last asking; none where that run is not there."""
    asking = _ASKING_THEN_ONE.search(text)
    if asking is None:
        return []
    starts = [asking.end()]
    after = asking.end() + 2
    while following := re.compile(_MARK.format(len(starts) + 1)).search(text, after):
        if not _ASKED_THEN_WORDS.search(text, after, following.start()):
            break
        starts.append(following.start())
        after = following.end()
    return starts if INTERROGATIVE.match(text[after:]) or _ASKED_THEN_WORDS.search(text, after) else []


def _quoted_run(text: str) -> list[int]:
    """Where Brandenburg quotes the Kleine Anfrage numbered ``1)``, ``2)`` … between its asking sentence and the answer
    part that repeats „Frage 1:“: the starts of the marks, each number's text asking ('?'); none where that run is not
    there."""
    asking = _ASKING_GOVERNMENT_THEN_ONE.search(text)
    opening = _OPENS_ANSWERS_THEN_ONE.search(text, asking.end()) if asking else None
    if asking is None or opening is None:
        return []
    starts = [asking.end()]
    while following := re.compile(_MARK.format(len(starts) + 1)).search(text, starts[-1] + 2, opening.start()):
        if "?" not in text[starts[-1] : following.start()]:
            return []
        starts.append(following.start())
    if "?" not in text[starts[-1] : opening.start()] or len(starts) < _MIN_QUESTIONS:
        return []
    return starts
