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
# A spacing diaeresis beside its vowel, before it (LaTeX's „f¨ur“) or after it (Quartz's „fu¨r“); between two
# vowels („neu¨ubersetzt“) the text's own habit, read where only one side is a vowel, tells which it belongs to.
_BEFORE_VOWEL = re.compile(r"¨([aouAOU])")
_AFTER_VOWEL = re.compile(r"([aouAOU])¨")
_ONLY_BEFORE = re.compile(r"(?<![aouAOU])¨[aouAOU]")
_ONLY_AFTER = re.compile(r"[aouAOU]¨(?![aouAOU])")


def plain_letters(text: str) -> str:
    """``text`` with letters composed (NFC), ligatures spelled out and Word's private bullet as „•“."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", text).translate(_LIGATURES)
    if "¨" in text:
        before = len(_ONLY_BEFORE.findall(text)) >= len(_ONLY_AFTER.findall(text))
        for side in (_BEFORE_VOWEL, _AFTER_VOWEL) if before else (_AFTER_VOWEL, _BEFORE_VOWEL):
            text = side.sub(lambda found: _UMLAUT[found[1]], text)
    return text
