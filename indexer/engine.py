"""Searching an index: one Whoosh searcher per thread, results grouped per answer.

A researcher wants answers, not paragraphs: all records of one document and question
(``answer_key``) form one hit, ranked by its best paragraph, whose snippet is shown.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup
from whoosh.searching import Searcher

from .analysis import german_analyzer
from .highlight import snippet
from .errors import QueryError
from .model import Document, question_anchor
from .query import QueryCompiler
from .ranking import rank_answers
from .schema import TITLE, unpack
from .spelling import suggest
from .store import IndexStore

DOCUMENT_PATH = "/dokument/{doc_id}"
MAX_PER_PAGE = 100


def document_url(doc_id: str, question: int | None = None) -> str:
    """The document page, scrolled to the answer to ``question`` when given."""
    url = DOCUMENT_PATH.format(doc_id=doc_id)
    return f"{url}#{question_anchor(question)}" if question is not None else url


@dataclass(frozen=True)
class Hit:
    doc_id: str
    question: int | None
    title: str
    drucksache: str | None
    date_answered: str | None
    ministry: str | None
    question_text: str | None
    snippet: Markup
    score: float

    @property
    def url(self) -> str:
        return document_url(self.doc_id, self.question)

    def to_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "question": self.question,
            "title": self.title,
            "drucksache": self.drucksache,
            "date_answered": self.date_answered,
            "ministry": self.ministry,
            "question_text": self.question_text,
            "url": self.url,
            "snippet": str(self.snippet),
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class ResultPage:
    query: str
    total: int
    page: int
    per_page: int
    hits: list[Hit] = field(default_factory=list)
    highlight_terms: frozenset[str] = frozenset()
    suggestion: str | None = None  # „Meinten Sie …?“

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    def to_json(self) -> dict[str, Any]:
        data = {
            "query": self.query,
            "total": self.total,
            "page": self.page,
            "per_page": self.per_page,
            "hits": [hit.to_json() for hit in self.hits],
        }
        if self.suggestion:
            data["suggestion"] = self.suggestion
        return data


class Engine:
    """Search and document access for one index directory; safe to share between threads."""

    def __init__(self, index_dir: Path, document_cache: int = 256) -> None:
        self.store = IndexStore(index_dir)
        self.analyzer = german_analyzer()
        self._local = threading.local()
        self._documents: OrderedDict[tuple[str, str], Document] = OrderedDict()
        self._document_cache = document_cache
        self._lock = threading.Lock()

    def searcher(self) -> Searcher:
        """This thread's searcher, reopened after a swap and refreshed after a commit."""
        local = self._local
        current = self.store.current_path()
        searcher: Searcher | None = getattr(local, "searcher", None)
        if searcher is None or current != getattr(local, "path", None):
            if searcher is not None:
                searcher.close()
            searcher = self.store.open().searcher()
            local.searcher, local.path = searcher, current
        elif not searcher.up_to_date():
            searcher = searcher.refresh()
            local.searcher = searcher
        return searcher

    def search(self, text: str, page: int = 1, per_page: int = 10) -> ResultPage:
        """Ranked answers for the user's query; raises QueryError for unusable queries."""
        page, per_page = max(1, page), max(1, min(per_page, MAX_PER_PAGE))
        searcher = self.searcher()
        compiled = QueryCompiler(searcher.reader(), self.analyzer).compile(text)
        wanted = page * per_page
        total, best = rank_answers(searcher, compiled, wanted)
        ranked = best[(page - 1) * per_page : wanted]
        hits = [self._hit(searcher, score, fields, compiled.highlight_terms) for score, fields in ranked]
        suggestion = self._suggestion(searcher, text, total)
        return ResultPage(text, total, page, per_page, hits, compiled.highlight_terms, suggestion)

    def _suggestion(self, searcher: Searcher, text: str, total: int) -> str | None:
        """„Meinten Sie …?“: a respelling that finds more answers than ``text``."""

        def count(candidate: str) -> int:
            try:
                return rank_answers(searcher, QueryCompiler(searcher.reader(), self.analyzer).compile(candidate), 0)[0]
            except QueryError:
                return 0

        return suggest(searcher.reader(), text, count, total)

    def highlight_terms(self, text: str) -> frozenset[str]:
        """The index terms a query matches, for highlighting a document; empty if the query is unusable."""
        try:
            return QueryCompiler(self.searcher().reader(), self.analyzer).compile(text).highlight_terms
        except QueryError:
            return frozenset()

    def _hit(self, searcher: Searcher, score: float, fields: dict[str, Any], terms: frozenset[str]) -> Hit:
        document = self._document(searcher, fields["doc_id"])
        number = fields.get("question")
        question = document.question(number) if number is not None else None
        return Hit(
            doc_id=document.id,
            question=number,
            title=document.title,
            drucksache=document.drucksache,
            date_answered=document.date_answered.isoformat() if document.date_answered else None,
            ministry=document.ministry,
            question_text=question.text if question else None,
            snippet=snippet(fields["body"], terms),
            score=score,
        )

    def document(self, doc_id: str) -> Document | None:
        """The indexed document, or None when the index does not hold it."""
        try:
            return self._document(self.searcher(), doc_id)
        except KeyError:
            return None

    def _document(self, searcher: Searcher, doc_id: str) -> Document:
        cache_key = (f"{self._local.path}@{searcher.reader().generation()}", doc_id)
        with self._lock:
            cached = self._documents.get(cache_key)
            if cached is not None:
                self._documents.move_to_end(cache_key)
                return cached
        stored = searcher.document(key=f"{doc_id}/{TITLE}/0/0")
        if stored is None:
            raise KeyError(doc_id)
        document = unpack(stored["meta"])
        with self._lock:
            self._documents[cache_key] = document
            while len(self._documents) > self._document_cache:
                self._documents.popitem(last=False)
        return document

    def document_count(self) -> int:
        return self.searcher().doc_frequency("kind", TITLE)
