"""„Ähnliche Antworten“: answers of other documents about the same thing.

An answer is described by the nouns of its document's title (counted twice: the title names
the topic), its question and its answer — whole words only, never compound parts, which would
make ``Zeit`` out of ``Langzeitarbeitslosigkeit`` — each weighted by how rare it is in the index.
Words in more than a few per cent of all records (``Landesregierung``, ``Erkenntnisse``) say
nothing about a topic and are left out.  Candidates come from a search for the answer's most
telling words; one is shown only when its own description is close enough (cosine ≥
``MIN_COSINE``).  When nothing in the archive is about the same thing, nothing is shown.

A shown answer marks the words that carry its likeness: of the words both answers share, those adding at least
``MARKED_SHARE`` of what the most telling shared word adds to the similarity.  A word rare enough to count but
said in passing (``Tabelle``, ``Anzahl``, ``Übrigen``, ``Siehe``) shares little and is not marked: a reader took
it for the topic both answers are about.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from whoosh import query as wq
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from indexer.analysis.query_text import query_words
from indexer.index.schema import ANSWER, QUESTION
from indexer.model import Document

KEY_TERMS = 12  # searched to find candidates
CANDIDATE_ANSWERS = 20  # answers whose description is compared
CANDIDATES_PER_ANSWER = 10  # records searched per candidate answer (an answer has several)
MAX_RECORD_SHARE = 0.03  # a word in more records than this is boilerplate, not a topic …
MIN_BOILERPLATE = 20  # … and in more than this many (a small archive has no boilerplate to tell)
MIN_COSINE = 0.17  # judged on queries/similar.json: below this, answers are rarely about the same thing
TITLE_WEIGHT = 2
MARKED_SHARE = 0.25  # a shared word adding less than this share of the strongest one's part is not marked
FIELDS = (QUESTION, ANSWER)
_NOUN = re.compile(r"\b[A-ZÄÖÜ][\w-]*[a-zäöüß][\w-]*")  # capitalised and not an acronym

Vector = dict[str, float]


def _nouns(text: str) -> list[str]:
    """The whole-word terms of the nouns of ``text``: in German, nouns are what a text is about."""
    words = " ".join(_NOUN.findall(text))
    return [whole for whole, _parts in query_words(words) if len(whole) > 3 and whole.isalpha()]


def _text(document: Document, question: int | None) -> str:
    chosen = document.question(question) if question is not None else None
    title = [document.title] * TITLE_WEIGHT
    if chosen is not None:
        return "\n".join([*title, chosen.text, *chosen.answer])
    return "\n".join([*title, *(q.text + "\n" + q.answer_text for q in document.questions)])


class Describer:
    """Answers as tf-idf vectors of their nouns, with the index's record frequencies."""

    def __init__(self, reader: IndexReader) -> None:
        self.reader = reader
        self.records = max(reader.doc_count(), 1)
        self.boilerplate = max(MAX_RECORD_SHARE * self.records, MIN_BOILERPLATE)
        self._frequency: dict[str, int] = {}

    def frequency(self, term: str) -> int:
        if term not in self._frequency:
            self._frequency[term] = sum(self.reader.doc_frequency(field, term) for field in FIELDS)
        return self._frequency[term]

    def vector(self, text: str) -> Vector:
        vector = {}
        for term, count in Counter(_nouns(text)).items():
            frequency = self.frequency(term)
            if 0 < frequency <= self.boilerplate:
                vector[term] = math.sqrt(count) * math.log(self.records / frequency)
        return vector


def cosine(a: Vector, b: Vector) -> float:
    dot = sum(weight * b.get(term, 0.0) for term, weight in a.items())
    norms = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return dot / norms if norms else 0.0


def telling_shared(a: Vector, b: Vector) -> frozenset[str]:
    """The words of both vectors that carry their likeness (see ``MARKED_SHARE``)."""
    parts = {term: weight * b[term] for term, weight in a.items() if term in b}
    strongest = max(parts.values(), default=0.0)
    return frozenset(term for term, part in parts.items() if part >= MARKED_SHARE * strongest)


def _candidates(searcher: Searcher, document: Document, vector: Vector) -> dict[str, tuple[float, dict[str, Any]]]:
    """The best record of each answer of another document that shares the most telling words."""
    terms = sorted(vector, key=lambda term: (-vector[term], term))[:KEY_TERMS]
    query = wq.Or([wq.Term(field, term, boost=vector[term]) for field in FIELDS for term in terms])
    results = searcher.search(
        query, limit=CANDIDATE_ANSWERS * CANDIDATES_PER_ANSWER, mask=wq.Term("doc_id", document.id)
    )
    best: dict[str, tuple[float, dict[str, Any]]] = {}
    for hit in results:
        fields = hit.fields()
        if "question" in fields:
            best.setdefault(f"{fields['doc_id']}#{fields['question']}", (hit.score, fields))
        if len(best) >= CANDIDATE_ANSWERS:
            break
    return best


def similar_records(
    searcher: Searcher,
    document: Document,
    question: int | None,
    limit: int,
    find: Callable[[str], Document | None],
) -> list[tuple[float, dict[str, Any], frozenset[str]]]:
    """The best record (similarity, stored fields) of up to ``limit`` answers about the same thing
    as the answer to ``question`` of ``document`` (or the whole document), each with the words that carry its likeness
    (:func:`telling_shared`).  ``find`` gives a document by its id (the engine's cache)."""
    describer = Describer(searcher.reader())
    vector = describer.vector(_text(document, question))
    if not vector:
        return []
    close = []
    for score, fields in _candidates(searcher, document, vector).values():
        other = find(fields["doc_id"])
        if other is None:
            continue
        own = describer.vector(_text(other, fields["question"]))
        similarity = cosine(vector, own)
        if similarity >= MIN_COSINE:
            close.append((similarity, score, fields, telling_shared(vector, own)))
    close.sort(key=lambda entry: (-entry[0], -entry[1]))
    return [(similarity, fields, shared) for similarity, _score, fields, shared in close[:limit]]
