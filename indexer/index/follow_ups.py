"""Questions that name an earlier one: ``Wie viele der in Frage 1 genannten Hasskommentare …?``

Such a question is about what the named question asks, without its words.  So its record also
*indexes* the text of the earlier questions it names by number (never shows it: the stored text,
shown in snippets, stays its own).  Only question texts are lent, never answers: they say what is
asked about, in a sentence or two.

Measured and left out (``queries/RESULTS.md``): lending to every question answered jointly with
others (a joint answer to nine questions made each match the words of all nine: false full matches
47 → 53 and 13 → 25), and to follow-ups that only say ``dieser``/``davon`` (two more false matches
for each of two queries, one more answer found).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from indexer.index.referrals import ELSEWHERE, NUMBERS, numbers
from indexer.model import Question

# "die in Frage 1 genannten", "im Sinne der Frage 1", "zu den Fragen 3 und 4" — never a law's "Nr. 2"
NAMED = re.compile(rf"\bFragen?\s+(?:Nr\.\s*)?(?P<numbers>{NUMBERS})\b")


def named_earlier(text: str, own: int) -> list[int]:
    """The earlier questions of the same document ``text`` names by number (not ``Frage 3 der Drucksache …``)."""
    found = (
        number
        for match in NAMED.finditer(text)
        if not ELSEWHERE.match(text, match.end())
        for number in numbers(match.group("numbers"))
    )
    return [number for number in dict.fromkeys(found) if number < own]


def leaned_on(questions: Sequence[Question]) -> dict[int, list[str]]:
    """For each question that names earlier ones by number, their texts (in document order)."""
    return {question.number: lent for question in questions if (lent := lent_to(question, questions))}


def lent_to(question: Question, questions: Sequence[Question]) -> list[str]:
    """The texts of the earlier questions (of ``questions``) that ``question`` names by number."""
    named = named_earlier(question.text, question.number)
    return [q.text for q in questions if q.number in named and q.text] if named else []
