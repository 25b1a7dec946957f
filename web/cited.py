"""Drucksachen a document cites, as links: „Im Übrigen siehe Drs. 21/8963.“ opens the cited document in one click.

Answers refer to earlier answers by number; staff follow them.  The link is a search for the number (the search
puts the document first, says so when the archive lacks it, and lists the answers citing it), in the citing
document's parliament unless the reference names another: the Bundestag's (``BT-Drs.``, ``Bundestagsdrucksache``,
``Bundestagdrucksache``) or one named after the number („Drs. 6/816, Thüringer Landtag“, „Drs. 6/816 (Thüringen)“,
„Drucksache 19/1234 des Deutschen Bundestages“, „Drs. 7/123 des Landtags Brandenburg“).  A parliament named after
the number that is none we know by that name („des Landtags“ in a Bundestag answer, „der Bürgerschaft“ outside
Bremen and Hamburg) gets no link: a link to the wrong parliament is worse than none.  A parliament the archive does
not hold is no filter.  ``Drucks.`` is Hessen's abbreviation.  Every number of a list is a link („Drucksachen
19/4931 und 19/10242“), the document's own is none (its signature lines).  References are found on the plain
text, before a search's words are marked, so a page links the same with and without a query.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from flask import url_for
from markupsafe import Markup, escape

from indexer.model import Document
from indexer.parliaments import parliament_code, parliament_of
from indexer.search.highlight import Span, format_spans, match_spans
from indexer.search.parliament_names import PARLIAMENT_NAME, parliament_named

_NUMBER = r"(?P<number>\d{1,2}/\d{1,6})(?![\d/])"
_CITED = re.compile(
    r"(?<![\w-])(?:(?P<bt>BT-|Bundestags?-?)|LT-|Landtags-?|Bürgerschafts-?)?(?:[Dd]rucksachen?|Drucks\.|Drs\.)(?:-Nr\.)?"
    r"\s*(?:Nr\.\s*)?" + _NUMBER
)
_MORE = re.compile(r"(?:\s*,\s*|\s+(?:und|sowie)\s+)" + _NUMBER)  # „Drucksachen 19/4931 und 19/10242“
# „(Drs. 6/816, Thüringer Landtag)“, „LT-Drs. 6/816 (Thüringen)“
_NAMED_AFTER = re.compile(r"(?:,\s*|\s*\()(?P<name>[^,.;:()]{3,40})")
# „Drucksache 19/1234 des Deutschen Bundestages“, „Drs. 7/123 des Landtags Brandenburg“
_OF_PARLIAMENT = re.compile(rf"\s+(?:des|der|im)\s+(?P<name>{PARLIAMENT_NAME})", re.I)


def cited_links(text: str, terms: Collection[str], document: Document, held: Collection[str]) -> Markup:
    """``text`` of ``document`` escaped, the search's ``terms`` marked, and each cited Drucksache a link to its search
    (in a parliament of ``held``, those the archive holds)."""
    spans = match_spans(text, terms)
    parts, position = [], 0
    for match in _CITED.finditer(text):
        numbers = [match]
        while more := _MORE.match(text, numbers[-1].end()):
            numbers.append(more)
        code = "bt" if match.group("bt") else _named_after(text, numbers[-1].end(), document.parliament)
        for at, number in enumerate(numbers):
            start = match.start() if at == 0 else number.start("number")
            parts.append(_marked(text, spans, position, start))
            cited = _marked(text, spans, start, number.end())
            if code is None or (code == document.parliament and number.group("number") == document.drucksache):
                parts.append(cited)  # the document's own number (no link to the page itself), or a parliament unsure
            else:
                number_query = f"Drs. {number.group('number')}"
                href = url_for("views.search", q=number_query, parlament=code if code in held else None)
                parts.append(f'<a class="cited" href="{escape(href)}">{cited}</a>')
            position = number.end()
    parts.append(_marked(text, spans, position, len(text)))
    return Markup("".join(parts))


def _named_after(text: str, end: int, own: str) -> str | None:
    """The parliament named after a cited number ending at ``end``: ``own`` where none is named, None where one is
    named that we cannot tell („des Landtags“ in a Bundestag answer)."""
    genitive = _OF_PARLIAMENT.match(text, end)
    if genitive:
        name = genitive.group("name")
        return parliament_named(name) or (own if _body_of(name, own) else None)
    named = _NAMED_AFTER.match(text, end)
    return (named and parliament_code(named.group("name"))) or own


def _body_of(name: str, code: str) -> bool:
    """Is ``name`` („Landtags“, „Bürgerschaft“, „Landesregierung“) the bare noun of the parliament ``code`` („Landtag
    Brandenburg“) or of its government?"""
    words = name.split()
    noun = words[0].casefold().rstrip("s").removesuffix("e") if len(words) == 1 else ""
    parliament = parliament_of(code)
    return bool(noun) and (noun in parliament.name.casefold().split() or noun == parliament.body.casefold())


def _marked(text: str, spans: list[Span], start: int, end: int) -> str:
    """``text[start:end]`` escaped with its part of each marked span: a mark never crosses a link's edge."""
    inside = [(max(low, start) - start, min(high, end) - start) for low, high in spans if low < end and high > start]
    return str(format_spans(text[start:end], inside))
