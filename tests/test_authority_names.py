"""A compound is also the name of an authority of the Bund or a Land: ``Verkehrsministerium`` is the
„Bundesministerium für Verkehr“ — where the text joins the two words as a name does."""

import pytest

from indexer import Engine
from tests.search_helpers import engine_over

ANSWERS = [
    ("Wer hat das Gutachten beauftragt?", "Das Bundesministerium für Digitales und Verkehr hat es beauftragt."),
    ("Wird der Verkehr gezählt?", "Das Bundesministerium prüft, ob der Verkehr zunimmt."),
    ("Wer prüft die Kameras?", "Die Landesbeauftragte für den Datenschutz hat die Kameras geprüft."),
    ("Wer zahlt die Leistungen?", "Die Leistungen zahlt die Bundesagentur für Arbeit."),
    ("Wer ist zuständig?", "Zuständig ist das Bundesministerium des Innern."),
    ("Wer arbeitet mit?", "Die Landesbeauftragte arbeitet mit dem Datenschutzbeirat zusammen."),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("authority-index"), 3101, "Zuständigkeiten", ANSWERS)


@pytest.mark.parametrize(
    ("query", "questions"),
    [
        ("Verkehrsministerium", [1]),  # not question 2: the ministry checks whether traffic grows
        ("Datenschutzbeauftragte", [3]),  # not question 6: a Landesbeauftragte beside a Datenschutzbeirat
        ("Arbeitsagentur", [4]),
        ("Innenministerium", [5]),
    ],
)
def test_an_authority_named_by_its_field_is_the_compound(engine, query, questions):
    result = engine.search(query)
    assert result.total == len(questions)
    assert [hit.question for hit in result.hits if not hit.missing] == questions
    assert [note.way for note in result.hits[0].match] == ["teile"]


def test_a_source_line_after_an_authority_names_no_other_one(tmp_path):
    """„des Statistischen Bundesamtes, Stand 31.12.2025“ is no Standesamt, „das Landesamt. Verkehr …“ no Verkehrsamt;
    „Bundesministerium für Landwirtschaft, Ernährung und Heimat“ is a Heimatministerium."""
    answers = [
        ("Woher?", "Nach den Daten des Statistischen Bundesamtes, Stand 31.12.2025, sind es 12."),
        ("Wer?", "Zuständig ist das Landesamt. Verkehr und Umwelt regelt der Kreis."),
        ("Wer noch?", "Beteiligt ist das Bundesministerium für Landwirtschaft, Ernährung und Heimat."),
    ]
    engine = engine_over(tmp_path, 3102, "Quellen", answers)
    assert engine.search("Standesamt").total == 0 and engine.search("Verkehrsamt").total == 0
    assert [hit.question for hit in engine.iter_hits("Heimatministerium")] == [3]
    assert [hit.question for hit in engine.iter_hits("Landwirtschaftsministerium")] == [3]
