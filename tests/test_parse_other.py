"""Other parliaments' layouts, parsed generically: header → parliament, period, Drucksache;
numbered questions answered in place or under ``Zu N.:`` headings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from indexer.errors import ParseError
from indexer.ingest.extract import text_pages
from indexer.ingest.parse import parse_lines, validate
from indexer.output.citation import askers_phrase

BW = """Landtag von Baden-Württemberg 
17. Wahlperiode
Drucksache 17 / 512
6.7.2021
Kleine Anfrage
des Abg. Hans-Peter Storz SPD
und
Antwort
des Ministeriums für Verkehr
Radschnellwege im Landkreis Konstanz
Kleine Anfrage
Ich frage die Landesregierung:
1. Wie viele Radschnellwege sind im Landkreis Konstanz geplant?
2. Wann beginnt der Bau des ersten Abschnitts?
3. Welche Kosten trägt das Land?
10.6.2021
Storz SPD
Eingegangen: 10.6.2021 / Ausgegeben: 8.7.2021
\fLandtag von Baden-Württemberg Drucksache 17 / 512
2
Antwort
Mit Schreiben vom 6. Juli 2021 Nr. VM2-0141.5-21/14/3 beantwortet das Ministerium für Verkehr die
Kleine Anfrage wie folgt:
1. Wie viele Radschnellwege sind im Landkreis Konstanz geplant?
Zu 1.:
Im Landkreis Konstanz sind zwei Radschnellwege geplant.
2. Wann beginnt der Bau des ersten Abschnitts?
3. Welche Kosten trägt das Land?
Zu 2. und 3.:
Der Bau beginnt 2024; das Land trägt die Kosten der Landesstraßen-
abschnitte vollständig.
Hermann
Minister für Verkehr
"""

BUNDESTAG = """Deutscher Bundestag Drucksache 19/10506
19. Wahlperiode 29.05.2019
Antwort
der Bundesregierung
auf die Kleine Anfrage der Abgeordneten Jessica Tatti, Susanne Ferschl und der Fraktion DIE LINKE.
– Drucksache 19/9876 –
Langzeitarbeitslosigkeit und sozialer Arbeitsmarkt
Vorbemerkung der Fragesteller
Der soziale Arbeitsmarkt ist seit 2019 im Gesetz verankert.
Vorbemerkung der Bundesregierung
Die Bundesregierung beobachtet die Umsetzung genau.
1. Wie viele Personen wurden bisher gefördert?
Bis Ende April 2019 wurden rund 20 000 Personen gefördert.
2. Wie hoch sind die Ausgaben des Bundes?
Die Ausgaben belaufen sich auf rund 150 Mio. Euro.
Die Antwort wurde namens der Bundesregierung mit Schreiben des Bundesministeriums für Arbeit und
Soziales vom 28. Mai 2019 übermittelt.
\fDrucksache 19/10506 – 2 – Deutscher Bundestag – 19. Wahlperiode
3. Plant die Bundesregierung eine Ausweitung?
Nein.
"""

HAMBURG = """BÜRGERSCHAFT DER FREIEN UND HANSESTADT HAMBURG Drucksache 22/4711
22. Wahlperiode 15.03.2021
Schriftliche Kleine Anfrage
Frage 1: Wie viele Spielplätze gibt es im Bezirk Altona?
Antwort zu Frage 1: Im Bezirk Altona gibt es 120 öffentliche Spielplätze.
Frage 2: Wie viele davon wurden 2020 saniert?
Antwort zu Frage 2: Elf.
"""


def test_baden_wuerttemberg_listed_questions_with_zu_headings():
    doc = parse_lines(text_pages(BW))
    assert (doc.parliament, doc.wahlperiode, doc.drucksache, doc.id) == ("bw", 17, "17/512", "bw-17-512")
    assert [q.text for q in doc.questions] == [
        "Wie viele Radschnellwege sind im Landkreis Konstanz geplant?",
        "Wann beginnt der Bau des ersten Abschnitts?",
        "Welche Kosten trägt das Land?",
    ]
    assert doc.question(1).answer == ("Im Landkreis Konstanz sind zwei Radschnellwege geplant.",)
    assert doc.question(2).answered_with == (3,) and doc.question(3).answered_with == (2,)
    assert doc.question(3).answer[-1].endswith("Landesstraßenabschnitte vollständig.")  # no signature
    assert "Wann beginnt" not in doc.question(1).answer_text  # the repeated question is no answer text
    assert doc.ministry == "Ministerium für Verkehr"
    assert doc.date_answered == dt.date(2021, 7, 6)


def test_bundestag_interleaved_answer():
    doc = parse_lines(text_pages(BUNDESTAG))
    assert (doc.parliament, doc.wahlperiode, doc.drucksache) == ("bt", 19, "19/10506")
    assert doc.anfrage_drucksache == "19/9876"
    assert doc.ministry == "Bundesministerium für Arbeit und Soziales"
    assert doc.date_answered == dt.date(2019, 5, 28)
    assert doc.preamble == ("Der soziale Arbeitsmarkt ist seit 2019 im Gesetz verankert.",)
    assert doc.government_preamble == ("Die Bundesregierung beobachtet die Umsetzung genau.",)
    assert [q.number for q in doc.questions] == [1, 2, 3]
    assert doc.question(3).answer == ("Nein.",)
    assert "Deutscher Bundestag" not in doc.question(2).answer_text


def test_hamburg_frage_and_antwort_labels():
    doc = parse_lines(text_pages(HAMBURG))
    assert (doc.parliament, doc.drucksache) == ("hh", "22/4711")
    assert doc.question(1).text == "Wie viele Spielplätze gibt es im Bezirk Altona?"
    assert doc.question(1).answer == ("Im Bezirk Altona gibt es 120 öffentliche Spielplätze.",)
    assert doc.question(2).answer == ("Elf.",)


NRW_SPLIT_HEADER = """Titel der Anfrage

