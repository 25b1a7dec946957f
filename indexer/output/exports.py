"""Taking results away: all hits of a search as CSV or JSON, and the entries of an Atom feed per search.

Exports stream (a generator of text chunks), so a large result set is never held as one
string; the feed is written as XML by the web app's ``atom.xml`` template, like
``opensearch.xml``.  Snippets are exported as plain text: a spreadsheet has no use for ``<mark>``.
URLs are made absolute by the caller's ``base_url``, since feeds and files leave the site.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from indexer.dates import short_date
from indexer.parliaments import parliament_name
from indexer.search.results import Hit

MAX_EXPORT = 10_000
FEED_ENTRIES = 50
# Cells starting like a formula are run by spreadsheet programs (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A printed question number German Excel reads as a day and month (Bavaria's 2.1, 1.12)
_LOOKS_LIKE_A_DAY = re.compile(r"[0-9]{1,2}\.[0-9]{1,2}\.?")
CSV_COLUMNS = (
    "rang",
    "dokument",
    "frage",
    "titel",
    "parlament",
    "drucksache",
    "drucksache_anfrage",
    "datum",
    "fragesteller",
    "partei",
    "ministerium",
    "fragetext",
    "ausschnitt",
    "url",
    "score",
    "anfrage_name",  # added last: spreadsheets that read the columns by position read them as before
    "zitat",  # the answer's citation in short form (title, ministry and link have columns), for a Vermerk
    # added after it, so that spreadsheets reading the columns by position read them as before
    "wahlperiode",
    "anfrage_nummer",  # as printed: „2509“, Sachsen-Anhalt's „KA 7/2151“
    # The date the answer is filed, filtered and sorted by, and whose it is: an answer printing no date of its own
    # (Hessen's copies) is filed by its Anfrage's; ``datum`` stays the answer's own, empty for such an answer.
    "ablagedatum",
    "ablagedatum_ist",  # „Antwortdatum“ or „Anfragedatum“
)
_DATE_IS = {False: "Antwortdatum", True: "Anfragedatum"}


def hit_row(rank: int, hit: Hit, base_url: str, german_excel: bool = False) -> dict[str, Any]:
    """One CSV row; text cells are made inert for spreadsheet programs.  For German Excel the score has a decimal
    comma (Excel reads "13.0695" as the thousands-separated 130695) and the date is written ``04.06.2019``."""
    score = round(hit.score, 4)
    date = hit.date_answered or ""
    row = {
        "rang": rank,
        "dokument": hit.doc_id,
        "frage": hit.printed_question,
        "titel": hit.title,
        "parlament": parliament_name(hit.parliament) if hit.parliament else "",
        "drucksache": hit.drucksache or "",
        "drucksache_anfrage": hit.anfrage_drucksache or "",
        "datum": _german_date(date) if german_excel else date,
        "fragesteller": "; ".join(hit.askers),
        "partei": ", ".join(hit.parties),
        "ministerium": hit.ministry or "",
        "fragetext": hit.question_text or "",
        "ausschnitt": hit.snippet.striptags(),
        "url": base_url + hit.url,
        "score": str(score).replace(".", ",") if german_excel else score,
        "anfrage_name": hit.anfrage_name,
        "zitat": hit.citation,
        "wahlperiode": hit.wahlperiode or "",
        "anfrage_nummer": hit.anfrage_nummer,
        "ablagedatum": _german_date(hit.date or "") if german_excel else hit.date or "",
        "ablagedatum_ist": _DATE_IS[hit.dated_by_anfrage] if hit.date else "",
    }
    row = {key: _inert(value) for key, value in row.items()}
    if german_excel and _LOOKS_LIKE_A_DAY.fullmatch(str(row["frage"])):
        row["frage"] = f'="{row["frage"]}"'  # a constant text formula: Excel shows 2.1, not the date 02. Jan
    return row


def csv_chunks(hits: Iterable[Hit], base_url: str, german_excel: bool = False) -> Iterator[str]:
    """RFC 4180 CSV with a header row, UTF-8 with BOM so spreadsheet programs read umlauts.

    ``german_excel`` is the variant German Excel opens in columns with numbers and dates as such:
    semicolons (it expects them where the decimal separator is a comma), a decimal comma, dates as ``04.06.2019``.
    The ``zitat`` column is the hit's citation (short form), as ``citation`` is in :func:`json_chunks`."""
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n", delimiter=";" if german_excel else ","
    )
    writer.writeheader()
    yield "\ufeff" + _drain(buffer)
    for rank, hit in enumerate(hits, start=1):
        writer.writerow(hit_row(rank, hit, base_url, german_excel))
        yield _drain(buffer)


