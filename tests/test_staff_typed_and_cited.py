"""What parliamentary staff see when they find answers and cite them (thirty-third new-user pass): the filters they
type beside those they choose, and the citations they copy and export."""

import json
import re
import shutil
from html import unescape
from pathlib import Path

import bibtexparser
import pytest
import rispy

from indexer import build_index
from web import create_app

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    """An archive of three Bundestag answers: one to the AfD (bt-21-1189), one to Die Linke (bt-21-690) whose answer
    cites an Anfrage of the AfD, as many of the Bundestag's answers do, and a reprint (bt-21-1212 „(neu)“)."""
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copy(FIXTURES / "bt-21-1189.txt", corpus / "bt-21-1189.txt")
    text = (FIXTURES / "bt-21-690.txt").read_text(encoding="utf-8")
    cited = "sind Aussagen zu Kosten und Wirtschaftlichkeit nicht möglich (vgl. die Antwort auf die Kleine Anfrage der"
    text = text.replace("sind Aussagen zu Kosten und Wirtschaftlichkeit nicht möglich", cited + " Fraktion der AfD)", 1)
    (corpus / "bt-21-690.txt").write_text(text, encoding="utf-8")
    # a reprint of an answer to a reprinted Anfrage, as the Bundestag prints them („Deutscher Bundestag Drucksache
    # 21/309 (neu)“, „– Drucksache 21/1026 (neu) –“)
    text = (FIXTURES / "bt-21-1212.txt").read_text(encoding="utf-8")
    text = text.replace("Drucksache 21/1212", "Drucksache 21/1212 (neu)", 1)
    (corpus / "bt-21-1212.txt").write_text(
        text.replace("– Drucksache 21/1083 –", "– Drucksache 21/1083 (neu) –"), "utf-8"
    )
    index = tmp_path_factory.mktemp("index")
    build_index(corpus, index)
    return create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()


def chips(page: str) -> list[tuple[str, str]]:
    """Each chip of the active filters: its label and where its × leads."""
    listed = page.split('<ul class="chips"')[1].split("</ul>")[0]
    return [
        (unescape(label), unescape(href))
        for label, href in re.findall(r'<span>([^<]*)</span> <a href="([^"]*)"', listed)
    ]


def test_one_party_typed_in_two_spellings_is_one_filter(client):
    """``partei:Linke partei:"Die Linke"`` showed the chips „Partei: Linke“ and „Partei: Die Linke“ and „Eingrenzen
    (2 aktiv)“, though both name one party; the × of either left the other in the box, the list as it was."""
    page = client.get("/", query_string={"q": 'partei:Linke partei:"Die Linke"'}).get_data(as_text=True)
    assert chips(page) == [("Partei: Die Linke", "/")]
    assert "Eingrenzen (1 aktiv)" in page


def test_a_party_typed_and_chosen_is_one_filter(client):
    """``?q=partei:AfD&partei=AfD`` (the facet chosen, then the party typed too) showed two chips „Partei: AfD“ and
    „Eingrenzen (2 aktiv)“; the × of the typed one left the chosen one in place, the list as it was."""
    page = client.get("/?q=Bundesregierung+partei:AfD&partei=AfD").get_data(as_text=True)
    assert chips(page) == [("Partei: AfD", "/?q=Bundesregierung")]
    assert "Eingrenzen (1 aktiv)" in page


def test_anfragen_of_a_party_offer_its_filter_where_answers_cite_it(client):
    """„Anfragen von der AfD“ on a Bundestag archive listed the answers that cite an „Anfrage der Fraktion der AfD“ —
    here one to Die Linke — and offered nothing, for the offer of the party's filter came only where no answer held
    the words; the words name the Anfragen, no topic, so „partei:AfD“ is offered beside what they found."""
    for typed in ("Anfragen von der AfD", "Kleine Anfragen der Fraktion der AfD"):
        found = client.get("/api/search", query_string={"q": typed}).get_json()
        assert {party for hit in found["hits"][: found["total"]] for party in hit["parties"]} == {"Die Linke"}
        assert found["suggestion"] == "partei:AfD"
    page = client.get("/", query_string={"q": "Anfragen der AfD"}).get_data(as_text=True)
    assert re.search(r'Meinten Sie\s*<a href="/\?q=partei%3AAfD">partei:AfD</a>\?', page)
    offered = client.get("/api/search", query_string={"q": "partei:AfD"}).get_json()["hits"]
    assert {party for hit in offered for party in hit["parties"]} == {"AfD"}