1. Wie viele Anträge wurden gestellt?

Es wurden 12 Anträge gestellt, davon 3 im Jahr 2024.1
1 vgl. Drs. 18/12723.
LANDTAG NORDRHEIN-WESTFALEN - 18. Wahlperiode
Drucksache 18/14087
3
2. Wie viele wurden bewilligt?

Alle.
"""


def test_split_running_header_and_unseparated_footnote_without_form_feeds():
    doc = parse_lines(text_pages(NRW_SPLIT_HEADER), doc_id="nw-18-14087")
    assert doc.question(1).answer == ("Es wurden 12 Anträge gestellt, davon 3 im Jahr 2024.1",)
    assert [(f.number, f.text) for f in doc.footnotes] == [(1, "vgl. Drs. 18/12723.")]
    assert doc.question(2).answer == ("Alle.",)


def test_unknown_parliament_is_warned():
    doc = parse_lines(text_pages("Ein Titel\n\n1. Eine Frage?\n\nEine Antwort.\n"), doc_id="xx-1-1")
    assert "Parlament nicht erkannt." in validate(doc)


def test_ocr_noise_is_warned_as_scan():
    noise = " ".join(["Dle Lanclesreg|erung h@t clie Anfr~ge 1n0 beantvvortet"] * 12)
    doc = parse_lines(text_pages(f"Titel\n\n1. Eine Frage?\n\n{noise}\n"), doc_id="nw-18-6")
    assert any("Scan" in w for w in doc.warnings)
    clean = parse_lines(
        text_pages("Titel\n\n1. Eine Frage?\n\n" + "Die Landesregierung hat geantwortet. " * 12), doc_id="nw-18-7"
    )
    assert not any("Scan" in w for w in clean.warnings)


def test_listed_then_repeated_questions_without_zu_headings():
    text = """Landtag von Baden-Württemberg Drucksache 17 / 600
