"""What the document's head says it is: ``Unterrichtung`` on a line of its own in the first page's head
(Niedersachsen: „Unterrichtung … Beschluss des Landtages vom 19.11.2025 - Drs. 19/9059 - nachfolgend abgedruckt“),
and the Beschluss it answers.  An answer to a Kleine Anfrage says nothing here: that is the default kind."""

from __future__ import annotations

import datetime as dt
import re

from indexer.dates import parse_date
from indexer.kinds import ANSWER, UNTERRICHTUNG

HEAD_LINES = 15
# "Beschluss des Landtages vom 19.11.2025 - Drs. 19/9059", "Beschluss des Landtags vom 3. März 2024 (Drs. 18/123)"
_RESOLUTION = re.compile(
    r"\bBeschlu(?:ss|ß)\s+des\s+\w+\s+vom\s+(?P<date>\d{1,2}\.\s?(?:\d{1,2}\.|[A-Za-zä]{3,9})\s?\d{4})"
    r"\s*[-–(,]?\s*(?:Drs\.|Drucksache)\s*(?P<period>\d{1,2})\s?/\s?(?P<number>\d{1,6})\b"
)


def read_kind(first_page: list[str]) -> tuple[str, str | None, dt.date | None]:
    """The kind the head names, and the Drucksache and date of a Beschluss the head says the document answers
    (read whatever the kind: a sidecar may be what says Unterrichtung)."""
    head = [" ".join(line.split()) for line in first_page[:HEAD_LINES]]
    kind = UNTERRICHTUNG if "Unterrichtung" in head else ANSWER
    found = _RESOLUTION.search(" ".join(head))
    if found is None:
        return kind, None, None
    return kind, f"{int(found['period'])}/{int(found['number'])}", parse_date(found["date"])
