"""The full NRW answer layout and its archive variants, from text shaped like the PDFs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from indexer import load_document
from indexer.ingest.extract import text_pages
from indexer.ingest.parse import parse_lines, validate
from indexer.ingest.text import join_lines

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def full():
    return load_document(FIXTURES / "nw-18-14087.txt")


def test_header_facts_and_all_three_drucksachen(full):
    assert (full.parliament, full.wahlperiode, full.drucksache) == ("nw", 18, "18/14087")
    assert full.anfrage_nr == 5321
    assert full.anfrage_drucksache == "18/12888"
    assert full.date_asked == dt.date(2025, 2, 10)
    assert full.date_answered == dt.date(2025, 3, 14)


def test_askers_with_party(full):
    assert [(a.name, a.party) for a in full.askers] == [
        ("Lena Teschlade", "SPD"),
        ("Christian Dahm", "SPD"),
        ("Anja Butschkau", "SPD"),
    ]


def test_ministry_and_co_ministries_from_a_hyphenated_sentence(full):
    assert full.ministry == "Ministerium für Heimat, Kommunales, Bau und Digitalisierung"
    assert full.co_ministries == ("Ministerium der Finanzen", "Ministerium für Arbeit, Gesundheit und Soziales")


def test_title_and_vormerkung_typo(full):
    assert full.title == "Zeiterfassung in den Landeseinrichtungen: Wann kommen An- und Abwesenheitssysteme?"
    assert len(full.preamble) == 1
    assert "In den Landeseinrichtungen fehlen" in full.preamble[0]  # Lan-/deseinrichtungen rejoined
    assert "erfassen müssen. In den" in full.preamble[0]  # the footnote marker "müssen.1" is dropped
    assert "An- und Abwesenheitssysteme" in full.preamble[0]
    assert "beantwortet" not in full.preamble[0]  # the ministry sentence is not the Vorbemerkung
    assert full.government_preamble == (
        "Die Landesregierung setzt die Vorgaben zur Arbeitszeiterfassung schrittweise um.",
    )


def test_joint_answer_is_every_questions_answer(full):
    one, two = full.question(1), full.question(2)
    assert one.answer == two.answer
    assert one.answer[0] == "Die Fragen 1 und 2 werden aufgrund des Sachzusammenhangs gemeinsam beantwortet."
    assert one.answered_with == (2,) and two.answered_with == (1,)
    assert two.text == "In wie vielen Landeseinrichtungen sind An- und Abwesenheitssysteme in Planung?"


def test_reference_answer_stays_with_its_question(full):
    three = full.question(3)
    assert three.answer[0].startswith("Es wird auf die Antwort zu Frage 1 verwiesen.")
    assert three.answered_with == ()
    assert three.answer[0].endswith("Die Mittel für den sog. Passiv-Aktiv-Transfer sind hiervon nicht berührt.")


def test_page_furniture_and_footnotes_leave_the_answers(full):
    text = " ".join(q.answer_text for q in full.questions)
    for furniture in ("LANDTAG", "Wahlperiode", "Datum des Originals", "Ausgegeben", "vgl. Drs.", "____"):
        assert furniture not in text
    assert full.question(4).answer == (
        "Die Landesregierung strebt an, die Einführung in allen Landeseinrichtungen bis Ende 2026 abzuschließen. "
        "Die Beschäftigten der Landesverwaltung werden rechtzeitig informiert.",
    )
    assert [(f.number, f.text) for f in full.footnotes] == [
        (1, "vgl. Drs. 18/12723."),
        (2, "Zum Passiv-Aktiv-Transfer siehe Drs. 18/9012."),
    ]
    assert full.warnings == ()


# 16th period: ministry sentence before the Vorbemerkung, "für die Landesregierung",
# "im Einvernehmen mit" before "die Kleine Anfrage", the sentence broken across page 1 and 2.
SIXTEENTH = """LANDTAG NORDRHEIN-WESTFALEN 
16. Wahlperiode 
Drucksache 16/9876 
 
12.08.2015 
Die Veröffentlichungen des Landtags Nordrhein-Westfalen sind einzeln gegen eine Schutzgebühr beim Archiv 
des Landtags Nordrhein-Westfalen, 40002 Düsseldorf, Postfach 10 11 43, Telefon (0211) 884 - 2439, zu 
beziehen. Der kostenfreie Abruf ist auch möglich über das Internet-Angebot des Landtags Nordrhein-
Westfalen unter www.landtag.nrw.de 
Antwort 
der Landesregierung 
auf die Kleine Anfrage 3790 vom 7. Juli 2015 
des Abgeordneten Dietmar Schulz   PIRATEN 
Drucksache 16/9301 
 
Breitbandausbau im ländlichen Raum 
 
Der Minister für Wirtschaft, Energie, Industrie, Mittelstand und Handwerk hat im Einvernehmen 
mit dem Minister für Inneres und Kommunales die Kleine Anfrage 3790 mit Schreiben vom 
Datum des Originals: 11.08.2015/Ausgegeben: 14.08.2015 
\fLANDTAG NORDRHEIN-WESTFALEN - 16. Wahlperiode Drucksache 16/9876 
 
