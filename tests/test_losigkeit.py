"""An adjective in -los and its noun in -losigkeit are one topic: ``Langzeitarbeitslose`` finds the answer about
„Langzeitarbeitslosigkeit“ (bt-19-10506), ``Obdachlose`` the one about „Obdachlosigkeit“ (bt-21-2183), and back — also
as a compound's head — ranked below the word itself, and the hit says how it matched.  Only this class: the index keeps
a noun's -keit, so ``möglich`` still does not meet „Möglichkeit“."""

import pytest

from indexer import Engine
from tests.search_helpers import engine_over

ANSWERS = [
    ("Wie hat sich die Lage entwickelt?", "Die Langzeitarbeitslosigkeit ist seit 2019 gesunken."),
    ("Wie viele Personen wurden gefördert?", "Rund 20 000 Langzeitarbeitslose wurden nach § 16i SGB II gefördert."),
    ("Welche Angriffe gab es?", "Die Statistik erfasst Angriffe auf Obdachlose gesondert."),
    ("Welche Hilfen gibt es?", "Gegen die Obdachlosigkeit helfen die Kommunen mit Notunterkünften."),
    ("Welche Wege gibt es?", "Eine Förderung ist möglich."),
    ("Welche Wege stehen offen?", "Die Möglichkeit einer Förderung besteht."),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("losigkeit-index"), 3121, "Arbeitsmarkt und Wohnen", ANSWERS)


@pytest.mark.parametrize(
    ("query", "questions", "found"),
    [
        # the word itself first, then its other form, as „gefunden als“ says
        ("Langzeitarbeitslose", [2, 1], "Langzeitarbeitslosigkeit ← Langzeitarbeitslose (-los ↔ -losigkeit)"),
        ("Langzeitarbeitslosigkeit", [1, 2], "Langzeitarbeitslose ← Langzeitarbeitslosigkeit (-los ↔ -losigkeit)"),
        # as a compound's head: the people out of work for long are out of work
        ("Arbeitslosigkeit", [1, 2], "Langzeitarbeitslose ← Arbeitslosigkeit (-los ↔ -losigkeit)"),
        ("obdachlos", [3, 4], "Obdachlosigkeit ← obdachlos (-los ↔ -losigkeit)"),
        ("Obdachlosigkeit", [4, 3], "Obdachlose ← Obdachlosigkeit (-los ↔ -losigkeit)"),
    ],
)
def test_an_adjective_in_los_and_its_noun_in_losigkeit_meet(engine, query, questions, found) -> None:
    assert _matches(engine, query) == questions
    note = engine.search(query).hits[1].match[0]
    assert note.text == found


def test_only_los_and_losigkeit_meet_not_every_adjective_and_its_noun_in_keit(engine) -> None:
    """„Obdachlosigkeit“ is what ``Obdachlose`` look for; „Möglichkeit“ is no hit for ``möglich`` (nor back)."""
    found = {query: _matches(engine, query) for query in ("Obdachlose", "möglich", "Möglichkeit")}
    assert found == {"Obdachlose": [3, 4], "möglich": [5], "Möglichkeit": [6]}


def _matches(engine: Engine, query: str) -> list[int]:
    """The questions of the full matches, in their order (not the answers below them that meet a word loosely)."""
    result = engine.search(query)
    return [hit.question for hit in result.hits[: result.total]]
