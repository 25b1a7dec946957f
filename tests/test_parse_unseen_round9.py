"""Layouts first met in real texts nobody tuned the parser for (issue 16, round 9): what the archivist sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import cli
from indexer.ingest.extract import text_pages
from indexer.ingest.layouts.annexes import annex_start
from indexer.ingest.load import load_document
from indexer.ingest.parse import parse_lines

FIXTURES = Path(__file__).parent / "fixtures"


def _report(path: Path) -> str:
    return CliRunner().invoke(cli, ["parse", str(path)]).output


def test_an_annexs_question_captions_answer_nothing() -> None:
    """Bundestag 21/1489: after the imprint, "Anlage zur Antwort der Bundesregierung auf die Kleine Anfrage …" holds a
    table captioned "Zu Frage 1: Tatzeit 2025, …".  Before, that caption made the five questions a list answered under
    "Zu Frage N:" headings: question 1 got the annex, questions 2 to 5 nothing."""
    document = load_document(FIXTURES / "bt-21-1489.txt")
    assert [q.number for q in document.questions] == [1, 2, 3, 4, 5]
    answers = [q.answer_text for q in document.questions]
    assert answers[0].startswith("Für das zweite Quartal 2025 wurden dem Bundeskriminalamt")
    assert answers[1].startswith("Zu den für das zweite Quartal 2025 erfassten 899")
    assert answers[4].endswith("durch die hierfür zuständigen Organe der Rechtspflege zu gewährleisten.")
    assert not any("Tatzeit 2025, 2. Quartal" in answer for answer in answers)
    assert [annex.label[:40] for annex in document.annexes] == ["Anlage zur Antwort der Bundesregierung a"]
    assert "Zu Frage 1: Tatzeit 2025, 2. Quartal, UTF Antisemitisch," in document.annexes[0].rows


def test_questions_answered_in_their_context_share_the_answer() -> None:
    """Bundestag 21/925: "Die Fragen 1 bis 4 werden im Sachzusammenhang beantwortet." after question 4 answers
    questions 1 to 4 (before, questions 1 to 3 had no answer)."""
    document = load_document(FIXTURES / "bt-21-925.txt")
    first_four = document.questions[:4]
    assert [q.answered_with for q in first_four] == [(2, 3, 4), (1, 3, 4), (1, 2, 4), (1, 2, 3)]
    assert {q.answer_text for q in first_four} == {
        "Die Fragen 1 bis 4 werden im Sachzusammenhang beantwortet. "
        "Der Bundesregierung liegen keine Daten im Sinne der Fragestellung vor."
    }
    assert "hat keine Antwort" not in _report(FIXTURES / "bt-21-925.txt")


def test_a_ministry_with_a_second_portfolio_after_a_comma() -> None:
    """Baden-Württemberg's "Antwort des Ministeriums des Inneren, für Digitalisierung und Kommunen" names one ministry;
    the title follows it (before: ministry "Ministerium des Inneren, für", title "Digitalisierung und Kommunen …")."""
    report = _report(FIXTURES / "cut" / "bw-17-116.txt")
    assert report.startswith("bw-17-116: Feuerwehrfinanzierung im Wahlkreis\n")
    assert "Ministerium:      Ministerium des Inneren, für Digitalisierung und Kommunen\n" in report


def test_a_copy_cut_inside_the_imprint_answers_nothing() -> None:
    """A flat Baden-Württemberg copy that stops inside the imprint's first words ("… www.landtag-bw.de/Dokumente Der
    Landtag druc"): before, "Der Landtag druc" was the joint answer to all seven questions.  The askers' "FDP/DVP" is
    their party."""
    report = _report(FIXTURES / "cut" / "bw-16-1836.txt")
    assert "gemeinsam beantwortet" not in report and "(0 Absätze)" in report
    assert "Fragesteller:     Dr. Hans-Ulrich Rülke (FDP/DVP), Dr. Erik Schweickert (FDP/DVP)" in report


def test_bavarias_page_head_without_the_word_drucksache() -> None:
    """Bayern's head as a copy prints it, "17. Wahlperiode 06.11.2017 17/18012 Bayerischer Landtag": the number beside
    the head's date is the Drucksache (before, it was taken from the file name with a warning)."""
    report = _report(FIXTURES / "cut" / "by-17-18012.txt")
    assert "Drucksache:       17/18012 (Antwort)" in report
    assert "aus dem Dateinamen" not in report


