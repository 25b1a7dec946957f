"""A text kept by hand with its ending in capitals (``nw-17-7006.TXT``) is indexed like any other; replacing or
removing it left it behind: ``anfragen remove`` said „nicht im Korpus“, and a corrected ``.txt`` was added beside
the old ``.TXT``, so the corpus held two texts of one id and the index either of them."""

from __future__ import annotations

from indexer.search.engine import Engine

from .archive_helpers import archive_cli, indexed_ids, make_answer, marker


def _kept_by_hand(root, *numbers: int):
    anfragen = archive_cli(root / "site")
    for number in numbers:
        made = make_answer(root / "made", number)
        (anfragen.corpus / f"nw-17-{number}.TXT").write_bytes(made.read_bytes())
        (anfragen.corpus / f"nw-17-{number}.json").write_bytes(made.with_suffix(".json").read_bytes())
    result = anfragen("build")
    assert result.exit_code == 0, result.output
    return anfragen


def test_a_corrected_text_replaces_the_one_kept_with_its_ending_in_capitals(tmp_path):
    anfragen = _kept_by_hand(tmp_path, 7006)
    corrected = make_answer(tmp_path / "corrected", 7006, extra_sentence="nach Korrektur der Zählweise ")
    result = anfragen("add", str(corrected))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in anfragen.corpus.glob("nw-17-7006.*")) == ["nw-17-7006.json", "nw-17-7006.txt"]
    hits = Engine(anfragen.index).search(f"{marker(7006)} Zählweise")
    assert [hit.doc_id for hit in hits.hits] == ["nw-17-7006"]
    assert anfragen("check").output.strip().endswith("Korpus und Index stimmen überein.")


def test_a_text_kept_with_its_ending_in_capitals_can_be_removed(tmp_path):
    anfragen = _kept_by_hand(tmp_path, 7006, 7007)
    result = anfragen("remove", "nw-17-7007")
    assert result.exit_code == 0, result.output
    assert "nw-17-7007.TXT" in result.output
    assert "nw-17-7007.json" in result.output and not list(anfragen.corpus.glob("nw-17-7007.*"))
    assert "nw-17-7007" not in indexed_ids(anfragen.index) and "nw-17-7006" in indexed_ids(anfragen.index)
