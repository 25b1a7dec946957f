"""Shared fixtures: a temporary corpus with the seed, an index built from it once per
session, the Flask app, its test client and a CLI runner (as in Flask's tutorial), plus a
real HTTP server and Debian's Chromium for the browser tests."""

from __future__ import annotations

import fcntl
import os
import shutil
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask
from jinja2 import BytecodeCache
from werkzeug.serving import make_server

from indexer import Document, Engine, IndexStore, build_index, corpus_files, load_document
from web import create_app
from web.cli import main
from web.dev_server import RequestHandler
from web.urls import answer_url

CHROMIUM = Path("/usr/bin/chromium")
# How long a browser test waits for a page, an element or an expectation.  Not a speed target (benchmarks hold
# those): a shared CI runner under load once took more than 5 s to load a page the app answers in 5 ms.
BROWSER_TIMEOUT_MS = 30_000
INTRANET_HOST = "anfragen.intranet.test"  # no secure context for the browser, unlike 127.0.0.1 and localhost
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    f"--host-resolver-rules=MAP {INTRANET_HOST} 127.0.0.1",  # a site on plain http, as an intranet serves it
]
PROJECT = Path(__file__).resolve().parents[1]
SEED = PROJECT / "corpus"
# The one seed answer: tests on the default corpus stay fast and their counts exact, whatever
# else ships in corpus/ for newcomers (its Niedersachsen answers are the wide corpus below).
SEED_FILES = sorted(SEED.glob("nw-17-6448.*"))
SHARED = PROJECT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path in ../shared, skipping the test cleanly when ../shared is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared fehlt ({path} nicht vorhanden)")
    return path


