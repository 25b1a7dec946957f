"""Layouts first met in real answers nobody tuned the parser for (issue 16, round 6): what the archivist sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import ParseError
from indexer.ingest.extract import text_pages
from indexer.ingest.parse import parse_lines

FIXTURES = Path(__file__).parent / "fixtures"


def _parse(doc_id: str, text: str | None = None):
    text = text if text is not None else (FIXTURES / f"{doc_id}.txt").read_text(encoding="utf-8")
    return parse_lines(text_pages(text), doc_id=doc_id)


def test_nrw_flat_copy_keeps_page_furniture_and_source_footnotes_out_of_the_answer() -> None:
    """A kleineanfragen.de copy of an NRW answer: the imprint, "Datum des Originals …", the head of page 2 and a
    footnote citing a web address are no words of the answer; the footnote is kept as a footnote."""
    head = _parse("nw-17-1824")
    assert head.questions[0].answer_text.endswith("mit dem Justizminister abgestimmt war.")
    assert "Datum des Originals" not in head.questions[0].answer_text
    cited = _parse("nw-17-3164")
    assert cited.questions[0].answer_text.endswith("zu einzelnen Versammlungen ist nicht möglich.")
    assert [(note.number, note.text) for note in cited.footnotes] == [(1, "https://www.derwesten.de/staedte/duisbur")]
    assert "aufgelöst. Bei vielen" in " ".join(cited.preamble)  # the marker "aufgelöst.1" is dropped too


def test_nrw_askers_vorbemerkung_and_the_ministry_sentence_are_not_the_title() -> None:
    document = _parse("nw-17-1824")
    assert document.title.endswith("für die Landesregierung eine Petitesse?")
    assert " ".join(document.preamble).endswith("ohne dass die Verzögerung begründet wurde.")
    assert document.ministry == "Ministerpräsident"


def test_the_ministry_sentence_may_name_the_question_date() -> None:
    """18th period: "Der Minister des Innern hat die Kleine Anfrage 295 vom [8. August 2022] mit Schreiben vom …"."""
    text = (FIXTURES / "nw-18-816.txt").read_text(encoding="utf-8")
    dated = text.replace("Kleine Anfrage 295 vom mit", "Kleine Anfrage 295 vom 8. August 2022 mit")
    for variant in (text, dated):
        assert _parse("nw-18-816", variant).ministry == "Ministerium des Innern"


def test_an_article_before_the_heading_words_makes_no_heading() -> None:
    """ "Die Vorbemerkung der Fragesteller vorangestellt, beantworte ich …" is the answer's opening, not a heading:
    the askers' Vorbemerkung ends with its own last sentence."""
    document = _parse("he-19-3050")
    assert " ".join(document.preamble).endswith("die Abgeordneten des Hessischen Landtags eingeladen wurden.")


def test_questions_printed_together_share_the_answer_after_them() -> None:
    """Hamburg and Sachsen-Anhalt print questions answered together in a row, the answer after the last; a page
    number between two of them ("… organisiert? 2 4. Wenn ja, …") is no answer.  The text does not say they are
    answered together, so the archivist is told, in `anfragen parse` too."""
    from click.testing import CliRunner

    from indexer.cli import cli

    hamburg = _parse("hh-21-8963")
    assert [q.answered_with for q in hamburg.questions] == [(2, 3), (1, 3), (1, 2)]
    assert all(q.answer_text.endswith("Im Übrigen: entfällt .") for q in hamburg.questions)
    together = "Die Fragen 1 bis 3 werden gemeinsam beantwortet: Nur nach Frage 3 ist eine Antwort gedruckt, sie gilt"
    assert hamburg.warnings == (f"{together} für alle.",)
    saxony = _parse("st-7-1212")
    assert saxony.questions[0].answered_with == ()
    assert all(q.answer_text == "Beantwortung entfällt, siehe Antwort zu Frage 1." for q in saxony.questions[1:])
    assert saxony.warnings == (together.replace("1 bis 3", "2 bis 5").replace("Frage 3", "Frage 5") + " für alle.",)
    report = CliRunner().invoke(cli, ["parse", str(FIXTURES / "hh-21-8963.txt")]).output
    assert f"Warnung: {together} für alle." in report


