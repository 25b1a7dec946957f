"""Round 13: answers of several parliaments as the stored kleineanfragen.de text pages hold them (one line, cut at
2,000 bytes), measured before the parser was changed: what the archivist sees of each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import cli
from indexer.errors import ParseError
from indexer.ingest.load import load_document
from tests.test_parse_layouts import _score

FIXTURES = Path(__file__).parent / "fixtures"
CUT = FIXTURES / "cut"
ROUND13 = (
    "bb-6-2965",
    "bb-6-728",
    "bb-6-3600",
    "by-17-17297",
    "mv-7-1700",
    "hh-21-16339",
    "he-19-78",
    "bw-15-3939",
    "by-17-23302",
)
NI_CORPUS = Path(__file__).parent.parent / "queries" / "corpus-ni"


def _json(path: Path) -> dict:
    result = CliRunner().invoke(cli, ["parse", "--json", str(path)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize("doc_id", ROUND13)
def test_round13_copies_are_parsed_as_keyed(doc_id: str) -> None:
    """The stored excerpts, keyed by reading them (question boundaries, the first and last words of each answer)."""
    key = json.loads((CUT / f"{doc_id}.expected.json").read_text(encoding="utf-8"))
    score = _score(key, _json(CUT / f"{doc_id}.txt"))
    wrong = {measure: got for measure, got in score.items() if got[0] != got[1]}
    assert not wrong, wrong


def test_brandenburg_lower_case_answer_heading_after_the_questions_printed_again() -> None:
    """„Namens der Landesregierung beantwortet … wie folgt: Frage 1: …? zu Frage 1: Nein. Frage 2: …? zu Frage 2: …“:
    each answer under its own question (before, answers 1 and 2 were empty and question 3 held the whole answer
    part, the questions printed again included)."""
    document = load_document(CUT / "bb-6-2965.txt")
    assert [q.answer_text for q in document.questions[:2]] == [
        "Nein.",
        "Erkenntnisse über eine „neue Flüchtlingsroute über Polen“ liegen der Landesregierung nicht vor.",
    ]
    assert "Namens der Landesregierung" not in document.question(3).answer_text


def test_a_copy_cut_inside_the_governments_vorbemerkung() -> None:
    """The copy stops inside „Vorbemerkung:“ after the answer's opening: that is the government's Vorbemerkung, not
    question 5's answer, and the archivist is told where the text stops."""
    document = load_document(CUT / "bb-6-728.txt")
    assert not any(q.answer_text for q in document.questions)
    assert document.government_preamble[0].startswith("Eine namentlich bekannte Anruferin teilte am 25.12.2014")
    assert any("Vorbemerkung der Landesregierung endet mitten im Satz" in w for w in document.warnings)


@pytest.mark.parametrize("doc_id", ["bb-6-728", "bb-6-2965"])
def test_a_date_the_title_or_the_wording_cites_is_no_answer_date(doc_id: str) -> None:
    """„Drucksache 6/523 Zum Hintergrund des Polizeieinsatzes in Cottbus am 31.12.2014“ and „… Wortlaut der Kleinen
    Anfrage 1159 vom 09.10.2015“ name no answer date (before: 2014-12-31 and the asking date)."""
    assert load_document(CUT / f"{doc_id}.txt").date_answered is None


def test_a_copy_cut_after_the_next_questions_number() -> None:
    """Bayern's questions listed, the copy cut after „… im Volltext? 7.1“: no answer at all (before, „7.1“ was the
    answer of all 14 questions, guessed as answered together)."""
    document = load_document(CUT / "by-17-17297.txt")
    assert len(document.questions) == 14
    assert not any(q.answer_text or q.answered_with for q in document.questions)


def test_mecklenburg_vorpommern_title_after_a_party_of_two_words() -> None:
    document = load_document(CUT / "mv-7-1700.txt")
    assert document.title == "Qualitätsstandards an öffentlichen allgemeinbildenden Schulen in Mecklenburg-Vorpommern"
    assert [(a.name, a.party) for a in document.askers] == [("Simone Oldenburg", "DIE LINKE")]


def test_hamburg_flat_copy_with_its_running_head_and_annex_answers() -> None:
    """„… beantworten. Siehe Anlage 1. 2. Welche …? … Siehe Anlage 2. Drucksache 21/16339 Bürgerschaft der Freien und
    Hansestadt Hamburg – 21. Wahlperiode 2 3. Welche …“: three questions, each its own answer (before, one question
    whose answer held the other two and the page head)."""
    document = load_document(CUT / "hh-21-16339.txt")
    assert [q.number for q in document.questions] == [1, 2, 3]
    assert [q.answer_text for q in document.questions] == ["Siehe Anlage 1.", "Siehe Anlage 2.", ""]
    assert document.question(2).text.startswith("Welche Maßnahmen im Radverkehrsnetz an Hauptverkehrsstraßen")
    assert not any("Wahlperiode" in q.text + q.answer_text for q in document.questions)


