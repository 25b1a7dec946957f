"""The index side of the German analyzer in one pass: each term of a text with its positions.

Whoosh runs an analyzer as a chain of generators, a few Python frames per token and per term.
Indexing needs no token objects, only every distinct term's positions, and most written words
recur: here a word's terms (the word, its hyphen parts, the compound parts of each; all stemmed)
are worked out once per word and cost one dictionary lookup after that.  Positions, hanging
words (``Haft- und Sanitärräume``) and stop words are handled as
:class:`~indexer.analysis.analyzer.CompoundFilter` and
:class:`~indexer.analysis.analyzer.GermanWordFilter` handle them, so the result is exactly what
the chain of :func:`~indexer.analysis.analyzer.german_analyzer` yields in index mode; an
analyzer of another make (an older chain pickled into an index) is left to its own chain.
"""

from __future__ import annotations

from collections.abc import Callable
from re import Pattern
from typing import Any

from whoosh.analysis import RegexTokenizer

from indexer.analysis.analyzer import (
    LINKING_WORDS,
    STOP_WORDS,
    SUSPENSION_REACH,
    WORD_PATTERN,
    CompoundFilter,
    GermanStemFilter,
    GermanWordFilter,
    hanging_completion,
    leading_runs,
)

WORDS_CACHED = 50_000  # words whose terms are kept, per analyzer (bounded like its stem cache)
# A word's terms at its own position, those at later positions (a hyphenated word's parts: (term, how
# many positions later) pairs; most words have none) and how many positions it takes beyond one.
Expansion = tuple[tuple[str, ...], tuple[tuple[str, int], ...], int]


def our_chain(analyzer: Any) -> tuple[Pattern, GermanWordFilter, CompoundFilter, GermanStemFilter] | None:
    """The parts of an analyzer made by ``german_analyzer()``, or None for any other analyzer."""
    items: Any = getattr(analyzer, "items", ())
    if len(items) != 4 or [type(item) for item in items[1:]] != [GermanWordFilter, CompoundFilter, GermanStemFilter]:
        return None
    tokenizer = items[0]
    if type(tokenizer) is not RegexTokenizer or tokenizer.gaps or tokenizer.expression.pattern != WORD_PATTERN:
        return None  # (the pattern has no groups: findall gives the tokens as the tokenizer does)
    return tokenizer.expression, items[1], items[2], items[3]


def index_positions(analyzer: Any, value: str) -> dict[str, list[int]] | None:
    """Every term the analyzer indexes for ``value`` with its positions, in the chain's order;
    None when ``analyzer`` is not :func:`~indexer.analysis.analyzer.german_analyzer`'s chain."""
    chain = our_chain(analyzer)
    if chain is None:
        return None
    pattern, words, compounds, stems = chain
    cache, split = compounds.index_terms, compounds.splitter.split
    written, word = words.cache, words.word
    poses: dict[str, list[int]] = {}
    pos, shift = -1, 0
    suspended: tuple[str, int] | None = None  # a hanging word ("haft-"): its joined text and position
    for index, raw in enumerate(pattern.findall(value)):  # the pattern has no groups: whole matches
        text = written.get(raw)
        if text is None:
            text = word(raw)
        if not text or text in STOP_WORDS:
            continue
        pos = index if pos < 0 else pos + 1  # stop words leave no gap (as Whoosh's StopFilter renumbers)
        at = pos + shift
        if suspended is not None or text[-1] == "-":  # the rare way: a hanging word or what follows one
            hanging = text.endswith("-")
            text = text.rstrip("-")
            if not text:
                continue
            if suspended is not None and text in LINKING_WORDS:
                _add(poses, stems.term(text), at)
                continue
            if suspended is not None and not hanging and at - suspended[1] <= SUSPENSION_REACH:
                completed = hanging_completion(suspended[0], text, split(text.rpartition("-")[2]))
                if completed is not None:  # at the hanging word's own place, as CompoundFilter puts it
                    _add(poses, stems.term(completed), suspended[1])
            suspended = (text.replace("-", ""), at) if hanging else None
            if hanging and text in STOP_WORDS:
                continue
        found = cache.get(text)
        if found is None:
            if len(cache) >= WORDS_CACHED:
                cache.clear()
            found = cache[text] = expansion(text, compounds.parts, stems.term)
        own, later, wider = found
        for term in own:
            positions = poses.get(term)
            if positions is None:
                poses[term] = [at]
            else:
                positions.append(at)
        if later:
            for term, offset in later:
                _add(poses, term, at + offset)
            shift += wider
    return poses


def _add(poses: dict[str, list[int]], term: str, at: int) -> None:
    poses.setdefault(term, []).append(at)


def expansion(text: str, parts: Callable[[str], tuple[str, ...]], term: Callable[[str], str]) -> Expansion:
    """The terms of one normalised word as :class:`~indexer.analysis.analyzer.CompoundFilter` and
    the stem filter make them: the word and its compound parts; hyphenated, the word, the word
    joined, its leading pieces joined (:func:`~indexer.analysis.analyzer.leading_runs`), and each part (one position
    each) with its own compound parts."""
    if "-" not in text:
        return (term(text), *map(term, parts(text))), (), 0
    pieces = [piece for piece in text.split("-") if piece]
    runs = map(term, leading_runs(pieces))
    own = [term(text), term("".join(pieces)), *runs, term(pieces[0]), *map(term, parts(pieces[0]))]
    later = [(term(found), offset) for offset, piece in enumerate(pieces[1:], 1) for found in (piece, *parts(piece))]
    return tuple(own), tuple(later), len(pieces) - 1
