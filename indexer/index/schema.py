"""The Whoosh schema and the mapping document → index records (one per paragraph).

Text goes into one field per section kind (``titel``, ``frage``, ``antwort``,
``vorbemerkung``, ``anlage``) so ranking can weigh a title match above an answer match and users can
search one kind (``frage:…``).  The whole document is stored once, compressed, on its title
record, which also carries the facets; answer paragraphs are read back from it, only titles and
questions keep their text in ``body``.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator, Mapping
from typing import Any

from whoosh.fields import COLUMN, ID, KEYWORD, NUMERIC, STORED, TEXT, FieldType, Schema

from indexer.analysis import abbreviations, guessing
from indexer.analysis.analyzer import german_analyzer
from indexer.analysis.spelling import VOCABULARY_FIELD, vocabulary
from indexer.askers import WORDS_FIELD as ASKER_WORDS
from indexer.askers import askers_words
from indexer.dates import day_number
from indexer.facet_fields import FACETS, Facet
from indexer.index import follow_ups, referrals
from indexer.index.blocks import VarintPositions
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
        answer_key=KeyColumn(),
        body=STORED(),
        meta=STORED(),
        # Hash of the corpus files a document was indexed from (title record only): lets
        # ``anfragen check`` tell a stale or half-finished write from a consistent one.
        fingerprint=ID(stored=True),
        **{name: _text_field(analyzer) for name in TEXT_FIELDS},
        nummer=KEYWORD(lowercase=True, commas=True),
        **{facet.name: _facet_field(facet) for facet in FACETS},
        # One term per value (shift_step=0) instead of Whoosh's eight precision tiers; a date
        # range is a few hundred terms at most.
        datum=NUMERIC(int, sortable=True, shift_step=0),
        # Learned abbreviations (keys both ways), guessable ones (see analysis.guessing) and the
        # document's words for "Meinten Sie …?", all only on the title record.
        **{
            abbreviations.FIELD: KEYWORD(commas=True, scorable=False),
            abbreviations.PAIRS_FIELD: STORED(),
            VOCABULARY_FIELD: KEYWORD(scorable=False),
            # the words of the askers' names: a query of a name is offered their filter, never respelt
            ASKER_WORDS: KEYWORD(scorable=False),
        },
    )


class KeyColumn(COLUMN):
    """A text column that is not indexed: records are grouped into answers by reading it
    (:mod:`indexer.search.answers`), never searched by it, so its terms were a waste (one per
    answer).  Same bytes in the column as Whoosh's sortable ``ID``, same strings read back."""

    def to_bytes(self, v: Any) -> bytes:
        return v.encode("utf-8") if isinstance(v, str) else v

    def from_bytes(self, b: bytes) -> str:
        return b.decode("utf-8")


def _text_field(analyzer: Any) -> FieldType:
    """A text field with positions (phrases, parts close together), stored compactly."""
    field = TEXT(analyzer=analyzer, phrase=True)
    field.format = VarintPositions(field_boost=field.format.field_boost)
    return field


def _facet_field(facet: Facet) -> FieldType:
    if facet.numeric:
        return NUMERIC(int, shift_step=0)
    return KEYWORD(commas=True) if facet.several else ID()


def answer_key(doc_id: str, question: int | None) -> str:
    """The grouping key of one answer (the document head when ``question`` is None)."""
    return f"{doc_id}#{question if question is not None else 0}"


# Kinds whose text is stored on the record: titles and questions are read record by record
# (completion, hits whose best record is the question).  Answer, Vorbemerkung and annex
# paragraphs — nine tenths of the text — are read back from the stored document instead
# (:func:`record_text`), so the index holds that text once.
STORED_TEXT = frozenset({TITLE, QUESTION})


def paragraphs(document: Document) -> Iterator[tuple[str, int | None, int, str]]:
    """(kind, question number, paragraph number, text) of every record of ``document``, in index order."""
    yield TITLE, None, 0, document.title or document.id
    for para, text in enumerate(document.preamble + document.government_preamble, start=1):
        yield PREAMBLE, None, para, text
    # Annexes and footnotes belong to the document head, like the Vorbemerkungen, and are written with it (a head
    # is one run of records, see indexer.search.answers); one record per annex keeps its rows together.
    first_annex = len(document.preamble) + len(document.government_preamble) + 1
    for para, annex in enumerate(document.annexes, start=first_annex):
        yield ANNEX, None, para, "\n".join((annex.label, *annex.rows))
    if document.footnotes:  # the sources and remarks markers point to: found, but as no answer's words
        yield ANNEX, None, first_annex + len(document.annexes), "\n".join(note.text for note in document.footnotes)
    for question in document.questions:
        yield QUESTION, question.number, 0, question.text
        for para, text in enumerate(question.answer, start=1):
            yield ANSWER, question.number, para, text


def record_text(document: Document, fields: Mapping[str, Any]) -> str:
    """The text of the record with the stored ``fields``, read back from its ``document``."""
    if "body" in fields:
        return fields["body"]
    place = (fields["kind"], fields.get("question"), fields.get("para") or 0)
    return next((text for *key, text in paragraphs(document) if tuple(key) == place), "")


