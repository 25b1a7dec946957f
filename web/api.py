"""JSON API: the same search (filters, sort, facets), documents, citations and suggestions as
the pages, for scripts; described by the OpenAPI document at ``/api/openapi.json``."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from flask import Blueprint, abort, jsonify, request, url_for

from indexer import QueryError
from indexer.output.citation import FORMATS, Citation

from .openapi import openapi_document
from .searcher import document_or_404, engine, question_or_404
from .state import SearchState, base_url, permalink

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.get("/search")
def search():
    try:
        state = SearchState.from_request()
        if not state.active:
            raise QueryError("Bitte einen Suchbegriff oder einen Filter angeben.")
        state, results, paged = state.search_page()  # a page past the last one is the last one, as on the page
    except QueryError as exc:
        abort(400, str(exc))
    if paged:
        results = replace(results, notice=f"{results.notice} {paged}" if results.notice else paged)
    data = results.to_json()
    data.update(
        pages=results.pages,  # a page past the last is the last one: a script reading on until none is empty never ends
        sort=results.sort,
        filters=results.filters.to_json(),
        facets={
            name: [{"value": value, "count": count} for value, count in values]
            for name, values in results.facets.items()
        },
        suggestion=results.suggestion,
        links={
            "self": state.url("api.search"),
            "page": state.url(),
            "csv": state.url("downloads.export_csv", page=1),
            "json": state.url("downloads.export_json", page=1),
            "atom": state.url("downloads.feed", page=1),
            # the answers after the full matches, where a page of full matches and more comes first
            **({"partial": state.url("api.search", page=results.partial_page)} if results.partial_page else {}),
            **({"prev": state.url("api.search", page=results.page - 1)} if results.page > 1 else {}),
            **({"next": state.url("api.search", page=results.page + 1)} if results.page < results.pages else {}),
        },
    )
    if results.nothing_to_export:  # the page says it where its export links would stand
        data["export_notice"] = results.nothing_to_export
    return jsonify(data)


@bp.get("/dokument/<doc_id>")
def document(doc_id: str):
    found = document_or_404(doc_id)
    return jsonify(found.to_json())


@bp.get("/dokument/<doc_id>/zitat")
def citation(doc_id: str):
    found = document_or_404(doc_id)
    question = question_or_404(found)
    cite = Citation(found, question, permalink(doc_id, question))
    data: dict[str, Any] = cite.to_json()
    data["formats"] = {name: cite.render(name) for name in FORMATS}
    return jsonify(data)


@bp.get("/dokument/<doc_id>/aehnlich")
def similar(doc_id: str):
    found = document_or_404(doc_id)
    question = question_or_404(found)
    limit = min(max(request.args.get("limit", 5, type=int) or 5, 1), 20)
    hits = engine().similar(doc_id, question, limit=limit)
    label = found.printed_number(question) if question is not None else None  # „3“ of the fifth of 1, 2, 2a, 2b, 3
    return jsonify(
        {"doc_id": doc_id, "question": question, "question_label": label, "hits": [hit.to_json() for hit in hits]}
    )


@bp.get("/vorschlaege")
def suggestions():
    """Autocomplete as JSON (also with ``format=json``); ``format=opensearch`` gives the OpenSearch suggestions
    array for browsers."""
    prefix = request.args.get("q", "")[:100]
    wanted = request.args.get("format")
    if wanted not in (None, "", "json", "opensearch"):  # a misspelt format got JSON, as if asked for it
        abort(400, f"Unbekanntes Format „{wanted[:40]}“ (erlaubt: json, opensearch; ohne format: JSON).")
    found = engine().complete(prefix)
    if wanted == "opensearch":
        texts = list(dict.fromkeys(item["text"] for item in found))
        response = jsonify([prefix, texts])
        response.mimetype = "application/x-suggestions+json"
        return response
    return jsonify({"query": prefix, "suggestions": found})


@bp.get("/openapi.json")
def openapi():
    return jsonify(openapi_document((base_url() + url_for("views.search")).rstrip("/")))
