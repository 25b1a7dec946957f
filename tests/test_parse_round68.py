"""Round 68: Landtag answers the parser had never seen (Berlin, Niedersachsen, Baden-Württemberg and others; pages of
the `pages` corpus, byte for byte), measured before the parser was changed; the misreadings mended as layouts, not as
files.  Each test reads a held copy as a reader would, and asserts what that reader gets; every test of a mend fails
on main before the round (c20f9d9d); the tests of made-up variants show what each rule leaves alone."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from indexer.model import Document, Question

CUT = Path(__file__).parent / "fixtures" / "cut"


def _with_text(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _variant(tmp_path: Path, name: str, held_words: str, printed: str) -> Document:
    """The held copy ``name`` read with ``held_words`` printed as ``printed`` (a made-up variant)."""
    held = (CUT / name).read_text(encoding="utf-8")
    return load_document(_with_text(tmp_path, name, held.replace(held_words, printed)))


def _first(document: Document) -> Question:
    first = document.question(1)
    assert first is not None
    return first


def test_berlins_answer_label_without_its_colon_is_no_answer_text() -> None:
    """Berlin: „… (bitte Auflistung pro WBG)? Antwort zu 1 Anzahl der Spielplätze der landeseigenen WBG …“ — the
    label printed without its colon is layout; answer 1 opens with the table's head (before: „Antwort zu 1 Anzahl
    …“)."""
    document = load_document(CUT / "be-18-19876.txt")
    first = document.question(1)
    assert first is not None
    assert first.answer[0].startswith("Anzahl der Spielplätze der landeseigenen WBG")
    assert "Antwort zu" not in first.answer[0]
    second = document.question(2)
    assert second is not None
    assert second.answer[0].startswith("Bei der Gewobag wurden folgende Spielplätze außer Betrieb genommen")


def test_a_colonless_label_of_another_number_or_before_a_small_word_stays(tmp_path: Path) -> None:
    """Made-up variants the rule must leave alone: „Antwort zu 3 Jahren …“ under question 1 (not its own number) and
    „Antwort zu 1 insgesamt …“ (a small word after it) are the answer's words."""
    for printed in ("Antwort zu 1 Antwort zu 3 Jahren Anzahl", "Antwort zu 1 Antwort zu 1 insgesamt Anzahl"):
        document = _variant(tmp_path, "be-18-19876.txt", "Antwort zu 1 Anzahl", printed)
        assert _first(document).answer[0].startswith(printed.removeprefix("Antwort zu 1 "))


def test_niedersachsens_page_head_inside_a_table_is_no_answer_text() -> None:
    """Niedersachsen, a one-line copy: page 2's head falls into answer 1's table, the page numbers around it („… LK
    Göttingen 0 2 5 5 4 6 1 Niedersächsischer Landtag – 18. Wahlperiode 2 Drucksache 18/3147 Stadt Göttingen 1 1 0
    …“) — the head and page numbers are layout (before: inside the answer)."""
    document = load_document(CUT / "ni-18-3147.txt")
    first = document.question(1)
    assert first is not None
    answer = " ".join(first.answer)
    assert "Wahlperiode" not in answer
    assert "LK Göttingen 0 2 5 5 4 6 Stadt Göttingen 1 1 0 1 0 0" in answer
    assert document.title == "Wird genug in den Katastrophenschutz investiert?"


