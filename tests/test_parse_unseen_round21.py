"""Round 21: the misreadings rounds 19 and 20 left, each mended as a layout; one test per rule, on what a reader gets
(the questions, the answers, the fields shown).  Every test fails on parse23 (17c4224)."""

from __future__ import annotations

import json
from pathlib import Path

from indexer.ingest.load import load_document
from indexer.ingest.parse import parse_lines
from tests.test_parse_layouts import _score
from tests.test_parse_unseen_round14 import _json

FIXTURES = Path(__file__).parent / "fixtures"
CUT = FIXTURES / "cut"


def test_saarlands_answer_heading_of_its_one_question_is_no_answer_text() -> None:
    """„…? Zur Frage: Leider konkretisiert …“: the heading of the single unnumbered question's answer is not its first
    words (before: the answer began „Zur Frage:“)."""
    stem = FIXTURES / "sl-16-96"
    key = json.loads(stem.with_name(f"{stem.name}.expected.json").read_text(encoding="utf-8"))
    assert not {
        measure: got for measure, got in _score(key, _json(stem.with_suffix(".txt"))).items() if got[0] != got[1]
    }
    assert load_document(stem.with_suffix(".txt")).questions[0].answer_text.startswith("Leider konkretisiert")


def test_saarlands_government_remark_without_colon_is_not_question_one() -> None:
    """„Vorbemerkung der Landesregierung Die Landesregierung hält … zu erhöhen . Konnten alle …?“ (its full stop set
    off by a space): the remark is the government's, question 1 only the question; question 3's part a) after answer
    2's table („… Insgesamt 266 263 529 a) Wie viele …?“) is question 3's (before: both in the wrong place)."""
    document = load_document(CUT / "sl-15-154.txt")
    assert document.government_preamble[0].startswith("Die Landesregierung hält selbstverständlich")
    assert document.questions[0].text == "Konnten alle freien Lehrerstellen zum Schuljahr 2012/2013 besetzt werden?"
    assert document.questions[1].answer_text.endswith("Insgesamt 266 263 529")
    assert document.questions[2].text.startswith("a) Wie viele nachträgliche Absagen")


def test_hessens_note_in_brackets_after_a_question_mark_is_the_questions() -> None:
    """„Frage 1. Wie viele …? (Insgesamt und prozentual ) Frage 2. …“: the note belongs to the question, the four are
    answered together by „Die Fragen 1 bis 4 werden …“ (before: each note was its question's answer)."""
    document = load_document(CUT / "he-19-5331.txt")
    assert document.questions[0].text.endswith("in Hessen aus? (Insgesamt und prozentual )")
    assert document.questions[3].text.endswith("am häufigsten aus? (Ausfallstunden insgesamt und prozentual)")
    assert all(question.answer_text.startswith("Die Fragen 1 bis 4 werden") for question in document.questions)


def test_a_copy_cut_on_the_next_questions_label_ends_no_answer_with_it() -> None:
    """Hessen's „… gibt es nicht. Frage“ (the copy stops on question 4's label „Frage 4.“): answer 3 ends on its own
    sentence and the reader is told the text stops there (before: answer 3 ended „… nicht. Frage“)."""
    document = load_document(CUT / "he-19-5289.txt")
    assert document.questions[2].answer_text == "Besondere Regeln vor Bundes- oder Landtagswahlen gibt es nicht."
    assert any("„Frage“" in warning and "unvollständig" in warning for warning in document.warnings)


def test_baden_wuerttembergs_page_foot_with_spaced_dates_is_no_answer() -> None:
    """A copy with line breaks keeps page 1's foot „Eingegangen: 23. 01. 2020 / Ausgegeben: 21. 02. 2020 1 Drucksachen
    und Plenarprotokolle …“ on one line: page furniture (before: the joint answer of questions 1–7)."""
    document = load_document(CUT / "bw-16-7622.txt")
    assert len(document.questions) == 8
    assert not any(question.answer for question in document.questions)


