"""``anfragen search`` on a terminal: counts in good German, absolute links, marked words.

Matches are styled with click (bold, yellow); ``click.echo`` drops the styles itself when
the output is piped or redirected, so a file gets plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import click
from markupsafe import Markup

from indexer.dates import short_date
from indexer.parliaments import parliament_name
from indexer.search.ranking import RELEVANCE
from indexer.search.results import Hit, ResultPage
from indexer.words import counted

_MARK = re.compile(r"<mark>(.*?)</mark>", re.S)
_SPACE = re.compile(r"\s+")


def lacking(results: ResultPage, count: int) -> str:
    """What the answers after the full matches lack, as the web page says it: ``die den Begriff nicht selbst
    enthalten``, ``die nicht alle Begriffe selbst enthält``."""
    return f"die {results.lacking} {'enthält' if count == 1 else 'enthalten'}"


def headline(results: ResultPage, query: str) -> str:
    """``3 Antworten für „Kosten“ · dazu 1 Antwort, die den Begriff nicht selbst enthält``."""
    line = f"{counted(results.total, 'Antwort')} für „{query}“"
    if results.partial:
        line += f" · dazu {counted(results.partial, 'Antwort')}, {lacking(results, results.partial)}"
        if results.partial_page and results.partial_page > results.page:  # as the web page: where they begin
            line += f" (ab Seite {results.partial_page}: --page {results.partial_page})"
    return line


def relevance_line(results: ResultPage, adds: int) -> str:
    """Under date sorting, which lists only the full matches, what the relevance sort lists besides them (as the
    web page says it)."""
    answers = "Antwort" if adds == 1 else "Antworten"
    return f"{adds} weitere {answers}, {lacking(results, adds)}, listet --sort relevanz."


def tier_line(results: ResultPage) -> str:
    """The line above the first answer that lacks a word, so the counted hits end where it stands; in the number of
    the answers it heads („Antwort, die … enthält:“ above the one answer of „dazu 1 Antwort“)."""
    listed = sum(1 for hit in results.hits if hit.missing)
    return f"  {'Antwort' if listed == 1 else 'Antworten'}, {lacking(results, listed)}:"


def nothing_found(results: ResultPage) -> list[str]:
    """Why nothing was found, as the web page says it: ``Keine Antwort enthält „Polizei“ und erfüllt zugleich den
    Filter „Partei: SPD“.``, and, sorted by date, that relevance lists the answers lacking a word (empty: something
    was found, or the count says it all)."""
    if results.total or results.partial:
        return []
    labels = [label for _name, _value, label in results.filters.labels()]
    words = "alle Suchbegriffe" if results.sought > 1 else "den Suchbegriff"
    lines = []
    if labels:
        named = ("den Filter „" if len(labels) == 1 else "die Filter „") + "“, „".join(labels) + "“"
        if results.words:
            lines.append(f"Keine Antwort enthält „{results.words}“ und erfüllt zugleich {named}.")
        else:
            lines.append(f"Keine Antwort erfüllt {'zugleich ' if len(labels) > 1 else ''}{named}.")
    if results.sort != RELEVANCE and results.words:  # the web page offers „nach Relevanz sortieren“
        lines.append(f"Nach Relevanz sortiert (--sort relevanz) folgen Antworten, die nicht {words} enthalten.")
    return lines


def absolute(base_url: str, url: str) -> str:
    """A hit's link under the site's address: ``http://127.0.0.1:5000/dokument/…``."""
    return base_url.rstrip("/") + url if url else url


def styled_snippet(snippet: Markup) -> str:
    """The snippet as terminal text on one line (a snippet over two paragraphs broke the hit's indented block), its
    ``<mark>`` words bold and yellow."""
    parts = _MARK.split(str(snippet))
    out = []
    for position, part in enumerate(parts):
        text = _SPACE.sub(" ", Markup(part).unescape())
        out.append(click.style(text, bold=True, fg="yellow") if position % 2 else text)
    return "".join(out)


def hit_meta(hit: Hit) -> str:
    """What the web page prints under a hit's title besides its Drucksache, for citing it: ``Landtag
    Nordrhein-Westfalen · 04.06.2019 · Ministerium …`` (an answer without a date of its own: ``Anfrage vom …``)."""
    parts = [parliament_name(hit.parliament)] if hit.parliament else []
    if hit.date_answered or hit.date:
        parts.append(short_date(hit.date_answered) if hit.date_answered else f"Anfrage vom {short_date(hit.date)}")
    return " · ".join(parts + ([hit.ministry] if hit.ministry else []))


def hit_lines(rank: int, hit: Hit, base_url: str) -> Iterator[str]:
    """The lines of one hit: rank, title, Drucksache and answer, parliament, date and ministry, the link, the question
    (as the web page shows it above the passage: an answer „Entfällt.“ or „Siehe Antwort zu Frage 1.“ says nothing of
    what was asked, nor where the words stand), the snippet, what it lacks."""
    where = hit.item or "Dokument"
    yield f"{rank:3}. {click.style(hit.title, bold=True)} (Drs. {hit.drucksache or '–'}, {where})"
    yield f"     {hit_meta(hit)}"
    if hit.url:
        yield f"     {absolute(base_url, hit.url)}"
    if hit.question_text:
        yield f"     {hit.item}: {styled_snippet(hit.question_marked or Markup.escape(hit.question_text))}"
    if str(hit.snippet):
        yield f"     {styled_snippet(hit.snippet)}"
    if hit.lacks:
        yield f"     Es fehlt: {', '.join(hit.lacks)}"
    for note in hit.notes:
        yield f"     {note}"
