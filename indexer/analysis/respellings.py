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
        frontier = [variant for spelled in frontier for variant in _one_change(spelled) if variant not in found]
        found.update(dict.fromkeys(v for v in frontier if v != word))
    return list(found)[:MAX_RESPELLINGS]


def _one_change(word: str) -> list[str]:
    out: list[str] = []
    for one, other in PAIRS:
        for old, new in ((one, other), (other, one)):
            start = word.find(old)
            while start >= 0:
                out.append(word[:start] + new + word[start + len(old) :])
                start = word.find(old, start + 1)
    return out
