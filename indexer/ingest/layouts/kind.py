"""What the document's head says it is: ``Unterrichtung`` on a line of its own in the first page's head
(Niedersachsen: „Unterrichtung … Beschluss des Landtages vom 19.11.2025 - Drs. 19/9059 - nachfolgend abgedruckt“),
and the Beschluss it answers.  An answer to a Kleine Anfrage says nothing here: that is the default kind."""

from __future__ import annotations

import datetime as dt
import re

from indexer.dates import parse_date
from indexer.kinds import ANSWER, UNTERRICHTUNG
from indexer.model import Asker

HEAD_LINES = 15
# "Beschluss des Landtages vom 19.11.2025 - Drs. 19/9059", "Beschluss des Landtags vom 3. März 2024 (Drs. 18/123)"
_RESOLUTION = re.compile(
    r"\bBeschlu(?:ss|ß)\s+des\s+\w+\s+vom\s+(?P<date>\d{1,2}\.\s?(?:\d{1,2}\.|[A-Za-zä]{3,9})\s?\d{4})"
    r"\s*[-–(,]?\s*(?:Drs\.|Drucksache)\s*(?P<period>\d{1,2})\s?/\s?(?P<number>\d{1,6})\b"
)

# How an answer names the Kleine Anfrage in its head: Niedersachsen's „Kleine Anfrage zur schriftlichen Beantwortung“,
# „Antwort der Landesregierung auf die Kleine Anfrage 2509“, Berlin's „Schriftliche Anfrage“
_ANFRAGE = re.compile(r"\b(?:Kleinen?|Schriftlichen?)\s+Anfrage(?:\s+zur\s+schriftlichen\s+Beantwortung)?")


def said_kind(first_page: list[str], askers: tuple[Asker, ...] = ()) -> tuple[str, str] | None:
    """The kind the document's head plainly says it is, with what says so (German, for a warning): a line
    ``Unterrichtung`` (with the Beschluss it answers), or a Kleine Anfrage named in the head (with the askers the
    text names); None when the head says neither."""
    head = [" ".join(line.split()) for line in first_page[:HEAD_LINES]]
    kind, resolution, _ = read_kind(first_page)
    if kind == UNTERRICHTUNG:
        return UNTERRICHTUNG, "im Kopf „Unterrichtung“" + (f", Beschluss Drs. {resolution}" if resolution else "")
    found = _ANFRAGE.search(" ".join(head))
    if found is None:
        return None
    names = ", ".join(asker.name for asker in askers)
    return ANSWER, f"im Kopf „{found[0]}“" + (f", Fragesteller: {names}" if names else "")


# The name itself, as the head prints it first: „Kleine Anfrage“, „Schriftliche Anfrage“, „Schriftliche Kleine
# Anfrage“, „Große Anfrage“, also declined („der Kleinen Anfrage“) and glued as Berlin's copies are („Anfragedes“);
# not the plural of a site's heading („Schriftliche Anfragen“)
_ANFRAGE_NAME = re.compile(r"\b(?P<written>Schriftlichen?\s+)?(?P<small>(?:Klein|Groß)en?\s+)?Anfrage(?!n\b)")


def read_anfrage_name(first_page: list[str]) -> str:
    """What the head calls the question: ``Schriftliche Anfrage`` (Berlin, Bayern), ``Kleine Anfrage``, ``Schriftliche
    Kleine Anfrage`` (Hamburg), a ``Große Anfrage`` answered alike; "" where it names none of them (the parliament's
    usual name applies)."""
    head = " ".join(" ".join(line.split()) for line in first_page[:HEAD_LINES])
    for found in _ANFRAGE_NAME.finditer(head):
        if found["written"] or found["small"]:
            size = found["small"].split()[0].removesuffix("n") + " " if found["small"] else ""  # „Kleinen“ → „Kleine“
            return ("Schriftliche " if found["written"] else "") + size + "Anfrage"
    return ""


def read_kind(first_page: list[str]) -> tuple[str, str | None, dt.date | None]:
    """The kind the head names, and the Drucksache and date of a Beschluss the head says the document answers
    (read whatever the kind: a sidecar may be what says Unterrichtung)."""
    head = [" ".join(line.split()) for line in first_page[:HEAD_LINES]]
    kind = UNTERRICHTUNG if "Unterrichtung" in head else ANSWER
    found = _RESOLUTION.search(" ".join(head))
    if found is None:
        return kind, None, None
    return kind, f"{int(found['period'])}/{int(found['number'])}", parse_date(found["date"])
