"""``anfragen similar-eval``: the share of shown similar answers judged to be about the same thing."""

import json

from click.testing import CliRunner

from indexer.measure.similarity import Judged, measure
from web.cli import main


def test_similar_answers_are_counted_as_judged(quality_engine):
    judged = [
        Judged("ni-19-1004#1", same=frozenset({"ni-19-1002#2"}), other=frozenset()),
        Judged("ni-19-1003#1", same=frozenset(), other=frozenset({"ni-19-1001#2"})),
        Judged("ni-19-1001#1", same=frozenset(), other=frozenset()),  # nothing shown: nothing counted
    ]
    result = measure(quality_engine, judged).to_json()
    assert (result["shown"], result["same"], result["other"], result["share_same"]) == (2, 1, 1, 0.5)
    assert result["unjudged"] == []


def test_an_answer_shown_but_not_judged_is_named(quality_engine):
    result = measure(quality_engine, [Judged("ni-19-1004#1", frozenset(), frozenset())]).to_json()
    assert result["unjudged"] == ["ni-19-1004#1 → ni-19-1002#2"] and result["share_same"] is None


def test_unreadable_judgments_get_a_german_message(tmp_path, index_dir):
    bad = tmp_path / "urteile.json"
    bad.write_text(json.dumps({"antworten": []}))
    result = CliRunner().invoke(main, ["--index", str(index_dir), "similar-eval", str(bad)])
    assert result.exit_code == 1 and "Die Urteile in" in result.output
