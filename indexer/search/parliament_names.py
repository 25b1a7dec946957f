"""The parliament (or government) staff name before a cited number, as a pattern: no search words.

„Landtag Niedersachsen, Drs. 19/11138“, „LT NRW Drs. 17/6448“, „Schleswig-Holsteinischer Landtag Drs. 18/1220“,
„des Deutschen Bundestages“, „Antwort der Bayerischen Staatsregierung“: the number says which document, and the
parliament's words searched beside it found every answer naming „Landtag“ or the Land.  The names come from
:data:`indexer.parliaments.PARLIAMENTS` (names, header names, states, the short names users type), declined
(„Niedersächsischen Landtages“) and spelled without umlauts („Thueringen“).  A Land's name belongs to the citation
only as part of such a name: right after Landtag/LT/Abgeordnetenhaus/Bürgerschaft or a government („Landtag
Thüringen“, „Senat von Berlin“), or right before the Landtag's Drucksache („Nds. LT-Drs.“) — „Polizei Niedersachsen
Drs. 19/11138“ searches „Polizei Niedersachsen“.
"""

from __future__ import annotations

import re

from indexer.parliaments import PARLIAMENTS, parliament_code, typed_names

# The nouns naming a parliament or a government, as names and citations print them; the governments as answers do
_BODIES = ("Landtag", "Bundestag", "Abgeordnetenhaus", "Bürgerschaft", *dict.fromkeys(p.body for p in PARLIAMENTS))
_SPELLED = {"ä": "(?:ä|ae)", "ö": "(?:ö|oe)", "ü": "(?:ü|ue)", "ß": "(?:ß|ss)", "-": r"[-\s]?", " ": r"\s+"}
_ADJECTIVE = re.compile(r"(?P<stem>.+sch)(?:er|e)", re.I)  # „Niedersächsischer“, „Bremische“, „Deutscher“


def _spelled(text: str) -> str:
    """``text`` as a pattern matching it with umlauts spelled out too, a hyphen also as a space or left out."""
    return "".join(_SPELLED.get(character, re.escape(character)) for character in text.lower())


def _declined(word: str) -> str:
    """A word of a name in any case: ``Landtag`` also ``Landtages``, ``Niedersächsischer`` also
    ``Niedersächsischen``; other words as they are."""
    if word.lower() in {body.lower() for body in _BODIES}:
        return _spelled(word) + "(?:e?s)?"
    adjective = _ADJECTIVE.fullmatch(word)
    return _spelled(adjective["stem"]) + "(?:e[nrs]?)?" if adjective else _spelled(word)


def _name(name: str) -> str:
    return r"\s+".join(_declined(word) for word in name.split())


def _has_body(name: str) -> bool:
    return any(word.lower() in {body.lower() for body in _BODIES} for word in name.split())


