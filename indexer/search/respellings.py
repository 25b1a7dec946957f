"""Names and loanwords German writes in more than one way, for a word no text holds.

A typo is one edit from the word meant, its first letter kept (:mod:`indexer.analysis.edits`).  A name taken from
another language or script is written as it sounds, often differently at its first letter and in more than one
place: ``Kantara`` for „Qantara“, ``Kusine`` for „Cousine“, ``Yeziden`` for „Jesiden“, ``Bangladesh`` for
„Bangladesch“, ``Tadjikistan`` for „Tadschikistan“, ``Jihad`` for „Dschihad“.  The letters German writes for the
same sound in such words are swapped for one another, at most twice, and the variants the texts hold are the
corrections.
"""

from __future__ import annotations

from collections.abc import Iterable

from whoosh.reading import IndexReader

# Letters written for the same sound in names and loanwords (either way round).  Not s/ß or umlauts: folding
# handles those; not e/ä or i/ie: they tell German words apart (Seen, Sehnen, Lieder, Lider).
SAME_SOUND = (
    ("c", "k"),
    ("c", "z"),
    ("k", "q"),
    ("kw", "qu"),
    ("ck", "k"),
    ("j", "y"),
    ("i", "y"),
    ("s", "z"),
    ("sh", "sch"),
    ("dj", "dsch"),
    ("j", "dsch"),
    ("f", "ph"),
    ("t", "th"),
    ("u", "ou"),
    ("w", "v"),
)
MAX_SWAPS = 2  # Yeziden → Jeziden → Jesiden
MIN_LENGTH = 4  # shorter words have too many neighbours of another meaning


def _swapped_once(word: str) -> set[str]:
    """The words one swap of :data:`SAME_SOUND` letters away from ``word``."""
    out: set[str] = set()
    for one, other in SAME_SOUND:
        for written, spoken in ((one, other), (other, one)):
            start = word.find(written)
            while start != -1:
                out.add(word[:start] + spoken + word[start + len(written) :])
                start = word.find(written, start + 1)
    out.discard(word)
    return out


def sound_alike(word: str) -> set[str]:
    """The spellings of ``word`` within :data:`MAX_SWAPS` swaps of letters written for the same sound."""
    found: set[str] = set()
    frontier = {word}
    for _ in range(MAX_SWAPS):
        frontier = {variant for written in frontier for variant in _swapped_once(written)} - found - {word}
        found |= frontier
    return found


def held_respellings(reader: IndexReader, fields: Iterable[str], term: str) -> list[str]:
    """The spellings of ``term`` that sound alike and that ``reader`` holds in any of ``fields``, sorted."""
    if len(term) < MIN_LENGTH or not term.isalpha():
        return []
    variants = sound_alike(term)
    return sorted({variant for field in fields for variant in variants if (field, variant) in reader})