def test_a_party_broken_at_a_line_end() -> None:
    """The flat copy breaks the asker's party at a line end: "Prof. Dr. Michael Piazolo FREIE WÄH- LER" is Piazolo of
    the FREIE WÄHLER (before, the whole string was his name)."""
    report = _report(FIXTURES / "cut" / "by-17-18012.txt")
    assert "Fragesteller:     Prof. Dr. Michael Piazolo (FREIE WÄHLER)\n" in report


def test_a_copy_cut_inside_a_lettered_part_of_the_last_question() -> None:
    """Bayern: "3. a) Beabsichtigt …? b) Wenn ja, mit welcher Be" — the copy stops inside part b) of question 3, which
    is no answer (before, it was the joint answer of all three questions); "Daher frage ich die Staatsregierung:"
    ends the title."""
    report = _report(FIXTURES / "cut" / "by-17-23534.txt")
    assert report.startswith(
        "by-17-23534: Nitrat- und Phosphatbelastungen im Grundwasser – Schutz unseres Trinkwassers muss absolute"
        " Priorität genießen!\n"
    )
    assert "gemeinsam beantwortet" not in report
    assert "Frage 3 endet mitten im Satz („… Wenn ja, mit welcher Be“)" in report


@pytest.mark.parametrize(
    "heading",
    [
        "Anlage zur Antwort der Bundesregierung auf die Kleine Anfrage der Abgeordneten Clara Bünger u. a. und der"
        " Fraktion Die Linke",
        "Anlage 1 zu der Kleinen Anfrage der Abgeordneten Clara Bünger u. a. und der Fraktion Die",
        "Anlage 1 zur Antwort der Bundesregierung zur Kleinen Anfrage des Abgeordneten Martin",
        "Anlage 10 zu Frage 24",
        "Anlage zur Bundestagsdrucksache 21/864, Kleine Anfrage der Abgeordneten",
        "Anlage zu BT.-Drs. 21/758 / Thema: Mehrgenerationenhäuser",
    ],
)
def test_the_bundestags_annex_headings_open_an_annex(heading: str) -> None:
    """The forms the Bundestag's annexes print after the answers (from its 21st-period answers); their captions
    ("Zu 1:", "Zu Frage 4:") are then no answer headings."""
    lines = ["1. Wie viele …?", "Antworttext.", heading, "Zu Frage 1:"]
    assert annex_start(lines) == 2


def test_an_annex_named_inside_a_sentence_opens_nothing() -> None:
    """A wrapped sentence "Es wird auf die / Anlage zu Frage 3 verwiesen." refers to an annex."""
    assert annex_start(["1. Wie viele …?", "Es wird auf die", "Anlage zu Frage 3 verwiesen."]) == 3


@pytest.mark.parametrize(
    "wrapped",
    [
        ["Anlage zu Frage 1 verwiesen. Weitere Angaben liegen der Landesregierung", "nicht vor."],  # a sentence inside
        ["Zur Begründung wird auf die", "Anlage zu Frage 1 verwiesen, die dem Landtag", "vorliegt."],  # a line going on
    ],
)
def test_a_wrapped_sentence_naming_an_annex_keeps_every_answer(tmp_path: Path, wrapped: list[str]) -> None:
    """A sentence wrapped before "Anlage zu Frage 1 …" in the first answer of a real Niedersachsen text opens no annex:
    the answers after it keep their headings (before, the text had no numbered questions left)."""
    lines = (FIXTURES / "ni-19-11219.txt").read_text(encoding="utf-8").splitlines()
    first = lines.index("Zu 1: ")
    path = tmp_path / "ni-19-11219.txt"
    path.write_text("\n".join([*lines[: first + 1], *wrapped, *lines[first + 1 :]]) + "\n", encoding="utf-8")
    document = load_document(path)
    assert len(document.questions) == 19
    assert all(q.answer for q in document.questions)
    assert document.annexes == ()
    assert "Anlage zu Frage 1 verwiesen" in document.questions[0].answer_text


