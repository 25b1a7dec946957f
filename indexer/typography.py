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
_SPACING_DIAERESIS = re.compile(r"¨([aouAOU])|([aouAOU])¨")
_LINE_BREAK = "\x1e"  # joins a document's lines for one reading of its habit; no text holds it


def _accented_letters() -> dict[str, str]:
    """Latin letters with the accents of other languages → their plain letters (lower case: every user of the table
    lowers first): the texts write „Paysandú“, „Erdoğan“, „Curaçao“, „Koçak“, and a user types ``Paysandu``.
    German's umlauts are not among them (the stemmer folds them, but keeps them where they make another word);
    letters that are no accented letter (ø, ł, æ) have their usual plain spelling, and the dot „İ“ keeps when
    lowered is dropped („İstanbul“)."""
    letters = {"ø": "o", "ł": "l", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "ħ": "h", "\u0307": ""}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if char.islower() and char not in "äöü" and base != char and base.isascii() and base.isalpha():
            letters[char] = base
    return letters


ACCENTED_LETTERS = _accented_letters()  # for str.maketrans


def plain_letters(text: str) -> str:
    """``text`` with letters composed (NFC), ligatures spelled out and Word's private bullet as „•“."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", text).translate(_LIGATURES)
    if "¨" in text:
        before, after = len(_ONLY_BEFORE.findall(text)), len(_ONLY_AFTER.findall(text))
        if before == after:  # no habit to read: the first vowel beside it („ha¨ufig“ is „häufig“)
            return _SPACING_DIAERESIS.sub(lambda found: _UMLAUT[found[1] or found[2]], text)
        for side in (_BEFORE_VOWEL, _AFTER_VOWEL) if before > after else (_AFTER_VOWEL, _BEFORE_VOWEL):
            text = side.sub(lambda found: _UMLAUT[found[1]], text)
    return text


def plain_pages(pages: list[list[str]]) -> list[list[str]]:
    """Every line as :func:`plain_letters` gives it, the diaeresis habit read over the whole document (a line
    alone rarely shows it)."""
    lines = [line for page in pages for line in page]
    plain = plain_letters(_LINE_BREAK.join(lines)).split(_LINE_BREAK)
    if len(plain) != len(lines):  # a line held the separator itself: line by line
        return [[plain_letters(line) for line in page] for page in pages]
    out, start = [], 0
    for page in pages:
        out.append(plain[start : start + len(page)])
        start += len(page)
    return out


# Quotation marks inside quotation marks are single ones: „Hintergründe des ‚Justizskandals‘ um …“
_INNER_QUOTES = str.maketrans({"„": "‚", "“": "‘", "”": "’", "»": "›", "«": "‹"})
_STRAIGHT_QUOTED = re.compile(r'"([^"]*)"')


def quoted_within(title: str) -> str:
    """A title as it stands inside „…“: its own quotation marks single (German „…“ as ‚…‘, »…« as ›…‹, "…" as
    ‚…‘), so a reader sees where the title ends."""
    return _STRAIGHT_QUOTED.sub(r"‚\1‘", title).translate(_INNER_QUOTES)
