"""The ``anfragen`` command line, through Click's runner."""

import json
import re
import shutil

import pytest
from click.testing import CliRunner

from web.cli import main

from .archive_helpers import make_answer
from .conftest import PROJECT


@pytest.mark.parametrize("command", ["build", "rebuild"])
def test_build_then_search(runner, tmp_path, command):
    index = tmp_path / "index"
    built = runner(command, index=index)
    assert built.exit_code == 0, built.output
    assert "1 Dokument, 14 Absätze" in built.output
    found = runner("search", "Teilhabechancengesetz", "--json", index=index)
    assert found.exit_code == 0
    assert [h["question"] for h in json.loads(found.output)["hits"] if not h["missing"]] == [4, 2, 3]
    assert json.loads(found.output)["hits"][0]["url"] == "http://127.0.0.1:5000/dokument/nw-17-6448#frage-4"


def test_search_prints_ranked_answers(runner):
    result = runner("search", "Passiv Aktiv Transfer")
    assert result.exit_code == 0
    assert result.output.startswith("1 Antwort für „Passiv Aktiv Transfer“\n")
    assert "     http://127.0.0.1:5000/dokument/nw-17-6448#frage-4\n" in result.output  # absolute: config default
    other = runner("search", "Passiv Aktiv Transfer", "--base-url", "https://anfragen.example.org/")
    assert "     https://anfragen.example.org/dokument/nw-17-6448#frage-4\n" in other.output


def test_search_names_each_hits_parliament_date_and_ministry(runner):
    """A hit's lines named its Drucksache and question but not the parliament, the date or the ministry, which the web
    page prints under each hit: staff citing from the terminal looked each answer up again (thirtieth new-user
    pass)."""
    result = runner("search", "Passiv Aktiv Transfer")
    assert (
        "(Drs. 17/6448, Frage 4)\n     Landtag Nordrhein-Westfalen · 04.06.2019 · Ministerium für Arbeit, "
        "Gesundheit und Soziales\n     http://127.0.0.1:5000/dokument/nw-17-6448#frage-4\n"
    ) in result.output


@pytest.mark.parametrize(
    "args",
    [
        ("-Kommunen Teilhabechancengesetz",),
        ("-Kommunen Teilhabechancengesetz", "--limit", "3"),
        ("--limit", "3", "-Kommunen Teilhabechancengesetz"),
    ],
)
def test_a_search_beginning_with_an_excluded_word_is_a_search_not_an_option(runner, args):
    """`-wort` is search syntax: a search that begins with it was refused as „Unbekannte Option „-K““."""
    result = runner("search", *args)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("2 Antworten für „-Kommunen Teilhabechancengesetz“\n")


def test_search_marks_words_on_a_terminal_and_prints_plain_text_when_piped(corpus_dir, index_dir):
    args = ["--corpus", str(corpus_dir), "--index", str(index_dir), "search", "Teilhabechancengesetz"]
    on_terminal = CliRunner().invoke(main, args, color=True).output
    piped = CliRunner().invoke(main, args, color=False).output
    assert "Mit dem \x1b[33m\x1b[1mTeilhabechancengesetz\x1b[0m, das" in on_terminal  # yellow, bold
    assert "\x1b[" not in piped and "Mit dem Teilhabechancengesetz, das" in piped


def test_a_snippet_over_two_paragraphs_stays_on_the_hits_indented_line(runner):
    """Answer 4 runs on in a second paragraph: its snippet broke the hit's block with a blank line."""
    result = runner("search", "Dortmund")
    assert "attraktiver ausgestaltet worden. Zusätzlich" in result.output
    hits = result.output.split("\n")[1:]
    assert all(line.startswith(("  ", " 1")) for line in hits if line), result.output


def test_a_page_beyond_the_last_says_so_and_prints_the_last(runner):
    """``--page 5`` of a search with three pages printed the count line and nothing else."""
    result = runner("search", "Teilhabechancengesetz", "--page", "5", "--limit", "2")
    assert result.exit_code == 0, result.output
    assert "Seite 5 gibt es nicht – die Suche hat 3 Seiten; hier die letzte.\n" in result.output
    assert "\n  5. " in result.output and "\n  1. " not in result.output