# Quoted from Bundestag 21/723 (head, questions 2-7), 21/1347 (head, questions 24-32) and 21/718 (head, questions 1-4
# with 14 and 15 printed after 3), thunderquack/BundestagDigest commit 6478fe8, drucksache_texts/Antwort/2025-06-30
# 21_723.txt, 2025-08-22 21_1347.txt and 2025-06-30 21_718.txt; the parts left out hold the other questions.
_BT_21_723 = [
    "Deutscher Bundestag Drucksache 21/723",
    "21. Wahlperiode 30.06.2025",
    "Antwort",
    "der Bundesregierung",
    "auf die Kleine Anfrage der Abgeordneten Thomas Stephan, René Springer, Peter",
    "Bohnhof, weiterer Abgeordneter und der Fraktion der AfD",
    "– Drucksache 21/479 –",
    "Finanzlage der berufsständischen Versorgungswerke",
    " 2. Wie hoch ist nach Kenntnis der Bundesregierung die Zahl der",
    "beitragszahlenden Mitglieder der berufsständischen Versorgungswerke (bitte",
    "jährlich seit 2015 und nach Berufsstand aufschlüsseln)?",
    " 3. Wie hoch ist nach Kenntnis der Bundesregierung die Zahl",
    "Altersruhegeldempfänger der berufsständischen Versorgungswerke (bitte jährlich",
    "seit 2015 und nach Berufsstand aufschlüsseln)?",
    " 4. Wie hoch ist nach Kenntnis der Bundesregierung das durchschnittliche",
    "Altersruhegeld der berufsständischen Versorgungswerke (bitte jährlich",
    "seit 2015 aufschlüsseln)?",
    " 5. Wie hoch ist nach Kenntnis der Bundesregierung die Summe der",
    "ausgezahlten Altersruhegelder der berufsständischen Versorgungswerke (bitte",
    "jährlich seit 2015 aufschlüsseln)?",
    " 6. Wie hoch ist nach Kenntnis der Bundesregierung das gesamte",
    "Beitragsvolumen der berufsständischen Versorgungswerke (bitte jährlich seit",
    "2015 aufschlüsseln)?",
    "Die Fragen 2 bis 6 werden gemeinsam in der nachfolgenden Tabelle",
    "beantwortet (Daten für 2024 liegen noch nicht vor).",
    "2015 2016 2017 2018 2019 2020 2021 2022 2023",
    "Frage 2 822 516 835 731 849 152 862 913 880 562 895 106 906 158 919 199 938 613",
    "Frage 3 229 010 242 722 254 244 265 804 279 266 293 091 306 509 321 880 340 674",
    "Frage 4",
    "(Euro)",
    "2 077,92 2 099,32 2 104,26 2 120,43 2 121,99 2 156,95 2 173,68 2 205,20 2 222,27",
    "Frage 5",
    "(Mrd. Euro)",
    "5,058 5,375 5,686 6,038 6,374 6,803 7,204 7,610 8,139",
    "Frage 6",
    "(Mrd. Euro)",
    "8,993 9,454 9,992 10,382 10,885 11,254 11,808 11,975 12,399",
    " 7. Welche beitragsfremden Leistungen werden nach Kenntnis der",
    "Bundesregierung durch die berufsständischen Versorgungswerke erbracht (bitte",
    "jährlich seit 2015 und nach Art der Leistung aufschlüsseln)?",
    "Der Bundesregierung liegen hierzu keine Erkenntnisse vor.",
    " 8. Wie hoch ist nach Kenntnis der Bundesregierung das Anlagevolumen der",
]
_BT_21_1347 = [
    "Deutscher Bundestag Drucksache 21/1347",
    "21. Wahlperiode 22.08.2025",
    "Antwort",
    "der Bundesregierung",
    "auf die Kleine Anfrage der Abgeordneten Martin Erwin Renner, Dr. Götz",
    "Frömming, Ronald Gläser, weiterer Abgeordneter und der Fraktion der AfD",
    "– Drucksache 21/1193 –",
    "Transparenz, Kontrolle und Neutralität der externen Meldestrukturen im Umfeld",
    "24. Wird in der ZMI aktuell Künstliche Intelligenz (KI, engl. AI) zur",
    "Verarbeitung von Hinweisen eingesetzt, und wenn ja, in welchen konkreten",
    "Prozessschritten?",
    "Nein.",
    "25. Auf welcher Datenbasis wurden die ggf. eingesetzten KI‑Modelle (vgl.",
    "Frage 24) trainiert, und welche Maßnahmen wurden zur Minimierung",
    "von Voreingenommenheit (Bias) getroffen?",
    "26. Sind externe Anbieter, Forschungseinrichtungen oder Dienstleister an der",
    "Entwicklung, Bereitstellung oder Wartung der ggf. verwendeten KI‑",
    "Systeme beteiligt, und wenn ja, welche (vgl. Fragen 24 und 25)?",
    "27. Welche aktuellen Fehlerraten (False Positive bzw. False Negative)",
    "weisen die ggf. verwendeten KI‑Systeme auf, und welche Schwellenwerte",
    "gelten als akzeptabel (vgl. Fragen 24 bis 26)?",
    "28. Welche internen oder externen Audit‑ bzw. Evaluationsverfahren werden",
    "regelmäßig durchgeführt, um Genauigkeit und Rechtskonformität der",
    "ggf. verwendeten KI‑Systeme sicherzustellen (vgl. Fragen 24 bis 27)?",
    "29. Wie wird gewährleistet, dass ggf. KI‑gestützte Vorbewertungen keine",
    "hoheitliche Entscheidung über die strafrechtliche Relevanz von Inhalten",
    "ersetzen?",
    "30. Wurde für den ggf. erfolgten KI‑Einsatz eine Datenschutz‑",
    "Folgenabschätzung nach Artikel 35 der Datenschutz-GGrundverordnung (DS-",
    "GVO) durchgeführt (Datum, Ergebnis)?",
    "31. Inwiefern orientiert sich der mögliche KI‑Einsatz an den Vorgaben des",
    "EU‑AI‑Act bzw. an nationalen Leitlinien?",
    "Die Fragen 25 bis 31 können mangels Einsatzes von Künstlicher Intelligenz",
    "(KI) in der ZMI BKA nicht beantwortet werden.",
    "32. Gab es seitens der ZMI jemals Beanstandungen gegenüber den",
    "Kooperationspartnern aufgrund deren eingereichter Meldungen?",
    "a) Wenn ja, gegenüber welchen Kooperationspartnern?",
    "b) Wenn ja, welcher Sachverhalt lag der Beanstandung zugrunde?",
    "Es wird auf die Beantwortung der Fragen 7 und 8 verwiesen. Über den darin",
    "beschriebenen fallbezogenen Rückkopplungsprozess hinaus gibt es keine",
    "Beanstandungen.",
    "33. Erhält die ZMI BKA nach der Übermittlung von als strafrechtlich",
]

