"""``/archiv``: login, CSRF, upload → report → confirm → added; no write path for anyone else."""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import io
import json
import os
import pickle
import re
import shutil
import time
from pathlib import Path

import pytest
from werkzeug.security import generate_password_hash

import web.archive
from indexer import IndexStore
from indexer.archive.changes import stage_change
from web import create_app

from .archive_helpers import (
    FAST_HASH,
    PASSWORD,
    SEED_ID,
    archive_app,
    fresh_installation,
    make_answer,
    marker,
    snapshot,
)

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def site(tmp_path):
    app, corpus, index = archive_app(tmp_path, ARCHIVE_LOCK_TIMEOUT=0.3)
    app.corpus, app.index, app.incoming = corpus, index, tmp_path / "incoming"
    return app


def csrf(page: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def logged_in(app):
    client = app.test_client()
    page = client.get("/archiv/anmelden").get_data(as_text=True)
    response = client.post(
        "/archiv/anmelden", data={"name": "archivarin", "password": PASSWORD, "csrf_token": csrf(page)}
    )
    assert response.status_code == 302 and response.headers["Location"].endswith("/archiv/")
    return client


def upload(client, path, name=None, sidecar=None):
    token = csrf(client.get("/archiv/").get_data(as_text=True))
    data = {"csrf_token": token, "datei": (io.BytesIO(path.read_bytes()), name or path.name)}
    if sidecar is not None:
        data["metadaten"] = (io.BytesIO(sidecar.read_bytes()), sidecar.name)
    return client.post("/archiv/pruefen", data=data, content_type="multipart/form-data")


def test_upload_report_confirm_added_and_searchable(site):
    client = logged_in(site)
    source = make_answer(site.incoming, 7001)
    report = upload(client, source, sidecar=source.with_suffix(".json"))
    page = report.get_data(as_text=True)
    assert report.status_code == 200
    assert "Neu: nw-17-7001: 5 Fragen, 14 Absätze" in page and "17/7001" in page
    assert not (site.corpus / "nw-17-7001.txt").exists()  # only the report so far
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    done = client.post("/archiv/hinzufuegen", data={"csrf_token": csrf(page), "token": token}, follow_redirects=True)
    assert "nw-17-7001: 5 Fragen, 14 Absätze — hinzugefügt" in done.get_data(as_text=True)
    hits = client.get(f"/api/search?q={marker(7001)}").get_json()["hits"]
    assert [(h["doc_id"], h["question"]) for h in hits] == [("nw-17-7001", 1)]
    again = client.post("/archiv/hinzufuegen", data={"csrf_token": csrf(page), "token": token})
    assert again.status_code == 400  # a report is confirmed once


def test_confirming_while_another_write_runs_changes_nothing_and_keeps_the_files_for_another_try(site):
    """The refusal said „Bitte später erneut versuchen“, but the checked files were gone: „Hinzufügen“ again was „Keine
    geprüfte Datei zum Hinzufügen – bitte erneut hochladen.“"""
    client = logged_in(site)
    source = make_answer(site.incoming, 7001)
    page = upload(client, source, sidecar=source.with_suffix(".json")).get_data(as_text=True)
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    before = snapshot(site.corpus, site.index)
    with IndexStore(site.index).write_lock():
        response = client.post("/archiv/hinzufuegen", data={"csrf_token": csrf(page), "token": token})
    busy = response.get_data(as_text=True)
    assert response.status_code == 409
    assert (
        "Gerade ändert ein anderer Vorgang das Archiv (etwa ein Neuaufbau des Index); antwort-7001.txt ist noch nicht "
        "hinzugefügt. Die geprüften Dateien bleiben bis eine Stunde nach der Prüfung bereit: Ist er fertig, fügt "
        "„Erneut versuchen“ sie hinzu."
    ) in busy
    assert snapshot(site.corpus, site.index) == before
    retry = re.search(r'name="token" value="([^"]+)"', busy).group(1)
    done = client.post("/archiv/hinzufuegen", data={"csrf_token": csrf(busy), "token": retry}, follow_redirects=True)
    assert "nw-17-7001: 5 Fragen, 14 Absätze — hinzugefügt" in done.get_data(as_text=True)
    assert [hit["doc_id"] for hit in client.get(f"/api/search?q={marker(7001)}").get_json()["hits"]] == ["nw-17-7001"]


def test_another_try_after_the_checked_files_expired_says_to_upload_again(site, tmp_path):
    """An upload an hour after the busy refusal drops the kept files; „Erneut versuchen“ then said „Datei nicht lesbar
    (die Datei gibt es nicht)“ as if the archivist's file were broken."""
    client = logged_in(site)
    source = make_answer(site.incoming, 7001)
    page = upload(client, source, sidecar=source.with_suffix(".json")).get_data(as_text=True)
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    with IndexStore(site.index).write_lock():
        busy = client.post("/archiv/hinzufuegen", data={"csrf_token": csrf(page), "token": token}).get_data(
            as_text=True
        )
    for folder in (tmp_path / "uploads").iterdir():
        os.utime(folder, (time.time() - 2 * 3600, time.time() - 2 * 3600))
    upload(logged_in(site), make_answer(site.incoming / "andere", 7002))  # another archivist, an hour later
    before = snapshot(site.corpus, site.index)
    retry = re.search(r'name="token" value="([^"]+)"', busy).group(1)
    response = client.post("/archiv/hinzufuegen", data={"csrf_token": csrf(busy), "token": retry})
    assert response.status_code == 410
    assert "nicht mehr bereit (eine Stunde nach der Prüfung verworfen) – bitte erneut hochladen" in response.get_data(
        as_text=True
    )
    assert snapshot(site.corpus, site.index) == before


def test_identical_upload_is_reported_unchanged_without_a_confirm_button(site):
    client = logged_in(site)
    page = upload(client, site.corpus / f"{SEED_ID}.txt").get_data(as_text=True)
    assert "Unverändert" in page and 'name="token"' not in page


@pytest.mark.parametrize(
    "name, content, status, reason",
    [
        # the form refuses a file type outright (400); a file that fails inspection is unprocessable (422)
        ("leer.txt", b"", 422, "leer"),
        ("muell.txt", bytes(range(256)) * 8, 422, "Binärdaten"),
        # a Word file as written is told how to make it one (a renamed one was, this one was not)
        (
            "antwort.docx",
            b"PK\x03\x04",
            400,
            "nur .pdf- und .txt-Dateien werden angenommen. Eine Word- oder Office-Datei: bitte als PDF speichern "
            "(in Word „Speichern unter“ → PDF) oder als .txt hochladen. Nichts geändert.",
        ),
        ("../../../etc/nw-17-7001.txt", b"\x00\x01", 422, "Binärdaten"),
        # a Word or RTF file renamed to .txt is told how to make it one, as one renamed to .pdf is
        (
            "antwort.txt",
            b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml",
            422,
            "antwort.txt: Die Datei ist keine Textdatei. Ihr Inhalt ist eine Word- oder andere Office-Datei (.docx, "
            ".odt) oder ein ZIP-Archiv: bitte als PDF speichern (in Word „Speichern unter“ → PDF) oder als .txt "
            "hochladen.",
        ),
        ("antwort.txt", b"{\\rtf1\\ansi Antwort der Landesregierung}", 422, "Ihr Inhalt ist eine RTF-Datei"),
    ],
)
def test_bad_uploads_are_refused_and_change_nothing(site, name, content, status, reason, tmp_path):
    client = logged_in(site)
    before = snapshot(site.corpus, site.index)
    (tmp_path / "upload").write_bytes(content)
    response = upload(client, tmp_path / "upload", name=name)
    assert response.status_code == status
    assert reason in response.get_data(as_text=True)
    assert snapshot(site.corpus, site.index) == before
    assert list((tmp_path / "uploads").glob("*/*")) == []  # refused uploads are not kept


def test_a_broken_metadata_upload_is_named_as_uploaded_and_explained_in_german(site, tmp_path):
    client = logged_in(site)
    before = snapshot(site.corpus, site.index)
    source = make_answer(site.incoming, 7001)
    (tmp_path / "meta-kaputt.json").write_text("{kaputt", encoding="utf-8")
    response = upload(client, source, name="gleich.txt", sidecar=tmp_path / "meta-kaputt.json")
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert (
        "meta-kaputt.json: Metadaten-Datei ist kein gültiges JSON (Zeile 1, Spalte 2: "
        "hier wird ein Name in doppelten Anführungszeichen erwartet"
    ) in page
    assert "upload.json" not in page and "Expecting" not in page
    assert snapshot(site.corpus, site.index) == before


def test_an_upload_just_over_the_limit_says_how_big_it_is(site, tmp_path):
    client = logged_in(site)
    big = tmp_path / "gross.txt"
    big.write_bytes(b"a" * 21_000_000)
    response = upload(client, big)
    assert response.status_code == 422
    assert "Die Datei ist 20,03 MB groß; erlaubt sind höchstens 20 MB." in response.get_data(as_text=True)


def test_fifty_megabytes_are_refused_and_nothing_is_kept(site, tmp_path):
    client = logged_in(site)
    before = snapshot(site.corpus, site.index)
    big = tmp_path / "riesig.txt"
    big.write_bytes(b"a" * (50 * 2**20))
    response = upload(client, big)
    assert response.status_code == 422
    assert "Die Datei ist 50,0 MB groß; erlaubt sind höchstens 20 MB." in response.get_data(as_text=True)
    assert snapshot(site.corpus, site.index) == before
    assert list((tmp_path / "uploads").glob("*/*")) == []  # refused uploads are not kept


def _answer_with_attachment(directory: Path, number: int) -> Path:
    """Answer ``number`` as a PDF of 11 MB: its text, and a table attached to the PDF as a file."""
    from fpdf import FPDF

    source = make_answer(directory, number)
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for line in source.read_text(encoding="utf-8").splitlines():
        pdf.cell(0, 5, line.encode("latin-1", "replace").decode("latin-1"), new_x="LMARGIN", new_y="NEXT")
    pdf.embed_file(bytes=bytes(range(256)) * 43_000, basename="tabelle.xlsx", compress=False)
    path = directory / f"nw-17-{number}.pdf"
    pdf.output(str(path))
    source.with_suffix(".json").rename(path.with_suffix(".json"))
    return path


def test_files_over_twenty_megabytes_together_are_checked_file_by_file(site, tmp_path):
    """Two answers of 11 MB each, uploaded at once: each under the 20 MB a file may have, together over them. The
    upload was refused as „Die Datei ist zu groß: erlaubt sind höchstens 20 MB.“, though no file was."""
    client = logged_in(site)
    files = [_answer_with_attachment(site.incoming, number) for number in (7001, 7002)]
    assert all(11_000_000 < path.stat().st_size < 20 * 2**20 for path in files)
    page = upload_many(client, files, [path.with_suffix(".json") for path in files]).get_data(as_text=True)
    assert "Neu: nw-17-7001: 5 Fragen" in page and "Neu: nw-17-7002: 5 Fragen" in page
    assert "zu groß" not in page


def test_an_operators_own_upload_limit_holds_for_archivists_too(tmp_path):
    """The batch limit for archivists raised an operator's lower MAX_CONTENT_LENGTH to 200 MB."""
    app, corpus, index = archive_app(tmp_path, MAX_CONTENT_LENGTH=2 * 2**20)
    app.corpus, app.index, app.incoming = corpus, index, tmp_path / "incoming"
    client = logged_in(app)
    token = csrf(client.get("/archiv/").get_data(as_text=True))
    files = [(io.BytesIO(b"a" * 2**20), f"antwort-{number}.txt") for number in range(3)]
    response = client.post(
        "/archiv/pruefen", data={"csrf_token": token, "datei": files}, content_type="multipart/form-data"
    )
    assert response.status_code == 413
    assert list((tmp_path / "uploads").glob("*/*")) == []


def test_a_batch_over_the_limit_of_an_upload_says_to_upload_it_in_parts(site, tmp_path):
    client = logged_in(site)
    before = snapshot(site.corpus, site.index)
    token = csrf(client.get("/archiv/").get_data(as_text=True))
    part = b"a" * (19 * 2**20)
    files = [(io.BytesIO(part), f"antwort-{number}.txt") for number in range(11)]
    response = client.post(
        "/archiv/pruefen", data={"csrf_token": token, "datei": files}, content_type="multipart/form-data"
    )
    assert response.status_code == 413
    assert (
        "Zusammen sind die Dateien zu groß (209 MB): erlaubt sind höchstens 20 MB je Datei und 200 MB je Upload. "
        "Bitte in mehreren Teilen hochladen. Nichts geändert."
    ) in response.get_data(as_text=True)
    assert snapshot(site.corpus, site.index) == before


def test_without_csrf_token_nothing_happens(site):
    client = logged_in(site)
    source = make_answer(site.incoming, 7001)
    before = snapshot(site.corpus, site.index)
    for token in ({}, {"csrf_token": "gefälscht"}):
        response = client.post(
            "/archiv/pruefen",
            data={**token, "datei": (io.BytesIO(source.read_bytes()), "a.txt")},
            content_type="multipart/form-data",
        )
        assert response.status_code == 400
        assert "Das Formular ist abgelaufen oder ungültig (CSRF-Schutz)" in response.get_data(as_text=True)
    assert client.post("/archiv/anmelden", data={"name": "archivarin", "password": PASSWORD}).status_code == 400
    assert snapshot(site.corpus, site.index) == before


def test_wrong_password_and_anonymous_users_get_no_write_path(site):
    client = site.test_client()
    page = client.get("/archiv/anmelden").get_data(as_text=True)
    wrong = client.post("/archiv/anmelden", data={"name": "archivarin", "password": "falsch", "csrf_token": csrf(page)})
    assert wrong.status_code == 401 and "Name oder Passwort ist falsch" in wrong.get_data(as_text=True)
    before = snapshot(site.corpus, site.index)
    for path in ("/archiv/", "/archiv/pruefen", "/archiv/hinzufuegen"):
        response = client.post(path, data={"csrf_token": csrf(page)}) if path != "/archiv/" else client.get(path)
        assert response.status_code == 302 and "/archiv/anmelden" in response.headers["Location"]
    assert snapshot(site.corpus, site.index) == before


@pytest.mark.parametrize(
    "config",
    [
        {},  # no archivists configured
        {"ARCHIVE_USERS": {"archivarin": generate_password_hash(PASSWORD, method=FAST_HASH)}},  # no secret key
    ],
)
def test_archive_does_not_exist_unless_configured(tmp_path, config):
    corpus, index = fresh_installation(tmp_path / "site")
    app = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus), **config})
    client = app.test_client()
    for path in ("/archiv/", "/archiv/anmelden"):
        assert client.get(path).status_code == 404
    assert client.post("/archiv/hinzufuegen").status_code == 404
    assert not any(rule.methods & {"POST", "PUT", "DELETE", "PATCH"} for rule in app.url_map.iter_rules())


