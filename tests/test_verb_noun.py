"""A verb in the query meets its noun in -ierung in the answers: researchers type the action (``Strecke
elektrifizieren``), the answers name it („nach dem Ausbau und der Elektrifizierung der Strecke“, ni-19-11179 of the
shipped corpus).  The hit is a full match, ranked below the word itself, and says how it matched.  Only a verb in
-ieren typed small, as German writes a verb: a word typed capitalised is a noun, and a native verb's noun in -ung
mostly names more (``umwandeln`` is no „Umwandlung“ here, ``wohnen`` no „Wohnung“)."""

import pytest

from indexer import Engine


@pytest.fixture(scope="module")
def engine(shipped_index_dir) -> Engine:
    return Engine(shipped_index_dir)


@pytest.mark.parametrize("verb", ["elektrifizieren", "elektrifiziert"])
def test_a_verb_finds_the_answer_that_names_its_action_by_the_noun(engine, verb) -> None:
    result = engine.search(f"Strecke {verb}")
    assert _full(engine, f"Strecke {verb}") == [("ni-19-11179", 5)]
    assert result.hits[0].match[1].text == f"Elektrifizierung ← {verb} (Verb ↔ Nomen)"
    assert result.hits[0].match[1].to_json() == {
        "wort": verb,
        "art": "verb_nomen",
        "beschreibung": "Verb ↔ Nomen",
        "gefunden_als": "Elektrifizierung",
    }


def test_the_verb_itself_ranks_first(engine) -> None:
    """„Produktionsprozesse elektrifizieren“ and „Elektrifizierung“ are both found, the word as typed first."""
    result = engine.search("elektrifizieren")
    assert [note.text for hit in result.hits[:2] for note in hit.match] == [
        "elektrifizieren (genaues Wort)",
        "Elektrifizierung ← elektrifizieren (Verb ↔ Nomen)",
    ]


def test_a_verb_no_text_writes_so_is_no_typo_where_its_noun_is_written(engine) -> None:
    """``evakuieren`` stands in no answer; „Evakuierung“ does: the word is searched, not corrected to another."""
    assert _full(engine, "evakuieren") == [("ni-19-11183", 3), ("ni-19-11183", 5)]
    assert engine.search("evakuieren").hits[0].match[0].text == "Evakuierung ← evakuieren (Verb ↔ Nomen)"


def test_only_a_verb_in_ieren_typed_small_meets_its_noun(engine) -> None:
    """The noun itself finds what it found; the verb typed capitalised is a noun (das Elektrifizieren), a native verb's
    noun more than its action, a bare verb's another thing: none of them starts meeting a noun in -ung."""
    found = {query: len(_full(engine, query)) for query in ("elektrifizieren", "Elektrifizierung", "Elektrifizieren")}
    assert found == {"elektrifizieren": 5, "Elektrifizierung": 4, "Elektrifizieren": 2}
    assert _full(engine, "umwandeln") == [] and len(_full(engine, "Umwandlung")) == 3
    for verb in ("umwandeln", "wohnen", "warten", "bilden"):
        notes = [note.text for hit in engine.search(verb).hits for note in hit.match]
        assert not any("Verb ↔ Nomen" in note for note in notes), (verb, notes)


def _full(engine: Engine, query: str) -> list[tuple[str, int | None]]:
    """The full matches, in their order."""
    result = engine.search(query)
    return [(hit.doc_id, hit.question) for hit in result.hits[: result.total]]


def test_a_noun_in_nearly_every_answer_is_no_verb_s_topic(engine) -> None:
    """``regieren``: „Landesregierung“ stands in most answers of the shipped corpus (its everyday word, not the act of
    governing), so it meets none of them; a rarer noun still meets its verb."""
    assert not any(note.way == "verb_nomen" for hit in engine.search("regieren").hits for note in hit.match)
    assert engine.search("regieren").total < 5
    assert any(note.way == "verb_nomen" for hit in engine.search("elektrifizieren").hits for note in hit.match)


@pytest.mark.parametrize("typed", ["qualifizierte Fachkräfte", "qualifizierten Fachkräften"])
def test_a_participle_before_a_noun_is_no_verb(engine, typed) -> None:
    """``qualifizierte Fachkräfte`` are skilled workers, not their „Qualifizierung“: a form in -te, -ten stands before a
    noun as an adjective as often as it is a past tense, so it meets no noun in -ierung."""
    assert not any(note.way == "verb_nomen" for hit in engine.search(typed).hits for note in hit.match)
