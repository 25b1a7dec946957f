"""Distinct search requests for the HTTP load test, as real visitors send them.

Visitors rarely repeat a query, so the load test must not cycle a fixed mix (after one
round it would measure the result cache).  Every kind of the query mix
(:data:`indexer.measure.bench.queries.MIX`) is filled with words and titles of the real
NRW metadata: single words, two and three words, two title words as a phrase, a word
that is the tail of a longer compound, hyphenated words, prefixes, a word with a ministry
filter and a word sorted by date.  The same seed gives the same list; no query occurs twice.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from indexer.analysis.analyzer import STOP_WORDS
from indexer.measure.bench.corpus import Meta, read_metadata

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*")
_NOT_SEARCHED = STOP_WORDS | {"und", "oder", "nicht", "and", "or", "not"}
MIN_LETTERS = 5


def search_paths(shared: Path, count: int, routes: Sequence[str], seed: int = 6448) -> list[str]:
    """``count`` distinct request paths on the web's search ``routes`` in turn, kinds interleaved."""
    metadata = read_metadata(shared)
    rng = random.Random(seed)
    titles = [_words(meta.title) for meta in metadata]
    words = sorted({w for title in titles for w in title if "-" not in w})
    rng.shuffle(words)
    vocabulary = Vocabulary(rng, words, titles, metadata)
    kinds = [kind(vocabulary) for kind in _KINDS]
    seen: set[str] = set()
    paths: list[str] = []
    for params in _interleave(kinds):
        key = urlencode(sorted(params.items()))
        if key in seen:
            continue
        seen.add(key)
        paths.append(f"{routes[len(paths) % len(routes)]}?{urlencode(params)}")
        if len(paths) == count:
            return paths
    raise ValueError(f"nur {len(paths)} verschiedene Anfragen aus den NRW-Metadaten, {count} verlangt")


def _words(title: str) -> list[str]:
    """The title's words a visitor would search for: no stop words, no operators."""
    return [w for w in _WORD.findall(title) if len(w) >= MIN_LETTERS and w.lower() not in _NOT_SEARCHED]


def _interleave(kinds: list[Iterator[dict[str, str]]]) -> Iterator[dict[str, str]]:
    """One of each kind in turn, until every kind is used up."""
    live = list(kinds)
    while live:
        for generator in list(live):
            item = next(generator, None)
            if item is None:
                live.remove(generator)
            else:
                yield item


@dataclass(frozen=True)
class Vocabulary:
    """What the queries are made of: shuffled title words, each title's words, the metadata rows."""

    rng: random.Random
    words: list[str]
    titles: list[list[str]]
    meta: list[Meta]


Kind = Callable[[Vocabulary], Iterator[dict[str, str]]]


def _single(v: Vocabulary) -> Iterator[dict[str, str]]:
    return ({"q": word} for word in v.words)


def _and(n: int) -> Kind:
    def kind(v: Vocabulary) -> Iterator[dict[str, str]]:
        for title in v.titles:
            plain = [w for w in title if "-" not in w]
            if len(plain) >= n:
                yield {"q": " ".join(v.rng.sample(plain, n))}

    return kind


def _phrase(v: Vocabulary) -> Iterator[dict[str, str]]:
    """Two neighbouring words of a title, the second one a searched word (``"der Polizei"``)."""
    for row in v.meta:
        words = _WORD.findall(row.title)
        starts = [i for i in range(1, len(words)) if words[i].lower() not in _NOT_SEARCHED]
        if starts:
            start = v.rng.choice(starts)
            yield {"q": f'"{words[start - 1]} {words[start]}"'}


def _compound_part(v: Vocabulary) -> Iterator[dict[str, str]]:
    """Words that end a longer word (``Schule`` of ``Grundschule``): found only by compound splitting."""
    known = {w.lower() for w in v.words}
    for word in v.words:
        tails = [word[i:] for i in range(3, len(word) - MIN_LETTERS + 1) if word[i:].lower() in known]
        if tails:
            yield {"q": tails[-1].capitalize()}


def _hyphenated(v: Vocabulary) -> Iterator[dict[str, str]]:
    return ({"q": w} for title in v.titles for w in title if "-" in w)


def _prefix(v: Vocabulary) -> Iterator[dict[str, str]]:
    return ({"q": f"{word[:MIN_LETTERS]}*"} for word in v.words if len(word) >= 8)


def _facet(v: Vocabulary) -> Iterator[dict[str, str]]:
    for title, row in zip(v.titles, v.meta, strict=True):
        if title:
            yield {"q": v.rng.choice(title), "ministerium": row.ministry}


def _date_sort(v: Vocabulary) -> Iterator[dict[str, str]]:
    return ({"q": word, "sort": "neueste"} for word in reversed(v.words))


_KINDS: tuple[Kind, ...] = (
    _single,
    _and(2),
    _and(3),
    _phrase,
    _compound_part,
    _hyphenated,
    _prefix,
    _facet,
    _date_sort,
)
