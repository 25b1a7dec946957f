"""One error handler: JSON under ``/api`` and for ``.json`` downloads, plain text for the other files a program
fetches (``.csv``, ``.atom``), otherwise ``<status>.html`` or ``error.html``."""

from __future__ import annotations

import re

from flask import Flask, current_app, jsonify, redirect, render_template, request, url_for
from flask_wtf.csrf import CSRFError
from jinja2 import TemplateNotFound
from markupsafe import Markup, escape
from werkzeug.exceptions import BadRequest, HTTPException, NotFound, SecurityError, ServiceUnavailable
from werkzeug.routing import RequestRedirect

from indexer import IndexMissingError
from indexer.model import DOC_ID
from indexer.output.citation import FORMATS, citation_format

from .searcher import engine

MESSAGES = {
    400: "Die Anfrage ist ungültig.",
    404: "Diese Seite gibt es nicht.",
    405: "Diese Aktion ist hier nicht erlaubt.",
    413: "Die Datei ist zu groß.",
    429: "Zu viele Anfragen; bitte kurz warten.",
    500: "Ein interner Fehler ist aufgetreten.",
    503: "Der Suchindex ist noch nicht verfügbar.",
}
# Files a program fetches: an error is said as a German sentence in plain text, not as an HTML page.
TEXT_DOWNLOADS = (".csv", ".atom", ".bib", ".ris")
# A document's citation file asked for by another name than the site's: ``Zitat.BIB``, ``ZITAT.csl``, ``zitat`` alone,
# ``zitate.bib``, ``citation.ris``, ``bibtex``, the API's ``/api/dokument/…/zitat.bib``
_CITATION_GUESS = re.compile(
    r"(?:/api)?/dokument/(?P<id>[^/]+)/(?P<asked>(?:(?:zitat|zitate|zitieren|citation|cite)(?:\.[^/]*)?|[^/.]+))/?",
    re.IGNORECASE,
)
_FORMAT_LABELS = {"bibtex": "BibTeX", "ris": "RIS", "csl-json": "CSL-JSON"}
CSRF_MESSAGE = "Das Formular ist abgelaufen oder ungültig (CSRF-Schutz). Bitte die Seite neu laden."


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(IndexMissingError, handle_index_missing)
    app.register_error_handler(CSRFError, handle_csrf_error)
    app.register_error_handler(SecurityError, handle_untrusted_host)


def handle_untrusted_host(error: SecurityError):
    """A ``Host`` outside ``TRUSTED_HOSTS``: plain text, since no link can be built for it."""
    return "Diese Adresse (Host) wird hier nicht bedient.", 400, {"Content-Type": "text/plain; charset=utf-8"}


INDEX_MISSING_TITLE = "Die Suche ist gerade nicht verfügbar."
INDEX_MISSING_PUBLIC = "Der Suchindex wird neu aufgebaut oder fehlt; bitte in einigen Minuten erneut versuchen."
OPERATOR_HINT = (
    "Grund und Abhilfe stehen im Protokoll des Servers; 'anfragen check' prüft den Index, "
    "'anfragen build' baut ihn neu."
)


def handle_index_missing(error: IndexMissingError):
    """A visitor reads that the search is away for now and when to come back; the operator's sentence (which names
    the index folder on the server, „Kein Suchindex in /srv/…“) goes to the server's log only, and the page points
    there.  Programs get the visitor's sentence as the error, with the same ``Retry-After``."""
    current_app.logger.warning("%s", error)
    if request.path.startswith("/api/") or request.path.endswith((".json", *TEXT_DOWNLOADS)):
        response = handle_http_error(ServiceUnavailable(INDEX_MISSING_PUBLIC))
    else:
        context = {"title": INDEX_MISSING_TITLE, "message": INDEX_MISSING_PUBLIC, "operator": OPERATOR_HINT}
        response = render_template("error.html", status=503, **context), 503
    return current_app.make_response(response), 503, {"Retry-After": "60"}


def handle_csrf_error(error: CSRFError):
    """Flask-WTF says why in English (token missing, expired, …); the user gets one German sentence."""
    return handle_http_error(BadRequest(CSRF_MESSAGE))


