"""German retrieval quality on small real sentences: what a researcher types finds what officials wrote."""

import pytest

from indexer import Engine, IndexStore
from indexer.analysis.abbreviations import learn
from indexer.analysis.analyzer import german_analyzer
from indexer.analysis.compounds import default_splitter
from indexer.analysis.query_text import query_words

from .conftest import ranked
from .quality_corpus import _doc


@pytest.fixture(scope="module")
def engine(quality_engine):
    return quality_engine


# --- compounds -------------------------------------------------------------------------------


def test_a_part_finds_the_compound(engine):
    assert ranked(engine, "Arbeitslosigkeit") == [("ni-19-1001", 1)]


def test_a_compound_finds_its_parts_spelled_out_but_the_exact_compound_ranks_first(engine):
    hits = ranked(engine, "Krankenhausinvestitionen")
    assert hits[0] == ("ni-19-1003", 1)
    assert ("ni-19-1001", 2) in hits  # "Investitionen in Krankenhäuser"


def test_compound_parts_may_be_spread_over_the_answer(engine):
    hits = ranked(engine, "Asylverfahrensdauer")
    assert hits[0] == ("ni-19-1004", 1)  # the exact word
    assert ("ni-19-1002", 1) in hits  # "Dauer der Asylverfahren"


@pytest.mark.parametrize(
    "place", ["recklinghausen", "oberhausen", "wolfsburg", "wolfsburger", "burgdorf", "düsseldorf", "göttingen"]
)
def test_place_names_are_not_split(place):
    assert default_splitter().split(place) is None


@pytest.mark.parametrize(
    "word, parts",
    [
        ("krankenhausinvestitionen", ("krankenhaus", "investitionen")),
        ("staatsbürger", ("staat", "bürger")),
        ("pflegeheim", ("pflege", "heim")),
        ("asylverfahrensdauer", ("asyl", "verfahren", "dauer")),
    ],
)
def test_compounds_are_split_into_their_words(word, parts):
    assert default_splitter().split(word).parts == parts


def test_a_place_name_is_not_found_by_its_pieces(engine):
    assert ranked(engine, "Hausen") == []


@pytest.mark.parametrize("query", ["Passiv-Aktiv-Transfer", "Passiv Aktiv Transfer", "PassivAktivTransfer"])
def test_hyphen_variants_find_the_same_answer(engine, query):
    assert ranked(engine, query) == [("ni-19-1001", 1)]


def test_a_suspended_hyphen_is_completed(engine):
    # "Haft- und Sanitärräume" speaks of Hafträume.
    assert ranked(engine, "Hafträume") == [("ni-19-1004", 4)]
    assert ranked(engine, "Haftraum")[0] == ("ni-19-1004", 4)


def test_a_suspended_stop_word_is_no_term():
    terms = [t.text for t in german_analyzer()("Ein- und Ausfahrt", mode="index")]
    assert "ein" not in terms and "ausfahrt" in terms


def test_compound_highlight_marks_the_surface_word(engine):
    hit = engine.search("Arbeitslosigkeit").hits[0]
    assert "<mark>Langzeitarbeitslosigkeit</mark>" in hit.snippet


# --- spelling variants and inflection --------------------------------------------------------


@pytest.mark.parametrize("query", ["Strasse", "Straße", "Massnahmen", "Foerderung", "Schaeden Fahrbahndecke"])
def test_umlaut_and_sharp_s_spellings_meet(engine, query):
    assert ranked(engine, query)[0] == ("ni-19-1001", 3)


@pytest.mark.parametrize(
    "query, found_as",
    [
        ("Massnahmen", "Maßnahmen ← Massnahmen (Flexion oder Schreibvariante)"),
        ("Foerderung", "Förderung ← Foerderung (Flexion oder Schreibvariante)"),
        ("Maßnahmen", "Maßnahmen (genaues Wort)"),
    ],
)
def test_a_word_typed_with_ae_or_ss_is_found_as_the_text_spells_it(engine, query, found_as):
    """„gefunden als: Massnahmen (genaues Wort)“ named the user's spelling, which no text holds."""
    assert engine.search(query).hits[0].found_as == found_as


@pytest.mark.parametrize("query", ["Hospiz", "Hospize", "Hospizen"])
def test_inflected_forms_meet(engine, query):
    assert ranked(engine, query) == [("ni-19-1002", 3)]


