"""Round 16: 32 Landtag answers the project did not hold (stored pages of kleineanfragen.de, 9dok.net and
expydoc.com, mostly cut at 2,000 bytes), measured before the parser was changed: one test per rule main read wrong."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import cli
from indexer.dates import parse_date
from indexer.ingest.load import load_document
from tests.test_parse_layouts import _score
from tests.test_parse_unseen_round14 import _json

FIXTURES = Path(__file__).parent / "fixtures"
CUT = FIXTURES / "cut"
ROUND16 = (CUT / "rp-16-1633", CUT / "be-18-21327", FIXTURES / "bb-6-4641")


@pytest.mark.parametrize("stem", ROUND16, ids=lambda stem: stem.name)
def test_round16_copies_are_parsed_as_keyed(stem: Path) -> None:
    """The stored pages, keyed by reading them (question boundaries, the first and last words of each answer)."""
    key = json.loads(stem.with_name(f"{stem.name}.expected.json").read_text(encoding="utf-8"))
    assert not {
        measure: got for measure, got in _score(key, _json(stem.with_suffix(".txt"))).items() if got[0] != got[1]
    }


def test_a_copy_cut_inside_its_next_question_has_no_joint_answer() -> None:
    """Rheinland-Pfalz, cut after question 5 inside „6. Ab welcher Mannschaftsstärke sieht die Lande“: that is
    question 6 without its end, no answer of questions 1–5 (before: their joint answer, and no title)."""
    document = load_document(CUT / "rp-16-1633.txt")
    assert len(document.questions) == 6 and not any(q.answer_text for q in document.questions)
    assert document.questions[5].text == "Ab welcher Mannschaftsstärke sieht die Lande"
    assert document.title == "Erhalt kleiner und kleinster Feuerwehren"
    assert any("Frage 6 endet mitten im Satz" in warning for warning in document.warnings)


def test_an_abbreviated_month_dates_the_answer() -> None:
    """Berlin's cover „und Antwort vom 02. Nov. 2019“ (before: no date of the answer)."""
    assert load_document(CUT / "be-18-21327.txt").date_answered == dt.date(2019, 11, 2)
    assert parse_date("20. Aug. 2021") == dt.date(2021, 8, 20) and parse_date("3. Sept. 2020") == dt.date(2020, 9, 3)
    assert parse_date("3. Mai. 2020") is None  # no month is cut short to „Mai.“


def test_a_brandenburg_member_named_with_the_fraktion_after_the_name() -> None:
    """„Kleine Anfrage 1821 des Abgeordneten Wolfgang Roick SPD-Fraktion“ (before: one asker „Wolfgang Roick
    SPD-Fraktion“ without party)."""
    assert [(a.name, a.party) for a in load_document(FIXTURES / "bb-6-4641.txt").askers] == [("Wolfgang Roick", "SPD")]


def test_the_bmv_fraktion_of_mecklenburg_vorpommern_names_its_member() -> None:
    """„KLEINE ANFRAGE des Abgeordneten Dr. Matthias Manthei, Fraktion der BMV“ (before: no askers)."""
    askers = load_document(CUT / "mv-7-2184.txt").askers
    assert [(a.name, a.party) for a in askers] == [("Dr. Matthias Manthei", "BMV")]


def test_a_refused_copy_ending_on_a_broken_word_says_it_is_cut() -> None:
    """NRW, the copy stops in the askers' Vorbemerkung on „… im Rhein-Sieg-“: refused, and the report says the copy
    is cut (before: only that no questions were found)."""
    result = CliRunner().invoke(cli, ["parse", str(CUT / "nw-17-5509.txt")])
    assert result.exit_code == 1
    assert "Der Text endet mitten im Satz („… wie das generell im Rhein-Sieg-“), vor der ersten Frage" in result.output
