"""Answer headings that name a question the parse did not find.

A question printed without its '?' may join the answer before it; the answer part still names it
(``Zu 3.:``, ``Zu den Fragen 3 und 4:``, ``Antwort zu 3:``).  Such a heading is the document's own word
that a question 3 exists: where none was recognised, the archivist is told rather than left with a
silently merged answer.
"""

from __future__ import annotations

import re

from indexer.ingest.layouts.questions import QuestionSpan, parse_number_list

# A heading of its own line, with its colon: "Zu 3.:", "Zu Frage 3:", "Zu den Fragen 3 und 4:", "Antwort zu 1 und 3:"
# (not "siehe Antwort zu Frage 3." inside a sentence, nor "Zu 2020 liegen …").
_HEADING = re.compile(
    r"^(?:Antwort\s+)?[Zz]u\s+(?:den\s+|der\s+)?(?:Fragen?\s+)?"
    r"(?P<nums>\d{1,3}\.?(?:\s*(?:,|und|bis|-|–)\s*\d{1,3}\.?)*)\s*(?:[a-z]\)\s*)?:"
)


def unplaced_questions(lines: list[str], spans: list[QuestionSpan]) -> list[str]:
    """One warning per number that a heading after the first question names and no question carries."""
    found = {span.number for span in spans}
    if any(span.label for span in spans):  # outline labels ("2.1") are not the numbers headings name
        return []
    named: dict[int, str] = {}
    for line in lines[min((span.start for span in spans), default=len(lines)) :]:
        match = _HEADING.match(line)
        if match:
            for number in parse_number_list(match.group("nums")):
                named.setdefault(number, match.group(0))
    return [
        f"Die Antwort nennt Frage {number} („{heading}“), eine Frage {number} wurde aber nicht erkannt"
        " (vielleicht fehlt ihr Fragezeichen)."
        for number, heading in sorted(named.items())
        if number not in found
    ]
