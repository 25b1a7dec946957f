"""Text as PDF text layers print it — ligatures („Betroﬀene“), letters and their accents apart („u“ + „̈“),
Word's private-use bullet — is read, shown and found as the letters people type."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from indexer import Engine, IndexStore
from indexer.ingest.extract import text_pages
from indexer.ingest.parse import parse_lines
from indexer.typography import plain_letters

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
    # Niedersachsen, Drucksache 19/11204: a list item as pypdf reads Word's Symbol-font bullet
    assert plain_letters("\uf0b7 Förderung vorausschauender") == "• Förderung vorausschauender"
    assert plain_letters("Straße 10 € – „Anfrage“") == "Straße 10 € – „Anfrage“"  # typography that is text stays
