"""A verb in the query meets its noun in -ung in the answers: researchers type the action (``Kliniken umwandeln``),
the answers name it („HELIOS Klinik Bad Gandersheim Umwandlung in ein RGZ“, ni-19-11251 of the shipped corpus).  The
hit is a full match, ranked below the word itself, and says how it matched.  Only a verb typed small, as German
writes one, of two syllables at least: a word typed capitalised is a noun, and a bare verb's noun mostly names a thing
of its own (``wohnen`` is no „Wohnung“)."""

import pytest

from indexer import Engine


@pytest.fixture(scope="module")
def engine(shipped_index_dir) -> Engine:
    return Engine(shipped_index_dir)


@pytest.mark.parametrize("verb", ["umwandeln", "umgewandelt"])
def test_a_verb_finds_the_answer_that_names_its_action_by_the_noun(engine, verb) -> None:
    result = engine.search(f"Klinik {verb}")
    found = [(hit.doc_id, hit.question) for hit in result.hits[: result.total]]
    assert ("ni-19-11251", 20) in found
    hit = next(hit for hit in result.hits if (hit.doc_id, hit.question) == ("ni-19-11251", 20))
    assert hit.match[1].text == f"Umwandlung ← {verb} (Verb ↔ Nomen)"
    assert hit.match[1].to_json() == {
        "wort": verb,
        "art": "verb_nomen",
        "beschreibung": "Verb ↔ Nomen",
        "gefunden_als": "Umwandlung",
    }


def test_a_verb_no_text_writes_so_is_no_typo_where_its_noun_is_written(engine) -> None:
    """``evakuieren`` stands in no answer; „Evakuierung“ does: the word is searched, not corrected to another."""
    result = engine.search("evakuieren")
    assert [(hit.doc_id, hit.question) for hit in result.hits[: result.total]] == [
        ("ni-19-11183", 3),
        ("ni-19-11183", 5),
    ]
    assert result.hits[0].match[0].text == "Evakuierung ← evakuieren (Verb ↔ Nomen)"


def test_only_a_verb_typed_small_meets_its_noun(engine) -> None:
    """The noun itself finds what it found; the verb typed capitalised is a noun (das Umwandeln) and a bare verb's
    noun another thing: neither starts meeting the noun in -ung."""
    found = {query: _full(engine, query) for query in ("umwandeln", "Umwandlung", "Umwandeln")}
    assert found == {
        "umwandeln": [("ni-19-11251", 20), ("ni-19-11225", 1), ("ni-19-11195", 2)],
        "Umwandlung": [("ni-19-11251", 20), ("ni-19-11225", 1), ("ni-19-11195", 2)],
        "Umwandeln": [],
    }
    for bare in ("wohnen", "warten", "bilden"):
        notes = [note.text for hit in engine.search(bare).hits for note in hit.match]
        assert notes and not any("Verb ↔ Nomen" in note for note in notes), (bare, notes)


def _full(engine: Engine, query: str) -> list[tuple[str, int | None]]:
    """The full matches, in their order."""
    result = engine.search(query)
    return [(hit.doc_id, hit.question) for hit in result.hits[: result.total]]
