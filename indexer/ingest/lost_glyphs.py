"""Letters a PDF's font set as one glyph that pypdf cannot name: „Situa�on“, „Mi�elwerte“, „Beschä�igte“.

Some fonts set „ti“, „tt“, „ft“ … as one ligature glyph without a Unicode name; pypdf reads it as U+FFFD, and
every word holding it is lost to search (Niedersachsen, Drucksache 19/11250: 123 such words, „Situation“,
„Prävention“, „stationäre“ among them).  The letters put back are those that make the word one the word list
knows (:mod:`indexer.lexicon`), alone or as a compound of known words; a word no choice makes known (table cells
run together, „HalluzinogeneLösungsmi�el“) is left as printed.  Where several do („Wolfenbü�el“: tt or ff), the
glyph the document's font lost most often wins, counted over the words only one glyph explains.  A word hyphenated
at a line's end („Informa-“ / „�onen“) is judged whole.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from itertools import product

from indexer.ingest.broken_words import STOP_WEIGHT, compound_weight
from indexer.lexicon import STOP_WORDS, bucket_weight, key, word_buckets

LOST = "\ufffd"
# The ligatures today's fonts draw as one glyph, likeliest first (a tie goes to the earlier); not the historical
# „st“ and „ct“, which make other words too often („Gaststä�e“ is no „Gaststäste“, „Sportwe�en“ no „Sportwesten“)
# Letters with an umlaut or ß compete too: a font that lost those („Stra�e“) makes no „Straffe“ of them.
GLYPHS = ("ti", "tt", "ft", "fi", "ff", "fl", "ffi", "ffl", "tf", "ä", "ö", "ü", "ß")
VOTE_WEIGHT = 4.0  # log2 units of frequency per doubling of a glyph's votes
MAX_LOST = 2  # glyphs per word tried together (13² spellings)
_WORD = re.compile(rf"[\w{LOST}]*{LOST}[\w{LOST}]*")
_BEFORE_BREAK = re.compile(rf"([\w{LOST}]+)-\s*$")  # the first piece of a word hyphenated at the line's end
_AFTER_BREAK = re.compile(rf"\s*([\w{LOST}]+)")  # … and its rest at the next line's start


def restore_glyphs(pages: list[list[str]]) -> list[list[str]]:
    """``pages`` with every lost glyph that one spelling explains put back as its letters."""
    if not any(LOST in line for page in pages for line in page):
        return pages
    votes = Counter(
        glyph
        for page in pages
        for line in page
        for word in _WORD.findall(line)
        if len(readings := _readings(word)) == 1
        for glyph in readings[0][0]
    )
    return [
        [_restored(page, number, votes) if LOST in line else line for number, line in enumerate(page)] for page in pages
    ]


def _restored(page: list[str], number: int, votes: Counter[str]) -> str:
    line = page[number]
    before = _BEFORE_BREAK.search(page[number - 1]) if number else None
    after = _AFTER_BREAK.match(page[number + 1]) if number + 1 < len(page) else None
    start, end = len(line) - len(line.lstrip()), len(line.rstrip())

    def letters(found: re.Match[str]) -> str:
        head = before[1] if before and found.start() == start else ""
        tail = after[1] if after and line[found.end() : end] == "-" else ""
        readings = _readings(head + found[0] + tail)
        if not readings:
            return found[0]
        likeliest, _ = max(readings, key=lambda reading: _likelihood(reading, votes))  # the first of equals
        whole = _spell(head + found[0] + tail, likeliest)
        return whole[len(head) : len(whole) - len(tail)]

    return _WORD.sub(letters, line)


def _likelihood(reading: tuple[tuple[str, ...], float], votes: Counter[str]) -> float:
    """A reading's weight, raised by how often the document lost its glyphs: „Wolfenbü�el“ is „Wolfenbüttel“ in a
    document that lost „tt“ elsewhere, though „Büffel“ is the commoner word; „f�r“ stays „für“ where „ö“ was lost."""
    glyphs, weight = reading
    return weight + VOTE_WEIGHT * sum(math.log2(1 + votes[glyph]) for glyph in glyphs)


def _spell(word: str, glyphs: tuple[str, ...]) -> str:
    for glyph in glyphs:
        word = word.replace(LOST, glyph, 1)
    return word


@lru_cache(maxsize=4_096)
def _readings(word: str) -> tuple[tuple[tuple[str, ...], float], ...]:
    """The letters for ``word``'s lost glyphs that make it a known word, with its weight (log2 of its frequency),
    likeliest first."""
    if word.count(LOST) > MAX_LOST:
        return ()
    weighed = []
    for glyphs in product(GLYPHS, repeat=word.count(LOST)):
        spelled = _spell(word, glyphs)
        folded = key(spelled)
        if spelled.lower() in STOP_WORDS:  # „f�r“: „für“, which the word list leaves out
            weight = STOP_WEIGHT
        else:
            weight = bucket_weight(word_buckets(), folded) or compound_weight(folded)
        if weight:
            weighed.append((glyphs, weight))
    return tuple(sorted(weighed, key=lambda reading: -reading[1]))
