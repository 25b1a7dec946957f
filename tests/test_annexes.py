"""Annexes after the last answer: their own section, searchable, shown under "Anlagen",
never part of an answer; table rows stay rows and cells stay apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer import build_index
from indexer.ingest.extract import text_pages
from indexer.ingest.parse import parse_lines
from indexer.search.engine import Engine
from web import create_app

ANSWER = """LANDTAG NORDRHEIN-WESTFALEN
18. Wahlperiode
Drucksache 18/9001
14.03.2025
Antwort
der Landesregierung
auf die Kleine Anfrage 4711 vom 10. Februar 2025
des Abgeordneten Max Muster SPD
Drucksache 18/8800
Rechenzentren der Hochschulen
Die Ministerin für Kultur und Wissenschaft hat die Kleine Anfrage 4711 mit Schreiben vom 14. März 2025
namens der Landesregierung beantwortet.
1. Welche Hochschulen betreiben ein eigenes Rechenzentrum?
Die Übersicht ist als Anlage 1 beigefügt.
2. Welche Hochschulen nutzen ein gemeinsames Rechenzentrum?
Die Universität Göttingen und weitere Hochschulen nutzen Rechenzentren gemeinsam; Einzelheiten
enthält die Anlage.
Anlage 1: Rechenzentren der Hochschulen
Hochschule Betreiber Status
Universität Münster eigenes Rechenzentrum offen
Universität Göttingen Verbund offen GWDG
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, Path]:
    corpus = tmp_path_factory.mktemp("annex-corpus")
    (corpus / "nw-18-9001.txt").write_text(ANSWER, encoding="utf-8")
    index = tmp_path_factory.mktemp("annex-index")
    build_index(corpus, index)
    return corpus, index


def test_annex_is_its_own_section_not_part_of_the_last_answer() -> None:
    document = parse_lines(text_pages(ANSWER), doc_id="nw-18-9001")
    assert [q.number for q in document.questions] == [1, 2]
    assert document.questions[-1].answer_text.endswith("enthält die Anlage.")
    assert "GWDG" not in document.questions[-1].answer_text
    [annex] = document.annexes
    assert annex.label == "Anlage 1: Rechenzentren der Hochschulen"
    assert annex.rows[-1] == "Universität Göttingen Verbund offen GWDG"  # a row stays a row, cells apart
    assert json.loads(json.dumps(document.to_json()))["annexes"][0]["rows"][0] == "Hochschule Betreiber Status"


def test_a_begruendung_inside_an_annex_stays_in_the_annex_only() -> None:
    """ "Begründung" printed in an annex is the annex's: not also taken for the askers' Vorbemerkung."""
    reasons = "Begründung\nDie Angaben stammen von den Hochschulen selbst.\n"
    document = parse_lines(text_pages(ANSWER + reasons), doc_id="nw-18-9001")
    assert not document.preamble
    assert document.annexes[0].rows[-2:] == ("Begründung", "Die Angaben stammen von den Hochschulen selbst.")


def test_annex_is_searchable_and_shown_under_anlagen(corpus: tuple[Path, Path]) -> None:
    corpus_dir, index_dir = corpus
    results = Engine(index_dir).search("anlage:GWDG")
    assert [hit.doc_id for hit in results.hits if not hit.missing] == ["nw-18-9001"] and results.total == 1
    app = create_app({"TESTING": True, "INDEX_DIR": str(index_dir), "CORPUS_DIR": str(corpus_dir)})
    page = app.test_client().get("/dokument/nw-18-9001").get_data(as_text=True)
    assert "<h2>Anlagen</h2>" in page
    assert "Universität Göttingen Verbund offen GWDG" in page
    assert "offenGWDG" not in page


def test_table_annex_from_a_pdf_keeps_rows_and_cells(tmp_path: Path) -> None:
    """A PDF whose annex table is set cell by cell: each row stays a row, the cells stay apart."""
    from fpdf import FPDF

    from indexer import load_document

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    text = ANSWER.split("Hochschule Betreiber Status\n")[0]
    y = 15.0
    for line in text.replace("–", "-").splitlines():
        pdf.text(20, y, line)
        y += 4.6
    for row in (("Hochschule", "Betreiber", "Status"), ("Universität Göttingen", "Verbund", "offen GWDG")):
        for x, cell in zip((20, 90, 130), row, strict=True):
            pdf.text(x, y, cell)
        y += 4.6
    pdf.output(str(tmp_path / "nw-18-9001.pdf"))
    document = load_document(tmp_path / "nw-18-9001.pdf")
    assert document.annexes[0].rows == ("Hochschule Betreiber Status", "Universität Göttingen Verbund offen GWDG")
    assert "GWDG" not in document.questions[-1].answer_text


