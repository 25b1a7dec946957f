"""The state of a search page as URL parameters — so that every state is a shareable link.

One :class:`SearchState` is read from the request; templates ask it for the URL of a
neighbouring state (next page, another sort, a facet added or removed) instead of
assembling query strings themselves.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlencode

from flask import current_app, request, url_for

from indexer.config import DEFAULTS
from indexer.errors import QueryError
from indexer.facet_fields import BY_NAME, FACETS
from indexer.ingest.text import ascii_int
from indexer.search.engine import MAX_PER_PAGE
from indexer.search.exclusions import with_exclusion_notice
from indexer.search.filters import Filters, from_params, typed_filters
from indexer.search.plan import SORTS
from indexer.search.ranking import RELEVANCE
from indexer.search.results import ResultPage

from .searcher import engine
from .urls import answer_url

MAX_NUMBER = 999_999_999  # the largest page or page size a URL may name: nine digits
SORT_LABELS = {"relevanz": "Relevanz", "neueste": "Neueste zuerst", "aelteste": "Älteste zuerst"}
# How the count line names the order: „12 Antworten · nach Relevanz sortiert“.
SORT_PHRASES = {"relevanz": "nach Relevanz sortiert", "neueste": "neueste zuerst", "aelteste": "älteste zuerst"}
FACET_LABELS = {facet.name: facet.heading for facet in FACETS}


@dataclass(frozen=True)
class SearchState:
    query: str = ""
    page: int = 1
    per_page: int = DEFAULTS.per_page
    sort: str = RELEVANCE
    filters: Filters = field(default_factory=Filters)
    asked_per_page: int = 0  # a ``per_page`` beyond the most a page lists, as asked: said where the page is smaller

    @classmethod
    def from_request(cls) -> SearchState:
        """Read the state from ``request.args``; raise QueryError (German) for bad values."""
        args = request.args
        if len(args.getlist("q")) > 1:  # the second was silently dropped
            raise QueryError(
                "Der Parameter „q“ darf nur einmal vorkommen; mehrere Suchwörter stehen in einem "
                "(q=Schule Kita, ODER für eines davon: q=Schule ODER Kita)."
            )
        sort = args.get("sort", RELEVANCE) or RELEVANCE
        if sort not in SORTS:
            raise QueryError(f"Unbekannte Sortierung „{sort}“ (erlaubt: {', '.join(SORTS)}).")
        per_page = _positive_int(args.get("per_page"), current_app.config["PER_PAGE"], "per_page")
        return cls(
            query=args.get("q", "").strip(),
            page=_positive_int(args.get("page"), 1, "page"),
            per_page=min(per_page, MAX_PER_PAGE),
            sort=sort,
            filters=from_params(args),
            asked_per_page=per_page if per_page > MAX_PER_PAGE else 0,
        )

    @property
    def active(self) -> bool:
        return bool(self.query or self.filters)

    @property
    def described(self) -> str:
        """The search in words, its filters too (``Drohnen, Partei: AfD``): the title of its page, its feed and the
        page subscribing to it, so two searches of one word with other filters are not one name in a bookmark or a
        feed reader."""
        return ", ".join(([self.query] if self.query else []) + [label for _, _, label in self.filters.labels()])

    def search(self, relevance_count: bool = False) -> ResultPage:
        """This state's page of results, with facet counts (raises QueryError); ``relevance_count``: with what
        :meth:`relevance_adds` says."""
        results = engine().search(
            self.query,
            page=self.page,
            per_page=self.per_page,
            filters=self.filters,
            sort=self.sort,
            facets=True,
            relevance_count=relevance_count,
        )
        return with_exclusion_notice(engine(), results, self.query, self.filters)

    def relevance_adds(self, results: ResultPage) -> int:
        """How many answers lacking a word sorting by relevance lists besides these date-sorted ``results`` (which
        list only the full matches): the line above them says so, as the relevance-sorted page does.  The date-sorted
        search counted them from its own matching (a second, ranked search made the page cost both)."""
        if self.sort == RELEVANCE or not results.words or not results.total:
            return 0
        return results.relevance_partial

    def search_page(self, relevance_count: bool = False) -> tuple[SearchState, ResultPage, str | None]:
        """:meth:`search`, a page past the last one read as the last one (its state too, for the links); with what the
        page and the API say of it and of a page size beyond the most a page lists (raises QueryError)."""
        state, results = self, self.search(relevance_count)
        notes = []
        if (beyond := results.past_last) is not None:  # „Seite 99 von 8“ is no page to show
            notes.append(beyond)
            state = replace(self, page=results.pages)
            results = state.search(relevance_count)
        if self.asked_per_page:
            notes.append(
                f"Höchstens {MAX_PER_PAGE} Antworten je Seite: statt der verlangten {self.asked_per_page} "
                f"stehen hier {MAX_PER_PAGE}."
            )
        return state, results, " ".join(notes) or None

    def params(self, **changes: Any) -> dict[str, Any]:
        state = replace(self, **changes)
        params: dict[str, Any] = {}
        if state.query:
            params["q"] = state.query
        params.update(state.filters.to_params())
        if state.sort != RELEVANCE:
            params["sort"] = state.sort
        if state.page > 1:
            params["page"] = state.page
        if state.per_page != current_app.config["PER_PAGE"]:
            params["per_page"] = state.per_page
        return params

    def url(self, endpoint: str = "views.search", _external: bool = False, **changes: Any) -> str:
        """The URL of this state (with ``changes``) on ``endpoint``; absolute with ``_external``."""
        query = urlencode(self.params(**changes), doseq=True)
        return (base_url() if _external else "") + url_for(endpoint) + (f"?{query}" if query else "")

    def external_url(self, endpoint: str = "views.search", **changes: Any) -> str:
        return self.url(endpoint, _external=True, **changes)

    def with_value(self, name: str, value: Any) -> str:
        """URL with one facet value added (page back to 1)."""
        current = getattr(self.filters, name)
        added: dict[str, Any] = {name: tuple(dict.fromkeys((*current, value)))}
        filters = replace(self.filters, **added)
        return self.url(filters=filters, page=1)

    def asker_url(self, name: str, words: str, party: str | None = None) -> str:
        """URL of an asker's filter offered for a query naming them: their name (and party) leave the query."""
        parties = (*self.filters.partei, party) if party else self.filters.partei
        filters = replace(self.filters, fragesteller=(*self.filters.fragesteller, name), partei=parties)
        return self.url(query=words, filters=filters, page=1)

    def without_value(self, name: str, value: Any) -> str:
        """URL with one filter value removed (``datum`` removes the date range), typed into the search box too."""
        query = self._typed(name, value)
        return self.url(query=self.query if query is None else query, filters=self._kept(name, value), page=1)

    def _kept(self, name: str, value: Any) -> Filters:
        """This search's filters of the URL without ``value`` (``datum``: without the date range)."""
        if name == "datum":
            filters = replace(self.filters, datum=type(self.filters.datum)())
        else:
            kept: dict[str, Any] = {name: tuple(v for v in getattr(self.filters, name) if str(v) != str(value))}
            filters = replace(self.filters, **kept)
        return filters

    def without_filter(self, name: str) -> str:
        """URL with every value of one filter removed, those typed into the search box too (page back to 1)."""
        cleared: dict[str, Any] = {name: ()}
        query = self.query
        while (rest := next((rest for typed, _h, _l, rest in typed_filters(query) if typed == name), None)) is not None:
            query = rest
        return self.url(query=query, filters=replace(self.filters, **cleared), page=1)

    @functools.cached_property
    def typed(self) -> list[tuple[str, str, str, str]]:
        """The filters typed into the search box (see :func:`typed_filters`): read once, asked for by every facet."""
        return typed_filters(self.query)

    def chosen(self, name: str) -> list[str]:
        """The values of one filter this search has, set by a facet or typed (``partei:cdu`` as „CDU“: see
        :func:`typed_filters`)."""
        typed = [held for typed_name, held, _label, _rest in self.typed if typed_name == name]
        return list(dict.fromkeys([*(str(value) for value in getattr(self.filters, name)), *typed]))

    @functools.cached_property
    def _taken(self) -> dict[tuple[str, str], frozenset[str]]:
        """Per filter typed into the search box, and per value the URL sets beside it, the facet values it takes as the
        search resolves it (one spelling each: a party by the name its facet shows, casefolded)."""
        wanted = {(name, value) for name, value, _label, _rest in self.typed if name != "datum"}
        wanted |= {(name, str(v)) for name, _value in list(wanted) for v in getattr(self.filters, name)}
        return {
            (name, value): frozenset(_one(name, v) for v in engine().typed_values(name, value))
            for name, value in wanted
        }

    def narrowed_by(self) -> int:
        """How many filters this search has, set by facets or typed into the search box (one typed and chosen: one)."""
        return len(self.filters.labels()) + len(self.typed_chips())

    def typed_chips(self) -> list[tuple[str, str]]:
        """The filters typed into the search box (``partei:AfD``) as chips: each label with the URL of the search
        without it (page back to 1), as a facet's filter has; none for a filter that takes no value the URL's values
        do not take (``partei:FDP`` typed beside the facet's FDP, ``ministerium:Finanzen`` beside „Ministerium der
        Finanzen“): their facet chips take both away, a second chip would leave the list as it is.
        ``fragesteller:Müller`` beside the facet's „Thomas Müller“ takes more: its chip stays."""
        return [
            (label, self.url(query=rest, page=1))
            for name, value, label, rest in self.typed
            if not self._set(name, value)
        ]

    def _set(self, name: str, typed: str) -> bool:
        """Does the URL set what the filter typed as ``name:typed`` takes (values a typed ``datum`` range never)?"""
        chosen = [self._taken[name, str(v)] for v in getattr(self.filters, name)] if name != "datum" else []
        return bool(chosen) and self._taken[name, typed] <= frozenset().union(*chosen)

    def selected(self, name: str, value: Any) -> bool:
        """Is the facet's ``value`` a filter of this search, set by a facet or typed (``partei:cdu`` is „CDU“)?"""
        return str(value) in {str(v) for v in getattr(self.filters, name)} or self._typed(name, value) is not None

    def _typed(self, name: str, value: Any) -> str | None:
        """The search text without the filter typed for the facet's ``value``; None where none is typed."""
        return next(
            (
                rest
                for typed, held, _label, rest in self.typed
                if typed == name and typed != "datum" and _one(name, str(value)) in self._taken[typed, held]
            ),
            None,
        )


def _one(name: str, value: str) -> str:
    """A facet value in one spelling: a party by the name its facet shows (``F.D.P.`` is „FDP“), casefolded."""
    facet = BY_NAME.get(name)
    return (facet.canonical(value) if facet and facet.canonical else value).casefold()


def _positive_int(raw: str | None, default: int, name: str) -> int:
    if raw is None or raw == "":
        return default
    if re.fullmatch(r"[0-9]{10,}", raw):  # more digits than ascii_int reads
        raise QueryError(f"„{name}“: höchstens {MAX_NUMBER}.")
    value = ascii_int(raw)
    if value is None or value < 1:
        raise QueryError(f"„{name}“ muss eine positive ganze Zahl sein.")
    return value


def base_url() -> str:
    """The site's absolute root without the trailing slash (for exports and feeds): the configured
    ``PUBLIC_URL``, so a forged ``Host`` header never reaches a link; the request's host only
    where none is configured (development)."""
    return (current_app.config.get("PUBLIC_URL") or request.host_url).rstrip("/")


def permalink(doc_id: str, question: int | None = None) -> str:
    """The absolute link of a document, or of the answer to ``question`` (citations, canonical links)."""
    return base_url() + answer_url(doc_id, question)