def test_exclusions_that_take_every_answer_are_said_as_on_the_page(runner):
    """The page says why „Arbeit -Langzeitarbeitslose“ finds nothing; the CLI printed only „0 Antworten“."""
    result = runner("search", "Transfer -Langzeitarbeitslose")
    assert result.exit_code == 0, result.output
    assert result.output == (
        "0 Antworten für „Transfer -Langzeitarbeitslose“\n"
        "1 Antwort enthält „Transfer“; „-Langzeitarbeitslose“ schließt sie aus: das Wort steht in der Antwort oder "
        "im Titel ihres Dokuments.\n"
    )


def test_relaxed_hits_say_what_they_lack(runner):
    result = runner("search", "Teilhabechancengesetz Quantencomputer")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("0 Antworten für „Teilhabechancengesetz Quantencomputer“ · dazu ")
    assert "     Es fehlt: Quantencomputer\n" in result.output


def test_no_answer_under_a_filter_says_so_as_the_page_does(runner):
    """„0 Antworten für „Transfer datum:2020““ and nothing else: the page said why, the terminal did not."""
    result = runner("search", "Transfer datum:2020")
    assert result.output == (
        "0 Antworten für „Transfer datum:2020“\n"
        "Keine Antwort enthält „Transfer“ und erfüllt zugleich den Filter „Datum: 01.01.2020 bis 31.12.2020“.\n"
    )
    only = runner("search", "partei:SPD datum:2020").output
    assert only.endswith(
        "\nKeine Antwort erfüllt zugleich die Filter „Partei: SPD“, „Datum: 01.01.2020 bis 31.12.2020“.\n"
    )
    assert "Keine Antwort" not in runner("search", "Quokkazucht").output  # no filter: the count says it all
    by_date = runner("search", "Teilhabechancengesetz Quokkazucht", "--sort", "neueste").output
    assert by_date == (  # the page offers „nach Relevanz sortieren“; the terminal said nothing
        "0 Antworten für „Teilhabechancengesetz Quokkazucht“\n"
        "Nach Relevanz sortiert (--sort relevanz) folgen Antworten, die nicht alle Suchbegriffe enthalten.\n"
    )


def test_a_lacking_word_is_named_without_the_questions_punctuation(runner, client):
    """A question typed as such named its last word with the question mark: „Es fehlt: Quantencomputer?“."""
    result = runner("search", "Teilhabechancengesetz und Quantencomputer?")
    assert (
        "     Es fehlt: Quantencomputer\n" in result.output
        and "Quantencomputer?" not in result.output.split("\n", 1)[1]
    )
    hits = client.get("/api/search", query_string={"q": "Teilhabechancengesetz, Quantencomputer!"}).get_json()["hits"]
    assert hits[0]["missing"] == ["Quantencomputer"] and not any("!" in "".join(hit["missing"]) for hit in hits)


