"""Round 55: 15 Landtag answers the parser had never seen (Sachsen-Anhalt, Bayern, Sachsen, Thüringen,
Mecklenburg-Vorpommern, Hessen, Brandenburg; pages of the `pages` corpus, byte for byte), measured before the parser was
changed; each misreading mended as a layout or sentence form, not as a file.  Each test reads a held text and asserts
what a reader gets (a question, its answer, the title, the ministry); every test fails on main before the round
(513a6010)."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

CUT = Path(__file__).parent / "fixtures" / "cut"


@pytest.mark.parametrize(
    ("name", "number", "asked_last", "answered_first"),
    [
        # „… Mittel im Naturpark Dübener Heide: siehe Frage 2. 2. Welche genauen Projekte … durchgeführt? Bitte listen
        # Sie alle Maßnahmen auf, … Bitte unterteilen Sie …, z. B. Personalkosten, Fahrtkosten, Materialien usw. Im
        # Naturpark …“ (before: question 2 and its answer were answer 1's end)
        ("st-7-3544.txt", 2, "z. B. Personalkosten, Fahrtkosten, Materialien usw.", "Im Naturpark Dübener Heide hat"),
        # „1. Wie hoch ist der Bestand …? Bitte auch die Entwicklung … darstellen. Befindet sich die Population … im
        # Sinne der FFH-Richtlinie? Der sich …“ (before: the second '?' sentence was answer 1's first paragraph)
        (
            "st-6-3581.txt",
            1,
            "darstellen. Befindet sich die Population des Bibers in Sachsen-Anhalt und bundesweit in einem günstigen "
            "Erhaltungszustand im Sinne der FFH-Richtlinie?",
            "Der sich in einem günstigen Erhaltungszustand befindende Biberbestand",
        ),
    ],
)
def test_a_question_goes_on_after_the_askers_request_with_a_second_request_or_a_sentence_that_asks(
    name: str, number: int, asked_last: str, answered_first: str
) -> None:
    """Sachsen-Anhalt, one line: after a question's '?' and the askers' request, a second request („Bitte unterteilen
    Sie …“) or a further sentence that asks („Befindet sich …?“) is the question's; its answer follows them.  Also a
    question's number after an answer that points to it („siehe Frage 2. 2. Welche …?“) opens that question."""
    document = load_document(CUT / name)
    assert _question_text(document, number).endswith(asked_last)
    assert _answer(document, number).startswith(answered_first)


def test_an_answer_whose_first_capital_the_scan_read_as_l_follows_the_request() -> None:
    """Sachsen, a scan on one line: „Frage 1: Wie entwickelte sich die Biber-Population …? Bitte nach Jahren
    aufschli,isseln. lm Freistaat Sachsen werden Bibervorkommen …“ — the answer begins at „lm“ (the scan's „Im“), and
    the letterhead's „FÜR UMWELT UND LANDWlRTSCHAFT“ names the whole ministry (before: the answer was part of question
    1, the ministry „… für Umwelt“)."""
    document = load_document(CUT / "sn-6-12414.txt")
    assert _question_text(document, 1).endswith("seit 2010? Bitte nach Jahren aufschli,isseln.")
    assert _answer(document, 1).startswith("lm Freistaat Sachsen werden Bibervorkommen nur anlassbezogen")
    assert document.ministry == "Sächsisches Staatsministerium für Umwelt und Landwirtschaft"


def test_the_land_and_its_verb_open_the_askers_introduction_after_the_title() -> None:
    """Bayern, one line: „… vom 30.04.2014 Streuobstwiesen 2014 Bayern beteiligt sich neben den Bundesländern …“ — the
    title is „Streuobstwiesen 2014“, the introduction opens on „Bayern beteiligt sich“ (before: the title ran over the
    introduction)."""
    document = load_document(CUT / "by-17-2321.txt")
    assert document.title == "Streuobstwiesen 2014"
    assert document.preamble[0].startswith("Bayern beteiligt sich neben den Bundesländern")