def handle_http_error(error: HTTPException):
    status = error.code or 500
    if status == 404 and type(error) is NotFound and (address := _without_slash()) is not None:
        return redirect(address, 301)
    custom = error.description and error.description != type(error).description
    message = error.description if custom else MESSAGES.get(status, "Ein Fehler ist aufgetreten.")
    heading = None
    if status == 404 and not custom and (guessed := _citation_guessed()) is not None:
        custom, (message, heading) = True, guessed  # a citation file by another name: the names it has
    if request.path.startswith("/api/") or request.path.endswith(".json"):  # also /export.json, a script's download
        return jsonify({"error": message, "status": status}), status
    if request.path.lower().endswith(TEXT_DOWNLOADS):  # a spreadsheet or feed reader shows what came, not an HTML page
        return f"{message}\n", status, {"Content-Type": "text/plain; charset=utf-8"}
    # a page's own message is its heading („Das Dokument „…“ hat keine Frage 99.“), as the API says it; the status's
    # general words („Diese Seite gibt es nicht.“) only where nothing more is known
    context = {"status": status, "title": message if custom else MESSAGES.get(status, "Fehler"), "message": message}
    context["heading"] = heading  # the title with the addresses it names as links
    context["offer"] = getattr(error, "offer", None)  # a search that may still help: a removed answer's Drucksache
    context["held"] = getattr(error, "held", None)  # a question the document lacks: which it has, and the document
    context["document"] = getattr(error, "document", None)
    try:
        return render_template(f"{status}.html", **context), status
    except TemplateNotFound:
        return render_template("error.html", **context), status


def _citation_guessed() -> tuple[str, Markup] | None:
    """What a held document's citation file is called, where one was asked for by another name (``…/Zitat.BIB``,
    ``…/zitat``, ``…/bibtex``): the files that exist, not „Diese Seite gibt es nicht.“, which read as though the
    document had no citation; the API's one address below ``/api/``.  The sentence, and as a page's heading with each
    address a link to it.  None for another address, or a document the archive does not hold (its files would not
    exist either)."""
    guessed = _CITATION_GUESS.fullmatch(request.path)
    if guessed is None:
        return None
    doc_id, asked = guessed["id"], guessed["asked"]
    if not asked.lower().startswith(("zitat", "cit")) and citation_format(asked) is None:
        return None  # another page below a document's (``…/aehnlich`` typed wrong): the general words
    try:
        if not DOC_ID.fullmatch(doc_id) or engine().document(doc_id) is None:
            return None
    except IndexMissingError:
        return None
    shown = asked if len(asked) <= 30 else asked[:30] + " …"
    if request.path.startswith("/api/"):
        said = f"„{shown}“ gibt es nicht: das Zitat des Dokuments gibt es als {url_for('api.citation', doc_id=doc_id)}."
        return said, escape(said)
    files = [
        (url_for("downloads.citation", doc_id=doc_id, fmt=ext), _FORMAT_LABELS.get(name, name))
        for name, (_, ext) in FORMATS.items()
    ]
    case_only = asked.lower() in {f"zitat.{ext}" for _, ext in FORMATS.values()}  # ``Zitat.BIB``: only the case
    lower = " (klein geschrieben)" if case_only else ""
    said = f"„{shown}“ gibt es nicht{lower}: Zitate des Dokuments gibt es als "
    named = [f"{address} ({label})" for address, label in files]
    linked = [Markup('<a href="{0}">{0}</a> ({1})').format(address, label) for address, label in files]
    return (
        f"{said}{', '.join(named[:-1])} und {named[-1]}.",
        escape(said) + Markup(", ").join(linked[:-1]) + " und " + linked[-1] + ".",
    )


def _without_slash() -> str | None:
    """A page's address copied with a slash after it (``/dokument/nw-17-6448/``), as that page's own address — with
    its query — where the address without the slash leads somewhere; else None."""
    path = request.path
    if path == "/" or not path.endswith("/") or request.method not in ("GET", "HEAD"):
        return None
    bare = path.rstrip("/") or "/"
    adapter = current_app.url_map.bind_to_environ(request.environ)
    try:
        adapter.match(bare, method=request.method)
    except RequestRedirect:
        pass
    except HTTPException:
        return None
    query = request.query_string.decode("latin-1")
    return request.root_path + bare + (f"?{query}" if query else "")
