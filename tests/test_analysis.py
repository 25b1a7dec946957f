"""German analysis: what a word becomes in the index decides what a query finds."""

import pickle

import pytest

from indexer.analysis.analyzer import german_analyzer
from indexer.analysis.query_text import query_terms, query_words
from indexer.analysis.word_forms import fold


@pytest.fixture(scope="module")
def analyzer():
    return german_analyzer()


def tokens(analyzer, text):
    """(position relative to the first token, term) pairs."""
    pairs = [(t.pos, t.text) for t in analyzer(text, positions=True, mode="index")]
    return [(pos - pairs[0][0], term) for pos, term in pairs]


def test_hyphenated_compound_is_indexed_whole_joined_and_as_parts(analyzer):
    assert tokens(analyzer, "der Passiv-Aktiv-Transfer wirkt") == [
        (0, "passiv-aktiv-transf"),
        (0, "passivaktivtransf"),
        (0, "passivaktiv"),  # its leading pieces joined, as ``PassivAktiv`` is typed (analysis 50)
        (0, "passiv"),
        (1, "aktiv"),
        (2, "transfer"),  # a noun whose -er is no ending (analysis 3)
        (3, "wirkt"),
    ]


@pytest.mark.parametrize("spelling", ["Passiv-Aktiv-Transfer", "PassivAktivTransfer", "passiv-aktiv-transfer"])
def test_query_spellings_of_a_compound_meet_in_one_term(analyzer, spelling):
    assert query_terms(analyzer, spelling) == ["passivaktivtransf"]


@pytest.mark.parametrize(
    "a, b",
    [
        ("Straße", "Strasse"),
        ("Maßnahmen", "Massnahmen"),
        ("Förderung", "Foerderung"),
        ("Hospize", "Hospiz"),
        ("Bürgschaften", "Bürgschaft"),
        ("GROSS", "groß"),
    ],
)
def test_spelling_and_inflection_variants_meet(analyzer, a, b):
    assert query_terms(analyzer, a) == query_terms(analyzer, b)


def test_stop_words_are_dropped_and_numbers_kept(analyzer):
    assert query_terms(analyzer, "die Kosten der Unterkunft") == ["kost", "unterkunft"]
    assert query_terms(analyzer, "Drucksache 17/6448") == ["drucksach", "17/6448"]


def test_character_offsets_point_at_the_surface_word(analyzer):
    text = "den Passiv-Aktiv-Transfer"
    spans = {t.text: text[t.startchar : t.endchar] for t in analyzer(text, chars=True, mode="index")}
    assert spans["passivaktivtransf"] == "Passiv-Aktiv-Transfer"
    assert spans["aktiv"] == "Aktiv"


def test_analyzer_survives_pickling(analyzer):
    restored = pickle.loads(pickle.dumps(analyzer))
    assert query_terms(restored, "Langzeitarbeitslosigkeit") == query_terms(analyzer, "Langzeitarbeitslosigkeit")


@pytest.mark.parametrize(
    "word, folded",
    [
        ("Foerder", "forder"),
        ("Mueller", "muller"),
        ("Müller", "muller"),
        ("Aerztekammer", "arztekammer"),
        ("Übergrösse", "ubergrosse"),
        ("Straßen", "strassen"),
        ("Feuer", "feuer"),  # u between vowels
        ("Bauer", "bauer"),
        ("Quelle", "quelle"),  # after q
        ("Kita", "kita"),
    ],
)
def test_words_fold_as_the_stemmer_folds_them(word, folded):
    assert fold(word) == folded


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("Büros", "Büro"), ("Wahlkreisbüros", "Wahlkreisbüro"), ("Kitas", "Kita"), ("Handys", "Handy"), ("Lkws", "Lkw")],
)
def test_a_plural_s_snowball_keeps_meets_the_singular(plural, singular):
    assert query_words(plural) == query_words(singular)


@pytest.mark.parametrize("word", ["Kreis", "Landkreis", "Basis", "Thomas", "Haus", "Eis", "Status", "Reblaus"])
def test_a_final_s_of_the_word_itself_stays(word):
    assert query_words(word)[0][0].endswith("s")


def test_a_word_hyphenated_through_a_conjunction_stays_one_word():
    assert [t for t in query_terms(german_analyzer(), "Frage-und-Antwort-Spiel")][:1] == ["frageundantwortspiel"]