def test_query_words_give_whole_and_parts():
    assert query_words("Körpergröße") == query_words("Koerpergroesse")
    whole, parts = query_words("Asylverfahrensdauer")[0]
    assert parts == ("asyl", "verfahr", "dauer") and whole not in parts


def test_stop_words_are_not_compound_parts():
    tokens = [t.text for t in german_analyzer()("Überstunden", mode="index")]
    assert "uber" not in tokens


# --- abbreviations ---------------------------------------------------------------------------


def test_abbreviations_are_learned_from_their_definition():
    pairs = learn(
        [
            "Demnach werden für Maßnahmen nach dem Eisenbahnkreuzungsgesetz (EBKrG) Mittel bereitgestellt.",
            "Anfrage der Abgeordneten Claus Seebeck und Eike Holsten (CDU)",
            "vom Kompetenznetzwerk Ökolandbau Niedersachsen gGmbH (KNÖN) wahrgenommen",
        ]
    )
    assert pairs == [
        ("EBKrG", "Eisenbahnkreuzungsgesetz"),
        ("KNÖN", "Kompetenznetzwerk Ökolandbau Niedersachsen"),
    ]


def test_an_abbreviation_finds_its_long_form(engine):
    # Answer 2 of 1002 says "Zentralen Ausländerbehörden" (and defines ZAB in its question).
    assert set(ranked(engine, "ZAB")) == {("ni-19-1002", 2), ("ni-19-1004", 1)}


def test_a_long_form_finds_the_abbreviation(engine):
    # Document 1004 only says "ZAB"; the definition is in document 1002.
    assert ("ni-19-1004", 1) in ranked(engine, "Zentrale Ausländerbehörde")


# --- ranking ---------------------------------------------------------------------------------


def test_words_next_to_each_other_rank_above_scattered_words(engine):
    hits = ranked(engine, "Kosten Unterkunft")
    assert hits.index(("ni-19-1004", 3)) < hits.index(("ni-19-1004", 2))


def test_words_of_the_title_count_for_every_answer(engine):
    # "Uelzen" is only in the title of 1002, "Asylverfahren" only in its answer 1 (and in 1004 as a compound).
    assert ranked(engine, "Uelzen Asylverfahren") == [("ni-19-1002", 1)]


# --- "Meinten Sie …?" ------------------------------------------------------------------------


def test_did_you_mean_offers_a_spelling_that_finds_more(engine):
    results = engine.search("Langzeitarbaitslosigkeitt")
    assert results.total == 0
    assert results.suggestion == "Langzeitarbeitslosigkeit"
    assert engine.search(results.suggestion).total >= 1


def test_no_suggestion_when_the_query_is_spelled_right(engine):
    assert engine.search("Hospiz").suggestion is None


def test_no_suggestion_for_a_word_that_only_answers_use(tmp_path):
    """Suggestions are drawn from titles and questions, but a word of an answer is no typo:
    ``Kosten`` must not become the more frequent ``Kasten``."""
    documents = [_doc(2000 + n, f"Haushalt {n}", [("Wie viele Kasten gibt es?", "Keine.")]) for n in range(3)]
    documents.append(_doc(2009, "Haushalt 9", [("Was ist gestiegen?", "Die Kosten sind gestiegen.")]))
    IndexStore(tmp_path).build(documents)
    results = Engine(tmp_path).search("Kosten")
    assert results.total == 1 and results.suggestion is None


def test_a_typo_the_texts_make_too_is_respelled_where_the_right_word_is_far_more_frequent(tmp_path):
    """„Krankenhausreform Niedersachen“ offered nothing: one answer prints „Niedersachen“ too, so the word was
    „known“.  A long word that rare is respelled where one edit away a word is held ten times as often; a short one
    is not („Diesel“ is no „diese“)."""
    question = ("Welche Kliniken schließen durch die Krankenhausreform in Niedersachsen? Ist diese gut?", "Diese.")
    often = [_doc(2300 + n, f"Krankenhäuser {n}", [question]) for n in range(20)]
    typo = _doc(2399, "Kliniken", [("Wie wirkt die Krankenhausreform in Niedersachen?", "Der Diesel fehlt.")])
    IndexStore(tmp_path).build([*often, typo])
    engine = Engine(tmp_path)
    assert engine.search("Krankenhausreform Niedersachen").suggestion == "Krankenhausreform Niedersachsen"
    # the filters typed into the box stay in the offer (review: the click lost them)
    offered = engine.search("wahlperiode:19 Krankenhausreform Niedersachen").suggestion
    assert offered == "wahlperiode:19 Krankenhausreform Niedersachsen"
    assert engine.search("Krankenhausreform").suggestion is None
    assert engine.search("Diesel").suggestion is None