11. August 2015 für die Landesregierung beantwortet. 
 
Vorbemerkung der Kleinen Anfrage 
 
Viele Gemeinden warten auf schnelles Internet. 
 
1. Wie viele Haushalte sind unterversorgt? 
 
Rund 300.000 Haushalte. 
 
2. Welche Mittel stehen bereit? 
 
Es wird auf die Antwort zu Frage 1 verwiesen. 
2 
"""


def test_sixteenth_period_variant():
    doc = parse_lines(text_pages(SIXTEENTH))
    assert doc.id == "nw-16-9876" and doc.anfrage_drucksache == "16/9301"
    assert doc.ministry == "Ministerium für Wirtschaft, Energie, Industrie, Mittelstand und Handwerk"
    assert doc.co_ministries == ("Ministerium für Inneres und Kommunales",)
    assert doc.anfrage_nr == 3790 and doc.date_answered == dt.date(2015, 8, 11)
    assert [(a.name, a.party) for a in doc.askers] == [("Dietmar Schulz", "PIRATEN")]
    assert doc.title == "Breitbandausbau im ländlichen Raum"
    assert doc.preamble == ("Viele Gemeinden warten auf schnelles Internet.",)
    assert [q.answer for q in doc.questions] == [
        ("Rund 300.000 Haushalte.",),
        ("Es wird auf die Antwort zu Frage 1 verwiesen.",),
    ]
    assert validate(doc) == []


def test_many_co_signers_over_several_lines():
    text = SIXTEENTH.replace(
        "des Abgeordneten Dietmar Schulz   PIRATEN",
        "der Abgeordneten Josef Hovenjürgen, Bianca Winkelmann, Klaus Voussem, Rainer Deppe,\n"
        "Dr. Patricia Peill und Henning Rehbaum   CDU",
    )
    doc = parse_lines(text_pages(text))
    assert [a.name for a in doc.askers] == [
        "Josef Hovenjürgen",
        "Bianca Winkelmann",
        "Klaus Voussem",
        "Rainer Deppe",
        "Dr. Patricia Peill",
        "Henning Rehbaum",
    ]
    assert {a.party for a in doc.askers} == {"CDU"}


def test_joint_answer_of_three_questions_named_by_range():
    text = """Titel der Anfrage

1. Erste Frage?

2. Zweite Frage?

3. Dritte Frage?

Die Fragen 1 bis 3 werden gemeinsam beantwortet. Alles ist gut.
"""
    doc = parse_lines(text_pages(text), doc_id="nw-18-1")
    assert [q.answered_with for q in doc.questions] == [(2, 3), (1, 3), (1, 2)]
    assert len({q.answer for q in doc.questions}) == 1


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["Lan-", "deseinrichtungen"], "Landeseinrichtungen"),
        (["An-", "und Abwesenheitssysteme"], "An- und Abwesenheitssysteme"),
        (["Passiv-", "Aktiv-Transfer"], "Passiv-Aktiv-Transfer"),
        (["100-", "prozentig"], "100-prozentig"),
        (["Für den Erwerb ist EU-", "rechtlich zulässig"], "Für den Erwerb ist EU-rechtlich zulässig"),
        (["die SPD-", "geführten Länder"], "die SPD-geführten Länder"),
        (["(AHS-", "tatG-ÄndG)"], "(AHStatG-ÄndG)"),
        (["der Klei-", "nen Anfrage"], "der Kleinen Anfrage"),
        (["abzu -", "senken"], "abzusenken"),
        (["Länder-", "und-Kommunal-Infrastrukturgesetz"], "Länder-und-Kommunal-Infrastrukturgesetz"),
        (
            ["https://example.org/teils-zu-100-prozent-in-", "hochschulen"],
            "https://example.org/teils-zu-100-prozent-in-hochschulen",
        ),
    ],
)
def test_hyphenation(lines, joined):
    assert join_lines(lines) == joined


def test_numbering_gap_and_missing_answer_are_warned():
    doc = parse_lines(text_pages("Titel\n\n1. Erste Frage?\n\nAntwort eins.\n\n3. Dritte Frage?\n\n"), doc_id="nw-18-2")
    warnings = validate(doc)
    assert any("Frage 2 fehlt" in w for w in warnings)
    assert "Frage 3 hat keine Antwort." in warnings
    assert "Parlament nicht erkannt." in warnings


@pytest.mark.parametrize(
    ("sentence", "ministry", "co"),
    [
        (
            "Minister für Schule und Bildung hat die Kleine Anfrage 12 mit Schreiben vom 3. März 2023 namens der "
            "Landesregierung beantwortet.",
            "Ministerium für Schule und Bildung",
            (),
        ),
        (
            "Der Ministerpräsident hat die Kleine Anfrage 12 mit Schreiben vom 3. März 2023 namens der Landesregierung "
            "wie folgt beantwortet.",
            "Ministerpräsident",
            (),
        ),
        (
            "Der Minister Bundes- und Europaangelegenheiten sowie Internationales hat die Kleine Anfrage 12 mit "
            "Schreiben vom 3. März 2023 namens der Landesregierung beantwortet.",
            "Ministerium für Bundes- und Europaangelegenheiten sowie Internationales",
            (),
        ),
        (
            "Die Ministerin für Kultur und Wissenschaft hat die Kleine Anfrage 12 mit Schreiben vom 03.03.2023 namens "
            "der Landesregierung im Einvernehmen mit dem Minister der Finanzen, dem Minister des Innern und der "
            "Ministerin für Schule und Bildung beantwortet.",
            "Ministerium für Kultur und Wissenschaft",
            ("Ministerium der Finanzen", "Ministerium des Innern", "Ministerium für Schule und Bildung"),
        ),
    ],
)
def test_ministry_sentence_variants(sentence, ministry, co):
    text = f"Titel\n\n{sentence}\n\n1. Eine Frage?\n\nEine Antwort.\n"
    doc = parse_lines(text_pages(text), doc_id="nw-18-3")
    assert (doc.ministry, doc.co_ministries, doc.anfrage_nr, doc.date_answered) == (
        ministry,
        co,
        12,
        dt.date(2023, 3, 3),
    )


def test_request_question_without_question_mark_and_zu_label():
    text = """Titel

