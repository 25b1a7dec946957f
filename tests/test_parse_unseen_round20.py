"""Round 20: 20 Landtag answers the project did not hold (stored pages of kleineanfragen.de, docslib.org and an MP's
site, mostly cut at 2,000 bytes), measured before the parser was changed: one test per rule main read wrong."""

from __future__ import annotations

import json
from pathlib import Path

from indexer.ingest.load import load_document
from tests.test_parse_layouts import _score
from tests.test_parse_unseen_round14 import _json

FIXTURES = Path(__file__).parent / "fixtures"
CUT = FIXTURES / "cut"


def test_thueringens_second_page_after_the_page_one_block_is_read_in_order() -> None:
    """A two-page Thüringen answer copied flat: page 1's block („Kleine Anfrage des Abgeordneten … und Antwort des …“)
    stands between page 1 and page 2's head „2 Thüringer Landtag - 6. WahlperiodeDrucksache 6/7909“. Each „Zu N.:“
    heads its own answer, the signature and page 2's repeated title end none (before: questions 1–3 had no answer,
    answer 4 held all four)."""
    stem = FIXTURES / "th-6-7909"
    key = json.loads(stem.with_name(f"{stem.name}.expected.json").read_text(encoding="utf-8"))
    assert not {
        measure: got for measure, got in _score(key, _json(stem.with_suffix(".txt"))).items() if got[0] != got[1]
    }
    document = load_document(stem.with_suffix(".txt"))
    assert document.questions[3].answer_text == "Es wird auf die Antworten zu den Fragen 2 und 3 verwiesen."
    assert not document.warnings


def test_sachsen_anhalts_cover_names_the_asker_not_a_cited_kleine_anfrage() -> None:
    """„… zur schriftlichen Beantwortung Abgeordneter Oliver Kirchner (AfD) Obdachlosigkeit …“ names the asker; the
    government's Vorbemerkung cites „die Kleine Anfrage des Abgeordneten Tobias Rausch (AFD) … vom 24.04.2018“
    (before: that member was the asker and the cited answer's date the date asked)."""
    document = load_document(CUT / "st-7-3768.txt")
    assert [(asker.name, asker.party) for asker in document.askers] == [("Oliver Kirchner", "AfD")]
    assert document.date_asked is None


def test_a_cut_cover_names_no_asker_by_a_date() -> None:
    """A copy cut right after „K l e i n e A n f r a g e der Abgeordneten“: that cover, moved before the head, is
    followed by the head's date „31.08.2016“, which is no name (before: the asker „31.08.2016“)."""
    assert load_document(CUT / "th-6-2620.txt").askers == ()
