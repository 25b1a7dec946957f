"""What the person who runs the site sees: wrong settings and a damaged index are German sentences, never tracebacks."""

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask
from werkzeug.security import generate_password_hash

from indexer.errors import ConfigError
from web import create_app
from web.cli import main

ROOT = str(Path(__file__).resolve().parent.parent)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve(corpus_dir, index, *args: str, env: dict[str, str] | None = None):
    command = ["--corpus", str(corpus_dir), "--index", str(index), "serve", "--port", str(free_port()), *args]
    return CliRunner().invoke(main, command, env=env)


@pytest.mark.parametrize(
    "variable, value, message",
    [
        ("ANFRAGEN_PER_PAGE", "-3", "ANFRAGEN_PER_PAGE='-3': erwartet wird eine ganze Zahl ab 0."),
        (
            "ANFRAGEN_SEARCH_TIME_LIMIT",
            "drei",
            "ANFRAGEN_SEARCH_TIME_LIMIT='drei': erwartet wird eine Zahl von Sekunden ab 0 oder null (keine Grenze).",
        ),
        *(
            (
                "ANFRAGEN_OCR_MIN_CONFIDENCE",
                value,
                f"ANFRAGEN_OCR_MIN_CONFIDENCE='{value}': erwartet wird ein Prozentwert von 0 bis 100, etwa 70.",
            )
            for value in ("abc", "-5", "150")  # „Sekunden“ for a share of words; 150 let no scan through
        ),
    ],
)
def test_serve_refuses_a_wrong_setting_in_german_before_building(corpus_dir, tmp_path, variable, value, message):
    """`ANFRAGEN_PER_PAGE=-3 anfragen serve` ended in a traceback (ConfigError … „erwartet wird eine ganze Zahl“ for a
    whole number); under --production every gunicorn worker died so."""
    result = serve(corpus_dir, tmp_path / "index", env={variable: value})  # refused before either server starts
    assert result.exit_code == 1
    assert f"Fehler: {message}" in result.output
    assert "Traceback" not in result.output and "läuft auf" not in result.output
    assert not (tmp_path / "index").exists()  # nothing built for a server that cannot start


def test_a_wrong_ocr_setting_does_not_stop_the_parse_of_a_text(tmp_path):
    """`ANFRAGEN_OCR_MIN_CONFIDENCE=abc anfragen parse x.txt` was refused, though no OCR runs for a text."""
    text = Path(ROOT) / "tests" / "fixtures" / "nw-17-1824.txt"
    result = CliRunner().invoke(main, ["parse", str(text)], env={"ANFRAGEN_OCR_MIN_CONFIDENCE": "abc"})
    assert result.exit_code == 0, result.output
    assert result.output.startswith("nw-17-1824: Ist der Verstoß gegen die Informationsrechte")


def test_a_pid_file_in_a_missing_folder_is_refused_before_claiming_to_run(corpus_dir, index_dir, tmp_path):
    """gunicorn said „Anfragen läuft auf …“ and then „Error: … doesn't exist. Can't create pidfile.“ in English."""
    result = serve(corpus_dir, index_dir, "--production", "--pid", str(tmp_path / "fehlt" / "anfragen.pid"))
    assert result.exit_code == 1
    assert f"Fehler: Das Verzeichnis der PID-Datei gibt es nicht: {tmp_path / 'fehlt'} (--pid)." in result.output
    assert "läuft auf" not in result.output and "Error" not in result.output


