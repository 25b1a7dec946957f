"""Every parliament's layout, measured as a user meets it: ``anfragen parse --json`` on each
fixture with an answer key (``tests/fixtures/<id>.expected.json``), checking the question
count, where each answer begins and ends (its first and last words), the metadata and, where keyed,
the askers, the Kleine Anfrage's Drucksache and the first words of the askers' and the government's Vorbemerkung.

``pytest -s tests/test_parse_layouts.py`` prints the table per parliament."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"
KEYS = sorted(FIXTURES.glob("*.expected.json"))
METADATA = ("parliament", "wahlperiode", "drucksache", "date_answered", "title")
OPTIONAL = ("askers", "anfrage_drucksache", "anfrage_nr")  # checked where the answer key states them


def _parse(doc_id: str) -> dict:
    result = CliRunner().invoke(cli, ["parse", "--json", str(FIXTURES / f"{doc_id}.txt")])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _words(text: str, count: int, last: bool = False) -> str:
    words = text.split()
    return " ".join(words[-count:] if last else words[:count])


PREAMBLES = ("preamble", "government_preamble")  # the askers' and the government's Vorbemerkung


def _preambles_right(key: dict, parsed: dict) -> int:
    """Each Vorbemerkung begins with the keyed words (where the key states them: ``preamble_first``,
    ``government_preamble_first``)."""
    keyed = [(name, key[f"{name}_first"]) for name in PREAMBLES if f"{name}_first" in key]
    return sum(_words(parsed[name], len(first.split())) == first for name, first in keyed)


def _score(key: dict, parsed: dict) -> dict[str, tuple[int, int]]:
    """(right, of) per measure for one fixture."""
    questions = {q["number"]: q for q in parsed["questions"]}
    names = METADATA + tuple(name for name in OPTIONAL if name in key)
    bounds = 0
    for expected in key["questions"]:
        got = questions.get(expected["number"])
        if got is None:
            continue
        first = len(expected["answer_first"].split())
        last = len(expected["answer_last"].split())
        bounds += (
            _words(got["answer"], first) == expected["answer_first"]
            and _words(got["answer"], last, last=True) == expected["answer_last"]
            and got["answered_with"] == expected.get("answered_with", [])
        )
    return {
        "questions": (int(len(parsed["questions"]) == len(key["questions"])), 1),
        "boundaries": (bounds, len(key["questions"])),
        "metadata": (
            sum(parsed[name] == key[name] for name in names) + _preambles_right(key, parsed),
            len(names) + sum(f"{name}_first" in key for name in PREAMBLES),
        ),
        "ministry": (int(parsed["ministry"] == key["ministry"]), 1),
    }


@pytest.fixture(scope="module")
def scores() -> dict[str, tuple[dict, dict]]:
    out = {}
    for path in KEYS:
        doc_id = path.name.removesuffix(".expected.json")
        key = json.loads(path.read_text(encoding="utf-8"))
        out[doc_id] = (key, _score(key, _parse(doc_id)))
    return out


def test_every_fixture_has_an_answer_key() -> None:
    texts = {p.stem for p in FIXTURES.glob("*.txt")}
    keyed = {p.name.removesuffix(".expected.json") for p in KEYS}
    assert not texts - keyed, f"Fixtures ohne Antwortschlüssel: {sorted(texts - keyed)}"


def test_every_parliament_has_a_keyed_fixture() -> None:
    from indexer.parliaments import PARLIAMENTS

    keyed = {path.name.split("-")[0] for path in KEYS}
    assert {p.code for p in PARLIAMENTS} <= keyed, sorted({p.code for p in PARLIAMENTS} - keyed)


def test_layouts_meet_the_bar(scores: dict[str, tuple[dict, dict]]) -> None:
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    kinds: dict[str, set[str]] = defaultdict(set)
    for doc_id, (key, score) in scores.items():
        code = doc_id.split("-")[0]
        kinds[code].add(key.get("kind", "real"))
        for measure, (right, of) in score.items():
            table[code][measure][0] += right
            table[code][measure][1] += of
    print("\nParlament  Quelle        Fragenzahl  Grenzen   Metadaten Ministerium")
    for code in sorted(table):
        row = table[code]
        cells = "  ".join(f"{row[m][0]:>3}/{row[m][1]:<4}" for m in ("questions", "boundaries", "metadata", "ministry"))
        kind = "/".join(sorted(kinds[code]))
        print(f"{code:<10} {kind:<16} {cells}")
    measures = ("questions", "boundaries", "metadata", "ministry")
    total = {m: [sum(table[c][m][i] for c in table) for i in (0, 1)] for m in measures}
    real = [c for c in table if "real" in kinds[c]]
    assert len(table) >= 10 and len(real) >= 8
    assert total["questions"][0] == total["questions"][1], total
    assert total["boundaries"][0] >= 0.95 * total["boundaries"][1], total
    assert total["metadata"][0] >= 0.95 * total["metadata"][1], total
    assert total["ministry"][0] >= 0.9 * total["ministry"][1], total


@pytest.mark.parametrize("path", KEYS, ids=lambda p: p.name.removesuffix(".expected.json"))
def test_question_count(path: Path, scores: dict[str, tuple[dict, dict]]) -> None:
    """Question counts must be right everywhere (the bar is 100 %)."""
    _key, score = scores[path.name.removesuffix(".expected.json")]
    assert score["questions"] == (1, 1)


@pytest.mark.parametrize("path", KEYS, ids=lambda p: p.name.removesuffix(".expected.json"))
def test_each_fixture_is_parsed_as_keyed(path: Path, scores: dict[str, tuple[dict, dict]]) -> None:
    """Every fixture on its own: where each answer begins and ends, the metadata, the ministry —
    a fixture the parser gets wrong is named here, not hidden in the totals above."""
    _key, score = scores[path.name.removesuffix(".expected.json")]
    wrong = {measure: got for measure, got in score.items() if got[0] != got[1]}
    assert not wrong, wrong


def test_reprint_note_is_not_the_title() -> None:
    from indexer.ingest.extract import text_pages
    from indexer.ingest.parse import parse_lines

    text = (FIXTURES / "nw-18-14087.txt").read_text(encoding="utf-8")
    text = text.replace("Drucksache 18/12888 \n", "Drucksache 18/12888 \nNeudruck\n", 1)
    title = parse_lines(text_pages(text), doc_id="nw-18-14087").title
    assert title == "Zeiterfassung in den Landeseinrichtungen: Wann kommen An- und Abwesenheitssysteme?"


def test_unnumbered_questions_are_reported(scores: dict[str, tuple[dict, dict]]) -> None:
    """The report tells the archivist where the question numbers came from."""
    result = CliRunner().invoke(cli, ["parse", str(FIXTURES / "sl-16-1234.txt")])
    assert "Fragen ohne Nummern" in result.output
    assert "10. Wie viele Haltestellen sind barrierefrei?" in result.output


def test_the_archivist_is_told_what_was_read_into_the_text() -> None:
    """A scan's "I." read as question 1, a question without any number: the report says so."""
    ocr = CliRunner().invoke(cli, ["parse", str(FIXTURES / "sh-12-965.txt")])
    assert "Frage 1 ist als „I.“ gedruckt (Texterkennung)" in ocr.output
    assert "1. Wie hoch war das Unterrichtsfehl" in ocr.output
    sole = CliRunner().invoke(cli, ["parse", str(FIXTURES / "mv-6-4820.txt")])
    assert "Eine Frage ohne Nummer: als Frage 1 geführt" in sole.output