def test_add_of_several_files_ends_with_a_summary(runner, tmp_path, corpus_dir):
    corpus, index = tmp_path / "korpus", tmp_path / "index"
    corpus.mkdir()
    shutil.copy(corpus_dir / "nw-17-6448.txt", corpus)
    shutil.copy(corpus_dir / "nw-17-6448.json", corpus)
    assert CliRunner().invoke(main, ["--corpus", str(corpus), "--index", str(index), "build"]).exit_code == 0
    new = make_answer(tmp_path / "neu", 7001)
    empty = tmp_path / "leer.txt"
    empty.write_text("")
    args = ["--corpus", str(corpus), "--index", str(index), "add", str(new), str(corpus / "nw-17-6448.txt"), str(empty)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert result.output.rstrip().endswith("3 Dateien: 1 hinzugefügt, 0 ersetzt, 1 unverändert, 1 abgelehnt.")


def test_the_parse_report_names_the_kleine_anfrage_as_far_as_it_is_known(runner, corpus_dir):
    """Niedersachsen's Kleine Anfragen have a Drucksache, no number: the report said „Nr. ?“ for each of them."""
    lines = runner("parse", str(PROJECT / "corpus" / "ni-19-11221.txt")).output.splitlines()
    assert "  Anfrage:          Kleine Anfrage, Drucksache 19/11029, gestellt am 23.06.2026" in lines
    seed = runner("parse", str(corpus_dir / "nw-17-6448.txt")).output.splitlines()
    assert "  Anfrage:          Kleine Anfrage Nr. 2509, Datum nicht erkannt" in seed


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
    assert f"Kein Suchindex in {tmp_path / 'kein-index'}" in result.output
    assert "--index VERZEICHNIS" in result.output and "ANFRAGEN_INDEX=VERZEICHNIS" in result.output
    result = runner("search", "")
    assert result.exit_code == 1 and "Suchbegriff" in result.output


def test_rebuild_progress_bar_ends_at_all_files_even_when_one_is_skipped(tmp_path, corpus_dir, monkeypatch):
    """On a terminal the bar counts files; a skipped file counts too, so the bar ends full."""
    import click._termui_impl

    corpus = tmp_path / "korpus"
    corpus.mkdir()
    shutil.copy(corpus_dir / "nw-17-6448.txt", corpus)
    (corpus / "nw-17-9999.txt").write_text("")  # refused: empty
    monkeypatch.setattr(click._termui_impl, "isatty", lambda _stream: True)
    result = CliRunner().invoke(main, ["--corpus", str(corpus), "--index", str(tmp_path / "index"), "rebuild"])
    assert result.exit_code == 0, result.output
    assert "Indexiere" in result.output and "[####################################]  2/2" in result.output
    assert "Übersprungen: nw-17-9999.txt" in result.output


def test_the_report_names_the_federal_government_for_the_bundestag() -> None:
    """ "Vorbemerkungen: … der Bundesregierung" in a Bundestag answer, not "der Landesregierung"."""
    from pathlib import Path

    from indexer.cli import validation_report
    from indexer.ingest.extract import text_pages
    from indexer.ingest.parse import parse_lines

    text = (Path(__file__).parent / "fixtures" / "bt-18-4919.txt").read_text(encoding="utf-8")
    report = validation_report(parse_lines(text_pages(text), doc_id="bt-18-4919"))
    assert any(line.startswith("  Vorbemerkungen:") and line.endswith("der Bundesregierung") for line in report)


def test_index_may_follow_the_subcommand_as_the_missing_index_message_advises(corpus_dir, index_dir, tmp_path):
    missing = CliRunner().invoke(main, ["--corpus", str(corpus_dir), "search", "Arbeit", "--index", str(tmp_path)])
    assert missing.exit_code == 1 and "Einen anderen Index wählen: --index VERZEICHNIS" in missing.output
    for index in ([f"--index={index_dir}"], ["--index", str(index_dir)]):
        found = CliRunner().invoke(main, ["--corpus", str(corpus_dir), "search", "Arbeit", "--limit", "1", *index])
        assert found.exit_code == 0, found.output
        assert found.output.startswith("5 Antworten für „Arbeit“")


def test_a_corpus_given_twice_is_refused_before_anything_is_built(tmp_path, corpus_dir):
    """Click keeps the last of two values: ``--corpus a --corpus b build`` indexed ``b`` alone and said nothing."""
    index = tmp_path / "index"
    args = ["--corpus", str(corpus_dir), "--corpus", str(tmp_path), "--index", str(index), "build"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert f"--corpus ist zweimal angegeben („{corpus_dir}“ und „{tmp_path}“)" in result.output
    assert "ein Ordner mit Verknüpfungen" in result.output
    assert not index.exists()
    twice = CliRunner().invoke(main, ["--index", str(index), "search", "Arbeit", "--index", str(tmp_path)])
    assert twice.exit_code == 2 and "--index ist zweimal angegeben" in twice.output


def test_a_subcommands_own_option_of_the_same_name_stays_its_own():
    import click

    from web.cli import cli

    ctx = click.Context(cli)
    args = ["eval", "q.txt", "--corpus", "a", "--index", "b"]
    assert cli.options_first(ctx, args) == args  # eval has --corpus and --index of its own
    assert cli.options_first(ctx, ["--corpus", "c", "search", "x", "--index", "i", "--json"]) == [
        "--corpus",
        "c",
        "--index",
        "i",
        "search",
        "x",
        "--json",
    ]
    assert cli.options_first(ctx, ["search", "--", "--index"]) == ["search", "--", "--index"]


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ["search", "Arbeit", "--page", "0"],
            "Ungültiger Wert für „--page“: 0 ist nicht erlaubt (erlaubt: mindestens 1).",
        ),
        (
            ["serve", "--production", "--threads", "65"],
            "Ungültiger Wert für „--threads“: 65 ist nicht erlaubt (erlaubt: von 1 bis 64).",
        ),
        (["search", "Arbeit", "--limit", "zehn"], "Ungültiger Wert für „--limit“: „zehn“ ist keine ganze Zahl."),
        (
            ["search", "Arbeit", "--sort", "zufall"],
            "Ungültiger Wert für „--sort“: „zufall“ ist nicht erlaubt (erlaubt: relevanz, neueste, aelteste).",
        ),
        (["search"], "Es fehlt das Argument QUERY."),
        (["search", "Arbeit", "--bogus"], "Unbekannte Option „--bogus“."),
        (["suche", "Arbeit"], "Unbekannter Befehl „suche“."),
        (["search", "Arbeit", "Schule"], "Überzähliges Argument: Schule"),
        (["parse", "/nicht/da.txt"], "Ungültiger Wert für „FILE“: Datei „/nicht/da.txt“ gibt es nicht."),
    ],
)
def test_usage_errors_are_german(runner, args, message):
    result = runner(*args)
    assert result.exit_code == 2
    assert f"Fehler: {message}" in result.output
    assert "Aufruf: " in result.output and "--help'." in result.output
    assert "Error" not in result.output and "Usage" not in result.output


