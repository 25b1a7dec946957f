"""A text kept by hand with its ending in capitals (``nw-17-7006.TXT``) is indexed like any other; replacing or
removing it left it behind: ``anfragen remove`` said „nicht im Korpus“, and a corrected ``.txt`` was added beside
the old ``.TXT``, so the corpus held two texts of one id and the index either of them."""

from __future__ import annotations

import pytest

from indexer.ingest.load import corpus_files, source_file
from indexer.search.engine import Engine

from .archive_helpers import archive_cli, indexed_ids, make_answer, marker


def _kept_by_hand(root, *numbers: int, ending: str = ".TXT"):
    anfragen = archive_cli(root / "site")
    for number in numbers:
        made = make_answer(root / "made", number)
        (anfragen.corpus / f"nw-17-{number}{ending}").write_bytes(made.read_bytes())
        (anfragen.corpus / f"nw-17-{number}.json").write_bytes(made.with_suffix(".json").read_bytes())
    result = anfragen("build")
    assert result.exit_code == 0, result.output
    return anfragen


@pytest.mark.parametrize("ending", [".TXT", ".Txt"])
def test_a_corrected_text_replaces_the_one_kept_with_its_ending_in_capitals(tmp_path, ending):
    anfragen = _kept_by_hand(tmp_path, 7006, ending=ending)
    corrected = make_answer(tmp_path / "corrected", 7006, extra_sentence="nach Korrektur der Zählweise ")
    result = anfragen("add", str(corrected))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in anfragen.corpus.glob("nw-17-7006.*")) == ["nw-17-7006.json", "nw-17-7006.txt"]
    hits = Engine(anfragen.index).search(f"{marker(7006)} Zählweise")
    assert [hit.doc_id for hit in hits.hits] == ["nw-17-7006"]
    assert anfragen("check").output.strip().endswith("Korpus und Index stimmen überein.")


@pytest.mark.parametrize("ending", [".TXT", ".Txt"])
def test_a_text_kept_with_its_ending_in_capitals_can_be_removed(tmp_path, ending):
    anfragen = _kept_by_hand(tmp_path, 7006, 7007, ending=ending)
    result = anfragen("remove", "nw-17-7007")
    assert result.exit_code == 0, result.output
    assert f"nw-17-7007{ending}" in result.output
    assert "nw-17-7007.json" in result.output and not list(anfragen.corpus.glob("nw-17-7007.*"))
    assert "nw-17-7007" not in indexed_ids(anfragen.index) and "nw-17-7006" in indexed_ids(anfragen.index)


def test_the_same_text_kept_with_its_ending_in_capitals_is_unchanged(tmp_path):
    """Adding the very bytes of ``nw-17-7006.TXT`` as ``.txt`` changes nothing (it said „ersetzt“)."""
    anfragen = _kept_by_hand(tmp_path, 7006)
    same = tmp_path / "same" / "nw-17-7006.txt"
    same.parent.mkdir()
    same.write_bytes((anfragen.corpus / "nw-17-7006.TXT").read_bytes())
    (same.parent / "nw-17-7006.json").write_bytes((anfragen.corpus / "nw-17-7006.json").read_bytes())
    result = anfragen("add", str(same))
    assert result.exit_code == 0 and "unverändert" in result.output, result.output


def test_a_text_with_its_ending_in_capitals_beside_its_pdf_is_the_source_the_corpus_indexes(tmp_path):
    """``x.Txt`` beside ``x.pdf``: the corpus indexed the text, but the archive compared a new version with the PDF."""
    (tmp_path / "nw-17-7006.Txt").write_text("Text", encoding="utf-8")
    (tmp_path / "nw-17-7006.pdf").write_bytes(b"%PDF-1.4")
    assert corpus_files(tmp_path) == [tmp_path / "nw-17-7006.Txt"]
    assert source_file(tmp_path, "nw-17-7006") == tmp_path / "nw-17-7006.Txt"