def test_a_text_cut_in_the_middle_of_a_sentence_is_reported(tmp_path: Path) -> None:
    """A copy that stops mid-sentence has lost the rest: the archivist is told, the whole one is not flagged."""
    whole = (FIXTURES / "sh-18-3069.txt").read_text(encoding="utf-8")
    cut = tmp_path / "sh-18-3069.txt"
    cut.write_text(whole.replace(" der geplanten weiteren Erstaufnahmeeinrichtungen eingerichtet.", " der ge"), "utf-8")
    report = CliRunner().invoke(cli, ["parse", str(cut)]).output
    assert "Die Antwort zu Frage 2 endet mitten im Satz („… an den Standorten der ge“)" in report
    assert "mitten im Satz" not in CliRunner().invoke(cli, ["parse", str(FIXTURES / "sh-18-3069.txt")]).output
    remark = tmp_path / "nw-17-1234.txt"  # a short last remark without its full stop is no cut
    remark.write_text(
        "Landtag Nordrhein-Westfalen\nDrucksache 17/1234\n\nAntwort der Landesregierung auf die Kleine Anfrage 55"
        "\n\nTitel\n\n1. Wie viele Fälle gab es?\n\nEs gab zwölf Fälle.\n\n2. Welche Kosten entstanden?\n\n"
        "Die Frage entfällt damit\n",
        "utf-8",
    )
    assert "mitten im Satz" not in CliRunner().invoke(cli, ["parse", str(remark)]).output


