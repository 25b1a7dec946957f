"""What a parliamentary group's research office copies from Landtag answers (twenty-first new-user pass): the
ministry as the answer names it, a citation that is dated where the answer prints no date, and an exported list that
says the Wahlperiode and the Kleine Anfrage's number as the parliament prints it."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware
from citeproc import Citation as CslCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from markupsafe import escape
from pypdf import PdfReader

from indexer.ingest.layouts.front import ministry_name
from web import create_app

from .conftest import SEED, app_of

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def cited_client(tmp_path_factory):
    """Answers of Thüringen, Hessen, Sachsen-Anhalt and Bayern beside the seed, built as ``anfragen build`` does."""
    from indexer import build_index

    corpus, index = tmp_path_factory.mktemp("landtag-corpus"), tmp_path_factory.mktemp("landtag-index")
    for source in [
        *SEED.glob("nw-17-6448.*"),
        *SEED.glob("th-6-79.*"),
        FIXTURES / "he-19-1054.txt",
        FIXTURES / "st-7-3792.txt",
        FIXTURES / "by-17-8003.txt",
    ]:
        shutil.copy(source, corpus / source.name)
    build_index(corpus, index)
    return create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()


def test_a_thueringen_ministry_is_named_as_the_answer_names_it(cited_client):
    """„Das Thüringer Ministerium für Infrastruktur und Landwirtschaft hat die Kleine Anfrage … beantwortet“: the page,
    the citation and the facet said „Ministerium für Infrastruktur und Landwirtschaft“, no Land's name."""
    name = "Thüringer Ministerium für Infrastruktur und Landwirtschaft"
    cited = cited_client.get("/api/dokument/th-6-79/zitat?frage=2").get_json()
    assert f"Beantwortet von: {name}." in cited["text"]
    assert f"<dd>{name}</dd>" in cited_client.get("/dokument/th-6-79").get_data(as_text=True)
    found = cited_client.get("/api/search", query_string={"q": "ministerium:Infrastruktur"}).get_json()
    assert [entry["value"] for entry in found["facets"]["ministerium"]] == [name]


@pytest.mark.parametrize(
    ("printed", "named"),
    [
        ("Der Sächsischer Minister für Kultus", "Sächsisches Ministerium für Kultus"),  # not „Sächsischer Ministerium“
        ("des Hessischen Ministeriums der Finanzen", "Hessisches Ministerium der Finanzen"),
        ("dem Thüringer Ministerium für Bildung", "Thüringer Ministerium für Bildung"),
        ("der stellvertretende Minister für Bau", "Ministerium für Bau"),
    ],
)
def test_a_ministry_keeps_its_lands_adjective_in_the_nominative(printed, named):
    assert ministry_name(printed) == named


def test_a_citation_without_an_answer_date_is_dated_by_the_anfrage(cited_client):
    """Hessen's copy prints „Kleine Anfrage des Abg. Rentsch (FDP) vom 03.11.2014“ and no answer date: the citation had
    no date at all, in no format a Vermerk could take one from."""
    cited = cited_client.get("/api/dokument/he-19-1054/zitat?frage=2").get_json()
    assert cited["short"] == (
        "Antwort der Landesregierung auf die Kleine Anfrage vom 3. November 2014 von Rentsch (FDP), LT-Drs. 19/1054, "
        "Antwort zu Frage 2"
    )
    bib = bibtexparser.parse_string(cited_client.get("/dokument/he-19-1054/zitat.bib?frage=2").get_data(as_text=True))
    assert "vom 3. November 2014" in bib.entries[0].fields_dict["note"].value
    ris = rispy.loads(cited_client.get("/dokument/he-19-1054/zitat.ris?frage=2").get_data(as_text=True))
    assert "vom 3. November 2014" in ris[0]["notes"][0]


def test_a_title_with_straight_quotes_goes_into_bibtex_with_german_ones(cited_client):
    """he-19-1054's title ends „und "Neuer Stil"“ in straight quotes: into BibTeX as they stood, a ``"`` LaTeX's German
    (babel ``ngerman``, switched on by ``language = {german}``) reads as a shorthand — ``"Soziale Stadt"`` came out as
    „SSoziale Stadt"“, ``"sozial"`` as „ßozial"“ (checked with pdflatex and BibTeX).  The page keeps the title as
    printed, RIS and CSL-JSON too: no LaTeX reads them."""
    for asked in ("/dokument/he-19-1054/zitat.bib", "/zitate.bib?q=drucksache:19/1054"):
        bib = cited_client.get(asked).get_data(as_text=True)
        parsed = bibtexparser.parse_string(bib)
        assert not parsed.failed_blocks
        title = parsed.entries[0].fields_dict["title"].value  # the search's: „… „Neuer Stil“ – Antwort zu Frage 1“
        assert title.startswith("Praxis der Landesregierung bezüglich der Beantwortung parlamentarischer Initiativen")
        assert "und „Neuer Stil“" in title
        assert '"' not in bib
    ris = rispy.loads(cited_client.get("/dokument/he-19-1054/zitat.ris").get_data(as_text=True))
    assert ris[0]["title"].endswith('und "Neuer Stil"')


