"""The parties of askers, one name each: ``F.D.P.`` is the FDP, ``Linke`` and ``DIE LINKE`` are Die Linke.

Documents print a party in many ways (``DIE LINKE``, ``Die Linke``, ``F.D.P.``, ``FDP/DVP``,
``Piratenfraktion``); the index keeps them as printed, and the facet counts and the
``partei:`` filter compare them through this one table, so an index built before needs no rebuild.
"""

from __future__ import annotations

import re

from indexer.lexicon import spelled_out

# The name shown for a party, then the other ways it is printed or typed (compared as by _key).
PARTIES: dict[str, tuple[str, ...]] = {
    "BÜNDNIS 90/DIE GRÜNEN": ("Bündnis 90/Die Grünen", "Die Grünen", "Grüne", "Grünen", "B90/Grüne", "Bündnis 90"),
    "Die Linke": ("DIE LINKE", "DIE LINKE.", "Linke", "Linke.", "Linken", "Linksfraktion"),
    "FDP": ("F.D.P.", "F.D.P", "FDP/DVP", "Freie Demokraten", "Freien Demokraten"),
    "CDU": (),
    "CSU": (),
    "CDU/CSU": ("Union",),
    "SPD": (),
    "AfD": ("Alternative für Deutschland",),
    "FREIE WÄHLER": ("Freie Wähler", "Freien Wähler", "FW", "BVB/FREIE WÄHLER"),
    "PIRATEN": ("Piraten", "Piratenfraktion", "Piratenpartei"),
    "BSW": ("Bündnis Sahra Wagenknecht",),
    "SSW": (),
    "NPD": (),
    # a Fraktion of Mecklenburg-Vorpommern's 7th Landtag, from 2019 named „Freie Wähler/BMV“
    "BMV": ("Bürger für Mecklenburg-Vorpommern", "Freie Wähler/BMV"),
    "Volt": (),
    "ÖDP": (),
    "fraktionslos": (),
    "parteilos": (),
}


# A parliamentary group named after its party: "SPD-Fraktion", "CDU-Landtagsfraktion", "Fraktion der FDP"
_GROUP = re.compile(r"^fraktion\s+(?:der\s+|des\s+)?(?=\S)|\s*-\s*(?:landtags|bundestags)?fraktion$")


# A hyphen beside a slash, left where a line broke after „BÜNDNIS 90/-“: the slash already joins the two names
_SLASH_HYPHEN = re.compile(r"-?/-?")


def _key(text: str) -> str:
    """A party name compared without case, spaces and with umlauts/ß spelled out, its group named as the party:
    ``Bündnis 90/ Die Grünen`` = ``buendnis90/diegruenen``, ``SPD-Fraktion`` = ``Fraktion der SPD`` = ``spd``."""
    key = "".join(spelled_out(_GROUP.sub("", " ".join(text.casefold().split()))).split())
    return _SLASH_HYPHEN.sub("/", key)


_CANONICAL = {_key(name): shown for shown, others in PARTIES.items() for name in (shown, *others)}


def known_party(text: str) -> str | None:
    """The shown name of the party ``text`` names (``F.D.P.`` → ``FDP``, ``Grüne`` → ``BÜNDNIS 90/DIE GRÜNEN``);
    None for a name not in the table."""
    return _CANONICAL.get(_key(text))


def party_name(text: str) -> str:
    """The shown name of a party as printed; a party not in the table as it is printed."""
    return known_party(text) or " ".join(text.split())
