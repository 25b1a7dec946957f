"""Drucksachen a document cites, as links: „Im Übrigen siehe Drs. 21/8963.“ opens the cited document in one click.

Answers refer to earlier answers by number; staff follow them.  The link is a search for the number (the search
puts the document first, says so when the archive lacks it, and lists the answers citing it), in the citing
document's parliament unless the reference names another: the Bundestag's (``BT-Drs.``, ``Bundestagsdrucksache``)
or one named after the number („Drs. 6/816, Thüringer Landtag“).
"""

from __future__ import annotations

import re

from flask import url_for
from markupsafe import Markup, escape

from indexer.parliaments import parliament_code

# On the page's escaped text, where a search term may be marked inside the number: „Drs. <mark>21/8963</mark>“
_CITED = re.compile(
    r"(?<![\w-])(?:(?P<bt>BT-|Bundestags-?)|LT-|Landtags-?|Bürgerschafts-?)?(?:[Dd]rucksachen?|Drs\.)(?:-Nr\.)?"
    r"\s*(?:Nr\.\s*)?(?P<open><mark>)?(?P<number>\d{1,2}/\d{1,6})(?P<close></mark>)?(?![\d/])"
)
_NAMED_AFTER = re.compile(r",\s*(?P<name>[^,.;:()<>]{3,40})")  # „(Drs. 6/816, Thüringer Landtag)“


def cited_links(html: Markup, parliament: str) -> Markup:
    """``html`` (escaped text, marks) with each cited Drucksache a link to it."""
    text = str(html)

    def link(match: re.Match[str]) -> str:
        if bool(match.group("open")) != bool(match.group("close")):  # a mark begun or ended inside: leave it whole
            return match.group(0)
        named = _NAMED_AFTER.match(text, match.end())
        code = ("bt" if match.group("bt") else None) or (named and parliament_code(named.group("name"))) or parliament
        href = url_for("views.search", q=f"Drs. {match.group('number')}", parlament=code)
        return f'<a class="cited" href="{escape(href)}">{match.group(0)}</a>'

    return Markup(_CITED.sub(link, text))
