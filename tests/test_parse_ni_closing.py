"""Niedersachsen answers whose last page runs on into an annex after the distribution note, with footnotes
and hyphenation as the new answers of queries/corpus-ni print them (lines cut from ni-19-11184, -11250,
-11279 and -11242)."""

from __future__ import annotations

from indexer.ingest.extract import text_pages
from indexer.ingest.parse import parse_lines
from indexer.ingest.text import join_lines

HEAD = """Niedersächsischer Landtag – 19. Wahlperiode Drucksache 19/11250
Kleine Anfrage zur schriftlichen Beantwortung
mit Antwort der Landesregierung
Suchtberatung, Substitutionsprogramme, Fördermittel und Drogentodesfälle in Wilhelmshaven
Anfrage des Abgeordneten Thorsten Paul Moriße (AfD), eingegangen am 19.06.2026 - Drs. 19/10996
an die Staatskanzlei übersandt am 23.06.2026
Antwort des Niedersächsischen Ministeriums für Soziales, Arbeit, Gesundheit und Gleichstellung
namens der Landesregierung vom 23.07.2026
"""
LAST = """19. Wie bewertet die Landesregierung die Entwicklung der drogenbedingten Todesfälle in
Wilhelmshaven?
Die Anzahl der im Zusammenhang mit Drogenkonsum verstorbenen Personen ist sehr bedauerlich, korreliert
aber nicht primär mit Hilfsangeboten.
(verteilt am 28.07.2026)
"""
COVER = """Suchthilfe S tati S tik 2023
für ambulante
l andesdokumentation zur ambulanten
Suchtberatung und Suchtbehandlung
Anlage

Projektleitung michael cuypers, nlS
"""


def test_what_follows_the_distribution_note_is_an_annex_even_without_a_heading() -> None:
    document = parse_lines(text_pages(HEAD + LAST + COVER), doc_id="ni-19-11250")
    assert document.questions[-1].answer_text.endswith("nicht primär mit Hilfsangeboten.")
    assert "Suchthilfe" not in document.questions[-1].answer_text
    assert document.annexes[0].label == "Anlage"
    assert document.annexes[0].rows[0] == "Suchthilfe S tati S tik 2023"


def test_an_annex_heading_after_the_note_is_kept_as_printed() -> None:
    document = parse_lines(text_pages(HEAD + LAST + "Anlage 1\nTräger (KRH) Maßnahme\n"), doc_id="ni-19-11184")
    assert [annex.label for annex in document.annexes] == ["Anlage 1"]


FOOTNOTED = """4. Welche Erkenntnisse liegen der Landesregierung zur „Medizinstrategie
2035“ der DIAKOVERE vor?
Der Landesregierung liegen zur „Medizinstrategie 2035“ der DIAKOVERE keine über die öffentlich
verfügbaren Informationen1 hinausgehenden Kenntnisse vor.

1 Siehe https://www.diakovere.de/ueber-uns/presse-und-medien/medizinstrategie-2035/.
(verteilt am 16.07.2026)

Anlage 1
Träger (KRH) Maßnahme
"""


def test_a_footnote_above_the_distribution_note_is_a_footnote_and_its_marker_goes() -> None:
    document = parse_lines(text_pages(HEAD + FOOTNOTED), doc_id="ni-19-11184")
    answer = document.questions[-1].answer_text
    assert answer.endswith("öffentlich verfügbaren Informationen hinausgehenden Kenntnisse vor.")
    assert [(note.number, note.text[:5]) for note in document.footnotes] == [(1, "Siehe")]
    assert [annex.label for annex in document.annexes] == ["Anlage 1"]  # no continuation of the footnote


MARKED = """Vorbemerkung des Abgeordneten
Das Land hat hierfür ein Gutachten vorgelegt, das den Ist-Zustand beschreibt 1. In dünn besiedelten Räumen
fallen teils längere Fahrzeiten an2.

1 Vgl.: https://www.ms.niedersachsen.de/Krankenhausreform.
2 https://www.ms.niedersachsen.de/download/218512/Gutachten.pdf
Niedersächsischer Landtag – 19. Wahlperiode Drucksache 19/11279
2
1. Welche Einwohnerzahlen haben die Gesundheitsregionen?
Nach Angaben des Landesamts für Statistik haben die Gesundheitsregionen zum 31.12.2025 folgende
Einwohnerzahlen:3
Gesundheitsregion Göttingen 321 000
Die Altersstruktur lässt regionale Unterschiede erkennen.4 Dieser Trend setzt sich fort.

3 Siehe https://www.nls.niedersachsen.de/Statistik/default.asp.
4 https://www.deutschlandatlas.bund.de/DE/Karten/Wer-wir-sind/030-Altersgruppen.html
"""


