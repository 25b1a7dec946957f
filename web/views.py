"""HTML pages: the search page and the document page."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from flask import Blueprint, abort, current_app, render_template, request, url_for

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
    query = request.args.get("q", "").strip() or _query_from_search_page()
    terms = engine().highlight_terms(query) if query else frozenset()
    return render_template(
        "document.html", doc=found, query=query, hl=lambda text: highlight(text, terms)
    )


def _query_from_search_page() -> str:
    """The query of our own result page the reader came from, so plain answer links
    (``/dokument/<id>#frage-4``) still open with the search terms highlighted."""
    referrer = request.referrer
    if not referrer:
        return ""
    parts = urlsplit(referrer)
    if parts.netloc != request.host or parts.path != url_for("views.search"):
        return ""
    return parse_qs(parts.query).get("q", [""])[0].strip()