_BT_21_718 = [
    "Deutscher Bundestag Drucksache 21/718",
    "21. Wahlperiode 30.06.2025",
    "Antwort",
    "der Bundesregierung",
    "auf die Kleine Anfrage der Abgeordneten Lea Reisner, Doris Achelwilm, Jan van",
    "Aken, weiterer Abgeordneter und der Fraktion Die Linke",
    "– Drucksache 21/491 –",
    "Festsetzung von Luxusyachten russischer Oligarchen",
    " 1. Wie viele Schiffe sind nach Kenntnis der Bundesregierung im Rahmen",
    "der gegen Russland verhängten Sanktionen in Deutschland nach § 9c des",
    "Außenwirtschaftsgesetzes sichergestellt worden?",
    " 2. Welche Bundesbehörde hat laut Bundesregierung die Entscheidung",
    "getroffen, im Rahmen der Russland-Sanktionen sanktionierte Yachten in",
    "Trockendocks zu verwahren?",
    "Die Antwort wurde namens der Bundesregierung mit Schreiben des Bundesministeriums der Finanzen",
    "vom 27. Juni 2025 übermittelt.",
    "Die Drucksache enthält zusätzlich – in kleinerer Schrifttype – den Fragetext.",
    " 3. Auf welcher rechtlichen Grundlage erfolgte nach Wissen der",
    "Bundesregierung die Einlagerung von sanktionierten Yachten in Trockendocks?",
    "14. Ist nach der Verwahrung der Schiffe laut Bundesregierung eine",
    "Verwertung der im Rahmen der Russland-Sanktionen sanktionierten Yachten",
    "geprüft worden, und wenn ja, mit welchem Ergebnis?",
    "15. Haben Eigentümerinnen und Eigentümer der im Rahmen der gegen",
    "Russland verhängten Sanktionen sanktionierten Yachten Rechtsmittel",
    "gegen die Sicherstellungen eingelegt, und wenn ja, bei welchen",
    "Gerichten und gibt es Gerichtsentscheidungen hierzu (bitte unter Angabe des",
    "Datums, der beteiligten Parteien und des Urteils aufschlüsseln)?",
    "Die Fragen 1 bis 3, 14 und 15 werden gemeinsam beantwortet.",
    "§ 9c des Außenwirtschaftsgesetzes (AWG), der vom 28. Mai 2022 bis zum",
    "27. Dezember 2022 in Kraft war, regelt lediglich die Modalitäten einer",
    "Sicherstellung und keine Befugnis zur Sicherstellung. Die Befugnis für eine",
    "Sicherstellung durch die von den Ländern im Rahmen ihrer allgemeinen",
    "Zuständigkeiten bestimmten Behörden (vgl. § 13 Absatz 2a AWG a. F.) ergab sich für",
    "diesen Zeitraum aus § 9b AWG. Seit dem 28. Dezember 2022 gilt § 3 des",
    "Sanktionsdurchsetzungsgesetzes (SanktDG) für eine Sicherstellung durch die",
    "Zentralstelle für Sanktionsdurchsetzung. Nach Kenntnis der Bundesregierung",
    "wurden bislang keine Schiffe bzw. Yachten nach § 9b AWG und § 3 SanktDG",
    "sichergestellt.",
    "Es wird darauf hingewiesen, dass die Verordnung (EU) Nr. 269/2014 im",
    "Zusammenhang mit dem russischen Angriffskrieg gegen die Ukraine regelt, dass",
    "Vermögenswerte gelisteter Personen und Entitäten eingefroren sind und damit",
    "einem Verfügungsverbot unterliegen. Dritte haben ein Bereitstellungsverbot zu",
    "beachten. Dies geschieht unmittelbar, ohne dass es hierzu eines gesonderten",
    "behördlichen Aktes wie etwa einer Beschlagnahme bedarf. In besonderen Fällen –",
    "zur Verhinderung einer absehbar sanktionswidrigen Verfügung über",
    "eingefrorene Vermögenswerte – kann die Zentralstelle für Sanktionsdurchsetzung",
    "Vermögenswerte auch noch sicherstellen (Antwort der Bundesregierung auf die",
    "Schriftliche Frage 32 der Abgeordneten Nicole Höchst auf",
    "Bundestagsdrucksache 20/10926).",
    " 4. Wer trägt nach Kenntnis der Bundesregierung die Kosten der Sicherung",
    "und Verwahrung der im Rahmen der Russland-Sanktionen sanktionierten",
    "Schiffe?",
    "Gemäß § 4 Absatz 10 Satz 1 SanktDG fallen die Kosten der Sicherstellung,",
    "Verwahrung, Verwertung und Vernichtung dem Eigentümer oder dem Inhaber",
    "der tatsächlichen Sachherrschaft zur Last.",
]


