"""Searching an index: the one object the web and the command line talk to.

A researcher wants answers, not paragraphs: all records of one document and question
(``answer_key``) form one hit.  The work is done by the parts this façade holds: searchers,
plan (queries and the answers they select), results (hits), facets, complete and similar.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from whoosh import query as wq
from whoosh.searching import Searcher

from indexer.analysis.analyzer import german_analyzer
from indexer.config import DEFAULTS
from indexer.index.lookups import remembered
from indexer.index.schema import TITLE
from indexer.index.store import IndexStore
from indexer.lru import LRU
from indexer.model import Document
from indexer.search import plan as planning
from indexer.search.answers import AnswerMaps
from indexer.search.complete import Vocabularies, long_enough
from indexer.search.facets import FacetValues
from indexer.search.filters import Filters, taken
from indexer.search.ranking import MAX_DATE, MIN_DATE, RELEVANCE
from indexer.search.results import AnswerUrl, Hit, HitBuilder, ResultPage
from indexer.search.searchers import Searchers
from indexer.search.similar import similar_records
from indexer.search.sub_questions import as_printed
from indexer.search.syntax import FIELD_ALIASES

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Overview:
    """The whole index at a glance: how many answers, per facet value, and the newest ones."""

    documents: int
    facets: dict[str, list[tuple[Any, int]]]
    newest: list[Document]


MAX_PER_PAGE = 100
# What the search box's syntax puts before a word being typed — a minus, a field („titel:“), a quotation mark —
# kept as typed while the word after it is completed: „titel:Langzeit“ → „titel:Langzeitarbeitslose“.
_LEAD = re.compile(rf"(-?(?:(?:{'|'.join(FIELD_ALIASES)}):)?[\"„]?)(.*)", re.IGNORECASE | re.DOTALL)


class Engine:
    """Search and document access for one index directory; safe to share between threads."""

    def __init__(
        self,
        index_dir: Path,
        document_cache: int = 256,
        result_cache: int = 128,
        time_limit: float | None = DEFAULTS.search_time_limit,
        answer_url: AnswerUrl | None = None,
        postings_cache_mb: int = DEFAULTS.postings_cache_mb,
    ) -> None:
        """``time_limit``: seconds a search may spend ranking (None: unlimited), exports and feeds included.
        ``answer_url`` links each hit (the web's builder; without it hits carry no link).
        ``postings_cache_mb``: decoded postings kept across searches (see :mod:`~indexer.search.postings`)."""
        self.store = IndexStore(index_dir)
        self.time_limit = time_limit
        self.analyzer = german_analyzer()
        self._searchers = Searchers(self.store)
        self._hits = HitBuilder(answer_url, document_cache)
        self._results: LRU[ResultPage] = LRU(result_cache)
        self._facets: LRU[FacetValues] = LRU(1)
        self._overviews: LRU[Overview] = LRU(2)
        self._answers = AnswerMaps(postings_bytes=postings_cache_mb << 20)
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
            self._searchers.drop()  # this thread serves no searches; keep no files open

    def searcher(self) -> Searcher:
        """This thread's searcher on the current index state (see :class:`~indexer.search.searchers.Searchers`)."""
        return self._searchers.get()

    def search(
        self,
        text: str,
        page: int = 1,
        per_page: int = 10,
        filters: Filters | None = None,
        sort: str = RELEVANCE,
        facets: bool = False,
        relevance_count: bool = False,
    ) -> ResultPage:
        """Ranked answers for the user's query; raises QueryError for unusable queries.

        ``filters`` join the field syntax in ``text`` (see :mod:`~indexer.search.plan`).  ``sort`` is
        ``relevanz``, ``neueste`` or ``aelteste``; ``facets`` adds answer counts per facet value.  Sorted by date,
        ``relevance_count`` also counts what the first page sorted by relevance lists besides the full matches
        (``relevance_partial``), which the results page and the command line say.
        Pages are cached per index state, so a commit or a swap invalidates them.
        """
        with remembered():  # a term's lookups made once per search (see :mod:`~indexer.index.lookups`)
            started = time.perf_counter()
            page, per_page = max(1, page), max(1, min(per_page, MAX_PER_PAGE))
            searcher, state = self._searchers.current()
            cache_key = (state, text, page, per_page, filters, sort, facets, relevance_count)
            cached = self._results.get(cache_key)
            if cached is not None:
                return cached
            chosen = self._plan(searcher, text, filters, sort)
            wanted = page * per_page
            besides = per_page if relevance_count and chosen.sort != RELEVANCE else 0
            found = planning.select(
                searcher, chosen, self._answers, wanted, started, self.time_limit, relevance_page=besides
            )
            asker = planning.asker_offer(searcher, self.analyzer, chosen, self._answers, found)
            found = planning.offer_alone(found, asker)
            hits = self._hits.hits(searcher, state, found.entries[wanted - per_page : wanted], chosen)
            counts = self._facet_counts(searcher, state, found.representatives) if facets else {}
            suggestion = planning.respelling(searcher, self.analyzer, chosen, self._answers, found)
            notes = (
                planning.unclosed_quote(chosen),
                planning.dangling_operator(chosen),
                planning.unfinished_drucksache(chosen),
                planning.thin_phrases(chosen),
                planning.capped_typos(chosen),
            )
            notice = planning.missing_citation(chosen, found, hits if page == 1 else ()) or (
                " ".join(note for note in notes if note) or None
            )
            result = ResultPage.of(text, page, per_page, chosen, found, hits, counts, suggestion, notice, asker)
            if not found.incomplete:  # the same search may finish in time when the machine is less busy
                self._results.put(cache_key, result)
            return result

    def count(self, text: str, filters: Filters | None = None) -> int:
        """How many answers meet every word of ``text`` (as ``search(text).total``): matched, not ranked — no relaxed
        tier, no scoring, no page; raises QueryError for unusable queries."""
        with remembered():
            searcher, _state = self._searchers.current()
            chosen = self._plan(searcher, text, filters, RELEVANCE)
            return planning.select(searcher, chosen, self._answers, 0, relax=False).total

    def iter_hits(
        self, text: str, filters: Filters | None = None, sort: str = RELEVANCE, limit: int | None = None
    ) -> Iterator[Hit]:
        """Every answer that fully matches (or the first ``limit``) in order, for exports and feeds; the
        query is checked at once, so a QueryError never breaks off a streamed response."""
        with remembered():
            started = time.perf_counter()  # exports and feeds run under the same time limit as a page
            searcher, state = self._searchers.current()
            chosen = self._plan(searcher, text, filters, sort)
            found = planning.select(searcher, chosen, self._answers, limit, started, self.time_limit)
            full = [entry for entry in found.entries if not entry.missing]
            return iter(self._hits.hits(searcher, state, full[:limit], chosen))

    def _plan(self, searcher: Searcher, text: str, filters: Filters | None, sort: str) -> planning.Plan:
        """The plan of a search, a cited part of a question as the cited document prints it
        (see :mod:`~indexer.search.sub_questions`)."""
        chosen = planning.plan(searcher.reader(), self.analyzer, text, filters, sort)
        if chosen.compiled is None or not chosen.compiled.questions:
            return chosen
        return replace(chosen, compiled=as_printed(chosen.compiled, searcher))

    def _facet_counts(
        self, searcher: Searcher, state: Hashable, representatives: list[int]
    ) -> dict[str, list[tuple[Any, int]]]:
        values = self._facets.get_or_make(state, lambda: FacetValues(searcher.reader(), searcher.schema))
        return values.count(representatives)

    def overview(self, newest: int = 5) -> Overview:
        """What the index holds, for the home page: answers per facet value and the newest answers."""
        searcher, state = self._searchers.current()
        return self._overviews.get_or_make((state, newest), lambda: self._overview(searcher, state, newest))

    def _overview(self, searcher: Searcher, state: Hashable, newest: int) -> Overview:
        titles = wq.Term("kind", TITLE)
        docnums = list(searcher.docs_for_query(titles))
        # undated documents after every dated one (sorted by the column alone, they came first)
        dated = wq.And([titles, wq.NumericRange("datum", MIN_DATE, MAX_DATE)])
        latest = [hit["doc_id"] for hit in searcher.search(dated, limit=newest, sortedby="datum", reverse=True)]
        if len(latest) < newest:
            latest += [hit["doc_id"] for hit in searcher.search(wq.AndNot(titles, dated), limit=newest - len(latest))]
        documents = [self._hits.document(searcher, state, doc_id) for doc_id in latest]
        return Overview(len(docnums), self._facet_counts(searcher, state, docnums), documents)

    def document_marks(self, text: str, document: Document) -> planning.DocumentMarks:
        """What ``document``'s page marks for a query, in its head and in each answer (see :class:`DocumentMarks`)."""
        return planning.document_marks(self.searcher().reader(), self.analyzer, text, document)

    def similar(self, doc_id: str, question: int | None = None, limit: int = 5) -> list[Hit]:
        """„Ähnliche Antworten“ (see :mod:`~indexer.search.similar`); empty for an unknown document."""
        searcher, state = self._searchers.current()
        document = self._hits.find(searcher, state, doc_id)
        if document is None:
            return []
        records = similar_records(
            searcher, document, question, limit, lambda other: self._hits.find(searcher, state, other)
        )
        return [
            self._hits.hit(searcher, state, planning.Entry(score, fields), shared) for score, fields, shared in records
        ]

    def complete(self, prefix: str, limit: int = 8) -> list[dict[str, Any]]:
        """Autocomplete (see :mod:`~indexer.search.complete`): words of titles and questions starting
        with ``prefix``, then titles containing a word that does, linking to their document.  A word typed after a
        minus, a field or a quotation mark is completed with that kept before it, and no title offered."""
        typed = _LEAD.match(prefix)
        lead, word = typed.groups() if typed else ("", prefix)
        if not long_enough(word):
            return []
        words, titles = self._vocabularies.of(self.searcher()).complete(word, limit)
        out: list[dict[str, Any]] = [{"kind": "wort", "text": lead + found} for found in words]
        if lead:  # a title offered after a field, a quote or a minus would drop what was typed before the word
            return out
        link = self._hits.link
        out += [{"kind": "titel", "text": title, "doc_id": doc_id, "url": link(doc_id)} for title, doc_id in titles]
        return out

    def typed_values(self, name: str, typed: str) -> frozenset[str]:
        """The facet values a filter typed into the search box takes (see :func:`~indexer.search.filters.taken`)."""
        return taken(name, typed, self.searcher().reader())

    def document(self, doc_id: str) -> Document | None:
        """The indexed document, or None when the index does not hold it."""
        return self._hits.find(*self._searchers.current(), doc_id)

    def document_count(self) -> int:
        # Counted through a query: term statistics still include documents deleted by an
        # incremental update until their segment is merged.
        return sum(1 for _ in self.searcher().docs_for_query(wq.Term("kind", TITLE)))
