"""Autocomplete: words and titles that start with what the user has typed so far.

Words are surface forms (what people type) from titles and questions, ranked by how many
documents use them.  Reading them means reading the stored text of every title and question
— seconds at archive size — so each segment is read once and kept while it lives; an index
state joins the vocabularies of its segments.  Adding a document then costs reading one
small segment, not the archive.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from whoosh.searching import Searcher

from indexer.analysis.word_forms import fold, with_umlauts
from indexer.index.readers import segment_key, segment_searchers
from indexer.index.schema import QUESTION, TITLE
from indexer.lru import LRU

MIN_COMPLETE = 2
# a word of four letters or more, with its hyphens inside: „Meyer-Werft“, not „Haft-“ of „Haft- und Sanitärräume“
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß-]{2,}[A-Za-zÄÖÜäöüß]")


@dataclass(frozen=True)
class _SegmentWords:
    titles: list[tuple[str, str, str]]  # (folded title, title, doc_id)
    words: dict[str, tuple[str, int]]  # spelled word (see :func:`spelled`) → (surface form, documents)


@dataclass(frozen=True)
class Vocabulary:
    titles: list[tuple[str, str, str]]  # (folded title, title, doc_id), sorted
    words: list[tuple[str, str, str, int]]  # (folded word, spelled word, surface form, documents), most used first

    def complete(self, prefix: str, limit: int) -> tuple[list[str], list[tuple[str, str]]]:
        """Words and (title, doc_id) pairs starting with ``prefix`` (see :func:`long_enough`); typed with an umlaut
        (also as ``oe``), only words that have it there: „Zähl“ is no „Zahlung“, „Förd“ no „Forderung“."""
        needle = fold(prefix.strip())
        typed = spelled(prefix.strip())
        if typed.isascii():
            words = [surface for folded, _spelled, surface, _ in self.words if folded.startswith(needle)][:limit]
        else:
            words = [surface for _folded, kept, surface, _ in self.words if kept.startswith(typed)][:limit]
        starts = re.compile(r"(?<![a-z0-9])" + re.escape(needle))
        titles = [(title, doc_id) for folded, title, doc_id in self.titles if starts.search(folded)]
        return words, titles[: max(3, limit - len(words))]


def spelled(word: str) -> str:
    """``word`` as autocomplete tells words apart: lower case, its umlauts kept (``oe`` read as ``ö``), ``ß`` as
    ``ss`` — so „Förderung“ and „Foerderung“ are one word, „Forderung“ another, and „Straße“ is „Strasse“."""
    return with_umlauts(word.lower()).replace("ß", "ss")


def long_enough(prefix: str) -> bool:
    """Is ``prefix`` long enough to complete (checked before any vocabulary is read)?"""
    return len(fold(prefix.strip())) >= MIN_COMPLETE


class Vocabularies:
    """Per-segment vocabularies, joined per index state; shared by the threads of an engine."""

    def __init__(self, segments: int = 64, states: int = 2) -> None:
        self._segments: LRU[_SegmentWords] = LRU(segments)
        self._states: LRU[Vocabulary] = LRU(states)

    def of(self, searcher: Searcher) -> Vocabulary:
        leaves = [leaf for leaf, _offset in segment_searchers(searcher)]
        keys = [_segment_key(leaf) for leaf in leaves]

        def join() -> Vocabulary:
            return _join(
                [
                    self._segments.get_or_make(key, functools.partial(_read, leaf))
                    for key, leaf in zip(keys, leaves, strict=False)
                ]
            )

        return self._states.get_or_make(tuple(keys), join)


def _segment_key(leaf: Searcher) -> tuple[Any, ...]:
    """A segment as it is now: deleting records in it makes a new key."""
    reader = leaf.reader()
    return (*segment_key(reader), reader.doc_count())


def _read(leaf: Searcher) -> _SegmentWords:
    titles: list[tuple[str, str, str]] = []
    documents: dict[str, tuple[str, set[str]]] = {}
    for kind in (TITLE, QUESTION):
        for stored in leaf.documents(kind=kind):
            text = stored.get("body") or ""
            if kind == TITLE:
                titles.append((fold(text), text, stored["doc_id"]))
            for word in _WORD.findall(text):
                _surface, docs = documents.setdefault(spelled(word), (word, set()))
                docs.add(stored["doc_id"])
    return _SegmentWords(titles, {folded: (surface, len(docs)) for folded, (surface, docs) in documents.items()})


def _join(parts: list[_SegmentWords]) -> Vocabulary:
    titles: list[tuple[str, str, str]] = []
    counts: dict[str, tuple[str, int]] = {}
    for part in parts:  # a document's records all live in one segment, so counts add up
        titles.extend(part.titles)
        for kept, (surface, documents) in part.words.items():
            known = counts.get(kept)
            counts[kept] = (known[0], known[1] + documents) if known else (surface, documents)
    ranked = sorted(((fold(k), k, s, n) for k, (s, n) in counts.items()), key=lambda w: (-w[3], w[0], w[1]))
    return Vocabulary(sorted(titles), ranked)
