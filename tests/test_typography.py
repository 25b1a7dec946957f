"""Text as PDF text layers print it — ligatures („Betroﬀene“), letters and their accents apart („u“ + „̈“),
Word's private-use bullet, ligature glyphs pypdf cannot name („Situa�on“) — is read, shown and found as the
letters people type."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from indexer import Engine, IndexStore
from indexer.ingest.extract import text_pages
from indexer.ingest.lost_glyphs import restore_glyphs
from indexer.ingest.parse import parse_lines
from indexer.typography import plain_letters, plain_pages

FIXTURES = Path(__file__).parent / "fixtures"


def as_a_pdf_prints_it(text: str) -> str:
    """``text`` with decomposed umlauts and the ligatures ff, fi, fl (as some PDFs' text layers give it)."""
    return unicodedata.normalize("NFD", text).replace("ff", "ﬀ").replace("fi", "ﬁ").replace("fl", "ﬂ")


def test_a_printed_text_parses_as_the_plain_one() -> None:
    plain = (FIXTURES / "ni-19-11270.txt").read_text(encoding="utf-8")
    printed = as_a_pdf_prints_it(plain)
    assert printed != plain
    got = parse_lines(text_pages(printed), doc_id="ni-19-11270").to_json()
    assert got == parse_lines(text_pages(plain), doc_id="ni-19-11270").to_json()


def test_a_printed_word_is_found_as_typed_and_as_pasted(tmp_path: Path) -> None:
    printed = as_a_pdf_prints_it((FIXTURES / "ni-19-11270.txt").read_text(encoding="utf-8"))
    IndexStore(tmp_path).build([parse_lines(text_pages(printed), doc_id="ni-19-11270")])
    engine = Engine(tmp_path)
    for query in ("Unterhaltspflicht", "Rückgriff", "Differenzierung"):
        typed, pasted = engine.search(query), engine.search(as_a_pdf_prints_it(query))
        assert typed.total > 0, query
        shown = [(hit.question, hit.snippet) for hit in typed.hits]
        assert [(hit.question, hit.snippet) for hit in pasted.hits] == shown
        assert all("ﬂ" not in hit.snippet and "ﬀ" not in hit.snippet for hit in typed.hits)


def test_spacing_diaeresis_and_word_bullets() -> None:
    assert plain_letters("fu¨r die Pru¨fung, f¨ur die Pr¨ufung") == "für die Prüfung, für die Prüfung"
    # between two vowels the text's habit decides: LaTeX writes the diaeresis before its vowel, Quartz after it
    assert plain_letters("f¨ur neu¨ubersetzte Texte") == "für neuübersetzte Texte"
    assert plain_letters("fu¨r Mu¨u¨ller") == "für Müüller"
    # no habit to read: the first vowel beside it, as Quartz's „a¨u“ needs
    assert plain_letters("ha¨ufig, Geba¨ude, die Ra¨ume") == "häufig, Gebäude, die Räume"
    # a document's lines: the habit read over all of them
    assert plain_pages([["f¨ur die", "neu¨ubersetzte"], ["Fassung"]]) == [["für die", "neuübersetzte"], ["Fassung"]]
    # Niedersachsen, Drucksache 19/11204: a list item as pypdf reads Word's Symbol-font bullet
    assert plain_letters("\uf0b7 Förderung vorausschauender") == "• Förderung vorausschauender"
    assert plain_letters("Straße 10 € – „Anfrage“") == "Straße 10 € – „Anfrage“"  # typography that is text stays


# Niedersachsen, Drucksache 19/11250 (a statistics annex), as pypdf reads its font's ti/tt/ft glyphs
LOST_GLYPH_LINES = [
    "ﬁnanzielle Situa\ufffdon",
    "Polizei / Jus\ufffdz / Bewährungshilfe",
    "Beschä\ufffdigte",
    " N = 414 therap. MA  Bund 2023    Mi\ufffdelwerte",
    "HalluzinogeneLösungsmi\ufffdel",
]


def test_lost_umlauts_are_no_ligatures() -> None:
    (page,) = restore_glyphs([["Die Stra\ufffde f\ufffdr die Beh\ufffdrde \ufffdber"]])
    assert page == ["Die Straße für die Behörde über"]


def test_lost_ligature_glyphs_are_spelled_as_the_word_they_make() -> None:
    (page,) = restore_glyphs([[plain_letters(line) for line in LOST_GLYPH_LINES]])
    assert page == [
        "finanzielle Situation",
        "Polizei / Justiz / Bewährungshilfe",
        "Beschäftigte",
        " N = 414 therap. MA  Bund 2023    Mittelwerte",
        "HalluzinogeneLösungsmi\ufffdel",  # table cells run together: no known word, left as printed
    ]


@pytest.mark.parametrize(
    ("name", "glyph"),
    [(name, glyph) for name in ("ni-19-11270", "ni-19-11226") for glyph in ("ti", "tt", "ft")]
    + [("ni-19-11226", "ü"), ("ni-19-11226", "ä")],
)
def test_a_text_whose_font_lost_a_ligature_parses_as_the_plain_one(name: str, glyph: str) -> None:
    """Every such word comes back, hyphenated ones („Informa-“ / „�onen“) too; a font that lost its umlauts
    („Stra�e“, „f�r“) gets them back, not a ligature („Straffe“)."""
    plain = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    printed = plain.replace(glyph, "\ufffd")
    assert printed != plain
    got = parse_lines(text_pages(printed), doc_id=name).to_json()
    assert got == parse_lines(text_pages(plain), doc_id=name).to_json()
