"""Query text as the analyzer sees it: the terms a word becomes, each word with its compound's parts,
and the relatives Snowball would give a word's stem.

The query side of :mod:`indexer.analysis.analyzer` (which holds the filters an index pickles): plain
functions, never pickled.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from whoosh.analysis import RegexTokenizer

from indexer.analysis.analyzer import WORD_PATTERN, GermanStemFilter, GermanWordFilter
from indexer.analysis.compounds import LINK_NOT_AFTER, default_splitter
from indexer.analysis.word_forms import NOUN_SUFFIXES, keep_umlauts, kept_umlauts

_DIGIT = re.compile(r"\d")


def query_terms(analyzer, text: str) -> list[str]:
    """The terms a query word becomes (empty for stop words)."""
    return [token.text for token in analyzer(text, mode="query")]


_PRE_ANALYZER = RegexTokenizer(WORD_PATTERN) | GermanWordFilter()
_STEMMER = GermanStemFilter()


def query_words(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each word of ``text`` as (whole term, part terms): what the query looks for exactly, and
    what a text that spells the compound out contains (``Asylverfahrensdauer`` →
    ``asylverfahrensdau`` and ``asyl``, ``verfahr``, ``dauer``).  Parts are empty for simple words."""
    words = []
    for token in _PRE_ANALYZER(text, mode="query"):
        pieces = [piece for piece in token.text.split("-") if piece]
        if not pieces:
            continue
        whole = _STEMMER.stem("".join(pieces))
        stems = tuple(dict.fromkeys(_STEMMER.stem(part) for part in _split_pieces(pieces)))
        words.append((whole, stems if len(stems) > 1 else ()))
    return words


def compound_parts(text: str) -> list[str]:
    """The parts of the words of ``text`` as written (lower-case): ``Polizeigewalt`` → polizei, gewalt."""
    parts: list[str] = []
    for token in _PRE_ANALYZER(text, mode="query"):
        parts.extend(_split_pieces([piece for piece in token.text.split("-") if piece]))
    return parts


def _split_pieces(pieces: list[str]) -> list[str]:
    splitter = default_splitter()
    parts: list[str] = []
    for piece in pieces:
        split = splitter.split(piece)
        parts.extend(split.parts if split else (piece,))
    return parts


MAX_RELINKED_JOINTS = 3  # a compound of up to four parts: at most seven other spellings are looked up
# Where the -s makes another word: -haft ends adjectives („zwanghaft“) but „Haft“ is a noun („Zwangshaft“), and the
# Land- of a farmer is the Lands- of a compatriot („Landleute“, „Landsleute“; „Landmann“, „Landsmann“)
NOT_RELINKED_HEADS = frozenset({"haft"})
NOT_RELINKED = {"land": ("leute", "mann", "männ", "frau")}  # modifier → the parts after it, as they begin


def relinked(text: str) -> list[str]:
    """The one word ``text`` with the linking -s of its joints the other way (``Erbschaftssteuer`` →
    „Erbschaftsteuer“, ``Schadenersatz`` → „Schadensersatz“): both are in use for one compound, often in one
    document.  A joint keeps a linking element other than -s as written, and gets no -s where German puts none
    (after a vowel or a sibilant).  Empty for several words or a simple word."""
    tokens = [token.text for token in _PRE_ANALYZER(text, mode="query")]
    if len(tokens) != 1:
        return []
    word = tokens[0].replace("-", "")
    split = default_splitter().split(word)
    if split is None or split.surfaces[-1] in NOT_RELINKED_HEADS:
        return []
    joints: list[tuple[str, ...]] = []  # per modifier: its spellings, the one written first
    for surface, base, following in zip(split.surfaces[:-1], split.bases[:-1], split.surfaces[1:], strict=True):
        if following.startswith(NOT_RELINKED.get(base, ())):
            joints.append((surface,))
        elif surface in (base, base + "s") and base[-1] not in LINK_NOT_AFTER["s"]:
            joints.append((surface, base if surface != base else base + "s"))
        else:
            joints.append((surface,))
    if sum(len(spellings) > 1 for spellings in joints) > MAX_RELINKED_JOINTS:
        return []
    spellings = [""]
    for options in joints:
        spellings = [spelled + option for spelled in spellings for option in options]
    return [spelled + split.surfaces[-1] for spelled in spellings[1:]]


MAX_RELINKED_RUN = 16  # spellings of a run of typed words looked up at most


def relinked_apart(words: Sequence[str]) -> list[str]:
    """The words typed apart joined as one (with hyphens), each with its own linking -s the other way — never one added
    or dropped between them: ``Schadenersatz Klage`` is „Schadensersatz-Klage“, but ``Arbeit Zeit`` no „Arbeitszeit“
    (the two words are no compound the user typed)."""
    spellings = [""]
    for word in words:
        options = [word, *relinked(word)]
        spellings = [f"{spelled}-{option}" if spelled else option for spelled in spellings for option in options]
        if len(spellings) > MAX_RELINKED_RUN:
            return []
    return spellings[1:]


def stem_family(text: str) -> tuple[str, ...]:
    """The terms that Snowball would give the one word ``text`` its stem with, but analysis 2 and
    later keep apart (``gefahrd``, ``gefahrdung`` for ``Gefährders``); empty for several words."""
    words = [token.text for token in _PRE_ANALYZER(text, mode="query")]
    if len(words) != 1 or "-" in words[0] or _DIGIT.search(words[0]):
        return ()
    own = _STEMMER.stem(words[0])
    snowball = _STEMMER.snowball(words[0])
    candidates = (snowball, *(snowball + suffix for suffix in ("er", *NOUN_SUFFIXES)))
    # only what Snowball really joins: ``Zeitung`` is no relative of ``Zeit``
    joined = [term for term in candidates if _STEMMER.snowball(term) == snowball]
    if (kept := kept_umlauts(words[0])) is not None:  # Förderung's relatives keep its umlaut: Forderung is none
        joined = [keep_umlauts(term, kept) for term in joined]
    return tuple(term for term in dict.fromkeys(joined) if term != own)
