"""Who asked: ``Claus Seebeck und Eike Holsten (CDU)``, ``Nadja Lüders, Volkan Baran SPD``, the Bundestag's
``Stephan Kühn (Dresden), Oliver Krischer, weiterer Abgeordneter`` — names with their party where printed; a
Fraktion that asks as a whole (Bremen: ``Fraktion der SPD``, ``Fraktionen der SPD, DIE LINKE und BÜNDNIS 90/DIE
GRÜNEN``) is an asker named so, of its party.  A mandate after a name (``Dr. Max Müller, MdL (CDU)``) is no
asker."""

from __future__ import annotations

import itertools
import re

from indexer.askers import is_title
from indexer.ingest.text import normalise_space
from indexer.model import Asker

PARTIES = (
    r"BÜNDNIS 90/DIE GRÜNEN|Bündnis 90/Die Grünen|BÜNDNIS 90/ DIE GRÜNEN|Die Grünen|GRÜNE|GRÜNEN|Grüne|CDU|CSU|SPD|"
    r"FDP/DVP|FDP|AfD|DIE LINKE|Die Linke|LINKE|PIRATEN|Piraten|FREIE WÄHLER|Freie Wähler|BSW|SSW|NPD|Volt|ÖDP|"
    r"fraktionslos|parteilos"
)
# A place after a name tells two members of the same name apart (Bundestag: "Stephan Kühn (Dresden)"): no party.
# A party in any case ("(Grünen)", "(Linke)", "(Volt)") is none; a place may hold small words and a river:
# "(Frankfurt am Main)", "(Halle (Saale))".
_PLACE_WORD = r"[A-ZÄÖÜ][a-zäöüß]+"
_PLACE = re.compile(
    r"\s*\((?!(?i:"
    + PARTIES
    + r")\))(?![^()]*[Ff]raktion)"
    + _PLACE_WORD
    + r"(?:(?:-| | (?:am|an der|an|im|in der|in|ob der|bei|vor der|auf der) )"
    + _PLACE_WORD
    + r")*"
    + r"(?: \("
    + _PLACE_WORD
    + r"\))?\)"
)
# Bremen's "Prof. Dr. Hilz, Frau Wischhusen": the form of address is no part of the name (titles are).
_ADDRESS = re.compile(r"^(?:Frau|Herrn?)\s+(?=[A-ZÄÖÜ])")
# "weiterer Abgeordneter" in the Bundestag's list of askers names nobody.
_NOBODY = re.compile(r"der|die|des|(?:weiterer|weiteren?) Abgeordnete[rn]?")


# The mandate printed after a member's name: Landtag, Bundestag, Abgeordnetenhaus (Berlin), Bremische and Hamburgische
# Bürgerschaft, Europäisches Parlament — „Dr. Max Müller, MdL (CDU)“, „Max Müller MdB“, „(MdL, CDU)“.
_MANDATE = r"(?:MdL|MdB|MdA|MdBB|MdHB|MdBü|MdEP)"
_MANDATE_IN_BRACKETS = re.compile(rf"\(\s*{_MANDATE}\s*(?:,\s*|\)|(?=[^\s,)]))|,\s*{_MANDATE}\s*(?=\))")
_MANDATE_AFTER = re.compile(rf"(?:,\s*|\s+){_MANDATE}\b\.?")
# A Fraktion asking as a whole: „Fraktion der SPD“, „der Fraktion DIE LINKE“, „Fraktionen der CDU und der FDP“.
_FRAKTION = re.compile(r"(?:der |die )?Fraktion(?P<several>en)? (?:der |von )?(?P<parties>.+?)\.?")
_SUFFIXED_FRAKTION = re.compile(r"(?:der |die )?(?P<name>(?P<party>[\w/ ]+?)-Fraktion)\.?")  # „CDU-Fraktion“


