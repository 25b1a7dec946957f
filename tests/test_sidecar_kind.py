"""A metadata file's ``doc_type`` against what the text says it is: an unknown value is named with the values that
are understood, and a value contradicting a text that plainly says what it is yields to the text, with a warning."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from indexer import load_document
from indexer.output.citation import Citation
from web.cli import main

from .conftest import SEED

UNDERSTOOD = (
    "Verstanden wird ein Wert mit „unterrichtung“ (etwa „unterrichtung_antwort_auf_landtagsbeschluss“) für eine "
    "Unterrichtung, einer mit „anfrage“ (etwa „kleine_anfrage_mit_antwort“, „Antwort auf Kleine Anfrage“) für eine "
    "Antwort auf eine Kleine Anfrage."
)


def copied(tmp_path, doc_id: str, sidecar: dict, text_change: tuple[str, str] | None = None):
    text = (SEED / f"{doc_id}.txt").read_text(encoding="utf-8")
    if text_change:
        assert text_change[0] in text
        text = text.replace(*text_change, 1)
    source = tmp_path / "eingang" / f"{doc_id}.txt"
    source.parent.mkdir()
    source.write_text(text, encoding="utf-8")
    source.with_suffix(".json").write_text(json.dumps(sidecar), encoding="utf-8")
    return source


def added(tmp_path, source) -> str:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED / "nw-17-6448.txt", corpus)
    result = CliRunner().invoke(main, ["--corpus", str(corpus), "--index", str(tmp_path / "index"), "add", str(source)])
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_a_kleine_anfrage_called_an_unterrichtung_by_its_metadata_stays_an_answer_with_a_warning(tmp_path):
    source = copied(tmp_path, "ni-19-11134", {"doc_type": "unterrichtung", "drucksache": "19/11134"})
    document = load_document(source)
    assert document.kind == ""
    assert (
        Citation(document, 2).short().startswith("Antwort der Landesregierung vom 6. Juli 2026 auf die Kleine Anfrage")
    )
    assert (
        "Warnung: Die Metadaten-Datei nennt als „doc_type“ eine Unterrichtung, der Text ist aber eine Antwort auf eine "
        "Kleine Anfrage (im Kopf „Kleine Anfrage zur schriftlichen Beantwortung“, Fragesteller: Claus Seebeck, Eike "
        "Holsten). Es gilt der Text, denn er sagt selbst, was er ist; „doc_type“ in der Metadaten-Datei berichtigen "
        "oder weglassen."
    ) in added(tmp_path, source)


def test_an_unterrichtung_called_an_answer_by_its_metadata_stays_an_unterrichtung_with_a_warning(tmp_path):
    source = copied(tmp_path, "ni-19-11219", {"doc_type": "kleine_anfrage_mit_antwort"})
    document = load_document(source)
    assert document.kind == "unterrichtung"
    assert (
        "der Text ist aber eine Unterrichtung (im Kopf „Unterrichtung“, Beschluss Drs. 19/9059). Es gilt der Text"
    ) in " ".join(document.warnings)


@pytest.mark.parametrize("doc_id, kind", [("ni-19-11134", ""), ("ni-19-11219", "unterrichtung")])
def test_an_unknown_doc_type_is_named_with_what_is_understood(tmp_path, doc_id, kind):
    source = copied(tmp_path, doc_id, {"doc_type": "quatsch"})
    assert load_document(source).kind == kind
    said = added(tmp_path, source)
    assert "„doc_type“ „quatsch“ ist kein bekannter Dokumenttyp und wird nicht übernommen" in said
    assert UNDERSTOOD in said


def test_a_text_silent_on_its_kind_takes_the_metadata_files_without_a_warning(tmp_path):
    """ni-19-11219 without its head's „Unterrichtung“ says neither kind: its metadata file's doc_type decides."""
    source = copied(
        tmp_path,
        "ni-19-11219",
        {"doc_type": "unterrichtung_antwort_auf_landtagsbeschluss"},
        ("\nUnterrichtung \n", "\n"),
    )
    document = load_document(source)
    assert document.kind == "unterrichtung"
    assert not [warning for warning in document.warnings if "doc_type" in warning]