def test_an_abbreviation_in_mixed_case_is_no_typo(tmp_path):
    """``KdU`` (Kosten der Unterkunft) was offered as „Meinten Sie Kmu?“: an abbreviation, respelled from the
    lower-case vocabulary into a word no text writes, and another abbreviation at that."""
    question = ("Wie viele Betriebe zählen als KMU?", "Zwölf KMU.")
    IndexStore(tmp_path).build([_doc(2200 + n, f"Betriebe {n}", [question]) for n in range(3)])
    engine = Engine(tmp_path)
    assert engine.search("KdU").suggestion is None


def test_a_compound_of_known_words_is_no_typo(tmp_path):
    """Two edits turn ``Polizeiwache`` (Polizei + Wache) into ``Polizeiliche``, another word: a
    compound the texts lack gets no respelling that far away; a real typo two edits away still does (one edit away,
    ``Polizeilihce`` is searched as the word, see ``test_recall_rules.py``)."""
    question = ("Wie viele polizeiliche Einsätze gab es?", "Zwölf polizeiliche Einsätze.")
    IndexStore(tmp_path).build([_doc(2100 + n, f"Einsätze {n}", [question]) for n in range(3)])
    engine = Engine(tmp_path)
    assert engine.search("Polizeiwache").suggestion is None
    assert engine.search("Polizailihe").suggestion == "Polizeiliche"


_BMAS = [("Welche Fachgespräche führte das BMAS mit den Ländern?", "Das BMAS führte zwei Fachgespräche.")]
_STELLEN = [
    ("Welche Stellen nennen Hacker?", "Zwölf Stellen nennen Hacker."),
    ("Wie viele Planstellen gegen Hacker gibt es?", "Zwölf Planstellen gegen Hacker."),
]
_GESICHERT = [("Welche Daten werden gesichert?", "Alle Daten werden gesichert.")]
_GESPEICHERT = [("Welche Daten werden gespeichert?", "Alle Daten werden gespeichert.")]
_ART = [("Welche Art von Kunst wird gefördert?", "Jede Art von Kunst.")]


@pytest.mark.parametrize(
    ("documents", "typed", "offered"),
    [
        ([_BMAS] * 3, "Baas Fachgespräch", None),
        ([_BMAS] * 3, "bnas Fachgespräch", "BMAS Fachgespräch"),
        ([_BMAS] * 3, "Bnas Fachgespräch", "BMAS Fachgespräch"),
        ([_STELLEN] * 3, "Hacker stehlen", None),
        ([_GESICHERT] * 3 + [_GESPEICHERT], "Daten gesepichert", None),
        ([_ART] * 3, "Act Kunst", None),
    ],
    ids=[
        "name-no-abbreviation",
        "abbreviation-as-written",
        "capitalised-slip-of-an-abbreviation",
        "known-word",
        "swap-one-slip",
        "three-letters",
    ],
)
def test_a_word_is_respelled_only_into_what_the_user_may_have_meant(tmp_path, documents, typed, offered):
    """„Bärbel Baas Fachgespräch“ was offered „Bärbel Bmas Fachgespräch“: a name respelled into the abbreviation the
    texts write in capitals, shown in lower case.  A word typed capitalised that the lexicon or the texts know (a name,
    a noun) is not respelled into an abbreviation; a capitalised slip they do not know is, and one typed in lower case
    too, each as the texts write it (the review found ``Covd`` → „COVID“ and ``Baffin`` → „BaFin“ lost).
    „nordkoreanische Hacker stehlen Kryptowährungen“ was offered „… stellen …“: „stehlen“ is a German word no text
    holds, not a slip in typing „stellen“, which finds more only because it is another word.  „gesepichert“ (two letters
    swapped) was offered the more frequent „gesichert“ on an index of one segment, which counted the swap as two edits;
    as one, it is „gespeichert“, which the search finds itself.  A word of three letters is one edit from many others:
    „Act“ is no „Art“."""
    IndexStore(tmp_path).build([_doc(2400 + n, f"Antworten {n}", questions) for n, questions in enumerate(documents)])
    assert Engine(tmp_path).search(typed).suggestion == offered
