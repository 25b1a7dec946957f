"""Sentence forms the parser once got wrong: each test reads a text as an archivist would hand it in."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from indexer.ingest.extract import text_pages
from indexer.ingest.layouts.answer_facts import complete
from indexer.ingest.layouts.front import Front
from indexer.ingest.layouts.furniture import layout_title
from indexer.ingest.parse import parse_lines, validate
from indexer.model import Document

# A flat text (line breaks lost): one long line, as kleineanfragen.de serves it.
_FLAT = (
    "LANDTAG DES SAARLANDES 16. Wahlperiode Drucksache 16/2001 12.05.2020 A N T W O R T zu der Anfrage des "
    "Abgeordneten Max Muster (SPD) betr.: Post der Landesregierung an die Fraktionen Wann schrieb die "
    "Landesregierung zuletzt an die Fraktionen? Zu Frage 1: Das letzte Schreiben ging am 3. März 2020 an alle "
    "Fraktionen. Es endete mit freundlichen Grüßen an die Fraktionsvorsitzenden. Weitere Schreiben liegen nicht "
    "vor. Wer unterzeichnete das Schreiben? Zu Frage 2: Die Staatssekretärin unterzeichnete es in Vertretung des "
    "Ministers. Mit freundlichen Grüßen Dr. Anna Beispiel Ministerin"
)


def _read(text: str, doc_id: str) -> Document:
    return parse_lines(text_pages(text), doc_id=doc_id)


def test_a_suspended_hyphen_at_a_line_end_is_kept_in_the_ministry() -> None:
    """``Kinder-`` / ``und Jugendhilfe``: the hyphen stands for ``Kinderhilfe``, it is no word broken by the line."""
    text = "Antwort des Ministeriums für Bildung, Kinder-\nund Jugendhilfe vom 3. Mai 2021\n1. Wie viele?\nDrei."
    front = complete(Front(parliament="sl"), "", text, [])
    assert front.ministry == "Ministerium für Bildung, Kinder- und Jugendhilfe"


def test_a_word_broken_by_the_line_is_joined_in_the_ministry() -> None:
    text = "Antwort des Ministeriums für Bildung und Ju-\ngend vom 3. Mai 2021\n1. Wie viele?\nDrei."
    front = complete(Front(parliament="sl"), "", text, [])
    assert front.ministry == "Ministerium für Bildung und Jugend"


def test_greetings_inside_a_sentence_are_no_closing() -> None:
    document = _read(_FLAT, "sl-16-2001")
    assert document.question(1).answer_text.endswith(
        "Es endete mit freundlichen Grüßen an die Fraktionsvorsitzenden. Weitere Schreiben liegen nicht vor."
    )
    # The real closing after the last answer is cut off, with the signature.
    assert document.question(2).answer_text == "Die Staatssekretärin unterzeichnete es in Vertretung des Ministers."


def test_the_closing_is_cut_also_after_a_figure() -> None:
    """An answer ending in a table cell has no full stop before the greeting (review of 3 Dec)."""
    text = _FLAT.replace("in Vertretung des Ministers. Mit", "in 45 Mit")
    assert _read(text, "sl-16-2001").question(2).answer_text == "Die Staatssekretärin unterzeichnete es in 45"


def test_berlin_follow_up_questions_keep_their_printed_labels() -> None:
    text = (
        "Drucksache 17 / 12 186 Schriftliche Anfrage 17. Wahlperiode Schriftliche Anfrage des Abgeordneten "
        "Max Muster (PIRATEN) vom 03. Juni 2013 (Eingang beim Abgeordnetenhaus am 10. Juni 2013) und Antwort "
        "Öffentlicher Raum Im Namen des Senats von Berlin beantworte ich Ihre Schriftliche Anfrage wie folgt: "
        "Frage 1: Ist das Feld öffentlicher Raum? Antwort zu 1: Ja. Frage 1a: Wenn nein, warum nicht? "
        "Antwort zu 1a: Entfällt. Frage 2: Wer bewacht das Feld? Antwort zu 2: Ein Wachschutz, beauftragt "
        "nach der Antwort auf Frage 1. Frage 3: Seit wann? Antwort zu 3: Seit dem Jahr 2010, wie in der "
        "Antwort zu Frage 2 dargelegt, und bis heute ohne Unterbrechung durch die Verwaltung des Landes."
    )
    document = _read(text, "be-17-12186")
    assert [(q.number, q.label) for q in document.questions] == [(1, "1"), (2, "1a"), (3, "2"), (4, "3")]
    assert [q.answer_text for q in document.questions][:3] == [
        "Ja.",
        "Entfällt.",
        "Ein Wachschutz, beauftragt nach der Antwort auf Frage 1.",
    ]


def test_questions_listed_first_then_answered_under_antwort_zu() -> None:
    """A Berlin answer copied onto a web page: every ``Frage N:`` first, then ``Antwort zu N:``."""
    text = (
        "Frage 1:\nWie viele Brunnen gibt es in Hohenschönhausen?\n\n"
        "Frage 2:\nWelche Beeinträchtigungen drohen durch die Abschaltung?\n\n"
        "Max Muster\n\n"
        "Antwort zu 1:\nEs gibt drei Tiefbrunnen.\n\n"
        "Antwort zu 2:\nEs sind keine Beeinträchtigungen zu erwarten.\n"
    )
    document = _read(text, "be-18-12507")
    assert [(q.number, q.text, q.answer_text) for q in document.questions] == [
        (1, "Wie viele Brunnen gibt es in Hohenschönhausen?", "Es gibt drei Tiefbrunnen."),
        (2, "Welche Beeinträchtigungen drohen durch die Abschaltung?", "Es sind keine Beeinträchtigungen zu erwarten."),
    ]


def test_a_drucksache_the_preamble_cites_is_not_the_questions() -> None:
    """Hamburg: "Wie der Drs. 21/3109 … zu entnehmen ist" cites another paper; the question has no Drucksache."""
    path = Path(__file__).parent / "fixtures" / "hh-21-3415.txt"
    document = _read(path.read_text(encoding="utf-8"), "hh-21-3415")
    assert (document.drucksache, document.anfrage_drucksache) == ("21/3415", None)


def test_numbered_questions_before_zu_frage_headings_keep_the_answer_whole() -> None:
    """Only unnumbered questions need the line break before them; an answer is not cut at its sentences."""
    text = (
        "Drucksache 17/2400 zu Drucksache 17/2300 22. 02. 2017 A n t w o r t des Ministeriums des Innern auf die "
        "Kleine Anfrage des Abgeordneten Max Muster (CDU) – Drucksache 17/2300 – Streifen der Polizei Die Kleine "
        "Anfrage – Drucksache 17/2300 – vom 2. Februar 2017 hat folgenden Wortlaut: Ich frage die Landesregierung: "
        "1. Wie viele Streifen fuhren 2016? 2. Wer plant die Streifen? Das Ministerium des Innern hat die Kleine "
        "Anfrage namens der Landesregierung mit Schreiben vom 20. Februar 2017 wie folgt beantwortet: "
        "1. Wie viele Streifen fuhren 2016? Zu Frage 1: Es waren drei Streifen. Das ist mehr als 2015. Mehr gab es "
        "nicht. 2. Wer plant die Streifen? Zu Frage 2: Die Polizeipräsidien planen die Streifen."
    )
    document = _read(text, "rp-17-2400")
    assert document.question(1).answer == ("Es waren drei Streifen. Das ist mehr als 2015. Mehr gab es nicht.",)


def test_lettered_questions_each_with_its_answer() -> None:
    """Questions lettered a), b) instead of numbered: counted 1, 2, labelled a, b, each with its own answer."""
    text = (
        "Drucksache 18 / 11 152 Schriftliche Anfrage 18. Wahlperiode\n"
        "Im Namen des Senats von Berlin beantworte ich Ihre Schriftliche Anfrage wie folgt:\n"
        "a) Wie viele Anfragen gingen 2016 ein?\n"
        "Antwort zu a): Es gingen 4 000 Anfragen ein.\n"
        "b) Wie viele davon wurden fristgerecht beantwortet?\n"
        "Antwort zu b): Alle bis auf zwölf.\n"
    )
    document = _read(text, "be-18-11152")
    assert [(q.number, q.label, q.answer_text) for q in document.questions] == [
        (1, "a", "Es gingen 4 000 Anfragen ein."),
        (2, "b", "Alle bis auf zwölf."),
    ]
    assert any("Buchstaben statt Nummern" in note for note in document.warnings)


def test_the_part_headings_of_a_numbered_answer_stay_alike() -> None:
    """``Zu a):`` opens the answer to part a) of question 1 as ``Zu b):`` opens part b): both stay (review of 3 Dec)."""
    text = (
        "Niedersächsischer Landtag – 19. Wahlperiode Drucksache 19/99\n"
        "1. Wie viele Einsätze gab es a) in Hannover, b) in Celle?\n"
        "Zu a): In Hannover waren es 300 Einsätze.\n"
        "Zu b): In Celle waren es 20 Einsätze.\n"
        "2. Wie viele Beamte waren beteiligt?\n"
        "Es waren 40 Beamte.\n"
    )
    answer = _read(text, "ni-19-99").question(1).answer_text
    assert answer.startswith("Zu a): In Hannover") and "Zu b): In Celle" in answer


def test_berlins_short_drucksache_number_is_read() -> None:
    text = "Senatsverwaltung für Inneres\nAntwort auf die Schriftliche Anfrage Nr. 18/987 vom 3. Mai 2017\n1. Wie?\nSo."
    assert complete(Front(parliament="be"), "", text, []).drucksache == "18/987"


_BAYERN = """Bayerischer Landtag 18. Wahlperiode 05.03.2021 Drucksache 18/13722
Schriftliche Anfrage
des Abgeordneten Florian von Brunn SPD
vom 14.12.2020
{head}
Ich frage die Staatsregierung:
1. Wie viele Wohnungen fehlen?
Antwort
des Staatsministeriums für Wohnen, Bau und Verkehr
vom 28.01.2021
1. Wie viele Wohnungen fehlen?
Es fehlen 9 000 Wohnungen.
"""


def test_a_bavarian_one_sentence_introduction_leaves_the_title() -> None:
    head = "Mietpreisbremse in München\nDie Mieten steigen seit Jahren."
    document = _read(_BAYERN.format(head=head), "by-18-13722")
    assert document.title == "Mietpreisbremse in München"
    assert document.preamble == ("Die Mieten steigen seit Jahren.",)


def test_a_bavarian_title_for_alle_is_not_cut_at_its_opener_word() -> None:
    """ "für Alle" is no sentence start: the title runs on to the introduction's first sentence."""
    head = "Wohnen für Alle – bezahlbare Mieten in Bayern\nDie Mieten steigen seit Jahren. Viele Familien suchen lange."
    document = _read(_BAYERN.format(head=head), "by-18-13722")
    assert document.title == "Wohnen für Alle – bezahlbare Mieten in Bayern"