def test_a_copy_cut_on_a_capitalised_word_is_reported(tmp_path: Path) -> None:
    """A flat copy with nothing after its last answer stops inside it: "… im Landkreis Neuwie" is a cut
    although capitalised; the same words before a signature are the end of a whole text (a list item, a name)."""
    report = CliRunner().invoke(cli, ["parse", str(FIXTURES / "rp-17-1731.txt")]).output
    assert "Die Antwort zu Frage 5 endet mitten im Satz („… sich ebenfalls im Landkreis Neuwie“)" in report
    signed = tmp_path / "rp-17-1731.txt"
    text = (FIXTURES / "rp-17-1731.txt").read_text(encoding="utf-8").rstrip()
    signed.write_text(text + " Prof. Dr. Konrad Wolf Staatsminister\n", "utf-8")
    assert "mitten im Satz" not in CliRunner().invoke(cli, ["parse", str(signed)]).output


def test_printed_line_breaks_single_question_and_page_footnote() -> None:
    """The same layouts with the line breaks of a printed page: an abbreviation at a line end ("bzw.")
    ends no sentence, and Mecklenburg-Vorpommern's footnote at the page bottom is no part of the answer."""
    from indexer.ingest.extract import text_pages
    from indexer.ingest.parse import parse_lines

    sh = (
        "SCHLESWIG-HOLSTEINISCHER LANDTAG Drucksache 18/3566\n18. Wahlperiode 2015-11-24\n\nKleine Anfrage\n"
        "des Abgeordneten Dr. Heiner Garg (FDP)\n\nund\n\nAntwort\n"
        "der Landesregierung – Minister für Inneres und Bundesangelegenheiten\n\n"
        "Einsatz von Sicherheits- bzw. Wachdiensten an den Erstaufnahmeeinrichtungen des Landes\n\n"
        "Vorbemerkung des Fragestellers:\nUnter Verweis auf Art. 29 LV wird die Frage wiederholt.\n\n"
        "Wie ist die aktuelle zahlenmäßige Relation zwischen Mitarbeitern der Sicherheits- bzw.\n"
        "Wachdienste und Asylbegehrenden in den jeweiligen Erstaufnahmeeinrichtungen derzeit?\n\n"
        "Antwort:\nDie Relation kann der folgenden tabellarischen Übersicht entnommen werden.\n"
    )
    document = parse_lines(text_pages(sh), doc_id="sh-18-3566")
    assert document.questions[0].text.startswith("Wie ist die aktuelle")
    assert document.questions[0].answer == (
        "Die Relation kann der folgenden tabellarischen Übersicht entnommen werden.",
    )
    mv = (FIXTURES / "mv-6-4820.txt").read_text(encoding="utf-8")
    footnote = mv[: mv.index(" LANDTAG")]
    printed = mv[len(footnote) + 1 :].replace(" Gemäß", "\n\nGemäß") + "\n\n" + footnote + "\n"
    document = parse_lines(text_pages(printed), doc_id="mv-6-4820")
    assert document.questions[0].answer[-1].endswith("Kleinen Anfrage 6/4537 verwiesen.")
    assert document.ministry == "Ministerium für Inneres und Sport"


