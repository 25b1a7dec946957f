"""Layouts rounds 58–63 left open, second pass (tests/fixtures/README.md, „Second pass (parseleft82)“), each mended as
a layout, not as a file.  Each test reads a held text as a reader would and asserts what that reader gets; every test
fails on main before the mend."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import ParseError
from indexer.ingest.load import load_document

FIXTURES = Path(__file__).parent / "fixtures"
CUT = FIXTURES / "cut"


def test_hessens_minister_agreed_with_is_named_beside_the_answering_one() -> None:
    """Hessen: „… und Antwort des Ministers für Soziales und Integration Die Kleine Anfrage beantworte ich im
    Einvernehmen mit dem Hessischen Minister für Wissenschaft und Kunst wie folgt:“ — the ministry agreed with is read
    (before: none)."""
    document = load_document(CUT / "he-19-2379.txt")
    assert document.ministry == "Ministerium für Soziales und Integration"
    assert document.co_ministries == ("Hessisches Ministerium für Wissenschaft und Kunst",)


def test_several_ministers_agreed_with_each_by_the_ministry_of_the_office() -> None:
    """Hessen: „… beantworte ich die Kleine Anfrage im Einvernehmen mit dem Kultusminister, der Ministerin für
    Wissenschaft und Kunst, der Ministerin für Umwelt, Klima- schutz, Landwirtschaft und Verbraucherschutz und dem
    Minister für Soziales und Integration wie folgt:“ — four ministries, each whole (the commas inside a name split
    none, the broken „Klima- schutz“ joined); a one-word minister by its ministry („Kultusministerium“)."""
    document = load_document(CUT / "he-20-3277.txt")
    assert document.co_ministries == (
        "Kultusministerium",
        "Ministerium für Wissenschaft und Kunst",
        "Ministerium für Umwelt, Klimaschutz, Landwirtschaft und Verbraucherschutz",
        "Ministerium für Soziales und Integration",
    )
    assert load_document(CUT / "he-19-318.txt").co_ministries == ("Hessisches Kultusministerium",)


def test_the_chef_der_staatskanzlei_agreed_with_names_the_staatskanzlei() -> None:
    """Hessen: „… beantworte ich im Einvernehmen mit dem Chef der Staatskanzlei, der Ministerin für Bundes- und
    Europaangelegenheiten, dem Minister des Innern und für Sport, … wie folgt:“ — the Staatskanzlei first, the
    suspended „Bundes- und“ kept."""
    agreed = load_document(CUT / "he-19-5289.txt").co_ministries
    assert agreed[:3] == (
        "Staatskanzlei",
        "Ministerium für Bundes- und Europaangelegenheiten",
        "Ministerium des Innern und für Sport",
    )
    assert len(agreed) == 9


def test_nordrhein_westfalens_older_heading_names_the_minister_agreed_with() -> None:
    """Nordrhein-Westfalen, 14th period: „Antwort des Ministers für Bauen und Verkehr vom 23. Oktober 2007 namens der
    Landesregierung im Einvernehmen mit dem Innenminister:“."""
    document = load_document(CUT / "nw-14-5320.txt")
    assert document.ministry == "Ministerium für Bauen und Verkehr"
    assert document.co_ministries == ("Innenministerium",)


def test_a_ministry_agreed_with_named_itself_is_read_as_its_minister_is() -> None:
    """Hessen and Rheinland-Pfalz name the ministry itself in the same sentence: „… beantworte ich die Kleine Anfrage im
    Einvernehmen mit dem Hessischen Ministerium des Innern und für Sport wie folgt:“ (held he-19-1054), „… im
    Einvernehmen mit dem Ministerium des Innern, für Sport und Infrastruktur wie folgt:“ (held rp-16-6253) — read
    too, the comma inside the name splitting none (the pass read ministers only, these two none)."""
    assert load_document(FIXTURES / "he-19-1054.txt").co_ministries == (
        "Hessisches Ministerium des Innern und für Sport",
    )
    assert load_document(FIXTURES / "rp-16-6253.txt").co_ministries == (
        "Ministerium des Innern, für Sport und Infrastruktur",
    )


@pytest.mark.parametrize(
    ("held", "written", "instead"),
    [
        (
            "by-17-12787.txt",
            "Die Anfrage des Bauernverbands nach Zahlen wird im Einvernehmen mit dem Staatsministerium für Ernährung, "
            "Landwirtschaft und Forsten geprüft und erst im Herbst beantwortet.",
            "Die Schriftliche Anfrage wird im Einvernehmen mit dem Staatsministerium für Ernährung, Landwirtschaft und "
            "Forsten wie folgt beantwortet:",
        ),
        (
            "by-17-12787.txt",
            "Eine Anfrage der Landesanstalt beim Bund wird im Einvernehmen mit der Regierung von Oberbayern "
            "beantwortet.",
            "Die Schriftliche Anfrage wird im Einvernehmen mit dem Staatsministerium für Ernährung, Landwirtschaft und "
            "Forsten wie folgt beantwortet:",
        ),
    ],
)
def test_einvernehmen_outside_the_answering_formula_names_no_ministry(tmp_path, held, written, instead) -> None:
    """Bayern's formula is „Die Schriftliche Anfrage wird im Einvernehmen mit dem Staatsministerium … wie folgt
    beantwortet:“; a sentence of the introduction or an answer that says some other Anfrage „wird im Einvernehmen mit
    … beantwortet“ names no ministry agreed with (the review found „Staatsministerium für Ernährung, Landwirtschaft und
    Forsten geprüft und erst im Herbst“ and „Regierung von Oberbayern“ read as co-ministries)."""
    text = (CUT / held).read_text(encoding="utf-8")
    assert instead in text
    (tmp_path / held).write_text(text.replace(instead, written), encoding="utf-8")
    assert load_document(tmp_path / held).co_ministries == ()


@pytest.mark.parametrize(
    ("agreed", "read"),
    [
        (
            "dem Hessischen Minister für Wissenschaft und Kunst und nach Anhörung der kommunalen Spitzenverbände",
            ("Hessisches Ministerium für Wissenschaft und Kunst",),
        ),
        (
            "dem Hessischen Minister für Wissenschaft und Kunst bezüglich der Frage 2",
            ("Hessisches Ministerium für Wissenschaft und Kunst",),
        ),
        ("dem Kultusminister für die Landesregierung", ("Kultusministerium",)),
        ("der Bundesministerin für Bildung und Forschung", ()),
    ],
)
def test_the_sentences_own_words_after_a_minister_are_no_part_of_the_ministry(tmp_path, agreed, read) -> None:
    """Variants of held he-19-2379's sentence: what follows the office's name („und nach Anhörung der kommunalen
    Spitzenverbände“, „bezüglich der Frage 2“, „für die Landesregierung“) is not read into the ministry, and a federal
    minister is no Land's co-ministry (the review found each read whole)."""
    named = "dem Hessischen Minister für Wissenschaft und Kunst"
    text = (CUT / "he-19-2379.txt").read_text(encoding="utf-8")
    assert f"im Einvernehmen mit {named} wie folgt:" in text
    (tmp_path / "he-19-2379.txt").write_text(
        text.replace(f"im Einvernehmen mit {named} wie folgt:", f"im Einvernehmen mit {agreed} wie folgt:"),
        encoding="utf-8",
    )
    assert load_document(tmp_path / "he-19-2379.txt").co_ministries == read


def test_a_copy_of_answers_without_questions_is_refused_for_that() -> None:
    """Bayern, a one-line copy beginning with the answer part („Antwort des Staatsministeriums … vom 07.11.2014 Zu 1.:
    Die Fortschreibung …“) and stopping in the page foot („… 17. Wahlperiod“): the refusal says first that the copy
    begins inside the answers and holds no question; the cut end follows, no longer said to be „vor der ersten
    Frage“ (the answers are there)."""
    with pytest.raises(ParseError) as refused:
        load_document(CUT / "by-17-4283.txt")
    message = str(refused.value)
    said = message.split("Erkannt:")[0]
    assert "Die Kopie beginnt mitten in den Antworten („Zu 1.: Die Fortschreibung des Radwegeprogramms" in said
    assert "Eine Frage enthält sie nicht, nur Antworten." in said
    assert "Der Text endet mitten im Satz („… 17. Wahlperiod“): Die Kopie ist wohl unvollständig." in message
    assert "vor der ersten Frage" not in message
