"""One error handler: JSON under ``/api``, otherwise ``<status>.html`` or ``error.html``."""

from __future__ import annotations

from flask import Flask, jsonify, render_template, request
from flask_wtf.csrf import CSRFError
from jinja2 import TemplateNotFound
from werkzeug.exceptions import BadRequest, HTTPException, SecurityError, ServiceUnavailable

from indexer import IndexMissingError

MESSAGES = {
    400: "Die Anfrage ist ungültig.",
    404: "Diese Seite gibt es nicht.",
    405: "Diese Aktion ist hier nicht erlaubt.",
    413: "Die Datei ist zu groß.",
    429: "Zu viele Anfragen; bitte kurz warten.",
    500: "Ein interner Fehler ist aufgetreten.",
    503: "Der Suchindex ist noch nicht verfügbar.",
}
CSRF_MESSAGE = "Das Formular ist abgelaufen oder ungültig (CSRF-Schutz). Bitte die Seite neu laden."


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(IndexMissingError, handle_index_missing)
    app.register_error_handler(CSRFError, handle_csrf_error)
    app.register_error_handler(SecurityError, handle_untrusted_host)


def handle_untrusted_host(error: SecurityError):
    """A ``Host`` outside ``TRUSTED_HOSTS``: plain text, since no link can be built for it."""
    return "Diese Adresse (Host) wird hier nicht bedient.", 400, {"Content-Type": "text/plain; charset=utf-8"}


def handle_index_missing(error: IndexMissingError):
    return handle_http_error(ServiceUnavailable(str(error)))


def handle_csrf_error(error: CSRFError):
    """Flask-WTF says why in English (token missing, expired, …); the user gets one German sentence."""
    return handle_http_error(BadRequest(CSRF_MESSAGE))


def handle_http_error(error: HTTPException):
    status = error.code or 500
    custom = error.description and error.description != type(error).description
    message = error.description if custom else MESSAGES.get(status, "Ein Fehler ist aufgetreten.")
    if request.path.startswith("/api/"):
        return jsonify({"error": message, "status": status}), status
    # a page's own message is its heading („Das Dokument „…“ hat keine Frage 99.“), as the API says it; the status's
    # general words („Diese Seite gibt es nicht.“) only where nothing more is known
    context = {"status": status, "title": message if custom else MESSAGES.get(status, "Fehler"), "message": message}
    try:
        return render_template(f"{status}.html", **context), status
    except TemplateNotFound:
        return render_template("error.html", **context), status