Kleine Anfrage
Ich frage die Landesregierung:
1. Wie viele Lehrkräfte fehlen?
2. Was plant das Land?
Antwort
Mit Schreiben vom 1. August 2021 beantwortet das Ministerium für Kultus, Jugend und Sport die Kleine Anfrage wie folgt:
1. Wie viele Lehrkräfte fehlen?
Es fehlen 900 Lehrkräfte.
2. Was plant das Land?
Das Land stellt zusätzliche Lehrkräfte ein.
"""
    doc = parse_lines(text_pages(text))
    assert [q.answer for q in doc.questions] == [
        ("Es fehlen 900 Lehrkräfte.",),
        ("Das Land stellt zusätzliche Lehrkräfte ein.",),
    ]
    assert doc.ministry == "Ministerium für Kultus, Jugend und Sport"


BAYERN = """Bayerischer Landtag 18. Wahlperiode 05.03.2021 Drucksache 18/13722
Schriftliche Anfrage
des Abgeordneten Florian von Brunn SPD
vom 14.12.2020
Corona-Hilfen für Soloselbständige
Ich frage die Staatsregierung:
1.1 Wie viele Anträge auf Soforthilfe wurden bis zum 30.11.2020 gestellt?
1.2 Wie viele davon wurden bewilligt?
2. Wie hoch war die durchschnittliche Auszahlung?
Antwort
des Staatsministeriums für Wirtschaft, Landesentwicklung und Energie
vom 28.01.2021
1.1 Wie viele Anträge auf Soforthilfe wurden bis zum 30.11.2020 gestellt?
Bis zum 30.11.2020 wurden rund 260 000 Anträge gestellt.
1.2 Wie viele davon wurden bewilligt?
2. Wie hoch war die durchschnittliche Auszahlung?
Die Fragen 1.2 und 2 werden gemeinsam beantwortet. Bewilligt wurden 240 000 Anträge mit
durchschnittlich 6 500 Euro.
"""


# Statements that questions are *not* answered together (second review of issue 16): each question keeps its own
# answer, none is labelled as answered with another.
RADWEGE = """LANDTAG MECKLENBURG-VORPOMMERN Drucksache 7/999
7. Wahlperiode 04.07.2017
KLEINE ANFRAGE
des Abgeordneten Max Muster, Fraktion der AfD
Radwege im Landkreis Rostock
und
ANTWORT
der Landesregierung
1. Wie viele Radwege wurden 2016 gebaut?
Im Jahr 2016 wurden 12 Radwege gebaut.
2. Wie viele Radwege wurden 2017 gebaut?
{statement} Im Jahr 2017 wurden 9 Radwege gebaut.
3. Wie lang sind die Radwege?
Die Radwege sind zusammen 40 km lang.
4. Wer baut die Radwege?
Die Radwege baut der Landkreis.
"""
SEPARATELY = [
    "Die Fragen 2 und 3 werden nicht gemeinsam beantwortet.",
    "Die Fragen 2 und 3 werden getrennt beantwortet, Frage 4 zusammen mit Frage 5 beantwortet.",
]


@pytest.mark.parametrize("statement", SEPARATELY)
def test_a_statement_that_questions_are_answered_apart_joins_none(statement):
    doc = parse_lines(text_pages(RADWEGE.format(statement=statement)))
    assert [q.answered_with for q in doc.questions] == [(), (), (), ()]


@pytest.mark.parametrize(
    "statement",
    [
        "Die Fragen 2 und 3 werden, da sie inhaltlich zusammenhängen, gemeinsam beantwortet.",
        "Die Fragen 2 und 3 werden, soweit sie nicht bereits mit der Antwort zu Frage 1 beantwortet wurden, "
        "gemeinsam beantwortet.",
    ],
)
def test_a_joint_statement_with_a_clause_inside_still_joins(statement):
    doc = parse_lines(text_pages(RADWEGE.format(statement=statement)))
    assert [q.answered_with for q in doc.questions] == [(), (3,), (2,), ()]


def test_bavarian_outline_numbers_keep_their_label():
    doc = parse_lines(text_pages(BAYERN))
    assert (doc.parliament, doc.wahlperiode, doc.drucksache) == ("by", 18, "18/13722")
    assert [(q.number, q.printed_number) for q in doc.questions] == [(1, "1.1"), (2, "1.2"), (3, "2")]
    assert doc.question(1).answer == ("Bis zum 30.11.2020 wurden rund 260 000 Anträge gestellt.",)
    assert doc.question(2).answered_with == (3,) and doc.question(2).answer == doc.question(3).answer
    assert doc.ministry == "Staatsministerium für Wirtschaft, Landesentwicklung und Energie"
    assert doc.date_answered == dt.date(2021, 1, 28) and doc.date_asked == dt.date(2020, 12, 14)
    assert [(a.name, a.party) for a in doc.askers] == [("Florian von Brunn", "SPD")]
    assert not doc.government_preamble  # the listed questions and the answer's head are no remark of the government
    assert doc.to_json()["questions"][1]["label"] == "1.2"
    assert type(doc).from_json(doc.to_json()) == doc


def test_bundestag_askers_take_the_fraktion_as_party_and_the_fraktion_asks_with_them():
    doc = parse_lines(text_pages(BUNDESTAG))
    assert [(a.name, a.party) for a in doc.askers] == [
        ("Jessica Tatti", "DIE LINKE"),
        ("Susanne Ferschl", "DIE LINKE"),
        ("Fraktion DIE LINKE", "DIE LINKE"),
    ]
    # as the Bundestag prints it: the Kleine Anfrage is the Fraktion's, its members named before it
    assert askers_phrase(doc) == "der Abgeordneten Jessica Tatti, Susanne Ferschl und der Fraktion DIE LINKE"


def test_a_saxon_members_fraktion_is_their_party_not_a_second_asker():
    doc = parse_lines(text_pages(BUNDESTAG.replace("Susanne Ferschl und der Fraktion", "Fraktion")))
    assert [(a.name, a.party) for a in doc.askers] == [("Jessica Tatti", "DIE LINKE")]


def test_bundestag_askers_of_a_gruppe_take_its_party_and_the_gruppe_asks_with_them():
    text = BUNDESTAG.replace(
        "Jessica Tatti, Susanne Ferschl und der Fraktion DIE LINKE.",
        "Sevim Dağdelen, Żaklin Nastić, weiterer\nAbgeordneter und der Gruppe BSW",
    )
    doc = parse_lines(text_pages(text))
    assert [(a.name, a.party) for a in doc.askers] == [
        ("Sevim Dağdelen", "BSW"),
        ("Żaklin Nastić", "BSW"),
        ("Gruppe BSW", "BSW"),
    ]
    assert (
        askers_phrase(doc) == "der Abgeordneten Sevim Dağdelen, Żaklin Nastić, weiterer Abgeordneter und der Gruppe BSW"
    )


_UNHEADED_PREAMBLE = """Aus der Kombination von Artikel 20a des Grundgesetzes (GG), Artikel 143h
GG, der Rechtsprechung des Bundesverfassungsgerichtes und dem Bundes-
Klimaschutzgesetz ist eine verfassungsrechtlich verbindliche Verpflichtung
des Staates zum Klimaschutz mit dem Ziel der Klimaneutralität und eine
einfachrechtliche Festlegung zur Erreichung der Klimaneutralität bis zum Jahr
2045 entstanden. Rüstungsproduktion ist äußerst energieintensiv und benötigt
zahlreiche Rohstoffe, die ihrerseits energieintensiv gewonnen werden.
"""


@pytest.mark.parametrize("heading", ["", "Vorbemerkung\n"])
def test_a_bundestag_preamble_printed_without_its_heading_is_no_part_of_the_title(heading):
    """Bundestag 21/1134 prints the askers' preamble right after the title: the title was 7,000 characters long."""
    text = BUNDESTAG.replace(
        "Langzeitarbeitslosigkeit und sozialer Arbeitsmarkt\nVorbemerkung der Fragesteller\n"
        "Der soziale Arbeitsmarkt ist seit 2019 im Gesetz verankert.\n",
        f"Aufrüstung und Klimaneutralität\n{heading}{_UNHEADED_PREAMBLE}",
    )
    doc = parse_lines(text_pages(text))
    assert doc.title == "Aufrüstung und Klimaneutralität"
    assert " ".join(doc.preamble).startswith(
        "Aus der Kombination von Artikel 20a des Grundgesetzes (GG), Artikel 143h GG"
    )
    assert " ".join(doc.preamble).endswith("die ihrerseits energieintensiv gewonnen werden.")
    assert [q.number for q in doc.questions] == [1, 2, 3]