class CompiledTemplates(BytecodeCache):
    """Jinja's compiled templates, kept in memory for the test process (keyed by each template's source, as Jinja's own
    caches are): the hundreds of apps the tests create compiled every template anew, most of their first page's time."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


@pytest.fixture(scope="session", autouse=True)
def compiled_templates() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Flask, "jinja_options", {**Flask.jinja_options, "bytecode_cache": CompiledTemplates()})
        yield


def built_once(tmp_path_factory, name: str, build: Callable[[Path], object]) -> Path:
    """``build(folder)`` into a new folder ``name`` once for the whole run: the workers of ``pytest -n`` share it (the
    first builds it under a lock, the others wait and read it), as pytest-xdist advises for costly session fixtures.
    What is built so is read only."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # this run's folder, above each worker's own
    folder, done = root / name, root / f"{name}.built"
    with (root / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            build(folder)
            done.touch()
    return folder


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus")
    for source in SEED_FILES:
        shutil.copy(source, corpus / source.name)
    return corpus


@pytest.fixture(scope="session")
def index_dir(corpus_dir, tmp_path_factory) -> Path:
    index = tmp_path_factory.mktemp("index")
    build_index(corpus_dir, index)
    return index


@pytest.fixture(scope="session")
def engine(index_dir) -> Engine:
    return Engine(index_dir, answer_url=answer_url)


@pytest.fixture(scope="session")
def shipped_documents() -> list[Document]:
    """Every answer of the corpus ``make serve`` ships (``corpus/``), parsed once for the tests that read them all."""
    return [load_document(path) for path in corpus_files(SEED)]


@pytest.fixture(scope="session")
def shipped_index_dir(shipped_documents, tmp_path_factory) -> Path:
    """An index of :func:`shipped_documents` in one segment (read only: a test that writes copies it)."""
    return built_once(tmp_path_factory, "shipped-index", lambda index: IndexStore(index).build(shipped_documents))


@pytest.fixture(scope="session")
def quality_engine(tmp_path_factory) -> Engine:
    """An engine over the small corpus of real sentences in ``quality_corpus``."""
    from .quality_corpus import build

    index = tmp_path_factory.mktemp("quality-index")
    build(index)
    return Engine(index)


def ranked(engine: Engine, query: str) -> list[tuple[str, int | None]]:
    """The answers that contain every word, best first (relaxed matches lacking a word are left out)."""
    return [(hit.doc_id, hit.question) for hit in engine.search(query).hits if not hit.missing]


@pytest.fixture
def app(index_dir, corpus_dir):
    return create_app({"TESTING": True, "INDEX_DIR": str(index_dir), "CORPUS_DIR": str(corpus_dir)})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(corpus_dir, index_dir):
    """Invoke ``anfragen`` with the test corpus and index: ``runner("search", "x")``."""
    cli_runner = CliRunner()

    def invoke(*args: str, index: Path | None = None):
        return cli_runner.invoke(main, ["--corpus", str(corpus_dir), "--index", str(index or index_dir), *args])

    return invoke


@pytest.fixture(scope="session")
def wide_corpus_dir(tmp_path_factory) -> Path:
    """The seed plus the shared Niedersachsen answers the parser reads (skip without ../shared).

    Answers the current parser rejects are left out, so these tests measure the web
    features, not the parser's coverage (tests of the parser do that).
    """
    from indexer import AnfragenError

    answers = shared_path("corpus", "ka-answers")

    def build(corpus: Path) -> None:
        for source in SEED_FILES:
            shutil.copy(source, corpus / source.name)
        for text in sorted(answers.glob("*.txt")):
            try:
                load_document(text)
            except AnfragenError:
                continue
            shutil.copy(text, corpus / text.name)
            if text.with_suffix(".json").exists():
                shutil.copy(text.with_suffix(".json"), corpus / f"{text.stem}.json")

    return built_once(tmp_path_factory, "wide-corpus", build)


@pytest.fixture(scope="session")
def wide_index_dir(wide_corpus_dir, tmp_path_factory) -> Path:
    """An index built from :func:`wide_corpus_dir` through the public ``anfragen build`` command."""

    def build(index: Path) -> None:
        result = CliRunner().invoke(main, ["--corpus", str(wide_corpus_dir), "--index", str(index), "build"])
        assert result.exit_code == 0, result.output

    return built_once(tmp_path_factory, "wide-index", build)


@pytest.fixture(scope="session")
def wide_engine(wide_index_dir) -> Engine:
    return Engine(wide_index_dir)


@pytest.fixture
def wide_client(wide_index_dir, wide_corpus_dir):
    app = create_app({"TESTING": True, "INDEX_DIR": str(wide_index_dir), "CORPUS_DIR": str(wide_corpus_dir)})
    return app.test_client()


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item (``item.rep_call``), e.g. to save a screenshot on failure."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


@contextmanager
def serving(app) -> Iterator[str]:
    """Serve ``app`` on a real HTTP server on 127.0.0.1 (a free port) in a thread; yield its base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=RequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(5)


def app_of(tmp_path_factory, name: str, sources: Iterable[Path]) -> Flask:
    """The app over an index of ``sources`` (answers and their metadata files) copied into a corpus of their own."""
    corpus, index = tmp_path_factory.mktemp(f"{name}-corpus"), tmp_path_factory.mktemp(f"{name}-index")
    for source in sources:
        shutil.copy(source, corpus / source.name)
    build_index(corpus, index)
    return create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)})


@contextmanager
def german_page(browser, base_url: str, **options) -> Iterator:
    """A page of a fresh German browser context on ``base_url`` (``options``: the context's, e.g. no JavaScript)."""
    context = browser.new_context(base_url=base_url, locale="de-DE", **options)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture(scope="module")
def served(request, index_dir, corpus_dir):
    """The app on a real HTTP server; over the seed + shared answers when ../shared exists.

    Yields ``(base_url, wide)``.
    """
    try:
        index, corpus, wide = (
            request.getfixturevalue("wide_index_dir"),
            request.getfixturevalue("wide_corpus_dir"),
            True,
        )
    except pytest.skip.Exception:
        index, corpus, wide = index_dir, corpus_dir, False
    app = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)})
    with serving(app) as base_url:
        yield base_url, wide


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright (installed by scripts/install-test-deps)."""
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} fehlt: scripts/install-test-deps hätte es installieren sollen.")
        pytest.skip(f"{CHROMIUM} fehlt (scripts/install-test-deps installiert es)")
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=BROWSER_TIMEOUT_MS)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()
