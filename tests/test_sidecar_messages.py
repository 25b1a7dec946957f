"""What an archivist reads about a metadata file that is wrong: the fault named where it is, all of it at once."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from .archive_helpers import archive_cli, snapshot

BERLIN = Path(__file__).parent / "fixtures" / "be-18-12507.txt"


@pytest.fixture
def site(tmp_path):
    return archive_cli(tmp_path / "site")


def add_with(site, tmp_path: Path, meta: dict) -> tuple[int, str]:
    """``anfragen add be-18-12507.txt --meta x.json``: exit code and output; a refusal changes nothing."""
    source = tmp_path / "in" / BERLIN.name
    source.parent.mkdir(exist_ok=True)
    shutil.copy(BERLIN, source)
    (tmp_path / "in" / "x.json").write_text(json.dumps(meta), encoding="utf-8")
    before = snapshot(site.corpus, site.index)
    result = site("add", str(source), "--meta", str(tmp_path / "in" / "x.json"))
    if result.exit_code:
        assert snapshot(site.corpus, site.index) == before
    return result.exit_code, result.output


def test_an_unknown_parliament_code_is_the_metadata_files_fault_not_the_texts(site, tmp_path):
    code, output = add_with(site, tmp_path, {"parliament": "xx"})
    assert code == 1
    assert "x.json: Falsche Angaben in der Metadaten-Datei: 'parliament': unbekanntes Parlament 'xx'" in output
    assert "(bekannte Kürzel: bb, be, bt, bw, by, hb, he, hh, mv, ni, nw, rp, sh, sl, sn, st, th;" in output
    assert "Widerspruch" not in output and "der Text ist" not in output


@pytest.mark.parametrize("named", ["Berlin", "Landtag Berlin"])
def test_the_parliament_named_as_a_filter_takes_it_is_taken(site, tmp_path, named):
    """„Berlin“ (as ``parlament:Berlin`` filters) was „unbekanntes Parlament“, and so were „Hamburg“, „Bremen“, „NRW“,
    „Bundestag“ and „Landtag NRW“: only a name the page heads print („Abgeordnetenhaus Berlin“) was taken."""
    code, output = add_with(site, tmp_path, {"parliament": named})
    assert code == 0, output
    assert "be-18-12507: " in output and "hinzugefügt" in output
    assert '"doc_id": "be-18-12507"' in site("search", "parlament:Berlin", "--json").output


def test_a_misspelt_parliament_is_refused_with_the_one_meant(site, tmp_path):
    code, output = add_with(site, tmp_path, {"parliament": "Abgeordnetenhaus Berlim"})
    assert code == 1
    assert "unbekanntes Parlament 'Abgeordnetenhaus Berlim'" in output
    assert "Gemeint ist wohl „Abgeordnetenhaus Berlin“ (be)." in " ".join(output.split())


def test_a_parliament_name_contradicting_the_parliament_code_beside_it_is_named(site, tmp_path):
    """``"parliament_code": "be", "parliament": "Bayerischer Landtag"``: the code won and the name was dropped without
    a word — which of the two the archivist meant, only the archivist knows."""
    code, output = add_with(site, tmp_path, {"parliament_code": "be", "parliament": "Bayerischer Landtag"})
    assert code == 1
    assert (
        "x.json: Falsche Angaben in der Metadaten-Datei: 'parliament_code' nennt be (Abgeordnetenhaus Berlin), "
        "'parliament' aber 'Bayerischer Landtag' (by): bitte eines berichtigen."
    ) in " ".join(output.split())
    code, output = add_with(site, tmp_path, {"parliament_code": "be", "parliament": "Abgeordnetenhaus Berlin"})
    assert code == 0, output


def test_a_known_parliament_the_id_contradicts_is_blamed_on_the_metadata_file(site, tmp_path):
    code, output = add_with(site, tmp_path, {"parliament": "Niedersachsen"})
    assert code == 1
    assert (
        "Widerspruch: Die Metadaten-Datei nennt das Parlament ni (Niedersächsischer Landtag), "
        "die Kennung be-18-12507 aber be (Abgeordnetenhaus Berlin)." in output
    )


def test_every_wrong_value_of_a_metadata_file_is_named_at_once(site, tmp_path):
    meta = {"askers": 5, "date_answered": "gestern", "source_url": "javascript:alert(1)", "wahlperiode": "x"}
    code, output = add_with(site, tmp_path, meta)
    assert code == 1
    said = " ".join(output.split())
    assert (
        "x.json: Metadaten-Datei passt nicht zum Schema: 'askers' muss ein Text oder eine Liste von Fragestellern "
        '{"name": "…", "party": "…"} oder Texten sein, nicht 5.' in said
    )
    assert "'wahlperiode' muss eine Zahl sein, nicht 'x'." in said
    assert "'date_answered' ist kein gültiges Datum: 'gestern' (erwartet z. B. 2019-06-04, 04.06.2019" in said
    assert "'source_url' muss eine vollständige http- oder https-Adresse sein" in said


def test_a_date_as_a_spreadsheet_writes_it_year_first_with_slashes_is_taken(site, tmp_path):
    """„2017/10/30“ (a spreadsheet's export) was „kein gültiges Datum“, and the message named no form that is."""
    code, output = add_with(site, tmp_path, {"date_answered": "2017/10/30"})
    assert code == 0, output
    assert "bitte prüfen" not in output  # the text's date, 30.10.2017
    code, output = add_with(site, tmp_path, {"date_answered": "10/30/2017"})  # month first: ambiguous, not guessed
    assert code == 1 and "(erwartet z. B. 2019-06-04, 04.06.2019 oder 4. Juni 2019)" in " ".join(output.split())


def test_unknown_keys_are_named_with_the_keys_they_probably_meant(site, tmp_path):
    code, output = add_with(site, tmp_path, {"titel": "Wohnungslose in Berlin", "datum": "2019-01-02"})
    assert code == 0, output
    said = " ".join(output.split())
    assert (
        "Warnung: Metadaten-Datei: unbekannte Angaben, nicht übernommen: „titel“ (gemeint: „title“?), "
        "„datum“ (gemeint: „date_answered“ oder „date_asked“?). Übernommen werden: id, parliament_code," in said
    )


def test_a_value_of_the_wrong_type_is_told_what_its_key_expects_for_every_key(site, tmp_path):
    """Each key the document takes names what it expects in German — never only „unerwarteter Wert“."""
    from indexer.ingest.sidecar_schema import TAKEN_KEYS

    code, output = add_with(site, tmp_path, {key: {"x": 1} for key in TAKEN_KEYS})
    assert code == 1
    said = " ".join(output.split())
    for key in TAKEN_KEYS:
        assert re.search(rf"'{key}' muss (ein|eine) [^']+ sein, nicht \{{'x': 1\}}\.", said), key
    assert "unerwartet" not in said
    assert "'co_ministries' muss eine Liste von Texten sein" in said
    _, output = add_with(site, tmp_path, {"askers": [{"name": "Eike Holsten"}, 5]})
    expected = """'askers/1' muss ein Fragesteller {"name": "…", "party": "…"} oder ein Text sein, nicht 5."""
    assert expected in " ".join(output.split())


def test_askers_listed_as_the_api_prints_them_are_taken(site, tmp_path):
    """The API and pages print askers „Name (Partei)“; such a list in a metadata file was refused („'askers/0' muss
    ein Fragesteller {"name": …} sein“), a client copying them had to rewrite each."""
    code, output = add_with(site, tmp_path, {"askers": ["Eike Holsten (CDU)", {"name": "Anja Piel", "party": "GRÜNE"}]})
    assert code == 0, output
    document = json.loads(site("parse", str(site.corpus / "be-18-12507.txt"), "--json").output)
    assert [(a["name"], a["party"]) for a in document["askers"]] == [("Eike Holsten", "CDU"), ("Anja Piel", "GRÜNE")]


def test_askers_written_with_semicolons_are_several_askers(site, tmp_path):
    """``"askers": "Max Muster; Erika Beispiel"`` was one asker of that whole name: the page cited „Kleine Anfrage von
    Max Muster; Erika Beispiel“, the RIS gave „Beispiel, Max Muster; Erika“ and the facet one person."""
    code, output = add_with(site, tmp_path, {"askers": "Eike Holsten (CDU); Anja Piel (GRÜNE); Erika Beispiel"})
    assert code == 0, output
    document = json.loads(site("parse", str(site.corpus / "be-18-12507.txt"), "--json").output)
    assert [(a["name"], a["party"]) for a in document["askers"]] == [
        ("Eike Holsten", "CDU"),
        ("Anja Piel", "GRÜNE"),
        ("Erika Beispiel", None),
    ]


def test_an_asker_written_family_name_first_or_with_the_address_is_one_person(site, tmp_path):
    """„Holsten, Eike (CDU)“, as catalogues write a name, became two askers „Holsten“ and „Eike“, and „Abg. Anja
    Piel“ kept the „Abg.“ in her name (cited „von Abg. Anja Piel“, a facet value of its own)."""
    meta = {"askers": ["Holsten, Eike (CDU)", {"name": "Abg. Anja Piel", "party": "GRÜNE"}, "Abgeordneter Max Muster"]}
    code, output = add_with(site, tmp_path, meta)
    assert code == 0, output
    assert "Fragesteller: Eike Holsten (CDU), Anja Piel (GRÜNE), Max Muster" in " ".join(output.split())
    document = json.loads(site("parse", str(site.corpus / "be-18-12507.txt"), "--json").output)
    assert [(a["name"], a["party"]) for a in document["askers"]] == [
        ("Eike Holsten", "CDU"),
        ("Anja Piel", "GRÜNE"),
        ("Max Muster", None),
    ]
    # a list stays a list: „Eike Holsten, Anja Piel (CDU)“ are two members of one party
    add_with(site, tmp_path, {"askers": "Eike Holsten, Anja Piel (CDU)"})
    document = json.loads(site("parse", str(site.corpus / "be-18-12507.txt"), "--json").output)
    assert [(a["name"], a["party"]) for a in document["askers"]] == [("Eike Holsten", "CDU"), ("Anja Piel", "CDU")]


def test_an_unknown_key_of_an_asker_is_named_not_dropped_silently(site, tmp_path):
    """``{"name": …, "partei": "SPD"}``: the asker was listed without a party, and nothing said why."""
    meta = {"askers": [{"name": "Anja Kofbinger", "partei": "GRÜNE"}, {"name": "Lars Düsterhöft", "party": "SPD"}]}
    code, output = add_with(site, tmp_path, meta)
    assert code == 0, output
    said = " ".join(output.split())
    assert (
        "Warnung: Metadaten-Datei: unbekannte Angaben eines Fragestellers in 'askers', nicht übernommen: „partei“ "
        '(gemeint: „party“?). Ein Fragesteller ist {"name": "…", "party": "…"}; ohne "party" steht er ohne Partei'
    ) in said
    _, output = add_with(site, tmp_path, {"askers": [{"name": "Lars Düsterhöft", "party": "SPD"}]})
    assert "eines Fragestellers" not in output


def test_a_date_that_puts_the_answer_before_its_question_is_refused_or_said(site, tmp_path):
    """The text says asked 16.10.2017, answered 30.10.2017; a metadata file's typo (1917, or asked in December)
    was taken without a word, and citations named an answer older than its question.  Both dates from the metadata
    file are refused; against one date of the metadata file the text's date is left out, and the output says so
    (the whole document was refused, though the text's date may be the misread one)."""
    code, output = add_with(site, tmp_path, {"date_answered": "30.10.1917", "date_asked": "2017-10-16"})
    assert code == 1
    assert (
        "be-18-12507: unmögliche Angaben: Datum der Anfrage 16.10.2017 liegt nach dem Antwortdatum 30.10.1917: "
        "eine Anfrage wird vor ihrer Antwort gestellt."
    ) in " ".join(output.split())
    code, output = add_with(site, tmp_path, {"date_asked": "2017-12-01"})
    assert code == 0 and (
        "Antwortdatum 30.10.2017 im Text gelesen, vor dem Datum der Anfrage 01.12.2017 der Metadaten-Datei: "
        "weggelassen."
    ) in " ".join(output.split())
    code, output = add_with(site, tmp_path, {"date_asked": "2017-10-30"})  # asked and answered the same day
    assert code == 0, output


def test_a_date_or_askers_of_the_metadata_file_the_text_contradicts_are_taken_with_a_warning(site, tmp_path):
    """The text says answered 30.10.2017, asked by Danny Freymark (CDU); a metadata file with another year or the
    askers of another document was taken without a word — the archivist saw only its values in the report."""
    code, output = add_with(site, tmp_path, {"date_answered": "2016-10-30", "askers": ["Max Muster (SPD)"]})
    said = " ".join(output.split())
    assert code == 0, output
    assert (
        "Warnung: Antwortdatum: Der Text nennt 30.10.2017, die Metadaten-Datei 30.10.2016; übernommen ist die "
        "Angabe der Metadaten-Datei – bitte prüfen."
    ) in said
    assert (
        "Warnung: Fragesteller: Der Text nennt Danny Freymark (CDU), die Metadaten-Datei Max Muster (SPD); "
        "übernommen ist die Angabe der Metadaten-Datei – bitte prüfen."
    ) in said
    # the same values as the text, or the same asker with the first name added: nothing to check
    _, output = add_with(site, tmp_path, {"date_answered": "2017-10-30", "askers": ["Danny Freymark (CDU)"]})
    assert "bitte prüfen" not in output
    _, output = add_with(site, tmp_path, {"askers": ["Freymark"]})
    assert "Fragesteller: Der Text nennt" not in output


def test_a_date_exported_with_the_time_of_its_midnight_is_that_date(site, tmp_path):
    """„2019-06-04T00:00:00“, as a database or spreadsheet exports a date, was refused as „kein gültiges Datum“; a time
    that may shift the day in another zone („2019-06-03T22:00:00Z“, Berlin's midnight in UTC) is refused saying so."""
    code, output = add_with(site, tmp_path, {"date_answered": "2017-10-31T00:00:00"})
    assert code == 0, output
    assert "Drs. 18/12507 vom 31.10.2017" in output
    code, output = add_with(site, tmp_path, {"date_answered": "2017-10-30T22:00:00Z"})
    assert code == 1
    assert (
        "'date_answered' ist kein gültiges Datum: '2017-10-30T22:00:00Z' (erwartet z. B. 2019-06-04, 04.06.2019 oder "
        "4. Juni 2019). Es trägt eine Uhrzeit, die in einer anderen Zeitzone den Tag verschieben kann: bitte nur das "
        "Datum angeben."
    ) in " ".join(output.split())


def test_a_party_the_metadata_file_gives_otherwise_than_the_text_is_taken_with_a_warning(site, tmp_path):
    """The text: „Danny Freymark (CDU)“; a metadata file naming him of the SPD was taken without a word („Keine
    Warnungen“), and the filter „partei:SPD“ listed a CDU member's answer — a wrong name was warned of, a wrong party
    not."""
    code, output = add_with(site, tmp_path, {"askers": ["Danny Freymark (SPD)"]})
    said = " ".join(output.split())
    assert code == 0, output
    assert (
        "Warnung: Partei: Der Text nennt Danny Freymark (CDU), die Metadaten-Datei Danny Freymark (SPD); übernommen "
        "ist die Angabe der Metadaten-Datei – bitte prüfen."
    ) in said
    # the party as the text's group names it, or the asker by the family name alone: nothing to check
    _, output = add_with(site, tmp_path, {"askers": [{"name": "Freymark", "party": "CDU-Fraktion"}]})
    assert "Partei:" not in output


def test_askers_the_metadata_file_leaves_out_are_named_and_a_party_it_leaves_out_is_the_texts(site, tmp_path):
    """The text: „Dr. Wieland Schinnenburg (FDP), Michael Kruse (FDP)“; a metadata file naming the first without his
    party made the answer one of Schinnenburg's alone, of no party — the report said nothing of it."""
    source = tmp_path / "in" / "hh-21-4756.txt"
    source.parent.mkdir()
    shutil.copy(BERLIN.parent / source.name, source)
    source.with_suffix(".json").write_text(json.dumps({"askers": "Wieland Schinnenburg"}), encoding="utf-8")
    result = site("add", str(source))
    said = " ".join(result.output.split())
    assert result.exit_code == 0, result.output
    assert (
        "Warnung: Fragesteller: Der Text nennt auch Michael Kruse (FDP), die Metadaten-Datei nicht; übernommen ist "
        "die Angabe der Metadaten-Datei – bitte prüfen."
    ) in said
    hit = json.loads(site("search", "Ballindamm", "--json").output)["hits"][0]
    assert hit["askers"] == ["Wieland Schinnenburg (FDP)"] and hit["parties"] == ["FDP"]


def test_an_asker_of_the_metadata_file_is_matched_by_the_full_name_before_a_shared_family_name(site, tmp_path):
    """The text: „Anna Müller (SPD), Peter Müller (CDU)“; a metadata file naming „Peter Müller“ alone made the
    answer Peter Müller's of the SPD, Anna's party, the first Müller, and named no asker left out."""
    source = tmp_path / "in" / "hh-21-4756.txt"
    source.parent.mkdir()
    text = (BERLIN.parent / source.name).read_text(encoding="utf-8")
    mixed = "der Abgeordneten Anna Müller (SPD), Peter Müller (CDU) vom 06.06.16"
    source.write_text(
        text.replace("der Abgeordneten Dr. Wieland Schinnenburg und Michael Kruse (FDP) vom 06.06.16", mixed)
    )
    source.with_suffix(".json").write_text(json.dumps({"askers": "Peter Müller"}), encoding="utf-8")
    result = site("add", str(source))
    said = " ".join(result.output.split())
    assert result.exit_code == 0, result.output
    assert "Warnung: Fragesteller: Der Text nennt auch Anna Müller (SPD), die Metadaten-Datei nicht" in said
    hit = json.loads(site("search", "Ballindamm", "--json").output)["hits"][0]
    assert hit["askers"] == ["Peter Müller (CDU)"] and hit["parties"] == ["CDU"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_a_metadata_file_saved_by_windows_notepad_is_read(site, tmp_path, encoding):
    """Notepad writes UTF-8 with a byte-order mark (or „Unicode“, UTF-16): it was refused as „kein gültiges JSON
    (Zeile 1, Spalte 1 …)“ or „nicht in UTF-8 gespeichert“."""
    source = tmp_path / "in" / BERLIN.name
    source.parent.mkdir(exist_ok=True)
    shutil.copy(BERLIN, source)
    meta = tmp_path / "in" / "x.json"
    meta.write_text(json.dumps({"title": "Brunnen in Hohenschönhausen"}, ensure_ascii=False), encoding=encoding)
    result = site("add", str(source), "--meta", str(meta))
    assert result.exit_code == 0, result.output
    assert "kein gültiges JSON" not in result.output and "UTF-8" not in result.output
    assert json.loads((site.corpus / "be-18-12507.json").read_bytes())["title"] == "Brunnen in Hohenschönhausen"


def test_a_broken_utf16_metadata_file_is_not_told_it_is_no_utf8(site, tmp_path):
    """A „Unicode“ file (UTF-16, its mark says so) cut short was told „nicht in UTF-8 gespeichert“."""
    source = tmp_path / "in" / BERLIN.name
    source.parent.mkdir(exist_ok=True)
    shutil.copy(BERLIN, source)
    meta = tmp_path / "in" / "x.json"
    meta.write_bytes(json.dumps({"title": "Brunnen"}).encode("utf-16") + b"\x00")  # one byte of a character
    result = site("add", str(source), "--meta", str(meta))
    assert result.exit_code == 1
    assert "x.json: Metadaten-Datei ist als UTF-16 gespeichert, aber beschädigt (Byte 0x00 an Stelle 43); " in (
        " ".join(result.output.split())
    )


BAVARIAN_CUT = Path(__file__).parent / "fixtures" / "cut" / "by-17-16911.txt"  # prints no Drucksache of its own


def add_bavarian_with(site, tmp_path: Path, meta: dict) -> tuple[int, str]:
    source = tmp_path / "in" / BAVARIAN_CUT.name
    source.parent.mkdir(exist_ok=True)
    shutil.copy(BAVARIAN_CUT, source)
    source.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    before = snapshot(site.corpus, site.index)
    result = site("add", str(source))
    if result.exit_code:
        assert snapshot(site.corpus, site.index) == before
    return result.exit_code, " ".join(result.output.split())


def test_a_drucksache_only_the_metadata_file_names_is_not_said_to_be_the_texts(site, tmp_path):
    """A text printing no Drucksache, its metadata file another than its name: the refusal said „aber der Text ist
    Drucksache 17/16912“, which the text nowhere says; the archivist looked for the number in the text."""
    code, output = add_bavarian_with(site, tmp_path, {"drucksache": "17/16912"})
    assert code == 1
    assert (
        "Widerspruch: Die Metadaten-Datei nennt Drucksache 17/16912, der Dateiname by-17-16911 aber Drucksache "
        "17/16911; der Text selbst nennt keine. Eines von beiden berichtigen: den Dateinamen oder in der "
        'Metadaten-Datei "drucksache": "17/16911".'
    ) in output
    assert "der Text ist Drucksache" not in output


@pytest.mark.parametrize("written", ["Drs. 17/16911", "17/016911", "17 / 16911"])
def test_a_drucksache_written_otherwise_is_taken_as_period_and_number(site, tmp_path, written):
    """„Drs. 17/16911“ in the metadata file was printed as written: „Drs. Drs. 17/16911“ in report and citation."""
    code, output = add_bavarian_with(site, tmp_path, {"drucksache": written})
    assert code == 0, output
    assert "Bayerischer Landtag (by), Drs. 17/16911 vom" in output
    assert '"drucksache": "17/16911"' in site("search", "Hilfsfrist", "--json").output


def test_a_drucksache_without_its_period_is_refused_with_the_form(site, tmp_path):
    code, output = add_bavarian_with(site, tmp_path, {"drucksache": 16911})
    assert code == 1
    assert "'drucksache' muss Wahlperiode und Nummer nennen, z. B. \"17/6448\", nicht 16911." in output
