"""The site under attack from the network: a forged ``Host`` header, a login flood, a stolen
session cookie; and the headers every response carries against framing, sniffing and caching."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest
from werkzeug.security import generate_password_hash

from web import create_app
from web.login_guard import SessionVersions

from .archive_helpers import SEED_ID, fresh_installation, make_answer, snapshot
from .test_archive_web import FAST_HASH, PASSWORD, csrf, logged_in, upload

EVIL = "evil.example"
PUBLIC = "https://anfragen.example"


@pytest.fixture
def public_app(index_dir, corpus_dir):
    return create_app(
        {"TESTING": True, "INDEX_DIR": str(index_dir), "CORPUS_DIR": str(corpus_dir), "PUBLIC_URL": PUBLIC}
    )


@pytest.mark.parametrize(
    "path",
    [
        "/opensearch.xml",
        "/feed.atom?q=Schule",
        f"/dokument/{SEED_ID}",
        f"/api/dokument/{SEED_ID}/zitat",
        f"/dokument/{SEED_ID}/zitat.bib",
        "/api/openapi.json",
        "/export.json?q=Schule",
    ],
)
def test_forged_host_header_never_reaches_links(public_app, path):
    response = public_app.test_client().get(path, headers={"Host": EVIL})
    body = response.get_data(as_text=True)
    assert response.status_code == 200
    assert EVIL not in body and PUBLIC in body


def test_untrusted_host_is_refused(index_dir, corpus_dir):
    app = create_app(
        {
            "TESTING": True,
            "INDEX_DIR": str(index_dir),
            "CORPUS_DIR": str(corpus_dir),
            "TRUSTED_HOSTS": "anfragen.example, localhost",
        }
    )
    assert app.test_client().get("/", headers={"Host": EVIL}).status_code == 400
    assert app.test_client().get("/", headers={"Host": "anfragen.example"}).status_code == 200


@pytest.mark.parametrize("path", ["/", "/?q=Schule", f"/dokument/{SEED_ID}", "/api/search?q=Schule", "/gibt-es-nicht"])
def test_security_and_cache_headers_on_every_response(client, path):
    headers = client.get(path).headers
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Cache-Control"] and "Accept-Encoding" in headers["Vary"]


def test_public_search_is_cached_publicly_and_the_archive_never(site):
    client = site.test_client()
    assert client.get("/?q=Schule").headers["Cache-Control"] == "public, max-age=60"
    assert client.get("/archiv/anmelden").headers["Cache-Control"] == "no-store"
    # Once a visitor holds a session cookie, even public pages are theirs alone.
    assert client.get("/?q=Schule").headers["Cache-Control"] == "no-store"


@pytest.fixture
def site(tmp_path):
    corpus, index = fresh_installation(tmp_path / "site")
    return create_app(
        {
            "TESTING": True,
            "INDEX_DIR": str(index),
            "CORPUS_DIR": str(corpus),
            "SECRET_KEY": "test-geheimnis",
            "ARCHIVE_UPLOAD_DIR": str(tmp_path / "uploads"),
            "ARCHIVE_SESSION_FILE": str(tmp_path / "sitzungen.json"),
            "ARCHIVE_LOGIN_LIMIT": "5 per minute",
            "ARCHIVE_USERS": {"archivarin": generate_password_hash(PASSWORD, method=FAST_HASH)},
        }
    )


def _attempt(client, name="archivarin", password="falsch", address="10.0.0.1"):
    page = client.get("/archiv/anmelden").get_data(as_text=True)
    return client.post(
        "/archiv/anmelden",
        data={"name": name, "password": password, "csrf_token": csrf(page)},
        environ_base={"REMOTE_ADDR": address},
    )


def test_login_flood_is_limited_per_address_and_searches_go_on(site):
    client = site.test_client()
    codes = [_attempt(client, name=f"rater{i}").status_code for i in range(8)]
    assert codes[:5] == [401] * 5 and codes[5:] == [429] * 3
    refused = _attempt(client, name="archivarin", password=PASSWORD)
    assert refused.status_code == 429 and "Zu viele Anmeldeversuche" in refused.get_data(as_text=True)
    assert _attempt(client, password=PASSWORD, address="10.0.0.2").status_code == 302  # another address
    assert client.get("/?q=Schule").status_code == 200


def test_login_flood_is_limited_per_user_name_across_addresses(site):
    client = site.test_client()
    codes = [_attempt(client, address=f"10.0.1.{i}").status_code for i in range(7)]
    assert codes[:5] == [401] * 5 and codes[5:] == [429] * 2


def test_logout_ends_the_session_on_the_server(site):
    client = logged_in(site)
    stolen = client.get_cookie("session").value
    assert client.get("/archiv/").status_code == 200
    token = csrf(client.get("/archiv/").get_data(as_text=True))
    assert client.post("/archiv/abmelden", data={"csrf_token": token}).status_code == 302
    thief = site.test_client()
    thief.set_cookie("session", stolen)
    response = thief.get("/archiv/")
    assert response.status_code == 302 and "/archiv/anmelden" in response.headers["Location"]


def test_production_session_cookie_is_secure_httponly_and_samesite(tmp_path):
    corpus, index = fresh_installation(tmp_path / "site")
    config = {
        "INDEX_DIR": str(index),
        "CORPUS_DIR": str(corpus),
        "SECRET_KEY": "test-geheimnis",
        "ARCHIVE_SESSION_FILE": str(tmp_path / "sitzungen.json"),
        "ARCHIVE_USERS": {"archivarin": generate_password_hash(PASSWORD, method=FAST_HASH)},
    }
    app = create_app(config, production=True)
    client = app.test_client()
    response = _attempt(client, password=PASSWORD)
    cookie = response.headers["Set-Cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_upload_whose_sidecar_has_a_number_for_a_party_is_refused_and_leaves_nothing(tmp_path):
    corpus, index = fresh_installation(tmp_path / "site")
    uploads = tmp_path / "uploads"
    app = create_app(
        {
            "TESTING": True,
            "INDEX_DIR": str(index),
            "CORPUS_DIR": str(corpus),
            "SECRET_KEY": "test-geheimnis",
            "ARCHIVE_UPLOAD_DIR": str(uploads),
            "ARCHIVE_SESSION_FILE": str(tmp_path / "sitzungen.json"),
            "ARCHIVE_USERS": {"archivarin": generate_password_hash(PASSWORD, method=FAST_HASH)},
        }
    )
    path = make_answer(tmp_path / "in", 7501)
    sidecar = path.with_suffix(".json")
    meta = json.loads(sidecar.read_text(encoding="utf-8"))
    sidecar.write_text(json.dumps({**meta, "askers": [{"name": "Anna Beispiel", "party": 5}]}), encoding="utf-8")
    before = snapshot(corpus, index)
    response = upload(logged_in(app), path, sidecar=sidecar)
    assert response.status_code == 422 and "askers/0/party" in response.get_data(as_text=True)
    assert snapshot(corpus, index) == before and not any(uploads.iterdir())


def _log_out_many_times(path: str, times: int) -> None:
    for _ in range(times):
        SessionVersions(Path(path)).end_sessions("archivarin")


def test_concurrent_logouts_from_several_workers_lose_no_increment(tmp_path):
    """Gunicorn workers share the session file: every logout must move the version on."""
    path = str(tmp_path / "sitzungen.json")
    workers, times = 4, 25
    context = multiprocessing.get_context("fork")
    processes = [context.Process(target=_log_out_many_times, args=(path, times)) for _ in range(workers)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(30)
    assert all(process.exitcode == 0 for process in processes)
    assert SessionVersions(Path(path)).current("archivarin") == workers * times