def test_a_quoted_question_paper_before_the_opening_is_no_joint_answer() -> None:
    """Rheinland-Pfalz quotes the question paper, then "Der Chef der Staatskanzlei hat die Kleine Anfrage … wie folgt
    beantwortet :"; the copy ends before "Zu Frage 1:".  The five questions are not given the text after the opening
    as a shared answer; the 16th period's cover "und Antwort des Chefs der Staatskanzlei <title>" names the title."""
    text = (FIXTURES / "cut" / "rp-16-5511.txt").read_text(encoding="utf-8")
    document = _parse("rp-16-5511", text)
    assert document.title == "Beflaggung von öffentlichen Gebäuden an Gedenktagen"
    assert [q.answered_with for q in document.questions] == [()] * 5
    assert [q.answer_text for q in document.questions[:4]] == [""] * 4
    whole = text.replace(" Nach § 2 Nr.", " Zu Frage 1: Nein. Zu Frage 2: Ja. Zu Frage 3: Nein. Zu Frage 4: Entfällt.")
    answered = _parse("rp-16-5511", whole + " Zu Frage 5: Entfällt.")
    assert [q.answer_text for q in answered.questions] == ["Nein.", "Ja.", "Nein.", "Entfällt.", "Entfällt."]
    # the government's words between the opening and "Zu Frage 1:" are its Vorbemerkung, not lost
    assert answered.government_preamble[0].startswith("Gemäß der Landesverordnung über die Beflaggung")
    assert answered.government_preamble[-1].endswith("den Bestimmungen dieser Verordnung.")


def test_numbered_citations_before_a_page_break_are_footnotes() -> None:
    """An NRW page ends with its footnotes ("1 Vgl. Drs. 17/1524. 2 Siehe …") before "Datum des Originals …" or the
    next page's head; in a flat copy they are footnotes, and the markers glued to the answer ("Ja.2") go too."""
    text = (FIXTURES / "nw-17-1824.txt").read_text(encoding="utf-8").rstrip() + (
        " 2. Hält die Landesregierung eine Überschreitung der Frist für vertretbar? Nein, die Frist wird eingehalten.1"
        " 3. Wird die Landesregierung künftig informieren? Ja.2 1 Vgl. Drs. 17/1524. 2 Siehe Drs. 17/1000, S. 3."
        " Datum des Originals: 18.01.2018/Ausgegeben: 29.01.2018"
        " LANDTAG NORDRHEIN-WESTFALEN - 17. Wahlperiode Drucksache 17/1824 3\n"
    )
    document = _parse("nw-17-1824", text)
    assert [q.answer_text for q in document.questions[1:]] == ["Nein, die Frist wird eingehalten.", "Ja."]
    assert [(note.number, note.text) for note in document.footnotes] == [
        (1, "Vgl. Drs. 17/1524."),
        (2, "Siehe Drs. 17/1000, S. 3."),
    ]


def test_baden_wuerttemberg_flat_copy_keeps_the_cover_out_of_the_last_question() -> None:
    """Round 7: a kleineanfragen.de copy of a Baden-Württemberg answer puts page 1's cover ("26. 01. 2017 Dr.
    Bullinger FDP/DVP Kleine Anfrage des Abg. … und Antwort des Ministeriums für Ländlichen Raum und
    Verbraucherschutz <title>") after the question list.  It names the title and the ministry and is no answer; the
    answer part's heading "A n t w o r t" and the letter's first words, where the copy is cut, answer nothing."""
    text = (FIXTURES / "cut" / "bw-16-1554.txt").read_text(encoding="utf-8")
    document = _parse("bw-16-1554", text)
    assert document.title == "Ausgestaltung des Entwicklungsprogramms Ländlicher Raum (ELR)"
    assert document.ministry == "Ministerium für Ländlichen Raum und Verbraucherschutz"
    assert [q.answer_text for q in document.questions] == [""] * 5
    assert [q.answered_with for q in document.questions] == [()] * 5
    assert not document.preamble
    # the letter's date with its file number, though the copy stops before "die Kleine Anfrage wie folgt"
    assert str(document.date_answered) == "2017-02-27"  # not the page head's date of the question (1 February)
    cut = (FIXTURES / "cut" / "bw-16-2803.txt").read_text(encoding="utf-8")
    other = _parse("bw-16-2803", cut)
    assert other.title == "Ganztägige Betreuungsangebote für Schulkinder im Wahlkreis Konstanz"
    assert other.ministry == "Ministerium für Kultus, Jugend und Sport"
    assert all("Kleine Anfrage der Abg." not in q.answer_text for q in other.questions)
    # a Große Anfrage's cover "Große Anfrage der Fraktion der SPD und Antwort der Landesregierung <title>", the copy
    # cut inside the imprint after it
    major = _parse("bw-16-2640", (FIXTURES / "cut" / "bw-16-2640.txt").read_text(encoding="utf-8"))
    assert major.title.startswith("Aktuelle Rahmenbedingungen für die Inklusion") and major.title.endswith(
        "Württemberg"
    )
    assert [q.answer for q in major.questions] == [(), (), ()]