def _excerpt(lines: list[str], doc_id: str):
    return parse_lines(text_pages("\n".join(lines)), doc_id=doc_id)


def test_questions_answered_together_in_a_table() -> None:
    """Bundestag 21/723: "Die Fragen 2 bis 6 werden gemeinsam in der nachfolgenden Tabelle beantwortet" — words between
    "gemeinsam" and "beantwortet".  The sentence is read, nothing guessed (before, the whole document, where other
    statements name the questions answered together, left questions 2 to 5 without answer; this excerpt got a
    guess)."""
    document = _excerpt(_BT_21_723, "bt-21-723")
    assert not any("Nur nach Frage" in warning for warning in document.warnings)
    by_number = {q.number: q for q in document.questions}
    assert by_number[2].answered_with == (3, 4, 5, 6)
    assert by_number[4].answer_text.startswith("Die Fragen 2 bis 6 werden gemeinsam in der nachfolgenden Tabelle")
    assert by_number[7].answer_text == "Der Bundesregierung liegen hierzu keine Erkenntnisse vor."


def test_questions_that_cannot_be_answered_together() -> None:
    """Bundestag 21/1347: "Die Fragen 25 bis 31 können mangels Einsatzes von Künstlicher Intelligenz … nicht
    beantwortet werden." after question 31 is the answer of questions 25 to 31, read from the sentence (before, 25 to
    30 had none in the whole document; this excerpt got a guess)."""
    document = _excerpt(_BT_21_1347, "bt-21-1347")
    assert not any("Nur nach Frage" in warning for warning in document.warnings)
    by_number = {q.number: q for q in document.questions}
    assert by_number[24].answer_text == "Nein."
    assert by_number[25].answered_with == (26, 27, 28, 29, 30, 31)
    assert by_number[27].answer_text.startswith("Die Fragen 25 bis 31 können mangels Einsatzes von Künstlicher")
    assert by_number[32].answer_text.startswith("Es wird auf die Beantwortung der Fragen 7 und 8 verwiesen.")


