"""Searching an index: one Whoosh searcher per thread, results grouped per answer.

A researcher wants answers, not paragraphs: all records of one document and question
(``answer_key``) form one hit, ranked by its best paragraph, whose snippet is shown.
"""

from __future__ import annotations

import functools
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup
from whoosh import query as wq
from whoosh import sorting
from whoosh.collectors import Collector, FilterCollector, TimeLimit, WrappingCollector
from whoosh.searching import Searcher

from .analysis import german_analyzer
from .highlight import snippet
from .errors import QueryError
from .model import Document, question_anchor
from .query import QueryCompiler
from .schema import TITLE, unpack
from .store import IndexStore

DOCUMENT_PATH = "/dokument/{doc_id}"
MAX_PER_PAGE = 100
# A query that runs longer is cut off; the page says its results are incomplete.
SEARCH_TIME_LIMIT = 3.0
PARTIAL_NOTICE = "Die Suche wurde nach {seconds:g} s abgebrochen: Die Ergebnisse sind unvollständig."


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
    notice: str | None = None  # set when the time limit cut the search short

    @property
    def partial(self) -> bool:
        return self.notice is not None

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
            # Only a search cut short by the time limit says so (keeps the usual shape unchanged).
            **({"partial": True, "notice": self.notice} if self.notice else {}),
        }


def _cache_column_readers(searcher: Searcher) -> None:
    """Keep each segment's column readers (``answer_key``, ``datum``) for the searcher's life.

    Whoosh builds a new column reader — reading the offsets of every record — for every
    grouped or sorted search; at archive size that alone costs tens of milliseconds.
    A searcher belongs to one thread, so its readers may keep them.
    """
    for leaf, _offset in searcher.leaf_searchers():
        reader = leaf.reader()
        if not getattr(reader, "_anfragen_cached_columns", False):
            reader.column_reader = functools.lru_cache(maxsize=16)(reader.column_reader)
            reader._anfragen_cached_columns = True


class _Deadline(WrappingCollector):
    """Stop collecting after ``seconds``; what was collected so far stays available.

    Whoosh's own TimeLimitCollector bypasses a FilterCollector it wraps (and its signal
    mode only works in the main thread), so the check sits inside the filter instead.
    """

    def __init__(self, child: Collector, seconds: float) -> None:
        self.child = child
        self.seconds = seconds
        self._deadline = 0.0

    def prepare(self, top_searcher, q, context) -> None:
        self.child.prepare(top_searcher, q, context)
        self._deadline = time.monotonic() + self.seconds

    def collect(self, sub_docnum: int):
        if time.monotonic() > self._deadline:
            raise TimeLimit
        return self.child.collect(sub_docnum)

    def collect_matches(self) -> None:
        for sub_docnum in self.child.matches():
            self.collect(sub_docnum)


class Engine:
    """Search and document access for one index directory; safe to share between threads."""

    def __init__(
        self,
        index_dir: Path,
        document_cache: int = 256,
        result_cache: int = 128,
        time_limit: float | None = SEARCH_TIME_LIMIT,
    ) -> None:
        self.store = IndexStore(index_dir)
        self.analyzer = german_analyzer()
        self._local = threading.local()
        self._documents: OrderedDict[tuple[str, str], Document] = OrderedDict()
        self._document_cache = document_cache
        self._results: OrderedDict[tuple[Any, ...], ResultPage] = OrderedDict()
        self._result_cache = result_cache
        self.time_limit = time_limit
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
            _cache_column_readers(searcher)
        elif not searcher.up_to_date():
            searcher = searcher.refresh()
            local.searcher = searcher
            _cache_column_readers(searcher)
        return searcher

    def search(
        self,
        text: str,
        page: int = 1,
        per_page: int = 10,
        *,
        filter: wq.Query | None = None,
        sortedby: str | None = None,
        reverse: bool = False,
    ) -> ResultPage:
        """Ranked answers for the user's query; raises QueryError for unusable queries.

        ``filter`` restricts to records matching a query on facet fields (e.g.
        ``Term("ministerium", …)``); ``sortedby`` names a sortable field (``datum``) to
        order by instead of relevance.  Pages are cached per index generation, so a
        commit or a swap invalidates them without any bookkeeping.
        """
        page, per_page = max(1, page), max(1, min(per_page, MAX_PER_PAGE))
        searcher = self.searcher()
        cache_key = (
            self._local.path, searcher.reader().generation(), text, page, per_page, repr(filter), sortedby, reverse
        )
        cached = self._cached_result(cache_key)
        if cached is not None:
            return cached
        compiled = QueryCompiler(searcher.reader(), self.analyzer).compile(text)
        wanted = page * per_page
        limit = max(200, wanted * 10)
        mask = self._excluded_answers(searcher, compiled.exclude)
        notice = None
        while True:
            collector: Collector = searcher.collector(
                limit=limit, groupedby="answer_key", maptype=sorting.Count, sortedby=sortedby, reverse=reverse
            )
            if self.time_limit:
                collector = _Deadline(collector, self.time_limit)
            if filter is not None or mask is not None:
                collector = FilterCollector(collector, allow=filter, restrict=mask)
            try:
                searcher.search_with_collector(compiled.query, collector)
            except TimeLimit:
                notice = PARTIAL_NOTICE.format(seconds=self.time_limit)
            results = collector.results()
            best: dict[str, tuple[float, dict[str, Any]]] = {}
            for hit in results:
                fields = hit.fields()  # the best paragraph of each answer comes first
                best.setdefault(f"{fields['doc_id']}#{fields.get('question', 0)}", (hit.score, fields))
                if len(best) >= wanted:
                    break
            total = len(results.groups("answer_key"))
            if notice or len(best) >= min(wanted, total) or results.scored_length() < limit:
                break
            limit *= 4
        ranked = list(best.values())[(page - 1) * per_page : wanted]
        hits = [self._hit(searcher, score, fields, compiled.highlight_terms) for score, fields in ranked]
        result = ResultPage(text, total, page, per_page, hits, compiled.highlight_terms, notice)
        if notice is None:
            self._remember_result(cache_key, result)
        return result

    def _cached_result(self, key: tuple[Any, ...]) -> ResultPage | None:
        with self._lock:
            cached = self._results.get(key)
            if cached is not None:
                self._results.move_to_end(key)
            return cached

    def _remember_result(self, key: tuple[Any, ...], result: ResultPage) -> None:
        if self._result_cache <= 0:
            return
        with self._lock:
            self._results[key] = result
            while len(self._results) > self._result_cache:
                self._results.popitem(last=False)

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
        return self.searcher().doc_frequency("kind", TITLE)
