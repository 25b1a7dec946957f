"""Inputs a researcher types by mistake — a quotation mark without its partner, an ``ODER`` with nothing after it,
a period the archive holds no answer of — are searched in one way, and the result page says which, in German (on
the page, in the API and in the CLI)."""

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


@pytest.mark.parametrize(
    "typed, said",
    [
        ('Kosten "der', "Das Anführungszeichen vor „der“ ist nicht geschlossen, und „der“ wird nicht gesucht"),
        ('Kosten "keine"', "„keine“ wird nicht gesucht: Füllwörter wie „keine“ stehen nicht im Index."),
        ("Kosten „Der“", "„Der“ wird nicht gesucht: Füllwörter wie „Der“ stehen nicht im Index."),
    ],
)
def test_a_quoted_function_word_is_said_not_to_be_searched(client, typed, said):
    """``Kosten "der`` (the Enter key hit before the phrase was typed) said „gesucht wird das Wort „der““ over the
    answers ``Kosten`` alone lists, and ``Kosten "keine"`` said nothing at all: the index holds no function words."""
    page = client.get("/", query_string={"q": typed}).get_data(as_text=True)
    assert any(note.startswith(said) for note in notices(page)), notices(page)
    api = client.get("/api/search", query_string={"q": typed}).get_json()
    alone = client.get("/api/search", query_string={"q": "Kosten"}).get_json()
    assert api["notice"].startswith(said) and "gesucht wird das Wort" not in api["notice"]
    assert [hit["url"] for hit in api["hits"]] == [hit["url"] for hit in alone["hits"]]


def test_a_quote_at_the_end_says_it_is_ignored(client, runner):
    page = client.get("/", query_string={"q": 'Kosten der Unterkunft"'}).get_data(as_text=True)
    assert any(note.startswith(AT_END) for note in notices(page)), notices(page)
    assert AT_END in runner("search", 'Kosten der Unterkunft"').output


def test_an_unclosed_quote_before_a_number_needs_no_note(client):
    """A cited number is read as a citation: nothing to tell.  One word is that word, and the page says so (mend round
    25: the researchers read „"Kita“ without a word on how it was read; see test_relaxed_tier_reached)."""
    assert client.get("/api/search", query_string={"q": '"Drs. 17/6448'}).get_json().get("notice") is None


def no_results(page: str) -> str:
    """The „Keine Antwort gefunden“ block as a reader sees it, one line per paragraph or list item."""
    block = re.findall(r'<div class="notice" id="keine-treffer">(.*?)</div>', page, re.S)[0]
    lines = re.split(r"</p>|</li>|<ul>", block)
    return "\n".join(filter(None, (" ".join(unescape(re.sub(r"<[^>]+>", " ", line)).split()) for line in lines)))


def test_a_period_the_archive_lacks_names_the_years_it_holds(client):
    """``datum:2099`` alone: the page said „Keine Antwort erfüllt den Filter. Versuchen Sie:“ over an empty list."""
    said = no_results(client.get("/", query_string={"q": "datum:2099"}).get_data(as_text=True))
    assert said == (
        "Keine Antwort gefunden. Keine Antwort erfüllt den Filter „Datum: 01.01.2099 bis 31.12.2099“.\n"
        "Das Archiv enthält Antworten aus dem Jahr 2019."
    )
    before = no_results(client.get("/", query_string={"q": "Kosten", "bis": "2010"}).get_data(as_text=True))
    assert "Das Archiv enthält Antworten aus dem Jahr 2019." in before
    assert "Versuchen Sie:\nohne den Filter „Datum: bis 31.12.2010“ suchen" in before
    # a period within the archive's years is no news
    within = no_results(client.get("/", query_string={"q": "Kosten datum:2019-01"}).get_data(as_text=True))
    assert "Das Archiv enthält" not in within and "Versuchen Sie:" in within


@pytest.mark.parametrize(
    "typed, said",
    [
        ("Kosten ODER", "„ODER“ am Ende verbindet nichts und wird nicht beachtet"),
        ("| Kosten", "„|“ am Anfang verbindet nichts und wird nicht beachtet"),
        ("Kosten NICHT", "„NICHT“ am Ende schließt nichts aus und wird nicht beachtet"),
        ("Kosten -", "„-“ am Ende schließt nichts aus und wird nicht beachtet"),
    ],
)
def test_an_operator_with_nothing_on_its_side_is_said_to_be_ignored(client, typed, said):
    """``Kosten ODER`` listed what ``Kosten`` lists, without a word about the „ODER“ the user typed."""
    page = client.get("/", query_string={"q": typed}).get_data(as_text=True)
    assert any(note.startswith(said) for note in notices(page)), notices(page)
    api = client.get("/api/search", query_string={"q": typed}).get_json()
    alone = client.get("/api/search", query_string={"q": "Kosten"}).get_json()
    assert api["notice"].startswith(said) and api["total"] == alone["total"]


@pytest.mark.parametrize("typed", ["Kosten ODER Unterkunft", "Kosten -Unterkunft", 'Kosten ODER "Kosten der'])
def test_an_operator_between_words_needs_no_note(client, typed):
    assert "Ende verbindet" not in (client.get("/api/search", query_string={"q": typed}).get_json().get("notice") or "")
