"""„Ähnliche Antworten“: answers of other documents that share the most telling terms.

The key terms of the answer (or the whole document) are chosen by Whoosh's
``key_terms_from_text`` (Bo1 model) and searched in the question and answer text.
"""

from __future__ import annotations

from typing import Any

from whoosh import query as wq
from whoosh.searching import Searcher

from indexer.index.schema import ANSWER, QUESTION, TITLE
from indexer.model import Document

KEY_TERMS = 12
CANDIDATES_PER_ANSWER = 20  # records searched per wanted answer (an answer has several)


def similar_records(
    searcher: Searcher, document: Document, question: int | None, limit: int
) -> tuple[list[tuple[float, dict[str, Any]]], frozenset[str]]:
    """The best record (score, stored fields) of up to ``limit`` answers like the answer to
    ``question`` of ``document`` (or like the whole document), and the key terms searched."""
    chosen = document.question(question) if question is not None else None
    if chosen is not None:
        text = "\n".join([chosen.text, *chosen.answer])
    else:
        text = "\n".join([document.title, *(q.text + "\n" + q.answer_text for q in document.questions)])
    terms = [t for t, _ in searcher.key_terms_from_text(ANSWER, text, numterms=KEY_TERMS)]
    if not terms:
        return [], frozenset()
    query = wq.Or([wq.Term(f, t) for f in (TITLE, QUESTION, ANSWER) for t in terms])
    results = searcher.search(query, limit=limit * CANDIDATES_PER_ANSWER, mask=wq.Term("doc_id", document.id))
    best: dict[str, tuple[float, dict[str, Any]]] = {}
    for hit in results:
        fields = hit.fields()
        best.setdefault(f"{fields['doc_id']}#{fields.get('question', 0)}", (hit.score, fields))
        if len(best) >= limit:
            break
    return list(best.values()), frozenset(terms)
