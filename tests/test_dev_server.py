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


def test_serve_on_a_port_in_use_says_so_in_german_before_claiming_to_run(corpus_dir, index_dir):
    """Werkzeug printed „Anfragen läuft auf …“, then „Address already in use“ in English."""
    from click.testing import CliRunner

    from web.cli import main

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        args = ["--corpus", str(corpus_dir), "--index", str(index_dir), "serve", "--port", str(port)]
        result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert f"Fehler: Port {port} ist schon belegt (läuft Anfragen schon?); ein anderer: --port {port + 1}." in (
        result.output
    )
    assert "läuft auf" not in result.output and "already" not in result.output
