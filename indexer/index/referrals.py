"""Answers that only refer to another answer: ``Siehe Antwort zu Frage 3.``

Such an answer carries none of the words it answers with, so a search for them missed it.  Its
record therefore also *indexes* the text of the answers it names (never displays it: the stored
text, shown in snippets, stays the referral sentence).  Only short answers count as referrals —
a long answer that mentions another in passing (``… siehe auch Antwort zu Frage 5 …``) is about
its own words.  The documents the named answer cites are its sources, not the referring answer's: their
numbers are left out of what it indexes (a citation search finds the answer that cites, not those that refer to
it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from indexer.analysis.analyzer import SPACED_NUMBER

MAX_REFERRAL_LENGTH = 300  # characters of the whole answer: "Es wird auf die Antwort zu Frage 3 verwiesen."
MAX_DEPTH = 3  # 7 → "siehe 5" → "siehe 3": follow a chain this far

NUMBERS = r"\d+(?:(?:\s*,\s*|\s+und\s+|\s+sowie\s+|\s+bis\s+)\d+)*"
# "Antwort zu Frage 3", "Antworten zu den Fragen 1 und 3", "Ausführungen zu Frage 9", "Antwort auf Frage Nr. 2"
REFERRAL = re.compile(
    rf"(?:Antwort(?:en)?|Ausführungen)\s+(?:zu|auf|der)\s+(?:den\s+|der\s+|die\s+)?(?:Fragen?\s+)?(?:Nr\.\s*)?(?P<numbers>{NUMBERS})",
    re.IGNORECASE,
)

# "Antwort auf Frage 4 der Drucksache 19/2598": an answer of another document, not of this one
ELSEWHERE = re.compile(
    r"\W*(?:der|in|im|zur)\b[^.]{0,30}?(?:Drucksache|Drs\.|Anfrage|Landtag|Bundestag)", re.IGNORECASE
)

# A cited document number as the analyzer reads one (17/6448; Nr. 17/13 593) and a citation search looks for it
_CITED_NUMBER = re.compile(rf"{SPACED_NUMBER}|(?<![\w/])\d{{1,2}}/\d{{1,6}}(?![\w/])")


def referred(answer: Sequence[str], own: int) -> tuple[int, ...]:
    """The questions a short answer refers to (``bis`` spans a range), never its own number."""
    text = " ".join(answer)
    if not text or len(text) > MAX_REFERRAL_LENGTH:
        return ()
    found: list[int] = []
    for match in REFERRAL.finditer(text):
        if not ELSEWHERE.match(text, match.end()):
            found.extend(numbers(match.group("numbers")))
    return tuple(n for n in dict.fromkeys(found) if n != own)


def numbers(text: str) -> list[int]:
    """The question numbers of ``1, 3 und 5`` or ``4 bis 6``."""
    out: list[int] = []
    for piece in re.split(r"\s*,\s*|\s+und\s+|\s+sowie\s+", text):
        low, _, high = piece.partition(" bis ")
        if high.strip().isdigit() and int(high) - int(low) < 50:
            out.extend(range(int(low), int(high) + 1))
        else:
            out.append(int(low))
    return out


def referred_text(answers: Mapping[int, Sequence[str]], own: int) -> list[str]:
    """The paragraphs of the answers ``own`` refers to, following referrals of referrals."""
    seen: set[int] = {own}
    out: list[str] = []
    frontier = [own]
    for _ in range(MAX_DEPTH):
        following = []
        for number in frontier:
            for target in referred(answers.get(number, ()), number):
                if target in answers and target not in seen:
                    seen.add(target)
                    out.extend(_CITED_NUMBER.sub("", paragraph) for paragraph in answers[target])
                    following.append(target)
        frontier = following
    return out