def test_upload_whose_sidecar_links_a_script_is_refused_and_changes_nothing(site):
    client = logged_in(site)
    source = make_answer(site.incoming, 7001)
    sidecar = source.with_suffix(".json")
    sidecar.write_text(
        sidecar.read_text(encoding="utf-8").replace(
            "https://www.landtag.nrw.de/portal/WWW/dokumentenarchiv/Dokument/MMD17-6448.pdf", "javascript:alert(1)"
        ),
        encoding="utf-8",
    )
    before = snapshot(site.corpus, site.index)
    response = upload(client, source, sidecar=sidecar)
    page = response.get_data(as_text=True)
    assert response.status_code == 422 and "http- oder https-Adresse" in page
    assert 'name="token"' not in page
    assert snapshot(site.corpus, site.index) == before


def upload_many(client, files, sidecars=()):
    token = csrf(client.get("/archiv/").get_data(as_text=True))
    data = {
        "csrf_token": token,
        "datei": [(io.BytesIO(path.read_bytes()), path.name) for path in files],
        "metadaten": [(io.BytesIO(path.read_bytes()), path.name) for path in sidecars],
    }
    return client.post("/archiv/pruefen", data=data, content_type="multipart/form-data")


def test_several_files_at_once_then_links_to_each_added_document(site):
    client = logged_in(site)
    first, second = make_answer(site.incoming, 7001), make_answer(site.incoming, 7002)
    report = upload_many(client, [first, second], [first.with_suffix(".json"), second.with_suffix(".json")])
    page = report.get_data(as_text=True)
    assert report.status_code == 200 and "Prüfbericht (2 Dateien)" in page
    assert "Neu: nw-17-7001: 5 Fragen" in page and "Neu: nw-17-7002: 5 Fragen" in page
    assert "(1 Absatz)" in page and "(1 Absätze)" not in page
    assert "<dt>Drucksache (Antwort)</dt><dd>17/7001</dd>" in page and "Nr. 10001" in page
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    done = client.post("/archiv/hinzufuegen", data={"csrf_token": csrf(page), "token": token}, follow_redirects=True)
    added = done.get_data(as_text=True)
    assert 'href="/dokument/nw-17-7001">Zum Dokument nw-17-7001</a>' in added
    assert 'href="/dokument/nw-17-7002">Zum Dokument nw-17-7002</a>' in added
    assert client.get("/dokument/nw-17-7002").status_code == 200