def test_a_long_bavarian_front_without_ich_frage_returns_no_title_at_once() -> None:
    """A request the title pattern does not know („Wir bitten die Staatsregierung“): the pattern used to backtrack
    cubically (26 k characters: minutes); now it gives up at once.  („Wir fragen die Staatsregierung“, as several
    askers ask, is known since round 38, as „Ich frage …“.)"""
    front = "Schriftliche Anfrage des Abgeordneten Max Muster SPD vom 14.12.2020 Mieten in Bayern "
    front += "Die Mieten steigen in vielen Städten. " * 700 + "Wir bitten die Staatsregierung:"
    assert len(front) > 26_000
    assert layout_title("by", front) == ""
    assert layout_title("by", front.replace("Wir bitten", "Ich frage")) == "Mieten in Bayern"
    assert layout_title("by", front.replace("Wir bitten", "Wir fragen")) == "Mieten in Bayern"


def test_one_zu_frage_1_heading_in_an_interleaved_text_keeps_every_answer() -> None:
    """ "Zu Frage 1:" is printed before answer 1 only; questions 2 and 3 follow, each with its answer:
    the text is interleaved, not questions listed first and cut after answer 1."""
    text = (
        "Drucksache 17/2400 22. 02. 2017 Antwort des Ministeriums des Innern auf die Kleine Anfrage des "
        "Abgeordneten Max Muster (CDU) – Drucksache 17/2300 – Streifen der Polizei\n"
        "1. Wie viele Streifen fuhren 2016?\nZu Frage 1:\nEs waren drei Streifen.\n"
        "2. Wer plant die Streifen?\nDie Polizeipräsidien planen die Streifen.\n"
        "3. Wie lange dauert eine Streife?\nEine Streife dauert acht Stunden.\n"
    )
    document = _read(text, "rp-17-2400")
    assert [q.answer_text for q in document.questions] == [
        "Es waren drei Streifen.",
        "Die Polizeipräsidien planen die Streifen.",
        "Eine Streife dauert acht Stunden.",
    ]


