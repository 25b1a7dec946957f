"""Askers as parliaments print them besides „Name (Partei)“: a Fraktion asking as a whole (Bremen's „Kleine Anfrage
der Fraktion der SPD“) and a mandate after a name („Dr. Max Müller, MdL (CDU)“) — read from the text and from a
metadata file, as the document page, the parse report and the citation show them."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from indexer import build_index
from indexer.cli import validation_report
from indexer.ingest.load import load_document
from indexer.ingest.parse import parse_askers
from indexer.model import Asker, Document
from indexer.output.citation import Citation
from web import create_app

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    """An archive of Bremen's hb-20-1150 and two Bundestag answers as printed, and Berlin's be-18-12507 and
    be-18-10505 with a metadata file naming their askers as a Landtag's page does."""
    corpus = tmp_path_factory.mktemp("corpus")
    for doc_id in ("hb-20-1150", "be-18-12507", "be-18-10505", "bt-21-1212", "bt-21-1189"):
        shutil.copy(FIXTURES / f"{doc_id}.txt", corpus / f"{doc_id}.txt")
    meta = {"askers": "Dr. Max Müller, MdL (CDU); Erika Beispiel MdA (CDU)"}
    (corpus / "be-18-12507.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    meta = {"askers": "Fraktion der SPD, Danny Freymark (CDU); Fraktionen der GRÜNEN und der SSW; Fraktion der"}
    (corpus / "be-18-10505.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    index = tmp_path_factory.mktemp("index")
    build_index(corpus, index)
    return create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()


def test_a_bremen_fraktion_that_asks_is_named_as_printed(client):
    """„Antwort des Senats auf die Kleine Anfrage der Fraktion der SPD“: the page named no asker and the citation
    none (and a metadata file's „Fraktion der SPD“ became the asker „Fraktion der“ of the party „SPD“)."""
    document = client.get("/api/dokument/hb-20-1150").get_json()
    assert document["askers"] == [{"name": "Fraktion der SPD", "party": "SPD"}]
    page = client.get("/dokument/hb-20-1150").get_data(as_text=True)
    assert "<dt>Fragesteller</dt><dd>Fraktion der SPD</dd>" in page
    citation = client.get("/api/dokument/hb-20-1150/zitat?frage=1").get_json()
    assert citation["short"] == (
        "Antwort des Senats vom 19. Oktober 2021 auf die Kleine Anfrage der Fraktion der SPD, "
        "Bürgerschafts-Drs. 20/1150, Antwort zu Frage 1"
    )
    hits = client.get("/api/search", query_string={"q": "Lärm-Blitzer"}).get_json()["hits"]
    assert hits and hits[0]["askers"] == ["Fraktion der SPD"] and hits[0]["parties"] == ["SPD"]


def test_a_mandate_after_a_name_is_no_asker(client):
    """„Dr. Max Müller, MdL (CDU)“ gave a second asker „MdL“ (CDU): the page listed „Dr. Max Müller (CDU), MdL
    (CDU)“ and the citation „der Abgeordneten Dr. Max Müller und MdL“."""
    document = client.get("/api/dokument/be-18-12507").get_json()
    assert document["askers"] == [
        {"name": "Dr. Max Müller", "party": "CDU"},
        {"name": "Erika Beispiel", "party": "CDU"},
    ]
    page = client.get("/dokument/be-18-12507").get_data(as_text=True)
    assert "<dd>Dr. Max Müller (CDU), Erika Beispiel (CDU)</dd>" in page
    short = client.get("/api/dokument/be-18-12507/zitat").get_json()["short"]
    assert "der Abgeordneten Dr. Max Müller und Erika Beispiel (CDU)" in short


def test_each_asker_of_a_list_is_its_own_and_a_fraktion_is_of_a_known_party(client):
    """„Fraktion der SPD, Danny Freymark (CDU)“ was one Fraktion of the party „SPD, Danny Freymark (CDU)“, „Fraktionen
    der GRÜNEN …“ a „Fraktion GRÜNEN“, a bare „Fraktion der“ the asker „Fraktion der“ of the party „der“."""
    document = client.get("/api/dokument/be-18-10505").get_json()
    assert document["askers"] == [
        {"name": "Fraktion der SPD", "party": "SPD"},
        {"name": "Danny Freymark", "party": "CDU"},
        {"name": "Fraktion der GRÜNEN", "party": "GRÜNEN"},
        {"name": "Fraktion der SSW", "party": "SSW"},
    ]
    page = client.get("/dokument/be-18-10505").get_data(as_text=True)
    assert (
        "<dt>Fragesteller</dt><dd>Fraktion der SPD, Danny Freymark (CDU), Fraktion der GRÜNEN, Fraktion der SSW</dd>"
        in page
    )
    hits = client.get("/api/search", query_string={"q": "Spielplatzkommission"}).get_json()["hits"]
    assert hits[0]["doc_id"] == "be-18-10505" and hits[0]["parties"] == ["SPD", "CDU", "GRÜNEN", "SSW"]
    short = client.get("/api/dokument/be-18-10505/zitat").get_json()["short"]  # one list, one „und“
    assert "von Danny Freymark (CDU), der Fraktion der SPD, der Fraktion der GRÜNEN und der Fraktion der SSW," in short


def test_members_the_bundestag_does_not_name_are_said_to_ask_too(client):
    """„Ruben Rupp, Robin Jünger, Alexander Arpaschi, weiterer Abgeordneter und der Fraktion der AfD“: the citation
    gave the three named members and the Fraktion as all who asked."""
    short = client.get("/api/dokument/bt-21-1212/zitat").get_json()["short"]
    assert (
        "der Abgeordneten Ruben Rupp, Robin Jünger, Alexander Arpaschi, weiterer Abgeordneter und der Fraktion der AfD"
        in short
    )
    page = client.get("/dokument/bt-21-1212").get_data(as_text=True)
    assert "Alexander Arpaschi (AfD), weitere Abgeordnete, Fraktion der AfD</dd>" in page
    assert client.get("/api/dokument/bt-21-1212").get_json()["further_askers"] is True
    # a list that names every member says no more
    assert client.get("/api/dokument/bt-21-1189").get_json()["further_askers"] is False
    assert "Birgit Bessin und der Fraktion der AfD" in client.get("/api/dokument/bt-21-1189/zitat").get_json()["short"]
    report = "\n".join(validation_report(load_document(FIXTURES / "bt-21-1212.txt")))
    assert (
        "Fragesteller:     Ruben Rupp (AfD), Robin Jünger (AfD), Alexander Arpaschi (AfD), weitere Abgeordnete, "
        "Fraktion der AfD" in report
    )


@pytest.mark.parametrize(
    "askers, further",
    [
        ("Ruben Rupp, Robin Jünger, Alexander Arpaschi, Martin Sichert und der Fraktion der AfD", False),
        ("Ruben Rupp, Robin Jünger, weitere Abgeordnete und der Fraktion der AfD", True),
    ],
)
def test_a_metadata_file_naming_the_askers_says_whether_others_ask(tmp_path, askers, further):
    """The text's „weiterer Abgeordneter“ stayed when a metadata file named all four members: cited „… Martin Sichert
    und weiterer Abgeordneter“."""
    sidecar = tmp_path / "bt-21-1212.json"
    sidecar.write_text(json.dumps({"askers": askers}, ensure_ascii=False), encoding="utf-8")
    document = load_document(FIXTURES / "bt-21-1212.txt", sidecar)
    assert document.further_askers is further
    assert ("weiterer Abgeordneter" in Citation(document).short()) is further


def test_members_and_a_fraktion_are_cited_as_one_list():
    """„der Abgeordneten Max Müller (CDU) und Anna Schmidt (SPD) und der Fraktion der SPD“: two „und“."""
    askers = (Asker("Fraktion der SPD", "SPD"), Asker("Max Müller", "CDU"), Asker("Anna Schmidt", "SPD"))
    short = Citation(Document(id="hb-20-1", parliament="hb", askers=askers)).short()
    assert "der Abgeordneten Max Müller (CDU), Anna Schmidt (SPD) und der Fraktion der SPD" in short
    # members of the Fraktion they ask with: as Bremen and the Bundestag print them, the Fraktion names the party
    askers = (Asker("Max Müller", "SPD"), Asker("Anna Schmidt", "SPD"), Asker("Fraktion der SPD", "SPD"))
    short = Citation(Document(id="hb-20-1", parliament="hb", askers=askers)).short()
    assert "der Abgeordneten Max Müller, Anna Schmidt und der Fraktion der SPD" in short
    askers = (Asker("Max Müller", "SPD"), Asker("Fraktion der SPD", "SPD"))
    short = Citation(Document(id="hb-20-1", parliament="hb", askers=askers)).short()
    assert "von Max Müller und der Fraktion der SPD" in short


@pytest.mark.parametrize(
    "printed, askers",
    [
        ("Fraktion der SPD, Max Müller (CDU)", [("Fraktion der SPD", "SPD"), ("Max Müller", "CDU")]),
        ("Max Müller (CDU) und Fraktion der SPD", [("Max Müller", "CDU"), ("Fraktion der SPD", "SPD")]),
        ("Fraktion der AfD, Fraktion der CDU", [("Fraktion der AfD", "AfD"), ("Fraktion der CDU", "CDU")]),
        ("Fraktion der SPD und der CDU", [("Fraktion der SPD", "SPD"), ("Fraktion der CDU", "CDU")]),
        ("Fraktion der SPD und Max Müller (CDU)", [("Fraktion der SPD", "SPD"), ("Max Müller", "CDU")]),
        ("der Abgeordneten Max Müller und der CDU-Fraktion", [("Max Müller", None), ("CDU-Fraktion", "CDU")]),
        ("SPD-Fraktion und CDU-Fraktion", [("SPD-Fraktion", "SPD"), ("CDU-Fraktion", "CDU")]),
        ("Fraktionen der GRÜNEN und der SSW", [("Fraktion der GRÜNEN", "GRÜNEN"), ("Fraktion der SSW", "SSW")]),
        ("Fraktion der Freien Demokraten", [("Fraktion der Freien Demokraten", "Freien Demokraten")]),
        ("Fraktion der SPD vom 7. September 2021", [("Fraktion der SPD", "SPD")]),
        ("Fraktion der", []),
        ("Fraktionen der", []),
        ("Fraktion", []),
        ("Fraktion der SPD", [("Fraktion der SPD", "SPD")]),
        ("der Fraktion DIE LINKE", [("Fraktion DIE LINKE", "DIE LINKE")]),
        ("CDU-Fraktion", [("CDU-Fraktion", "CDU")]),
        (
            "Fraktionen der SPD, DIE LINKE und BÜNDNIS 90/DIE GRÜNEN",
            [
                ("Fraktion der SPD", "SPD"),
                ("Fraktion DIE LINKE", "DIE LINKE"),
                ("Fraktion BÜNDNIS 90/DIE GRÜNEN", "BÜNDNIS 90/DIE GRÜNEN"),
            ],
        ),
        ("Max Müller MdB, Erika Beispiel MdB (SPD)", [("Max Müller", "SPD"), ("Erika Beispiel", "SPD")]),
        ("Max Müller (MdL, CDU)", [("Max Müller", "CDU")]),
        ("Max Müller (MdHB)", [("Max Müller", None)]),
        ("Max Müller, Dr. h. c. (CDU)", [("Max Müller", "CDU")]),  # a title after the name is no second person
        ("Nadja Lüders, Volkan Baran SPD", [("Nadja Lüders", "SPD"), ("Volkan Baran", "SPD")]),  # as before
        # Brandenburg's group too small to be a Fraktion: its party, not a party „BVB/FREIE WÄHLER Gruppe“
        ("Péter Vida (BVB/FREIE WÄHLER Gruppe)", [("Péter Vida", "BVB/FREIE WÄHLER")]),
    ],
)
def test_askers_as_printed(printed, askers):
    assert [(a.name, a.party) for a in parse_askers(printed)] == askers


def test_a_party_broken_after_its_slash_is_the_party_in_facets_and_filters(tmp_path):
    """bt-21-1464 prints its askers' Fraktion as „BÜNDNIS 90/-DIE GRÜNEN“ (the line broke after „90/-“): the
    party facet showed a second Grünen party beside „BÜNDNIS 90/DIE GRÜNEN“, and ``partei:Grüne`` missed it."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    shutil.copy(Path(__file__).parent.parent / "queries" / "corpus-bt13" / "bt-21-1464.txt", corpus)
    build_index(corpus, index)
    client = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()
    page = client.get("/", query_string={"q": "Teilzeitaufstockung"}).get_data(as_text=True)
    parties = {" ".join(re.sub(r"<[^>]+>", " ", name).split()) for name in re.findall(r'partei=[^"]*">(.*?)</a>', page)}
    assert {re.sub(r" \(\d+\)$", "", name) for name in parties} == {"BÜNDNIS 90/DIE GRÜNEN"}, parties
    found = client.get("/api/search", query_string={"q": "Teilzeitaufstockung partei:Grüne"}).get_json()
    assert found["total"] >= 1 and {hit["doc_id"] for hit in found["hits"]} == {"bt-21-1464"}