def test_errors_name_the_uploaded_file_and_a_missing_metadata_file_is_a_warning(site, tmp_path):
    client = logged_in(site)
    broken = tmp_path / "Antwort vom Mai.txt"
    broken.write_bytes(bytes(range(256)) * 8)
    page = upload(client, broken).get_data(as_text=True)
    assert "Antwort vom Mai.txt" in page and "upload.txt" not in page
    bare = tmp_path / "nw-17-7003.txt"
    bare.write_text(make_answer(site.incoming, 7003).read_text(encoding="utf-8"), encoding="utf-8")
    report = upload(client, bare).get_data(as_text=True)
    assert "Keine Metadaten-Datei (.json) dabei" in report
    token = re.search(r'name="token" value="([^"]+)"', report).group(1)
    done = client.post("/archiv/hinzufuegen", data={"csrf_token": csrf(report), "token": token}, follow_redirects=True)
    assert "Warnung: Keine Metadaten-Datei" in done.get_data(as_text=True)


def test_a_metadata_file_named_like_no_upload_is_refused_with_how_to_name_it(site, tmp_path):
    client = logged_in(site)
    fixtures = [FIXTURES / "hh-21-3415.txt", FIXTURES / "hh-21-4756.txt"]
    meta = tmp_path / "meta.json"
    meta.write_text('{"title": "Hafenkräne"}', encoding="utf-8")
    before = snapshot(site.corpus, site.index)
    response = upload_many(client, fixtures, [meta])
    page = " ".join(response.get_data(as_text=True).split())
    assert response.status_code == 400
    assert (
        "meta.json: gehört zu keiner hochgeladenen Datei. Eine Metadaten-Datei muss heißen wie ihre Datei, "
        "nur mit der Endung .json (zu hh-21-3415.txt: hh-21-3415.json)" in page
    )
    assert "Keine Metadaten-Datei (.json) dabei" not in page and 'name="token"' not in page
    assert snapshot(site.corpus, site.index) == before


