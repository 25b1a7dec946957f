"""Saarland's layout as real copies print it (round 12), and a Hessian answer date: what the archivist sees.

Saarland prints the questions without numbers; only the answer headings number them ("Zu Frage 5:", "Zu den Fragen 1
und 2:").  The cover "LANDTAG DES SAARLANDES … A N T W O R T zu der Anfrage des Abgeordneten … (Partei) betr.: <title>"
may run straight on into the first question, and every later page starts with "Drucksache 16/501 (16/472) Landtag des
Saarlandes - 16. Wahlperiode - - 2 -" after page 1's "Ausgegeben: … bitte wenden"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import cli
from indexer.ingest.extract import text_pages
from indexer.ingest.load import load_document
from indexer.ingest.parse import parse_lines
from tests.test_parse_layouts import _score

FIXTURES = Path(__file__).parent / "fixtures"
CUT_KEYS = sorted((FIXTURES / "cut").glob("*.expected.json"))
# Cut inside its question list, with no answer heading at all: read as one question whose "answer" is the next two.
MISREAD = {"sl-14-683"}

# The layout of a Saarland answer copied without line breaks, with invented text (Drucksache 16/9001 does not exist):
# a short cover, two questions answered together, the issue note and the next page's head between an answer and the
# next question.
_FLAT = (
    "LANDTAG DES SAARLANDES 16. Wahlperiode Drucksache 16/9001 (16/8990) 14.08.2019 A N T W O R T zu der Anfrage"
    " des Abgeordneten Max Beispiel (SPD) betr.: Radwege im Saarland Vorbemerkung des Fragestellers: „Radfahrer"
    " beklagen Lücken im Netz.“ Vorbemerkung der Landesregierung: Auf die LT-Drs. 16/8000 wird verwiesen. Wie viele"
    " Kilometer Radwege gibt es? Wie viele davon sind beleuchtet? Zu den Fragen 1 und 2: Es gibt 412 Kilometer, davon"
    " sind 37 beleuchtet. Wie viele Kilometer werden 2020 gebaut? Zu Frage 3: Geplant sind 12 Kilometer. Ausgegeben:"
    " 14.08.2019 (18.06.2019) bitte wenden Drucksache 16/9001 (16/8990) Landtag des Saarlandes - 16. Wahlperiode - - 2"
    " - Welche Mittel stehen dafür bereit? Zu Frage 4: Im Haushalt stehen 3 Millionen Euro bereit."
)


def _report(path: Path) -> str:
    return CliRunner().invoke(cli, ["parse", str(path)]).output


def _json(path: Path) -> dict:
    result = CliRunner().invoke(cli, ["parse", "--json", str(path)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize(
    "key",
    [pytest.param(k, marks=pytest.mark.xfail(strict=True)) if k.name[:-14] in MISREAD else k for k in CUT_KEYS],
    ids=lambda key: key.name.removesuffix(".expected.json"),
)
def test_cut_saarland_copies_are_parsed_as_keyed(key: Path) -> None:
    """The stored excerpts of real Saarland answers (2,000 characters, cut by the store), keyed by reading them."""
    parsed = _json(key.with_name(key.name.replace(".expected.json", ".txt")))
    score = _score(json.loads(key.read_text(encoding="utf-8")), parsed)
    wrong = {measure: got for measure, got in score.items() if got[0] != got[1]}
    assert not wrong, wrong


def test_unnumbered_questions_answered_together_across_a_page_head(tmp_path: Path) -> None:
    """Two questions before "Zu den Fragen 1 und 2:" are questions 1 and 2, answered together; the issue note and the
    next page's head ("bitte wenden Drucksache … - - 2 -") between answer 3 and question 4 are neither.  Before, the
    short cover was taken for a running head (title lost), the head stayed glued to answer 3 and question 4 inside it:
    one question of four."""
    path = tmp_path / "sl-16-9001.txt"
    path.write_text(_FLAT + "\n", encoding="utf-8")
    document = load_document(path)
    assert [q.number for q in document.questions] == [1, 2, 3, 4]
    assert document.title == "Radwege im Saarland"
    assert [(a.name, a.party) for a in document.askers] == [("Max Beispiel", "SPD")]
    assert document.question(2).text == "Wie viele davon sind beleuchtet?"
    assert document.question(1).answered_with == (2,)
    assert document.question(2).answer_text == "Es gibt 412 Kilometer, davon sind 37 beleuchtet."
    assert document.question(3).answer_text == "Geplant sind 12 Kilometer."
    assert document.question(4).text == "Welche Mittel stehen dafür bereit?"
    assert document.anfrage_drucksache == "16/8990"
    assert not any("Wahlperiode" in q.text + q.answer_text for q in document.questions)


@pytest.mark.parametrize("heading", ["Zu Fragen 1 und 2:", "Zu Frage 1 und 2:"])
def test_a_joint_heading_without_article_or_plural(heading: str, tmp_path: Path) -> None:
    """A joint heading printed without "den" or in the singular still numbers the two questions before it (before,
    questions 1 and 2 were lost: the text read as questions 3 and 4 only)."""
    path = tmp_path / "sl-16-9001.txt"
    path.write_text(_FLAT.replace("Zu den Fragen 1 und 2:", heading) + "\n", encoding="utf-8")
    document = load_document(path)
    assert [q.number for q in document.questions] == [1, 2, 3, 4]
    assert document.question(1).answered_with == (2,)
    assert document.question(1).answer_text == "Es gibt 412 Kilometer, davon sind 37 beleuchtet."


def test_a_subject_that_asks_before_the_first_question(tmp_path: Path) -> None:
    """Without a Vorbemerkung, a subject that is itself a question ("betr.: Wie sicher sind die Radwege im Saarland?")
    ends at its '?'; the first question follows it (before, the title ran on over questions 1 and 2 and answer 1)."""
    start, end = _FLAT.index("Radwege im Saarland Vorbemerkung"), _FLAT.index("Wie viele Kilometer Radwege")
    path = tmp_path / "sl-16-9001.txt"
    path.write_text(_FLAT[:start] + "Wie sicher sind die Radwege im Saarland? " + _FLAT[end:] + "\n", encoding="utf-8")
    document = load_document(path)
    assert document.title == "Wie sicher sind die Radwege im Saarland?"
    assert [q.text for q in document.questions[:2]] == [
        "Wie viele Kilometer Radwege gibt es?",
        "Wie viele davon sind beleuchtet?",
    ]


_WHOLE_LINES = [
    "LANDTAG DES SAARLANDES Drucksache 16/9001 (16/8990)",
    "16. Wahlperiode 14.08.2019",
    "",
    "A N T W O R T",
    "",
    "zu der",
    "",
    "Anfrage des Abgeordneten Max Beispiel (SPD)",
    "",
    "betr.: Radwege im Saarland",
    "",
    "Wie viele Kilometer werden 2020 gebaut?",
    "",
    "Zu Frage 1:",
    "Geplant sind 12 Kilometer.",
    "",
    "Welche Mittel stehen dafür bereit?",
    "",
    "Zu Frage 2:",
    "Im Haushalt stehen 3 Millionen Euro bereit.",
    "",
    "Die Kommunen stellen dazu in ihrer Stellungnahme die Frage:",
    "",
    "Wer trägt die Kosten für die Beleuchtung?",
]


def test_the_turn_note_of_a_printed_page_is_no_question_text() -> None:
    """A copy with line breaks prints "bitte wenden" on a line of its own at the foot of page 1; before, it began the
    question printed on page 2 ("bitte wenden Welche Mittel …")."""
    lines = [
        *_WHOLE_LINES[:15],  # cover, question 1 and its answer
        "",
        "Ausgegeben: 14.08.2019 (18.06.2019)",
        "bitte wenden",
        "\f",
        "Drucksache 16/9001 (16/8990) Landtag des Saarlandes - 16. Wahlperiode -",
        "",
        "- 2 -",
        "",
        "Welche Mittel stehen dafür bereit?",
        "",
        "Zu Frage 2:",
        "Im Haushalt stehen 3 Millionen Euro bereit.",
    ]
    document = parse_lines(text_pages("\n".join(lines)), doc_id="sl-16-9001")
    assert [q.text for q in document.questions] == [
        "Wie viele Kilometer werden 2020 gebaut?",
        "Welche Mittel stehen dafür bereit?",
    ]


def test_a_printed_page_number_over_the_cover() -> None:
    """Page 1 printed with "- 1 -" above the cover: before, that line was taken for page 1 on its own, so the
    parliament's furniture was not known and the issue note ("Ausgegeben: …") ended the last answer; the Kleine
    Anfrage's Drucksache is the one in brackets after the answer's, not a pair the title cites."""
    lines = [
        "- 1 -",
        "LANDTAG DES SAARLANDES Drucksache 16/9002 (16/8991)",
        "16. Wahlperiode 14.05.2019",
        "",
        "A N T W O R T",
        "",
        "zu der",
        "",
        "Anfrage des Abgeordneten Max Beispiel (SPD)",
        "",
        "betr.: Nachfrage zur Antwort der Landesregierung zu der Anfrage",
        "betreffend Radwege [Drucksache 16/9001 (16/8990)]",
        "",
        "Wie viele Kilometer werden 2020 gebaut?",
        "",
        "Zu Frage 1:",
        "Geplant sind 12 Kilometer.",
        "",
        "Welche Mittel stehen dafür bereit?",
        "",
        "Zu Frage 2:",
        "Im Haushalt stehen 3 Millionen Euro bereit.",
        "",
        "",
        "Ausgegeben: 14.05.2019 (09.04.2019)",
    ]
    document = parse_lines(text_pages("\n".join(lines)), doc_id="sl-16-9002")
    assert (
        document.title
        == "Nachfrage zur Antwort der Landesregierung zu der Anfrage betreffend Radwege [Drucksache 16/9001 (16/8990)]"
    )
    assert document.question(2).answer_text == "Im Haushalt stehen 3 Millionen Euro bereit."
    assert document.anfrage_drucksache == "16/8991"


def test_the_first_question_glued_to_the_subject_of_the_cover() -> None:
    """Saarland 14/437 prints no Vorbemerkung: "… betr.: Abschiebepraxis im Saarland Wie viele Menschen …?".  Before,
    the title ran on over the whole text and only one question was found (answers 1 and 2 to 6 merged)."""
    report = _report(FIXTURES / "cut" / "sl-14-437.txt")
    assert report.startswith("sl-14-437: Abschiebepraxis im Saarland\n")
    document = load_document(FIXTURES / "cut" / "sl-14-437.txt")
    assert document.question(1).text.startswith("Wie viele Menschen haben in den letzten beiden Jahren")
    assert document.question(6).answer_text == "Es wird auf die Antwort zu Frage 3 verwiesen."


def test_questions_after_the_last_answer_of_a_cut_copy() -> None:
    """Saarland 16/368 stops in the questions printed after answer 1 ("… erhöht. Wie viel Geld …? Wer trägt …? Wie
    steht …"): they are questions 2 to 4, without answer (before, answer 1 ran on over them)."""
    document = load_document(FIXTURES / "cut" / "sl-16-368.txt")
    assert [q.number for q in document.questions] == [1, 2, 3, 4]
    assert document.question(1).answer_text.endswith("um 21 Stellen erhöht.")
    assert document.question(3).text.startswith("Wer trägt die Kosten für die zusätzlichen Polizei-Stellen")
    assert not document.question(4).answer
    assert "Frage 4 endet mitten im Satz („… Bundesregierung den Ländern 7500 zusätzlich“)" in _report(
        FIXTURES / "cut" / "sl-16-368.txt"
    )


def test_a_government_remark_without_article_and_an_empty_askers_remark() -> None:
    """Saarland 14/683 heads the government's remark "Vorbemerkung Landesregierung:" (no article); 16/534 prints the
    askers' heading with nothing under it, then the government's remark and the page head before question 1 (before,
    question 1 began with the remark's last sentence)."""
    older = load_document(FIXTURES / "cut" / "sl-14-683.txt")
    assert older.government_preamble[0].startswith("Die Landesregierung schließt sich der Resolution")
    assert not any("Landesregierung schließt" in paragraph for paragraph in older.preamble)
    empty = load_document(FIXTURES / "cut" / "sl-16-534.txt")
    assert empty.preamble == ()
    assert empty.government_preamble[-1].endswith("über den Sachverhalt vollumfänglich informiert.")
    assert empty.question(1).text.startswith("Stammen die „Informationen aus nachrichtendienstlichem Aufkommen“")


@pytest.mark.parametrize(
    ("doc_id", "tail"),
    [
        ("sl-15-1575", "und nicht einer bestimmten Regierung,"),
        ("sl-15-1037", "in den einzelnen Bundesländern uneinheit"),
    ],
)
def test_a_copy_cut_before_its_first_question_says_so(doc_id: str, tail: str) -> None:
    """Excerpts that stop inside a Vorbemerkung have no question to read; the refusal says where the copy stops, also
    after a comma (before, sl-15-1575's refusal did not)."""
    result = CliRunner().invoke(cli, ["parse", str(FIXTURES / "cut" / f"{doc_id}.txt")])
    assert result.exit_code != 0
    assert f"Der Text endet mitten im Satz („… {tail}“), vor der ersten Frage" in result.output


def test_an_answer_cited_in_the_vorbemerkung_gives_no_answer_date(tmp_path: Path) -> None:
    """Hessen prints no date on the cover; the answer's date is its signature's ("Wiesbaden, 29. September 2015 Peter
    Beuth").  An earlier answer the askers cite ("eine Antwort des Ministers … vom 3. März 2015") was taken for it."""
    text = (FIXTURES / "he-19-2430.txt").read_text(encoding="utf-8")
    cited = "Im November 2014 wurden Änderungen"
    assert cited in text
    text = text.replace(
        cited,
        "Hierzu gibt es auch eine Antwort des Hessischen Ministers des Innern und für Sport vom 3. März 2015. " + cited,
        1,
    )
    path = tmp_path / "he-19-2430.txt"
    path.write_text(text, encoding="utf-8")
    assert load_document(path).date_answered.isoformat() == "2015-09-29"


def test_a_whole_copy_whose_last_answer_ends_by_asking_keeps_its_questions() -> None:
    """An answer may end with a question it quotes; in a whole copy that is no question after the last answer (before,
    "Wer trägt die Kosten …?" became a question 3 without answer).  Only a copy cut inside its last words has them."""
    document = parse_lines(text_pages("\n".join(_WHOLE_LINES)), doc_id="sl-16-9001")
    assert [q.number for q in document.questions] == [1, 2]
    assert document.question(2).answer_text.endswith("die Frage:\n\nWer trägt die Kosten für die Beleuchtung?")
    cut = [*_WHOLE_LINES[:-1], "Wer trägt die Kosten für die Beleucht"]
    document = parse_lines(text_pages("\n".join(cut)), doc_id="sl-16-9001")
    assert [q.number for q in document.questions] == [1, 2, 3]
    assert document.question(2).answer_text.endswith("die Frage:")
    assert document.question(3).text == "Wer trägt die Kosten für die Beleucht"


def test_a_whole_flat_copy_whose_last_answer_ends_by_asking_keeps_its_questions(tmp_path: Path) -> None:
    """The same rule for a copy without line breaks: a last answer ending on a quoted question and one of its own
    ("… fragen: „Wer trägt die Kosten?“ Wer trägt die Kosten für die Beleuchtung?") gains no question 5."""
    path = tmp_path / "sl-16-9001.txt"
    asking = (
        "3 Millionen Euro bereit. Die Kommunen fragen: „Wer trägt die Kosten?“ "
        "Wer trägt die Kosten für die Beleuchtung?"
    )
    path.write_text(_FLAT.replace("3 Millionen Euro bereit.", asking) + "\n", encoding="utf-8")
    document = load_document(path)
    assert [q.number for q in document.questions] == [1, 2, 3, 4]
    assert document.question(4).answer_text.endswith("Wer trägt die Kosten für die Beleuchtung?")