_BT_21_1472 = [
    "Deutscher Bundestag Drucksache 21/1472",
    "21. Wahlperiode 03.09.2025",
    "Antwort",
    "der Bundesregierung",
    "auf die Kleine Anfrage der Abgeordneten Clara Bünger, Anne-Mieke Bremer,",
    "Katrin Fey, Dr. Gregor Gysi, Luke Hoß, Ferat Koçak, Jan Köstering, Sonja",
    "Lemke, Tamara Mazzi, Bodo Ramelow, David Schliesing, Aaron Valent, Donata",
    "Vogtschmidt, Christin Willnat und der Fraktion Die Linke",
    "19. Wurde die Abschiebung am 18. Juli 2025 von Beamten der",
    "Bundespolizei bzw. von anderen Bediensteten von Bund und Ländern begleitet, und",
    "wenn ja, von wie vielen (bitte die jeweiligen Behörden angeben), und",
    "wurde die Abschiebung durch weitere Personen begleitet, etwa durch",
    "Sicherheitspersonal der Fluggesellschaft oder eines anderen Staates, und",
    "wenn ja, kann die Bundesregierung nähere Angaben zur Funktion und",
    "Anzahl dieser Personen machen, und wenn ja, welche?",
    "Für den Vollzug des Aufenthaltsrechts und damit insbesondere die",
    "Durchführung von Abschiebungen sind nach der föderalen Kompetenzordnung die",
    "Länder zuständig. Der Bund unterstützt hierbei. Eine Begleitung auf dem",
    "Rückführungsflug durch Beamte der Bundespolizei bzw. der Länder erfolgte nicht. Zum",
    "Sicherheitsdispositiv anderer Staaten oder privater Fluggesellschaften kann die",
    "Bundesregierung aus Gründen der Vertraulichkeit keine Angaben machen.",
    "21. Welche Ministerien, Behörden und Gremien auf Bundes- und",
    "Länderebene waren an der Planung und Durchführung der Abschiebung beteiligt?",
    "Die Planung und Durchführung der Abschiebung erfolgte unter Beteiligung",
    "aller für den Vollzug des Aufenthaltsrechts zuständigen Landesbehörden, die an",
    "der Maßnahme beteiligt waren (in diesem Zusammenhang wird auf die",
    "Antwort zu Frage 1 verwiesen), sowie in Abstimmung mit dem Bundesministerium",
    "des Innern (BMI), dem Bundeskanzleramt sowie dem AA.",
    "20. In welcher Weise war die katarische Regierung in die Planung und",
    "Durchführung der Abschiebung am 18. Juli 2025 involviert (siehe",
    "Vorbemerkung der Fragesteller), und hat die katarische Regierung dafür eine",
    "Gegenleistung erhalten, und wenn ja, in welcher Form?",
    "22. Wurde den Taliban im Vorfeld der Abschiebung eine Liste der",
    "abzuschiebenden Personen übermittelt?",
    "23. Haben die Taliban dafür, dass sie die Abschiebung am 18. Juli 2025",
    "akzeptiert haben, eine Gegenleistung erhalten, und wenn ja, in welcher",
    "Form?",
    "Die Fragen 20, 22 und 23 werden gesammelt beantwortet:",
    "Die Abschiebung vom 18. Juli 2025 wurde vermittelt durch den Staat Katar im",
    "Rahmen der gemeinsamen strategischen Sicherheitspartnerschaft, ohne dass",
    "hierfür eine Gegenleistung erbracht wurde. Zu den Einzelheiten der",
    "Abstimmungen kann die Bundesregierung aus Gründen der Vertraulichkeit keine",
    "Stellung nehmen.",
    "24. Gab es eine Sicherheitsüberprüfung der nach Deutschland entsandten Diplomaten?",
    "Nein.",
]