def json_chunks(hits: Iterable[Hit], base_url: str, header: dict[str, Any]) -> Iterator[str]:
    """``{…header, "hits": [...], "exported": N}`` (N hits written) — one JSON document, written hit by hit."""
    head = json.dumps(header, ensure_ascii=False)[:-1]
    yield head + (", " if header else "") + '"hits": ['
    count = 0
    for count, hit in enumerate(hits, start=1):
        data = hit.to_json()
        data["url"] = base_url + hit.url
        data["snippet"] = hit.snippet.striptags()
        yield ("," if count > 1 else "") + "\n" + json.dumps(data, ensure_ascii=False)
    yield f'\n], "exported": {count}}}\n'


@dataclass(frozen=True)
class FeedEntry:
    """One answer in the Atom feed; its link is also its id (the answer's permalink)."""

    title: str
    link: str
    updated: str  # RFC 3339
    summary: str
    categories: tuple[str, ...]  # Drucksache, ministry


@dataclass(frozen=True)
class Feed:
    """The data of an Atom 1.0 feed (RFC 4287) of answers, newest first; the web app writes it as XML."""

    entries: list[FeedEntry]
    updated: str  # the newest answer's date or arrival, or now when no answer has one


def atom_feed(
    hits: Iterable[Hit],
    *,
    base_url: str,
    now: dt.datetime | None = None,
    added: Callable[[str], dt.datetime | None] | None = None,
) -> Feed:
    """Feed entries for ``hits``.  An answer without any date is stamped with the time ``added`` gives for its
    document (when its file came into the archive), else ``now``: stamped ``now`` on every request, a feed reader
    polling the feed saw each undated answer changed at every poll."""
    stamp = _stamp(now)
    entries: list[FeedEntry] = []
    newest: str | None = None
    arrivals: dict[str, str] = {}
    for hit in hits:
        updated = f"{hit.date}T00:00:00Z" if hit.date else None  # as the feed is ordered: else its Anfrage's
        if updated is None and added is not None:
            if hit.doc_id not in arrivals:
                arrived = added(hit.doc_id)
                arrivals[hit.doc_id] = _stamp(arrived) if arrived else ""
            updated = arrivals[hit.doc_id] or None
        newest = max(newest or "", updated or "") or None
        heading = (f"Antwort zu {hit.item}: " if hit.question is not None else "") + hit.title
        entries.append(
            FeedEntry(
                title=heading,
                link=base_url + hit.url,
                updated=updated or stamp,
                summary=_dated(hit) + (hit.snippet.striptags() or (hit.question_text or "")),
                categories=tuple(value for value in (hit.drucksache, hit.ministry) if value),
            )
        )
    return Feed(entries, newest or stamp)


def _dated(hit: Hit) -> str:
    """What an entry dated by its Anfrage says first, since a feed reader shows that date as the answer's."""
    return f"Ohne Antwortdatum; Anfrage vom {short_date(hit.date)}: " if hit.dated_by_anfrage else ""


def _inert(value: Any) -> Any:
    """A text cell a spreadsheet shows as text, never runs: formula starts get a leading ``'``."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def _german_date(iso: str) -> str:
    """``2019-06-04`` → ``04.06.2019``, the form German Excel reads as a date; no date stays empty."""
    return dt.date.fromisoformat(iso).strftime("%d.%m.%Y") if iso else ""


def _stamp(now: dt.datetime | None) -> str:
    return (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _drain(buffer: io.StringIO) -> str:
    value = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return value