1. Wie viele Schulen gibt es in Köln?

Zu 1.: Es gibt 270 Schulen.

2. Bitte schlüsseln Sie die Schulen nach Schulform auf (bitte nach Jahren)

Die Aufschlüsselung ist beigefügt.
"""
    doc = parse_lines(text_pages(text), doc_id="nw-18-4")
    assert [q.number for q in doc.questions] == [1, 2]
    assert doc.question(1).answer == ("Es gibt 270 Schulen.",)
    assert doc.question(2).text.endswith("(bitte nach Jahren)")
    assert doc.question(2).answer == ("Die Aufschlüsselung ist beigefügt.",)


def test_paragraph_starting_with_a_number_at_the_page_bottom_is_no_footnote():
    text = "Titel\n\n1. Wie viele?\n\nAntwort:\n\n1 000 Personen wurden gefördert.\n\f2. Und dann?\n\nNichts.\n"
    doc = parse_lines(text_pages(text), doc_id="nw-18-5")
    assert doc.footnotes == ()
    assert doc.question(1).answer_text.endswith("1 000 Personen wurden gefördert.")


def test_askers_of_several_parties():
    text = SIXTEENTH.replace(
        "des Abgeordneten Dietmar Schulz   PIRATEN", "der Abgeordneten Josef Hovenjürgen CDU und Jochen Ott SPD"
    )
    doc = parse_lines(text_pages(text))
    assert [(a.name, a.party) for a in doc.askers] == [("Josef Hovenjürgen", "CDU"), ("Jochen Ott", "SPD")]


def test_stripped_text_does_not_take_the_question_drucksache_for_its_own():
    text = (
        "Antwort\nder Landesregierung\nauf die Kleine Anfrage 12 vom 3. März 2023\nder Abgeordneten Jochen Ott SPD\n"
        "Drucksache 18/3000\n\nTitel\n\n1. Eine Frage?\n\nEine Antwort.\n"
    )
    doc = parse_lines(text_pages(text), doc_id="nw-18-3100")
    assert doc.drucksache is None and doc.anfrage_drucksache == "18/3000"


def test_page_one_footer_printed_first_still_yields_the_header():
    lines = FIXTURES.joinpath("nw-18-14087.txt").read_text(encoding="utf-8").split("\f")
    footer_first = "Datum des Originals: 14.03.2025/Ausgegeben: 17.03.2025\n" + lines[0].replace(
        "Datum des Originals: 14.03.2025/Ausgegeben: 17.03.2025 \n", ""
    )
    doc = parse_lines(text_pages(footer_first + "\f" + lines[1]))
    assert (doc.id, doc.title) == ("nw-18-14087", load_document(FIXTURES / "nw-18-14087.txt").title)


@pytest.mark.parametrize(
    "statement",
    [
        "Aufgrund des Sachzusammenhangs werden die Fragen 1 und 2 gemeinsam beantwortet.",
        "Die Fragen 1 und 2 werden wegen ihres Sachzusammenhangs zusammen beantwortet.",
        "Die Fragen 1 und 2 werden im Zusammenhang beantwortet.",
    ],
)
def test_joint_statement_wordings_after_blank_lines(statement):
    text = f"Titel\n\n1. Erste Frage?\n\n2. Zweite Frage?\n\n \n \n \n{statement}\n\nGemeinsamer Text.\n"
    doc = parse_lines(text_pages(text), doc_id="nw-18-8")
    assert doc.question(1).answered_with == (2,) and doc.question(1).answer == doc.question(2).answer