def test_a_question_printed_after_a_higher_one_before_its_partners() -> None:
    """Bundestag 21/1472 prints question 21 with its answer, then 20, 22 and 23, and „Die Fragen 20, 22 und 23 werden
    gesammelt beantwortet“: question 20 was missing („Nummerierung lückenhaft“), its text the end of answer 21.  (The
    excerpt leaves out the footnote printed after question 20, which the whole text reads as one.)"""
    document = _excerpt(_BT_21_1472, "bt-21-1472")
    by_number = {q.number: q for q in document.questions}
    assert sorted(by_number) == [19, 20, 21, 22, 23, 24]
    assert by_number[20].text.startswith("In welcher Weise war die katarische Regierung in die Planung")
    assert by_number[20].answered_with == (22, 23)
    assert by_number[20].answer_text.startswith("Die Fragen 20, 22 und 23 werden gesammelt beantwortet")
    assert by_number[21].answer_text.endswith("dem Bundeskanzleramt sowie dem AA.")
    assert not any("20" in warning for warning in document.warnings)  # (the excerpt begins with question 19)


def test_a_run_of_questions_printed_out_of_order() -> None:
    """Bundestag 21/718 prints questions 14 and 15 right after question 3, then "Die Fragen 1 bis 3, 14 und 15 werden
    gemeinsam beantwortet." (before, only a single question printed out of order was set aside: questions 1 to 3 had
    no answer)."""
    document = _excerpt(_BT_21_718, "bt-21-718")
    by_number = {q.number: q for q in document.questions}
    assert by_number[1].answered_with == (2, 3, 14, 15)
    assert by_number[15].text.startswith("Haben Eigentümerinnen und Eigentümer der im Rahmen der gegen Russland")
    assert by_number[14].answer_text.startswith("Die Fragen 1 bis 3, 14 und 15 werden gemeinsam beantwortet.")
    assert by_number[4].answer_text.startswith("Gemäß § 4 Absatz 10 Satz 1 SanktDG fallen die Kosten")


def test_questions_printed_out_of_order_leave_no_gap_in_the_rest() -> None:
    """Bundestag 21/1351 prints 1, 4 (answered together), then 2, 3, 5, 6, 8, 9, 11, 12 (answered together), then 7
    and 10.  Before, 9, 11 and 12 were lost in answer 8, questions 2, 3, 5 and 6 had no answer; the numbers printed
    elsewhere no longer count as gaps before question 7."""
    document = load_document(FIXTURES / "bt-21-1351.txt")
    assert [q.number for q in document.questions] == list(range(1, 13))
    assert document.question(8).answered_with == (2, 3, 5, 6, 9, 11, 12)
    assert document.question(10).answered_with == (7,)
    assert document.question(8).answer_text.startswith("Die Fragen 2, 3, 5, 6, 8, 9, 11 und 12 werden gemeinsam")
    assert not document.warnings
