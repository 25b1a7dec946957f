"""The development server of ``anfragen serve`` (Werkzeug's), reading umlauts typed unencoded into a URL as typed.

A browser sends ``Ärztemangel`` as ``%C3%84rztemangel``; curl and scripts send the two raw bytes.  Python's HTTP
server reads them as two Latin-1 characters, which PEP 3333 asks for, but Werkzeug's handler encodes the query once
more as UTF-8, so the app read „Ãrztemangel“.  This handler hands the query on as PEP 3333 says, as gunicorn
(``--production``) does; percent-escaped queries are the same either way.  Only the query: no route takes a path
with umlauts (document ids are ASCII), so ``PATH_INFO`` is left as Werkzeug makes it.
"""

from __future__ import annotations

from urllib.parse import urlsplit
from wsgiref.types import WSGIEnvironment

from werkzeug.serving import WSGIRequestHandler


class RequestHandler(WSGIRequestHandler):
    def make_environ(self) -> WSGIEnvironment:
        environ = super().make_environ()
        environ["QUERY_STRING"] = urlsplit(self.path).query  # the raw bytes as Latin-1 characters
        return environ
