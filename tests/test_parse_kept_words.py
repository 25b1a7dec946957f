"""Words the parser used to drop are kept where the model has a place for them, and found by search:
an annex printed after the closing greeting and signature (Sachsen), the askers' ``Begründung`` printed
after the questions (Baden-Württemberg), the Senat's remark before question 1 (Hamburg), the askers' Vorbemerkung
under ``Vorbemerkung/Begründung des Fragestellenden:`` (Sachsen-Anhalt)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer import Engine
from indexer.cli import cli
from indexer.ingest.extract import text_pages
from indexer.ingest.parse import parse_askers, parse_lines

FIXTURES = Path(__file__).parent / "fixtures"


def _parsed(doc_id: str):
    return parse_lines(text_pages((FIXTURES / f"{doc_id}.txt").read_text(encoding="utf-8")), doc_id=doc_id)


def test_an_annex_after_the_signature_is_kept_in_a_flat_text() -> None:
    annexes = _parsed("sn-6-12680").annexes
    assert [annex.label for annex in annexes] == ["Anlage zu Drs.-Nr. 6/12680"]
    rows = " ".join(annexes[0].rows)
    assert "Dresden, Stadt 81" in rows and rows.endswith("Landkreis Zwickau 3")
    assert "Archivsystem" not in rows  # the e-archive's stamp is furniture


_LETTER = """SÄCHSISCHES STAATSMINISTERIUM DES INNERN
Präsidenten des Sächsischen Landtages
Kleine Anfrage des Abgeordneten Max Beispiel, Fraktion SPD
Drs.-Nr.: 7/999
Thema: Versammlungen im März 2019
Sehr geehrter Herr Präsident,
namens und im Auftrag der Sächsischen Staatsregierung beantworte ich die Kleine Anfrage wie folgt:
Frage 1: Wie viele Versammlungen wurden im März 2019 angemeldet?
Auf die beigefügte Anlage wird verwiesen.
Frage 2: Wie viele davon in Dresden?
Siehe Anlage.
Mit freundlichen Grüßen
Roland Wöller
Anlage zu Drs.-Nr. 7/999
Chemnitz, Stadt 7
Vogtlandkreis 4
"""


def test_an_annex_after_the_signature_is_kept_in_printed_lines() -> None:
    document = parse_lines(text_pages(_LETTER), doc_id="sn-7-999")
    assert [(a.label, a.rows) for a in document.annexes] == [
        ("Anlage zu Drs.-Nr. 7/999", ("Chemnitz, Stadt 7", "Vogtlandkreis 4"))
    ]
    assert document.questions[1].answer == ("Siehe Anlage.",)  # the greeting and signature are no answer


def test_a_signature_after_an_annex_is_no_row_of_it() -> None:
    """The greeting, name and office printed after the annex close the letter; a bare "Anlage" before the
    greeting names the annex and has no rows."""
    answers = _LETTER.split("Mit freundlichen Grüßen")[0]
    signed = answers + "Anlage 1: Übersicht\nChemnitz, Stadt 7\nGörlitz, 3. Quartal 2\n" + _SIGNATURE
    document = parse_lines(text_pages(signed), doc_id="sn-7-999")
    assert [(a.label, a.rows) for a in document.annexes] == [
        ("Anlage 1: Übersicht", ("Chemnitz, Stadt 7", "Görlitz, 3. Quartal 2"))
    ]
    bare = parse_lines(text_pages(answers + "Anlage\n" + _SIGNATURE), doc_id="sn-7-999")
    assert [(a.label, a.rows) for a in bare.annexes] == [("Anlage", ())]
    assert bare.questions[1].answer == ("Siehe Anlage.",)


_SIGNATURE = "Mit freundlichen Grüßen\nRoland Wöller\nStaatsminister\n"


def test_the_reasoning_after_the_questions_is_the_askers_vorbemerkung() -> None:
    document = _parsed("bw-17-512")
    assert document.preamble == ("Die Kleine Anfrage soll den Stand der Planungen klären.",)
    assert all("Planungen klären" not in " ".join(q.answer) for q in document.questions)


@pytest.mark.parametrize(
    ("doc_id", "preamble"),
    [
        ("st-7-135", "Der Koalitionsvertrag von CDU, SPD und BÜNDNIS 90/DIE GRÜNEN sieht die langfristige Erhöhung"),
        ("st-7-1505", "In einer Frage an den Redner Andreas Steppuhn (SPD) zu TOP 10 der Landtagssitzung"),
    ],
)
def test_the_askers_vorbemerkung_ends_before_the_answers_opening(doc_id: str, preamble: str) -> None:
    """``Vorbemerkung des Fragestellenden:`` is the askers'; ``… beantworte ich die Kleine Anfrage wie folgt:``
    after it is the government's opening, not theirs."""
    document = _parsed(doc_id)
    assert document.preamble[0].startswith(preamble)
    assert "beantworte ich" not in " ".join(document.preamble)


