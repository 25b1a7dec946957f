"""The German parliaments: code, the names citations print, and the names documents and sidecars use.

One table for the parser (which parliament a page header names), the sidecar reader
(``"parliament": "Niedersachsen"``), filters (``parlament:Niedersachsen``) and citations
(``Landtag Nordrhein-Westfalen``, ``Antwort des Senats``, ``Bayerische Staatsregierung``, ``BT-Drs.``).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from indexer.lexicon import spelled_out


@dataclass(frozen=True)
class Parliament:
    code: str
    name: str  # as cited: "Landtag Nordrhein-Westfalen"
    state: str | None  # whose government answers: "Nordrhein-Westfalen"; None for the Bundestag
    aliases: tuple[str, ...]  # lower-case names in headers and sidecars, longest first
    body: str = "Landesregierung"  # who answers, as the answers' headings name it: "Senat", "Staatsregierung"
    author: str = ""  # the answering body as a reference's author; default: body and state
    anfrage: str = "Kleine Anfrage"  # what the parliament calls the question: "Schriftliche Anfrage" (Berlin, Bayern)
    drs: str = "LT-Drs."  # the Drucksache's abbreviation in a citation: "BT-Drs. 21/2000", "Bürgerschafts-Drs."
    # an Anfrage's or Beschluss's Drucksache within the citation, as the parliament writes one: „(Drs. 19/10805)“; the
    # Bundestag's texts write „BT-Drs.“ or „Bundestagsdrucksache“, never a bare „Drs.“
    cited_drs: str = "Drs."
    numbered: str = "{number}"  # how it prints an Anfrage's number: Sachsen-Anhalt counts per period, "KA 7/2151"

    @property
    def of_body(self) -> str:
        """The answering body in the genitive: ``der Landesregierung``, ``des Senats``, ``der Staatsregierung``."""
        return "des Senats" if self.body == "Senat" else f"der {self.body}"

    @property
    def answer(self) -> str:
        """``Antwort der Landesregierung``, ``Antwort des Senats``, ``Antwort der Staatsregierung``."""
        return f"Antwort {self.of_body}"

    def anfrage_number(self, number: int, wahlperiode: int | None) -> str:
        """An Anfrage's number as the parliament prints it: ``2509``; Sachsen-Anhalt's ``KA 7/2151`` (``2151`` where
        the period is unknown)."""
        if wahlperiode is None and "{period}" in self.numbered:
            return str(number)
        return self.numbered.format(number=number, period=wahlperiode)

    @property
    def corporate_author(self) -> str:
        """``Landesregierung Nordrhein-Westfalen``, ``Senat der Freien und Hansestadt Hamburg``."""
        return self.author or " ".join(part for part in (self.body, self.state) if part)


# No German parliament is near its 30th period; a larger number is a typo, not a period.
MAX_WAHLPERIODE = 99

# Lookups take the first alias found, in this order (longest names of a parliament first).
PARLIAMENTS = (
    Parliament("nw", "Landtag Nordrhein-Westfalen", "Nordrhein-Westfalen", ("nordrhein-westfalen",)),
    Parliament("ni", "Niedersächsischer Landtag", "Niedersachsen", ("niedersächsischer landtag", "niedersachsen")),
    Parliament("bw", "Landtag von Baden-Württemberg", "Baden-Württemberg", ("baden-württemberg",)),
    Parliament(
        "by",
        "Bayerischer Landtag",
        "Bayern",
        ("bayerischer landtag", "bayern"),
        body="Staatsregierung",
        author="Bayerische Staatsregierung",
        anfrage="Schriftliche Anfrage",
    ),
    Parliament(
        "be",
        "Abgeordnetenhaus Berlin",
        "Berlin",
        ("abgeordnetenhauses von berlin", "abgeordnetenhaus von berlin", "abgeordnetenhaus berlin"),
        body="Senat",
        author="Senat von Berlin",
        anfrage="Schriftliche Anfrage",
        drs="Drs.",
    ),
    Parliament("bb", "Landtag Brandenburg", "Brandenburg", ("brandenburg",)),
    Parliament(
        "hb",
        "Bremische Bürgerschaft",
        "Bremen",
        ("bremische bürgerschaft", "bremischebürgerschaft"),  # (also its letter-spaced head set solid)
        body="Senat",
        author="Senat der Freien Hansestadt Bremen",
        drs="Bürgerschafts-Drs.",
    ),
    Parliament(
        "hh",
        "Hamburgische Bürgerschaft",
        "Hamburg",
        ("bürgerschaft der freien und hansestadt hamburg", "hamburgische bürgerschaft"),
        body="Senat",
        author="Senat der Freien und Hansestadt Hamburg",
        anfrage="Schriftliche Kleine Anfrage",
        drs="Bürgerschafts-Drs.",
    ),
    Parliament("he", "Hessischer Landtag", "Hessen", ("hessischer landtag", "hessen")),
    Parliament("mv", "Landtag Mecklenburg-Vorpommern", "Mecklenburg-Vorpommern", ("mecklenburg-vorpommern",)),
    Parliament("rp", "Landtag Rheinland-Pfalz", "Rheinland-Pfalz", ("rheinland-pfalz",)),
    Parliament(
        "sl",
        "Landtag des Saarlandes",
        "Saarland",
        ("landtag des saarlandes", "saarländischer landtag", "saarland"),
        author="Regierung des Saarlandes",  # its own name (not „Landesregierung Saarland“)
        anfrage="Anfrage",  # „Antwort zu der Anfrage des Abgeordneten …“: the Saarland's Anfrage is no „Kleine“
    ),
    Parliament(
        "sn",
        "Sächsischer Landtag",
        "Sachsen",
        ("sächsischer landtag",),
        body="Staatsregierung",
        author="Sächsische Staatsregierung",
    ),
    Parliament(
        "st", "Landtag von Sachsen-Anhalt", "Sachsen-Anhalt", ("sachsen-anhalt",), numbered="KA {period}/{number}"
    ),
    Parliament(
        "sh",
        "Schleswig-Holsteinischer Landtag",
        "Schleswig-Holstein",
        ("schleswig-holsteinischer landtag", "schleswig-holstein"),
    ),
    Parliament("th", "Thüringer Landtag", "Thüringen", ("thüringer landtag",)),
    Parliament(
        "bt",
        "Deutscher Bundestag",
        None,
        ("deutscher bundestag",),
        body="Bundesregierung",
        drs="BT-Drs.",
        cited_drs="BT-Drs.",
    ),
)
BY_CODE = {parliament.code: parliament for parliament in PARLIAMENTS}


# Regions named after another Land than their own: "Rheinhessen" is no "Hessen".
_OTHER_LANDS_REGION = re.compile(r"rheinhessen")


def find_parliament(text: str) -> str | None:
    """The code of the parliament whose name comes first in ``text`` (case-insensitive): the page
    head names the parliament before the text mentions another (``Deutscher Bundestag … Berlin-Brandenburger``).
    A region of one Land named after another (Rheinhessen, in Rheinland-Pfalz) names neither."""
    lowered = _OTHER_LANDS_REGION.sub(lambda found: " " * len(found.group(0)), text.lower())
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
_TYPED = {"nw": ("nrw",), "ni": ("nds",), "bt": ("bundestag", "btag"), "bw": ("bawü",), "mv": ("meckpomm",)}


def typed_names(parliament: Parliament) -> tuple[str, ...]:
    """Every name a user may type for ``parliament``: its code, its name, its state, its header names and the short
    names users type (``NRW``, ``Nds``, ``BaWü``, ``MeckPomm``)."""
    state = (parliament.state,) if parliament.state else ()
    return (parliament.code, parliament.name, *state, *parliament.aliases, *_TYPED.get(parliament.code, ()))


def _typed_key(text: str) -> str:
    """A typed parliament name compared in lower case, umlauts/ß spelled out, without spaces and hyphens:
    ``Meck-Pomm``, ``Meck Pomm`` and ``MeckPomm`` are one name, as are ``Ba-Wü`` and ``BaWü``."""
    return "".join(spelled_out(text.casefold()).replace("-", " ").split())


_BY_TYPED_NAME = {_typed_key(name): p.code for p in PARLIAMENTS for name in typed_names(p)}


def parliament_code(typed: str) -> str | None:
    """The code of the parliament a user names: ``ni``, ``Niedersachsen``, ``Niedersächsischer Landtag``,
    ``Nordrhein-Westfalen``, ``NRW``, ``Bundestag``, ``Thueringen``; None for a name of no parliament."""
    return _BY_TYPED_NAME.get(_typed_key(typed))


def parliament_named_in(text: str) -> str | None:
    """The code of the one parliament a description names by a typed name among its words (``Landtag NRW``,
    ``Bürgerschaft Hamburg``, ``Landtag Nordrhein Westfalen``); None when it names none or two."""
    words = text.replace(",", " ").split()
    spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    codes = {code for span in spans if (code := parliament_code(span))}
    return codes.pop() if len(codes) == 1 else None


def nearest_parliament(typed: str) -> str | None:
    """The code of the parliament whose typed name ``typed`` misspells (``Hamburgische Bürgerchaft``,
    ``Nordrhein-Westfahlen``), to suggest — never to take: a misspelt name may mean another."""
    close = difflib.get_close_matches(_typed_key(typed), list(_BY_TYPED_NAME), n=1, cutoff=0.8)
    return _BY_TYPED_NAME[close[0]] if close else None


PARLIAMENT = "parlament"  # the index field (and filter) of a document's parliament
_BY_LAND = {_typed_key(p.state): p.code for p in PARLIAMENTS if p.state} | {"nrw": "nw"}


def land_code(word: str) -> str | None:
    """The code of the parliament of the Land a query word names (``Saarland``, ``Thueringen``, ``NRW``, also in the
    genitive: ``Saarlandes``, ``Bayerns``); None for any other word — the Bundestag names no Land."""
    key = _typed_key(word.strip(".,;:!?"))
    found = _BY_LAND.get(key)
    for ending in ("es", "s"):
        if found is None and key.endswith(ending):
            found = _BY_LAND.get(key.removesuffix(ending))
    return found


def lands_containing(word: str) -> tuple[str, ...]:
    """The codes of the other Lands whose name holds the Land ``word`` names as a part (``Sachsen``: Sachsen-Anhalt,
    Niedersachsen) — a text of theirs says the word for its own Land."""
    code = land_code(word)
    if code is None:
        return ()
    own = _typed_key(BY_CODE[code].state or "")
    return tuple(p.code for p in PARLIAMENTS if p.state and p.code != code and own in _typed_key(p.state))


def parliament_of(code: str) -> Parliament:
    """The parliament of ``code``; an unknown code as a Landtag of that name (citations of odd sidecars)."""
    return BY_CODE.get(code) or Parliament(code, code.upper(), None, ())
