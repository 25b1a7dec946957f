"""A compound the splitter does not know, cut where the texts hold both halves: ``Kolonialunrecht`` →
„kolonialen Unrechts“, ``Busstreik`` → „Streik … Bus“.

The splitter's lexicon lacks rare modifiers (``kolonial`` only inflected), so such a word stays whole and, held by no
text, finds nothing — while the answers about the thing write it in two words.  This is Koehn and Knight's frequency
split with the archive's own terms as the lexicon: every cut into a modifier (its linking -s dropped) and a head that
the texts both hold, the one whose halves they hold most often (the geometric mean of the document frequencies)
winning.  Only for a word no text holds and no correction reaches, so a word the archive knows is never cut; the
halves then must stand close together, as the splitter's parts do.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import NamedTuple

from whoosh.reading import IndexReader

from indexer.analysis.query_text import query_words

MIN_MODIFIER = 3  # „Bus“ of „Busstreik“
MIN_HEAD = 4  # the head names the thing: no „Amt“, „Rad“ cut off a longer word


class Cut(NamedTuple):
    """The modifier's and the head's terms, and the two halves as written (for „nur Wortteile: Kolonial … Unrecht“)."""

    terms: tuple[str, ...]
    written: tuple[str, ...]


def held_parts(reader: IndexReader, fields: Iterable[str], word: str) -> Cut | None:
    """The cut of ``word`` into a modifier and a head whose terms the texts hold most often, or None."""
    written = word.lower()
    if not written.isalpha():
        return None
    fields = tuple(fields)
    best: tuple[float, Cut | None] = (0.0, None)
    for cut in range(MIN_MODIFIER, len(written) - MIN_HEAD + 1):
        head = _held(reader, fields, written[cut:], MIN_HEAD)
        if not head:
            continue
        modifier = written[:cut]
        for form in (modifier, modifier[:-1]) if modifier.endswith("s") and cut > MIN_MODIFIER else (modifier,):
            held = _held(reader, fields, form, MIN_MODIFIER)
            score = math.sqrt(held[1] * head[1]) if held and held[0] != head[0] else 0.0
            if held and score > best[0]:
                best = (score, Cut((held[0], head[0]), (form, written[cut:])))
    return best[1]


def _held(reader: IndexReader, fields: tuple[str, ...], piece: str, shortest: int) -> tuple[str, int] | None:
    """The term of ``piece`` and the number of documents' units that hold it; None for a stop word, none, or a term
    shorter than ``shortest`` once stemmed (``Klimaschutzgezets``, misspelt, is no „Klimaschutz“ and „gez.“)."""
    words = query_words(piece)
    if len(words) != 1 or len(words[0][0]) < shortest:
        return None
    term = words[0][0]
    frequency = sum(reader.doc_frequency(field, term) for field in fields)
    return (term, frequency) if frequency else None
