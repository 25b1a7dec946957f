"""A compound is also the name of an authority of the Bund or a Land: ``Verkehrsministerium`` is the
„Bundesministerium für Verkehr“ — where the text joins the two words as a name does."""

import pytest

from indexer import Engine
from tests.search_helpers import engine_over
from web import create_app

ANSWERS = [
    ("Wer hat das Gutachten beauftragt?", "Das Bundesministerium für Digitales und Verkehr hat es beauftragt."),
    ("Wird der Verkehr gezählt?", "Das Bundesministerium prüft, ob der Verkehr zunimmt."),
    ("Wer prüft die Kameras?", "Die Landesbeauftragte für den Datenschutz hat die Kameras geprüft."),
    ("Wer zahlt die Leistungen?", "Die Leistungen zahlt die Bundesagentur für Arbeit."),
    ("Wer ist zuständig?", "Zuständig ist das Bundesministerium des Innern."),
    ("Wer arbeitet mit?", "Die Landesbeauftragte arbeitet mit dem Datenschutzbeirat zusammen."),
    (
        "Wer stimmt sich ab?",
        "Das Finanzministerium und die Verkehrssicherheitsbehörde stimmen sich mit dem Bundesministerium für "
        "Digitales und Verkehr ab.",
    ),
    ("Wer hat berichtet?", "Das Bundesministerium für Gesundheit und das Umweltbundesamt haben berichtet."),
    ("Wer ist noch zuständig?", "Das Bundesministerium für Inneres und das Bundesministerium der Finanzen."),
    ("Wer hat geprüft?", "Das Landesministerium für Soziales und der Schulrat haben geprüft."),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("authority-index"), 3101, "Zuständigkeiten", ANSWERS)


@pytest.mark.parametrize(
    ("query", "questions"),
    [
        ("Verkehrsministerium", [7, 1]),  # not question 2: the ministry checks whether traffic grows
        ("Datenschutzbeauftragte", [3]),  # not question 6: a Landesbeauftragte beside a Datenschutzbeirat
        ("Arbeitsagentur", [4]),
        ("Innenministerium", [5, 9]),
        ("Umweltministerium", []),  # not question 8: the Umweltbundesamt is no field of the Bundesministerium
        ("Schulministerium", []),  # not question 10: the Schulrat is none either
        ("Sozialministerium", [10]),
        ("Bundesverkehrsministerium", [7, 1]),  # the level leading the compound
        ("Bundesinnenministerium", [5, 9]),
    ],
)
def test_an_authority_named_by_its_field_is_the_compound(engine, query, questions):
    result = engine.search(query)
    assert result.total == len(questions)
    assert [hit.question for hit in result.hits if not hit.missing] == questions
    assert not questions or [note.way for note in result.hits[0].match] == ["teile"]


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


def test_found_as_names_the_authority_not_every_word_holding_a_part(engine):
    """„gefunden als“ names the words that spell the compound out, not the Finanzministerium and the
    Verkehrssicherheitsbehörde before them, which hold a part of it each."""
    hit = next(hit for hit in engine.search("Verkehrsministerium").hits if hit.question == 7)
    assert hit.found_as == "Bundesministerium … Verkehr ← Verkehrsministerium (Wortteile nah beieinander)"


def test_the_foreign_office_is_the_auswaertiges_amt(tmp_path):
    """The Bund's foreign ministry is named neither by its head nor by its field: ``Außenministerium`` found only
    the few answers with that word, not the many the „Auswärtige Amt“ gives (217 times in the judged corpora, beside
    12 „Außenministerium“); ``Außenministerin`` is the „Bundesministerin des Auswärtigen“, not her ministry.  The hit
    says it met the ministry's name, which shares no part with the word: not „Wortteile nah beieinander“."""
    answers = [
        ("Wer hat die Reise geplant?", "Die Reise hat das Auswärtige Amt geplant."),
        ("Wer war dabei?", "Dabei war die Bundesministerin des Auswärtigen."),
        ("Wer ist zuständig?", "Zuständig ist das Amt für Auswärtige Angelegenheiten der Stadt."),
        ("Was sagt das Ministerium?", "Das bulgarische Außenministerium hat protestiert."),
    ]
    engine = engine_over(tmp_path, 3103, "Reisen", answers)
    assert sorted(hit.question for hit in engine.iter_hits("Außenministerium")) == [1, 4]
    assert [hit.question for hit in engine.iter_hits("Außenministerin")] == [2]
    hit = next(hit for hit in engine.search("Aussenministerium").hits if hit.question == 1)
    assert hit.found_as == "Auswärtige Amt ← Aussenministerium (amtlicher Name)"
    hit = next(iter(engine.iter_hits("Außenministerin")))
    assert hit.found_as == "Bundesministerin … Auswärtigen ← Außenministerin (amtlicher Name)"


