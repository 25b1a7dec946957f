"""Which Kleine Anfrage an answer answers, where the layout says it in a sentence: its number and the
day it was asked (``auf die Kleine Anfrage 1385``, ``Die Kleine Anfrage 50 vom 17. November 2014 hat
folgenden Wortlaut``, ``Die Kleine Anfrage – Drucksache 17/2189 – vom 2. Februar 2017``, Sachsen-Anhalt's
``Kleine Anfrage - KA 7/2151``, numbered per Wahlperiode; a corrected print's ``Die Kleine Anfrage 1297 - korrigierte
Fassung - vom …``, Rheinland-Pfalz's ``Die Große Anfrage 17/1218 vom …``).

Read after the askers' introduction is known: a Kleine Anfrage or Drucksache the introduction only
cites (``In der Antwort … auf die Kleine Anfrage 2188 (vergleiche Drucksache 6/4240)``) is another
document's, not the one answered.
"""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.dates import MONTH_NAMES, parse_date
from indexer.ingest.layouts.front import Front
from indexer.ingest.layouts.furniture import CORRECTED
from indexer.ingest.text import join_lines

_DATE = r"\d{1,2}\.\s*(?:\d{1,2}\.\s*\d{2,4}|(?:" + "|".join(MONTH_NAMES) + r")\s+\d{4})"
# "auf die Kleine Anfrage 1385", "Die Kleine Anfrage 50 vom …", "Wortlaut der Kleinen Anfrage 1385 vom …";
# not "Nachfrage zur Kleinen Anfrage 1306" (a title naming an earlier one); "Kleine Anfrage - KA 7/2151" (ST)
_NUMBER = re.compile(
    r"(?:\bauf die|\bDie|\bWortlaut der) Kleinen? Anfrage (?:Nr\.\s*)?(?P<nr>\d{1,5})\b(?!\s*/)"
    r"|\bKleine Anfrage\s*[-–]\s*KA\s*\d{1,2}\s*/\s*(?P<in_period>\d{1,5})\b"
)
# A Große Anfrage's date only from Rheinland-Pfalz's cover form ("Die Große Anfrage 17/1218 vom 5. Oktober 2016 hat
# folgenden Wortlaut"), not from a Vorbemerkung citing an earlier one
_ASKED = re.compile(
    r"\b(?:(?:Die|der) Kleinen? Anfrage|(?P<grosse>Die Große Anfrage))"
    r"(?: (?:Nr\.\s*)?\d{1,5}| \d{1,2}/\d{1,6}| [-–] Drucksache \d{1,2}/\d{1,6} [-–])?"
    + CORRECTED
    + r" vom (?P<date>"
    + _DATE
    + r")(?(grosse) hat folgenden Wortlaut)"
)


# Saarland's cover prints the question's Drucksache in brackets after the answer's: "Drucksache 16/501 (16/472)".
# Only after the answer's own number: a title may cite another pair ("… Polizeiorganisation [Drucksache 16/326
# (16/262)]").
_BRACKETED = re.compile(
    r"\bDrucksache\s*(?P<own>\d{1,2}\s*/\s*\d{1,6})\s*\((?P<period>\d{1,2})\s*/\s*(?P<number>\d{1,6})\)"
)


def with_anfrage(front: Front, front_text: str, head: str = "") -> Front:
    """``front`` with the Kleine Anfrage's number and date read from the sentences around the
    introduction, and without a question Drucksache that only the introduction cites; ``head`` is page 1 as
    extracted (its running head is no front matter in print, but holds Saarland's "Drucksache 16/501 (16/472)")."""
    text = " ".join(front_text.split())
    introduction = " ".join(join_lines(front.preamble).split())
    outside = text.replace(introduction, " ") if introduction else text
    number = front.anfrage_nr
    if number is None and (found := _NUMBER.search(outside)):
        number = int(found.group("nr") or found.group("in_period"))
    asked = front.date_asked
    if asked is None and (found := _ASKED.search(outside)):
        asked = parse_date(found.group("date"))
    cited = front.anfrage_drucksache
    pairs = (*_BRACKETED.finditer(" ".join(head.split())), *_BRACKETED.finditer(outside))  # page 1's head: print
    own = next((found for found in pairs if _same(found.group("own"), front.drucksache)), None)
    if cited is None and own:
        cited = f"{int(own.group('period'))}/{int(own.group('number'))}"
    if cited and introduction and not _mentions(outside, cited) and _mentions(introduction, cited):
        cited = None
    return replace(front, anfrage_nr=number, date_asked=asked, anfrage_drucksache=cited)


def _mentions(text: str, drucksache: str) -> bool:
    period, number = drucksache.split("/")
    return re.search(rf"(?<![\d/]){period}\s*/\s*{number}(?!\d)", text) is not None


def _same(printed: str, drucksache: str | None) -> bool:
    """Does ``printed`` ("16/ 501") name ``drucksache`` ("16/501")?"""
    return drucksache is not None and "".join(printed.split()) == drucksache
