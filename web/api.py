"""JSON API: the same search and documents as the pages, for scripts."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, jsonify, request

from indexer import QueryError

from .searcher import engine

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.get("/search")
def search():
    query = request.args.get("q", "")
    page = request.args.get("page", 1, type=int) or 1
    per_page = request.args.get("per_page", current_app.config["PER_PAGE"], type=int) or 1
    try:
        results = engine().search(query, page=page, per_page=per_page)
    except QueryError as exc:
        abort(400, str(exc))
    return jsonify(results.to_json())


@bp.get("/dokument/<doc_id>")
def document(doc_id: str):
    found = engine().document(doc_id)
    if found is None:
        abort(404, f"Das Dokument „{doc_id}“ ist nicht im Index.")
    return jsonify(found.to_json())
