"""Searching an index: one Whoosh searcher per thread, results grouped per answer.

A researcher wants answers, not paragraphs: all records of one document and question
(``answer_key``) form one hit, ranked by its best paragraph, whose snippet is shown.  Which
answers match a query, and their relevance, is decided in :mod:`indexer.search.ranking`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup
from whoosh import query as wq
from whoosh.searching import Searcher

from indexer.analysis.analyzer import german_analyzer, query_terms
from indexer.analysis.spelling import suggest
from indexer.errors import IndexMissingError, QueryError
from indexer.index.readers import cache_column_readers
from indexer.index.schema import ANSWER, QUESTION, TITLE, unpack
from indexer.index.store import IndexStore
from indexer.model import Document, question_anchor
from indexer.search.answers import AnswerMaps
from indexer.search.complete import Vocabularies, long_enough
from indexer.search.facets import FacetCache
from indexer.search.filters import Filters, extract_filters, to_query
from indexer.search.highlight import snippet
from indexer.search.query import CompiledQuery, QueryCompiler
from indexer.search.ranking import NEWEST, OLDEST, RELEVANCE, list_answers, rank_answers

logger = logging.getLogger(__name__)
DOCUMENT_PATH = "/dokument/{doc_id}"
MAX_PER_PAGE = 100
OPEN_ATTEMPTS = 5
SORTS = (RELEVANCE, NEWEST, OLDEST)
TIME_LIMIT = 3.0  # seconds per search; then ranking stops and the page says its order is incomplete
SCORING_RESERVE = 4  # however long matching took, scoring gets at least this part of the limit
RELAX_BELOW = 10  # fewer full matches than a page: answers lacking one word follow (see ranking)
SIMILAR_TERMS = 12


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
    missing: tuple[str, ...] = ()  # query words this answer lacks (shown below the full matches)

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
            "missing": list(self.missing),
        }


@dataclass(frozen=True)
class ResultPage:
    query: str
    total: int
    page: int
    per_page: int
    hits: list[Hit] = field(default_factory=list)
    highlight_terms: frozenset[str] = frozenset()
    filters: Filters = field(default_factory=Filters)
    sort: str = RELEVANCE
    words: str = ""  # the query without its field syntax
    facets: dict[str, list[tuple[Any, int]]] = field(default_factory=dict)
    suggestion: str | None = None  # „Meinten Sie …?“ (see indexer.analysis.spelling)
    partial: int = 0  # answers lacking one query word, listed after the ``total`` full matches (see ranking)
    incomplete: bool = False  # the time limit cut ranking short: the counts are exact, the order is not

    @property
    def pages(self) -> int:
        return max(1, -(-(self.total + self.partial) // self.per_page))

    def to_json(self) -> dict[str, Any]:
        data = {
            "query": self.query,
            "total": self.total,
            "page": self.page,
            "per_page": self.per_page,
            "hits": [hit.to_json() for hit in self.hits],
            "partial": self.partial,
            "incomplete": self.incomplete,
        }
        if self.suggestion:
            data["suggestion"] = self.suggestion
        return data


# One ranked answer: score, its best record's stored fields, the query words it lacks.
_Entry = tuple[float, dict[str, Any], tuple[str, ...]]


@dataclass(frozen=True)
class _Plan:
    filter: wq.Query | None
    highlight_terms: frozenset[str]
    filters: Filters
    sort: str
    words: str
    compiled: CompiledQuery | None = None  # None: only filters, no words


class Engine:
    """Search and document access for one index directory; safe to share between threads."""

    def __init__(
        self, index_dir: Path, document_cache: int = 256, result_cache: int = 128, time_limit: float | None = TIME_LIMIT
    ) -> None:
        """``time_limit``: seconds a search may spend ranking (None: unlimited); exports are never limited."""
        self.store = IndexStore(index_dir)
        self.time_limit = time_limit
        self.analyzer = german_analyzer()
        self._local = threading.local()
        self._documents: OrderedDict[tuple[str, str], Document] = OrderedDict()
        self._document_cache = document_cache
        self._results: OrderedDict[tuple[Any, ...], ResultPage] = OrderedDict()
        self._result_cache = result_cache
        self._lock = threading.Lock()
        self._facets = FacetCache()
        self._answers = AnswerMaps()
        self._vocabularies = Vocabularies()

    def warm(self) -> None:
        """Read what every search needs — which records belong to which answer — before the
        first request (seconds at archive size).  Never fails: without a (readable) index the
        first search says what is wrong."""
        try:
            self._answers.joined(self._answers.leaves(self.searcher()))
        except Exception as exc:
            logger.warning("Vorwärmen des Suchindex fehlgeschlagen: %s", exc)
        finally:
            self._drop_searcher()  # this thread serves no searches; keep no files open

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
        if searcher is None or current != getattr(local, "path", None) or not searcher.up_to_date():
            # Opened afresh, never ``Searcher.refresh()``: Whoosh reuses a segment's reader by
            # segment id, so a refreshed searcher misses deletions made in a segment it already
            # had open — a replaced document would be found twice, once with its old text.
            self._drop_searcher()
            searcher = self.store.open(current).searcher()
            local.searcher, local.path = searcher, current
            cache_column_readers(searcher)
        return searcher

    def _drop_searcher(self) -> None:
        searcher = getattr(self._local, "searcher", None)
        self._local.searcher = None
        if searcher is not None:
            try:
                searcher.close()
            except Exception:  # closing a reader whose files are gone must not mask the real error
                pass

    def search(
        self,
        text: str,
        page: int = 1,
        per_page: int = 10,
        filters: Filters | None = None,
        sort: str = RELEVANCE,
        facets: bool = False,
    ) -> ResultPage:
        """Ranked answers for the user's query; raises QueryError for unusable queries.

        Field syntax in ``text`` (``partei:SPD``, ``datum:2019``) is taken out and joined with
        ``filters``; words are optional when a filter is given.  ``sort`` is ``relevanz``,
        ``neueste`` or ``aelteste``; ``facets`` adds answer counts per facet value.
        Pages are cached per index generation, so a commit or a swap invalidates them
        without any bookkeeping.
        """
        started = time.perf_counter()
        page, per_page = max(1, page), max(1, min(per_page, MAX_PER_PAGE))
        searcher = self.searcher()
        cache_key = (self._local.path, searcher.reader().generation(), text, page, per_page, filters, sort, facets)
        cached = self._cached_result(cache_key)
        if cached is not None:
            return cached
        plan = self._plan(searcher, text, filters, sort)
        wanted = page * per_page
        deadline = started + self.time_limit if self.time_limit is not None else None
        ranked, total, representatives, partial, incomplete = self._ranked(searcher, plan, wanted, deadline)
        ranked = ranked[(page - 1) * per_page : wanted]
        hits = [self._hit(searcher, score, fields, plan.highlight_terms, missing) for score, fields, missing in ranked]
        counts = self._facet_counts(searcher, representatives) if facets else {}
        # Out of time: no further searches for a respelling.
        suggestion = self._suggestion(searcher, plan, total) if plan.compiled is not None and not incomplete else None
        result = ResultPage(
            text,
            total,
            page,
            per_page,
            hits,
            plan.highlight_terms,
            filters=plan.filters,
            sort=plan.sort,
            words=plan.words,
            facets=counts,
            suggestion=suggestion,
            partial=partial,
            incomplete=incomplete,
        )
        if not incomplete:  # the same search may finish in time when the machine is less busy
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

    def iter_hits(
        self, text: str, filters: Filters | None = None, sort: str = RELEVANCE, limit: int | None = None
    ) -> Iterator[Hit]:
        """Every answer that fully matches (or the first ``limit``) in order, for exports and feeds.

        The query is checked before this returns, so a QueryError reaches the caller at once
        rather than in the middle of a streamed response.
        """
        searcher = self.searcher()
        plan = self._plan(searcher, text, filters, sort)
        ranked, *_ = self._ranked(searcher, plan, limit)
        full = [(score, fields) for score, fields, missing in ranked if not missing]
        return (self._hit(searcher, score, fields, plan.highlight_terms) for score, fields in full[:limit])

    def _plan(self, searcher: Searcher, text: str, filters: Filters | None, sort: str) -> _Plan:
        """The Whoosh queries for one search: words, filters, exclusions and sort order."""
        if sort not in SORTS:
            raise QueryError(f"Unbekannte Sortierung „{sort}“ (erlaubt: {', '.join(SORTS)}).")
        words, typed = extract_filters(text)
        combined = (filters or Filters()).merge(typed)
        filter_query = to_query(combined, searcher.reader())
        if words or not combined:
            compiled = QueryCompiler(searcher.reader(), self.analyzer).compile(words)
            return _Plan(filter_query, compiled.highlight_terms, combined, sort, words, compiled)
        # Only filters: every answer of the documents that pass them, newest first by default.
        sort = NEWEST if sort == RELEVANCE else sort
        return _Plan(filter_query, frozenset(), combined, sort, words)

    def _ranked(
        self, searcher: Searcher, plan: _Plan, wanted: int | None, deadline: float | None = None
    ) -> tuple[list[_Entry], int, list[int], int, bool]:
        """The best record per answer in result order (at least ``wanted``; None: all), the number
        of full matches, one record of each (for facets), how many relaxed matches lacking a
        word follow them, and whether ``deadline`` cut the ranking short."""
        if plan.compiled is not None:
            ranking = rank_answers(
                searcher,
                plan.compiled,
                self._answers,
                restrict=plan.filter,
                relax_below=RELAX_BELOW if plan.sort == RELEVANCE else 0,
                wanted=wanted,
                order=plan.sort,
                deadline=deadline,
                reserve=self.time_limit / SCORING_RESERVE if self.time_limit else 0.0,
            )
            entries = [(a.score, searcher.stored_fields(a.docnum), a.missing) for a in ranking.answers]
            return entries, ranking.total, ranking.representatives, ranking.partial, ranking.incomplete
        listing = list_answers(searcher, self._answers, plan.filter, wanted, newest=plan.sort != OLDEST)
        entries = [(a.score, searcher.stored_fields(a.docnum), ()) for a in listing.answers]
        return entries, listing.total, listing.representatives, 0, False

    def _facet_counts(self, searcher: Searcher, representatives: list[int]) -> dict[str, list[tuple[Any, int]]]:
        key = (self._local.path, searcher.reader().generation())
        values = self._facets.get(key, searcher.reader(), searcher.schema)
        return values.count(representatives)

    def _suggestion(self, searcher: Searcher, plan: _Plan, total: int) -> str | None:
        """„Meinten Sie …?“: a respelling of the words that finds more answers (with the same filters)."""

        def count(candidate: str) -> int:
            try:
                compiled = QueryCompiler(searcher.reader(), self.analyzer).compile(candidate)
            except QueryError:
                return 0
            return rank_answers(searcher, compiled, self._answers, restrict=plan.filter, wanted=0).total

        reader = searcher.reader()

        def known(word: str) -> bool:
            return any(reader.doc_frequency(ANSWER, term) for term in query_terms(self.analyzer, word))

        return suggest(reader, plan.words, count, total, known)

    def highlight_terms(self, text: str) -> frozenset[str]:
        """The index terms a query matches, for highlighting a document; empty if the query is unusable."""
        try:
            words, _ = extract_filters(text)
            return QueryCompiler(self.searcher().reader(), self.analyzer).compile(words).highlight_terms
        except QueryError:
            return frozenset()

    def _hit(
        self,
        searcher: Searcher,
        score: float,
        fields: dict[str, Any],
        terms: frozenset[str],
        missing: tuple[str, ...] = (),
    ) -> Hit:
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
            # A filter-only listing has no terms; its question text is already shown, so no snippet.
            snippet=snippet(fields["body"], terms) if terms or fields.get("kind") != QUESTION else Markup(""),
            score=score,
            missing=missing,
        )

    def similar(self, doc_id: str, question: int | None = None, limit: int = 5) -> list[Hit]:
        """ "Ähnliche Antworten": answers of other documents that share the most telling terms.

        The key terms of the answer (or the whole document) are chosen by Whoosh's
        ``key_terms_from_text`` (Bo1 model) and searched in the question and answer text.
        """
        searcher = self.searcher()
        try:
            document = self._document(searcher, doc_id)
        except KeyError:
            return []
        chosen = document.question(question) if question is not None else None
        if chosen is not None:
            text = "\n".join([chosen.text, *chosen.answer])
        else:
            text = "\n".join([document.title, *(q.text + "\n" + q.answer_text for q in document.questions)])
        terms = [t for t, _ in searcher.key_terms_from_text(ANSWER, text, numterms=SIMILAR_TERMS)]
        if not terms:
            return []
        query = wq.Or([wq.Term(f, t) for f in (TITLE, QUESTION, ANSWER) for t in terms])
        results = searcher.search(query, limit=limit * 20, mask=wq.Term("doc_id", doc_id))
        best: dict[str, tuple[float, dict[str, Any]]] = {}
        for hit in results:
            fields = hit.fields()
            best.setdefault(f"{fields['doc_id']}#{fields.get('question', 0)}", (hit.score, fields))
            if len(best) >= limit:
                break
        return [self._hit(searcher, score, fields, frozenset(terms)) for score, fields in best.values()]

    def complete(self, prefix: str, limit: int = 8) -> list[dict[str, Any]]:
        """Autocomplete (see :mod:`indexer.search.complete`): words of titles and questions starting
        with ``prefix``, then titles containing a word that does, linking to their document."""
        if not long_enough(prefix):
            return []
        words, titles = self._vocabularies.of(self.searcher()).complete(prefix, limit)
        out: list[dict[str, Any]] = [{"kind": "wort", "text": word} for word in words]
        out += [
            {"kind": "titel", "text": title, "doc_id": doc_id, "url": document_url(doc_id)} for title, doc_id in titles
        ]
        return out

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
        stored = searcher.document(doc_id=doc_id, kind=TITLE)
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
