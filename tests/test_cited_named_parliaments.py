"""A Drucksache cited with its parliament named after the number, or in a form a parliament of its own writes, links
to that parliament's search — never to the citing one's (passes 15/16 left this open)."""

from __future__ import annotations

import shutil

import pytest

from web import create_app

from .conftest import PROJECT

CITING = "hh-21-18543"  # a Hamburg answer whose question 3 is answered „Nein. Im Übrigen siehe Drs. 21/8963.“
REFERENCES = (
    "Nein. Im Übrigen siehe Drucksache 19/1234 des Deutschen Bundestages, Drs. 7/123 des Landtags Brandenburg, "
    "Bundestagdrucksache 19/77, Drucks. 20/123, Drucksache 21/555 der Bürgerschaft und Drs. 18/9 des Landtags."
)


@pytest.fixture(scope="module")
def cited_page(tmp_path_factory):
    """The Hamburg answer citing in these forms, beside a Bundestag answer (the archive holds both parliaments)."""
    from indexer import build_index

    corpus, index = tmp_path_factory.mktemp("named-corpus"), tmp_path_factory.mktemp("named-index")
    text = (PROJECT / "tests" / "fixtures" / f"{CITING}.txt").read_text(encoding="utf-8")
    assert "Nein. Im Übrigen siehe Drs. 21/8963." in text
    (corpus / f"{CITING}.txt").write_text(text.replace("Nein. Im Übrigen siehe Drs. 21/8963.", REFERENCES), "utf-8")
    shutil.copy(PROJECT / "queries" / "corpus-bt" / "bt-21-1065.txt", corpus / "bt-21-1065.txt")
    build_index(corpus, index)
    client = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()
    return client.get(f"/dokument/{CITING}").get_data(as_text=True)


def test_a_parliament_named_after_the_number_is_the_one_linked(cited_page):
    """„Drucksache 19/1234 des Deutschen Bundestages“ opened a search in Hamburg's Drucksachen."""
    bundestag = '<a class="cited" href="/?q=Drs.+19/1234&amp;parlament=bt">Drucksache 19/1234</a> des Deutschen'
    assert bundestag in cited_page
    # Brandenburg is not in this archive: the search without a filter, not Hamburg's
    assert '<a class="cited" href="/?q=Drs.+7/123">Drs. 7/123</a> des Landtags Brandenburg' in cited_page
    # the citing parliament's own body names the citing parliament
    own = '<a class="cited" href="/?q=Drs.+21/555&amp;parlament=hh">Drucksache 21/555</a> der Bürgerschaft'
    assert own in cited_page


def test_the_bundestag_and_hessen_spellings_are_links(cited_page):
    assert '<a class="cited" href="/?q=Drs.+19/77&amp;parlament=bt">Bundestagdrucksache 19/77</a>' in cited_page
    assert '<a class="cited" href="/?q=Drs.+20/123&amp;parlament=hh">Drucks. 20/123</a>' in cited_page


def test_a_parliament_we_cannot_tell_gets_no_link(cited_page):
    """„des Landtags“ in a Hamburg answer is some Land's Landtag, not Hamburg's Bürgerschaft: none beats a wrong one."""
    assert "und Drs. 18/9 des Landtags." in cited_page
