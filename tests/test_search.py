"""Ranked search over the seed: grouped per answer, best answer first."""

import pytest

from indexer import Engine, IndexStore, QueryError
from indexer.index.schema import TEXT_FIELDS
from indexer.search.syntax import parse

from .conftest import ranked
from .search_helpers import one_answer


@pytest.mark.parametrize("query", ["Passiv-Aktiv-Transfer", "Passiv Aktiv Transfer", "PassivAktivTransfer"])
def test_passiv_aktiv_transfer_finds_answer_4_first(engine, query):
    assert ranked(engine, query)[0] == ("nw-17-6448", 4)


def test_teilhabechancengesetz_finds_the_three_answers_that_name_it(engine):
    assert sorted(ranked(engine, "Teilhabechancengesetz")) == [("nw-17-6448", n) for n in (2, 3, 4)]


def test_one_hit_per_answer_even_when_several_paragraphs_match(engine):
    results = engine.search("Kosten der Unterkunft")
    assert [(h.doc_id, h.question) for h in results.hits] == [("nw-17-6448", 5)]
    assert results.total == 1


def test_phrase_must_match_in_order(engine):
    assert ranked(engine, '"Service Center lokale Arbeit"')[0] == ("nw-17-6448", 1)
    assert ranked(engine, '"Arbeit lokale Center"') == []


@pytest.mark.parametrize("quoted", ["„Arbeit lokale Center“", "»Arbeit lokale Center«", "“Arbeit lokale Center”"])
def test_typographic_quotes_make_a_phrase_too(engine, quoted):
    assert ranked(engine, quoted) == [] and ranked(engine, quoted.replace("Arbeit lokale", "lokale Arbeit")) == []
    assert ranked(engine, "„Service Center lokale Arbeit“")[0] == ("nw-17-6448", 1)


def test_all_words_must_occur(engine):
    assert ranked(engine, "Teilhabechancengesetz Haushaltssicherung") == []


def test_answers_lacking_one_word_follow_the_full_matches_and_say_so(engine):
    hits = engine.search("Teilhabechancengesetz Jobcenter").hits
    full = [(h.question, h.missing) for h in hits if not h.missing]
    partial = [(h.question, h.missing) for h in hits if h.missing]
    assert {q for q, _ in full} == {3, 4}
    assert hits[: len(full)] == [h for h in hits if not h.missing]  # full matches first
    # names Teilhabechancengesetz only; two of the document's five answers match
    assert (2, ("Jobcenter", "weitere Antwort eines Dokuments mit Treffern")) in partial


def test_relaxed_matches_when_no_answer_has_every_word(engine):
    results = engine.search("Teilhabechancengesetz Haushaltssicherung")
    assert results.total == 0 and results.partial == len(results.hits) > 0
    lacking_one = {("Teilhabechancengesetz",), ("Haushaltssicherung",)}
    assert {h.missing for h in results.hits if len(h.missing) == 1} == lacking_one
    # then the document's other answers, lacking both words (see test_same_document)
    assert {h.missing for h in results.hits if len(h.missing) > 1} == {
        ("Teilhabechancengesetz", "Haushaltssicherung", "weitere Antwort eines Dokuments mit Teiltreffern")
    }
    assert results.to_json()["partial"] == results.partial


def test_sorting_by_date_lists_only_full_matches(engine):
    results = engine.search("Teilhabechancengesetz Jobcenter", sort="neueste")
    assert sorted(h.question for h in results.hits) == [3, 4]  # answer 2 lacks "Jobcenter" (see above)
    assert all(not h.missing for h in results.hits) and results.partial == 0


def test_a_single_word_no_document_head_holds_is_never_relaxed(engine):
    assert engine.search("Haushaltssicherung").partial == 0


@pytest.mark.parametrize(
    "query, droppable",
    [('"Kosten der Unterkunft" Coaching', "Coaching"), ("titel:Dortmund Hospiz", "Hospiz")],
)
def test_phrases_and_field_words_are_never_the_dropped_word(engine, query, droppable):
    results = engine.search(query)
    assert results.total == 0 and results.partial > 0
    assert {h.missing for h in results.hits} == {(droppable,)}


@pytest.mark.parametrize("query", ['"Kosten der Arbeit" Teilhabechancengesetz', "titel:Essen Teilhabechancengesetz"])
def test_no_relaxed_matches_when_only_a_phrase_or_field_word_is_lacking(engine, query):
    results = engine.search(query)
    assert (results.total, results.partial, results.hits) == (0, 0, [])