def test_one_upload_takes_the_metadata_file_of_its_name_and_refuses_the_other(site, tmp_path):
    """One text, two metadata files: the one named like the text is its own, the other is said to belong to none
    (the first one sent was taken before, and the right one called stray)."""
    client = logged_in(site)
    text = FIXTURES / "hh-21-3415.txt"
    stray, own = tmp_path / "meta.json", tmp_path / "hh-21-3415.json"
    stray.write_text('{"title": "Hafenkräne"}', encoding="utf-8")
    own.write_text('{"title": "Sonderinformationsverteiler"}', encoding="utf-8")
    page = " ".join(upload_many(client, [text], [stray, own]).get_data(as_text=True).split())
    assert "meta.json: gehört zu keiner hochgeladenen Datei." in page and "hh-21-3415.json: gehört" not in page


def test_the_report_names_what_a_replacements_metadata_file_loses_before_ersetzen(site, tmp_path):
    """The seed's metadata file links the PDF (``source_url``); a new one without it says so before confirming."""
    client = logged_in(site)
    meta = json.loads((site.corpus / f"{SEED_ID}.json").read_text(encoding="utf-8"))
    del meta["source_url"]
    sidecar = tmp_path / f"{SEED_ID}.json"
    sidecar.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    before = snapshot(site.corpus, site.index)
    page = upload(client, site.corpus / f"{SEED_ID}.txt", sidecar=sidecar).get_data(as_text=True)
    warning = (
        "Die neue Metadaten-Datei enthält nicht alle Angaben der bisherigen; "
        "beim Ersetzen gehen verloren: „source_url“."
    )
    assert "Ersetzt die vorhandene Fassung" in page and warning in page
    assert page.index(warning) < page.index("Ersetzen</button>")
    assert "Wortlaut wie bisher (Titel, Vorbemerkungen, Fragen, Antworten, Anlagen, Fußnoten)." in page
    assert snapshot(site.corpus, site.index) == before  # only the report so far


