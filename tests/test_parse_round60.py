"""Round 60: 8 Landtag answers the parser had never seen (Berlin, Baden-Württemberg, Rheinland-Pfalz, Niedersachsen,
Schleswig-Holstein; pages of the `pages` corpus, byte for byte), measured before the parser was changed; each
misreading mended as a layout or word form, not as a file.  The test reads a held text and asserts what a reader gets
(the answering ministry); it fails on main before the round (65e98098)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_a_ministry_whose_name_the_copy_splits_twice_is_named_whole() -> None:
    """Baden-Württemberg, one line: „Mit Schreiben vom 7. August 2014 … beantwortet das Mi - nis terium für Ländlichen
    Raum und Verbraucherschutz die Kleine Anfrage wie folgt:“ — the word broken at a line's end and split once more by
    the copy is one word again: „Ministerium für Ländlichen Raum und Verbraucherschutz“ (before: „Mi - nis terium für
    …“, as printed)."""
    document = load_document(CUT / "bw-15-5544.txt")
    assert document.ministry == "Ministerium für Ländlichen Raum und Verbraucherschutz"
    assert document.date_answered is not None and document.date_answered.isoformat() == "2014-08-07"