def records(document: Document) -> Iterator[dict[str, Any]]:
    """One index record per paragraph (see :func:`paragraphs`); the title record carries the
    document's facets, numbers and stored document."""
    texts = _texts(document)
    pairs = abbreviations.learn(texts)
    # Suggestions come from what documents are about — title, Vorbemerkungen, questions — not
    # from every answer paragraph: those words were a third of all postings of the index.
    topics = [document.title, *document.preamble, *document.government_preamble, *(q.text for q in document.questions)]
    head: dict[str, Any] = {VOCABULARY_FIELD: vocabulary(text for text in topics if text)}
    keys = [abbreviations.index_terms(pairs), *guessing.index_terms(texts, pairs)]
    if any(keys):
        head[abbreviations.FIELD] = ",".join(key for key in keys if key)
    if pairs:
        head[abbreviations.PAIRS_FIELD] = pairs
    head.update(meta=pack(document), nummer=_numbers(document), **document_facets(document))
    referring = _referred_texts(document)
    leaning = follow_ups.leaned_on(document.questions)
    for kind, question, para, text in paragraphs(document):
        rec: dict[str, Any] = {
            "doc_id": document.id,
            "kind": kind,
            "para": para,
            "answer_key": answer_key(document.id, question),
            kind: text,
        }
        if kind == ANSWER and (question, para) in referring:
            rec[kind] = "\n".join((text, *referring[question, para]))
        if kind == QUESTION and question in leaning:
            rec[kind] = "\n".join((text, *leaning[question]))
        if kind in STORED_TEXT:
            rec["body"] = text
        if question is not None:
            rec["question"] = question
        if kind == TITLE:
            rec.update(head)
        yield rec


def _referred_texts(document: Document) -> dict[tuple[int | None, int], list[str]]:
    """An answer that only refers to others ("Siehe Antwort zu Frage 3") indexes their text too, on
    its last paragraph, keyed (question, paragraph); what it shows (its snippet) stays its own words."""
    answers = {question.number: question.answer for question in document.questions}
    out: dict[tuple[int | None, int], list[str]] = {}
    for question in document.questions:
        also = referrals.referred_text(answers, question.number)
        if also and question.answer:
            out[question.number, len(question.answer)] = also
    return out


def _texts(document: Document) -> list[str]:
    texts = [document.title, *document.preamble, *document.government_preamble]
    for question in document.questions:
        texts.append(question.text)
        texts.extend(question.answer)
    return [text for text in texts if text]


def document_facets(document: Document) -> dict[str, Any]:
    """The filterable fields of the title record: every facet and the date (the ``drucksache:`` filter reads the
    numbers of :func:`_numbers`)."""
    facets: dict[str, Any] = {facet.name: value for facet in FACETS if (value := facet.value(document)) is not None}
    if words := askers_words(document):
        facets[ASKER_WORDS] = words
    if document.date:  # the answer's, else its Anfrage's: what its citation is dated by
        facets["datum"] = day_number(document.date)
    return facets


OWN, OF_ANFRAGE, OF_RESOLUTION = "eigene", "anfrage", "beschluss"  # whose number it is (see cited_numbers)


def cited_numbers(document: Document) -> list[tuple[str, str]]:
    """Numbers people cite a document by, each with whose it is: its Drucksache (:data:`OWN`), the question's
    Drucksache and the KA number (:data:`OF_ANFRAGE`; also with the Wahlperiode, as Sachsen-Anhalt cites it:
    ``ka7/2151``), the Drucksache of the Beschluss an Unterrichtung answers (:data:`OF_RESOLUTION`)."""
    numbers = [
        (document.drucksache, OWN),
        (document.anfrage_drucksache, OF_ANFRAGE),
        (document.answered_resolution, OF_RESOLUTION),
    ]
    if document.anfrage_nr is not None:
        numbers.append((f"ka{document.anfrage_nr}", OF_ANFRAGE))
        if document.wahlperiode is not None:
            numbers.append((f"ka{document.wahlperiode}/{document.anfrage_nr}", OF_ANFRAGE))
    return [(number, whose) for number, whose in numbers if number]


def _numbers(document: Document) -> str:
    """The index's ``nummer`` of a document: :func:`cited_numbers`.  Its Drucksachen are what the ``drucksache:``
    filter selects by."""
    return ",".join(number for number, _whose in cited_numbers(document))


def pack(document: Document) -> bytes:
    return zlib.compress(json.dumps(document.to_json(), ensure_ascii=False).encode("utf-8"))


def unpack(blob: bytes) -> Document:
    return Document.from_json(unpack_json(blob))


def unpack_json(blob: bytes) -> dict[str, Any]:
    """The stored document as :meth:`Document.to_json` gave it, not yet a :class:`Document`."""
    return json.loads(zlib.decompress(blob).decode("utf-8"))
