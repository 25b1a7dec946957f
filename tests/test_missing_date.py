"""An answer whose date is not recognised: the report says how to give it (the metadata file's field, a line to copy),
on the command line and on the upload's check page; „(Datum nicht erkannt)“ said no more."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.archive_helpers import archive_cli, make_answer
from tests.test_archive_web import csrf, logged_in, site, upload  # noqa: F401 (site is a fixture)

ADVICE = (
    'Antwortdatum nicht erkannt: bitte in der Metadaten-Datei antwort-7001.json ergänzen, als Zeile "date_answered": '
    '"2019-06-04" (auch 04.06.2019 oder 4. Juni 2019).'
)


def undated_answer(folder: Path) -> Path:
    """A generated answer without „vom 4. Juni 2019“ in its text and without ``date_answered`` in its metadata."""
    text = make_answer(folder, 7001)
    text.write_text(text.read_text(encoding="utf-8").replace("vom 4. Juni 2019 ", ""), encoding="utf-8")
    sidecar = text.with_suffix(".json")
    meta = json.loads(sidecar.read_text(encoding="utf-8"))
    del meta["date_answered"]
    sidecar.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return text


def test_anfragen_add_says_how_to_give_a_missing_date(tmp_path):
    archive = archive_cli(tmp_path / "archive")
    result = archive("add", str(undated_answer(tmp_path / "in")))
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "(Antwortdatum nicht erkannt)" in said
    assert f"Warnung: {ADVICE}" in said


def test_the_upload_says_how_to_give_a_missing_date(site, tmp_path):  # noqa: F811
    text = undated_answer(tmp_path / "in")
    page = " ".join(upload(logged_in(site), text, sidecar=text.with_suffix(".json")).get_data(as_text=True).split())
    assert "<dt>Beantwortet</dt><dd>– (nicht erkannt, siehe Warnungen)</dd>" in page
    assert ADVICE.replace('"', "&#34;") in page


def test_the_advice_names_the_metadata_file_given_under_another_name(tmp_path):
    """``add antwort.txt --meta angaben.json``: the advice said „bitte in der Metadaten-Datei antwort-7001.json
    ergänzen“, a file the archivist never had; it names the one given."""
    archive = archive_cli(tmp_path / "archive")
    text = undated_answer(tmp_path / "in")
    given = text.with_suffix(".json").rename(tmp_path / "angaben.json")
    result = archive("add", str(text), "--meta", str(given))
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert f"Warnung: {ADVICE.replace('antwort-7001.json', 'angaben.json')}" in said
    assert "antwort-7001.json" not in said


def test_the_upload_names_the_metadata_file_as_uploaded_in_the_report_and_after_adding(site, tmp_path):  # noqa: F811
    """The upload stored the metadata file as ``upload.json`` (or under the answer's id) and the advice named that
    name, or the answer's, in the report and again after „Hinzufügen“: never the file the archivist chose."""
    text = undated_answer(tmp_path / "in")
    given = text.with_suffix(".json").rename(tmp_path / "angaben.json")
    client = logged_in(site)
    report = upload(client, text, name="Antwort Quokkas.txt", sidecar=given)
    page = report.get_data(as_text=True)
    advice = ADVICE.replace("antwort-7001.json", "angaben.json").replace('"', "&#34;")
    assert advice in " ".join(page.split())
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    done = client.post("/archiv/hinzufuegen", data={"csrf_token": csrf(page), "token": token}, follow_redirects=True)
    after = " ".join(done.get_data(as_text=True).split())
    assert "nw-17-7001: 5 Fragen" in after and "hinzugefügt" in after
    assert advice in after and "upload.json" not in after
