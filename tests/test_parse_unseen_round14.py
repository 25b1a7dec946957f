"""Round 14: answers of many parliaments as the stored kleineanfragen.de text pages hold them (one line, mostly cut
at 2,000 bytes), measured before the parser was changed: one test per rule that main read wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import cli
from indexer.ingest.load import load_document
from tests.test_parse_layouts import _score

FIXTURES = Path(__file__).parent / "fixtures"
CUT = FIXTURES / "cut"
ROUND14 = (
    CUT / "bb-6-2870",
    CUT / "bb-6-2872",
    CUT / "by-17-1765",
    CUT / "he-19-1575",
    CUT / "hh-21-12272",
    CUT / "mv-7-1154",
    CUT / "nw-17-2128",
    CUT / "sh-18-2008",
    CUT / "sn-6-576",
    CUT / "th-6-2895",
    CUT / "th-6-5629",
    CUT / "th-6-7695",
    FIXTURES / "rp-16-6188",
)


def _json(path: Path) -> dict:
    result = CliRunner().invoke(cli, ["parse", "--json", str(path)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize("stem", ROUND14, ids=lambda stem: stem.name)
def test_round14_copies_are_parsed_as_keyed(stem: Path) -> None:
    """The stored pages, keyed by reading them (question boundaries, the first and last words of each answer)."""
    key = json.loads(stem.with_name(f"{stem.name}.expected.json").read_text(encoding="utf-8"))
    score = _score(key, _json(stem.with_suffix(".txt")))
    wrong = {measure: got for measure, got in score.items() if got[0] != got[1]}
    assert not wrong, wrong


def test_the_askers_begruendung_after_their_dated_signature_is_no_answer() -> None:
    """Baden-Württemberg, cut on page 2: „… 9. Was tut sie, …? 13. 12. 2016 Berg AfD Begründung Die Polizei steht …“
    is the askers' reasoning, not the joint answer of all nine questions (before: every answer was it)."""
    document = load_document(CUT / "bw-16-1285.txt")
    assert len(document.questions) == 9 and not any(q.answer_text for q in document.questions)
    assert document.preamble[0].startswith("Die Polizei steht unter täglicher")
    assert any("Die Begründung der Fragesteller endet mitten im Satz" in w for w in document.warnings)


def test_the_answers_opening_sentence_cut_before_its_colon_is_no_answer() -> None:
    """Thüringen: „Das Thüringer Ministerium … hat die Kleine Anfrage namens der Landesregierung mit Schreiben vom
    4. September 2019 wie folgt beantwort“ opens the answer part and is cut: no answer yet (before: the joint answer
    of questions 1–3); the letter's date is the answer's, not the print line's 27 September."""
    document = load_document(CUT / "th-6-7695.txt")
    assert len(document.questions) == 3 and not any(q.answer_text for q in document.questions)
    assert any("Der Text endet im Einleitungssatz der Antwort" in w for w in document.warnings)
    assert str(document.date_answered) == "2019-09-04"


def test_a_last_answer_that_opens_like_the_answer_part_is_kept(tmp_path: Path) -> None:
    """A cut copy whose answers 1 and 2 are given: answer 3 „Die Landesregierung hat die Kleine Anfrage 3911 …
    bereits beantwortet. … ausgel“ is an answer, not the answer part's opening sentence (review: it was dropped)."""
    text = (CUT / "th-6-7695.txt").read_text(encoding="utf-8").rstrip("\n").removesuffix("beantwort")
    text += (
        "beantwortet: Zu 1.: Nein, das trifft nicht zu. Zu 2.: Der Landesregierung liegen hierzu keine Erkenntnisse "
        "vor. Zu 3.: Die Landesregierung hat die Kleine Anfrage 3911 zu diesem Thema bereits beantwortet. Auf die "
        "Antwort in Drucksache 6/7001 wird verwiesen. Ergänzend ist mitzuteilen, dass die Fallen im Juni ausgel"
    )
    (tmp_path / "th-6-7695.txt").write_text(text, encoding="utf-8")
    document = load_document(tmp_path / "th-6-7695.txt")
    assert document.question(3) is not None
    assert document.question(3).answer_text.startswith("Die Landesregierung hat die Kleine Anfrage 3911")
    assert not any("Einleitungssatz" in w for w in document.warnings)


