"""The Whoosh schema and the mapping document → index records (one per paragraph).

Text goes into one field per section kind (``titel``, ``frage``, ``antwort``,
``vorbemerkung``, ``anlage``) so ranking can weigh a title match above an answer match and users can
search one kind (``frage:…``).  The paragraph text itself is stored once, in ``body``,
for snippets.  Facet fields are indexed on every record so filters apply to paragraphs;
the whole document is stored once, compressed, on its title record.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from typing import Any

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, FieldType, Schema

from indexer.analysis import abbreviations
from indexer.analysis.analyzer import german_analyzer
from indexer.analysis.spelling import VOCABULARY_FIELD, vocabulary
from indexer.dates import day_number
from indexer.facet_fields import FACETS, Facet
from indexer.index import referrals
from indexer.model import Document

TITLE, PREAMBLE, QUESTION, ANSWER, ANNEX = "titel", "vorbemerkung", "frage", "antwort", "anlage"
TEXT_FIELDS = (TITLE, QUESTION, ANSWER, PREAMBLE, ANNEX)


def build_schema() -> Schema:
    analyzer = german_analyzer()
    # Every posting costs build time (it is pooled, sorted and written in Python), so only
    # what is searched is indexed: question and paragraph numbers are only stored, and the
    # facets and the date are indexed once per document, on its title record — a filter
    # selects documents, and ranking extends it to their answers (see indexer.search.answers).
    return Schema(
        doc_id=ID(stored=True),
        kind=ID(stored=True),
        question=STORED(),
        para=STORED(),
        answer_key=ID(sortable=True),
        body=STORED(),
        meta=STORED(),
        # Hash of the corpus files a document was indexed from (title record only): lets
        # ``anfragen check`` tell a stale or half-finished write from a consistent one.
        fingerprint=ID(stored=True),
        **{name: TEXT(analyzer=analyzer, phrase=True) for name in TEXT_FIELDS},
        nummer=KEYWORD(lowercase=True, commas=True),
        **{facet.name: _facet_field(facet) for facet in FACETS},
        # One term per value (shift_step=0) instead of Whoosh's eight precision tiers; a date
        # range is a few hundred terms at most.
        datum=NUMERIC(int, sortable=True, shift_step=0),
        drucksache=ID(),
        # Learned abbreviations (keys both ways) and the document's words for "Meinten Sie …?",
        # both only on the title record.
        **{
            abbreviations.FIELD: KEYWORD(commas=True, scorable=False),
            abbreviations.PAIRS_FIELD: STORED(),
            VOCABULARY_FIELD: KEYWORD(scorable=False),
        },
    )


def _facet_field(facet: Facet) -> FieldType:
    if facet.numeric:
        return NUMERIC(int, shift_step=0)
    return KEYWORD(commas=True) if facet.several else ID()


def answer_key(doc_id: str, question: int | None) -> str:
    """The grouping key of one answer (the document head when ``question`` is None)."""
    return f"{doc_id}#{question if question is not None else 0}"


def records(document: Document) -> Iterator[dict[str, Any]]:
    """One index record per paragraph: title, Vorbemerkungen, each question and answer paragraph;
    the title record carries the document's facets, numbers and stored document."""

    def record(kind: str, question: int | None, para: int, text: str, **extra: Any) -> dict[str, Any]:
        rec: dict[str, Any] = {}
        rec.update(
            doc_id=document.id,
            kind=kind,
            para=para,
            answer_key=answer_key(document.id, question),
            body=text,
            **{kind: text},
        )
        rec.update(extra)
        if question is not None:
            rec["question"] = question
        return rec

    texts = _texts(document)
    pairs = abbreviations.learn(texts)
    # Suggestions come from what documents are about — title, Vorbemerkungen, questions — not
    # from every answer paragraph: those words were a third of all postings of the index.
    topics = [document.title, *document.preamble, *document.government_preamble, *(q.text for q in document.questions)]
    extra: dict[str, Any] = {VOCABULARY_FIELD: vocabulary(text for text in topics if text)}
    if pairs:
        extra[abbreviations.FIELD] = abbreviations.index_terms(pairs)
        extra[abbreviations.PAIRS_FIELD] = pairs
    yield record(
        TITLE,
        None,
        0,
        document.title or document.id,
        meta=pack(document),
        nummer=_numbers(document),
        **document_facets(document),
        **extra,
    )
    for para, text in enumerate(document.preamble + document.government_preamble, start=1):
        yield record(PREAMBLE, None, para, text)
    # Annexes belong to the document head, like the Vorbemerkungen, and are written with it (a head is one
    # run of records, see indexer.search.answers); one record per annex keeps its rows together.
    first_annex = len(document.preamble) + len(document.government_preamble) + 1
    for para, annex in enumerate(document.annexes, start=first_annex):
        yield record(ANNEX, None, para, "\n".join((annex.label, *annex.rows)))
    answers = {question.number: question.answer for question in document.questions}
    for question in document.questions:
        yield record(QUESTION, question.number, 0, question.text)
        # An answer that only refers to others ("Siehe Antwort zu Frage 3") indexes their text too,
        # on its last paragraph; its stored body (the snippet) stays its own words.
        also = referrals.referred_text(answers, question.number)
        last = len(question.answer)
        for para, text in enumerate(question.answer, start=1):
            indexed = {ANSWER: "\n".join((text, *also))} if also and para == last else {}
            yield record(ANSWER, question.number, para, text, **indexed)


def _texts(document: Document) -> list[str]:
    texts = [document.title, *document.preamble, *document.government_preamble]
    for question in document.questions:
        texts.append(question.text)
        texts.extend(question.answer)
    return [text for text in texts if text]


def document_facets(document: Document) -> dict[str, Any]:
    """The filterable fields of the title record: every facet, the Drucksache and the date."""
    facets: dict[str, Any] = {facet.name: value for facet in FACETS if (value := facet.value(document)) is not None}
    if document.drucksache:
        facets["drucksache"] = document.drucksache
    if document.date_answered:
        facets["datum"] = day_number(document.date_answered)
    return facets


def _numbers(document: Document) -> str:
    """Numbers people cite a document by: its Drucksache, the question's Drucksache, the KA number."""
    numbers = [document.drucksache, document.anfrage_drucksache]
    if document.anfrage_nr is not None:
        numbers.append(f"ka{document.anfrage_nr}")
    return ",".join(n for n in numbers if n)


def pack(document: Document) -> bytes:
    return zlib.compress(json.dumps(document.to_json(), ensure_ascii=False).encode("utf-8"))


def unpack(blob: bytes) -> Document:
    return Document.from_json(json.loads(zlib.decompress(blob).decode("utf-8")))