def test_a_reprint_is_cited_as_its_head_prints_it(client):
    """A Drucksache printed anew („Deutscher Bundestag Drucksache 21/1212 (neu)“, the corrected text under the same
    number) was cited „BT-Drs. 21/1212“ in every form — the first print, which the reprint replaces; each now names
    it „21/1212 (neu)“, as the Bundestag's documentation does, and its number alone still finds it.  So is the
    Anfrage's („– Drucksache 21/1083 (neu) –“)."""
    cited = client.get("/api/dokument/bt-21-1212/zitat", query_string={"frage": 1}).get_json()
    assert "auf die Kleine Anfrage (BT-Drs. 21/1083 (neu)) der Abgeordneten Ruben Rupp" in cited["text"]
    assert ", BT-Drs. 21/1212 (neu), Antwort zu Frage 1." in cited["text"]
    assert cited["csl"]["number"] == "21/1212 (neu)"
    bib = client.get("/dokument/bt-21-1212/zitat.bib?frage=1").get_data(as_text=True)
    fields = {field.key: field.value for field in bibtexparser.parse_string(bib).entries[0].fields}
    assert fields["number"] == "21/1212 (neu)"
    assert "BT-Drs. 21/1212 (neu), Antwort zu Frage 1" in fields["note"]
    ris = rispy.loads(client.get("/dokument/bt-21-1212/zitat.ris?frage=1").get_data(as_text=True))[0]
    assert ris["issn"] == "21/1212 (neu)"  # rispy's name of SN, Zotero's report number
    listed = json.loads(client.get("/zitate.json?q=drucksache:21/1212").get_data(as_text=True))
    assert {item["number"] for item in listed} == {"21/1212 (neu)"}
    page = client.get("/dokument/bt-21-1212").get_data(as_text=True)
    assert "<dt>Drucksache</dt><dd>21/1212 (neu)</dd>" in page
    assert "<dd>BT-Drs. 21/1083 (neu)" in page
    assert 'name="citation_technical_report_number" content="Drucksache 21/1212 (neu)"' in page
    assert client.get("/api/search", query_string={"q": "BT-Drs. 21/1212"}).get_json()["hits"][0]["doc_id"] == (
        "bt-21-1212"
    )


def test_a_joint_answer_is_one_reference_in_a_result_lists_citations(client):
    """Questions 1 to 3 of bt-21-1189, answered together, are three hits of „Gewerkschaften“ (each its own question),
    and the list's BibTeX, RIS and CSL-JSON gave three identical references „… – Antwort zu den Fragen 1 bis 3“, which
    Zotero imported as three items of one text; the answer is one reference, under its first question whichever
    question a search lists first (its key and link do not change from one search to the next)."""
    found = client.get("/api/search", query_string={"q": "Gewerkschaften"}).get_json()
    joint = [hit["question"] for hit in found["hits"][: found["total"]] if hit["doc_id"] == "bt-21-1189"]
    assert sorted(joint) == [1, 2, 3]
    bib = bibtexparser.parse_string(client.get("/zitate.bib?q=Gewerkschaften").get_data(as_text=True))
    titles = [entry.fields_dict["title"].value for entry in bib.entries if entry.key.startswith("bt-21-1189")]
    assert len(titles) == 1 and titles[0].endswith("– Antwort zu den Fragen 1 bis 3")
    ris = rispy.loads(client.get("/zitate.ris?q=Gewerkschaften").get_data(as_text=True))
    assert [record["urls"][0].rsplit("/", 1)[1] for record in ris] == ["bt-21-1189#frage-1"]
    listed = json.loads(client.get("/zitate.json?q=Gewerkschaften").get_data(as_text=True))
    assert [item["id"] for item in listed] == ["bt-21-1189-frage-1"]
    # „gedenkt“ is in question 3 alone: the same reference, not a second key for the same text
    listed = json.loads(client.get("/zitate.json?q=gedenkt").get_data(as_text=True))
    assert [item["id"] for item in listed] == ["bt-21-1189-frage-1"]