def test_a_value_for_a_flag_is_refused_in_german(runner):
    result = runner("search", "Arbeit", "--json=ja")
    assert result.exit_code == 2 and "Fehler: Die Option „--json“ erwartet keinen Wert." in result.output


def test_help_is_german(runner):
    result = runner("search", "--help")
    assert result.exit_code == 0
    assert "Aufruf: " in result.output and "[OPTIONEN] QUERY" in result.output and "\nOptionen:\n" in result.output
    assert "Diese Hilfe zeigen und beenden." in result.output and "[Standard: 1; mindestens 1]" in result.output
    assert "Show this message" not in result.output and "default" not in result.output and "x>=" not in result.output
    overview = runner("--help").output
    assert "\nBefehle:\n" in overview and "BEFEHL [ARGUMENTE]..." in overview and "--index VERZEICHNIS" in overview


def test_our_own_errors_are_shown_as_fehler(runner):
    result = runner("serve", "--debug", "--production")
    assert result.exit_code == 2 and "Fehler: --debug und --production schließen sich aus." in result.output


def test_adding_a_missing_file_says_why_in_german(runner, tmp_path):
    result = runner("add", str(tmp_path / "fehlt.txt"))
    assert result.exit_code == 1
    assert "Datei nicht lesbar (die Datei gibt es nicht)." in result.output and "No such file" not in result.output


def test_parse_says_what_add_refuses_a_file_named_by_another_id(tmp_path):
    """th-6-80.txt holding Drucksache 6/79: `parse` printed „Keine Warnungen.“ with status 0, `add` refused it."""
    fixture = PROJECT / "tests" / "fixtures" / "th-6-79.txt"
    misnamed = tmp_path / "th-6-80.txt"
    shutil.copy(fixture, misnamed)
    result = CliRunner().invoke(main, ["parse", str(misnamed)])
    refusal = (
        "Fehler: Widerspruch: Kennung th-6-80, aber der Text ist Drucksache 6/79 (Kennung th-6-79). "
        "So lehnt 'anfragen add' die Datei ab."
    )
    assert result.exit_code == 1
    assert result.output.endswith(f"  {refusal}\n") and "Keine Warnungen." not in result.output  # not both at once
    # with --json the JSON as ever, and the refusal on stderr (it said nothing and ended with status 1)
    as_json = CliRunner().invoke(main, ["parse", str(misnamed), "--json"])
    assert as_json.exit_code == 1 and as_json.stderr == f"{refusal}\n"
    assert json.loads(as_json.stdout)["id"] == "th-6-80"
    named = CliRunner().invoke(main, ["parse", str(fixture)])
    assert named.exit_code == 0 and "Fehler" not in named.output


