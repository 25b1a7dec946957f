"""Who asked: ``Claus Seebeck und Eike Holsten (CDU)``, ``Nadja Lüders, Volkan Baran SPD``, the Bundestag's
``Stephan Kühn (Dresden), Oliver Krischer, weiterer Abgeordneter`` — names with their party where printed; a
Fraktion that asks as a whole (Bremen: ``Fraktion der SPD``, ``Fraktionen der SPD, DIE LINKE und BÜNDNIS 90/DIE
GRÜNEN``) is an asker named so, of its party — each item of a list on its own (``Fraktion der SPD, Max Müller
(CDU)``), and only of a known party (:mod:`indexer.parties`).  A mandate after a name (``Dr. Max Müller, MdL (CDU)``)
is no asker."""

from __future__ import annotations

import itertools
import re

from indexer.askers import is_title
from indexer.ingest.text import normalise_space
from indexer.model import Asker
from indexer.parties import known_party

PARTIES = (
    r"BÜNDNIS 90/DIE GRÜNEN|Bündnis 90/Die Grünen|BÜNDNIS 90/ DIE GRÜNEN|Die Grünen|GRÜNE|GRÜNEN|Grüne|CDU|CSU|SPD|"
    r"FDP/DVP|FDP|AfD|DIE LINKE|Die Linke|LINKE|PIRATEN|Piraten|BVB/FREIE WÄHLER|BVB / FREIE WÄHLER|FREIE WÄHLER|"
    r"Freie Wähler/BMV|Freie Wähler|BSW|SSW|NPD|Volt|ÖDP|BMV|"
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
# Bremen's "Prof. Dr. Hilz, Frau Wischhusen": the form of address is no part of the name (titles are), nor is
# „der Abgeordneten“ before it, nor Hessen's „der Abg.“ before the second group of a list („Kleine Anfrage der Abg. Tipi
# und der Abg. Arnoldt, Banzer, … (CDU)“).
_ADDRESS = re.compile(r"^(?:Frau|Herrn?|(?:der |des |die )?(?:Abgeordnete[nr]?|Abg\.))\s+(?=[A-ZÄÖÜ])")
# "weiterer Abgeordneter" in the Bundestag's list of askers names nobody.
_NOBODY = re.compile(r"der|die|des|(?:weiterer |weiteren? )?Abgeordnete[rn]?")
# … but says the list names fewer than asked: „Clara Bünger, weiterer Abgeordneter und der Gruppe Die Linke“
_FURTHER = re.compile(r"\bweitere[rn]?\s+Abgeordnete[rn]?\b")


def names_further_askers(text: str) -> bool:
    """Does a list of askers say that more members ask than it names (``…, weiterer Abgeordneter und der Fraktion …``,
    a metadata file's ``…, weitere Abgeordnete``)?"""
    return bool(_FURTHER.search(text))


# The mandate printed after a member's name: Landtag, Bundestag, Abgeordnetenhaus (Berlin), Bremische and Hamburgische
# Bürgerschaft, Europäisches Parlament — „Dr. Max Müller, MdL (CDU)“, „Max Müller MdB“, „(MdL, CDU)“.
_MANDATE = r"(?:MdL|MdB|MdA|MdBB|MdHB|MdBü|MdEP)"
_MANDATE_IN_BRACKETS = re.compile(rf"\(\s*{_MANDATE}\s*(?:,\s*|\)|(?=[^\s,)]))|,\s*{_MANDATE}\s*(?=\))")
_MANDATE_AFTER = re.compile(rf"(?:,\s*|\s+){_MANDATE}\b\.?")
# A Fraktion asking as a whole, one item of the list of askers: „Fraktion der SPD“, „der Fraktion DIE LINKE“,
# „Fraktionen der CDU und der FDP“, „CDU-Fraktion“ — only of a known party; the members between are read as before.
_LIST_SEPARATOR = re.compile(r",\s*|\s+(?:und|sowie)\s+")
_FRAKTION = re.compile(r"(?:der |die )?Fraktion(?P<several>en)?(?: (?P<article>(?:der|von|des) )?(?P<parties>.*))?")
_SUFFIXED_FRAKTION = re.compile(r"(?:der |die )?(?P<party>\S.*?)-Fraktion\.?")
_LISTED_PARTY = re.compile(r"(?:der )?(?P<party>.+?)\.?")


def parse_askers(text: str) -> tuple[Asker, ...]:
    """``Claus Seebeck und Eike Holsten (CDU)``, ``Nadja Lüders, Volkan Baran SPD`` or ``Fraktion der SPD, Max Müller
    (CDU)`` → askers, each item of a list on its own; a bare „Fraktion der“ is nobody."""
    text = _PLACE.sub("", _BROKEN_PARTY_WORD.sub(_mend_party_word, normalise_space(text)))
    text = _MANDATE_AFTER.sub("", _MANDATE_IN_BRACKETS.sub(_bracket_without_mandate, text)).strip(" ,")
    askers: list[Asker] = []
    members: tuple[int, int] | None = None  # the run of items naming members, not yet read
    listing = False  # within „Fraktionen der SPD, DIE LINKE und …“, where a party alone names a Fraktion
    for start, end in _items(text):
        read = _fraktion_item(text[start:end], listing)
        if read is None:
            members = (members[0] if members else start, end)
            listing = False
            continue
        if members:
            askers.extend(_members(text[members[0] : members[1]]))
            members = None
        fraktion, listing = read
        askers.extend(fraktion)
    if members:
        askers.extend(_members(text[members[0] : members[1]]))
    return tuple(askers)


def _items(text: str) -> list[tuple[int, int]]:
    """Where the items of a list of askers stand: parted by commas, „und“ and „sowie“ outside brackets."""
    items: list[tuple[int, int]] = []
    start = depth_at = depth = 0
    for separator in _LIST_SEPARATOR.finditer(text):
        between = text[depth_at : separator.start()]
        depth += between.count("(") - between.count(")")
        depth_at = separator.start()
        if depth <= 0:
            items.append((start, separator.start()))
            start = separator.end()
    items.append((start, len(text)))
    return [(start, end) for start, end in items if end > start]


def _fraktion_item(item: str, listing: bool) -> tuple[tuple[Asker, ...], bool] | None:
    """The Fraktion an item of the list names (none for a bare or unknown „Fraktion der“) and whether a list of
    Fraktionen goes on; None for an item naming a member."""
    found = _FRAKTION.fullmatch(item)
    if found:
        several = bool(found["several"])
        party = _known_prefix(found["parties"] or "")
        if party is None:
            return (), several
        name = _listed_name(party) if several else f"Fraktion {found['article'] or ''}{party}"
        # „Fraktion der SPD und der CDU“: the list of Fraktionen goes on after a singular one too
        return (Asker(name, _party(party)),), several or found["article"] == "der "
    suffixed = _SUFFIXED_FRAKTION.fullmatch(item)
    if suffixed and known_party(_party(suffixed["party"])):
        return (Asker(f"{suffixed['party']}-Fraktion", _party(suffixed["party"])),), False
    listed = _LISTED_PARTY.fullmatch(item) if listing else None
    if listed and known_party(_party(listed["party"])):
        return (Asker(_listed_name(listed["party"]), _party(listed["party"])),), True
    return None


def _known_prefix(text: str) -> str | None:
    """The known party ``text`` begins with, as printed: ``SPD vom 7. September 2021`` → ``SPD``."""
    words = text.split(" ")
    for count in range(len(words), 0, -1):
        printed = " ".join(words[:count]).rstrip(".")
        if known_party(_party(printed)):
            return printed
    return None


def _listed_name(party: str) -> str:
    """A Fraktion of a list named as Bremen prints one alone: ``Fraktion der SPD``, ``Fraktion der GRÜNEN``,
    ``Fraktion der Freien Demokraten``, but ``Fraktion DIE LINKE``, ``Fraktion BÜNDNIS 90/DIE GRÜNEN``."""
    first = party.split(" ")[0]
    return f"Fraktion der {party}" if first == party or first.casefold().endswith("en") else f"Fraktion {party}"


def _members(text: str) -> tuple[Asker, ...]:
    """Members of parliament: ``Claus Seebeck und Eike Holsten (CDU)``, ``Nadja Lüders, Volkan Baran SPD``."""
    askers: list[Asker] = []
    for group in re.finditer(r"([^()]+?)\s*\(([^()]+)\)", text):
        askers.extend(Asker(name, _party(group.group(2))) for name in _names(group.group(1)))
    if askers:
        return tuple(askers)
    # NRW: names, then the party ("… und Anja Butschkau SPD"); several parties follow their names.  Brandenburg's
    # group as its flat copy prints it: "Christoph Schulze BVB / FREIE WÄHLER Gruppe", and its member's Fraktion
    # without article: "des Abgeordneten Wolfgang Roick SPD-Fraktion".
    text = re.sub(r"\b(BVB|90) / (?=[A-ZÄÖÜ])", r"\1/", text)
    party = rf"(?P<party>(?:{PARTIES})(?: Gruppe|-Fraktion)?)"
    # (the member's Fraktion named between name and party is no part of the name: Sachsen's „Cornelia Falken Fraktion
    # DIE LINKE“, Brandenburg's „Anita Tack der Fraktion DIE LINKE“)
    fraktion = r"(?:(?:der\s+)?Fraktion\s+(?:der\s+)?)?"
    groups = list(re.finditer(rf"(?P<names>.+?)\s+{fraktion}{party}(?=\s*(?:,|und\b|$))\s*(?:,|und\b)?\s*", text))
    if groups and groups[-1].end() == len(text) and all(a.end() == b.start() for a, b in itertools.pairwise(groups)):
        return tuple(
            Asker(name, _party(group.group("party"))) for group in groups for name in _names(group.group("names"))
        )
    return tuple(Asker(name) for name in _names(text))


# A party's word broken at a line end in a flat copy: "Prof. Dr. Michael Piazolo FREIE WÄH- LER" (Bayern).
_PARTY_WORDS = frozenset(word for party in PARTIES.split("|") for word in re.split(r"[ /]+", party) if len(word) > 3)
_BROKEN_PARTY_WORD = re.compile(r"\b(\w+)- (\w+)\b")


def _mend_party_word(match: re.Match[str]) -> str:
    joined = match.group(1) + match.group(2)
    return joined if joined in _PARTY_WORDS else match.group(0)


def _party(text: str) -> str:
    """The party as printed; a scan's ``DlE LINKE`` (lower-case l for I), ``DIE LINKE.``, ``AfD-Fraktion`` and
    ``BVB/FREIE WÄHLER Gruppe`` (Brandenburg: a group too small to be a Fraktion) as the party they name."""
    party = normalise_space(text)
    for read in (party.replace("l", "I"), re.sub(r"\.$|-Fraktion$|[ -]Gruppe$", "", party)):
        if read != party and re.fullmatch(PARTIES, read):
            return read
    return party


def _bracket_without_mandate(match: re.Match[str]) -> str:
    """``(MdL)`` → nothing, ``(MdL, CDU)`` → ``(CDU``, ``, MdL)`` → ``)``: the brackets keep only the party."""
    found = match.group(0)
    if found.startswith(","):
        return ""
    return "" if found.endswith(")") else "("


def _names(text: str) -> list[str]:
    # (a name after the bracket of the one before it starts its group with the list's word: „Dieter Dombrowski
    # (CDU-Fraktion), Raik Nowka (CDU-Fraktion) und Roswitha Schier (CDU-Fraktion)“ → „und Roswitha Schier“)
    parts = re.split(r",\s*|(?:^|\s+)(?:und|sowie)\s+", text.strip(" ,"))
    names = [part.strip(" \"'„“”") for part in parts]  # a scan's stray quote before a name: '"Neitzel'
    names = [_ADDRESS.sub("", name) for name in names]
    # titles alone after a name („Max Müller, Dr. h. c.“) make no other person
    return [name for name in names if name and not _NOBODY.fullmatch(name) and not all(map(is_title, name.split()))]