def parse_askers(text: str) -> tuple[Asker, ...]:
    """``Claus Seebeck und Eike Holsten (CDU)`` or ``Nadja Lüders, Volkan Baran SPD`` → askers."""
    text = _PLACE.sub("", _BROKEN_PARTY_WORD.sub(_mend_party_word, normalise_space(text)))
    text = _MANDATE_AFTER.sub("", _MANDATE_IN_BRACKETS.sub(_bracket_without_mandate, text))
    fraktion = _FRAKTION.fullmatch(text.strip(" ,"))
    if fraktion:
        return _fraktionen(fraktion)
    suffixed = _SUFFIXED_FRAKTION.fullmatch(text.strip(" ,"))
    if suffixed:
        return (Asker(suffixed["name"], _party(suffixed["party"])),)
    askers: list[Asker] = []
    for group in re.finditer(r"([^()]+?)\s*\(([^()]+)\)", text):
        askers.extend(Asker(name, _party(group.group(2))) for name in _names(group.group(1)))
    if askers:
        return tuple(askers)
    # NRW: names, then the party ("… und Anja Butschkau SPD"); several parties follow their names.
    groups = list(re.finditer(rf"(?P<names>.+?)\s+(?P<party>{PARTIES})(?=\s*(?:,|und\b|$))\s*(?:,|und\b)?\s*", text))
    if groups and groups[-1].end() == len(text) and all(a.end() == b.start() for a, b in itertools.pairwise(groups)):
        return tuple(Asker(name, group.group("party")) for group in groups for name in _names(group.group("names")))
    return tuple(Asker(name) for name in _names(text))


# A party's word broken at a line end in a flat copy: "Prof. Dr. Michael Piazolo FREIE WÄH- LER" (Bayern).
_PARTY_WORDS = frozenset(word for party in PARTIES.split("|") for word in re.split(r"[ /]+", party) if len(word) > 3)
_BROKEN_PARTY_WORD = re.compile(r"\b(\w+)- (\w+)\b")


def _mend_party_word(match: re.Match[str]) -> str:
    joined = match.group(1) + match.group(2)
    return joined if joined in _PARTY_WORDS else match.group(0)


def _party(text: str) -> str:
    """The party as printed; a scan's ``DlE LINKE`` (lower-case l for I), ``DIE LINKE.`` and ``AfD-Fraktion``
    (Brandenburg) as the party they name."""
    party = normalise_space(text)
    for read in (party.replace("l", "I"), re.sub(r"\.$|-Fraktion$", "", party)):
        if read != party and re.fullmatch(PARTIES, read):
            return read
    return party


def _bracket_without_mandate(match: re.Match[str]) -> str:
    """``(MdL)`` → nothing, ``(MdL, CDU)`` → ``(CDU``, ``, MdL)`` → ``)``: the brackets keep only the party."""
    found = match.group(0)
    if found.startswith(","):
        return ""
    return "" if found.endswith(")") else "("


def _fraktionen(found: re.Match[str]) -> tuple[Asker, ...]:
    """The Fraktion(en) asking as a whole, each of its party: ``Fraktion der SPD`` as printed; of several, each named
    as Bremen prints one alone (``Fraktion der SPD``, ``Fraktion DIE LINKE``)."""
    if not found.group("several"):
        party = _party(found.group("parties"))
        return (Asker(normalise_space(found.group(0)).removeprefix("der ").removeprefix("die ").rstrip("."), party),)
    parties = [_party(p) for p in re.split(r",\s*|\s+und\s+(?:der\s+)?|\s+sowie\s+(?:der\s+)?", found["parties"])]
    return tuple(Asker(f"Fraktion {'der ' if re.fullmatch(r'[A-Za-z]{2,4}', p) else ''}{p}", p) for p in parties if p)


def _names(text: str) -> list[str]:
    parts = re.split(r",\s*|\s+und\s+|\s+sowie\s+", text.strip(" ,"))
    names = [part.strip(" \"'„“”") for part in parts]  # a scan's stray quote before a name: '"Neitzel'
    names = [_ADDRESS.sub("", name) for name in names]
    # titles alone after a name („Max Müller, Dr. h. c.“) make no other person
    return [name for name in names if name and not _NOBODY.fullmatch(name) and not all(map(is_title, name.split()))]