def test_a_typo_in_the_instance_config_names_file_and_line(tmp_path):
    """A brace left open in ARCHIVE_USERS stopped `anfragen serve` with Python's SyntaxError traceback."""
    from web.app import _load_instance_config

    (tmp_path / "config.py").write_text('SECRET_KEY = "x"\nARCHIVE_USERS = {"anna": "…"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"config\.py, Zeile 2: kein gültiges Python \('\{' was never closed\)"):
        _load_instance_config(Flask(__name__, instance_path=str(tmp_path), instance_relative_config=True))
    (tmp_path / "config.py").write_text("ARCHIVE_USERS = {'anna': HASH}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"config\.py lässt sich nicht laden \(NameError: name 'HASH'"):
        _load_instance_config(Flask(__name__, instance_path=str(tmp_path), instance_relative_config=True))


def archive_app(index_dir, corpus_dir, tmp_path, **settings):
    return create_app(
        {
            "TESTING": True,
            "INDEX_DIR": str(index_dir),
            "CORPUS_DIR": str(corpus_dir),
            "SECRET_KEY": "test",
            "ARCHIVE_UPLOAD_DIR": str(tmp_path / "uploads"),
            "ARCHIVE_SESSION_FILE": str(tmp_path / "sitzungen.json"),
            **settings,
        }
    )


def test_a_password_written_instead_of_its_hash_is_named(index_dir, corpus_dir, tmp_path):
    """`ARCHIVE_USERS = {"anna": "geheim"}` started fine and every login said „Name oder Passwort ist falsch.“"""
    hashed = generate_password_hash("geheim", method="pbkdf2:sha256:1000")
    with pytest.raises(ConfigError) as refused:
        archive_app(index_dir, corpus_dir, tmp_path, ARCHIVE_USERS={"anna": "geheim", "bert": hashed})
    assert str(refused.value).startswith(
        "ARCHIVE_USERS: für „anna“ steht kein Passwort-Hash, sondern wohl das Passwort"
    )
    assert "bert" not in str(refused.value) and "generate_password_hash" in str(refused.value)
    assert (
        archive_app(index_dir, corpus_dir, tmp_path, ARCHIVE_USERS={"bert": hashed})
        .test_client()
        .get("/archiv/anmelden")
        .status_code
        == 200
    )


def test_a_login_limit_that_is_no_limit_is_a_german_error(index_dir, corpus_dir, tmp_path):
    """`ARCHIVE_LOGIN_LIMIT = "viele"`: limits' „couldn't parse rate limit string“ in a traceback."""
    hashed = generate_password_hash("geheim", method="pbkdf2:sha256:1000")
    with pytest.raises(ConfigError, match="ARCHIVE_LOGIN_LIMIT='viele': erwartet wird eine Grenze wie „10 per minute“"):
        archive_app(index_dir, corpus_dir, tmp_path, ARCHIVE_USERS={"anna": hashed}, ARCHIVE_LOGIN_LIMIT="viele")


@pytest.fixture(scope="module")
def damaged_index(index_dir, tmp_path_factory):
    """The test index with one segment's postings deleted (by hand, or a half-copied backup)."""
    damaged = tmp_path_factory.mktemp("damaged") / "index"
    shutil.copytree(index_dir, damaged, symlinks=True)
    generation = damaged / (damaged / "current").readlink()
    postings = sorted(generation.glob("*.pst"))
    assert postings
    postings[0].unlink()
    return damaged, postings[0].name


def test_a_damaged_index_is_said_so_by_search_check_and_site(corpus_dir, damaged_index, caplog):
    """`anfragen search` ended in a FileNotFoundError traceback, the site in „Ein interner Fehler“ (500), `check` in
    „Index nicht lesbar: FileNotFoundError: [Errno 2] No such file or directory: …“."""
    index, name = damaged_index
    message = f"Der Suchindex in {index.resolve()} ist beschädigt: die Datei {name} fehlt oder ist nicht lesbar."
    cli = CliRunner()
    searched = cli.invoke(main, ["--corpus", str(corpus_dir), "--index", str(index), "search", "Arbeit"])
    assert searched.exit_code == 1 and f"Fehler: {message}" in searched.output
    assert "Traceback" not in searched.output and "FileNotFoundError" not in searched.output
    checked = cli.invoke(main, ["--corpus", str(corpus_dir), "--index", str(index), "check"])
    assert checked.exit_code == 1 and f"Index nicht lesbar: {message}" in checked.output
    client = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus_dir)}).test_client()
    page = client.get("/?q=Arbeit")
    assert page.status_code == 503 and "Die Suche ist gerade nicht verfügbar." in page.get_data(as_text=True)
    assert client.get("/api/search?q=Arbeit").get_json() == {
        "error": "Der Suchindex wird neu aufgebaut oder fehlt; bitte in einigen Minuten erneut versuchen.",
        "status": 503,
    }
    assert message + " Neu bauen: 'anfragen build' (oder 'anfragen check --repair')." in caplog.text


def test_a_segment_without_its_stored_fields_is_damaged_too(index_dir, corpus_dir, tmp_path):
    """Its stored fields deleted, the index passed as usable (`serve` did not rebuild it) and a search ended in
    „TypeError: 'NoneType' object is not subscriptable“ (review)."""
    from indexer.index.store import IndexStore

    index = tmp_path / "index"
    shutil.copytree(index_dir, index, symlinks=True)
    stored = sorted((index / (index / "current").readlink()).glob("*._stored.col"))
    assert stored
    stored[0].unlink()
    assert not IndexStore(index).usable()
    searched = CliRunner().invoke(main, ["--corpus", str(corpus_dir), "--index", str(index), "search", "Arbeit"])
    message = (
        f"Der Suchindex in {index.resolve()} ist beschädigt: die Datei {stored[0].name} fehlt oder ist nicht lesbar."
    )
    assert searched.exit_code == 1 and f"Fehler: {message}" in searched.output and "TypeError" not in searched.output


def test_serve_rebuilds_a_damaged_index_as_it_does_an_outdated_one(corpus_dir, damaged_index, tmp_path):
    """`anfragen serve` on a damaged index started and answered every search with an error."""
    from indexer.index.store import IndexStore

    from .test_concurrency import start_server

    index = tmp_path / "index"
    shutil.copytree(damaged_index[0], index, symlinks=True)
    assert not IndexStore(index).usable()
    server, base = start_server(corpus_dir, index)  # returns once a search answers
    try:
        with urllib.request.urlopen(f"{base}/api/search?q=Arbeit", timeout=10) as response:
            assert json.load(response)["total"] > 0
    finally:
        server.terminate()
        said = server.communicate(timeout=10)[1].decode()
    assert f"Der Index in {index} ist beschädigt: baue ihn neu …" in said
    assert IndexStore(index).usable()


def test_a_public_address_without_its_scheme_is_refused_where_it_is_set(runner, index_dir, corpus_dir, monkeypatch):
    """`ANFRAGEN_PUBLIC_URL=anfragen.example` made every link of feeds, citations and `anfragen search` a relative path
    („anfragen.example/dokument/…“), silently."""
    message = "='anfragen.example': erwartet wird die Adresse der Website mit http:// oder https://"
    monkeypatch.setenv("ANFRAGEN_PUBLIC_URL", "anfragen.example")
    searched = runner("search", "Arbeit")
    assert searched.exit_code == 1 and f"Fehler: ANFRAGEN_PUBLIC_URL{message}" in searched.output
    assert "dokument/" not in searched.output
    given = runner("search", "Arbeit", "--base-url", "anfragen.example")
    assert given.exit_code == 1 and f"Fehler: --base-url{message}" in given.output
    with pytest.raises(ConfigError, match=f"ANFRAGEN_PUBLIC_URL{message}"):
        create_app()
    monkeypatch.delenv("ANFRAGEN_PUBLIC_URL")
    with pytest.raises(ConfigError, match=f"PUBLIC_URL{message}"):  # as instance/config.py sets it
        create_app({"INDEX_DIR": str(index_dir), "CORPUS_DIR": str(corpus_dir), "PUBLIC_URL": "anfragen.example"})
    monkeypatch.setenv("ANFRAGEN_PUBLIC_URL", "https://anfragen.example/")
    assert "https://anfragen.example/dokument/" in runner("search", "Arbeit").output
    monkeypatch.setenv("ANFRAGEN_PUBLIC_URL", "HTTPS://anfragen.example")  # a scheme in capitals is one too
    assert runner("search", "Arbeit").exit_code == 0


def test_a_trusted_host_given_as_an_address_is_named(monkeypatch):
    """`ANFRAGEN_TRUSTED_HOSTS=https://anfragen.example` answered every request with status 400 and „Diese Adresse
    (Host) wird hier nicht bedient.“ — also those to anfragen.example."""
    monkeypatch.setenv("ANFRAGEN_TRUSTED_HOSTS", "127.0.0.1, https://anfragen.example/")
    with pytest.raises(
        ConfigError,
        match=re.escape(
            "„https://anfragen.example/“ ist eine Adresse, kein Hostname; gemeint ist wohl „anfragen.example“"
        ),
    ):
        create_app()


def test_an_upload_folder_the_server_cannot_write_is_named_at_start(index_dir, corpus_dir, tmp_path):
    """`ANFRAGEN_ARCHIVE_UPLOAD_DIR` naming a file: the first upload ended in „Ein interner Fehler“ (500)."""
    hashed = generate_password_hash("geheim", method="pbkdf2:sha256:1000")
    (tmp_path / "datei").write_text("x", encoding="utf-8")
    with pytest.raises(ConfigError, match=f"ARCHIVE_UPLOAD_DIR: der Ordner {tmp_path}/datei/uploads lässt sich nicht"):
        archive_app(
            index_dir,
            corpus_dir,
            tmp_path,
            ARCHIVE_USERS={"anna": hashed},
            ARCHIVE_UPLOAD_DIR=str(tmp_path / "datei" / "uploads"),
        )


def test_installing_names_every_folder_it_ships_as_a_package():
    """`make serve` on a fresh clone printed six screens of setuptools' „Package 'indexer.data' is absent from the
    `packages` configuration … Package would be ignored“ for the word lists, templates and static files it ships."""
    from setuptools.config.setupcfg import read_configuration

    root = Path(__file__).resolve().parent.parent
    packages = read_configuration(str(root / "setup.cfg"))["options"]["packages"]
    assert {"indexer.data", "web.static", "web.templates"} <= set(packages)
    assert not [name for name in packages if not name.startswith(("indexer", "web"))]


def test_the_readmes_pid_file_works_on_the_first_start(corpus_dir, tmp_path):
    """`anfragen serve --production --pid var/anfragen.pid` on a fresh clone: var/ exists once the index is built
    (checked before the build, the folder was refused)."""
    port = free_port()
    command = [sys.executable, "-c", "from web.cli import main; main()", "--corpus", str(corpus_dir)]
    command += ["--index", "var/index", "serve"]  # as the README's default, said (an earlier serve set ANFRAGEN_INDEX)
    command += ["--production", "--workers", "1", "--port", str(port), "--pid", "var/anfragen.pid"]
    server = subprocess.Popen(command, cwd=tmp_path, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": ROOT})
    try:
        deadline = time.monotonic() + 60
        while not (tmp_path / "var" / "anfragen.pid").exists() and server.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
        assert int((tmp_path / "var" / "anfragen.pid").read_text()) == server.pid
    finally:
        server.terminate()
        said = server.communicate(timeout=30)[1].decode()
    assert "Noch kein Index in var/index" in said and "PID-Datei" not in said


def test_a_visitor_reads_first_that_the_search_is_away_for_now(corpus_dir, tmp_path, caplog):
    """While the index was outdated or missing, the page's heading was the operator's sentence („Der Suchindex in
    /srv/… wurde mit einer anderen Sprachanalyse gebaut … Neu bauen: 'anfragen build'“) and no client was told when to
    come back; then its small print and the API's error still showed every visitor the folder on the server."""
    client = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "kein"), "CORPUS_DIR": str(corpus_dir)})
    page = client.test_client().get("/?q=Arbeit")
    text = page.get_data(as_text=True)
    assert page.status_code == 503 and page.headers["Retry-After"] == "60"
    assert "<h1>Die Suche ist gerade nicht verfügbar.</h1>" in text
    assert "bitte in einigen Minuten erneut versuchen" in text
    assert "<small>Für den Betrieb: Grund und Abhilfe stehen im Protokoll des Servers" in text
    api = client.test_client().get("/api/search?q=Arbeit")
    assert api.status_code == 503 and api.headers["Retry-After"] == "60"
    assert api.get_json()["error"].startswith("Der Suchindex wird neu aufgebaut oder fehlt")
    folder = str(tmp_path / "kein")
    assert folder not in text and folder not in api.get_data(as_text=True)
    assert f"Kein Suchindex in {folder}" in caplog.text  # the operator reads it in the log


