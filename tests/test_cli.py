"""The ``anfragen`` command line, through Click's runner."""

import json

import pytest


@pytest.mark.parametrize("command", ["build", "rebuild"])
def test_build_then_search(runner, tmp_path, command):
    index = tmp_path / "index"
    built = runner(command, index=index)
    assert built.exit_code == 0, built.output
    assert "1 Dokumente, 14 Absätze" in built.output
    found = runner("search", "Teilhabechancengesetz", "--json", index=index)
    assert found.exit_code == 0
    assert [h["question"] for h in json.loads(found.output)["hits"]] == [4, 2, 3]


def test_search_prints_ranked_answers(runner):
    result = runner("search", "Passiv Aktiv Transfer")
    assert result.exit_code == 0
    assert "1 Antworten" in result.output
    assert "/dokument/nw-17-6448#frage-4" in result.output


def test_parse_json_shape(runner, corpus_dir):
    result = runner("parse", str(corpus_dir / "nw-17-6448.txt"), "--json")
    data = json.loads(result.output)
    assert {
        "id",
        "parliament",
        "wahlperiode",
        "drucksache",
        "anfrage_nr",
        "title",
        "askers",
        "ministry",
        "date_answered",
        "preamble",
        "questions",
    } <= set(data)
    assert (data["id"], data["wahlperiode"], data["anfrage_nr"], data["date_answered"]) == (
        "nw-17-6448",
        17,
        2509,
        "2019-06-04",
    )
    assert [q["number"] for q in data["questions"]] == [1, 2, 3, 4, 5]
    assert data["questions"][3]["answer"].count("\n\n") == 1


def test_errors_are_messages_not_tracebacks(runner, tmp_path):
    empty = tmp_path / "leer.txt"
    empty.write_text("")
    result = runner("parse", str(empty))
    assert result.exit_code == 1 and "leer" in result.output and "Traceback" not in result.output
    result = runner("search", "Arbeit", index=tmp_path / "kein-index")
    assert result.exit_code == 1 and "anfragen build" in result.output
    result = runner("search", "")
    assert result.exit_code == 1 and "Suchbegriff" in result.output
