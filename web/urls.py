"""The one builder of answer links: ``/dokument/<id>#frage-4``.

The indexer never spells a web route: the app (:mod:`web.searcher`) and the command line
(:mod:`web.cli`) hand :func:`answer_url` to the engine, which links every hit with it, and
pages, citations, exports and feeds link answers through it too.  Imports no Flask, so the
command line starts without it.
"""

from __future__ import annotations

from urllib.parse import urlencode

from indexer.model import question_anchor

DOCUMENT_ROUTE = "/dokument/<doc_id>"  # the document page (web.views.document)
SEARCH_ROUTES = ("/", "/api/search")  # the search page (web.views) and the JSON API (web.api)


def answer_url(doc_id: str, question: int | None = None) -> str:
    """The document page (site-relative), scrolled to the answer to ``question`` when given."""
    path = DOCUMENT_ROUTE.replace("<doc_id>", doc_id)
    return f"{path}#{question_anchor(question)}" if question is not None else path


HITS_PARAM = "treffer"  # the query of the result page a document was opened from, carried from page to page


def with_hits(url: str, hits_query: str | None) -> str:
    """``url`` (a document page, maybe with its anchor) carrying the query of the result page the reader came from,
    so its „Zurück zu den Treffern“ still leads there; ``url`` itself where there is none."""
    if not hits_query:
        return url
    path, _, anchor = url.partition("#")
    return f"{path}?{urlencode({HITS_PARAM: hits_query})}" + (f"#{anchor}" if anchor else "")