def test_markers_after_a_colon_and_after_an_unglued_marker_are_dropped() -> None:
    """Marker 1 is set off by a space (``beschreibt 1.``) and stays: the glued 2, 3 and 4 after it still go."""
    document = parse_lines(text_pages(HEAD + MARKED), doc_id="ni-19-11279")
    assert [note.number for note in document.footnotes] == [1, 2, 3, 4]
    assert document.preamble[-1].endswith("fallen teils längere Fahrzeiten an.")
    answer = document.questions[0].answer_text
    assert "folgende Einwohnerzahlen: Gesundheitsregion" in answer
    assert "regionale Unterschiede erkennen. Dieser Trend" in answer


def test_a_function_word_broken_at_a_line_end_is_set_solid_a_suspended_part_not() -> None:
    lines = ["die Überschreitung der Höchstverweildauer in der Oberstufe so-", "wie weitere individuelle Gründe"]
    assert (
        join_lines(lines)
        == "die Überschreitung der Höchstverweildauer in der Oberstufe sowie weitere individuelle Gründe"
    )
    assert join_lines(["die Zahl der Ein-", "und Ausreisen"]) == "die Zahl der Ein- und Ausreisen"
    assert join_lines(["wer an-", "und abreist"]) == "wer an- und abreist"


HYPHENED = """Vorbemerkung des Abgeordneten
Das Land fördert CO2-arme Verfahren und den B96-Ausbau, wie beim G7-Gipfel und in COVID-19-Zeiten besprochen.
1. Welche Online-Dienste stellt das Land bereit?
Das Land stellt bereits digitale EfA1-Online-Dienste bereit, auch für CO2-neutrale Windows10-Rechner der
Kommunen, wie vereinbart2.

1 Einer für Alle
2 Vereinbarung vom 3. März 2026
(verteilt am 28.07.2026)
"""


def test_a_marker_before_a_hyphen_that_continues_the_word_goes_a_name_keeps_its_number() -> None:
    """ni-19-11219's „EfA1-Online-Dienste“ (footnote 1 spells out „Einer für Alle“) reads „EfA-Online-Dienste“; the
    number of CO2, B96, G7, COVID-19 and Windows10 stays — CO2 even while footnote 2, glued at a word's end after
    it, is pending."""
    document = parse_lines(text_pages(HEAD + HYPHENED), doc_id="ni-19-11250")
    assert [note.number for note in document.footnotes] == [1, 2]
    assert document.preamble[0].startswith("Das Land fördert CO2-arme Verfahren und den B96-Ausbau, wie beim G7-Gipfel")
    assert "in COVID-19-Zeiten" in document.preamble[0]
    assert document.questions[0].answer_text == (
        "Das Land stellt bereits digitale EfA-Online-Dienste bereit, auch für CO2-neutrale Windows10-Rechner der "
        "Kommunen, wie vereinbart."
    )


def test_a_formula_before_a_hyphen_keeps_its_number_while_the_footnote_marker_is_printed_apart() -> None:
    """Footnote 2's marker stands apart („laut Bericht 2.“), so the rule for a marker before a hyphen applies: it may
    take the number of a word with a small letter (``EfA1-``), never of capitals alone (``CO2-``, ``H2-``)."""
    text = HYPHENED.replace("wie vereinbart2.", "wie vereinbart 2.").replace(
        "CO2-arme Verfahren", "CO2-arme Verfahren und H2-Readiness"
    )
    document = parse_lines(text_pages(HEAD + text), doc_id="ni-19-11250")
    assert "CO2-arme Verfahren und H2-Readiness" in document.preamble[0]
    assert "EfA-Online-Dienste bereit, auch für CO2-neutrale" in document.questions[0].answer_text


def test_markers_of_two_notes_after_one_sentence_both_go() -> None:
    """ni-19-11205: „… veröffentlicht.2 3 Ziel ist es …“ — notes 2 and 3 refer to the same sentence; the second
    marker, set off by a space, stood in the text as a stray „3“."""
    text = HYPHENED.replace("wie vereinbart2.", "wie vereinbart.1 2 Ziel ist es, sie auszubauen.").replace(
        "EfA1-Online-Dienste", "EfA-Online-Dienste"
    )
    document = parse_lines(text_pages(HEAD + text), doc_id="ni-19-11250")
    assert document.questions[0].answer_text.endswith("wie vereinbart. Ziel ist es, sie auszubauen.")


def test_a_number_starting_the_next_sentence_stays_when_its_note_has_a_marker_of_its_own() -> None:
    """„vereinbart.1 2 Kommunen …, laut Vertrag2.“: note 2's marker is glued to „Vertrag“, so the „2“ after note 1's
    marker is the number of Kommunen, not a second marker."""
    text = HYPHENED.replace("wie vereinbart2.", "wie vereinbart.1 2 Kommunen haben zugestimmt, laut Vertrag2.").replace(
        "EfA1-Online-Dienste", "EfA-Online-Dienste"
    )
    document = parse_lines(text_pages(HEAD + text), doc_id="ni-19-11250")
    assert document.questions[0].answer_text.endswith("wie vereinbart. 2 Kommunen haben zugestimmt, laut Vertrag.")