@pytest.mark.parametrize(
    ("doc_id", "remark"),
    [  # after "Im Namen des Senats von Berlin beantworte ich Ihre Schriftliche Anfrage wie folgt:"
        (
            "be-18-10505",
            "Die Schriftliche Anfrage betrifft Sachverhalte, die der Senat nicht aus eigener Zuständigkeit",
        ),
        (
            "be-19-20506",
            "Die Schriftliche Anfrage betrifft (zum Teil) Sachverhalte",
        ),  # under "Vorbemerkung der Verwaltung:"
    ],
)
def test_the_governments_remark_after_its_opening_is_its_vorbemerkung(doc_id: str, remark: str) -> None:
    document = _parsed(doc_id)
    assert document.government_preamble[0].startswith(remark)
    assert not document.preamble and len(document.government_preamble) == 1


def test_every_asker_of_the_bundestag_is_kept() -> None:
    """A place after a name tells two members apart ("Stephan Kühn (Dresden)"): it is no party and does not
    hide the names after it; "weiterer Abgeordneter" is nobody; a Fraktion in brackets stays the party."""
    askers = parse_askers("Stephan Kühn (Dresden), Oliver Krischer, Sven-Christian Kindler, weiterer Abgeordneter")
    assert [(a.name, a.party) for a in askers] == [
        ("Stephan Kühn", None),
        ("Oliver Krischer", None),
        ("Sven-Christian Kindler", None),
    ]
    assert [(a.name, a.party) for a in _parsed("bt-18-4919").askers][1] == ("Oliver Krischer", "BÜNDNIS 90/DIE GRÜNEN")
    assert [(a.name, a.party) for a in parse_askers("Angelika Beer (Piratenfraktion)")] == [
        ("Angelika Beer", "Piratenfraktion")
    ]


@pytest.mark.parametrize(
    ("printed", "askers"),
    [
        ("Anna Beispiel (Die Grünen)", [("Anna Beispiel", "Die Grünen")]),
        ("Anna Beispiel (Grünen)", [("Anna Beispiel", "Grünen")]),
        ("Anna Beispiel und Ben Muster (Linke)", [("Anna Beispiel", "Linke"), ("Ben Muster", "Linke")]),
        ("Anna Beispiel (Volt)", [("Anna Beispiel", "Volt")]),
        ("Anna Beispiel (Frankfurt am Main), Ben Muster", [("Anna Beispiel", None), ("Ben Muster", None)]),
        ("Anna Beispiel (Halle (Saale)), Ben Muster", [("Anna Beispiel", None), ("Ben Muster", None)]),
    ],
)
def test_a_party_in_any_spelling_is_no_place_and_a_place_of_several_words_no_party(
    printed: str, askers: list[tuple[str, str | None]]
) -> None:
    assert [(a.name, a.party) for a in parse_askers(printed)] == askers


def test_the_words_once_dropped_are_found(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for doc_id in ("sn-6-12680", "bw-17-512", "hh-21-5384", "hh-21-3415"):
        shutil.copy(FIXTURES / f"{doc_id}.txt", corpus / f"{doc_id}.txt")
    result = CliRunner().invoke(cli, ["--corpus", str(corpus), "--index", str(tmp_path / "index"), "build"])
    assert result.exit_code == 0, result.output
    engine = Engine(tmp_path / "index")
    for word, doc_id in (("Vogtlandkreis", "sn-6-12680"), ("Rechnungsprüfungsstelle", "hh-21-5384")):
        hits = engine.search(word).hits
        assert hits and hits[0].doc_id == doc_id, word
    assert engine.search('"Stand der Planungen"').hits[0].doc_id == "bw-17-512"
