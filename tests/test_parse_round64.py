"""Round 64: Landtag answers the parser had never seen (Berlin, Hamburg, Niedersachsen, Rheinland-Pfalz,
Schleswig-Holstein; pages of the `pages` corpus, byte for byte), measured before the parser was changed; the
misreadings mended as layouts, not as files.  Each test reads a held copy as a reader would, and asserts what that
reader gets; every test fails on main before the round (36ad3835)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_a_rhineland_palatinate_cover_without_its_page_head_names_its_parliament_and_title() -> None:
    """Rheinland-Pfalz, the copy opening on „Drucksache 16/2941 31. 10. 2013 K l e i n e A n f r a g e des Abgeordneten
    … und A n t w o r t des Ministeriums des Innern, für Sport und Infrastruktur Sieg-Radweg I Die Kleine Anfrage 1943
    vom 9. Oktober 2013 hat folgenden Wortlaut:“, the askers' introduction naming Nordrhein-Westfalen before
    Rheinland-Pfalz — the parliament is Rheinland-Pfalz's and the title is read (before: Nordrhein-Westfalen, so that
    'anfragen add' refused the file as a contradiction to its id, and no title)."""
    document = load_document(CUT / "rp-16-2941.txt")
    assert document.parliament == "rp"
    assert document.title == "Sieg-Radweg I"
    assert [question.number for question in document.questions] == [1, 2]


def test_a_request_pointing_to_question_one_stays_with_its_question() -> None:
    """Hamburg: „2. Welche kirchlichen … Friedhöfe existieren in Hamburg …? Bitte analog zu 1. aufbereiten. In Hamburg
    gibt es …“ — the request is question 2's, the answer begins after it (before: the answer was part of the question
    and question 2 had no answer)."""
    document = load_document(CUT / "hh-21-2577.txt")
    second = document.question(2)
    assert second is not None
    assert second.text.endswith("wie ist hier die Entwicklung der Belegung? Bitte analog zu 1. aufbereiten.")
    assert second.answer[0].startswith("In Hamburg gibt es neben den staatlichen Friedhöfen folgende kirchliche")
    assert "Frage 2 hat keine Antwort." not in document.warnings


def test_an_answer_stopping_on_a_cited_paragraph_is_said_to_be_cut() -> None:
    """Hamburg: the copy stops in answer 3 on „… dass die Frist gemäß § 10“ — the reader is told (before: nothing was
    said)."""
    document = load_document(CUT / "hh-21-14371.txt")
    assert (
        "Die Antwort zu Frage 3 endet mitten im Satz („… die Frist gemäß § 10“): Der Text ist wohl unvollständig."
        in document.warnings
    )


def test_the_one_question_labelled_frage_after_the_vorbemerkung_is_asked_whole() -> None:
    """Schleswig-Holstein: „Vorbemerkung des Fragestellers: … verbessert werden kann. Frage: Sind die Wartezeiten …
    zufriedenstellend? Sieht die Landesregierung …? Antwort: …“ — both sentences are the question, the Vorbemerkung
    ends before the label (before: the first sentence and the label ended the Vorbemerkung)."""
    document = load_document(CUT / "sh-18-488.txt")
    assert len(document.questions) == 1
    assert document.questions[0].text == (
        "Sind die Wartezeiten auf der Fährverbindung Glückstadt-Wischhafen aus Sicht der Landesregierung"
        " zufriedenstellend? Sieht die Landesregierung kurzfristig zu realisierende Möglichkeiten, die Wartezeiten in"
        " Stoßzeiten abzukürzen, und wie setzt sie sich dafür ein?"
    )
    assert document.preamble[-1].endswith("in der Zwischenzeit verbessert werden kann.")


def test_the_question_after_a_lettered_parts_one_word_answer_is_read() -> None:
    """Schleswig-Holstein: „Antwort: Der Landesregierung ist bekannt, … kommt. a. Nein b. Nein 2. Welche Auswirkungen
    …? Antwort: …“ — question 2 and its answer are read (before: both were answer 1's, and question 2 was said to be
    missing)."""
    document = load_document(CUT / "sh-18-4598.txt")
    assert [question.number for question in document.questions] == [1, 2, 3, 4]
    first, second = document.question(1), document.question(2)
    assert first is not None and second is not None
    assert first.answer[-1].endswith("gelegentlich zu Stausituationen an der Priwallfähre kommt. a. Nein b. Nein")
    assert second.text == (
        "Welche Auswirkungen haben diese Staus nach Ansicht der Landesregierung auf den Tourismus und die Anwohner auf"
        " Priwall?"
    )
    assert second.answer[0].startswith("Erkenntnisse über messbare negative Auswirkungen der Staus")
    assert not any("Frage 2 fehlt" in warning for warning in document.warnings)


def test_lower_saxonys_older_cover_gives_the_title_and_its_answer_head_is_no_answer() -> None:
    """Niedersachsen, 17th period: „Antwort auf eine Kleine schriftliche Anfrage - Drucksache 17/3339 - Wortlaut der
    Anfrage der Abgeordneten … (CDU), eingegangen am 15.04.2015 Woher kommen die Wölfe, …? Bei Schafen …“, the copy
    stopping in the answer's head („(An die Staatskanzlei übersandt am 21.04.2015) Antwort der Landesregierung
    Niedersächsisches Ministerium Hannover, den 15.07.2015 für Umwelt, … - MinB“) — the title is the question's, the
    introduction follows it, and no answer is made up (before: the page head and introduction were the title, and the
    answer's head was one answer to all five questions)."""
    document = load_document(CUT / "ni-17-3960.txt")
    assert document.title == "Woher kommen die Wölfe, die jetzt in Niedersachsen beheimatet sind?"
    assert document.preamble[0].startswith("Bei Schafen und anderen Nutztieren, die vermutlich von einem Wolf")
    assert [question.number for question in document.questions] == [1, 2, 3, 4, 5]
    assert not any(question.answer or question.answered_with for question in document.questions)
    assert document.ministry == "Niedersächsisches Ministerium für Umwelt, Energie und Klimaschutz"