@pytest.mark.parametrize(
    "title",
    [
        "Abschiebung nach Afghanistan am 18. Juli 2025",
        "Reiseausweise für Flüchtlinge – Stand: 30. Juni 2025",
        "Fragen zum sogenannten 12. Aktionstag gegen Hasspostings im Netz",
        "Kleidung in der 20. Legislaturperiode",
    ],
)
def test_a_bundestag_title_with_a_date_or_an_ordinal_keeps_it(title):
    """One in twenty Bundestag titles ends in a date; the day's number, or an ordinal, was taken for a question's:
    „… am“, „Fragen zum sogenannten“."""
    doc = parse_lines(text_pages(BUNDESTAG.replace("Langzeitarbeitslosigkeit und sozialer Arbeitsmarkt", title)))
    assert doc.title == title


def test_a_baden_wuerttemberg_title_ending_in_a_date_keeps_it():
    title = "Radschnellwege im Landkreis Konstanz seit dem 1. Januar 2020"
    assert parse_lines(text_pages(BW.replace("Radschnellwege im Landkreis Konstanz", title))).title == title


def test_a_long_list_of_bundestag_askers_is_read_with_the_question_paper():
    """Drucksache 21/1178 names 48 askers: the list ran past what was read, and askers and the Kleine Anfrage's
    Drucksache were missing."""
    names = [f"Max Mustermann{chr(65 + i % 26)}{i}" for i in range(40)]
    listed = ", ".join(names)
    text = BUNDESTAG.replace(
        "Jessica Tatti, Susanne Ferschl und der Fraktion DIE LINKE.", f"{listed} und der Fraktion der AfD"
    )
    doc = parse_lines(text_pages(text))
    assert [a.name for a in doc.askers] == [*names, "Fraktion der AfD"] and {a.party for a in doc.askers} == {"AfD"}
    assert doc.anfrage_drucksache == "19/9876"


def test_bundestag_askers_printed_without_der_abgeordneten():
    text = BUNDESTAG.replace("Kleine Anfrage der Abgeordneten Jessica Tatti", "Kleine Anfrage Jessica Tatti")
    doc = parse_lines(text_pages(text))
    assert [a.name for a in doc.askers] == ["Jessica Tatti", "Susanne Ferschl", "Fraktion DIE LINKE"]


@pytest.mark.parametrize(
    ("sender", "ministry"),
    [
        ("des Bundeskanzleramtes", "Bundeskanzleramt"),
        ("der Landesregierung", None),
        ("der Sächsischen Staatsregierung", None),
    ],
)
def test_an_answer_sent_in_a_name_names_the_office_and_the_date(sender, ministry):
    """„Die Antwort wurde namens des Bundeskanzleramtes mit Schreiben vom 19. Juni 2025 übermittelt.“ (21/607); a
    government named so is no ministry (it was „Landesregierung“), but the date is the answer's."""
    text = BUNDESTAG.replace(
        "Die Antwort wurde namens der Bundesregierung mit Schreiben des Bundesministeriums für Arbeit und\n"
        "Soziales vom 28. Mai 2019 übermittelt.",
        f"Die Antwort wurde namens {sender} mit Schreiben vom 28. Mai 2019 übermittelt.",
    )
    doc = parse_lines(text_pages(text))
    assert doc.ministry == ministry and doc.date_answered == dt.date(2019, 5, 28)


def test_a_fraktion_whose_name_is_broken_across_lines_is_named_whole():
    """„… und der Fraktion BÜNDNIS 90/“ / „DIE GRÜNEN“ was the asker „Fraktion BÜNDNIS 90/ DIE GRÜNEN“ (11 of 672), and
    its members' party „BÜNDNIS 90/ DIE GRÜNEN“."""
    text = BUNDESTAG.replace("und der Fraktion DIE LINKE.", "und der Fraktion BÜNDNIS 90/\nDIE GRÜNEN")
    askers = parse_lines(text_pages(text)).askers
    assert askers[-1].name == "Fraktion BÜNDNIS 90/DIE GRÜNEN"
    assert askers[0].label == "Jessica Tatti (BÜNDNIS 90/DIE GRÜNEN)"