def checked(page: str, facet: str) -> dict[str, str]:
    """The values a facet shows checked, each with where unchecking it leads."""
    listed = page.split(f'data-facet="{facet}"')[1].split("</section>")[0]
    found = re.findall(r'<a class="selected" aria-current="true" href="([^"]*)">✓ ([^<]*?) <span', listed)
    return {unescape(value): unescape(href) for href, value in found}


def test_an_asker_or_ministry_typed_in_part_checks_the_values_it_takes(client):
    """``fragesteller:Goßner`` and ``ministerium:Finanzen`` narrow the list as their facets do, yet showed „Hans-Jürgen
    Goßner“ and „Bundesministerium der Finanzen“ unchecked, as if the list were not narrowed to them (their click
    added the same filter again and changed nothing); as a typed party, they are checked, unchecking them takes the
    typed filter out, and the co-askers the filter does not name stay unchecked."""
    page = client.get("/", query_string={"q": "Gewerkschaften fragesteller:Goßner"}).get_data(as_text=True)
    assert checked(page, "fragesteller") == {"Hans-Jürgen Goßner": "/?q=Gewerkschaften"}
    page = client.get("/", query_string={"q": "Gewerkschaften ministerium:Finanzen"}).get_data(as_text=True)
    assert checked(page, "ministerium") == {"Bundesministerium der Finanzen": "/?q=Gewerkschaften"}


def test_a_typed_ministry_is_read_as_the_search_reads_it_beside_a_chosen_one(tmp_path):
    """``ministerium:MI`` beside the facet's „Ministerium der Finanzen“: judged against that one name alone, „MI“
    began its first word, so the page hid the typed chip and showed „Eingrenzen (1 aktiv)“, though the search reads
    MI as the Ministerium des Innern and narrows the list by both."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    for name in ("bb-6-3541", "bb-6-10346"):  # the Ministerium der Finanzen's, the Ministerium des Innern's
        shutil.copy(FIXTURES / f"{name}.txt", corpus / f"{name}.txt")
    build_index(corpus, index)
    client = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()
    params = {"q": "Landesregierung ministerium:MI", "ministerium": "Ministerium der Finanzen"}
    page = client.get("/", query_string=params).get_data(as_text=True)
    assert "Eingrenzen (2 aktiv)" in page
    assert "<span>Ministerium: MI</span>" in unescape(page)
    assert "Ministerium des Innern und für Kommunales" in checked(page, "ministerium")


def test_a_typed_filter_the_url_sets_in_another_spelling_is_one_filter(tmp_path):
    """Read over the index's spellings, ``partei:FDP`` beside the facet's FDP took „FDP“ and „F.D.P.“ (two
    archives' spellings of one party), the URL's value „FDP“ alone: two chips „Partei: FDP“ and „Eingrenzen (2
    aktiv)“; a Drucksache typed and set, which no facet lists, gave two chips too."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    for name in ("hh-21-5376", "sh-8-1569"):  # the FDP's, the F.D.P.'s
        shutil.copy(FIXTURES / f"{name}.txt", corpus / f"{name}.txt")
    build_index(corpus, index)
    client = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()
    for params in ({"q": "partei:FDP", "partei": "FDP"}, {"q": "drucksache:21/5376", "drucksache": "21/5376"}):
        page = unescape(client.get("/", query_string=params).get_data(as_text=True))
        assert "Eingrenzen (1 aktiv)" in page, params
        assert len(re.findall(r"<span>(?:Partei|Drucksache): [^<]*</span>", page)) == 1, params