def test_relaxed_matches_do_not_count_as_results(engine):
    exact = engine.search("Teilhabechancengesetz Jobcenter")
    assert exact.total == 2 and exact.partial >= 1
    assert len(exact.hits) == exact.total + exact.partial
    assert exact.pages == 1
    assert [h.question for h in engine.iter_hits("Teilhabechancengesetz Jobcenter")] == [
        h.question for h in exact.hits if not h.missing
    ]


def test_or_and_exclusion(engine):
    assert sorted(ranked(engine, "Haushaltssicherung ODER Coaching")) == [("nw-17-6448", 2), ("nw-17-6448", 5)]
    assert ("nw-17-6448", 4) not in ranked(engine, "Teilhabechancengesetz -Jobcentern")


def test_spelling_variants_find_the_same_answer(engine):
    assert ranked(engine, "Massnahmen") == ranked(engine, "Maßnahmen") != []


def test_drucksache_number_finds_the_document_from_metadata(engine):
    assert ranked(engine, "17/6448")[0] == ("nw-17-6448", None)


def test_prefix_search(engine):
    assert ("nw-17-6448", 4) in ranked(engine, "Teilhabe*")


def test_hit_carries_what_the_result_list_shows(engine):
    hit = engine.search("Passiv-Aktiv-Transfer").hits[0]
    assert hit.title.startswith("Integration langzeitarbeitsloser Menschen")
    assert hit.drucksache == "17/6448"
    assert hit.date_answered == "2019-06-04"
    assert hit.question_text.startswith("Welche weiteren Maßnahmen und Programme")
    assert hit.url == "/dokument/nw-17-6448#frage-4"
    assert "<mark>Passiv-Aktiv-Transfer</mark>" in hit.snippet


def test_similar_answers_are_about_the_same_thing(quality_engine):
    # Rückführungen: the other document's answer on the ZAB, which prepares them.
    assert [(h.doc_id, h.question) for h in quality_engine.similar("ni-19-1004", 1)] == [("ni-19-1002", 2)]
    assert [(h.doc_id, h.question) for h in quality_engine.similar("ni-19-1003", 1)] == [("ni-19-1001", 2)]


def test_no_similar_answers_when_nothing_is_about_the_same_thing(quality_engine):
    # Langzeitarbeitslosigkeit: no other document speaks of it, so nothing is offered.
    assert quality_engine.similar("ni-19-1001", 1) == []


def test_pagination_counts_answers(engine):
    first = engine.search("Landesregierung", per_page=2)
    second = engine.search("Landesregierung", page=2, per_page=2)
    assert first.total == second.total > 2
    assert len(first.hits) == 2
    assert not {(h.doc_id, h.question) for h in first.hits} & {(h.doc_id, h.question) for h in second.hits}


@pytest.mark.parametrize(
    "query, message",
    [
        ("", "Suchbegriff"),
        ("   ", "Suchbegriff"),
        ("der die das", "Füllwörter"),
        ("-Arbeit", "nicht ausgeschlossen"),
        ("Ar*", "4 Buchstaben"),
        ("x" * 600, "zu lang"),
    ],
)
def test_unusable_queries_get_a_clear_message(engine, query, message):
    with pytest.raises(QueryError, match=message):
        engine.search(query)


@pytest.mark.parametrize(
    ("stray", "words"),
    [
        ("(Arbeit", "Arbeit"),
        ("Arbeit)", "Arbeit"),
        ('"Jobcenter', "Jobcenter"),
        ("Jobcenter:", "Jobcenter"),
        ("<Jobcenter>", "Jobcenter"),
        ("Jobcenter -", "Jobcenter"),
        ("ODER Jobcenter", "Jobcenter"),
        ("* Jobcenter", "Jobcenter"),
    ],
)
def test_stray_syntax_is_searched_as_text(engine, stray, words):
    assert ranked(engine, stray) == ranked(engine, words) != []


def test_a_field_name_followed_by_words_is_text(engine):
    """A pasted label („Antwort: Jobcenter“) is searched as text; only a field name with nothing after it is refused."""
    assert ranked(engine, "Antwort: Jobcenter") == ranked(engine, "Antwort Jobcenter")
    with pytest.raises(QueryError, match="fehlt der Suchbegriff"):
        engine.search("Jobcenter titel:")


