"""A flat extraction (line breaks lost) whose answer ends in a table: the next question still starts."""

import json
from pathlib import Path

from click.testing import CliRunner

from indexer.cli import cli

CORPUS = Path(__file__).parent.parent / "queries" / "corpus"


def test_a_question_after_a_table_row_is_its_own_question():
    result = CliRunner().invoke(cli, ["parse", "--json", str(CORPUS / "sh-18-5069.txt")])
    assert result.exit_code == 0, result.output
    questions = json.loads(result.output)["questions"]
    assert [q["number"] for q in questions] == [1, 2, 3]
    assert questions[1]["answer"].rstrip().endswith("Gesamtausgaben 783.717,0")
    assert questions[2]["text"].startswith("Wie hoch ist der Anteil an Bundesmitteln")
    assert questions[2]["answer"].startswith("Die Erstattungsleistungen des Bundes")
