"""The archivist's upload in a real browser (headless Chromium, real HTTP server):
log in, choose the answer and its metadata, read the report, confirm, find it in the search."""

from __future__ import annotations

import pytest

from .archive_helpers import PASSWORD, archive_app, make_answer, marker, snapshot
from .conftest import BROWSER_TIMEOUT_MS, serving

pytestmark = pytest.mark.browser


@pytest.fixture
def site(tmp_path):
    app, corpus, index = archive_app(tmp_path)
    with serving(app) as base_url:
        yield base_url, corpus, index, tmp_path / "incoming"


@pytest.fixture
def page(browser, site):
    context = browser.new_context(base_url=site[0], locale="de-DE")
    context.set_default_timeout(BROWSER_TIMEOUT_MS)
    yield context.new_page()
    context.close()


def log_in(page, password: str = PASSWORD) -> None:
    page.goto("/archiv/")
    page.get_by_label("Name").fill("archivarin")
    page.get_by_label("Passwort").fill(password)
    page.get_by_role("button", name="Anmelden").click()


def test_upload_report_confirm_then_searchable(page, site):
    _, corpus, _, incoming = site
    source = make_answer(incoming, 7001)
    log_in(page)
    page.get_by_label("Antwort (.pdf oder .txt)").set_input_files(str(source))
    page.get_by_label("Metadaten (.json, optional)").set_input_files(str(source.with_suffix(".json")))
    page.get_by_role("button", name="Prüfen").click()
    assert "Neu: nw-17-7001: 5 Fragen, 14 Absätze" in page.get_by_role("status").inner_text()
    assert page.get_by_role("listitem").filter(has_text="Wie bewertet die Landesregierung").count() == 1
    assert not (corpus / "nw-17-7001.txt").exists()
    page.get_by_role("button", name="Hinzufügen").click()
    assert "hinzugefügt" in page.get_by_role("status").first.inner_text()
    page.goto(f"/?q={marker(7001)}")
    assert page.locator("li.hit").count() == 1
    assert "Testanfrage 7001" in page.locator("li.hit").inner_text()


def test_wrong_password_and_bad_file_change_nothing(page, site):
    _, corpus, index, incoming = site
    before = snapshot(corpus, index)
    log_in(page, "falsch")
    assert "Name oder Passwort ist falsch" in page.get_by_role("alert").inner_text()
    log_in(page)
    empty = incoming / "leer.txt"
    incoming.mkdir(parents=True, exist_ok=True)
    empty.write_bytes(b"")
    page.get_by_label("Antwort (.pdf oder .txt)").set_input_files(str(empty))
    page.get_by_role("button", name="Prüfen").click()
    assert "Abgelehnt, nichts geändert" in page.get_by_role("alert").inner_text()
    assert "leer" in page.locator("ul.errors").inner_text()
    assert page.get_by_role("button", name="Hinzufügen").count() == 0
    assert snapshot(corpus, index) == before
