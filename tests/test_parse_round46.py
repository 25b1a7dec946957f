"""Round 46: 15 answers the parser had never seen (Sachsen-Anhalt, Hessen, Bayern, Thüringen, Schleswig-Holstein, the
Bundestag; pages of the `pages` corpus, byte for byte), measured before the parser was changed; each misreading mended
as a layout or sentence form, not as a file.  Each test reads a held text and asserts what a reader gets (a question,
its answer, a field, the refusal); every test fails on main before the round (233dd39e)."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import ParseError
from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_thueringens_title_that_asks_before_the_quoted_wording_is_no_question() -> None:
    """Thüringen, one line: „… Hat der Thüringer Minister … sein Amt für private Zwecke missbräuchlich genutzt? Die
    Kleine Anfrage 1326 vom 11. August 2016 hat folgenden Wortlaut: Laut einem Vorabbericht …“, the copy stopping in
    the askers' introduction — the title is no question; the copy is refused, saying where it stops (before: the title
    was question 1, „Wahlperiode Hat der Thüringer Minister …?“, the introduction its answer)."""
    with pytest.raises(ParseError, match=r"Der Text endet mitten im Satz \(„… .*In de“\), vor der ersten Frage"):
        load_document(CUT / "th-6-2805.txt")


def test_a_joint_heading_naming_a_part_of_a_question_it_names_whole_keeps_the_answer_whole() -> None:
    """Bayern: „Zu 1. bis 5. und 5. a): Wegen des Sachzusammenhangs werden die Fragen gemeinsam beantwortet. …“ —
    questions 1 to 5 share the answer as printed (before: each answer opened „a) Wegen …“, as if part a) of each);
    the title ends before the askers' introduction that ends on a quotation („… in Deutschland dar.“ Ich frage daher
    die Staatsregierung:“; before: the title ran on over the whole introduction)."""
    document = load_document(CUT / "by-17-3306.txt")
    for number in range(1, 6):
        assert _answer(document, number).startswith("Wegen des Sachzusammenhangs werden die Fragen gemeinsam")
    assert document.title == "Investitionsbedarf kommunaler Straßenbrücken in Bayern"


def test_a_repeated_part_a_answered_before_parts_b_and_c_are_repeated_answers_the_question() -> None:
    """Bayern: „Antwort des Staatsministeriums … vom 12.01.2015 1. a) Wie hoch wurden die Mittel … aufgestockt ? Das
    hohe Niveau … beibehalten. b) Wie verteilt sich …? c) …? Wegen des Sachzusammenhangs …“ — question 1 keeps its
    listed parts a) to c) and has its answers (before: no question had an answer, „Keine der 6 Fragen hat eine
    Antwort“); the copy's stop in question 2's repetition is said."""
    document = load_document(CUT / "by-17-4914.txt")
    assert _question_text(document, 1).endswith("c) Wie verteilt sich die Gesamtsumme auf Sanierung der Staatsstraßen?")
    assert "Das hohe Niveau des Nachtragshaushalts 2014" in _answer(document, 1)
    assert "Für die Bestandserhaltung der Staatsstraßen sind jeweils 150 Mio. € pro Jahr vorgesehen." in _answer(
        document, 1
    )
    assert any(warning.startswith("Der Text endet in der Wiederholung von Frage 2") for warning in document.warnings)


def test_the_next_question_after_a_list_of_parts_without_full_stops_is_its_own() -> None:
    """Bayern: „… 2018)? a) Main-Spessart b) Bad Kissingen … k) Bayern 2. Wie viel Geld wurde für die Sanierung …?
    a) Main-Spessart … k) Bayern Antwort des Staatsministeriums für Wohnen, Bau und Verkehr vom 04.09.2018 Zu 1. und
    2.: …“ — question 2 is read, and the joint answer is both questions' (before: question 2 was inside question 1,
    and the answer part's heading inside answer 1)."""
    document = load_document(CUT / "by-17-23699.txt")
    assert _question_text(document, 2).startswith("Wie viel Geld wurde für die Sanierung und den Ausbau")
    for number in (1, 2):
        assert _answer(document, number).startswith("Für Bundesautobahnen liegen keine belastbaren Angaben")
    assert "Antwort des Staatsministeriums" not in _answer(document, 1)


def test_a_question_number_without_full_stop_before_its_part_a_and_the_repeated_copy_after_a_table() -> None:
    """Bayern: „… Städten)? 2 a) Wie entwickelte sich die Anzahl der Bienenvölker …?“ and, in the answer part, its
    copy right after answer 1's table („… Quelle: Landesverbände 2. a) Wie entwickelte sich …? Der Staatsregierung
    liegen nur …“) — question 2 is read and has its answer; the ministry named before „in Abstimmung mit …“ is read
    (before: no question 2, answer 1 ran on over it, no ministry)."""
    document = load_document(CUT / "by-17-19203.txt")
    assert _question_text(document, 2).startswith("a) Wie entwickelte sich die Anzahl der Bienenvölker")
    assert _answer(document, 1).endswith("Quelle: Landesverbände")
    assert _answer(document, 2).startswith("Der Staatsregierung liegen nur die Meldungen der Verbände")
    assert document.ministry == "Staatsministerium für Ernährung, Landwirtschaft und Forsten"


def test_a_copy_stopping_in_the_first_word_of_a_questions_follow_up_has_no_answer() -> None:
    """The Bundestag, one line: „2. Hat die angekündigte Ermittlung … stattgefunden ? Wenn ja, wie viele Netzlücken
    gibt es, und wie viele davon wurden bereits geschlossen? Wen“ — the copy stops in the question's next „Wenn …“:
    „Wen“ is question 2's, no question has an answer, and the cut is said (before: „Wen“ was the joint answer of
    questions 1 and 2)."""
    document = load_document(CUT / "bt-18-11297.txt")
    assert _question_text(document, 2).endswith("wie viele davon wurden bereits geschlossen? Wen")
    assert _answer(document, 1) == _answer(document, 2) == ""
    assert any(warning.startswith("Frage 2 endet mitten im Satz („… ") for warning in document.warnings)