def test_question_1_on_the_titles_line_is_no_part_of_the_title():
    text = BUNDESTAG.replace(
        "Langzeitarbeitslosigkeit und sozialer Arbeitsmarkt\nVorbemerkung der Fragesteller\n"
        "Der soziale Arbeitsmarkt ist seit 2019 im Gesetz verankert.\nVorbemerkung der Bundesregierung\n"
        "Die Bundesregierung beobachtet die Umsetzung genau.\n1. Wie viele",
        "Langzeitarbeitslosigkeit und sozialer Arbeitsmarkt 1. Wie viele",
    )
    assert parse_lines(text_pages(text)).title == "Langzeitarbeitslosigkeit und sozialer Arbeitsmarkt"


@pytest.mark.parametrize(
    "title", ["Rechtsextreme Aufmärsche im 1. Halbjahr 2025", "Spiel des 1. FC Köln gegen Union Berlin"]
)
def test_a_bundestag_title_holding_a_first_is_whole(title):
    """The layout's pattern ends a title at question 1: „Rechtsextreme Aufmärsche im“."""
    assert (
        parse_lines(text_pages(BUNDESTAG.replace("Langzeitarbeitslosigkeit und sozialer Arbeitsmarkt", title))).title
        == title
    )


def test_a_preamble_printed_without_its_heading_goes_on_after_a_date_at_a_line_start():
    """Bundestag 21/1097: „… Städte, dem“ / „1. Mai oder dem 1. September …“ ended the preamble mid-sentence."""
    preamble = _UNHEADED_PREAMBLE.replace("2045 entstanden.", "am\n1. Mai 2045 entstanden.")
    text = BUNDESTAG.replace(
        "Langzeitarbeitslosigkeit und sozialer Arbeitsmarkt\nVorbemerkung der Fragesteller\n"
        "Der soziale Arbeitsmarkt ist seit 2019 im Gesetz verankert.\n",
        f"Aufrüstung und Klimaneutralität\n{preamble}",
    )
    doc = parse_lines(text_pages(text))
    assert " ".join(doc.preamble).endswith("die ihrerseits energieintensiv gewonnen werden.")


def test_baden_wuerttemberg_asker():
    doc = parse_lines(text_pages(BW))
    assert [(a.name, a.party) for a in doc.askers] == [("Hans-Peter Storz", "SPD")]


def test_titles_of_other_layouts():
    assert parse_lines(text_pages(BW)).title == "Radschnellwege im Landkreis Konstanz"
    assert parse_lines(text_pages(BUNDESTAG)).title == "Langzeitarbeitslosigkeit und sozialer Arbeitsmarkt"
    assert parse_lines(text_pages(BAYERN)).title == "Corona-Hilfen für Soloselbständige"


def test_cli_report_and_json_and_exit_status(tmp_path):
    import json

    from click.testing import CliRunner

    from web.cli import main

    good = tmp_path / "bw-17-512.txt"
    good.write_text(BW, encoding="utf-8")
    report = CliRunner().invoke(main, ["parse", str(good)])
    assert report.exit_code == 0
    for expected in (
        "Parlament:        Landtag von Baden-Württemberg (bw), 17. Wahlperiode",
        "Drucksache:       17/512",
        "3 Fragen:",
        "Wann beginnt der Bau des ersten Abschnitts? (1 Absatz, gemeinsam mit 3)",
        "Ministerium:      Ministerium für Verkehr",
        "Fragesteller:     Hans-Peter Storz (SPD)",
    ):
        assert expected in report.output
    data = json.loads(CliRunner().invoke(main, ["parse", str(good), "--json"]).output)
    assert {"anfrage_drucksache", "date_asked", "co_ministries", "footnotes", "warnings"} <= set(data)
    assert data["questions"][1]["answered_with"] == [3]

    prose = tmp_path / "prosa.txt"
    prose.write_text("Landtag von Baden-Württemberg Drucksache 17 / 9\nNur ein Brief ohne Fragen.\n", encoding="utf-8")
    failed = CliRunner().invoke(main, ["parse", str(prose)])
    assert failed.exit_code == 1
    assert "nicht in Fragen und Antworten gliedern" in failed.output and "Drucksache 17/9" in failed.output


def test_the_document_page_shows_the_printed_question_numbers(tmp_path):
    from indexer import build_index
    from web import create_app

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "by-18-13722.txt").write_text(BAYERN, encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    app = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "index"), "CORPUS_DIR": str(corpus)})
    page = app.test_client().get("/dokument/by-18-13722").get_data(as_text=True)
    assert '<a class="anchor" href="#frage-1">Frage 1.1</a>' in page
    assert '<a class="anchor" href="#frage-3">Frage 2</a>' in page


