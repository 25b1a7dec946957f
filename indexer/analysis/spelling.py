"""„Meinten Sie …?“: a close spelling from the index's own vocabulary that finds more.

Index terms are stems (``bestatt``), which nobody wants suggested, so each document's
title record also carries the distinct words of its title, Vorbemerkungen and questions in
lower case (``wort``).  A query word that
no document contains is replaced by the most frequent word within one or two edits, and the
respelling is offered when it finds more answers than the query as typed — also when the
typo happened to find something (``Bestatung`` has the stem of ``Bestätigung``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from whoosh.reading import IndexReader

from indexer.analysis.compounds import default_splitter
from indexer.analysis.edits import one_edit
from indexer.analysis.query_text import compound_parts
from indexer.analysis.terms_within import held_within
from indexer.lexicon import key, word_buckets

VOCABULARY_FIELD = "wort"
_WORD = re.compile(r"[^\W\d_]{3,}")
# A word of three letters is not respelled: one edit makes it another word, often an abbreviation („Act“ → „Art“,
# „Gap“ → „Gab“, „Lab“ → „LMB“, „tun“ → „tut“: of the judged queries' words, none a typo).  Nor the word right after a
# field's colon (``titel:Bundeswer``, the first of ``titel:"…"``; typed filters are taken out before), a prefix, a fuzzy
# or an excluded word; a phrase's words are, its first and last too (``"Kosten der Unterkuft"`` found nothing and
# offered nothing) — the later words of a field's phrase as well.
_QUERY_WORD = re.compile(r'(?<![\w:*~-])(?<!:")([^\W\d_]{4,})(?![\w:*~])')


def vocabulary(texts: Iterable[str]) -> str:
    """The distinct words (letters only, at least three) of a document, lower case, space-separated."""
    words: dict[str, None] = {}
    for text in texts:
        for word in _WORD.findall(text):
            words.setdefault(word.lower(), None)
    return " ".join(words)


# A long word (LONG letters or more) the texts hold at most RARE times may be their own typo („Niedersachen“ in four
# paragraphs): it is respelled where a word one edit away is held RATIO times as often, and at least COMMON times.
# A shorter one is not: one edit makes it another common word („Diesel“ → „diese“, „Kreisels“ → „Kreises“).
RARE, RATIO, COMMON, LONG = 5, 10, 20, 10


# A word the German lexicon holds in this bucket or above (16 times or more in laws and speeches) is a word, not a typo:
# where no text holds it (``stehlen``), it is not respelled into another word (``stellen``).
# Below it the lists also hold typos of their own (``niedersachen``: 8 to 15 times).
KNOWN = 4


def closest_word(reader: IndexReader, word: str, held: Callable[[str], int] = lambda _word: 0) -> str | None:
    """The most frequent indexed word within one edit (two for words of 8+ letters), or None
    when the word is in the vocabulary or ``held`` says the indexed text has it (how often) — unless it is
    rare and a word one edit away far more frequent (see :data:`RARE`).

    A word made of known words (``Polizeiwache``: Polizei + Wache) is a compound the texts lack
    rather than a typo, and two edits turn it into another word (``Polizeiliche``): one edit only.
    A word the lexicon knows well (see :data:`KNOWN`) that no text holds is the user's word, not a slip: it is not
    respelled at all."""
    lowered = word.lower()
    if VOCABULARY_FIELD not in reader.schema:
        return None
    times = reader.doc_frequency(VOCABULARY_FIELD, lowered)
    if times <= RARE:  # a common word of the titles and questions needs no look into the answers (every search asks)
        times = max(times, held(word))
    if times > RARE or (times and len(lowered) < LONG):
        return None
    if times:
        return _most_frequent(reader, lowered, 1, 2, floor=max(COMMON, RATIO * times))
    if word_buckets().get(key(lowered), -1) >= KNOWN:
        return None
    prefix = 2 if len(lowered) >= 8 else 1  # typos rarely hit the first letters: a short walk through the vocabulary
    for edits in (1, 2) if len(lowered) >= 8 and not _of_known_words(word) else (1,):
        found = _most_frequent(reader, lowered, edits, prefix)
        if found is None and edits == 1:
            found = _known_within_one(lowered, held)
        if found is not None:
            return found
    return None


def _known_within_one(word: str, held: Callable[[str], int]) -> str | None:
    """The word one slip from ``word`` that the lexicon knows (see :data:`KNOWN`), one the texts hold first, then the
    best known, before the vocabulary's words two slips away: the titles and questions need not write it —
    ``Verteidigungsministerum`` is the „Verteidigungsministerium“ the answers name (as „Bundesministerium der
    Verteidigung“), not the „Verteidigungsminister“ of a title, ``Deutschlandtiket`` the „Deutschland-Ticket“, not the
    „Deutschlandtakt“.  Offered only where it finds more (see :func:`suggest`).  Its first letter kept, as every
    correction keeps it (see :func:`~indexer.analysis.edits.one_edit`)."""
    buckets = word_buckets()
    spellings: dict[str, list[str]] = {}
    for slip in one_edit(word):
        if buckets.get(folded := key(slip), -1) >= KNOWN:
            spellings.setdefault(folded, []).append(slip)
    # the lexicon's keys drop the umlauts' dots: „Wohnngsbau“ is „Wohnungsbau“ or „Wohnüngsbau“ to it, „Flchtlinge“
    # „Fluchtlinge“ or „Flüchtlinge“ — a slip it cannot spell is not offered
    known = [(buckets[found], forms[0]) for found, forms in spellings.items() if len(forms) == 1]
    return max(known, key=lambda entry: (bool(held(entry[1])), entry), default=(0, None))[1]


def _most_frequent(reader: IndexReader, word: str, edits: int, prefix: int, floor: int = 1) -> str | None:
    """The most frequent vocabulary word within ``edits`` of ``word`` (sharing its first ``prefix`` letters) that is
    held at least ``floor`` times.  Two neighbours swapped are one slip, on an index of one segment too: counted as
    two there, ``gesepichert`` was as far from „gesichert“ as from „gespeichert“, and the more frequent won."""
    held = [
        (reader.doc_frequency(VOCABULARY_FIELD, text), text)
        for text in held_within(reader, VOCABULARY_FIELD, word, edits, prefix=prefix, swaps=True)
    ]
    best = max((candidate for candidate in held if candidate[0] >= floor), default=None)
    return best[1] if best else None


def _of_known_words(word: str) -> bool:
    """``Polizeiwache`` (Polizei + Wache), not ``Arbietsmarkt`` (a typo before a known head)."""
    parts, lexicon = compound_parts(word), default_splitter().lexicon
    return len(parts) > 1 and all(lexicon.weight(part) > 0 for part in parts)


def written_as(texts: Iterable[str], word: str) -> str:
    """How ``texts`` write the vocabulary ``word`` (lower case) most often: ``BMAS`` for ``bmas``; ``word`` where
    they do not hold it."""
    forms = Counter(found for text in texts for found in _WORD.findall(text) if found.lower() == word)
    return forms.most_common(1)[0][0] if forms else word


def _as_typed(typed: str, written: str, own: bool) -> str | None:
    """The ``written`` word offered for ``typed``: in the case typed where the texts write it in lower case or
    capitalised; an abbreviation or a name with capitals inside (``BMAS``, ``BaFin``) as the texts write it — not for
    a word typed capitalised that is a word of its ``own`` (``Baas``, a name, is no ``BMAS``), but for a capitalised
    slip no list knows (``Covd`` → „COVID“, ``Baffin`` → „BaFin“)."""
    if written[1:].islower():
        return written[:1].upper() + written[1:] if typed[:1].isupper() else written.lower()
    return None if typed[:1].isupper() and own else written


def suggest(
    reader: IndexReader,
    text: str,
    count: Callable[[str], int],
    found: int,
    held: Callable[[str], int] = lambda _word: 0,
    written: Callable[[str], str] = lambda word: word,
) -> str | None:
    """A respelling of ``text`` that ``count`` says finds more than ``found`` answers, or None.

    ``held`` says how often the texts hold a word (answers too, whose words are not in the
    vocabulary): a typo is held never, or rarely where the texts have the same typo.  ``written`` says how the
    texts write a vocabulary word (see :func:`written_as`)."""
    changed = False

    def respell(match: re.Match) -> str:
        nonlocal changed
        word = match.group(1)
        if word.isupper() or not word[1:].islower():  # ODER, NICHT, abbreviations (also KdU, BAföG)
            return word
        closest = closest_word(reader, word, held)
        if closest is None:
            return word
        own = key(word.lower()) in word_buckets() or bool(held(word))  # the lexicon or the texts know it
        offered = _as_typed(word, written(closest), own)
        if offered is None:
            return word
        changed = True
        return offered

    candidate = _QUERY_WORD.sub(respell, text)
    if not changed or candidate == text:
        return None
    return candidate if count(candidate) > found else None