def test_archivists_set_as_text_not_json_are_named(index_dir, corpus_dir, tmp_path, monkeypatch):
    """`ANFRAGEN_ARCHIVE_USERS='anna=scrypt:…'` (not JSON: read as text): the login ended in an AttributeError."""
    monkeypatch.setenv("ANFRAGEN_ARCHIVE_USERS", "anna=scrypt:32768:8:1$salz$hash")
    monkeypatch.setenv("ANFRAGEN_SECRET_KEY", "geheim")
    monkeypatch.setenv("ANFRAGEN_ARCHIVE_UPLOAD_DIR", str(tmp_path / "uploads"))
    monkeypatch.setenv("ANFRAGEN_ARCHIVE_SESSION_FILE", str(tmp_path / "sitzungen.json"))
    with pytest.raises(ConfigError) as refused:
        create_app()
    assert str(refused.value).startswith("ARCHIVE_USERS: erwartet wird eine Zuordnung Name → Passwort-Hash")
    assert 'ANFRAGEN_ARCHIVE_USERS=\'{"anna": "scrypt:…"}\'' in str(refused.value)
    assert "salz" not in str(refused.value)  # the setting's value is not echoed


@pytest.mark.parametrize("word, secure", [("False", False), ("nein", False), ("true", True), ("Ja", True)])
def test_an_on_off_setting_reads_the_words_people_write(monkeypatch, word, secure):
    """`ANFRAGEN_SESSION_COOKIE_SECURE=False` (as Python writes it) stayed the text 'False', which is true: under
    --production the cookie stayed Secure and logging in over http never held."""
    monkeypatch.setenv("ANFRAGEN_SESSION_COOKIE_SECURE", word)
    assert create_app(production=True).config["SESSION_COOKIE_SECURE"] is secure


def test_an_on_off_setting_that_is_neither_is_named(monkeypatch):
    monkeypatch.setenv("ANFRAGEN_SESSION_COOKIE_SECURE", "vielleicht")
    with pytest.raises(ConfigError, match="ANFRAGEN_SESSION_COOKIE_SECURE='vielleicht': erwartet wird true oder false"):
        create_app(production=True)