def test_a_bill_cut_inside_its_first_article_is_no_answer(tmp_path: Path) -> None:
    """A cut copy of a Gesetzentwurf ending „1. Die Inhaltsübersicht wird … der Feuerwe“ was read as an answer with
    one question (review); only an Anfrage's text is read so."""
    bill = tmp_path / "th-6-1235.txt"
    bill.write_text(
        "Thüringer Landtag 6. Wahlperiode Drucksache 6/1235 Gesetzentwurf der Landesregierung Thüringer Gesetz zur "
        "Änderung des Feuerwehrgesetzes A. Problem und Regelung Das Gesetz regelt die Feuerwehr neu. B. Lösung "
        "Änderung des Gesetzes. Artikel 1 Das Thüringer Brand- und Katastrophenschutzgesetz wird wie folgt geändert: "
        "1. Die Inhaltsübersicht wird wie folgt geändert und ergänzt um die Angaben zu den Paragrafen der Feuerwe",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["parse", str(bill)])
    assert result.exit_code != 0 and "Keine nummerierten Fragen gefunden" in result.output


def test_the_print_line_is_no_answer_date() -> None:
    """„24.04.2018 Drucksache 6/5629 … Druck: Thüringer Landtag, 15. Mai 2018“: the Drucksache's date, not the day it
    was printed, where the excerpt stops before the letter's date."""
    assert str(load_document(CUT / "th-6-5629.txt").date_answered) == "2018-04-24"


@pytest.mark.parametrize(
    ("name", "first_words"),
    [
        ("nw-17-2128.txt", "Seit Beginn der 17. Legislaturperiode"),
        ("sn-6-576.txt", "Welche Vorkehrungen trifft die Sächsische Staatsregierung"),
    ],
)
def test_a_copy_cut_inside_question_1_is_read_not_refused(name: str, first_words: str) -> None:
    """NRW's „1. Seit Beginn … sind laut An“, Sachsen's „Frage 1: Welche Vorkehrungen … Arc“: the text ends inside the
    first question — one question without answer, and the archivist is told (before: refused, „Keine nummerierten
    Fragen gefunden“, so title and Vorbemerkung were lost too)."""
    document = load_document(CUT / name)
    assert len(document.questions) == 1 and document.questions[0].text.startswith(first_words)
    assert not document.questions[0].answer_text
    assert any("Frage 1 endet mitten im Satz" in w for w in document.warnings)


def test_a_footnote_star_after_a_questions_mark_ends_it() -> None:
    """„… c) bei den Fehlalarmierungen?* 2. Zu wie vielen Fehlalarmierungen …?“: question 2 is a question (before:
    the answer of question 1, and „Frage 2 fehlt“)."""
    document = load_document(CUT / "th-6-2895.txt")
    assert [q.number for q in document.questions] == [1, 2, 3, 4, 5, 6, 7]
    assert document.question(2).text.startswith("Zu wie vielen Fehlalarmierungen")
    assert not document.question(1).answer_text


def test_the_introduction_after_the_wording_keeps_its_first_words() -> None:
    """„Katastrophenschutzbericht 2015 Die Kleine Anfrage … hat folgenden Wortlaut: Am 22. August 2016 wurde der
    Brand- und Katastrophenschutzbericht 2015 vorgestellt.“: the introduction starts after the wording, not after the
    title's words inside it (before: „vorgestellt. Bei der Vielzahl …“)."""
    preamble = load_document(CUT / "th-6-2895.txt").preamble
    assert preamble[0].startswith("Am 22. August 2016 wurde der Brand- und Katastrophenschutzbericht 2015 vorgestellt.")


def test_a_request_cut_in_its_first_words_is_no_answer() -> None:
    """„3. Welche Windeignungsgebiete (WEG) sind dort ausgewiesen? (bitt“: question 3 is whole, nothing is answered
    (before: „(bitt“ was the joint answer of questions 1–3)."""
    document = load_document(CUT / "bb-6-2870.txt")
    assert document.question(3).text == "Welche Windeignungsgebiete (WEG) sind dort ausgewiesen?"
    assert not any(q.answer_text for q in document.questions)


def test_a_summarising_answer_heading_is_no_part_of_the_question() -> None:
    """Sachsen's „Zusammenfassende Antwort zu den Fragen 1 und 2:“ heads the joint answer (before: it was the end of
    question 2)."""
    document = load_document(CUT / "sn-6-12093.txt")
    assert document.question(2).text == "Welchen lnhalt hat diese Erklärung bzw. wird diese haben?"