def test_a_hamburg_title_that_asks_runs_on_to_its_capitalised_next_word() -> None:
    """ "Wo bleibt das Geld? Stand der Planungen …" is one title: "Stand" opens no introduction sentence."""
    text = (
        "BÜRGERSCHAFT DER FREIEN UND HANSESTADT HAMBURG Drucksache 21/5390 21. Wahlperiode 02.08.16 Schriftliche "
        "Kleine Anfrage der Abgeordneten Dora Heyenn (fraktionslos) vom 25.07.16 und Antwort des Senats "
        "Betr.: Schulbau – Wo bleibt das Geld? Stand der Planungen in Harburg Die Schulbehörde plant seit Jahren "
        "neue Schulen. Vor diesem Hintergrund frage ich den Senat: 1. Wann beginnt der Bau? Der Bau beginnt 2017."
    )
    assert _read(text, "hh-21-5390").title == "Schulbau – Wo bleibt das Geld? Stand der Planungen in Harburg"


def test_an_answer_ending_on_a_colon_before_an_annex_is_not_reported_cut() -> None:
    """ "… wie folgt:" and then "Anlage 1": the list is the annex, nothing is missing."""
    text = (
        "LANDTAG NORDRHEIN-WESTFALEN\n18. Wahlperiode\nDrucksache 18/9001\n14.03.2025\nAntwort\nder Landesregierung\n"
        "auf die Kleine Anfrage 4711 vom 10. Februar 2025\ndes Abgeordneten Max Muster SPD\nDrucksache 18/8800\n"
        "Rechenzentren der Hochschulen\n1. Welche Hochschulen betreiben ein eigenes Rechenzentrum?\n"
        "Die Hochschulen mit eigenem Rechenzentrum ergeben sich wie folgt:\n"
        "Anlage 1: Rechenzentren der Hochschulen\nHochschule Betreiber Status\n"
        "Universität Münster eigenes Rechenzentrum offen\n"
    )
    document = _read(text, "nw-18-9001")
    assert document.annexes and document.question(1).answer_text.endswith("wie folgt:")
    assert not [w for w in validate(document) if "Doppelpunkt" in w]
    assert [w for w in validate(replace(document, annexes=())) if "Doppelpunkt" in w]
