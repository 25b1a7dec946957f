"""The German analyzer, used for indexing, querying and highlighting alike.

The analyzer is pickled into the Whoosh index, so everything here is a module-level
class with plain, picklable state; the PyStemmer object is created lazily and never
pickled.  Changing token output here changes the index format: rebuild after changes.

Chain: words (hyphenated compounds kept together, ``17/6448`` kept whole) → lowercase →
ß/ẞ→ss → German stop words → hyphenated compounds as whole, joined and parts → Snowball
German stem (which also folds ä/ö/ü and ae/oe/ue).
"""

from __future__ import annotations

from typing import Iterator

import Stemmer
from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StopFilter, Token
from whoosh.lang import stopwords_for_language

# A word: letters/digits with inner hyphens (Passiv-Aktiv-Transfer, PMK-links), or a
# document number (17/6448).  Soft hyphens inside words are dropped by normalisation.
WORD_PATTERN = r"\d+/\d+|\w+(?:[-\u2010\u2011\u00ad]\w+)*"
HYPHENS = "-\u2010\u2011"
STOP_WORDS = frozenset(stopwords_for_language("de"))


class GermanNormaliseFilter(Filter):
    """ß/ẞ → ss and soft hyphens removed; umlauts are left to the stemmer (which folds them)."""

    _table = str.maketrans({"ß": "ss", "ẞ": "ss", "\u00ad": None, "\u2010": "-", "\u2011": "-"})

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        table = self._table
        for token in tokens:
            token.text = token.text.translate(table)
            yield token


class HyphenCompoundFilter(Filter):
    """Index a hyphenated compound whole, joined and as parts.

    ``Passiv-Aktiv-Transfer`` at position p yields ``passiv-aktiv-transfer`` and
    ``passivaktivtransfer`` at p and the parts at p, p+1, p+2 (with their own character
    ranges), so ``"Passiv Aktiv Transfer"`` matches as a phrase, ``PassivAktivTransfer``
    matches the joined form, and later words keep consecutive positions.  At query time
    only the joined form is produced: one term that any of the three spellings matches.
    """

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        shift = 0
        for token in tokens:
            text = token.text
            if token.positions:
                token.pos += shift
            if "-" not in text:
                yield token
                continue
            parts = [part for part in text.split("-") if part]
            joined = "".join(parts)
            if token.mode == "query":
                token.text = joined
                yield token
                continue
            yield token  # whole, with hyphens
            token.text = joined
            yield token
            if token.chars:
                start = token.startchar
            base = token.pos if token.positions else 0
            offset = 0
            for index, part in enumerate(parts):
                token.text = part
                if token.positions:
                    token.pos = base + index
                if token.chars:
                    part_start = text.find(part, offset)
                    offset = part_start + len(part)
                    token.startchar = start + part_start
                    token.endchar = start + offset
                yield token
            shift += len(parts) - 1


class GermanStemFilter(Filter):
    """Snowball German stemming with PyStemmer and a bounded cache.

    Tokens containing digits (``17/6448``, ``2019``) pass through unstemmed.
    """

    def __init__(self, cachesize: int = 50_000) -> None:
        self.cachesize = cachesize
        self._stemmer = None
        self._cache: dict[str, str] = {}

    def __getstate__(self) -> dict:
        return {"cachesize": self.cachesize}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["cachesize"])

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def stem(self, word: str) -> str:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        if self._stemmer is None:
            self._stemmer = Stemmer.Stemmer("german")
        stem = word if any(c.isdigit() for c in word) else self._stemmer.stemWord(word)
        if len(self._cache) >= self.cachesize:
            self._cache.clear()
        self._cache[word] = stem
        return stem

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        stem = self.stem
        for token in tokens:
            token.text = stem(token.text)
            yield token


def german_analyzer():
    """The analyzer for all German text fields (index and query side)."""
    return (
        RegexTokenizer(WORD_PATTERN)
        | LowercaseFilter()
        | GermanNormaliseFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=1)
        | HyphenCompoundFilter()
        | GermanStemFilter()
    )


def query_terms(analyzer, text: str) -> list[str]:
    """The terms a query word becomes (empty for stop words)."""
    return [token.text for token in analyzer(text, mode="query")]


def fold(text: str) -> str:
    """Normalise a word for prefix matching the way indexed terms are normalised, minus stemming."""
    folded = text.lower().translate(GermanNormaliseFilter._table)
    for umlaut, base in (("ä", "a"), ("ö", "o"), ("ü", "u")):
        folded = folded.replace(umlaut, base)
    return folded
