"""Questions answered together follow the question whose words match (issue 16): the joint answer
answers them too. They are listed below the full matches, labelled, and never counted."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer import Document, Engine, IndexStore, Question
from web import create_app
from web.cli import main

# Real text: "Die Fragen 2 bis 4 werden zusammenhängend beantwortet." Only question 2 names the lack of suspicion.
FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE = FIXTURES / "mv-7-345.txt"
QUERY = "mangelnder Tatverdacht"
# Real text: question 1 names the "Nutzen-Kosten-Verhältnis", answered together with questions 2 and 7.
GUESSED = FIXTURES / "bt-21-690.txt"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    corpus, index = tmp_path_factory.mktemp("joint-corpus"), tmp_path_factory.mktemp("joint-index")
    for path in (FIXTURE, GUESSED):
        shutil.copy(path, corpus / path.name)
    result = CliRunner().invoke(main, ["--corpus", str(corpus), "--index", str(index), "build"])
    assert result.exit_code == 0, result.output
    return corpus, index


def test_the_other_questions_of_the_joint_answer_follow_labelled_and_uncounted(built):
    result = Engine(built[1]).search(QUERY)
    assert result.total == 1
    assert [(hit.question, hit.notes, hit.lacks) for hit in result.hits[:3]] == [
        (2, [], []),
        (3, ["gemeinsam beantwortet mit Frage 2"], []),
        (4, ["gemeinsam beantwortet mit Frage 2"], []),
    ]


def test_the_hit_says_how_it_met_the_words(built):
    hit = Engine(built[1]).search(QUERY).hits[1]
    assert hit.found_as == ("mangelnder (über die gemeinsame Antwort); Tatverdacht (über die gemeinsame Antwort)")
    assert [note.to_json()["art"] for note in hit.match] == ["gemeinsam", "gemeinsam"]


def test_a_list_by_date_holds_only_the_full_match(built):
    assert [hit.question for hit in Engine(built[1]).search(QUERY, sort="neueste").hits] == [2]


def test_the_page_shows_the_label(built):
    corpus, index = built
    client = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()
    page = client.get("/", query_string={"q": QUERY}).get_data(as_text=True)
    assert "1 Antwort für „mangelnder Tatverdacht“" in page
    # the two jointly answered questions (not question 1: one answer of four matches, less than a third)
    assert "dazu 2 Antworten, die nicht alle Begriffe selbst enthalten" in page
    assert page.count("gemeinsam beantwortet mit Frage 2") == 2


def test_the_joint_questions_of_a_guessed_abbreviations_answer_follow_it(built):
    hits = Engine(built[1]).search("NKV").hits
    assert [(hit.question, hit.missing) for hit in hits[:3]] == [
        (1, ("Abkürzung vermutet: NKV ← Nutzen-Kosten-Verhältnis",)),
        (2, ("gemeinsam beantwortet mit Frage 1",)),
        (7, ("gemeinsam beantwortet mit Frage 1",)),
    ]


def test_an_excluded_word_drops_only_the_question_that_holds_it(built):
    hits = Engine(built[1]).search(QUERY + " -Verurteilung").hits  # question 4 asks about convictions
    assert [(hit.question, hit.notes) for hit in hits[:2]] == [(2, []), (3, ["gemeinsam beantwortet mit Frage 2"])]
    assert all(hit.question != 4 for hit in hits if hit.doc_id == "mv-7-345")


def test_a_filter_keeps_the_joint_questions_with_their_document(built):
    assert [hit.question for hit in Engine(built[1]).search(QUERY + " partei:AfD").hits[:3]] == [2, 3, 4]


def test_a_joint_question_listed_for_its_own_words_keeps_its_own_label(tmp_path):
    shared = ("Die Fragen 1 und 2 werden zusammen beantwortet. Eine Statistik wird nicht geführt.",)
    IndexStore(tmp_path).build(
        [
            Document(
                id="ni-19-3201",
                parliament="ni",
                wahlperiode=19,
                drucksache="19/3201",
                title="Einstellungen von Ermittlungsverfahren",
                questions=(
                    Question(
                        1, "Wie oft wurde mangels Beweisen eingestellt, etwa bei mangelndem Tatverdacht?", shared, (2,)
                    ),
                    Question(2, "Und bei mangelndem, also fehlendem Tatverdacht gegen Jugendliche?", shared, (1,)),
                ),
            )
        ]
    )
    hits = Engine(tmp_path).search('"mangelnder Tatverdacht"').hits
    assert [(hit.question, hit.missing) for hit in hits] == [
        (1, ()),
        (2, ("nur mit Einschub: „mangelnder Tatverdacht“",)),  # its own words, not only its partner's
    ]


def _joint_pair(number: int, first: str, second: str) -> Document:
    """A document whose questions 1 and 2 share one answer."""
    shared = ("Die Fragen 1 und 2 werden zusammen beantwortet. Eine Statistik wird nicht geführt.",)
    return Document(
        id=f"ni-19-{number}",
        parliament="ni",
        wahlperiode=19,
        drucksache=f"19/{number}",
        title="Anfrage",
        questions=(Question(1, first, shared, (2,)), Question(2, second, shared, (1,))),
    )


def test_a_joint_question_lacking_several_words_is_listed_as_joint(tmp_path):
    """Question 2 holds both words only as scattered parts (two loose words: after every answer lacking one word);
    answered together with the full match, it follows that instead, labelled joint."""
    first, second = (
        "Gab es Polizeigewalt gegen Schulsozialarbeit?",
        (
            "Hat die Polizei im Jahr 2024 an einer der Schulen des Landes, die der Bericht nennt, Gewalt angewandt, "
            "und wie steht es nach Auskunft der freien Träger um deren Sozialarbeit?"
        ),
    )
    IndexStore(tmp_path).build([_joint_pair(3301, first, second)])
    hits = Engine(tmp_path).search("Polizeigewalt Schulsozialarbeit").hits
    assert [(hit.question, hit.missing) for hit in hits] == [(1, ()), (2, ("gemeinsam beantwortet mit Frage 1",))]


@pytest.mark.parametrize("documents, followed", [(20, True), (21, False)])
def test_the_joint_questions_of_a_guess_met_all_over_the_archive_are_not_looked_up(tmp_path, documents, followed):
    """Each document is read whole to find the joint questions: a guess met in more than 20 documents is followed
    no further (its own answers are still listed)."""
    pairs = [
        _joint_pair(3400 + n, "Wie voll ist die Zentrale Erstaufnahme?", "Und im Sommer?") for n in range(documents)
    ]
    IndexStore(tmp_path).build(pairs)
    hits = Engine(tmp_path).search("ZEA", per_page=100).hits
    assert sum(hit.question == 1 for hit in hits) == documents
    assert any(hit.question == 2 for hit in hits) is followed


def test_an_unterrichtungs_items_answered_together_are_named_as_items(tmp_path):
    """An Unterrichtung answers a Beschluss's items, not questions: „gemeinsam beantwortet mit Nr. 1“."""
    items = replace(
        _joint_pair(3311, "Die Fahrzeugflotte elektrifizieren.", "Ladepunkte schaffen."), kind="unterrichtung"
    )
    IndexStore(tmp_path).build([items])
    hits = Engine(tmp_path).search("Fahrzeugflotte").hits
    assert [(hit.question, hit.missing) for hit in hits] == [(1, ()), (2, ("gemeinsam beantwortet mit Nr. 1",))]