# Sachsen-Anhalt Drucksache 7/1505 as its PDF prints it (the real text of tests/fixtures/st-7-1505.txt, set
# in printed lines with hyphenation and the page-2 head): one question, no number.
ST_PRINTED = """Landtag von Sachsen-Anhalt Drucksache 7/1505
12.06.2017
(Ausgegeben am 13.06.2017)
Antwort der Landesregierung
auf eine Kleine Anfrage zur schriftlichen Beantwortung
Abgeordneter Rüdiger Erben (SPD)
Aussage des Abgeordneten Mario Lehmann (AfD) in der Landtagssitzung am
4. Mai 2017
Kleine Anfrage - KA 7/830
Antwort der Landesregierung
erstellt vom Ministerium für Inneres und Sport
Namens der Landesregierung beantworte ich die Kleine Anfrage wie folgt:
Wurden in den Jahren 2016 und im bisherigen Verlauf des Jahres 2017 in Sach-
sen-Anhalt Volksfeste aufgrund von Terrorgefahr abgesagt? Wenn ja, um welche
Volksfeste handelte es sich und von wem wurde die Entscheidung über die Absage
getroffen?
Der Landesregierung ist eine Veranstaltung bekannt, die im Zeitraum vom 1. Ja-
nuar 2016 bis zum 16. Mai 2017 abgesagt wurde.
\f2
Absagen weiterer Volksfeste sind der Landesregierung nicht bekannt.
"""

# The same with the askers' Vorbemerkung in two paragraphs and a remark of the government before question 1.
ST_REMARKS = ST_PRINTED.replace(
    "Kleine Anfrage - KA 7/830\n",
    "Kleine Anfrage - KA 7/830\nVorbemerkung des Fragestellenden:\n"
    "In einer Frage an den Redner trifft der Abgeordnete die Aussage,\n\ndass Volksfeste abgesagt worden seien.\n",
).replace("wie folgt:\nWurden", "wie folgt:\nDie Landesregierung hat dazu die Polizeidirektionen befragt.\n1. Wurden")


def test_a_government_remark_is_kept_beside_the_askers_vorbemerkung_in_paragraphs() -> None:
    """A blank line in the askers' Vorbemerkung does not make the government's remark look like theirs."""
    st = parse_lines(text_pages(ST_REMARKS), doc_id="st-7-1505")
    assert st.government_preamble == ("Die Landesregierung hat dazu die Polizeidirektionen befragt.",)
    assert st.questions[0].text.startswith("Wurden in den Jahren 2016")


def test_the_askers_vorbemerkung_ends_at_the_answers_cover_and_its_wrapped_opening() -> None:
    """ "Antwort der Landesregierung / erstellt vom Ministerium …" after the askers' Vorbemerkung is the answer's
    cover, and so is an opening sentence wrapped over two lines: neither is the askers' text."""
    st = parse_lines(text_pages(ST_REMARKS), doc_id="st-7-1505")
    askers = (
        "In einer Frage an den Redner trifft der Abgeordnete die Aussage,",
        "dass Volksfeste abgesagt worden seien.",
    )
    assert st.preamble == askers
    wrapped = ST_REMARKS.replace("Antwort der Landesregierung\nerstellt vom Ministerium für Inneres und Sport\n", "")
    wrapped = wrapped.replace(
        "beantworte ich die Kleine Anfrage wie folgt:", "beantworte ich die Kleine\nAnfrage wie folgt:"
    )
    assert parse_lines(text_pages(wrapped), doc_id="st-7-1505").preamble == askers


# Sachsen's letter as printed: the question labelled "Frage:" on its own line (real text of sn-6-12680).
SN_PRINTED = """SÄCHSISCHES STAATSMINISTERIUM DES INNERN
Präsidenten des Sächsischen Landtages
Kleine Anfrage des Abgeordneten André Schollbach, Fraktion DIE LINKE
Drs.-Nr.: 6/12680
Thema: Versammlungen und Aufzüge im Freistaat Sachsen — Februar 2018
Sehr geehrter Herr Präsident,
namens und im Auftrag der Sächsischen Staatsregierung beantworte ich die Kleine
Anfrage wie folgt:
Frage:
Wie viele Versammlungen und Aufzüge unter freiem Himmel wurden im Monat
Februar 2018 in den Landkreisen und Kreisfreien Städten im Freistaat Sachsen
angemeldet (bitte Aufstellung jeweils für die einzelnen Landkreise und
Kreisfreien Städte)?
Auf die beigefügte Anlage wird verwiesen.
"""


def test_one_unnumbered_question_in_printed_lines() -> None:
    """The single-question layouts as a PDF extraction gives them, with line breaks."""
    st = parse_lines(text_pages(ST_PRINTED), doc_id="st-7-1505")
    assert [q.number for q in st.questions] == [1]
    assert st.questions[0].text.startswith("Wurden in den Jahren 2016")
    assert st.questions[0].text.endswith("Entscheidung über die Absage getroffen?")
    assert st.questions[0].answer_text.startswith("Der Landesregierung ist eine Veranstaltung bekannt")
    assert st.questions[0].answer_text.endswith("nicht bekannt.")
    assert st.title == "Aussage des Abgeordneten Mario Lehmann (AfD) in der Landtagssitzung am 4. Mai 2017"
    assert [(a.name, a.party) for a in st.askers] == [("Rüdiger Erben", "SPD")]
    assert "Eine Frage ohne Nummer: als Frage 1 geführt" in " ".join(st.warnings)  # the archivist checks the cut

    sn = parse_lines(text_pages(SN_PRINTED), doc_id="sn-6-12680")
    assert [q.number for q in sn.questions] == [1]
    assert sn.questions[0].text.endswith(
        "(bitte Aufstellung jeweils für die einzelnen Landkreise und Kreisfreien Städte)?"
    )
    assert sn.questions[0].answer_text == "Auf die beigefügte Anlage wird verwiesen."
    assert [(a.name, a.party) for a in sn.askers] == [("André Schollbach", "DIE LINKE")]


