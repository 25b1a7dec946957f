"""The German parliaments: code, the names citations print, and the names documents and sidecars use.

One table for the parser (which parliament a page header names), the sidecar reader
(``"parliament": "Niedersachsen"``) and citations (``Landtag Nordrhein-Westfalen``,
``Landesregierung Nordrhein-Westfalen``).
"""

from __future__ import annotations

from dataclasses import dataclass

from indexer.lexicon import spelled_out


@dataclass(frozen=True)
class Parliament:
    code: str
    name: str  # as cited: "Landtag Nordrhein-Westfalen"
    state: str | None  # whose government answers: "Nordrhein-Westfalen"; None for the Bundestag
    aliases: tuple[str, ...]  # lower-case names in headers and sidecars, longest first


# No German parliament is near its 30th period; a larger number is a typo, not a period.
MAX_WAHLPERIODE = 99

# Lookups take the first alias found, in this order (longest names of a parliament first).
PARLIAMENTS = (
    Parliament("nw", "Landtag Nordrhein-Westfalen", "Nordrhein-Westfalen", ("nordrhein-westfalen",)),
    Parliament("ni", "Niedersächsischer Landtag", "Niedersachsen", ("niedersächsischer landtag", "niedersachsen")),
    Parliament("bw", "Landtag von Baden-Württemberg", "Baden-Württemberg", ("baden-württemberg",)),
    Parliament("by", "Bayerischer Landtag", "Bayern", ("bayerischer landtag", "bayern")),
    Parliament(
        "be",
        "Abgeordnetenhaus Berlin",
        "Berlin",
        ("abgeordnetenhauses von berlin", "abgeordnetenhaus von berlin", "abgeordnetenhaus berlin"),
    ),
    Parliament("bb", "Landtag Brandenburg", "Brandenburg", ("brandenburg",)),
    Parliament("hb", "Bremische Bürgerschaft", "Bremen", ("bremische bürgerschaft",)),
    Parliament(
        "hh",
        "Hamburgische Bürgerschaft",
        "Hamburg",
        ("bürgerschaft der freien und hansestadt hamburg", "hamburgische bürgerschaft"),
    ),
    Parliament("he", "Hessischer Landtag", "Hessen", ("hessischer landtag", "hessen")),
    Parliament("mv", "Landtag Mecklenburg-Vorpommern", "Mecklenburg-Vorpommern", ("mecklenburg-vorpommern",)),
    Parliament("rp", "Landtag Rheinland-Pfalz", "Rheinland-Pfalz", ("rheinland-pfalz",)),
    Parliament("sl", "Landtag des Saarlandes", "Saarland", ("landtag des saarlandes", "saarland")),
    Parliament("sn", "Sächsischer Landtag", "Sachsen", ("sächsischer landtag",)),
    Parliament("st", "Landtag von Sachsen-Anhalt", "Sachsen-Anhalt", ("sachsen-anhalt",)),
    Parliament(
        "sh",
        "Schleswig-Holsteinischer Landtag",
        "Schleswig-Holstein",
        ("schleswig-holsteinischer landtag", "schleswig-holstein"),
    ),
    Parliament("th", "Thüringer Landtag", "Thüringen", ("thüringer landtag",)),
    Parliament("bt", "Deutscher Bundestag", None, ("deutscher bundestag",)),
)
BY_CODE = {parliament.code: parliament for parliament in PARLIAMENTS}


def find_parliament(text: str) -> str | None:
    """The code of the parliament whose name comes first in ``text`` (case-insensitive): the page
    head names the parliament before the text mentions another (``Deutscher Bundestag … Berlin-Brandenburger``)."""
    lowered = text.lower()
    found = [
        (position, -len(alias), p.code)
        for p in PARLIAMENTS
        for alias in p.aliases
        if (position := lowered.find(alias)) >= 0
    ]
    return min(found)[2] if found else None


def parliament_name(code: str) -> str:
    """``ni`` → ``Niedersächsischer Landtag``; an unknown code as it is, in capitals."""
    parliament = BY_CODE.get(code)
    return parliament.name if parliament else code.upper()


# Short names users type for a parliament besides its code, its name, its state and its header names.
_TYPED = {"nw": ("nrw",), "bt": ("bundestag", "btag"), "bw": ("bawü",), "mv": ("meckpomm",)}


def _typed_key(text: str) -> str:
    """A typed parliament name compared in lower case, umlauts/ß spelled out, spaces and hyphens equal."""
    return " ".join(spelled_out(text.casefold()).replace("-", " ").split())


_BY_TYPED_NAME = {
    _typed_key(name): p.code
    for p in PARLIAMENTS
    for name in (p.code, p.name, *((p.state,) if p.state else ()), *p.aliases, *_TYPED.get(p.code, ()))
}


def parliament_code(typed: str) -> str | None:
    """The code of the parliament a user names: ``ni``, ``Niedersachsen``, ``Niedersächsischer Landtag``,
    ``Nordrhein-Westfalen``, ``NRW``, ``Bundestag``, ``Thueringen``; None for a name of no parliament."""
    return _BY_TYPED_NAME.get(_typed_key(typed))