def test_a_replacement_with_fewer_questions_names_the_questions_whose_links_it_breaks(site, tmp_path):
    """A new version without the seed's question 5 replaced it silently: ``#frage-5`` and a citation of Frage 5
    led nowhere afterwards.  The report says so before „Ersetzen“."""
    client = logged_in(site)
    text = (site.corpus / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    shorter = tmp_path / f"{SEED_ID}.txt"
    shorter.write_text(text[: text.index("5. Wie wird die Landesregierung Kommunen")], encoding="utf-8")
    page = " ".join(upload(client, shorter).get_data(as_text=True).split())
    warning = (
        "Die neue Fassung hat keine Frage 5 (die bisherige schon): "
        "Links und Zitate auf diese Frage finden nach dem Ersetzen nichts mehr."
    )
    assert "Ersetzt die vorhandene Fassung" in page and "4 Fragen" in page
    assert "Geändert gegenüber der bisherigen Fassung: entfallene Frage 5." in page
    assert warning in page and page.index(warning) < page.index("Ersetzen</button>")


def test_a_refused_file_among_good_ones_is_named_beside_the_button_that_adds_the_others(site, tmp_path):
    """Two files, one refused: the button said only „Hinzufügen“ under the refusal; what it would add was a guess."""
    client = logged_in(site)
    good = make_answer(site.incoming, 7004)
    bad = tmp_path / "kaputt.pdf"
    bad.write_bytes(b"kein PDF")
    page = " ".join(upload_many(client, [good, bad], [good.with_suffix(".json")]).get_data(as_text=True).split())
    said = "Übernommen wird nur, was die Prüfung bestanden hat (1 von 2 Dateien); nicht: kaputt.pdf."
    assert said in page and page.index(said) < page.index("Hinzufügen</button>")


def test_after_adding_a_batch_the_page_names_the_files_the_check_refused_and_why(site, tmp_path):
    """Of a batch with refused files the page after „Hinzufügen“ listed only the added ones: which to mend and
    upload again, and why, was said on the report alone, gone once confirmed."""
    client = logged_in(site)
    good = make_answer(site.incoming, 7005)
    bad, empty = tmp_path / "kaputt.pdf", tmp_path / "leer.txt"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    empty.write_bytes(b"")
    report = upload_many(client, [good, bad, empty], [good.with_suffix(".json")]).get_data(as_text=True)
    token = re.search(r'name="token" value="([^"]+)"', report).group(1)
    done = client.post("/archiv/hinzufuegen", data={"csrf_token": csrf(report), "token": token}, follow_redirects=True)
    page = " ".join(done.get_data(as_text=True).split())
    assert "Zum Dokument nw-17-7005" in page
    assert (
        "kaputt.pdf: nicht hinzugefügt, bei der Prüfung abgelehnt: Das PDF ist beschädigt oder unvollständig – es "
        "endet ohne die Schlussmarke %%EOF: wohl ein abgebrochener Download. Bitte die Datei erneut herunterladen. "
        "Korrigiert erneut hochladen." in page
    )
    assert "leer.txt: nicht hinzugefügt, bei der Prüfung abgelehnt: Die Datei ist leer. Korrigiert erneut" in page
    assert not any((site.corpus / name).exists() for name in ("kaputt.pdf", "leer.txt"))
    uploads = Path(site.config["ARCHIVE_UPLOAD_DIR"])
    assert not list(uploads.iterdir())  # said once, then nothing of the batch is kept
    assert "kaputt.pdf" not in client.get("/archiv/").get_data(as_text=True)


def test_an_upload_named_by_its_id_in_capitals_is_named_by_its_id(site, tmp_path):
    """„HE-19-3050.txt“, a text that prints no Drucksache, was stored as „upload.txt“ and refused: „bitte die Datei
    nach ihrer Kennung benennen“."""
    source = tmp_path / "HE-19-3050.txt"
    shutil.copy(FIXTURES / "he-19-3050.txt", source)
    page = " ".join(upload(logged_in(site), source).get_data(as_text=True).split())
    assert "Neu: he-19-3050: " in page and "nach ihrer Kennung benennen" not in page


def test_two_uploads_of_one_document_are_not_both_new(site, tmp_path):
    """Two files of Drs. 17/7006 in one upload were both „Neu“; confirming kept the second, the first vanished."""
    client = logged_in(site)
    first = make_answer(site.incoming / "a", 7006)
    other = make_answer(site.incoming / "b", 7006, extra_sentence="Zusatzwortzwei ")
    second = tmp_path / "zweite Fassung.txt"
    shutil.copy(other, second)
    shutil.copy(other.with_suffix(".json"), second.with_suffix(".json"))
    sidecars = [first.with_suffix(".json"), second.with_suffix(".json")]
    page = " ".join(upload_many(client, [first, second], sidecars).get_data(as_text=True).split())
    assert page.count("Neu: nw-17-7006") == 1
    assert f"Dieselbe Kennung nw-17-7006 wie {first.name} in diesem Aufruf" in page
    assert "nicht: zweite Fassung.txt." in page


def test_a_file_in_the_wrong_field_is_told_which_field_it_belongs_in(site, tmp_path):
    """A metadata file chosen as the answer was „nur .pdf- und .txt-Dateien“, an answer chosen as the metadata file
    „kein gültiges JSON“; neither said the file was in the wrong field."""
    client = logged_in(site)
    answer = make_answer(site.incoming, 7007)
    before = snapshot(site.corpus, site.index)
    swapped = upload_many(client, [answer.with_suffix(".json")], [answer])
    page = " ".join(swapped.get_data(as_text=True).split())
    assert swapped.status_code == 400
    assert "antwort-7007.json: eine Metadaten-Datei gehört ins Feld „Metadaten (.json, optional)“." in page
    assert "antwort-7007.txt: eine Antwort gehört ins Feld „Antwort (.pdf oder .txt)“. Nichts geändert." in page
    assert snapshot(site.corpus, site.index) == before


def test_the_report_and_the_question_list_number_questions_as_the_document_prints_them(site):
    """Berlin prints 1, 2, 2a, 2b, 3 …: the report and the document's question list said 1 to 7, so „3.“ stood
    beside Frage 2a; the report also leaves out neither the date of the Kleine Anfrage nor a joint answer."""
    client = logged_in(site)
    page = upload(client, FIXTURES / "be-17-12186.txt").get_data(as_text=True)
    numbers = re.findall(r'<span class="nr">([^<]+)</span>', page)
    assert numbers == ["1.", "2.", "2a.", "2b.", "3.", "4.", "5."]
    assert "<dt>Kleine Anfrage</dt><dd>vom 03.06.2013</dd>" in page
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    client.post("/archiv/hinzufuegen", data={"csrf_token": csrf(page), "token": token})
    document = client.get("/dokument/be-17-12186").get_data(as_text=True)
    listing = re.search(r'<nav class="questions".*?</nav>', document, re.S).group(0)
    assert re.findall(r'<span class="nr">([^<]+)</span> <a href="#([^"]+)"', listing)[2:5] == [
        ("2a.", "frage-3"),
        ("2b.", "frage-4"),
        ("3.", "frage-5"),
    ]
    page = upload(client, FIXTURES / "hh-21-18543.txt").get_data(as_text=True)
    assert "<dt>Schriftliche Kleine Anfrage</dt><dd>vom 02.10.2019</dd>" in page
    assert "(1 Absatz, gemeinsam mit 2, 3)" in page


def test_a_metadata_file_alone_is_told_to_bring_its_answer(site, tmp_path):
    """Only the .json chosen: the page said „Bitte eine Datei auswählen.“ though a file was chosen."""
    client = logged_in(site)
    sidecar = tmp_path / "nw-17-7001.json"
    sidecar.write_text('{"title": "Pflege"}', encoding="utf-8")
    token = csrf(client.get("/archiv/").get_data(as_text=True))
    data = {"csrf_token": token, "metadaten": (io.BytesIO(sidecar.read_bytes()), sidecar.name)}
    response = client.post("/archiv/pruefen", data=data, content_type="multipart/form-data")
    assert response.status_code == 400
    assert (
        "Nur die Metadaten-Datei nw-17-7001.json gewählt: bitte auch die Antwort im Feld „Antwort (.pdf oder .txt)“ "
        "auswählen. Nichts geändert." in response.get_data(as_text=True)
    )
    # several: said in the plural (it was „Nur die Metadaten-Datei a.json, b.json gewählt“)
    files = [(io.BytesIO(sidecar.read_bytes()), name) for name in ("nw-17-7001.json", "nw-17-7002.json")]
    data = {"csrf_token": token, "metadaten": files}
    response = client.post("/archiv/pruefen", data=data, content_type="multipart/form-data")
    assert response.status_code == 400
    assert (
        "Nur die Metadaten-Dateien nw-17-7001.json, nw-17-7002.json gewählt: bitte auch die Antworten im Feld "
        "„Antwort (.pdf oder .txt)“ auswählen. Nichts geändert." in response.get_data(as_text=True)
    )


def test_an_answer_without_its_drucksache_is_told_to_be_named_by_its_id(site):
    """„Antwort Hessen.txt“ (he-19-2364, whose text prints no Drucksache): the refusal asked only for a metadata
    file with 'id'; naming the file by its id is enough (the report then says the Drucksache came from the name)."""
    client = logged_in(site)
    response = upload(client, FIXTURES / "he-19-2364.txt", name="Antwort Hessen.txt")
    page = " ".join(response.get_data(as_text=True).split())
    assert response.status_code == 422
    assert (
        "Dokumentkennung nicht ermittelbar: die Drucksachennummer fehlt im Text (erkannt: Hessischer Landtag); bitte "
        "die Datei nach ihrer Kennung benennen (Form: he-&lt;wahlperiode&gt;-&lt;nummer&gt;.txt bzw. .pdf, z. B. "
        "nw-17-6448.txt) oder eine Metadaten-Datei (JSON) mit &#39;id&#39; angeben."
    ) in page
    renamed = " ".join(upload(client, FIXTURES / "he-19-2364.txt").get_data(as_text=True).split())
    assert "Neu: he-19-2364: 4 Fragen" in renamed and "Drucksache nicht im Text gefunden; aus dem Dateinamen" in renamed


def test_the_upload_report_names_vorbemerkungen_footnotes_and_annexes(site):
    """The report listed the questions only: an answer's Vorbemerkungen, its 4 footnotes and 2 annexes (the tables
    the answers refer to) were read and indexed without a word, as if lost."""
    client = logged_in(site)
    page = upload(client, FIXTURES / "ni-19-11203.txt").get_data(as_text=True)
    assert "<dt>Vorbemerkungen</dt><dd>2 Absätze der Fragesteller, 1 der Landesregierung</dd>" in page
    assert "<dt>Fußnoten</dt><dd>4</dd>" in page
    assert "<dt>Anlagen</dt><dd>2 Anlagen (63 Zeilen, als „anlage:“ durchsuchbar): „Anlage 1“, „Anlage 2“</dd>" in page


def test_confirming_says_what_it_did_with_an_add_killed_before_it(site):
    """The web's add finished or dropped a killed write as the command line's does, and said nothing of it."""
    killed = stage_change(site.corpus, ["nw-17-7009"], {"nw-17-7009.txt": b"Antwort"}, [])
    (killed.path / "plan.json").unlink()  # killed before its commit point
    client = logged_in(site)
    source = make_answer(site.incoming, 7001)
    page = upload(client, source, sidecar=source.with_suffix(".json")).get_data(as_text=True)
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    done = client.post("/archiv/hinzufuegen", data={"csrf_token": csrf(page), "token": token}, follow_redirects=True)
    added = done.get_data(as_text=True)
    assert (
        "Vorher repariert: unvollständigen Schreibvorgang verworfen: nw-17-7009.txt nicht aufgenommen, bitte erneut "
        "hinzufügen"
    ) in added
    assert "nw-17-7001: 5 Fragen, 14 Absätze — hinzugefügt" in added


def test_the_page_of_a_removed_answer_says_it_is_gone_and_offers_its_drucksache(site):
    """A researcher's bookmark of an answer the archivist removed said „… ist nicht im Index.“ — a word of the
    machine — and led only to the empty search; the page says the answer is no longer in the archive and offers the
    search for its Drucksache, which shows the answers that cite it."""
    from indexer import Archive

    archive = Archive(site.corpus, site.index)
    archive.add(make_answer(site.incoming, 7001))
    client = site.test_client()
    assert client.get("/dokument/nw-17-7001").status_code == 200
    archive.remove("nw-17-7001")
    gone = client.get("/dokument/nw-17-7001")
    page = gone.get_data(as_text=True)
    assert gone.status_code == 404
    assert "Das Dokument „nw-17-7001“ ist nicht (mehr) im Archiv." in page
    assert '<a href="/?q=Drs.+17/7001">Drs. 17/7001 suchen</a> (auch Antworten, die sie zitieren)' in page
    assert client.get("/api/dokument/nw-17-7001").get_json()["error"] == (
        "Das Dokument „nw-17-7001“ ist nicht (mehr) im Archiv."
    )


def test_an_upload_is_parsed_once_for_its_report_and_its_adding_unless_its_metadata_changed_between(
    site, tmp_path, monkeypatch
):
    """A text near the upload limit took its whole check twice: for the report and again on „Hinzufügen“.  The
    report's check is kept for adding it — the same message — and made again only when the metadata it was read with
    changed in between (the archive's own, which a new version without metadata takes: read with it, the text was
    parsed once to learn its id and again with the metadata)."""
    import indexer.ingest.load as load

    parsed: list[str] = []
    real = load.extract_pages

    def counted(path, *args, **kwargs):  # the real reading, before each parse; of uploads (not the corpus's version)
        if site.corpus not in Path(path).parents:
            parsed.append(Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(load, "extract_pages", counted)
    client = logged_in(site)
    source = make_answer(site.incoming, 7001)
    page = upload(client, source, sidecar=source.with_suffix(".json")).get_data(as_text=True)
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    done = client.post("/archiv/hinzufuegen", data={"csrf_token": csrf(page), "token": token}, follow_redirects=True)
    assert "nw-17-7001: 5 Fragen, 14 Absätze — hinzugefügt" in done.get_data(as_text=True)
    assert parsed == ["upload.txt"]  # once: for the report

    parsed.clear()  # a new version of the seed without metadata, whose metadata another archivist changes meanwhile
    text = (site.corpus / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    changed = tmp_path / f"{SEED_ID}.txt"
    changed.write_text(text.replace("positiv bewertet", "sehr positiv bewertet", 1), encoding="utf-8")
    page = upload(client, changed).get_data(as_text=True)
    assert parsed == [f"{SEED_ID}.txt"]  # once, and merged with the archive's metadata it takes
    checked = len(parsed)
    meta = site.corpus / f"{SEED_ID}.json"
    meta.write_text(meta.read_text(encoding="utf-8").replace("2019-06-04", "2019-06-05"), encoding="utf-8")
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    done = client.post("/archiv/hinzufuegen", data={"csrf_token": csrf(page), "token": token}, follow_redirects=True)
    assert f"{SEED_ID}: 5 Fragen" in done.get_data(as_text=True) and "ersetzt" in done.get_data(as_text=True)
    assert "05.06.2019" in client.get(f"/dokument/{SEED_ID}").get_data(as_text=True)  # read with the new metadata
    assert len(parsed) > checked  # checked again for adding


def _kept_check(site, token: str):
    """The check kept beside the upload ``token`` names, and the bytes before its pickle (its HMAC, if any)."""
    [kept] = (Path(site.config["ARCHIVE_UPLOAD_DIR"]) / token).rglob(web.archive.CHECKED_FILE)
    head = 32 if hasattr(web.archive, "CHECK_KEY") else 0
    return kept, kept.read_bytes()[:head], pickle.loads(kept.read_bytes()[head:])


def test_a_check_kept_by_another_server_process_is_not_taken_for_adding(site, monkeypatch):
    """A check kept beside an upload outlived a restart, and with it an upgrade: „Hinzufügen“ indexed what the
    program before the restart had read.  The restarted server reads the upload again (the real parse, counted)."""
    import indexer.ingest.load as load

    client = logged_in(site)
    source = make_answer(site.incoming, 7001)
    page = upload(client, source, sidecar=source.with_suffix(".json")).get_data(as_text=True)
    assert "Neu: nw-17-7001: 5 Fragen" in page
    names = ("INDEX_DIR", "CORPUS_DIR", "SECRET_KEY", "ARCHIVE_UPLOAD_DIR", "ARCHIVE_USERS", "ARCHIVE_SESSION_FILE")
    restarted = create_app({"TESTING": True, **{name: site.config[name] for name in names}})
    again = restarted.test_client()
    again.set_cookie("session", client.get_cookie("session").value)  # the archivist's browser, after the restart
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    real, reads = load._parsed, []

    def counted(*args, **kwargs):
        reads.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(load, "_parsed", counted)
    done = again.post("/archiv/hinzufuegen", data={"csrf_token": csrf(page), "token": token}, follow_redirects=True)
    assert "nw-17-7001: 5 Fragen, 14 Absätze — hinzugefügt" in done.get_data(as_text=True)
    assert len(reads) == 1
    assert len(again.get("/api/dokument/nw-17-7001").get_json()["questions"]) == 5


def test_a_check_changed_beside_the_upload_is_not_taken_for_adding(site):
    """Anyone who can write to the upload folder could put a check there that „Hinzufügen“ indexed (and unpickled:
    ran code as the server); one whose HMAC does not match is read again from the upload."""
    client = logged_in(site)
    source = make_answer(site.incoming, 7001)
    page = upload(client, source, sidecar=source.with_suffix(".json")).get_data(as_text=True)
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    kept, head, check = _kept_check(site, token)
    document = dataclasses.replace(check.document, questions=check.document.questions[:-1])
    kept.write_bytes(head + pickle.dumps(dataclasses.replace(check, document=document)))
    done = client.post("/archiv/hinzufuegen", data={"csrf_token": csrf(page), "token": token}, follow_redirects=True)
    assert "nw-17-7001: 5 Fragen, 14 Absätze — hinzugefügt" in done.get_data(as_text=True)
    assert len(client.get("/api/dokument/nw-17-7001").get_json()["questions"]) == 5


def test_a_kept_check_missing_a_field_is_read_again_not_added_half_way(site):
    """A check whose document lacks a field (as one pickled by a program before that field) failed in the middle of
    adding it: HTTP 500, the files in the corpus but not in the index until the next write repaired it."""
    client = logged_in(site)
    source = make_answer(site.incoming, 7001)
    page = upload(client, source, sidecar=source.with_suffix(".json")).get_data(as_text=True)
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    kept, head, check = _kept_check(site, token)
    object.__delattr__(check.document, "parliament")
    data = pickle.dumps(check)
    if head:  # kept by this very process: its HMAC matches
        head = hmac.new(site.extensions[web.archive.CHECK_KEY], data, hashlib.sha256).digest()
    kept.write_bytes(head + data)
    done = client.post("/archiv/hinzufuegen", data={"csrf_token": csrf(page), "token": token}, follow_redirects=True)
    assert "nw-17-7001: 5 Fragen, 14 Absätze — hinzugefügt" in done.get_data(as_text=True)
    hits = client.get(f"/api/search?q={marker(7001)}").get_json()["hits"]  # in the index, not only the corpus
    assert [(h["doc_id"], h["question"]) for h in hits] == [("nw-17-7001", 1)]