def test_a_letter_with_a_statement_after_its_opening_is_no_question() -> None:
    """Without a '?' right after the opening sentence there is no question to find: refused as before."""
    letter = SN_PRINTED.replace("Frage:\n", "").replace("Städte)?", "Städte).")
    with pytest.raises(ParseError, match="nicht in Fragen und Antworten gliedern"):
        parse_lines(text_pages(letter), doc_id="sn-6-12680")


def test_answers_of_once_refused_layouts_are_found_by_search(tmp_path) -> None:
    """What the parser refused was invisible in search; now its answers are hits."""
    import shutil

    from indexer import build_index
    from indexer.search.engine import Engine

    fixtures = Path(__file__).parent / "fixtures"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for doc_id in ("st-7-1505", "sn-6-12680"):
        shutil.copy(fixtures / f"{doc_id}.txt", corpus / f"{doc_id}.txt")
    build_index(corpus, tmp_path / "index")
    engine = Engine(tmp_path / "index")
    assert [(h.doc_id, h.question) for h in engine.search("Schlagerparty").hits] == [("st-7-1505", 1)]
    assert [(h.doc_id, h.question) for h in engine.search("beigefügte Anlage").hits] == [("sn-6-12680", 1)]


# Thüringen Drucksache 6/4597 in printed lines (the real text of tests/fixtures/th-6-4597.txt, its page-1
# block in the order the kleineanfragen.de extraction keeps at the end; the preamble and question 1 shortened).
TH_PRINTED = """Thüringer Landtag
6. Wahlperiode
Drucksache 6/4597
06.10.2017
K l e i n e A n f r a g e
der Abgeordneten Muhsal (AfD)
und
A n t w o r t
des Thüringer Ministeriums für Inneres und Kommunales
Islamismus in Ostthüringen - erneut nachgefragt
Die Kleine Anfrage 2477 vom 28. August 2017 hat folgenden Wortlaut:
In der Antwort der Landesregierung auf die Kleine Anfrage 2188 (vergleiche Drucksache 6/4240) der Fra-
gestellerin heißt es: "So werden beispielsweise auch Ermittlungen wegen des Verdachts in Syrien oder im
Irak begangener Kriegsverbrechen eingeleitet" (Antwort auf Frage 2).
Ich frage die Landesregierung:
1. Wie viele Ermittlungen wegen des Verdachts in Syrien oder im Irak begangener Kriegsverbrechen wur-
den seit dem 1. Januar 2010 in Thüringen eingeleitet?
2. Wie viele der Beschuldigten aus den Ermittlungsverfahren (vergleiche Frage 1) waren oder werden dem
islamistischen Spektrum zugeordnet?
Das Thüringer Ministerium für Inneres und Kommunales hat die Kleine Anfrage namens der Lan-
desregierung mit Schreiben vom 4. Oktober 2017 wie folgt beantwortet:
Zu 1.:
Es wurden im Freistaat Thüringen keine Ermittlungen im Sinne der Frage geführt.
Zu 2.:
Es wird auf die Antwort zur Frage 1 verwiesen.
Maier
Minister
Druck: Thüringer Landtag, 17. Oktober 2017
"""


def test_thueringen_printed_the_opening_sentence_ends_the_last_question() -> None:
    """ "Das … Ministerium … hat die Kleine Anfrage … wie folgt beantwortet:" belongs to no question."""
    document = parse_lines(text_pages(TH_PRINTED), doc_id="th-6-4597")
    assert [q.number for q in document.questions] == [1, 2]
    assert document.questions[1].text.endswith("dem islamistischen Spektrum zugeordnet?")
    assert document.questions[1].answer_text == "Es wird auf die Antwort zur Frage 1 verwiesen."
    assert document.ministry == "Thüringer Ministerium für Inneres und Kommunales"  # "namens der Lan-/desregierung"
    assert document.title == "Islamismus in Ostthüringen - erneut nachgefragt"


def test_thueringen_printed_one_question_after_ich_frage() -> None:
    """The same paper with one unnumbered question (question 2 taken out): found, "6. Wahlperiode" is no question."""
    one = TH_PRINTED.replace("1. Wie viele Ermittlungen", "Wie viele Ermittlungen")
    one = one.replace(
        "2. Wie viele der Beschuldigten aus den Ermittlungsverfahren (vergleiche Frage 1) waren oder werden dem\n"
        "islamistischen Spektrum zugeordnet?\n",
        "",
    )
    one = one.split("Zu 1.:\n")[0] + one.split("Zu 1.:\n")[1].split("Zu 2.:\n")[0] + "Maier\nMinister\n"
    document = parse_lines(text_pages(one), doc_id="th-6-4597")
    assert [q.number for q in document.questions] == [1]
    assert document.questions[0].text.endswith("1. Januar 2010 in Thüringen eingeleitet?")
    assert (
        document.questions[0].answer_text
        == "Es wurden im Freistaat Thüringen keine Ermittlungen im Sinne der Frage geführt."
    )


