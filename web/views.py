"""HTML pages: the search page and the document page."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template, request

from indexer import QueryError
from indexer.highlight import highlight

from .searcher import engine

bp = Blueprint("views", __name__)


@bp.get("/")
def search():
    query = request.args.get("q", "").strip()
    page = request.args.get("page", 1, type=int) or 1
    results, message = None, None
    if query:
        try:
            results = engine().search(query, page=page, per_page=current_app.config["PER_PAGE"])
        except QueryError as exc:
            message = str(exc)
    return render_template("search.html", query=query, results=results, message=message)


@bp.get("/dokument/<doc_id>")
def document(doc_id: str):
    found = engine().document(doc_id)
    if found is None:
        abort(404, f"Das Dokument „{doc_id}“ ist nicht im Index.")
    query = request.args.get("q", "").strip()
    terms = engine().highlight_terms(query) if query else frozenset()
    return render_template(
        "document.html", doc=found, query=query, hl=lambda text: highlight(text, terms)
    )