# A parliament's own names: its name and header names with a noun (a Land's alone is no parliament's name), the
# government's as references print it, and the Bundestag's short names
_OWN = {
    _name(name)
    for p in PARLIAMENTS
    for name in (*typed_names(p)[1:], p.author)
    if name and (_has_body(name) or (p.state is None and name.lower() != p.name.lower()))
}
# A Land's names („Niedersachsen“, „NRW“, „Nds.“), and its code in capitals („M-V“, „MV“)
_LANDS = [p for p in PARLIAMENTS if p.state]
_STATES = {_spelled(name) for p in _LANDS for name in typed_names(p)[1:] if not _has_body(name)}
_STATES |= {"(?-i:" + "-?".join(p.code.upper()) + ")" for p in _LANDS}
_BODY = "|".join(_declined(body) for body in (*_BODIES, "LT"))
_STATE = rf"(?:{'|'.join(sorted(_STATES, key=len, reverse=True))})(?:e?s)?\.?"
# Atomic, longest names first: a name read one way is not tried another way („Landtag des Saarlandes“ whole, not
# „Landtag“ and „des Saarlandes“) — a long query of such words took seconds to fail
# („Landtag Nordrhein-Westfalens“ is not „Landtag Nordrhein-Westfalen“ and a letter: a name ends where its word does)
_OWN_NAME = rf"(?:{'|'.join(sorted(_OWN, key=len, reverse=True))})(?:e?s)?(?!\w)"
_BODY_OF_STATE = rf"(?:{_BODY})\s+(?:(?:von|des|der)\s+)?{_STATE}"
PARLIAMENT_NAME = (
    rf"(?>{_OWN_NAME}"
    rf"|(?:{_BODY})(?:\s+(?:(?:von|des|der)\s+)?{_STATE})?"
    rf"|{_STATE}(?=,?\s+(?:LT|Landtags|B(?:ü|ue)rgerschafts)-?\s?D))"
)
# Before a bare number („Landtag NRW 17/6448“) only a name that says which parliament: „Landtag 2/3 Mehrheit“ and
# „Landesregierung 24/7 Betreuung“ keep their words
NAMED_PARLIAMENT = rf"(?>{_OWN_NAME}|{_BODY_OF_STATE})"
# A query of nothing but a cited number and the names of parliaments or Lands: „Niedersachsen Drs. 19/9059“,
# „Drs. 17/6448 NRW“ say which parliament's document, as „Landtag Niedersachsen Drs.“ does; searched as words, a Land's
# name held in every answer of its parliament made each of them a hit.  A body alone („Landesregierung“) names none
# („Drs. 19/9059, Niedersachsen“, „Drs. 6/816 (Thüringen)“, „Drs. 19/1234 des Landtags Nordrhein-Westfalen“ too)
ONLY_NAMES = re.compile(
    rf"\s*[,;:(]?(?:\s*(?:(?:des|der|im)\s+)?(?:{NAMED_PARLIAMENT}|{_STATE})(?!\w)\)?[,;:]?)+\s*", re.I
)


def _names_of(code: str) -> str:
    """Every name of one parliament as :data:`PARLIAMENT_NAME` reads it, declined: its own names and government's,
    and a body with its Land („Landtags Brandenburg“, „Landtag von Sachsen-Anhalt“)."""
    p = next(p for p in PARLIAMENTS if p.code == code)
    own = [_name(name) for name in (*typed_names(p)[1:], p.author) if name and (_has_body(name) or p.state is None)]
    states = [_spelled(name) for name in typed_names(p)[1:] if p.state and not _has_body(name)]
    states += ["(?-i:" + "-?".join(p.code.upper()) + ")"] if p.state else []
    of_state = [rf"(?:{_BODY})\s+(?:(?:von|des|der)\s+)?(?:{'|'.join(states)})(?:e?s)?\.?"] if states else []
    return "|".join(sorted(own, key=len, reverse=True) + of_state)


_EACH = {p.code: re.compile(rf"(?:{_names_of(p.code)})(?:e?s)?", re.I) for p in PARLIAMENTS}


def parliament_named(name: str) -> str | None:
    """The code of the one parliament ``name`` names in any case („des Deutschen Bundestages“ without its article,
    „Landtags Brandenburg“, „Hessischen Landtags“); None for a name of none or of several („Landtags“,
    „Bürgerschaft“)."""
    codes = [code for code, pattern in _EACH.items() if pattern.fullmatch(name.strip())]
    return codes[0] if len(codes) == 1 else None


_ANY_NAME = re.compile(rf"(?<!\w)(?:{PARLIAMENT_NAME}|{_STATE})(?!\w)", re.I)


def parliament_names_in(text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` names a parliament („LT NRW“, „Niedersachsen“, „Nds.“, „Deutscher Bundestag“): start, end and
    the parliament's code of each name; a body alone („Landtag“) names none."""
    named = []
    for found in _ANY_NAME.finditer(text):
        name = found.group(0).strip()
        code = parliament_named(name) or parliament_code(name) or parliament_code(name.rstrip("."))
        if code:
            named.append((found.start(), found.end(), code))
    return named