# nw-17-6448 under a title of its sidecar as archives' metadata mix quotes: a German opening, a straight closing one
LONE_QUOTE_TITLE = 'Integration langzeitarbeitsloser Menschen im Programm „Soziale Stadt" in Dortmund'
_LATEX = (
    "\\documentclass{article}\n%s\\usepackage[utf8]{inputenc}\n\\usepackage[ngerman]{babel}\n\\begin{document}\n"
    "\\sloppy\\hyphenpenalty=10000\\nocite{*}\\bibliographystyle{plain}\\bibliography{zitat}\n\\end{document}\n"
)


def _typeset(bib: str, folder: Path, fonts: str) -> str:
    """``bib`` as a German LaTeX document's bibliography (pdflatex, BibTeX, pdflatex): the text of its PDF."""
    (folder / "zitat.bib").write_text(bib, encoding="utf-8")
    (folder / "liste.tex").write_text(_LATEX % fonts, encoding="utf-8")
    run = ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "liste"]
    subprocess.run(run, cwd=folder, capture_output=True, check=True)
    subprocess.run(["bibtex", "liste"], cwd=folder, capture_output=True, check=True)
    done = subprocess.run(run, cwd=folder, capture_output=True, text=True, errors="replace")
    assert done.returncode == 0, [line for line in done.stdout.splitlines() if line.startswith("!")]
    return " ".join(" ".join(page.extract_text() for page in PdfReader(folder / "liste.pdf").pages).split())


def test_a_lone_straight_quote_in_a_title_is_typeset_and_read_back_from_bibtex(tmp_path_factory):
    """A title whose straight quote has no partner („Soziale Stadt" with a German opening mark) went into BibTeX as
    ``{\\textquotedbl}``: pdflatex stopped on it in its default font encoding („Command \\textquotedbl unavailable in
    encoding OT1“, the quote left out), and a reference manager decoding the LaTeX read the title without it.  (The
    ``{"}`` BibTeX guides give is no escape here: LaTeX's German reads the brace after it, „Argument of
    \\language@active@arg" has an extra }“.)  RIS and CSL-JSON keep the title as the page prints it."""
    corpus = tmp_path_factory.mktemp("lone-quote-corpus")
    shutil.copy(SEED / "nw-17-6448.txt", corpus)
    sidecar = json.loads((SEED / "nw-17-6448.json").read_text(encoding="utf-8"))
    (corpus / "nw-17-6448.json").write_text(json.dumps({**sidecar, "title": LONE_QUOTE_TITLE}), encoding="utf-8")
    client = app_of(tmp_path_factory, "lone-quote", corpus.iterdir()).test_client()
    page = client.get("/dokument/nw-17-6448").get_data(as_text=True)
    assert f"<h1>{escape(LONE_QUOTE_TITLE)}</h1>" in page
    for asked in ("/dokument/nw-17-6448/zitat.bib", "/zitate.bib?q=nw-17-6448"):
        bib = client.get(asked).get_data(as_text=True)
        parsed = bibtexparser.parse_string(bib, append_middleware=[LatexDecodingMiddleware()])
        assert not parsed.failed_blocks
        assert parsed.entries[0]["title"].startswith(LONE_QUOTE_TITLE)
    if shutil.which("pdflatex") and shutil.which("bibtex"):
        bib = client.get("/dokument/nw-17-6448/zitat.bib").get_data(as_text=True)
        for fonts, closing in (("", "”"), ("\\usepackage[T1]{fontenc}\n", '"')):  # OT1, pdflatex's own, and T1
            typeset = _typeset(bib, tmp_path_factory.mktemp("latex"), fonts)
            assert f"soziale stadt{closing} in dortmund" in typeset  # BibTeX's plain style lowers a title's case
    ris = rispy.loads(client.get("/dokument/nw-17-6448/zitat.ris").get_data(as_text=True))
    assert ris[0]["title"] == LONE_QUOTE_TITLE
    assert client.get("/dokument/nw-17-6448/zitat.json").get_json()[0]["title"] == LONE_QUOTE_TITLE


def test_an_answer_without_its_own_date_is_found_and_sorted_by_its_anfrages(cited_client):
    """he-19-1054 prints no answer date and is cited „auf die Kleine Anfrage vom 3. November 2014“: yet „datum:2014“,
    the year facet and the sort by date left it out or put it last, and its hit showed no date at all."""
    found = cited_client.get("/api/search", query_string={"q": "datum:2014"}).get_json()
    assert {(hit["doc_id"], hit["date"], hit["dated_by_anfrage"]) for hit in found["hits"]} == {
        ("he-19-1054", "2014-11-03", True)
    }
    assert found["hits"][0]["date_answered"] is None  # the answer's own date stays unknown
    years = cited_client.get("/api/search", query_string={"q": "parlament:he"}).get_json()["facets"]["jahr"]
    assert years == [{"value": 2014, "count": 3}]  # its three answers
    oldest = cited_client.get("/api/search", query_string={"q": "parlament:he parlament:nw", "sort": "aelteste"})
    assert list(dict.fromkeys(hit["doc_id"] for hit in oldest.get_json()["hits"])) == ["he-19-1054", "nw-17-6448"]
    page = cited_client.get("/", query_string={"q": "datum:2014"}).get_data(as_text=True)
    assert "Drucksache 19/1054 · Anfrage vom 03.11.2014 · " in page  # labelled: the answer's own date is unknown


