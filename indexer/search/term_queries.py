"""Whoosh queries for index terms over several text fields, each field weighted as it counts.

A title word weighs more than an answer's, an annex's less; every query the compiler builds for a
word, a phrase or a compound's head goes through these, so the weights are set in one place; and
the terms a prefix (``Klima*``) stands for.
"""

from __future__ import annotations

from whoosh import query as wq
from whoosh.reading import IndexReader

from indexer.analysis.analyzer import as_head
from indexer.index.readers import prefix_terms
from indexer.index.schema import ANNEX, ANSWER, PREAMBLE, QUESTION, TITLE

FIELD_BOOSTS = {TITLE: 2.0, QUESTION: 1.5, PREAMBLE: 0.8, ANSWER: 1.0, ANNEX: 0.6}


def word_query(term: str, fields: tuple[str, ...]) -> wq.Query:
    """A word on its own or as the head of a longer compound (``kuh`` in ``Milchkuh``)."""
    return wq.Or([wq.Term(f, t, boost=FIELD_BOOSTS[f]) for f in fields for t in (term, as_head(term))])


def term_query(term: str, fields: tuple[str, ...], boost: float = 1.0) -> wq.Query:
    if len(fields) == 1:
        return wq.Term(fields[0], term, boost=FIELD_BOOSTS[fields[0]] * boost)
    return wq.Or([wq.Term(f, term, boost=FIELD_BOOSTS[f] * boost) for f in fields])


def phrase_query(terms: list[str], fields: tuple[str, ...], boost: float = 1.0, slop: int = 1) -> wq.Query:
    if len(terms) == 1:
        return term_query(terms[0], fields, boost)
    phrases = [wq.Phrase(f, terms, slop=slop, boost=FIELD_BOOSTS[f] * boost) for f in fields]
    return phrases[0] if len(phrases) == 1 else wq.Or(phrases)


def prefix_expansion(reader: IndexReader, prefix: str, fields: tuple[str, ...], limit: int) -> list[tuple[str, str]]:
    """Up to ``limit`` (field, term) pairs that start with ``prefix``, the most frequent first."""
    candidates = [
        (count, field_name, text)
        for field_name in fields
        for text, count in prefix_terms(reader, field_name, prefix, limit * 8).items()
    ]
    candidates.sort(reverse=True)
    return [(f, t) for _, f, t in candidates[:limit]]
