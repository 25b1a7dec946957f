"""An archivist's metadata file that names another ministry or another Kleine Anfrage than the text prints: its values
are taken, and the report says which field differs, what the text prints and what was taken (as it did already for the
date, the askers and their party). A metadata file saying what the text says draws no word."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.archive_helpers import archive_cli

TEXT = Path(__file__).parent / "fixtures" / "bb-6-3541.txt"  # Ministerium der Finanzen; Kleine Anfrage Nr. 1385, 6/3367
TAKEN = "übernommen ist die Angabe der Metadaten-Datei – bitte prüfen."


def _incoming(tmp_path: Path, meta: dict) -> tuple[Path, Path]:
    incoming = tmp_path / "incoming"
    incoming.mkdir(exist_ok=True)
    text, sidecar = incoming / TEXT.name, incoming / "bb-6-3541.json"
    shutil.copy(TEXT, text)
    sidecar.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return text, sidecar


def test_a_metadata_file_naming_another_ministry_and_anfrage_is_taken_with_a_warning(tmp_path: Path) -> None:
    anfragen = archive_cli(tmp_path / "archive")
    agreeing = {"ministry": "Ministerium der Finanzen", "anfrage_drucksache": "6/3367", "anfrage_nr": 1385}
    text, sidecar = _incoming(tmp_path, agreeing)
    assert "Keine Warnungen." in anfragen("parse", str(text), "--meta", str(sidecar)).output
    meta = {"ministry": "Ministerium des Innern und für Kommunales", "anfrage_drucksache": "6/3376", "anfrage_nr": 1358}
    text, sidecar = _incoming(tmp_path, meta)
    added = anfragen("add", str(text), "--meta", str(sidecar))
    assert added.exit_code == 0, added.output
    report = " ".join(added.output.split())
    assert (
        "Warnung: Ministerium: Der Text nennt Ministerium der Finanzen, die Metadaten-Datei Ministerium des Innern "
        f"und für Kommunales; {TAKEN}"
    ) in report
    assert (
        f"Warnung: Kleine Anfrage: Der Text nennt Drucksache 6/3367, die Metadaten-Datei Drucksache 6/3376; {TAKEN}"
    ) in report
    assert f"Warnung: Nummer der Kleinen Anfrage: Der Text nennt Nr. 1385, die Metadaten-Datei Nr. 1358; {TAKEN}" in (
        report
    )
    found = anfragen("search", "Steuern", "--json")
    hit = next(h for h in json.loads(found.output)["hits"] if h["doc_id"] == "bb-6-3541")
    assert hit["ministry"] == "Ministerium des Innern und für Kommunales"  # the metadata file's value is taken
