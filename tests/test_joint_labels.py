"""A joint answer names its other questions as the document prints them (Berlin's ``a)``/``b)``),
on the document page (linked) and in the parse report — not by their position in the list."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer import IndexStore
from indexer.model import Document, Question
from web import create_app
from web.cli import main

FRAGE = "Frage "  # a joint answer's link names its question whole, seen and read out: „Frage 3“, not „3“

FIXTURE = Path(__file__).parent / "fixtures" / "be-18-11151.txt"


@pytest.fixture(scope="module")
def lettered(tmp_path_factory) -> tuple[Path, Path]:
    corpus, index = tmp_path_factory.mktemp("lettered-corpus"), tmp_path_factory.mktemp("lettered-index")
    shutil.copy(FIXTURE, corpus / FIXTURE.name)
    result = CliRunner().invoke(main, ["--corpus", str(corpus), "--index", str(index), "build"])
    assert result.exit_code == 0, result.output
    return corpus, index


def test_document_page_links_the_joint_question_by_its_printed_letter(lettered):
    corpus, index = lettered
    client = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()
    page = client.get("/dokument/be-18-11151").get_data(as_text=True)
    assert f'Gemeinsam beantwortet mit\n        <a href="#frage-2">{FRAGE}b</a>.' in page
    assert f'<a href="#frage-1">{FRAGE}a</a>.' in page


def test_parse_report_names_the_joint_question_by_its_printed_letter():
    result = CliRunner().invoke(main, ["parse", str(FIXTURE)])
    assert "(1 Absatz, gemeinsam mit b)" in result.output and "(1 Absatz, gemeinsam mit a)" in result.output


def test_a_citation_link_takes_the_question_as_printed(lettered):
    """``zitat.bib?frage=b`` as staff read it on the page („Frage b“) was „Ungültige Fragenummer“."""
    corpus, index = lettered
    client = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()
    bibtex = client.get("/dokument/be-18-11151/zitat.bib?frage=b")
    assert bibtex.status_code == 200 and "Antwort zu den Fragen a und b}" in bibtex.get_data(as_text=True)
    assert client.get("/api/dokument/be-18-11151/zitat?frage=B").get_json()["question"] == 2
    missing = client.get("/dokument/be-18-11151/zitat.ris?frage=c")
    assert missing.status_code == 400 and "Ungültige Fragenummer „c“" in missing.get_data(as_text=True)


def test_document_page_names_several_joint_questions_in_the_plural(tmp_path):
    """„Die Fragen 11 bis 17 werden … gemeinsam beantwortet“ read „Gemeinsam beantwortet mit Frage 11, 13, 14, 15,
    16, 17.“ on the page of question 12; each link names its question now („mit Frage 11, Frage 13 …“)."""
    joint = "Die Fragen 1 bis 3 werden gemeinsam beantwortet."
    questions = tuple(
        Question(n, f"Frage zum Fragebogen {n}?", (joint,), tuple(m for m in (1, 2, 3) if m != n)) for n in (1, 2, 3)
    )
    IndexStore(tmp_path).build(
        [
            Document(
                id="ni-19-4711",
                parliament="ni",
                wahlperiode=19,
                drucksache="19/4711",
                title="Fragebogen",
                questions=(
                    *questions,
                    Question(4, "Und sonst?", ("Nichts.",), (5,)),
                    Question(5, "Wirklich?", ("Nichts.",), (4,)),
                ),
            )
        ]
    )
    client = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path), "CORPUS_DIR": str(tmp_path)}).test_client()
    page = " ".join(client.get("/dokument/ni-19-4711").get_data(as_text=True).split())
    assert f'Gemeinsam beantwortet mit <a href="#frage-1">{FRAGE}1</a> und <a href="#frage-3">{FRAGE}3</a>.' in page
    assert f'Gemeinsam beantwortet mit <a href="#frage-2">{FRAGE}2</a> und <a href="#frage-3">{FRAGE}3</a>.' in page
    assert f'Gemeinsam beantwortet mit <a href="#frage-5">{FRAGE}5</a>.' in page
