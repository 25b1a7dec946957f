"""The evaluation harness: judged queries → metrics for our engine and two baselines."""

import json
import shutil

import pytest

from indexer import AnfragenError
from indexer.measure.baselines import fts5_expression
from indexer.measure.eval_table import format_table
from indexer.measure.evaluate import evaluate, load_queries, score

QUERIES = [
    {"q": "Passiv-Aktiv-Transfer", "relevant": [{"doc": "nw-17-6448", "question": 4}], "kind": "hyphen"},
    {"q": "Langzeitarbeitslose", "relevant": [{"doc": "nw-17-6448", "question": 3}], "kind": "inflection"},
    {"q": "17/6448", "relevant": [{"doc": "nw-17-6448", "question": None}], "kind": "citation"},
]


@pytest.fixture
def eval_corpus(corpus_dir, tmp_path):
    """The seed plus a file that cannot be parsed: the harness must report it, not crash."""
    corpus = tmp_path / "corpus"
    shutil.copytree(corpus_dir, corpus)
    (corpus / "ni-19-1.txt").write_text("Dieser Text hat keine nummerierten Fragen.\n", encoding="utf-8")
    return corpus


@pytest.fixture
def query_file(tmp_path):
    path = tmp_path / "queries.json"
    path.write_text(json.dumps(QUERIES), encoding="utf-8")
    return path


def test_metrics_of_one_ranked_list():
    relevant = [("a", 1), ("a", 2)]
    perfect = score([("a", 1), ("a", 2)], relevant)
    assert (perfect.recall, perfect.rr, perfect.ndcg, perfect.success) == (1.0, 1.0, 1.0, 1.0)
    late = score([("b", 1), ("a", 2)], relevant)
    assert (late.recall, late.rr, late.success) == (0.5, 0.5, 0.0)
    assert 0 < late.ndcg < 0.5


def test_capped_recall_divides_by_what_ten_places_hold():
    relevant = [("a", n) for n in range(1, 16)]
    first_ten = score([("a", n) for n in range(1, 11)], relevant)
    assert (first_ten.recall, first_ten.recall_capped) == (10 / 15, 1.0)
    assert score([("a", 1)], relevant[:2]).recall_capped == 0.5


def test_question_null_means_any_answer_of_the_document():
    found = score([("b", 3), ("a", 7)], [("a", None)])
    assert (found.recall, found.rr) == (1.0, 0.5)


def test_harness_scores_our_engine_and_both_baselines(eval_corpus, query_file):
    evaluation = evaluate(load_queries(query_file), [eval_corpus])
    summaries = {run.name: run.summary() for run in evaluation.runs}
    assert set(summaries) == {"anfragen", "whoosh", "fts5"}
    assert summaries["anfragen"]["gesamt"]["recall@10"] == 1.0
    assert summaries["anfragen"]["citation"]["mrr"] == 1.0
    # Neither baseline stems nor reads the metadata number.
    assert summaries["whoosh"]["inflection"]["recall@10"] == 0.0
    assert summaries["fts5"]["citation"]["recall@10"] == 0.0
    assert [name for name, _error in evaluation.failed] == ["ni-19-1.txt"]
    table = format_table(evaluation)
    assert "gesamt" in table and "citation" in table and "übersprungen" in table


def test_eval_command_prints_json(runner, eval_corpus, query_file):
    result = runner("eval", str(query_file), "--corpus", str(eval_corpus), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["systems"]["anfragen"]["gesamt"]["queries"] == 3
    assert data["documents"] == 1 and len(data["failed"]) == 1


def test_eval_command_rejects_a_broken_query_file(runner, tmp_path):
    broken = tmp_path / "kaputt.json"
    broken.write_text('[{"relevant": []}]', encoding="utf-8")
    result = runner("eval", str(broken))
    assert result.exit_code == 1 and "Eintrag 1" in result.output and "Traceback" not in result.output


def test_fts5_baseline_quotes_words_so_numbers_and_hyphens_are_phrases():
    assert fts5_expression('Passiv-Aktiv "Kosten der" 17/6448') == '"Passiv Aktiv" AND "Kosten der" AND "17 6448"'


def test_unreadable_query_file_is_a_clear_error(tmp_path):
    path = tmp_path / "q.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(AnfragenError, match="nicht lesbar"):
        load_queries(path)


def test_recall_side_leaves_out_queries_that_rightly_have_no_relevant_answer():
    from indexer.measure.evaluate import Found, JudgedQuery, run_system

    queries = [JudgedQuery("a", (("a", 1),), "inflection"), JudgedQuery("b", (), "precision")]
    run = run_system("x", lambda q: Found([("a", 1)], frozenset({("a", 1)})), queries)
    summary = run.summary()
    assert summary["gesamt"]["recall@10"] == 1.0 and summary["gesamt"]["judged"] == 1
    assert summary["precision"]["recall@10"] is None and summary["precision"]["false_full"] == 1
