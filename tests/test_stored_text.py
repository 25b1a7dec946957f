"""A record's text read from the stored JSON is the text read from the whole document built from it."""

from __future__ import annotations

from indexer import Engine
from indexer.index.readers import record_text_at, title_fields, title_near
from indexer.index.schema import (
    ANNEX,
    ANSWER,
    PREAMBLE,
    QUESTION,
    TITLE,
    pack,
    record_text,
    records,
    unpack,
    unpack_json,
)
from indexer.index.stored_text import stored_text
from indexer.model import Annex, Document, Footnote, Question
from indexer.search.answer_sets import Answers
from indexer.search.answers import AnswerMaps


def placed(document: Document) -> list[dict]:
    """The stored fields of every record of ``document`` without the text stored on titles and
    questions, so every kind is read from the document; and places it does not have."""
    fields = [
        {key: rec[key] for key in ("doc_id", "kind", "para", "question") if key in rec} for rec in records(document)
    ]
    last = len(fields)
    missing = [(TITLE, None, 1), (PREAMBLE, None, last), (ANNEX, None, last), (ANSWER, 1, 0), (ANSWER, 1, last)]
    missing += [(QUESTION, 1, 1), (QUESTION, None, 0), (ANSWER, 10_000, 1), (PREAMBLE, 1, 1)]
    fields += [{"doc_id": document.id, "kind": k, "para": p, **({"question": q} if q else {})} for k, q, p in missing]
    return fields


def same_texts(document: Document) -> list[tuple[dict, str, str]]:
    """(fields, text from the JSON, text from the document) of every place where the two differ."""
    blob = pack(document)
    data, whole = unpack_json(blob), unpack(blob)
    both = ((fields, stored_text(data, fields), record_text(whole, fields)) for fields in placed(document))
    return [found for found in both if found[1] != found[2]]


def test_every_record_of_the_corpus_reads_the_same_text_from_the_json(shipped_documents):
    documents = shipped_documents
    kinds = {rec["kind"] for document in documents for rec in records(document)}
    assert kinds == {TITLE, PREAMBLE, ANNEX, QUESTION, ANSWER}  # every kind is read
    assert any(d.annexes and d.footnotes and d.government_preamble for d in documents)
    assert [found for document in documents for found in same_texts(document)] == []


def test_a_record_of_a_twice_numbered_question_and_an_untitled_document():
    document = Document(
        id="nw-18-1",
        parliament="nw",
        preamble=("Vorbemerkung der Fragesteller.",),
        questions=(
            Question(1, "Erste Frage?", ("Kurz.",)),
            Question(1, "Noch einmal Frage 1?", ("Erster Absatz.", "Zweiter Absatz.")),
        ),
        footnotes=(Footnote(1, "Quelle: Landesamt"),),
        annexes=(Annex("Anlage 1", ("Zeile a", "Zeile b")),),
    )
    data = unpack_json(pack(document))
    assert stored_text(data, {"kind": TITLE, "para": 0}) == "nw-18-1"
    assert stored_text(data, {"kind": ANSWER, "question": 1, "para": 2}) == "Zweiter Absatz."
    assert stored_text(data, {"kind": ANNEX, "para": 2}) == "Anlage 1\nZeile a\nZeile b"
    assert stored_text(data, {"kind": ANNEX, "para": 3}) == "Quelle: Landesamt"
    assert same_texts(document) == []


def test_every_record_of_an_index_finds_its_title_record_and_reads_its_text_through_it(
    shipped_documents, shipped_index_dir
):
    documents = shipped_documents
    searcher = Engine(shipped_index_dir).searcher()  # the index of ``documents``
    answers = Answers(AnswerMaps(), searcher)
    read = 0
    for leaf in answers.leaves:
        segment = leaf.searcher
        for docnum in range(segment.reader().doc_count_all()):
            if segment.reader().is_deleted(docnum):
                continue
            fields = segment.stored_fields(docnum)
            title = answers.title_record(int(answers.joined.answer_of[docnum + leaf.offset])) - leaf.offset
            head = segment.stored_fields(title)
            assert (head["kind"], head["doc_id"]) == (TITLE, fields["doc_id"])
            assert title_near(segment, docnum, fields["doc_id"]) == title
            document = unpack(title_fields(segment, fields["doc_id"])["meta"])
            assert record_text_at(segment, docnum, title) == record_text(document, fields)
            read += 1
    assert read == sum(1 for document in documents for _ in records(document))