def test_a_long_annex_is_read_in_linear_time() -> None:
    """An annex of many pages (a table by district) was frozen anew at each row: eight times the rows took some sixty
    times as long."""
    import time

    from indexer.ingest.layouts.annexes import take_annexes
    from indexer.ingest.layouts.questions import QuestionSpan

    def seconds(count: int) -> float:
        rows = [f"Landkreis {index} {index * 7} Fälle {index * 3}.000 Euro" for index in range(count)]
        lines = ["Die Fälle nach Landkreisen enthält Anlage 1.", "Anlage 1: Fälle nach Landkreisen", *rows]
        started = time.process_time()  # CPU: not the time other processes take from it on a busy machine
        annexes = take_annexes([QuestionSpan(1, 0, 1, len(lines), answer_lines=lines)])
        assert annexes[0].rows[-1] == rows[-1] and len(annexes[0].rows) == count
        return time.process_time() - started

    short = min(seconds(4000) for _ in range(3))
    assert min(seconds(32000) for _ in range(2)) < 24 * short


def test_an_annex_over_two_pages_stays_one_annex() -> None:
    """ni-19-11278's table runs on to a second page headed by a bare „Anlage“ and the page number „2“ (the first
    page's number „1“ stands under the heading): one annex, without the page numbers among its rows."""
    pages = ANSWER.replace("Anlage 1: Rechenzentren der Hochschulen\n", "Anlage 1: Rechenzentren der Hochschulen\n1\n")
    pages += "Anlage\n\n2\nUniversität Kiel Verbund offen\n"
    document = parse_lines(text_pages(pages), doc_id="nw-18-9001")
    assert [annex.label for annex in document.annexes] == ["Anlage 1: Rechenzentren der Hochschulen"]
    assert document.annexes[0].rows == (
        "Hochschule Betreiber Status",
        "Universität Münster eigenes Rechenzentrum offen",
        "Universität Göttingen Verbund offen GWDG",
        "Universität Kiel Verbund offen",
    )


def test_a_second_annex_headed_by_a_bare_anlage_on_its_first_page_stays_its_own() -> None:
    """A bare „Anlage“ over page number 1 opens an annex of its own; only over a later page is it a running head."""
    pages = ANSWER + "Anlage\n\n1\nÜbersicht der Standorte\n"
    document = parse_lines(text_pages(pages), doc_id="nw-18-9001")
    assert [annex.label for annex in document.annexes] == ["Anlage 1: Rechenzentren der Hochschulen", "Anlage"]
    assert document.annexes[1].rows == ("Übersicht der Standorte",)


def test_the_reports_name_the_annexes_they_read(tmp_path: Path) -> None:
    """A 200-page answer whose tables follow as annexes was reported as its 4 questions and „Keine Warnungen.“: the
    annexes were read and indexed, but neither ``anfragen parse`` nor the upload's report named them."""
    from click.testing import CliRunner

    from web.cli import main

    fixtures = Path(__file__).parent / "fixtures"
    report = CliRunner().invoke(main, ["parse", str(fixtures / "bt-21-232.txt")]).output
    # the label an annex repeats on each of its pages names it once (before parser round 18: "7 Anlagen"); its pages'
    # marks „Seite 1 von 3“ under the labels (504 before round 24) and between its rows (499 before round 25): no rows
    assert "  4 Anlagen (495 Zeilen, als „anlage:“ durchsuchbar):\n" in report
    assert "    Anlage 4 der Antwort" in report
    more = CliRunner().invoke(main, ["parse", str(fixtures.parent.parent / "queries/corpus-bt3/bt-21-1431.txt")])
    assert "  8 Anlagen (458 Zeilen" in more.output and "    … und 3 weitere\n" in more.output  # the first five named
    assert "  1 Fußnote:\n" in CliRunner().invoke(main, ["parse", str(fixtures / "ni-19-11219.txt")]).output
