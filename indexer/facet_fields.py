"""The facets, declared once: the index fields, the filters, the counts, the web's panels and the API derive from here.

A facet is an index field on every document's title record, a URL parameter and field
syntax of the same name (``?partei=SPD``, ``partei:SPD``), a panel of counts on the search
page and a parameter of ``/api/search``.  Adding one means a :class:`Facet` here and its typed
field on :class:`indexer.search.filters.Filters` (a test checks that they agree); an index built
before needs a rebuild.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from indexer.askers import without_titles
from indexer.model import Document
from indexer.parliaments import parliament_name
from indexer.parties import party_name


@dataclass(frozen=True)
class Facet:
    name: str  # index field, URL parameter and field syntax
    label: str  # German, for filter chips: "Partei: SPD"
    heading: str  # German, above the panel of counts
    description: str  # German, for the API description
    value: Callable[[Document], Any]  # the document's value; None when it has none
    numeric: bool = False  # integer values, listed newest first
    lowercase: bool = False  # values are codes, compared in lower case
    partial: bool = False  # a filter value matches any value containing it (ministries)
    several: bool = False  # a document may have several values, indexed comma-separated (parties)
    person: bool = False  # values are names: typed words begin their words, umlauts/ß spelled out (askers)
    top: int | None = None  # counts list only the most frequent values (thousands of askers at 60k documents)
    example: str = ""  # a value as typed, for the message when one is missing ("partei:SPD")
    absent: str = ""  # German, begins the message for a value no document has: "Keine Partei „XY“ im Archiv"
    canonical: Callable[[str], str] | None = None  # one name for the spellings of a value (parties), at query time
    listed: Callable[[Any], str] = str  # a known value as the message for an absent one lists it


ASKERS_COUNTED = 50  # thousands of askers at 60k documents: the panel and the API count the commonest

FACETS = (
    Facet(
        "parlament",
        "Parlament",
        "Parlament",
        "Parlament: Kürzel (nw, ni, …) oder Name (Niedersachsen, NRW, Bundestag); mehrfach = eines davon",
        lambda d: d.parliament,
        lowercase=True,
        example="ni",
        absent="Kein Parlament",
        listed=lambda code: f"{code} ({parliament_name(code)})",
    ),
    Facet(
        "wahlperiode",
        "Wahlperiode",
        "Wahlperiode",
        "Wahlperiode",
        lambda d: d.wahlperiode,
        numeric=True,
        example="19",
        absent="Keine Wahlperiode",
    ),
    Facet(
        "ministerium",
        "Ministerium",
        "Ministerium",
        "Ministerium (Teil des Namens genügt)",
        lambda d: d.ministry or None,
        partial=True,
        example="Inneres",
        absent="Kein Ministerium",
    ),
    Facet(
        "partei",
        "Partei",
        "Partei (Fragesteller)",
        "Partei der Fragesteller, in jeder Schreibweise (Linke, Grüne, F.D.P.)",
        lambda d: ",".join(d.parties) or None,
        several=True,
        example="SPD",
        absent="Keine Partei",
        canonical=party_name,
    ),
    Facet(
        "fragesteller",
        "Fragesteller",
        "Fragesteller",
        "Name eines Fragestellers (Nachname genügt; ae/oe/ue/ss für ä/ö/ü/ß); gezählt: die "
        f"{ASKERS_COUNTED} häufigsten",
        # one value per person: „Dr. h. c. Björn Thümler“ is „Björn Thümler“ (titles make no other person)
        lambda d: ",".join(without_titles(a.name).replace(",", " ") for a in d.askers) or None,
        several=True,
        person=True,
        top=ASKERS_COUNTED,
        example="Holsten",
        absent="Kein Fragesteller",
    ),
    Facet(
        "jahr",
        "Jahr",
        "Jahr",
        "Jahr der Antwort (eine Antwort ohne eigenes Datum: das ihrer Anfrage)",
        lambda d: d.date.year if d.date else None,
        numeric=True,
        example="2026",
        absent="Kein Jahr",
    ),
)
FACET_NAMES = tuple(facet.name for facet in FACETS)
BY_NAME = {facet.name: facet for facet in FACETS}