def test_a_roman_section_is_no_question_one() -> None:
    """ "I." stays a Roman section where "II." follows: no question is invented."""
    from indexer.ingest.extract import text_pages
    from indexer.ingest.parse import parse_lines

    text = (FIXTURES / "sh-12-965.txt").read_text(encoding="utf-8")
    text = text.replace("Vorbemerkung verwiesen.", "Vorbemerkung verwiesen. II. Weitere Angaben.")
    document = parse_lines(text_pages(text), doc_id="sh-12-965")
    assert not any("Texterkennung" in warning for warning in document.warnings)
    assert [q.number for q in document.questions] == [2]


def test_unnumbered_questions_with_answer_on_the_heading_line_and_two_sentences() -> None:
    from indexer.ingest.extract import text_pages
    from indexer.ingest.parse import parse_lines

    text = (FIXTURES / "sl-16-1234.txt").read_text(encoding="utf-8")
    text = text.replace("Zu Frage 1:\nIm Landkreis", "Zu Frage 1: Im Landkreis")
    text = text.replace(
        "diese Linien täglich?\n", "diese Linien täglich?\nWie hat sich die Zahl seit 2015 entwickelt?\n"
    )
    document = parse_lines(text_pages(text), doc_id="sl-16-1234")
    assert [q.number for q in document.questions] == list(range(1, 11))
    assert document.questions[0].answer_text.startswith("Im Landkreis Neunkirchen verkehren 42 Linien")
    assert document.questions[1].text.endswith("täglich? Wie hat sich die Zahl seit 2015 entwickelt?")
    assert document.question(10).answered_with == (6, 7, 8)


def test_question_paper_before_the_answer_gives_the_answers_facts() -> None:
    """Question paper (Drucksache 18/12888) and answer (18/14087) in one file: the document is the answer."""
    from indexer.ingest.extract import text_pages
    from indexer.ingest.parse import parse_lines

    paper = (
        "LANDTAG NORDRHEIN-WESTFALEN\n18. Wahlperiode\nDrucksache 18/12888\n10.02.2025\nNeudruck\n"
        "Kleine Anfrage 5321\nder Abgeordneten Lena Teschlade, Christian Dahm und Anja Butschkau SPD\n"
        "Zeiterfassung in den Landeseinrichtungen: Wann kommen An- und Abwesenheitssysteme?\n"
        "In der Antwort auf Frage 3 der Kleinen Anfrage 4100 hieß es, die Systeme kämen bald.\n"
        "Wir fragen daher die Landesregierung:\n"
        "1. Wie viele Landeseinrichtungen erfassen die Arbeitszeit bereits elektronisch?\n"
        "2. In wie vielen Landeseinrichtungen sind An- und Abwesenheitssysteme in Planung?\n"
        "Lena Teschlade\nChristian Dahm\nAnja Butschkau\n\f"
    )
    answer = (FIXTURES / "nw-18-14087.txt").read_text(encoding="utf-8")
    document = parse_lines(text_pages(paper + answer), doc_id="nw-18-14087")
    alone = parse_lines(text_pages(answer), doc_id="nw-18-14087")
    assert (document.drucksache, document.anfrage_drucksache) == ("18/14087", "18/12888")
    assert document.date_answered == alone.date_answered
    assert document.title == alone.title
    assert [q.number for q in document.questions] == [q.number for q in alone.questions]
    assert [q.answer for q in document.questions] == [q.answer for q in alone.questions]


WITHOUT_ID = FIXTURES / "without-id"  # real texts that print no Drucksache: the archivist must give the id