def test_found_as_names_the_authority_the_hit_shows(tmp_path):
    """„gefunden als“ said „Ministerien ← Innenministerium (Wortteil)“ — the question's „Ministerien“, which holds no
    „Innen“ — or nothing but „Innenministerium (Wortteile nah beieinander)“ under a passage marking the
    „Bundesministerium des Innern“; for ``Bundesinnenministerium`` it listed every word holding a part
    („Bundesministerien … Bundesministerium … Innern“) (twenty-ninth new-user pass)."""
    answers = [
        (
            "Welche Ministerien waren an der Planung der Abschiebung beteiligt?",
            "Die Abschiebung erfolgte in Abstimmung mit dem Bundesministerium des Innern und dem Bundeskanzleramt.",
        ),
        ("Mit welcher Fluggesellschaft flog die Abschiebung?", "Dazu schweigt das Bundesministerium des Innern."),
        ("Wer war beteiligt?", "Beteiligt waren alle Bundesministerien, federführend das Bundesministerium des Innern"),
    ]
    engine = engine_over(tmp_path, 3104, "Rückführungen", answers)
    named = "Bundesministerium … Innern ← Innenministerium (Wortteile nah beieinander)"
    found = {hit.question: hit.found_as for hit in engine.iter_hits("Innenministerium Abschiebung")}
    assert found[1].startswith(named) and found[2].startswith(named)
    found = {hit.question: hit.found_as for hit in engine.iter_hits("Bundesinnenministerium")}
    assert found[3] == "Bundesministerium … Innern ← Bundesinnenministerium (Wortteile nah beieinander)"


def test_found_as_names_the_authority_in_the_order_it_is_written(tmp_path):
    """A list of ministries („des Innern, das Bundesministerium für Wirtschaft“) put a field before the next
    ministry's name: „gefunden als“ said „Innern … Bundesministerium“, a name no text writes (bt-21-1787 Frage 4)."""
    answer = (
        "Zuständig sind insbesondere das Bundesministerium des Innern, das Bundesministerium für Wirtschaft und "
        "Energie und das Auswärtige Amt."
    )
    engine = engine_over(tmp_path, 3106, "Resilienz", [("Welche Ressorts sind beteiligt?", answer)])
    hit = next(iter(engine.iter_hits("Innenministerium")))
    assert hit.found_as == "Bundesministerium … Innern ← Innenministerium (Wortteile nah beieinander)"


def test_the_answers_page_marks_the_authority_the_hit_marked(tmp_path):
    """Opened from a hit for ``Innenministerium`` whose passage marked the „Bundesministerium des Innern“, the answer's
    page marked nothing in that answer: another answer holds the word itself („Bundesinnenministerium“), and the page
    marked that word alone in the whole document.  Each answer is marked as the search met it (thirtieth new-user
    pass)."""
    answers = [
        ("Wer prüft die Anträge?", "Die Anträge prüft das Bundesinnenministerium."),
        ("Wer ist zuständig?", "Zuständig ist das Bundesministerium des Innern."),
    ]
    engine_over(tmp_path / "index", 3105, "Zuständigkeiten", answers)
    (tmp_path / "corpus").mkdir()
    app = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "index"), "CORPUS_DIR": str(tmp_path / "corpus")})
    client = app.test_client()
    hit = client.get("/api/search", query_string={"q": "Innenministerium"}).get_json()["hits"][1]
    assert hit["question"] == 2 and "<mark>Bundesministerium</mark> des <mark>Innern</mark>" in hit["snippet"]
    page = client.get("/dokument/ni-19-3105", query_string={"q": "Innenministerium"}).get_data(as_text=True)
    assert "prüft das <mark>Bundesinnenministerium</mark>." in page
    assert "Zuständig ist das <mark>Bundesministerium</mark> des <mark>Innern</mark>." in page