def test_bavarian_copy_cut_at_the_answer_part_answers_nothing() -> None:
    """Round 7: a Bayern copy that ends in the heading of the answer part ("Antwort des Staatsministeriums des Innern
    und für Integration im Einvernehmen mit dem Staatsministerium für Familie , Arbeit und Soz"): the heading names
    the ministry and answers none of the ten listed questions; the warnings name them as printed ("1.2", "8")."""
    from indexer.ingest.parse import validate

    text = (FIXTURES / "cut" / "by-17-21597.txt").read_text(encoding="utf-8")
    document = _parse("by-17-21597", text)
    assert document.ministry == "Staatsministerium des Innern und für Integration"
    assert [q.answer_text for q in document.questions] == [""] * 10
    assert [q.answered_with for q in document.questions] == [()] * 10
    printed = [q.printed_number for q in document.questions]
    assert "1.2" in printed and "8" in printed and "10" not in printed
    # none answered: said once (twenty-fifth new-user pass), not „Frage 1.1 hat keine Antwort.“ ten times
    warnings = validate(document)
    assert any(w.startswith("Keine der 10 Fragen hat eine Antwort: Der Text endet vor der ersten") for w in warnings)
    assert not any(w.endswith("hat keine Antwort.") for w in warnings)


def test_bremen_heading_and_first_label_on_one_line() -> None:
    """Round 7: a copy of Bremen's Fragestunde (31st sitting) joins the answer part's heading and the first label
    ("Antwort des Senats Zu Frage 1:"): the answers still go to their questions, not all three to each; the askers'
    line "Anfrage der Abgeordneten … und die Fraktion der SPD vom 7. Oktober 2021" names the askers, the Fraktion
    among them."""
    text = (FIXTURES / "without-id" / "hb-20-fragestunde-s31.txt").read_text(encoding="utf-8")
    document = _parse("hb-20-1", text)
    assert [q.answered_with for q in document.questions] == [(), (), ()]
    assert document.questions[0].answer_text.startswith("Lärm, soweit er die Grenzen der Lästigkeit überschreitet")
    assert document.questions[0].answer_text.endswith("durch eine einzelne Störquelle gleichzeitig erreicht wird.")
    assert document.questions[1].answer_text.startswith("Der Senat begrüßt den perspektivischen Einsatz")
    assert document.questions[2].answer == ()
    assert [(a.name, a.party) for a in document.askers] == [
        ("Kevin Lenkeit", "SPD"),
        ("Anja Schiemann", "SPD"),
        ("Mustafa Güngör", "SPD"),
        ("Fraktion der SPD", "SPD"),
    ]
    assert str(document.date_asked) == "2021-10-07"
    earlier = _parse("hb-20-1", (FIXTURES / "without-id" / "hb-20-fragestunde-s8.txt").read_text(encoding="utf-8"))
    assert [a.name for a in earlier.askers] == ["Prof. Dr. Hilz", "Wischhusen", "Fraktion der FDP"]  # "Frau": no name


def test_a_missing_id_is_refused_with_what_the_text_lacks() -> None:
    """A Fragestunde names its parliament but has no Drucksache: the refusal says so and shows the id's form."""
    text = (FIXTURES / "without-id" / "hb-20-fragestunde-s31.txt").read_text(encoding="utf-8")
    with pytest.raises(ParseError) as refused:
        parse_lines(text_pages(text))
    message = str(refused.value)
    assert "die Drucksachennummer fehlt im Text (erkannt: Bremische Bürgerschaft)" in message
    assert "Form: hb-" in message and "'id'" in message


