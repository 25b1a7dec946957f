"""A noun made with -ung, -heit or -keit is a word of its own: Snowball's stem would make
``Gefährdung`` (a state) the same word as ``Gefährder`` (a person).  Adjectives keep Snowball's
stem, so ``extremistischen`` still answers ``Extremisten``.  An index built with the older
terms is never searched with the new ones: it is rebuilt."""

import pytest
from click.testing import CliRunner
from whoosh.index import open_dir

from indexer import Engine, IndexMissingError, IndexOutdatedError, IndexStore
from indexer.analysis.analyzer import GermanStemFilter
from indexer.index.schema import TEXT_FIELDS
from web.cli import cli

from .quality_corpus import _doc


def _documents():
    return [
        _doc(
            5100,
            "Gefährder in Niedersachsen",
            [
                ("Wie viele Gefährder leben in Niedersachsen?", "Derzeit sind 41 Gefährder eingestuft."),
                ("Wie wird die Gefährdung von Schulen bewertet?", "Eine konkrete Gefährdung besteht nicht."),
                ("Wer prüft die Verfassungstreue?", "Bei extremistischen Bestrebungen prüft der Dienstherr."),
                ("Wie viele Landesregierungen haben Programme?", "Drei Landesregierungen fördern Programme."),
            ],
        )
    ]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    index = tmp_path_factory.mktemp("nouns")
    IndexStore(index).build(_documents())
    return Engine(index)


def _questions(result) -> list[int | None]:
    return sorted(hit.question for hit in result.hits if not hit.missing)


def test_a_person_is_not_the_state_named_after_the_same_verb(engine):
    result = engine.search("Gefährders")
    assert _questions(result) == [1]
    assert result.total == 1


def test_the_noun_still_finds_its_own_inflections(engine):
    assert _questions(engine.search("Gefährdungen")) == [2]
    assert _questions(engine.search("Landesregierung")) == [4]


def test_an_adjective_still_answers_its_noun(engine):
    assert _questions(engine.search("Extremisten")) == [3]


def _outdated_index(tmp_path):
    """An index whose pickled analyzer makes the terms of analysis 1 (Snowball stems)."""
    index = tmp_path / "index"
    store = IndexStore(index)
    store.build(_documents())
    whoosh_index = open_dir(str(store.current_path()))
    writer = whoosh_index.writer()
    for name in TEXT_FIELDS:
        stem_filter = writer.schema[name].analyzer.items[-1]
        assert isinstance(stem_filter, GermanStemFilter)
        stem_filter.analysis = 1
    writer.commit(merge=False)  # a new table of contents with the changed schema, nothing else
    return index


def test_an_index_of_older_terms_is_refused_with_what_to_do(tmp_path):
    index = _outdated_index(tmp_path)
    with pytest.raises(IndexOutdatedError, match="anfragen build"):
        Engine(index).search("Gefährder")
    assert isinstance(IndexOutdatedError("x"), IndexMissingError)  # the web shows it as 503, `add` rebuilds


def test_repair_rebuilds_an_index_of_older_terms(tmp_path):
    index = _outdated_index(tmp_path)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    runner = CliRunner()
    checked = runner.invoke(cli, ["--corpus", str(corpus), "--index", str(index), "check"])
    assert checked.exit_code == 1 and "anderen Sprachanalyse" in checked.output
    repaired = runner.invoke(cli, ["--corpus", str(corpus), "--index", str(index), "check", "--repair"])
    assert repaired.exit_code == 0, repaired.output
    assert not IndexStore(index).outdated()