def test_the_askers_signature_over_two_lines_and_their_reasoning_are_no_answer() -> None:
    """„…? / 15. 01. 2016 / Müller CDU / [page foot] / Begründung / Die Schwerpunktsetzung …“, cut there: the askers'
    signature and reasoning, no answer yet (before: the joint answer of questions 1–5)."""
    document = load_document(CUT / "bw-15-7958.txt")
    assert not any(question.answer for question in document.questions)
    assert document.preamble[0].startswith("Die Schwerpunktsetzung der Landesregierung")


def test_nrws_zur_frage_headings_without_colon_head_the_answers() -> None:
    """NRW's 14th period: „Zur Frage 1“ and „Zur Frage 2“ on lines of their own, after „Antwort des Ministers für
    Bauen und Verkehr vom 23. Oktober 2007 namens der Landesregierung …:“ (before: one joint answer with the headings
    in it, no ministry)."""
    document = load_document(CUT / "nw-14-5320.txt")
    assert document.questions[0].answer_text.startswith("Zur Beantwortung des umfangreichen Fragenkataloges")
    assert document.questions[0].answer_text.endswith("in der Zwischennachricht vom 2. Juli 2007 mitgeteilt.")
    assert document.ministry == "Ministerium für Bauen und Verkehr"


def test_a_ministry_broken_at_a_lines_end_is_set_solid() -> None:
    """„beantwortet das Mi- nisterium für Umwelt und Verkehr“, „Ministe - rium für Verkehr“ (before: shown so)."""
    assert load_document(CUT / "bw-13-4069.txt").ministry == "Ministerium für Umwelt und Verkehr"
    assert load_document(CUT / "bw-16-1818.txt").ministry == "Ministerium für Verkehr"


def test_bayerns_cover_with_a_party_in_brackets_ends_the_title() -> None:
    """A copy without page head: „Schriftliche Anfrage des Abgeordneten Alexander Muthmann (fraktionslos) vom
    05.04.2018 Lage der bayerischen Krankenhäuser Die wirtschaftliche …“ is Bayern's cover, the title ends before the
    askers' Vorbemerkung (before: the title ran on through it, the parliament only from the file name)."""
    document = load_document(CUT / "by-17-23649.txt")
    assert document.title == "Lage der bayerischen Krankenhäuser"
    assert document.preamble[0].startswith("Die wirtschaftliche Sicherung der Krankenhäuser")
    assert not any("Parlament nicht im Text gefunden" in warning for warning in document.warnings)


def test_bayerns_request_without_colon_ends_the_remark_before_question_one_one() -> None:
    """„… ersetzt werden. Ich frage die Staatsregierung 1.1 Welche Messstellen …?“: question 1.1 is a question, not the
    end of the askers' Vorbemerkung (before: the questions began with 1.2)."""
    document = load_document(CUT / "by-18-3928.txt")
    assert document.questions[0].printed_number == "1.1"
    assert document.questions[0].text.startswith("Welche Messstellen wurden")
    assert document.preamble[-1].endswith("„repräsentatives Messnetz“ ersetzt werden.")


def test_thueringens_cover_below_a_hosts_arrows_is_read() -> None:
    """docslib.org's „<<“ above „Thüringer Landtag Drucksache 6/6987 …“ starts no page of its own: the head, the title
    and „Antwort des Thüringer Ministeriums für …“ are read (before: title „<< Kleine Anfrage …“, no ministry)."""
    document = load_document(CUT / "th-6-6987.txt")
    assert document.title == "Richterinnen und Richter in der Familiengerichtsbarkeit"
    assert document.ministry == "Thüringer Ministerium für Migration, Justiz und Verbraucherschutz"
    assert not any("nicht im Text gefunden" in warning for warning in document.warnings)


