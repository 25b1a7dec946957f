"""One misread figure must not cost a whole document: where the parser reads an impossible value or
a Drucksache that the file's name and its sidecar both contradict, the document is taken with the
archivist's values and a note that says so; a sidecar that contradicts the file's name is still refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer import load_document
from indexer.errors import SidecarError

FIXTURE = Path(__file__).parent / "fixtures" / "ni-19-11138.txt"


def _copy(tmp_path: Path, old: str, new: str, sidecar: dict | None = None) -> Path:
    text = FIXTURE.read_text(encoding="utf-8")
    assert old in text
    target = tmp_path / FIXTURE.name
    target.write_text(text.replace(old, new), encoding="utf-8")
    if sidecar is not None:
        target.with_suffix(".json").write_text(json.dumps(sidecar), encoding="utf-8")
    return target


def test_a_drucksache_misread_in_the_text_yields_to_file_name_and_sidecar(tmp_path):
    source = _copy(tmp_path, "Drucksache 19/11138", "Drucksache 19/11188", {"drucksache": "19/11138"})
    document = load_document(source)
    assert (document.id, document.drucksache) == ("ni-19-11138", "19/11138")
    assert any("Im Text als Drucksache 19/11188 gelesen" in w for w in document.warnings)


def test_a_sidecar_contradicting_text_and_file_name_is_refused(tmp_path):
    source = _copy(tmp_path, "Drucksache 19/11138", "Drucksache 19/11138", {"drucksache": "19/9999"})
    with pytest.raises(SidecarError, match="Widerspruch"):
        load_document(source)


def test_an_impossible_date_read_in_the_text_is_left_out_with_a_note(tmp_path):
    source = _copy(tmp_path, "Landesregierung vom 06.07.2026", "Landesregierung vom 06.07.2096")
    document = load_document(source)
    assert document.date_answered is None and len(document.questions) > 1
    assert any("06.07.2096" in w and "weggelassen" in w for w in document.warnings)


def test_a_wahlperiode_read_against_the_file_name_yields_to_it(tmp_path):
    source = _copy(
        tmp_path, "Niedersächsischer Landtag – 19. Wahlperiode", "Niedersächsischer Landtag – 18. Wahlperiode"
    )
    document = load_document(source)
    assert document.wahlperiode == 19
    assert any("Wahlperiode 18 im Text gelesen" in w for w in document.warnings)


def test_a_question_date_read_after_the_answer_date_is_left_out_with_a_note(tmp_path):
    """„eingegangen am 12.08.2026“ misread (or misprinted) after the answer of 06.07.2026: the document is kept,
    without that date, and the report says so; from a metadata file the text's answer date yields to it."""
    source = _copy(tmp_path, "eingegangen am 12.06.2026", "eingegangen am 12.08.2026")
    document = load_document(source)
    assert (document.date_asked, str(document.date_answered)) == (None, "2026-07-06")
    assert "Datum der Anfrage 12.08.2026 im Text gelesen, nach dem Antwortdatum 06.07.2026: weggelassen." in (
        document.warnings
    )
    source = _copy(tmp_path, "eingegangen am 12.06.2026", "eingegangen am 12.06.2026", {"date_asked": "2026-08-12"})
    document = load_document(source)
    assert (str(document.date_asked), document.date_answered) == ("2026-08-12", None)
    assert (
        "Antwortdatum 06.07.2026 im Text gelesen, vor dem Datum der Anfrage 12.08.2026 der Metadaten-Datei: "
        "weggelassen." in document.warnings
    )


def test_a_question_date_read_after_the_metadata_files_answer_date_is_left_out_with_a_note(tmp_path):
    """The text's question date misread, its answer date not read, the metadata file's answer date before it: the
    whole document was refused („unmögliche Angaben: Datum der Anfrage 12.08.2026 liegt nach dem Antwortdatum
    06.07.2026“); only the text's misreading is left out.  Both dates from the metadata file are still refused."""
    misread = _copy(tmp_path, "eingegangen am 12.06.2026", "eingegangen am 12.08.2026")
    misread.write_text(misread.read_text(encoding="utf-8").replace("Landesregierung vom 06.07.2026", "Landesregierung"))
    misread.with_suffix(".json").write_text(json.dumps({"date_answered": "2026-07-06"}), encoding="utf-8")
    document = load_document(misread)
    assert (document.date_asked, str(document.date_answered)) == (None, "2026-07-06") and len(document.questions) > 1
    assert (
        "Datum der Anfrage 12.08.2026 im Text gelesen, nach dem Antwortdatum 06.07.2026 der Metadaten-Datei: "
        "weggelassen." in document.warnings
    )
    both = {"date_asked": "2026-08-12", "date_answered": "2026-07-06"}
    source = _copy(tmp_path, "eingegangen am 12.06.2026", "eingegangen am 12.06.2026", both)
    with pytest.raises(SidecarError, match=r"Datum der Anfrage 12\.08\.2026 liegt nach dem Antwortdatum 06\.07\.2026"):
        load_document(source)