def test_a_field_typed_with_a_space_after_its_colon_is_offered_joined(engine, client):
    """„titel: Dortmund“ searched „titel“ as a word (0 answers, the rest short of it) and said nothing: the search
    offers the field as meant, and the offer finds the answers."""
    result = engine.search("titel: Dortmund Jobcenter")
    assert result.suggestion == "titel:Dortmund Jobcenter" and engine.search(result.suggestion).total > 0
    page = client.get("/", query_string={"q": "titel: Dortmund Jobcenter"}).get_data(as_text=True)
    assert ">titel:Dortmund Jobcenter</a>?" in page


@pytest.mark.parametrize(
    "query, offered",
    [
        ("titel: Dortmund partei:SPD", "titel:Dortmund partei:SPD"),  # the typed filter stays in the offer
        ("partei: Die Linke Jobcenter", None),  # no „partei:Die“: the party's name is more than one word
        ('"Antwort: Die Landesregierung"', None),  # quoted, and a function word after the colon: a pasted label
    ],
)
def test_an_offer_keeps_the_filters_typed_into_the_box(engine, query, offered):
    """„Meinten Sie …?“ offered the words alone: a typed filter (``partei:SPD``) or a citation's parliament was lost
    on the click; „partei: Die Linke“ was offered as „partei:Die Linke“, an error (review)."""
    assert engine.search(query).suggestion == offered


@pytest.mark.parametrize("query", ["foo:bar", "a:b:c", "<script>"])
def test_stray_syntax_alone_is_one_text_clause(engine, query):
    [clause] = [clause for item in parse(query).items for clause in item]
    assert (clause.text, clause.fields, clause.negated) == (query, TEXT_FIELDS, False)
    assert engine.search(query).total == 0  # no such text in the seed, and no error


@pytest.mark.parametrize("query", ['"', "*", "-", "ODER"])
def test_syntax_without_words_gets_a_clear_message(engine, query):
    with pytest.raises(QueryError, match=r"^Die Such"):
        engine.search(query)


def test_a_phrase_of_function_words_says_which_of_its_words_were_searched(engine, client):
    """Function words are no index terms: ``"keine Daten"`` finds what ``Daten`` finds, and the page says so."""
    result = engine.search('"keine Daten"')
    assert result.notice == (
        "In „keine Daten“ wird nur nach „Daten“ gesucht: Füllwörter wie „keine“ stehen nicht im Index."
    )
    assert result.total == engine.search("Daten").total
    page = client.get("/", query_string={"q": '"nicht vor"'}).get_data(as_text=True)
    assert "„nicht vor“ besteht nur aus Füllwörtern" in page and "Keine Antwort enthält" not in page
    assert engine.search('"Kosten der Unterkunft"').notice is None
    assert engine.search('Arbeit -"keine Daten,"').notice == (  # excluding it excludes every answer with "Daten"
        "In „keine Daten“ wird nur nach „Daten“ gesucht: Füllwörter wie „keine“ stehen nicht im Index."
    )


def test_a_slip_is_offered_as_the_word_the_answers_hold_before_a_title_word_two_slips_away(tmp_path):
    """``Verteidigungsministerum`` offered „Meinten Sie Verteidigungsminister?“ (1 answer on the Bundestag answers) —
    a word of a title, two slips away —, not the „Verteidigungsministerium“ one slip away that 56 answers name, for
    titles and questions never write it; ``Finanzministerum`` „Finanzminister“ (11, not 119)."""
    IndexStore(tmp_path).build(
        [
            one_answer("bt-21-901", "Reisen des Verteidigungsministers", "Der Verteidigungsminister reiste 2025."),
            one_answer("bt-21-902", "Beschaffung", "Das Bundesministerium der Verteidigung beschafft Drohnen."),
            one_answer("bt-21-903", "Personal", "Das Bundesministerium der Verteidigung stellt 2025 ein."),
        ]
    )
    result = Engine(tmp_path).search("Verteidigungsministerum")
    assert result.suggestion == "Verteidigungsministerium"
    assert Engine(tmp_path).search(result.suggestion).total == 2
    # one slip away with or without an umlaut („Verteidigüngsministerium“): the word list cannot tell which
    assert Engine(tmp_path).search("Verteidigngsministerium").suggestion is None
