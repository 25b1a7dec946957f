"""Taking results away: all hits of a search as CSV or JSON, and an Atom feed per search.

Exports stream (a generator of text chunks), so a large result set is never held as one
string.  Snippets are exported as plain text: a spreadsheet has no use for ``<mark>``.
URLs are made absolute by the caller's ``base_url``, since feeds and files leave the site.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from indexer.search.highlight import xml_text
from indexer.search.results import Hit

MAX_EXPORT = 10_000
FEED_ENTRIES = 50
# Cells starting like a formula are run by spreadsheet programs (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = (
    "rang",
    "dokument",
    "frage",
    "titel",
    "drucksache",
    "datum",
    "ministerium",
    "fragetext",
    "ausschnitt",
    "url",
    "score",
)


def hit_row(rank: int, hit: Hit, base_url: str) -> dict[str, Any]:
    """One CSV row; text cells are made inert for spreadsheet programs."""
    row = {
        "rang": rank,
        "dokument": hit.doc_id,
        "frage": hit.question if hit.question is not None else "",
        "titel": hit.title,
        "drucksache": hit.drucksache or "",
        "datum": hit.date_answered or "",
        "ministerium": hit.ministry or "",
        "fragetext": hit.question_text or "",
        "ausschnitt": hit.snippet.striptags(),
        "url": base_url + hit.url,
        "score": round(hit.score, 4),
    }
    return {key: _inert(value) for key, value in row.items()}


def csv_chunks(hits: Iterable[Hit], base_url: str) -> Iterator[str]:
    """RFC 4180 CSV with a header row, UTF-8 with BOM so spreadsheet programs read umlauts."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    yield "\ufeff" + _drain(buffer)
    for rank, hit in enumerate(hits, start=1):
        writer.writerow(hit_row(rank, hit, base_url))
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


def atom_feed(
    hits: Iterable[Hit], *, title: str, feed_url: str, html_url: str, base_url: str, now: dt.datetime | None = None
) -> str:
    """An Atom 1.0 feed (RFC 4287) of answers, newest first; entry ids are the answers' permalinks."""
    entries: list[str] = []
    newest: str | None = None
    for hit in hits:
        updated = f"{hit.date_answered}T00:00:00Z" if hit.date_answered else None
        newest = max(newest or "", updated or "") or None
        link = base_url + hit.url
        heading = (f"Antwort zu Frage {hit.question}: " if hit.question is not None else "") + hit.title
        summary = hit.snippet.striptags() or (hit.question_text or "")
        entries.append(
            "  <entry>\n"
            f"    <title>{xml_text(heading)}</title>\n"
            f"    <id>{xml_text(link)}</id>\n"
            f'    <link rel="alternate" type="text/html" href="{xml_text(link)}"/>\n'
            f"    <updated>{updated or _stamp(now)}</updated>\n"
            f"    <summary>{xml_text(summary)}</summary>\n"
            + "".join(f'    <category term="{xml_text(v)}"/>\n' for v in (hit.drucksache, hit.ministry) if v)
            + "  </entry>\n"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">\n'
        f"  <title>{xml_text(title)}</title>\n"
        f"  <id>{xml_text(feed_url)}</id>\n"
        f'  <link rel="self" type="application/atom+xml" href="{xml_text(feed_url)}"/>\n'
        f'  <link rel="alternate" type="text/html" href="{xml_text(html_url)}"/>\n'
        f"  <updated>{newest or _stamp(now)}</updated>\n"
        "  <author><name>Anfragen</name></author>\n"
        "  <generator>Anfragen</generator>\n" + "".join(entries) + "</feed>\n"
    )


def _inert(value: Any) -> Any:
    """A text cell a spreadsheet shows as text, never runs: formula starts get a leading ``'``."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def _stamp(now: dt.datetime | None) -> str:
    return (now or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _drain(buffer: io.StringIO) -> str:
    value = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return value
