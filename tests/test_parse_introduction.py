"""The askers' introduction that no ``Vorbemerkung`` heading names (Hamburg, Thüringen, Rheinland-Pfalz,
Bremen, Mecklenburg-Vorpommern, Brandenburg) is the document's Vorbemerkung: the archivist's report
counts it, and its words are found.  The sentences around it say which Kleine Anfrage is answered;
what the introduction only cites is another document's."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer import Engine
from indexer.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"


def _parsed(doc_id: str) -> dict:
    result = CliRunner().invoke(cli, ["parse", "--json", str(FIXTURES / f"{doc_id}.txt")])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _preamble(doc_id: str) -> str:
    return " ".join(_parsed(doc_id)["preamble"].split())


@pytest.mark.parametrize(
    ("doc_id", "first", "last"),
    [
        ("hh-21-19122", "Im Gewerbegebiet Bargkoppelweg", "über viele Polizeieinsätze und Ruhestörungen."),
        ("th-6-79", "Besonders problematisch ist", "für Greußen schnellstmöglich zu realisieren."),
        ("rp-17-2368", "Auf einer Veranstaltung am 21. Januar 2017", "nicht so stark in den Bundestag einzieht."),
        ("hb-20-1150", "Lärm durch Autoposer", "besonders in der Nacht."),
        ("bb-6-3541", "Sowohl in der Antwort auf Anfrage 1305", "Daniela Trochowski beziehen."),
        # a title ending in "(II)" ends there, not at its last word
        ("hh-21-5376", "Die Förderfonds der Metropolregion", "um internationale Touristen stärken."),
        # the asking sentence says what it asks about: kept, without "frage ich die Landesregierung:"
        ("mv-7-345", "Zur Ermittlung der tatsächlichen Relevanz", "der Volksverhetzung in Mecklenburg-Vorpommern"),
        # a resolution's reasons before "I. Der Landtag bittet die Landesregierung, …" (Niedersachsen's Unterrichtung)
        ("ni-19-11219", "Niedersachsens Wirtschaft steht vor", "kleine und mittlere Unternehmen (KMU) zu entlasten."),
    ],
)
def test_the_introduction_before_the_questions_is_the_vorbemerkung(doc_id, first, last):
    preamble = _preamble(doc_id)
    assert preamble.startswith(first) and preamble.endswith(last), preamble


@pytest.mark.parametrize("doc_id", ["by-17-8003", "be-17-18523", "st-6-1207", "sn-6-8014"])
def test_a_cover_form_is_no_introduction(doc_id):
    assert _preamble(doc_id) == ""


def test_the_words_of_an_introduction_are_found(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for doc_id in ("th-6-79", "hh-21-4756", "by-17-8003"):
        shutil.copy(FIXTURES / f"{doc_id}.txt", corpus / f"{doc_id}.txt")
    result = CliRunner().invoke(cli, ["--corpus", str(corpus), "--index", str(tmp_path / "index"), "build"])
    assert result.exit_code == 0, result.output
    engine = Engine(tmp_path / "index")
    for word, doc_id in (("Schwerlastverkehr", "th-6-79"), ("Touristenbusse", "hh-21-4756")):
        results = engine.search(word)
        assert results.hits and results.hits[0].doc_id == doc_id, word


@pytest.mark.parametrize(
    ("doc_id", "number", "asked", "drucksache"),
    [
        ("bb-6-3541", 1385, "2016-01-20", "6/3367"),  # not 1306, which the title's "Nachfrage zur …" names
        ("th-6-79", 50, "2014-11-17", None),
        ("rp-17-2368", None, "2017-02-02", "17/2189"),
        # the introduction cites "Kleine Anfrage 2188 (vergleiche Drucksache 6/4240)": another document
        ("th-6-4597", 2477, "2017-08-28", None),
        ("hh-21-5376", None, "2016-07-22", None),  # "… auf die Schriftliche Kleine Anfrage Drs. 21/1333" is cited
    ],
)
def test_the_kleine_anfrage_answered_is_read_around_the_introduction(doc_id, number, asked, drucksache):
    parsed = _parsed(doc_id)
    assert (parsed["anfrage_nr"], parsed["date_asked"], parsed["anfrage_drucksache"]) == (number, asked, drucksache)


# Hamburg as the Senat prints it in a PDF: its own remark after the askers' request, before question 1.
_SENATE_REMARK = """BÜRGERSCHAFT DER FREIEN UND HANSESTADT HAMBURG Drucksache 21/9999
21. Wahlperiode 02.08.16
Schriftliche Kleine Anfrage
des Abgeordneten Max Beispiel (SPD) vom 25.07.16
und Antwort des Senats
Betr.: Sanierung der Kaimauern
Die Kaimauern im Hafen sind marode. Die Sanierung wurde mehrfach verschoben.
Vor diesem Hintergrund frage ich den Senat:
Vorbemerkung:
Die Hamburg Port Authority (HPA) saniert jährlich rund zwei Kilometer Kaimauer.
Dies vorausgeschickt, beantwortet der Senat die Fragen auf Grundlage von Auskünften der HPA wie folgt:
1. Wie viele Kilometer Kaimauer wurden 2015 saniert?
Im Jahr 2015 wurden 2,1 Kilometer saniert.
2. Wann wird der Bau am Kronprinzkai beginnen?
Der Bau beginnt im Frühjahr 2017.
"""


@pytest.mark.parametrize(
    ("source", "first", "last"),
    [
        (FIXTURES / "hh-21-5384.txt", "Der Senat beantwortet die Fragen teilweise", "(RPS-IHK) wie folgt:"),
        (None, "Die Hamburg Port Authority (HPA) saniert", "Auskünften der HPA wie folgt:"),
    ],
)
def test_the_senates_remark_after_the_request_is_its_vorbemerkung(tmp_path, source, first, last):
    """What the Senat writes between ``… frage ich den Senat:`` and question 1 is its Vorbemerkung, not lost."""
    if source is None:
        source = tmp_path / "hh-21-9999.txt"
        source.write_text(_SENATE_REMARK, encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", "--json", str(source)])
    parsed = json.loads(result.output)
    remark = " ".join(parsed["government_preamble"].split())
    assert remark.startswith(first) and remark.endswith(last), remark
    assert "Kaimauern im Hafen" not in remark and "frage ich den Senat" not in parsed["preamble"]


def test_the_senates_bare_formula_is_no_vorbemerkung(tmp_path):
    """``Dies vorausgeschickt, beantwortet der Senat die Fragen wie folgt:`` alone says nothing of its own."""
    lines = _SENATE_REMARK.splitlines()
    bare = [line for line in lines if "Vorbemerkung" not in line and "Port Authority" not in line]
    source = tmp_path / "hh-21-9999.txt"
    source.write_text("\n".join(bare).replace(" auf Grundlage von Auskünften der HPA", ""), encoding="utf-8")
    parsed = json.loads(CliRunner().invoke(cli, ["parse", "--json", str(source)]).output)
    assert parsed["government_preamble"] == "" and len(parsed["questions"]) == 2


def test_a_question_mark_inside_the_senates_remark_does_not_end_it(tmp_path):
    """Only a ``?`` that ends a sentence (a question) ends the remark, not one quoted inside it."""
    text = _SENATE_REMARK.replace(
        "saniert jährlich rund zwei Kilometer Kaimauer.",
        "saniert jährlich rund zwei Kilometer Kaimauer. Die Frage „marode?“, die die Anfrage stellt, prüft sie stets.",
    )
    source = tmp_path / "hh-21-9999.txt"
    source.write_text(text, encoding="utf-8")
    parsed = json.loads(CliRunner().invoke(cli, ["parse", "--json", str(source)]).output)
    remark = " ".join(parsed["government_preamble"].split())
    assert remark.startswith("Die Hamburg Port Authority") and remark.endswith("Auskünften der HPA wie folgt:"), remark