BUNDESTAG_OFFICE = """Deutscher Bundestag Drucksache 21/1070
21. Wahlperiode 28.07.2025
Antwort
der Bundesregierung
auf die Kleine Anfrage der Abgeordneten Markus Frohnmaier, Diana Zimmer, Jan
Wenzel Schmidt, weiterer Abgeordneter und der Fraktion der AfD
– Drucksache 21/541 –
US-amerikanische Stiftungen und Nichtregierungsorganisationen sowie das
Zentrum Liberale Moderne in Deutschland
Die Antwort wurde namens der Bundesregierung mit Schreiben {office} vom 28. Juli 2025 übermittelt.
Die Drucksache enthält zusätzlich – in kleinerer Schrifttype – den Fragetext.
1. Hat das Amerika Haus seit dem 1. Januar 2025 Zuwendungen aus dem Bundeshaushalt erhalten?
Nein.
"""


@pytest.mark.parametrize(
    ("office", "ministry"),
    [
        ("des Auswärtigen Amts", "Auswärtiges Amt"),
        ("des Auswärtigen Amtes", "Auswärtiges Amt"),
        ("des Bundeskanzleramtes", "Bundeskanzleramt"),
        ("des Presse- und Informationsamtes der Bundesregierung", "Presse- und Informationsamt der Bundesregierung"),
        (
            "des Beauftragten der Bundesregierung für Kultur und Medien",
            "Beauftragte der Bundesregierung für Kultur und Medien",
        ),
        ("des Bundesministeriums der Finanzen", "Bundesministerium der Finanzen"),
    ],
)
def test_the_bundestags_answering_office_is_named_in_the_nominative(office, ministry):
    doc = parse_lines(text_pages(BUNDESTAG_OFFICE.format(office=office)))
    assert (doc.parliament, doc.drucksache, doc.ministry) == ("bt", "21/1070", ministry)


# A Landtag answer written as "* " items right after its question, in a text whose gender stars ("Mitarbeiter*innen")
# are no footnote markers: the items are the answer, not a footnote between two questions (review of round 10).
STARRED_ITEMS = """LANDTAG MECKLENBURG-VORPOMMERN Drucksache 7/998
7. Wahlperiode 04.07.2017
KLEINE ANFRAGE
des Abgeordneten Max Muster, Fraktion der AfD
Kooperationen der Landesbehörden
und
ANTWORT
der Landesregierung
1. Wie viele Mitarbeiter*innen betreuen die Veranstaltung?
Die Veranstaltung betreuen drei Mitarbeiter*innen.
2. Welche Kooperationen bestanden im Zusammenhang mit der Veranstaltung?
* Kooperationen mit Stiftungen bestehen nicht.
* Kooperationen mit Unternehmen bestehen nicht.
3. Wer trägt die Kosten?
Die Kosten trägt das Land.
"""


def test_an_answer_of_starred_items_stays_the_answer():
    doc = parse_lines(text_pages(STARRED_ITEMS))
    assert doc.question(2).answer_text == (
        "* Kooperationen mit Stiftungen bestehen nicht. * Kooperationen mit Unternehmen bestehen nicht."
    )
    assert doc.footnotes == () and [q.answered_with for q in doc.questions] == [(), (), ()]


def test_a_parliaments_name_taken_for_the_title_is_warned_about(tmp_path):
    """A head the parser does not know: the first line („Bayerischer Landtag“) became the title, with „Keine
    Warnungen.“ — and every citation and hit was titled so."""
    from indexer import load_document

    source = tmp_path / "by-18-4711.txt"
    source.write_text(
        "Bayerischer Landtag\n18. Wahlperiode\nDrucksache 18/4711\n\nSchriftliche Anfrage\n"
        "Antwort des Staatsministeriums des Innern, für Sport und Integration\n\nRadwege an Staatsstraßen\n\n"
        "1. Wie viele Kilometer Radwege an Staatsstraßen wurden 2018 gebaut?\nEs wurden 42 Kilometer gebaut.\n\n"
        "2. Wie hoch waren die Kosten?\nDie Kosten betrugen 12 Mio. Euro.\n",
        encoding="utf-8",
    )
    document = load_document(source)
    assert document.title == "Bayerischer Landtag"
    assert (
        "Titel nicht erkannt: „Bayerischer Landtag“ ist der Name des Parlaments. Den Titel in der Metadaten-Datei "
        'angeben: {"title": "…"}.'
    ) in document.warnings
    source.with_suffix(".json").write_text('{"title": "Radwege an Staatsstraßen"}', encoding="utf-8")
    assert not any("Titel nicht erkannt" in warning for warning in load_document(source).warnings)


def test_a_text_of_many_copies_of_an_answer_with_a_footnote_keeps_each_copys_note():
    """50 copies of nw-18-816 (a „1“ footnote on each copy) as one text: every note is kept, every marker stripped.  How
    the time grows with the length (it took ten seconds for 200 copies, the upload page hung) is measured by
    ``bench/parse_linearity.py``, not here."""
    text = (Path(__file__).parent / "fixtures" / "nw-18-816.txt").read_text(encoding="utf-8")
    doc = parse_lines(text_pages(text * 50))
    assert len(doc.footnotes) == 50 and "Bundesinnenministerin" in doc.preamble[0]
