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

from indexer.model import Question

# "die in Frage 1 genannten", "im Sinne der Frage 1", "unter Ziffer 2", "zu den Fragen 3 und 4"
NAMED = re.compile(r"\b(?:Fragen?|Ziffer|Nummer|Nr\.)\s*(?P<number>\d{1,3})\b")


def leaned_on(questions: Sequence[Question]) -> dict[int, list[str]]:
    """For each question that names earlier ones by number, their texts (in the order named)."""
    texts = {question.number: question.text for question in questions}
    out: dict[int, list[str]] = {}
    for question in questions:
        named = dict.fromkeys(int(match.group("number")) for match in NAMED.finditer(question.text))
        lent = [texts[n] for n in named if n < question.number and texts.get(n)]
        if lent:
            out[question.number] = lent
    return out