def test_a_text_without_drucksache_is_refused_until_the_archivist_names_it() -> None:
    """docplayer.org's transcript of a Sachsen-Anhalt answer lost the Drucksache's number ("Drucksache 7/"):
    the report asks for the id instead of guessing one."""
    result = CliRunner().invoke(cli, ["parse", str(WITHOUT_ID / "st-7-ka45.txt")])
    assert result.exit_code == 1
    assert "Dokumentkennung nicht ermittelbar" in result.output and "'id'" in result.output


def test_a_document_hosts_transcript_is_split_into_its_question_and_answer() -> None:
    """The site's head up to "Transkript", then each page on one numbered line ("2 2 1. Welche …"): read as
    the pages of a flat text, the first page no footnote."""
    from indexer.ingest.extract import text_pages
    from indexer.ingest.parse import parse_lines

    text = (WITHOUT_ID / "st-7-ka45.txt").read_text(encoding="utf-8")
    document = parse_lines(text_pages(text), doc_id="st-7-1")
    assert [q.text for q in document.questions] == [
        "Welche noch nicht entschiedenen Anträge von welchen Kommunen auf Bedarfszuweisungen lagen am "
        "31. Dezember 2014 vor?"
    ]
    assert document.questions[0].answer_text.startswith("a.) Anträge auf Bedarfszuweisungen: Anhalt-Bitterfeld")
    assert (document.parliament, document.ministry, document.title) == (
        "st",
        "Ministerium der Finanzen",
        "Ausgleichsstock ( 17 FAG)",
    )
    assert [a.name for a in document.askers] == ["Swen Knöchel"] and not document.footnotes


def test_answers_printed_without_their_questions_are_numbered_from_the_headings() -> None:
    """Bremen's Fragestunde: the senator's "Zu Frage 1: … Zu Frage 2: …" only; the questions stay without
    text, the archivist is told, the answers are not taken for questions."""
    from indexer.ingest.extract import text_pages
    from indexer.ingest.parse import parse_lines

    text = (WITHOUT_ID / "hb-19-fragestunde-2017-02-16.txt").read_text(encoding="utf-8")
    document = parse_lines(text_pages(text), doc_id="hb-19-1")
    assert [(q.number, q.text) for q in document.questions] == [(1, ""), (2, "")]
    assert document.questions[0].answer_text.startswith("Der Senat begrüßt die Unterhaltsvorschussreform")
    assert document.questions[1].answer_text.startswith("Der Einigung zwischen Bund und Ländern")
    assert document.parliament == "hb"
    assert any("Die Fragen selbst stehen nicht im Text" in warning for warning in document.warnings)


@pytest.mark.parametrize(
    "closing",
    [
        "Ich bitte um Verständnis, dass wir hierzu keine Zahlen nennen können.",
        "Bitte beachten Sie die Anlage.",
        "Der Senat wird gebeten, dies zu prüfen.",
    ],
)
def test_a_request_closing_an_answer_is_no_printed_question(closing: str) -> None:
    """A request after answer 1 of Bremen's Fragestunde belongs to the answer: the questions stay unprinted and
    the archivist is told, question 1 does not become the whole front matter."""
    from indexer.ingest.extract import text_pages
    from indexer.ingest.parse import parse_lines

    text = (WITHOUT_ID / "hb-19-fragestunde-2017-02-16.txt").read_text(encoding="utf-8")
    document = parse_lines(text_pages(text.replace("\nZu Frage 2:", f"\n{closing}\nZu Frage 2:")), doc_id="hb-19-1")
    assert [(q.number, q.text) for q in document.questions] == [(1, ""), (2, "")]
    assert document.questions[0].answer_text.endswith(closing)
    assert any("Die Fragen selbst stehen nicht im Text" in warning for warning in document.warnings)