def test_a_file_named_for_another_parliament_is_refused_naming_both_parliaments(tmp_path):
    """th-6-79.txt saved as sn-6-79.txt: „Kennung sn-6-79, aber der Text ist Drucksache 6/79“ named the same number
    twice and left the archivist to find the fault: the parliament."""
    misnamed = tmp_path / "sn-6-79.txt"
    shutil.copy(PROJECT / "tests" / "fixtures" / "th-6-79.txt", misnamed)
    result = CliRunner().invoke(main, ["parse", str(misnamed)])
    assert result.exit_code == 1
    assert (
        "Fehler: Widerspruch: Kennung sn-6-79 (Sächsischer Landtag), aber der Text ist Drucksache 6/79 – Parlament: "
        "Thüringer Landtag (Kennung th-6-79)."
    ) in " ".join(result.output.split())


def test_the_parse_report_names_parliament_anfrage_and_dates_as_the_pages_do(runner):
    """`anfragen parse` printed „Parlament: by, Wahlperiode 17“, „Kleine Anfrage: …“ for Bayern's Schriftliche Anfrage
    and ISO dates („Beantwortet: 2015-09-03“), where the archive's web report says „Bayerischer Landtag, 17.
    Wahlperiode“, „Schriftliche Anfrage vom 12.08.2015“ and „03.09.2015“."""
    lines = runner("parse", str(PROJECT / "tests" / "fixtures" / "by-17-8003.txt")).output.splitlines()
    assert "  Parlament:        Bayerischer Landtag (by), 17. Wahlperiode" in lines
    assert "  Anfrage:          Schriftliche Anfrage, gestellt am 12.08.2015" in lines
    assert "  Beantwortet:      03.09.2015" in lines
    unterrichtung = runner("parse", str(PROJECT / "corpus" / "ni-19-11219.txt")).output.splitlines()
    assert "  Beschluss:        Drucksache 19/9059, vom 19.11.2025" in unterrichtung


def test_search_sets_the_answers_lacking_a_word_apart_as_the_web_page_does(runner):
    """The CLI said „dazu 3 Antworten, die nicht alles enthalten“ and ran them on after the counted hits, with no
    line where those end (seventeenth new-user pass)."""
    out = runner("search", "Langzeitarbeitslosigkeit").output
    lines = out.splitlines()
    # four: two say „Langzeitarbeitslosigkeit“, two „langzeitarbeitslosen“ (-los ↔ -losigkeit); one only its title
    assert lines[0].startswith("4 Antworten für „Langzeitarbeitslosigkeit“ · dazu ")
    assert lines[0].endswith(" Antwort, die den Begriff nicht selbst enthält")
    # in the number it heads: „Antworten, die … enthalten:“ stood above the one answer of „dazu 1 Antwort“
    tier = lines.index("  Antwort, die den Begriff nicht selbst enthält:")
    ranked = [line for line in lines[:tier] if re.match(r"\s+\d+\. ", line)]
    assert [line[:5] for line in ranked] == ["  1. ", "  2. ", "  3. ", "  4. "] and lines[tier + 1].startswith("  5. ")
    several = runner("search", "Langzeitarbeitslosigkeit Jobcenter").output
    assert " · dazu 3 Antworten, die nicht alle Begriffe selbst enthalten\n" in several
    assert "  Antworten, die nicht alle Begriffe selbst enthalten:" in several.splitlines()
