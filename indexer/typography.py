"""Typographic Unicode reduced to the letters people type: the same for texts at ingest and for queries.

PDF text layers spell „Betroffene“ with the ligature „ﬀ“, „Gründe“ as „u“ and a combining diaeresis (or
„u¨“ from some generators), and list items with Word's private-use bullet U+F0B7, which browsers show as an
empty box.  A search for the word as printed must find them, and a query pasted from such a PDF must find
the word as typed.
"""

from __future__ import annotations

import re
import unicodedata

_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st", "\uf0b7": "•"}
)
_UMLAUT = {"a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü"}
# A spacing diaeresis beside its vowel, before it (LaTeX's „f¨ur“) or after it (Quartz's „fu¨r“).
_SPACING_DIAERESIS = re.compile(r"¨([aouAOU])|([aouAOU])¨")


def plain_letters(text: str) -> str:
    """``text`` with letters composed (NFC), ligatures spelled out and Word's private bullet as „•“."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", text).translate(_LIGATURES)
    if "¨" in text:
        text = _SPACING_DIAERESIS.sub(lambda found: _UMLAUT[found[1] or found[2]], text)
    return text
