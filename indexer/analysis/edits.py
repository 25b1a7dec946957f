"""The terms one typing error away from a word, looked up instead of scanned.

Correcting a word no text holds (``Blauwal``, ``Hospitzdienste``) asks which terms are one edit from it.  Whoosh's
``terms_within`` walks every term with the same first letter and measures each (28,000 at 10k documents, 0.3 s per
word); the words one edit away, matched against the terms with the same first two letters and looked up for the
rest, cost a fraction of that.  A swap of neighbours is one edit here, on every index, as for ``wort~``; the terms
within one or two edits for ``wort~`` and „Meinten Sie …“ are walked to by :mod:`indexer.analysis.terms_within`
(„Meinten Sie …“ counting a swap as Whoosh does: once on an index of several segments, twice on one).
"""

from __future__ import annotations

from collections.abc import Iterable

from whoosh.reading import IndexReader

# The letters of the index's terms (folded German words, numbers, hyphenated parts): an edit may bring in any of them.
LETTERS = "abcdefghijklmnopqrstuvwxyzäöüßé0123456789-/_"


def one_edit(term: str) -> set[str]:
    """The words one edit from ``term`` — a letter dropped, added or replaced, or two neighbours swapped — that keep
    its first letter (as a correction does: ``prefix=1``).  Whoosh measured with ``damerau_levenshtein`` on an index of
    several segments, where a swap is one edit, but with an automaton that counts it as two on an index of one; one
    count for every index: ``Feuerwher`` is „Feuerwehr“."""
    first, rest = term[:1], term[1:]
    out: set[str] = set()
    for at in range(len(rest) + 1):
        before, after = rest[:at], rest[at:]
        if after:
            out.add(first + before + after[1:])
        if len(after) > 1:
            out.add(first + before + after[1] + after[0] + after[2:])
        for letter in LETTERS:
            out.add(first + before + letter + after)
            if after:
                out.add(first + before + letter + after[1:])
    out.discard(term)
    return out


def held_one_edit_from(reader: IndexReader, fields: Iterable[str], term: str) -> list[str]:
    """The terms one edit from ``term`` that ``reader`` holds in any of ``fields``, sorted.  Most keep its first two
    letters too: those are matched against the terms beginning so (a few hundred even for „la“), the rest looked
    up one by one (a long word has thousands of neighbours, each look-up costs a few microseconds)."""
    candidates = one_edit(term)
    opening = term[:2]
    alike = {word for word in candidates if word.startswith(opening)} if len(opening) == 2 else set()
    found: set[str] = set()
    for field in fields:
        if alike:
            held = (t.decode("utf-8") if isinstance(t, bytes) else t for t in reader.expand_prefix(field, opening))
            found |= alike.intersection(held)
        found.update(word for word in candidates - alike if (field, word) in reader)
    return sorted(found)


# voiced consonants and their voiceless twins, which German writes alike at a syllable's end (Tod, tot)
DEVOICED = {frozenset(pair) for pair in (("d", "t"), ("b", "p"), ("g", "k"))}


def slip(typed: str, held: str) -> bool:
    """Whether ``held`` (one edit from ``typed``) is ``typed`` with a doubled letter too many or too few
    (``Geldautomatten``, ``Urheberecht``) or a voiced consonant for its voiceless twin, which sound alike
    (``Todgeburten``): the slips that make of a compound the texts hold one of other known words.  Not a letter left
    out or replaced: the typed parts are words, and the letter makes other words of them (``Schulunfähigkeit`` is no
    „Schuldunfähigkeit“, ``Sielzeiten`` no „Spielzeiten“); nor a linking s added or dropped where no s stands beside
    it: where German writes a compound both ways, :func:`~indexer.analysis.query_text.relinked` finds it, and elsewhere
    the s makes another word („Landleute“, „Landsleute“)."""
    if abs(len(held) - len(typed)) == 1:
        longer, shorter = (held, typed) if len(held) > len(typed) else (typed, held)
        at = next((i for i, (a, b) in enumerate(zip(longer, shorter, strict=False)) if a != b), len(shorter))
        return longer[at] in (longer[at - 1 : at] + longer[at + 1 : at + 2])
    changed = [(a, b) for a, b in zip(typed, held, strict=True) if a != b] if len(held) == len(typed) else []
    return len(changed) == 1 and frozenset(changed[0]) in DEVOICED