def test_questions_copied_as_a_bulleted_list_are_numbered_in_order() -> None:
    """Round 7: a member's site copies a Rheinland-Pfalz answer with the questions as a bulleted list ("Hierzu frage
    ich die Landesregierung: - Sind …? - Falls ja, …?") and the answers under "Zu den Fragen 1 und 2:".  The six
    bullets are questions 1 to 6 (one of them broken over two lines), 1 and 2 answered together; the archivist is
    told.  Bullets that ask nothing (points under one question) are left alone."""
    text = (FIXTURES / "without-id" / "rp-18-windkraftbraende.txt").read_text(encoding="utf-8")
    document = _parse("rp-18-1", text)
    assert len(document.questions) == 6
    assert document.questions[4].text.endswith("Inwieweit gibt es dafür einheitliche Prüfvorschriften?")
    assert [q.answered_with for q in document.questions[:2]] == [(2,), (1,)]
    assert document.questions[0].answer_text.startswith("Die Fragen 1 und 2 werden aufgrund des Sachzusammenhangs")
    assert any("Aufzählung ohne Nummern" in warning for warning in document.warnings)
    # an NRW member's site: "  • " bullets without the request before them, the copy cut inside the fifth
    masks = _parse("nw-17-1", (FIXTURES / "without-id" / "nw-17-masken.txt").read_text(encoding="utf-8"))
    assert [q.text.split()[:2] for q in masks.questions] == [
        ["Von", "welchen"],
        ["Zu", "welchem"],
        ["Wie", "sind"],
        ["Sind", "der"],
        ["Hat", "die"],
    ]
    points = text.replace("Hierzu frage ich", "Wie steht es? Hierzu frage ich").replace("?\n- ", ".\n- ")
    assert not any("Aufzählung" in warning for warning in _parse("rp-18-1", points).warnings)


def test_bullets_inside_an_answer_stay_the_answers_enumeration() -> None:
    """A Berlin web copy prints its questions as "Frage 1:" (no "1."), and an answer lists what is checked as bullets
    that ask ("- Liegt ein Vandalismusschaden vor?"): those bullets come after the first answer label ("Antwort zu 1
    und 2:"), so they are the answer's text, not questions 1 and 2, and the archivist is not told otherwise."""
    text = (FIXTURES / "be-19-19584.txt").read_text(encoding="utf-8").rstrip("\n") + (
        "\nBei jeder Störungsmeldung prüft die S-Bahn Berlin GmbH:\n- Liegt ein Vandalismusschaden vor?\n"
        "- Sind die Ersatzteile vorrätig oder müssen sie bestellt werden?\n"
        "Erst danach wird ein Termin für die Wiederinbetriebnahme genannt.\n"
    )
    document = _parse("be-19-19584", text)
    assert [q.number for q in document.questions] == [1, 2]
    assert document.questions[0].answer[-3:-1] == (
        "- Liegt ein Vandalismusschaden vor?",
        "- Sind die Ersatzteile vorrätig oder müssen sie bestellt werden?",
    )
    assert not any("Aufzählung" in warning for warning in document.warnings)


def test_a_copy_cut_inside_its_last_question_keeps_it_a_question() -> None:
    """Round 7: copies cut inside a question ("2. In welchen Fällen … (letzter verfügb", Bundestag; "9. Wie hat sich
    das Angebot … der Ganztagesschulen", Baden-Württemberg): the cut item is that question, unanswered, not an
    answer shared by the questions before it; the archivist is told where the text stops."""
    from indexer.ingest.parse import validate

    federal = _parse("bt-19-15897", (FIXTURES / "cut" / "bt-19-15897.txt").read_text(encoding="utf-8"))
    assert [q.number for q in federal.questions] == [1, 2]
    assert [q.answer for q in federal.questions] == [(), ()]
    assert "Frage 2 endet mitten im Satz („… 2012 bis 2019 (letzter verfügb“)" in " ".join(validate(federal))
    state = _parse("bw-16-2803", (FIXTURES / "cut" / "bw-16-2803.txt").read_text(encoding="utf-8"))
    assert len(state.questions) == 9 and all(not q.answer and not q.answered_with for q in state.questions)


def test_the_federal_cover_names_the_bundestag_where_the_page_head_is_missing() -> None:
    """A copy that opens with "Antwort der Bundesregierung auf die Kleine Anfrage der Abgeordneten … – Drucksache
    19/15017 –" (the page head dropped) is the Bundestag's; its title follows the cover's Drucksache."""
    document = _parse("bt-19-15897", (FIXTURES / "cut" / "bt-19-15897.txt").read_text(encoding="utf-8"))
    assert document.parliament == "bt"
    assert document.title == "Kinder, Kindergeldbezug und Kindergeldberechtigte"
    assert document.anfrage_drucksache == "19/15017"


