"""A word in the other spelling German allows for it: a foreign letter or its German one (``Photovoltaik`` /
„Fotovoltaik“, ``Delphin`` / „Delfin“, ``Code`` / „Kode“, ``Kusine`` / „Cousine“, ``Joghurt`` / „Yoghurt“), and
the transliterations of names (``Schiiten`` / „Shiiten“).

Both spellings are correct, so a text holds one and a researcher types the other; one edit away they are not
(``Kusine`` and „Cousine“ differ in two letters, the first among them), so no correction finds them.  The query
tries a word no text holds in the other spellings, one or two letters changed, and keeps those a text holds.
"""

from __future__ import annotations

# Each pair read both ways: the letters of a foreign word and their German spelling (Duden's Eindeutschung), and
# transliterations of Arabic, Persian and Russian names.
PAIRS = (
    ("ph", "f"),
    ("th", "t"),
    ("rh", "r"),
    ("gh", "g"),
    ("c", "k"),
    ("c", "z"),
    ("ou", "u"),
    ("y", "j"),
    ("y", "i"),
    ("é", "ee"),
    ("eu", "ö"),
    ("sh", "sch"),
    ("kh", "ch"),
)
MAX_CHANGES = 2
MAX_RESPELLINGS = 64  # a long word of many such letters: the nearest spellings only (each is a term lookup)
MIN_LENGTH = 4  # a shorter word has too many neighbours in the other spelling


def respellings(word: str) -> list[str]:
    """``word`` (lower case) with one, then two, of its letter groups spelled the other way: the nearer first."""
    if len(word) < MIN_LENGTH:
        return []
    found: dict[str, None] = {}
    frontier = [word]
    for _ in range(MAX_CHANGES):
        frontier = [variant for spelled in frontier for variant in _one_change(spelled, word) if variant not in found]
        found.update(dict.fromkeys(v for v in frontier if v != word))
    return list(found)[:MAX_RESPELLINGS]


# Where a c is a k and where a z: before a, o, u, l, r (``Code``, ``Crypto``) a k, before e, i, y, ä a z
# (``Zigarette``); the eu of French words before their r (``Friseur``, ``Chauffeur``)
_BEFORE = {("c", "k"): "aoulr", ("c", "z"): "eiyä", ("eu", "ö"): "r"}
# Not at the start: a C before e or i begins names („Celler“ is of Celle, no „Zelle“)
_NOT_FIRST = {("c", "z")}


def _one_change(word: str, typed: str) -> list[str]:
    """``word`` with one letter group the other way: only a group ``typed`` holds (a change makes no group for the
    next: ``Seoul`` → „Seul“ is no „Söl“)."""
    out: list[str] = []
    for one, other in PAIRS:
        before = _BEFORE.get((one, other))
        for old, new in ((one, other), (other, one)):
            start = word.find(old) if old in typed else -1
            while start >= 0:
                end = start + len(old)
                first = start == 0 and (one, other) in _NOT_FIRST
                if (before is None or word[end : end + 1] in tuple(before)) and not first:
                    out.append(word[:start] + new + word[end:])
                start = word.find(old, start + 1)
    return out