def test_niedersachsens_cover_and_a_cited_drucksache_stay(tmp_path: Path) -> None:
    """Made-up variants the page-head rule must leave alone: the cover after a title line, without a page number
    between the Wahlperiode and the Drucksache („… investiert? Niedersächsischer Landtag – 18. Wahlperiode
    Drucksache 18/3147 …“), is no later page's head; and held cut/ni-14-1080 reads as before."""
    document = _variant(
        tmp_path,
        "ni-18-3147.txt",
        "LK Göttingen 0 2 5 5 4 6 1 Niedersächsischer Landtag – 18. Wahlperiode 2 Drucksache 18/3147",
        "LK Göttingen 0 2 5 5 4 6 Niedersächsischer Landtag – 18. Wahlperiode Drucksache 18/3147",
    )
    assert "Niedersächsischer Landtag – 18. Wahlperiode Drucksache 18/3147" in " ".join(_first(document).answer)
    older = load_document(CUT / "ni-14-1080.txt")
    assert "Niedersächsischer Landtag - 14. Wahlperiode Drucksache 14/1080" in older.title


def test_baden_wuerttembergs_page_head_names_the_parliament_a_copy_lost_on_its_cover() -> None:
    """Baden-Württemberg, docslib.org's copy: the cover lost the Land's first word („Landtag von -Württemberg
    Drucksache 16 / 1343“), the page head further down names it over the same Drucksache („… Landtag von
    Baden-Württemberg Drucksache 16 / 1343“) — the parliament is the text's, and the cover's date, the day the
    Anfrage came in, is no answer's date (before: „Parlament nicht im Text gefunden …“, answered 10.01.2017)."""
    document = load_document(CUT / "bw-16-1343.txt")
    assert document.parliament == "bw"
    assert not any("Parlament nicht im Text gefunden" in warning for warning in document.warnings)
    assert document.date_answered is None
    assert [question.number for question in document.questions] == list(range(1, 10))


def test_a_page_head_over_another_drucksache_names_no_parliament(tmp_path: Path) -> None:
    """Made-up variants the rule must leave alone: the head over another number („Drucksache 16 / 1344“), or a
    sentence's Drucksache of another parliament over another number, give no parliament; the file name does, said."""
    for head in ("Landtag von Baden-Württemberg Drucksache 16 / 1344", "des Bayerischen Landtags Drucksache 17 / 1343"):
        document = _variant(tmp_path, "bw-16-1343.txt", "Landtag von Baden-Württemberg Drucksache 16 / 1343", head)
        assert any("Parlament nicht im Text gefunden" in warning for warning in document.warnings)


def test_hamburgs_next_page_head_the_copy_stops_in_is_no_answer_text_and_the_cut_is_said() -> None:
    """Hamburg, a one-line copy stopping in page 2's head after a table's row („… Freitag 06.30 bis 09.30
    (Schwimmclub) Drucksache 21/605 Bürgerschaft der Freien und Hansestad“) — the head is layout, and the reader is
    told where the copy stops (before: the head's words ended answer 1)."""
    document = load_document(CUT / "hh-21-605.txt")
    first = document.question(1)
    assert first is not None
    assert first.answer[-1].endswith("Freitag 06.30 bis 09.30 (Schwimmclub)")
    assert "Bürgerschaft" not in " ".join(first.answer)
    assert any(
        warning.startswith("Der Text endet im Kopf der nächsten Seite, nach Worten der Antwort zu Frage 1")
        and "Bürgerschaft der Freien und Hansestad" in warning
        for warning in document.warnings
    )


def test_a_drucksache_cited_last_or_another_head_is_left_in_the_answer(tmp_path: Path) -> None:
    """Made-up variants the rule must leave alone: a Drucksache a sentence cites last („… siehe Drucksache 21/605
    Bürgerschaftsbeschluss“, a word no head holds), and a head's words that are not Hamburg's („Drucksache 21/605
    Bürgerschaft Bremen“) stay the answer's words."""
    for ending in ("Drucksache 21/605 Bürgerschaftsbeschluss", "Drucksache 21/605 Bürgerschaft Bremen"):
        document = _variant(
            tmp_path, "hh-21-605.txt", "Drucksache 21/605 Bürgerschaft der Freien und Hansestad", ending
        )
        assert _first(document).answer[-1].endswith(ending)
        assert not any("Kopf der nächsten Seite" in warning for warning in document.warnings)
