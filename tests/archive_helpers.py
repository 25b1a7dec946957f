"""Helpers for the archive, crash and concurrency tests: fresh installations, new answers
made from the seed (so no test needs ../shared), and byte-exact snapshots of corpus and index."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner, Result
from flask import Flask
from werkzeug.security import generate_password_hash

from indexer import Archive, IndexStore
from web import create_app
from web.cli import main

PROJECT = Path(__file__).resolve().parents[1]
SEED = PROJECT / "corpus"
SEED_ID = "nw-17-6448"


_INSTALLED: dict[tuple[int, ...], Path] = {}


def fresh_installation(root: Path, extra: tuple[int, ...] = ()) -> tuple[Path, Path]:
    """A corpus with the seed (and generated answers ``extra``) and an index built from it.

    Built once per process and ``extra``, then copied into ``root`` (a copy of an installation is one, as the crash
    tests use it): a hundred tests start from it."""
    if extra not in _INSTALLED:
        template = Path(tempfile.mkdtemp(prefix="anfragen-installation-"))
        atexit.register(shutil.rmtree, template, ignore_errors=True)
        _install(template, extra)
        _INSTALLED[extra] = template
    shutil.copytree(_INSTALLED[extra], root, symlinks=True, dirs_exist_ok=True)
    return root / "corpus", root / "index"


def _install(root: Path, extra: tuple[int, ...]) -> None:
    corpus, index = root / "corpus", root / "index"
    corpus.mkdir(parents=True)
    for source in SEED.glob(f"{SEED_ID}.*"):
        if source.is_file():
            shutil.copy(source, corpus / source.name)
    for number in extra:
        text = make_answer(root / "incoming", number)
        shutil.copy(text, corpus / f"nw-17-{number}.txt")
        shutil.copy(text.with_suffix(".json"), corpus / f"nw-17-{number}.json")
    Archive(corpus, index).rebuild()


def archive_cli(root: Path) -> Callable[..., Result]:
    """``anfragen --corpus … --index … ARGS`` over a fresh installation under ``root``; has ``corpus``, ``index``."""
    corpus, index = fresh_installation(root)

    def anfragen(*args: str) -> Result:
        return CliRunner().invoke(main, ["--corpus", str(corpus), "--index", str(index), *args])

    anfragen.corpus, anfragen.index = corpus, index  # type: ignore[attr-defined]
    return anfragen


def marker(number: int) -> str:
    """A word that occurs in generated answer ``number`` only (and in no German text)."""
    return f"Quokkazählung{number}"


def make_answer(
    directory: Path, number: int, title: str | None = None, anfrage_nr: int | None = None, extra_sentence: str = ""
) -> Path:
    """Write ``antwort-<number>.txt`` + sidecar: the seed's layout, its own Drucksache 17/<number>,
    title and KA number, and the word :func:`marker` in the answer to question 1."""
    directory.mkdir(parents=True, exist_ok=True)
    text = (SEED / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    meta = json.loads((SEED / f"{SEED_ID}.json").read_text(encoding="utf-8"))
    title = title or f"Testanfrage {number}: Wie viele Quokkas leben in Nordrhein-Westfalen"
    text = text.replace(
        "Die bisherige Umsetzung des Modellprojekts",
        f"Die {marker(number)} ergab {extra_sentence}Folgendes. Die bisherige Umsetzung des Modellprojekts",
        1,
    )
    text = f"{title}\n\n\n" + text[text.index("Vorbemerkung") :]
    meta.update(
        id=f"nw-17-{number}",
        drucksache=f"17/{number}",
        title=title,
        anfrage_nr=anfrage_nr if anfrage_nr is not None else 3000 + number,
    )
    path = directory / f"antwort-{number}.txt"
    path.write_text(text, encoding="utf-8")
    path.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def corpus_snapshot(corpus: Path) -> dict[str, bytes]:
    """Every file under the corpus directory (hidden ones too), by relative path."""
    return {str(path.relative_to(corpus)): path.read_bytes() for path in sorted(corpus.rglob("*")) if path.is_file()}


def index_snapshot(index: Path) -> tuple[str | None, list[tuple]]:
    """The current generation and every stored record (its place, fingerprint, text, document) of the index."""
    store = IndexStore(index)
    current = store.current_path()
    ix = store.open()
    with ix.searcher() as searcher:
        rows = sorted(
            (
                f["doc_id"],
                f["kind"],
                f.get("question") or 0,
                f.get("para") or 0,
                f.get("fingerprint") or "",
                f.get("body") or "",
                f.get("meta") or b"",
            )
            for f in searcher.all_stored_fields()
        )
    ix.close()
    return (current.name if current else None), rows


def snapshot(corpus: Path, index: Path) -> tuple:
    return corpus_snapshot(corpus), index_snapshot(index)


def visible_files(corpus: Path) -> dict[str, bytes]:
    """The corpus as readers of the directory see it (no staging area)."""
    return {name: data for name, data in corpus_snapshot(corpus).items() if not name.startswith(".")}


def indexed_ids(index: Path) -> set[str]:
    return {row[0].split("/")[0] for row in index_snapshot(index)[1]}


def env_flag(name: str) -> bool:
    return os.environ.get(name, "") not in ("", "0")


PASSWORD = "korrekt-pferd-batterie"
FAST_HASH = "pbkdf2:sha256:1000"  # a real hash, cheap enough for tests (production: werkzeug's default)


def archive_app(root: Path, **config: object) -> tuple[Flask, Path, Path]:
    """The web app over a fresh installation in ``root`` with one archivist (``archivarin``/:data:`PASSWORD`)."""
    corpus, index = fresh_installation(root / "site")
    app = create_app(
        {
            "TESTING": True,
            "INDEX_DIR": str(index),
            "CORPUS_DIR": str(corpus),
            "SECRET_KEY": "test-geheimnis",
            "ARCHIVE_UPLOAD_DIR": str(root / "uploads"),
            "ARCHIVE_USERS": {"archivarin": generate_password_hash(PASSWORD, method=FAST_HASH)},
            **config,
        }
    )
    return app, corpus, index


def pdf_with_text(path: Path, text: str) -> None:
    """A PDF with a text layer of ``text`` (generated here, so the suite needs no ../shared)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for line in text.splitlines():
        pdf.cell(0, 5, line.encode("latin-1", "replace").decode("latin-1"), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