def test_a_copy_cut_before_its_first_question_is_refused_with_the_reason() -> None:
    """A Bundestag copy that stops in the askers' Vorbemerkung has no question to index: the refusal says the text
    ends mid-sentence before question 1."""
    text = (FIXTURES / "cut" / "bt-19-921.txt").read_text(encoding="utf-8")
    with pytest.raises(ParseError) as refused:
        _parse("bt-19-921", text)
    message = str(refused.value)
    assert "Drucksache 19/921" in message
    assert "endet mitten im Satz („… Gerichte geplante Überstellungen wegen erh“), vor der ersten Frage" in message


def _enumeration(count: int) -> list[str]:
    """A question and its answer: a long enumeration of numbered statements (no question among them)."""
    lines = ["1. Wie viele Gemeinden haben seit 2020 Fördermittel aus dem Landesprogramm erhalten?", ""]
    return lines + [
        f"{index % 900 + 2}. Die Gemeinde Nummer {index} erhielt im Jahr 2023 Fördermittel von {index}.000 Euro"
        for index in range(count)
    ]


def _seconds(work, lines: list[str]) -> float:
    """The CPU seconds of ``work`` (its best of three): the time it took, not the time other processes took from it."""
    import time

    times = []
    for _ in range(3):
        started = time.process_time()
        work(lines)
        times.append(time.process_time() - started)
    return min(times)


def test_a_long_numbered_enumeration_in_an_answer_is_read_in_linear_time() -> None:
    """Each numbered line that is no question was checked for a cut question against all lines after it: eight
    times the lines took some sixty times as long."""
    from indexer.ingest.layouts.questions import interleaved

    short, long = _seconds(interleaved, _enumeration(1000)), _seconds(interleaved, _enumeration(8000))
    assert long < 24 * short


def test_a_long_answer_is_joined_in_linear_time() -> None:
    """Joining a long answer's lines copied all the text joined so far at every line: sixteen times the lines took
    over a hundred times as long."""
    from indexer.ingest.text import join_lines

    lines = _enumeration(32000)
    assert join_lines(lines) == " ".join(line for line in lines if line)
    short, long = _seconds(join_lines, lines[:2000]), _seconds(join_lines, lines)
    assert long < 40 * short


def test_a_number_after_an_abbreviation_is_no_stray_page_number() -> None:
    """A flat copy loses its page numbers between sentences ("… abgesagt. 2 Absagen weiterer …", page 2); a number
    after an abbreviation that ends with a full stop is the citation's or the amount's ("§ 60a Abs. 2 Satz 4ff.",
    "ca. 690 Mio. €") and stays."""
    bavaria = _parse("by-17-21597", (FIXTURES / "cut" / "by-17-21597.txt").read_text(encoding="utf-8"))
    assert "nach § 60a Abs. 2 Satz 4ff. Aufenthaltsgesetz (AufenthG)" in bavaria.questions[0].text
    budget = _parse("sh-18-4741")
    assert "ca. 690 Mio. € an asylbedingten" in " ".join(q.answer_text for q in budget.questions)
    festival = " ".join(q.answer_text for q in _parse("st-7-1505").questions)
    assert "für den nächsten Tag abgesagt. Absagen weiterer Volksfeste" in festival


def test_a_last_question_without_its_question_mark_is_no_cut() -> None:
    """A whole Niedersachsen answer whose last question is printed without "?" and answered with a list whose last
    item has no full stop: the text does not stop mid-sentence, so the report does not say it does — as for a last
    answer, a capitalised last word counts as a cut only in a copy that nothing closes.  A question that stops on a
    small word ("… des Jugendamtes der") is still reported."""
    from indexer.ingest.parse import validate

    text = (FIXTURES / "ni-19-11215.txt").read_text(encoding="utf-8")
    last = text[text.index("3. Beabsichtigt") : text.index("(verteilt am")]
    whole = text.replace(
        last,
        "3. Welche Landesbehörden waren an der Überprüfung des Verwaltungshandelns des Jugendamtes der Stadt \n"
        "Braunschweig beteiligt \nBeteiligt waren: \n"
        "- das Niedersächsische Landesamt für Soziales, Jugend und Familie \n"
        "- das Niedersächsische Ministerium für Soziales, Arbeit, Gesundheit und Gleichstellung \n \n",
    )
    assert not any("mitten im Satz" in warning for warning in validate(_parse("ni-19-11215", whole)))
    cut = text[: text.index("Stadt Braunschweig oder")]
    assert "Frage 3 endet mitten im Satz („… des Verwaltungshandelns des Jugendamtes der“)" in " ".join(
        validate(_parse("ni-19-11215", cut))
    )
