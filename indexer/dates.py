"""German dates: the one parser of the forms documents, sidecars and users write, and the
one formatter of the forms pages and citations print.

Documents print ``4. Juni 2019`` or ``04.06.2019``, archives and URLs use ISO
``2019-06-04``; every reader goes through :func:`parse_date`, so a form accepted in one
place is accepted everywhere.
"""

from __future__ import annotations

import datetime as dt
import re

MONTH_NAMES = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
# A month's name as a whole word, in expressions: after a number it makes a date („1. Mai“), no question's number.
MONTH_WORD = r"(?:" + "|".join(MONTH_NAMES) + r")\b"
# Lower-case month name → number, with the Austrian and the ASCII spelling archives also use.
MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)} | {"jänner": 1, "maerz": 3}
# A month's name cut short with its point, as Berlin's answers print the day of the answer („vom 02. Nov. 2019“).
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez")
SHORT_MONTHS = {
    short.lower(): MONTHS[name.lower()]
    for name in MONTH_NAMES
    for short in MONTH_ABBREVIATIONS
    if name.startswith(short)
}

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})|(\d{4})/(\d{1,2})/(\d{1,2})")  # a spreadsheet's 2019/06/04 too
_NUMERIC = re.compile(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2,4})")
_LONG = re.compile(r"(\d{1,2})\.\s*([A-Za-zäÄ]+)\s+(\d{4})")
_SHORT = re.compile(r"(\d{1,2})\.\s*([A-Za-zäÄ]+)\.\s*(\d{4})")


def parse_date(text: str) -> dt.date | None:
    """``2019-06-04``, ``2019/06/04``, ``04.06.2019``, ``4.6.19`` or ``4. Juni 2019`` → date; None if it is no valid
    date."""
    text = " ".join(text.replace("\u00a0", " ").split())
    try:
        return dt.date.fromisoformat(text)  # also the compact and week forms archives may use
    except ValueError:
        pass
    if match := _ISO.fullmatch(text):
        year, month, day = (int(g) for g in match.groups() if g)
    elif match := _NUMERIC.fullmatch(text):
        day, month, year = (int(g) for g in match.groups())
        year = _with_century(year) if year < 100 else year
    elif (match := _LONG.fullmatch(text)) and match.group(2).lower() in MONTHS:
        day, month, year = int(match.group(1)), MONTHS[match.group(2).lower()], int(match.group(3))
    elif (match := _SHORT.fullmatch(text)) and match.group(2).lower() in SHORT_MONTHS:
        day, month, year = int(match.group(1)), SHORT_MONTHS[match.group(2).lower()], int(match.group(3))
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _with_century(year: int) -> int:
    """``19`` → 2019, ``78`` → 1978: the century that puts the year no later than next year (a printed
    Drucksache of 1978 dates itself ``20. 10. 78``)."""
    return 2000 + year if 2000 + year <= dt.date.today().year + 1 else 1900 + year


def latest_plausible_date(today: dt.date | None = None) -> dt.date:
    """The last date a document may carry: one year from today.  Later is a typo (``31.12.9999``)
    that would stretch every timeline and year facet to the end of time."""
    today = today or dt.date.today()
    try:
        return today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year + 1, day=28)


def german_date(value: dt.date) -> str:
    """``4. Juni 2019``: the date in running text (citations)."""
    return f"{value.day}. {MONTH_NAMES[value.month - 1]} {value.year}"


def short_date(value: dt.date | str | None) -> str:
    """``04.06.2019``: the date in lists and metadata; accepts an ISO string as stored in hits, "" for none."""
    if not value:
        return ""
    day = dt.date.fromisoformat(value) if isinstance(value, str) else value
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def day_number(value: dt.date) -> int:
    """``20190604``: the date as the index stores and compares it."""
    return value.year * 10000 + value.month * 100 + value.day
