"""``anfragen serve``'s development server reads umlauts typed unencoded into a URL as typed, as curl sends them."""

import socket
from urllib.parse import urlsplit

from .conftest import serving


def raw_get(base_url: str, target: bytes) -> str:
    """The body of a GET for ``target`` sent as raw bytes (as curl sends ``?q=Förderung``)."""
    address = urlsplit(base_url)
    with socket.create_connection((address.hostname, address.port), timeout=10) as connection:
        connection.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        response = b"".join(iter(lambda: connection.recv(65536), b""))
    return response.partition(b"\r\n\r\n")[2].decode("utf-8")


def test_umlauts_typed_unencoded_read_as_typed(app):
    with serving(app) as base_url:
        page = raw_get(base_url, "/?q=Förderung".encode())
        api = raw_get(base_url, "/api/search?q=Förderung".encode())
        escaped = raw_get(base_url, b"/?q=F%C3%B6rderung")
    assert "Antworten für „Förderung“" in page and "Ã" not in page
    assert '"query":"Förderung"' in api.replace(" ", "")
    assert page.count("„Förderung“") == escaped.count("„Förderung“")
