"""Round 19: 21 Landtag answers the project did not hold (stored pages of kleineanfragen.de, docslib.org and
fragdenstaat.de, mostly cut at 2,000 bytes), measured before the parser was changed: one test per rule main read
wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import cli
from indexer.ingest.load import load_document
from tests.test_parse_layouts import _score
from tests.test_parse_unseen_round14 import _json

FIXTURES = Path(__file__).parent / "fixtures"
CUT = FIXTURES / "cut"
ROUND19 = (
    CUT / "by-17-18097",
    CUT / "th-6-3063",
    CUT / "th-6-5974",
    CUT / "th-6-7603",
    CUT / "he-19-767",
    CUT / "he-20-3277",
    FIXTURES / "st-6-2158",
)


@pytest.mark.parametrize("stem", ROUND19, ids=lambda stem: stem.name)
def test_round19_copies_are_parsed_as_keyed(stem: Path) -> None:
    """The stored pages, keyed by reading them (question boundaries, the first and last words of each answer)."""
    key = json.loads(stem.with_name(f"{stem.name}.expected.json").read_text(encoding="utf-8"))
    assert not {
        measure: got for measure, got in _score(key, _json(stem.with_suffix(".txt"))).items() if got[0] != got[1]
    }


@pytest.mark.parametrize(
    ("name", "last"),
    [("th-6-3063.txt", "Falls es k"), ("by-17-18097.txt", "Stieß die medizinische Versorgung in Bayern d")],
)
def test_a_copy_cut_right_after_a_question_in_its_next_one_has_no_joint_answer(name: str, last: str) -> None:
    """„… des gewählten Verfahrens)? 4. Falls es k“, „… für die Kommunen? 4.1 Stieß …“: the words after the list's last
    '?' are the next question without its end, whatever their first word (before: the joint answer of all)."""
    document = load_document(CUT / name)
    assert document.questions[-1].text == last
    assert not any(question.answer_text for question in document.questions)
    assert any("endet mitten im Satz" in warning for warning in document.warnings)


def test_thueringens_first_heading_of_a_copy_cut_inside_answer_one() -> None:
    """„… wie folgt beantwortet: Zu 1.: Grundlage …“, cut inside that answer: answer 1, not the last question's
    (before: answer 3 held the opening sentence and answer 1)."""
    questions = load_document(CUT / "th-6-5974.txt").questions
    assert questions[0].answer_text.startswith("Grundlage für die Zuweisung von Lehrerwochenstunden")
    assert not questions[1].answer_text and not questions[2].answer_text


def test_the_governments_vorbemerkung_after_the_opening_is_no_answer_where_the_page_foot_closes_the_copy() -> None:
    """„… wie folgt beantwortet: Vorbemerkung: … zu schaffen.“ and then page 1's foot: the government's Vorbemerkung,
    no answer (before: answer 3)."""
    document = load_document(CUT / "th-6-7603.txt")
    assert document.government_preamble[0].startswith("In Thüringen steht ein überwiegend")
    assert not any(question.answer_text for question in document.questions)


def test_hessens_kultusminister_answers_and_writes_the_governments_vorbemerkung() -> None:
    """„… und Antwort des Kultusministers Vorbemerkung des Fragestellers: … Vorbemerkung des Kultusministers: …“
    (before: no ministry, the minister's Vorbemerkung in the askers')."""
    document = load_document(CUT / "he-19-767.txt")
    assert document.ministry == "Kultusministerium"
    assert document.preamble[-1].endswith("in die Gesetzesberatung des Hessischen Landtages eingebracht.")
    assert document.government_preamble[0].startswith("Gemäß den §§ 41 und 43 der Gemeinsamen Geschäftsordnung")
    assert load_document(CUT / "he-19-5289.txt").ministry == "Kultusministerium"


def test_hessens_twentieth_period_cover() -> None:
    """„Kleine Anfrage Dr. Daniela Sommer (SPD) vom 22.07.2020 <title> und Antwort Minister des Innern und für Sport
    Vorbemerkung Minister des Innern und für Sport: …“ (before: title „Vorbemerkung“, no askers, no ministry)."""
    document = load_document(CUT / "he-20-3277.txt")
    assert document.title == "Vereinsförderung im Landkreis Waldeck-Frankenberg"
    assert [(a.name, a.party) for a in document.askers] == [("Dr. Daniela Sommer", "SPD")]
    assert document.ministry == "Ministerium des Innern und für Sport"
    assert str(document.date_asked) == "2020-07-22"
    assert document.government_preamble[0].startswith("Bei der Beantwortung der Kleinen Anfrage")


@pytest.mark.parametrize(
    ("name", "tail"),
    [
        ("ni-17-7900.txt", "einer vollständigen Beantwortung unserer Fra"),
        ("sl-15-504.txt", "Klassengröße von max. 22 Kinde"),
        ("st-7-863.txt", "liegen Informationen von vor O"),
    ],
)
def test_a_refused_copy_cut_on_a_capitalised_word_says_it_is_cut(name: str, tail: str) -> None:
    """A copy that nothing closes, cut in a Vorbemerkung before question 1 on a noun („… unserer Fra“): refused, and
    the report says where the copy stops (before: only that no questions were found)."""
    result = CliRunner().invoke(cli, ["parse", str(CUT / name)])
    assert result.exit_code == 1
    assert f"Der Text endet mitten im Satz („… {tail}“), vor der ersten Frage" in result.output


def test_the_page_head_taken_off_names_the_parliament_before_the_prose() -> None:
    """„Landtag von Baden-Württemberg Drucksache 16 / 839 16. Wahlperiode Eingang: …“, the questions naming „…
    Landesgrenze Bayern …“: Baden-Württemberg (before: refused, the text read as the Bayerischer Landtag's)."""
    document = load_document(CUT / "bw-16-839.txt")
    assert (document.parliament, document.drucksache) == ("bw", "16/839")


def test_a_questions_second_sentence_is_no_answer() -> None:
    """„Frage 2. Ist es zulässig, …? Ggf. in welchem Rahmen? Die Verteilung …“ and „Frage1: Treffen diese Berichte zu?“,
    „Frage 4: …? Waren es allein gehäufte Erkrankungen …? Siehe Antwort zu Frage 1.“ (before: the second sentence
    opened the answer; question 1 without its space was lost)."""
    questions = load_document(CUT / "he-19-5289.txt").questions
    assert questions[1].text.endswith("auszulegen/auszuhängen? Ggf. in welchem Rahmen?")
    assert questions[1].answer_text.startswith("Die Verteilung von Werbematerial")
    questions = load_document(FIXTURES / "st-6-2158.txt").questions
    assert [question.number for question in questions] == [1, 2, 3, 4]
    assert questions[0].text == "Treffen diese Berichte zu?"
    assert questions[3].answer_text == "Siehe Antwort zu Frage 1."