def test_sachsens_letter_names_the_whole_ministry_the_askers_remark_and_no_cut_answer() -> None:
    """„SÄCHSISCHES STAATSMINISTERIUM FÜR SOZIALES UND VERBRAUCHERSCHUTZ“ and question 1 cut inside its note after
    the '?' („… tätig? (Aufschlüsselung bis in das Jahr“): the whole ministry, no answer (before: „… für Soziales“, and
    the cut note the answer); the askers' words after „den Fragen sind folgende Ausführungen vorangestellt:“ are their
    Vorbemerkung, up to the answer's opening sentence (before: in no field)."""
    document = load_document(CUT / "sn-6-5066.txt")
    assert document.ministry == "Sächsisches Staatsministerium für Soziales und Verbraucherschutz"
    assert not document.questions[0].answer
    assert document.preamble[0].startswith("Agrarbetriebe in Deutschland")
    assert document.preamble[-1].endswith("temporär in sächsischen Privathaushalten tätig.")


def test_hamburgs_cited_answer_dates_nothing_and_a_source_note_is_a_footnote() -> None:
    """„In der Antwort des Senats vom 07.08.2018 auf die …“ cites an earlier answer: no answer date, no ministry from
    it; page 1's note „1 Siehe dazu: https://…“ printed after the last answer is a footnote (before: answered
    2018-08-07, the date asked dropped, ministry „Senats“, the note the end of answer 4)."""
    stem = FIXTURES / "hh-21-15436"
    key = json.loads(stem.with_name(f"{stem.name}.expected.json").read_text(encoding="utf-8"))
    assert not {
        measure: got for measure, got in _score(key, _json(stem.with_suffix(".txt"))).items() if got[0] != got[1]
    }
    document = load_document(stem.with_suffix(".txt"))
    assert document.date_asked is not None and document.date_asked.isoformat() == "2018-12-03"
    assert document.questions[3].answer_text.endswith("Im Übrigen siehe Antwort zu 2.")
    assert [note.text for note in document.footnotes] == [
        "Siehe dazu: https://sportspass.de/2018/11/19/sportspass-startet-buergerbegehren/."
    ]


def test_the_bundestags_annex_page_head_over_several_lines_ends_no_answer() -> None:
    """The annex page's head printed over three lines and its title in brackets over two, right before the label (the
    layout of 21/1039 and 21/1181, reproduced): the head goes with the annex, the last answer ends with its own words
    (before: the head was the end of the last answer)."""
    lines = [
        "1. Wie viele Fälle wurden 2024 erfasst?",
        "Es wird auf die Anlage verwiesen.",
        "2. Welche Mittel sind für 2025 vorgesehen?",
        "Die Mittel sind in der nachfolgenden Tabelle aufgeschlüsselt.",
        "Jahr 2024 2025",
        "Mittelansatz 400 T Euro 1 800 T Euro",
        "Kleine Anfrage der Abgeordneten Dr. Erika Muster, Max Beispiel, u. a. und der",
        "Fraktion XY",
        "",
        "- Drucksache 21/817 vom 09.07.2025",
        "",
        "(Fortführung des Amtes des Beauftragten – Evaluierung von",
        "Notwendigkeit, Wirksamkeit und Ressourceneinsatz)",
        "",
        "Anlage zu Frage Nr. 1:",
        "Tatzeit: 2024, Fälle 12",
    ]
    document = parse_lines([lines], doc_id="bt-21-9005")
    assert document.questions[-1].answer_text.endswith("Mittelansatz 400 T Euro 1 800 T Euro")
    assert [annex.label for annex in document.annexes] == ["Anlage zu Frage Nr. 1:"]


def test_a_repeated_question_cut_short_keeps_its_listed_words() -> None:
    """Baden-Württemberg's answer part reprints question 1 and the copy stops inside it („… im Landkreis Sigmaringen in
    den“): the question reads as listed, whole (before: the cut reprint)."""
    document = load_document(CUT / "bw-16-1818.txt")
    assert document.questions[0].text.endswith("im Landkreis Sigmaringen in den letzten fünf Jahren dar?")
    assert not document.questions[0].answer
