"""Drucksachen a document cites, as links: „Im Übrigen siehe Drs. 21/8963.“ opens the cited document in one click.

Answers refer to earlier answers by number; staff follow them.  The link is a search for the number (the search
puts the document first, says so when the archive lacks it, and lists the answers citing it), in the citing
document's parliament unless the reference names another: the Bundestag's (``BT-Drs.``, ``Bundestagsdrucksache``)
or one named after the number („Drs. 6/816, Thüringer Landtag“, „Drs. 6/816 (Thüringen)“); a parliament the
archive does not hold is no filter.  Every number of a list is a link („Drucksachen 19/4931 und 19/10242“), the
document's own is none (its signature lines).  References are found on the plain text, before a search's words
are marked, so a page links the same with and without a query.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from flask import url_for
from markupsafe import Markup, escape

from indexer.model import Document
from indexer.parliaments import parliament_code
from indexer.search.highlight import Span, format_spans, match_spans

_NUMBER = r"(?P<number>\d{1,2}/\d{1,6})(?![\d/])"
_CITED = re.compile(
    r"(?<![\w-])(?:(?P<bt>BT-|Bundestags-?)|LT-|Landtags-?|Bürgerschafts-?)?(?:[Dd]rucksachen?|Drs\.)(?:-Nr\.)?"
    r"\s*(?:Nr\.\s*)?" + _NUMBER
)
_MORE = re.compile(r"(?:\s*,\s*|\s+(?:und|sowie)\s+)" + _NUMBER)  # „Drucksachen 19/4931 und 19/10242“
# „(Drs. 6/816, Thüringer Landtag)“, „LT-Drs. 6/816 (Thüringen)“
_NAMED_AFTER = re.compile(r"(?:,\s*|\s*\()(?P<name>[^,.;:()]{3,40})")


def cited_links(text: str, terms: Collection[str], document: Document, held: Collection[str]) -> Markup:
    """``text`` of ``document`` escaped, the search's ``terms`` marked, and each cited Drucksache a link to its search
    (in a parliament of ``held``, those the archive holds)."""
    spans = match_spans(text, terms)
    parts, position = [], 0
    for match in _CITED.finditer(text):
        numbers = [match]
        while more := _MORE.match(text, numbers[-1].end()):
            numbers.append(more)
        named = _NAMED_AFTER.match(text, numbers[-1].end())
        code = ("bt" if match.group("bt") else None) or (named and parliament_code(named.group("name")))
        code = code or document.parliament
        for at, number in enumerate(numbers):
            start = match.start() if at == 0 else number.start("number")
            parts.append(_marked(text, spans, position, start))
            cited = _marked(text, spans, start, number.end())
            if code == document.parliament and number.group("number") == document.drucksache:
                parts.append(cited)  # the document's own number: no link to the page itself
            else:
                number_query = f"Drs. {number.group('number')}"
                href = url_for("views.search", q=number_query, parlament=code if code in held else None)
                parts.append(f'<a class="cited" href="{escape(href)}">{cited}</a>')
            position = number.end()
    parts.append(_marked(text, spans, position, len(text)))
    return Markup("".join(parts))


def _marked(text: str, spans: list[Span], start: int, end: int) -> str:
    """``text[start:end]`` escaped with its part of each marked span: a mark never crosses a link's edge."""
    inside = [(max(low, start) - start, min(high, end) - start) for low, high in spans if low < end and high > start]
    return str(format_spans(text[start:end], inside))
