"""Headers every response carries: what the browser may load and frame, and what caches may keep.

A small after-request hook rather than Flask-Talisman: the policy is five fixed headers, and
Talisman's defaults (redirect to HTTPS, its own cookie and nonce handling) would fight the
loopback server, the tests and :mod:`web.production`'s cookie settings.
"""

from __future__ import annotations

from flask import Flask, Response, current_app, request

# Only our own scripts, styles and forms; no plugins, no framing, no foreign <base>.
CSP = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
# Public pages change when a document is added; a minute of caching is harmless.
PUBLIC_CACHE = "public, max-age=60"


def init_app(app: Flask) -> None:
    app.after_request(secure_headers)


def secure_headers(response: Response) -> Response:
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CSP)
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "same-origin")  # search words never leave for linked sites
    response.vary.add("Accept-Encoding")
    if "Cache-Control" not in headers:
        headers["Cache-Control"] = "no-store" if _private(response) else PUBLIC_CACHE
    return response


def _private(response: Response) -> bool:
    """Whether a shared cache must not keep this response.

    Decided without touching the ``session`` proxy: on Flask 3.1 merely reading it marks the
    session accessed, which would make every page private.
    """
    cookie = current_app.config["SESSION_COOKIE_NAME"]
    return (
        request.path.startswith("/archiv")
        or cookie in request.cookies
        or "Set-Cookie" in response.headers
        or response.status_code >= 400
    )
