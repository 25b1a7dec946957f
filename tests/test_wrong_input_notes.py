"""Inputs a researcher types by mistake — a quotation mark without its partner — are searched in one way, and
the result page says which, in German, above the same hits (on the page, in the API and in the CLI)."""

from __future__ import annotations

import re
from html import unescape

import pytest

OPEN = "Das Anführungszeichen vor „Kosten der Unterkunft“ ist nicht geschlossen"
AT_END = "Das Anführungszeichen am Ende schließt keine Wortfolge und wird nicht beachtet"


def notices(page: str) -> list[str]:
    """The page's notes as a reader sees them."""
    found = re.findall(r'<p class="notice"[^>]*>(.*?)</p>', page, re.S)
    return [unescape(re.sub(r"<[^>]+>|\s+", " ", note)).strip() for note in found]


@pytest.mark.parametrize("typed", ['"Kosten der Unterkunft', "„Kosten der Unterkunft"])
def test_an_unclosed_quote_says_it_searches_the_phrase_to_the_end(client, typed):
    page = client.get("/", query_string={"q": typed}).get_data(as_text=True)
    assert any(note.startswith(OPEN) and "bis zum Ende der Eingabe" in note for note in notices(page)), notices(page)
    closed = client.get("/api/search", query_string={"q": '"Kosten der Unterkunft"'}).get_json()
    api = client.get("/api/search", query_string={"q": typed}).get_json()
    assert api["notice"].startswith(OPEN)
    assert [hit["url"] for hit in api["hits"]] == [hit["url"] for hit in closed["hits"]]  # the phrase, as if closed
    assert closed.get("notice") is None


def test_a_quote_at_the_end_says_it_is_ignored(client, runner):
    page = client.get("/", query_string={"q": 'Kosten der Unterkunft"'}).get_data(as_text=True)
    assert any(note.startswith(AT_END) for note in notices(page)), notices(page)
    assert AT_END in runner("search", 'Kosten der Unterkunft"').output


@pytest.mark.parametrize("typed", ['"Kosten', '"Drs. 17/6448'])
def test_an_unclosed_quote_before_one_word_or_a_number_needs_no_note(client, typed):
    """One word is that word either way, and a cited number is read as a citation: nothing to tell."""
    assert client.get("/api/search", query_string={"q": typed}).get_json().get("notice") is None