def test_a_feed_entry_dated_by_its_anfrage_says_so(cited_client):
    feed = ET.fromstring(cited_client.get("/feed.atom", query_string={"parlament": "he"}).data)
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 3  # one per answer
    for entry in entries:
        assert entry.findtext("{http://www.w3.org/2005/Atom}updated") == "2014-11-03T00:00:00Z"
        assert entry.findtext("{http://www.w3.org/2005/Atom}summary").startswith(
            "Ohne Antwortdatum; Anfrage vom 03.11.2014: "
        )


def test_reference_formats_of_an_undated_answer_carry_its_anfrages_year(cited_client):
    """Zotero showed no year for he-19-1054, whose citation text says „vom 3. November 2014“: each format now gives
    the year (no day: that day is the Anfrage's, not the answer's), as its importer reads it."""
    bib = bibtexparser.parse_string(cited_client.get("/dokument/he-19-1054/zitat.bib?frage=2").get_data(as_text=True))
    assert bib.entries[0].fields_dict["year"].value == "2014" and "date" not in bib.entries[0].fields_dict
    (ris,) = rispy.loads(cited_client.get("/dokument/he-19-1054/zitat.ris?frage=2").get_data(as_text=True))
    assert ris["year"] == "2014" and "date" not in ris
    items = json.loads(cited_client.get("/dokument/he-19-1054/zitat.json?frage=2").get_data(as_text=True))
    assert items[0]["issued"] == {"date-parts": [[2014]]}
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    bibliography.register(CslCitation([CitationItem(items[0]["id"])]))
    (rendered,) = [str(entry) for entry in bibliography.bibliography()]
    assert rendered.startswith("Landesregierung Hessen and Rentsch (2014) Praxis der Landesregierung")


def csv_rows(client, query: str, path: str = "/export.csv", delimiter: str = ",") -> dict[str, dict[str, str]]:
    text = client.get(path, query_string={"q": query}).get_data(as_text=True)
    return {row["dokument"]: row for row in csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter)}


def test_the_exported_list_says_the_wahlperiode_and_the_anfrages_number_as_printed(cited_client):
    """A spreadsheet of hits had the Drucksache but neither the Wahlperiode nor the Kleine Anfrage's number, which
    staff sort and cite by (Sachsen-Anhalt's „KA 7/2151“ counts within its period)."""
    rows = csv_rows(cited_client, "parlament:st")
    assert (rows["st-7-3792"]["wahlperiode"], rows["st-7-3792"]["anfrage_nummer"]) == ("7", "KA 7/2151")
    rows = csv_rows(cited_client, "drucksache:17/6448", "/export-excel.csv", ";")
    assert (rows["nw-17-6448"]["wahlperiode"], rows["nw-17-6448"]["anfrage_nummer"]) == ("17", "2509")
    assert list(rows["nw-17-6448"])[16:19] == ["zitat", "wahlperiode", "anfrage_nummer"]  # old columns keep their place
    exported = json.loads(cited_client.get("/export.json", query_string={"q": "parlament:st"}).get_data(as_text=True))
    assert {(hit["wahlperiode"], hit["anfrage_nummer"]) for hit in exported["hits"]} == {(7, "KA 7/2151")}


def test_the_exported_list_gives_an_undated_answer_its_anfrages_date_and_says_whose_it_is(cited_client):
    """he-19-1054 prints no answer date: its rows had an empty ``datum``, so a spreadsheet sorted by date put it last
    and showed no date, where every page files it under its Anfrage's date „Anfrage vom 03.11.2014“."""
    rows = csv_rows(cited_client, "parlament:he parlament:nw", "/export-excel.csv", ";")
    undated, dated = rows["he-19-1054"], rows["nw-17-6448"]
    assert (undated["datum"], undated["ablagedatum"], undated["ablagedatum_ist"]) == ("", "03.11.2014", "Anfragedatum")
    assert (dated["datum"], dated["ablagedatum"], dated["ablagedatum_ist"]) == (
        "04.06.2019",
        "04.06.2019",
        "Antwortdatum",
    )
    assert list(dated)[-4:] == ["wahlperiode", "anfrage_nummer", "ablagedatum", "ablagedatum_ist"]  # at the end
    rows = csv_rows(cited_client, "parlament:he")
    assert (rows["he-19-1054"]["ablagedatum"], rows["he-19-1054"]["ablagedatum_ist"]) == ("2014-11-03", "Anfragedatum")
