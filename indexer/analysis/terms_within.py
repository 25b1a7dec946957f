"""Whoosh's ``terms_within`` — the terms within so many edits of a word — without measuring every term: the terms
``wort~`` finds and marks (:class:`FuzzyTerm`) and the words „Meinten Sie …“ offers.

Whoosh measures each term with the word's opening against the whole word (thousands for one letter: 0.07 s for
``blauwal`` in the vocabulary at 10k documents).  Here a term's distance grows letter by letter along the sorted
terms, and an opening already too far from every beginning of the word rules out each term that shares it, so the
walk passes them by.

A swap of neighbours (``Feuerwher`` for „Feuerwehr“) is one edit for ``wort~``, as for the one-edit corrections of
:mod:`indexer.analysis.edits` (which look their few candidates up instead of walking): Whoosh counted it once on a
reader of several segments but twice on one, and matched a fuzzy term segment by segment, so ``Feurewehr~1`` found
nothing while the page marked „Feuerwehr“.  „Meinten Sie …“ counts a swap as one edit too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from whoosh import query as wq
from whoosh.reading import IndexReader

# Terms stepped over one by one before the walk leaps past the rest of a run with a seek (about as costly as 16 steps).
_STEPS = 16


def held_within(
    reader: IndexReader, field: str, term: str, edits: int, prefix: int, swaps: bool | None = None
) -> list[str]:
    """The terms of ``field`` within ``edits`` edits of ``term`` that begin with its first ``prefix`` letters, sorted:
    Whoosh's ``terms_within``.  That measures every term with the same opening (thousands for one letter); here a
    term's distance grows letter by letter, and once its opening is more than ``edits`` from every beginning of
    ``term``, no term that opens so can come nearer: the walk leaps past them all.  ``swaps``: whether a swap of
    neighbours is one edit (else two); None counts as Whoosh does, one on a reader of several segments, two on a
    reader of one."""
    if swaps is None:
        swaps = not reader.is_atomic()
    found: set[str] = set()
    for leaf, _base in reader.leaf_readers():
        found.update(_walk(leaf.cursor(field), term, edits, term[:prefix], swaps))
    return sorted(found)


class FuzzyTerm(wq.FuzzyTerm):
    """Whoosh's fuzzy term (``wort~``) over ``held``, the terms of the whole reader it stands for (walked to once by
    :func:`held_within`, a swap of neighbours one edit): a fuzzy term is matched segment by segment, and each segment
    matches those of them it holds — the terms the page marks, without a walk per segment and search."""

    def __init__(self, fieldname: str, text: str, held: Iterable[str], boost: float, maxdist: int) -> None:
        super().__init__(fieldname, text, boost=boost, maxdist=maxdist, prefixlength=1)
        self.held = tuple(held)

    def _btexts(self, ixreader: IndexReader) -> list[str]:
        return [term for term in self.held if (self.fieldname, term) in ixreader]


def _walk(cursor: Any, term: str, edits: int, opening: str, swaps: bool) -> Iterator[str]:
    """The terms of ``cursor``'s field that begin with ``opening`` and lie within ``edits`` of ``term``.  ``rows[i]``
    holds the distances of the current word's first ``i`` letters to each beginning of ``term``; a word shares the
    rows of the letters it has in common with the one before."""
    rows = [list(range(len(term) + 1))]
    before = ""
    word = cursor.find(opening)
    while word is not None and word.startswith(opening):
        shared = _shared(before, word, len(rows) - 1)
        del rows[shared + 1 :]
        dead = None
        for at in range(shared, len(word)):
            row = _row(rows, word, at, term, edits, swaps)
            rows.append(row)
            if min(row) > edits:
                dead = at
                break
        before = word
        if dead is None:
            if rows[-1][-1] <= edits:
                yield word
            word = cursor.next()
        else:
            word = _past(cursor, word[: dead + 1])


def _past(cursor: Any, opening: str) -> str | None:
    """The first term after those that begin with ``opening``: a seek searches the term file's index, a step reads
    one term, so most runs (a few terms) are stepped over, and only a long one leapt."""
    for _step in range(_STEPS):
        word = cursor.next()
        if word is None or not word.startswith(opening):
            return word
    return cursor.find(opening[:-1] + chr(ord(opening[-1]) + 1))


def _shared(one: str, other: str, most: int) -> int:
    """How many first letters ``one`` and ``other`` have in common, at most ``most``."""
    count = 0
    for a, b in zip(one[:most], other, strict=False):
        if a != b:
            break
        count += 1
    return count


def _row(rows: list[list[int]], word: str, at: int, term: str, edits: int, swaps: bool) -> list[int]:
    """The distances of ``word[: at + 1]`` to each beginning of ``term``, from the rows before it (Damerau-Levenshtein
    as Whoosh measures: a swap counts once, and no letter is edited again after it).  Only those within ``edits`` of
    the diagonal can be within ``edits``: the others stand at ``edits + 1``, no more than they are, and a
    distance within ``edits`` comes from distances within ``edits`` only, so it is still exact."""
    above, letter = rows[at], word[at]
    row = [edits + 1] * (len(term) + 1)
    row[0] = at + 1
    for i in range(max(1, at + 1 - edits), min(len(term), at + 1 + edits) + 1):
        wanted = term[i - 1]
        cost = min(above[i] + 1, row[i - 1] + 1, above[i - 1] + (letter != wanted))
        if swaps and at and i > 1 and letter == term[i - 2] and word[at - 1] == wanted and letter != wanted:
            cost = min(cost, rows[at - 1][i - 2] + 1)
        row[i] = cost
    return row