def test_niedersachsen_cut_copy_whose_title_asks_is_refused() -> None:
    """Cut inside the government's Vorbemerkung, before any question: refused, the cut said (before, the cover was
    the title and the title „… für politische Zwecke?“ the one question)."""
    with pytest.raises(ParseError, match="endet mitten im Satz"):
        load_document(CUT / "ni-18-4102.txt")


def test_niedersachsen_flat_copy_title_and_askers_vorbemerkung(tmp_path: Path) -> None:
    """A whole Niedersachsen answer copied without line breaks: the title is the line after „Antwort des … namens der
    Landesregierung“, „Vorbemerkung des Abgeordneten“ heads the askers' Vorbemerkung (before, the title was the
    cover „Niedersächsischer Landtag – 19.“ and the askers' Vorbemerkung was lost)."""
    flat = tmp_path / "ni-19-11137.txt"
    flat.write_text(" ".join((NI_CORPUS / "ni-19-11137.txt").read_text(encoding="utf-8").split()) + "\n", "utf-8")
    document = load_document(flat)
    assert document.title == (
        "Wie weit ist die Landesregierung bei der Erarbeitung eines Landesaktionsplans für sexuelle und "
        "geschlechtliche Vielfalt?"
    )
    assert document.preamble[0].startswith("Die Straftaten in den Bereichen „sexuelle Orientierung“")
    assert len(document.questions) == 13
    # inside a sentence the words are no heading: „Es wird auf die Vorbemerkung der Abgeordneten … verwiesen.“
    cited = "Es wird auf die Vorbemerkung der Abgeordneten Susanne Meyer verwiesen."
    answer = document.question(2).answer_text.split()[0]
    text = flat.read_text(encoding="utf-8")
    at = text.index(" " + answer + " ", text.index(document.question(2).text[:40]))
    flat.write_text(f"{text[:at]} {cited}{text[at:]}", encoding="utf-8")
    assert load_document(flat).question(2).answer_text.startswith(cited)


def test_hessen_copy_cut_inside_a_labelled_question() -> None:
    """„… ist das eine nette Geste. Frage 4. Ist die Hessische Landesregie“: question 4, cut, not part of answer 3."""
    document = load_document(CUT / "he-19-983.txt")
    assert [q.number for q in document.questions] == [1, 2, 3, 4]
    assert document.question(3).answer_text.endswith("ist das eine nette Geste.")
    assert document.question(4).text == "Ist die Hessische Landesregie"
    assert any("Frage 4 endet mitten im Satz" in w for w in document.warnings)


def test_hessen_cover_form_names_the_parliament() -> None:
    """„Kleine Anfrage des Abg. Weiß (SPD) vom 04.02.2014 betreffend … und Antwort des Ministers …“: Hessen, and the
    title between „betreffend“ and „und Antwort“ (before: no parliament, the title „Kleine Anfrage des Abg.“)."""
    document = load_document(CUT / "he-19-78.txt")
    assert document.parliament == "he"
    assert document.title == "Teilnahme der Landesregierung an Meisterfeiern der Handwerkskammer Wiesbaden"


def test_repeated_question_under_the_answer_part_cut_after_one_copy() -> None:
    """Baden-Württemberg: six questions, „Begründung …“, „A n t w o r t Mit Schreiben vom … wie folgt: Ich frage die
    Landesregierung: 1. Was sind …? § 16 Schulgesetz …“, cut: answer 1 is its own (before, the Begründung, the
    heading and the copy were the joint answer of all six)."""
    document = load_document(CUT / "bw-15-3939.txt")
    assert document.question(1).answer_text.startswith("§ 16 Schulgesetz ermöglicht die Einrichtung")
    assert not any(q.answer_text or q.answered_with for q in document.questions[1:])


def test_a_copy_cut_inside_the_askers_begruendung() -> None:
    """Cut inside „Begründung …“ before the answer part: the askers' reasoning, no answer, the cut said (before, the
    joint answer of all six questions)."""
    document = load_document(CUT / "bw-15-498.txt")
    assert not any(q.answer_text or q.answered_with for q in document.questions)
    assert document.preamble[0].startswith("Die UN-Konvention über die Rechte behinderter Menschen")
    assert any("Begründung der Fragesteller endet mitten im Satz" in w for w in document.warnings)


def test_bavarian_title_that_asks_and_a_request_with_daher() -> None:
    """„… vom 14.05.2018 Wie sollen … umgesetzt werden? Ministepräsident Dr. Markus Söder hat … konkretisiert. Ich frage
    daher die Staatsregierung:“ (before, the title was the whole cover and the introduction)."""
    document = load_document(CUT / "by-17-23302.txt")
    assert document.title.startswith("Wie sollen die umfangreichen Versprechungen")
    assert document.title.endswith("umgesetzt werden?")
    assert document.preamble[0].startswith("Ministepräsident Dr. Markus Söder hat in seiner Regierungserklärung")
