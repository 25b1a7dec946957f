"""Searching an index: one Whoosh searcher per thread, results grouped per answer.

A researcher wants answers, not paragraphs: all records of one document and question
(``answer_key``) form one hit, ranked by its best paragraph, whose snippet is shown.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup
from whoosh import query as wq
from whoosh.searching import Searcher

from .analysis import german_analyzer
from .highlight import snippet
from .errors import IndexMissingError, QueryError
from .model import Document, question_anchor
from .query import QueryCompiler
from .schema import TITLE, unpack
from .store import IndexStore

DOCUMENT_PATH = "/dokument/{doc_id}"
MAX_PER_PAGE = 100
OPEN_ATTEMPTS = 5


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

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "page": self.page,
            "per_page": self.per_page,
            "hits": [hit.to_json() for hit in self.hits],
        }


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
        """This thread's searcher, reopened after a swap and refreshed after a commit.

        Opening races with writers: a commit deletes the files of the state it supersedes
        and a rebuild retires a generation, so an open that finds files gone is retried on
        the newer state instead of failing the user's search."""
        attempt = 0
        while True:
            try:
                return self._current_searcher()
            except IndexMissingError:
                raise
            except Exception:
                self._drop_searcher()
                attempt += 1
                if attempt >= OPEN_ATTEMPTS:
                    raise
                time.sleep(0.01 * attempt)

    def _current_searcher(self) -> Searcher:
        local = self._local
        current = self.store.current_path()
        searcher: Searcher | None = getattr(local, "searcher", None)
        if searcher is None or current != getattr(local, "path", None):
            self._drop_searcher()
            searcher = self.store.open(current).searcher()
            local.searcher, local.path = searcher, current
        elif not searcher.up_to_date():
            searcher = searcher.refresh()
            local.searcher = searcher
        return searcher

    def _drop_searcher(self) -> None:
        searcher = getattr(self._local, "searcher", None)
        self._local.searcher = None
        if searcher is not None:
            try:
                searcher.close()
            except Exception:  # closing a reader whose files are gone must not mask the real error
                pass

    def search(self, text: str, page: int = 1, per_page: int = 10) -> ResultPage:
        """Ranked answers for the user's query; raises QueryError for unusable queries."""
        page, per_page = max(1, page), max(1, min(per_page, MAX_PER_PAGE))
        searcher = self.searcher()
        compiled = QueryCompiler(searcher.reader(), self.analyzer).compile(text)
        wanted = page * per_page
        limit = max(200, wanted * 10)
        mask = self._excluded_answers(searcher, compiled.exclude)
        while True:
            results = searcher.search(compiled.query, limit=limit, groupedby="answer_key", mask=mask)
            best: dict[str, tuple[float, dict[str, Any]]] = {}
            for hit in results:
                key = f"{hit['doc_id']}#{hit.get('question', 0)}"
                if key not in best:
                    best[key] = (hit.score, hit.fields())
            total = len(results.groups("answer_key"))
            if len(best) >= min(wanted, total) or results.scored_length() < limit:
                break
            limit *= 4
        ranked = list(best.values())[(page - 1) * per_page : wanted]
        hits = [self._hit(searcher, score, fields, compiled.highlight_terms) for score, fields in ranked]
        return ResultPage(text, total, page, per_page, hits, compiled.highlight_terms)

    @staticmethod
    def _excluded_answers(searcher: Searcher, exclude: wq.Query | None) -> wq.Query | None:
        """All records of every answer that has an excluded term in any paragraph."""
        if exclude is None:
            return None
        keys = searcher.search(exclude, limit=None, groupedby="answer_key").groups("answer_key")
        return wq.Or([wq.Term("answer_key", key) for key in keys]) if keys else None

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
        # Counted through a query: term statistics still include documents deleted by an
        # incremental update until their segment is merged.
        return sum(1 for _ in self.searcher().docs_for_query(wq.Term("kind", TITLE)))