def test_a_request_counts_only_as_the_last_sentence_before_the_first_answer() -> None:
    """ "Bitte beachten Sie die Sperrfrist. Es gilt das gesprochene Wort." before "Zu Frage 1:" ends with a
    statement: no question is printed, the statement is not question 1."""
    from indexer.ingest.extract import text_pages
    from indexer.ingest.parse import parse_lines

    text = (WITHOUT_ID / "hb-19-fragestunde-2017-02-16.txt").read_text(encoding="utf-8")
    notice = "Bitte beachten Sie die Sperrfrist bis zum Ende der Sitzung.\nEs gilt das gesprochene Wort."
    document = parse_lines(
        text_pages(text.replace("Für den Senat beantworte ich die Fragen wie folgt:", notice)), "hb-19-1"
    )
    assert [(q.number, q.text) for q in document.questions] == [(1, ""), (2, "")]
    assert document.questions[0].answer_text.startswith("Der Senat begrüßt die Unterhaltsvorschussreform")


def test_bayerns_questions_repeated_in_the_answer_part_get_the_answers_after_their_copies() -> None:
    """Bayern prints the questions again under "Antwort des Staatsministeriums … vom …": three copies in a
    row with one answer after them are answered together; the last copy's answer is its own."""
    from indexer.ingest.extract import text_pages
    from indexer.ingest.parse import parse_lines

    text = (FIXTURES / "by-17-22385.txt").read_text(encoding="utf-8").rstrip()
    question = text[text.index("3. Ergeben") : text.index("auswirkt?") + len("auswirkt?")]
    document = parse_lines(
        text_pages(f"{text} {question} Regionale Unterschiede sind nicht erkennbar.\n"), "by-17-22385"
    )
    assert [q.label for q in document.questions] == ["1", "2.1", "2.2", "3"]
    assert document.question(1).answered_with == (2, 3)
    assert document.question(3).answer_text.endswith("gründen auf den Anträgen auf Fahrtkostenförderung.")
    assert document.question(4).answer_text == "Regionale Unterschiede sind nicht erkennbar."
    assert document.question(4).text.startswith("Ergeben sich regionale Unterschiede")
    # every question printed again: the askers' questions before the copies are no Vorbemerkung of the government
    assert not document.government_preamble


def test_a_bremen_answer_cut_after_its_first_heading_keeps_the_listed_questions() -> None:
    """ "Wir fragen den Senat: 1. … 2. … 3. … Antwort des Senats Zu Frage 1: …" cut inside answer 1: the one
    heading answers question 1, questions 2 and 3 stay unanswered (not question 3 with answer 1); the title is the
    Fragestunde's "Anfrage 1: <title>", the askers' line no introduction."""
    from indexer.ingest.extract import text_pages
    from indexer.ingest.parse import parse_lines

    text = (WITHOUT_ID / "hb-20-fragestunde-s8.txt").read_text(encoding="utf-8")
    document = parse_lines(text_pages(text), doc_id="hb-20-1")
    assert document.title == "Bremer Wasserkraftwerk – Treibgut bleibt, Fische sterben?"
    assert [q.number for q in document.questions] == [1, 2, 3] and not document.preamble
    assert document.questions[0].answer_text.startswith("Es ist nicht möglich, alle durch das Kraftwerk")
    assert document.questions[0].answer_text.endswith("Flussbarsche, Rotaugen, Schwarzmu")
    assert [q.answer for q in document.questions[1:]] == [(), ()]


def test_a_transcripts_short_last_page_is_read_as_a_page() -> None:
    """A last page shorter than a full page (the table's last rows, a signature) still ends the transcript."""
    from indexer.ingest.extract import text_pages
    from indexer.ingest.parse import parse_lines

    text = (WITHOUT_ID / "st-7-ka45.txt").read_text(encoding="utf-8").rstrip("\n")
    text += "\n\n3 3 Stendal Gem. Schollene ,00 Stendal Gem. Wust-Fischbeck ,00\n"
    document = parse_lines(text_pages(text), doc_id="st-7-1")
    assert document.questions[0].answer_text.startswith("a.) Anträge auf Bedarfszuweisungen: Anhalt-Bitterfeld")
    assert document.questions[0].answer_text.endswith(
        "Stendal Gem. Sandau ,00 Stendal Gem. Schollene ,00 Stendal Gem. Wust-Fischbeck ,00"
    )
    assert document.title == "Ausgleichsstock ( 17 FAG)"