def test_the_sender_is_the_transmission_notes_own_subject() -> None:
    """Mecklenburg-Vorpommern's note „Der Minister für Energie, … hat namens der Landesregierung die Kleine Anfrage …
    beantwortet.“ after a cut answer „Der Unteren Naturschutzbehörde liegt zu“: the Ministerium, not the answer's words
    before it."""
    assert load_document(CUT / "mv-7-1154.txt").ministry == "Ministerium für Energie, Infrastruktur und Digitalisierung"


def test_brandenburgs_group_after_the_askers_name() -> None:
    """„des Abgeordneten Christoph Schulze BVB / FREIE WÄHLER Gruppe“: the member and his group (before: one name)."""
    askers = load_document(CUT / "bb-6-2872.txt").askers
    assert [(a.name, a.party) for a in askers] == [("Christoph Schulze", "BVB/FREIE WÄHLER")]


def test_a_hamburg_title_that_asks_ends_at_its_question_mark() -> None:
    """„Betr.: Salafismus an Schulen – Wie ist die Lage in Hamburg? Längst ist bekannt, dass …“: the sentence after
    the '?' opens the introduction (before: it was part of the title)."""
    document = load_document(CUT / "hh-21-12272.txt")
    assert document.title == "Salafismus an Schulen – Wie ist die Lage in Hamburg?"
    assert document.preamble[0].startswith("Längst ist bekannt, dass die in Deutschland geführte Islam-Debatte")


def test_signed_in_vertretung_closes_the_last_answer() -> None:
    """Rheinland-Pfalz: „… fallen. In Vertretung: Günter Kern Staatssekretär“ — the last answer ends at its sentence
    (before: with „In Vertretung:“ and a warning about its colon)."""
    document = load_document(FIXTURES / "rp-16-6188.txt")
    assert document.question(4).answer_text.endswith("Fastnachtsumzügen oder -veranstaltungen fallen.")
    assert not any("Doppelpunkt" in w for w in document.warnings)


def test_a_numbered_answer_label_is_no_answer_text() -> None:
    """Schleswig-Holstein's „Antwort 1: Die DaZ-Zentren wurden, …“: the label is layout (before: the answer's first
    words)."""
    answer = load_document(CUT / "sh-18-2008.txt").question(1).answer_text
    assert answer.startswith("Die DaZ-Zentren wurden, wie in der Vorbemerkung bereits dargelegt")


def test_bayerns_cover_form_names_the_parliament_without_the_page_head() -> None:
    """„Schriftliche Anfrage der Abgeordneten Christine Kamm BÜNDNIS 90/DIE GRÜNEN vom 08.01.2014 Anerkennung … Ich
    frage die Staatsregierung:“: Bayern, and the title without the form (before: the title was the whole cover, the
    parliament taken from the file's name)."""
    document = load_document(CUT / "by-17-1765.txt")
    assert document.title == "Anerkennung von im Ausland erworbenen Qualifikationen in pädagogischen Berufen"
    assert document.parliament == "by" and not any("Parlament nicht im Text" in w for w in document.warnings)


def test_the_hessian_ministers_vorbemerkung_is_the_governments() -> None:
    """„Vorbemerkung des Ministers des Innern und für Sport: Die in der Vorbemerkung der Fragesteller genannte
    „Anzeige“ …“: the government's Vorbemerkung (before: it ran on in the askers' Vorbemerkung, heading and all)."""
    document = load_document(CUT / "he-19-1575.txt")
    assert document.government_preamble[0].startswith("Die in der Vorbemerkung der Fragesteller genannte")
    assert not any("Ministers des Innern" in paragraph for paragraph in document.preamble)


def test_a_ministers_vorbemerkung_with_a_long_portfolio_is_the_governments_too(tmp_path: Path) -> None:
    """„Vorbemerkung des Ministers für Wirtschaft, Energie, Verkehr und Wohnen:“ — with commas and long — stayed in the
    askers' Vorbemerkung in a flat copy (review)."""
    text = (
        (CUT / "he-19-1575.txt")
        .read_text(encoding="utf-8")
        .replace(
            "Vorbemerkung des Ministers des Innern und für Sport:",
            "Vorbemerkung des Ministers für Wirtschaft, Energie, Verkehr und Wohnen:",
        )
    )
    (tmp_path / "he-19-1575.txt").write_text(text, encoding="utf-8")
    document = load_document(tmp_path / "he-19-1575.txt")
    assert document.government_preamble[0].startswith("Die in der Vorbemerkung der Fragesteller genannte")
    assert not any("Ministers für Wirtschaft" in paragraph for paragraph in document.preamble)
