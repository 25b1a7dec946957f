"""Compound parts only where they belong, and every hit says how it matched (issue 16)."""

import pytest

from indexer import Engine
from indexer.measure.evaluate import Found, precision_scores
from tests.search_helpers import engine_over

ANSWERS = [
    (
        "Wie groß ist der Mangel an Ärzten im ländlichen Raum?",
        "Der Mangel an Ärzten ist in drei Landkreisen spürbar.",
    ),
    (
        "Welche Zahlen liegen vor?",
        "Mangels Berichtspflicht liegen keine Zahlen vor. Über die Zahl der Ärzte in den Kliniken "
        "berichtet die Kammer jährlich im Herbst mit ausführlichen Tabellen.",
    ),
    (
        "Wie hat sich die Polizeigewalt entwickelt?",
        "Fälle von Polizeigewalt werden von einer unabhängigen Stelle untersucht.",
    ),
    (
        "Was tut die Landesregierung für Sicherheit?",
        "Die Polizei hat ihre Zahlen veröffentlicht. Häusliche Gewalt nahm in allen Landkreisen deutlich zu.",
    ),
    (
        "Wie entwickelt sich die Langzeitarbeitslosigkeit?",
        "Die Langzeitarbeitslosigkeit ist seit 2019 gesunken.",
    ),
    (
        "Was baut das Land für die Hochschulen?",
        "Die Hochschule für Musik erhält einen Neubau; die Milchkuhhaltung der Tierärztlichen Hochschule bleibt.",
    ),
    (
        "Wie steht es um die Willkommenskultur?",
        "Die Willkommenskultur der Kommunen stützen Nichtregierungsorganisationen.",
    ),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    title = "Versorgung, Sicherheit und Arbeitsmarkt"
    return engine_over(tmp_path_factory.mktemp("precision-index"), 3001, title, ANSWERS)


def full(engine: Engine, query: str) -> list[int | None]:
    return [hit.question for hit in engine.iter_hits(query)]


def test_parts_close_together_match_scattered_parts_do_not(engine):
    result = engine.search("Ärztemangel")
    assert result.total == 1 and full(engine, "Ärztemangel") == [1]
    first = result.hits[0]
    assert first.question == 1 and [note.way for note in first.match] == ["teile"]
    scattered = [hit for hit in result.hits if hit.question == 2]
    assert scattered and scattered[0].notes == ["nur Wortteile: Ärzte … Mangel"] and not scattered[0].lacks


def test_the_compound_itself_ranks_first_and_scattered_parts_stay_out_of_the_total(engine):
    result = engine.search("Polizeigewalt")
    assert result.hits[0].question == 3 and result.hits[0].match[0].way == "genau"
    assert 4 not in full(engine, "Polizeigewalt")
    assert result.total == len(full(engine, "Polizeigewalt"))


def test_a_word_found_inside_a_longer_compound_says_so(engine):
    hit = engine.search("Arbeitslosigkeit").hits[0]
    assert hit.question == 5
    assert hit.found_as == "Langzeitarbeitslosigkeit ← Arbeitslosigkeit (Wortteil)"
    assert hit.to_json()["match"] == [
        {
            "wort": "Arbeitslosigkeit",
            "art": "wortteil",
            "beschreibung": "Wortteil",
            "gefunden_als": "Langzeitarbeitslosigkeit",
        }
    ]


def test_each_alternative_of_an_or_group_is_rated_on_its_own(engine):
    hit = next(h for h in engine.search("Polizeigewalt ODER Langzeitarbeitslosigkeit").hits if h.question == 5)
    assert [(note.way, note.found) for note in hit.match] == [("genau", "Langzeitarbeitslosigkeit")]


def test_api_and_page_say_how_each_hit_matched(client):
    data = client.get("/api/search?q=Langzeitarbeitslose").get_json()
    assert data["hits"] and all(hit["match"][0]["wort"] == "Langzeitarbeitslose" for hit in data["hits"])
    assert "Match" in client.get("/api/openapi.json").get_json()["components"]["schemas"]
    page = client.get("/?q=Langzeitarbeitslose").get_data(as_text=True)
    assert '<p class="found-as">gefunden als: ' in page


def test_precision_counts_only_full_matches_that_are_not_judged_relevant():
    found = Found([("a", 1), ("b", 2), ("c", 3)], frozenset({("a", 1), ("b", 2)}))
    assert precision_scores(found, [("a", None)]) == (0.5, 1)
    assert precision_scores(Found([], frozenset()), []) == (1.0, 0)
    assert precision_scores(Found([], frozenset()), [("a", 1)]) == (0.0, 0)


def test_the_head_of_a_longer_word_finds_that_word_but_spells_no_query_compound_out(engine):
    assert full(engine, "Kuh") == [6]  # Milchkuhhaltung
    assert engine.search("Kuh").hits[0].found_as == "Milchkuhhaltung ← Kuh (Wortteil)"
    assert full(engine, "Musikschule") == []  # "Hochschule für Musik" is no music school
    assert full(engine, "Schulbau") == []  # nor is a new building of a Hochschule


def test_a_relaxed_answer_says_which_word_it_lacks_and_which_it_has_only_in_parts(engine):
    """The API's ``match`` of a relaxed answer: a word it lacks is „fehlt“, not „nur Wortteile“."""
    lacking = next(hit for hit in engine.search("Langzeitarbeitslosigkeit Hochschule").hits if hit.question == 5)
    assert lacking.lacks == ["Hochschule"]
    assert [(note.way, note.description, note.found) for note in lacking.match][1] == ("fehlt", "fehlt", None)
    scattered = next(hit for hit in engine.search("Ärztemangel Zahlen").hits if hit.question == 2)
    assert [note.way for note in scattered.match] == ["verstreut", "genau"]
    some_parts = next(hit for hit in engine.search("Polizeiaufnahme").hits if hit.question == 4)
    assert some_parts.notes == ["nur Wortteile: Polizei"] and some_parts.match[0].way == "verstreut"


def test_a_compound_whose_last_part_is_a_stop_word_is_found(tmp_path):
    """``Radschnellweg`` cuts into „Radschnell“ and „weg“, a stop word: the search failed with an IndexError."""
    answers = [("Wann kommt der Radschnellweg?", "Der Radschnellweg wird 2027 gebaut."), ("Wer zahlt?", "Das Land.")]
    results = engine_over(tmp_path, 3004, "Radverkehr", answers).search("Radschnellweg")
    assert [(hit.question, hit.match[0].way) for hit in results.hits[: results.total]] == [(1, "genau")]


def test_the_parts_are_named_as_typed(tmp_path):
    answers = [
        ("Wo entsteht die JVA?", "Die JVA entsteht bei Gablingen. Für die Schule folgt ein Neubau der Sporthalle."),
        ("Wer zahlt?", "Die Straße gehört dem Kreis. Den Bau der Brücke trägt der Bund, die Last der Pflege das Land."),
    ]
    engine = engine_over(tmp_path, 3002, "Justizvollzug", answers)
    assert [hit.notes for hit in engine.search("JVA-Neubau").hits] == [["nur Wortteile: JVA … Neubau"]]
    assert [hit.notes for hit in engine.search("Straßenbaulast").hits] == [["nur Wortteile: Straße … Bau … Last"]]
    assert [hit.notes for hit in engine.search("STRASSENBAULAST").hits] == [["nur Wortteile: Strasse … Bau … Last"]]


def test_a_compound_with_a_stop_word_as_its_first_piece_is_searched(engine):
    """„Willkommenskultur“ splits as will|kommen|kultur, „Nichtregierungsorganisationen“ as nicht|regierung|…: the
    search looked for the compound cut after the stop word, found no word there and failed with a server error."""
    for query in ("Willkommenskultur", "Nichtregierungsorganisationen"):
        result = engine.search(query)
        assert [(hit.question, hit.found_as) for hit in result.hits if not hit.missing] == [
            (7, f"{query} (genaues Wort)")
        ]


def test_a_query_asked_as_a_question_searches_its_topic_not_its_question_words(engine):
    """„warum“, „wann“ name no topic, and an answer does not repeat them: the page says they were not searched."""
    result = engine.search("Warum? Wann ist die Langzeitarbeitslosigkeit gesunken")
    assert [hit.question for hit in result.hits if not hit.missing] == [5] and result.total == 1
    assert result.notice == (
        "Die Fragewörter „Warum“ und „Wann“ werden nicht gesucht: die Antworten wiederholen sie nicht."
    )
    one = engine.search("wann Langzeitarbeitslosigkeit").notice
    assert one == "Das Fragewort „wann“ wird nicht gesucht: die Antworten wiederholen es nicht."


def test_a_question_word_with_nothing_else_to_search_is_searched(tmp_path):
    engine = engine_over(tmp_path, 3003, "Fragen", [("Warum?", "Das warum bleibt offen."), ("Wer?", "Niemand.")])
    for query in ("warum", "warum der", "warum ?"):  # a function word or a lone mark is nothing to search
        result = engine.search(query)
        assert result.total == 1 and result.hits[0].question == 1 and result.notice is None, query


def test_parts_in_two_sentences_spell_no_compound(tmp_path):
    """„… in 13 Häfen. Eine Betroffenheit besteht, wenn ein Fischereifahrzeug …“ is no Fischereihafen; „Häfen der
    Fischerei“ in one sentence is."""
    answers = [
        ("Wo?", "Betroffen sind 13 Häfen. Ein Fischereifahrzeug ist betroffen, wenn es dort fischt."),
        ("Welche?", "Betroffen sind die Häfen der Fischerei an der Küste."),
    ]
    engine = engine_over(tmp_path, 3002, "Küste", answers)
    assert [hit.question for hit in engine.iter_hits("Fischereihafen")] == [2]


@pytest.mark.parametrize(
    ("query", "asked"),
    [
        ("Wie hoch ist die Langzeitarbeitslosigkeit", "Wie hoch"),
        ("wie groß ist die Langzeitarbeitslosigkeit", "wie groß"),
    ],
)
def test_a_question_asked_with_wie_searches_its_topic_not_how_much(engine, query, asked):
    """„wie“ is a stop word, but „viele“, „hoch“ after it were searched: an answer giving the number or the rate does
    not say „viele“ or „hoch“, and fell out of the full matches."""
    result = engine.search(query)
    assert [hit.question for hit in result.hits if not hit.missing] == [5]
    assert result.notice == f"Das Fragewort „{asked}“ wird nicht gesucht: die Antworten wiederholen es nicht."
    assert engine.search("Wie viele").notice is None  # nothing else to search: the words themselves


@pytest.mark.parametrize(
    ("query", "asked"),
    [
        ("Gibt es Langzeitarbeitslosigkeit?", "„Gibt es“ wird nicht gesucht: es nennt kein Thema."),
        (
            "wie viel Langzeitarbeitslosigkeit gab es",
            "Das Fragewort „wie viel“ wird nicht gesucht: die Antworten wiederholen es nicht. "
            "„gab es“ wird nicht gesucht: es nennt kein Thema.",
        ),
    ],
)
def test_es_gibt_asks_whether_not_what(engine, query, asked):
    """„gibt es“ names no topic: an answer giving the number need not say it."""
    result = engine.search(query)
    assert [hit.question for hit in result.hits if not hit.missing] == [5]
    assert result.notice == asked
    assert engine.search("Gibt es").notice is None  # nothing else to search: the words themselves


@pytest.mark.parametrize(
    ("query", "asked"),
    [
        ("Langzeitarbeitslosigkeit wann?", "Das Fragewort „wann“ wird nicht gesucht: die Antworten wiederholen es"),
        (
            "Wieso, weshalb, warum Langzeitarbeitslosigkeit",
            "Die Fragewörter „Wieso“, „weshalb“ und „warum“ werden nicht gesucht: die Antworten wiederholen sie",
        ),
        (
            "Langzeitarbeitslosigkeit, wie hoch?",
            "Das Fragewort „wie hoch“ wird nicht gesucht: die Antworten wiederholen es",
        ),
    ],
)
def test_a_question_word_with_punctuation_after_it_is_a_question_word(engine, query, asked):
    """„wann?“ at the end of a question, „Wieso,“ in a list: searched as words, they left no full match."""
    result = engine.search(query)
    assert [hit.question for hit in result.hits if not hit.missing] == [5]
    assert result.notice == f"{asked} nicht."
