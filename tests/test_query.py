"""Query syntax over the small quality corpus: operators, prefixes, fuzziness, document numbers."""

from pathlib import Path

import pytest

from indexer import Document, Engine, IndexStore, QueryError, Question, load_document
from indexer.output.citation import Citation
from indexer.search.syntax import extract_numbers, gender_forms_written_out, parse

from .conftest import ranked
from .quality_corpus import _doc
from .search_helpers import engine_over

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def engine(quality_engine):
    return quality_engine


def answers(engine, query):
    return {(d, q) for d, q in ranked(engine, query) if q is not None}


def test_words_are_anded_across_the_answer(engine):
    assert answers(engine, "Hospize Oberhausen") == {("ni-19-1002", 3)}
    assert answers(engine, "Hospize Krankenhausinvestitionen") == set()


@pytest.mark.parametrize("operator", ["ODER", "OR", "oder"])
def test_or_makes_alternatives(engine, operator):
    assert answers(engine, f"Hospize {operator} Krankenhausinvestitionen") >= {("ni-19-1002", 3), ("ni-19-1003", 1)}


@pytest.mark.parametrize("query", ["Rückführungen NICHT ZAB", "Rückführungen -ZAB"])
def test_not_excludes_whole_answers(engine, query):
    with_zab = answers(engine, "Rückführungen")
    assert ("ni-19-1004", 1) in with_zab
    assert ("ni-19-1004", 1) not in answers(engine, query)


def test_und_is_the_default_and_nicht_in_lower_case_is_a_word():
    assert len(parse("Hospize UND Oberhausen").items) == 2
    assert not parse("nicht gedeckt").items[0][0].negated


def test_quotes_make_a_phrase(engine):
    assert answers(engine, '"Kosten der Unterkunft"') == {("ni-19-1004", 3)}


def test_trailing_star_needs_four_letters(engine):
    assert ("ni-19-1003", 1) in answers(engine, "Krankenhausinv*")
    with pytest.raises(QueryError, match="4 Buchstaben"):
        engine.search("Kra*")


@pytest.mark.parametrize("query", ["Foerder*", "Straßenb*", "Strassenb*"])
def test_prefixes_are_folded_like_the_index(engine, query):
    assert ("ni-19-1001", 3) in answers(engine, query)


@pytest.mark.parametrize("query", ["Hosbiz~", "Hospitz~1", "Hosbis~2"])
def test_tilde_allows_typos(engine, query):
    assert ("ni-19-1002", 3) in answers(engine, query)


def test_tilde_finds_what_the_word_finds_and_more(tmp_path):
    """`Schule~` found 43 answers of the shipped corpus where `Schule` found 55: a typo's leeway lost the compounds."""
    engine = engine_over(
        tmp_path,
        7716,
        "Schulen",
        [
            ("Wie viele Grundschulen gibt es?", "Es gibt 120 Grundschulen."),
            ("Wie viele Schüler hat die Schule?", "Die Schule hat 300 Schüler."),
            ("Gibt es eine Schuhle?", "Nein."),
        ],
    )
    plain = {hit.question for hit in engine.search("Schule").hits if not hit.missing}
    assert plain == {1, 2}
    assert {hit.question for hit in engine.search("Schule~").hits if not hit.missing} == {1, 2, 3}


def test_without_tilde_a_typo_finds_nothing(engine):
    assert ranked(engine, "Hosbis") == []
    assert ranked(engine, "Hosbis~1") == []


@pytest.mark.parametrize(
    "query",
    [
        "19/1003",
        "Drucksache 19/1003",
        "Drs. 19/900",
        "Kleine Anfrage 5441",
        "KA 5441",
        "KA 5441 Kliniken",
        "KA 19/900",  # the Kleine Anfrage's Drucksache
        "Kleine Anfrage 19/900",
        "Kl. Anfrage 5441",  # as staff shorten it
        "Kl. Anfr. 5441",
        "KlAnfr. 19/900",
    ],
)
def test_document_numbers_find_the_document_first(engine, query):
    assert ranked(engine, query)[0] == ("ni-19-1003", None)


@pytest.mark.parametrize(
    "query",
    [
        "Drs. 19/1002 Frage 2",
        "19/1002, Frage 2",
        "Frage Nr. 2 Drucksache 19/1002",
        "Drs. 19/1002 Antwort zu Frage 2",
        "Drs. 19/1002, S. 4, Frage 2",
    ],
)
def test_a_citation_with_a_question_finds_that_answer(engine, query):
    assert ranked(engine, query) == [("ni-19-1002", 2)]


@pytest.mark.parametrize(
    "query",
    [
        "LT-Drs. 19/1003",
        "Landtagsdrucksache 19/1003",
        "Landtags-Drucksache 19 / 1003",
        "Antwort der Landesregierung auf die Kleine Anfrage Drucksache 19/1003 vom 12.03.2019",
        "LT-Drs. 19/1003, S. 3",  # the page cited is no search word
        "Drs. 19/1003 Seite 2 f.",
        "Drucksache 19/1003 (neu)",  # a reprint as its head prints it
        "Drs. 19/1003 (Neudruck), S. 3",
    ],
)
def test_a_citation_as_staff_copy_it_finds_only_that_document(engine, query):
    results = engine.search(query)
    assert results.total == 1 and not results.partial
    assert ranked(engine, query) == [("ni-19-1003", None)]


def test_a_citation_of_a_question_the_document_lacks_finds_the_document(engine):
    assert ranked(engine, "Drs. 19/1002 Frage 99") == [("ni-19-1002", None)]
    assert engine.search("Drs. 19/1002 Frage 99").notice == (
        "Frage 99 gibt es im zitierten Dokument nicht; gezeigt wird das Dokument."
    )
    assert engine.search("Drs. 19/1002 Frage 2").notice is None


def test_numbers_are_cut_out_of_the_text():
    assert extract_numbers("Drucksache 19/11134 Pflege") == ("Pflege", ["19/11134"])
    assert extract_numbers("Kleine Anfrage Nr. 2509") == ("", ["ka2509"])
    assert extract_numbers("Haushalt 2019") == ("Haushalt 2019", [])
    assert extract_numbers("Schriftliche Anfrage 18/12507") == ("", ["18/12507"])  # Berlin's Drucksache
    # a Kleine Anfrage's Drucksache, or Sachsen-Anhalt's Kleine Anfrage numbered per Wahlperiode
    assert extract_numbers("Kleine Anfrage Nr. 6/7490 Polizei") == ("Polizei", ["6/7490", "~ka6/7490"])
    assert extract_numbers("BT-Drucksache 18/4919") == ("", ["18/4919"])
    assert extract_numbers("Drucksache 18 / 12 507, Frage 2") == (", Frage 2", ["18/12507"])  # spaced as printed
    assert extract_numbers("17/13 593") == ("", ["17/13593"])  # copied as Berlin prints it
    assert extract_numbers("Drucksache 19/11134 Antwort zu Frage 3") == ("Antwort zu Frage 3", ["19/11134"])
    assert extract_numbers("Antwort auf die Kleine Anfrage Nr. 1385 vom 3. Mai 2019") == ("", ["ka1385"])
    # Sachsen-Anhalt's Kleine Anfrage numbered per Wahlperiode, or the Kleine Anfrage's Drucksache
    assert extract_numbers("KA 7/2151 Demonstration") == ("Demonstration", ["ka7/2151", "~7/2151"])
    assert extract_numbers("Kleine Anfrage - KA 7/2151") == ("", ["ka7/2151", "~7/2151"])
    # only the words right before a citation are its words: elsewhere, in quotes or a field, they are searched
    assert extract_numbers('"Antwort der Landesregierung" 16/12567') == ('"Antwort der Landesregierung"', ["16/12567"])
    assert extract_numbers("titel:Senat 18/12507") == ("titel:Senat", ["18/12507"])
    assert extract_numbers("Landesregierung Kosten 16/12567") == ("Landesregierung Kosten", ["16/12567"])
    # no citation word before it: a spaced number is no Drucksache, and words stay words
    assert extract_numbers("Antwort 18 / 12 Senat") == ("Antwort 18 / 12 Senat", [])


@pytest.mark.parametrize(
    "sort, order",
    [
        ("neueste", ["ni-19-1002", "ni-19-1001", "ni-19-1004", "ni-19-1003"]),
        ("aelteste", ["ni-19-1004", "ni-19-1001", "ni-19-1002", "ni-19-1003"]),
    ],
)
def test_matching_answers_sorted_by_date_undated_last(engine, sort, order):
    hits = engine.search("Hospize ODER Krankenhausinvestitionen ODER Rückführungen", sort=sort).hits
    docs = list(dict.fromkeys(hit.doc_id for hit in hits))
    assert docs == order


def test_unknown_number_finds_nothing_and_says_so_without_error(engine):
    assert ranked(engine, "19/99999") == []


def test_search_command_offers_a_respelling(runner):
    result = runner("search", "Langzeitarbaitslosigkeitt")
    assert result.exit_code == 0
    assert "Meinten Sie „Langzeitarbeitslosigkeit“?" in result.output


def test_search_page_offers_a_respelling_as_a_link(client):
    page = client.get("/?q=Langzeitarbaitslosigkeitt").get_data(as_text=True)
    assert "Meinten Sie" in page and "q=Langzeitarbeitslosigkeit" in page


def test_a_kleine_anfrage_is_found_by_its_number_and_where_an_answer_cites_it(tmp_path):
    """Sachsen-Anhalt numbers its Kleine Anfragen per Wahlperiode (``KA 7/2151``); NRW's Kleine Anfrage 295 of
    the 18th period is answered by nw-18-816, and nw-17-1824, about the late answer to a Kleine Anfrage 295 of the
    17th, follows it; with the period, only the one answered is meant."""
    documents = [load_document(FIXTURES / f"{doc_id}.txt") for doc_id in ("st-7-3792", "nw-18-816", "nw-17-1824")]
    IndexStore(tmp_path).build(documents)
    engine = Engine(tmp_path)
    assert [hit.doc_id for hit in engine.search("KA 7/2151").hits] == ["st-7-3792"]
    assert engine.search("KA 2151").hits[0].doc_id == "st-7-3792"
    assert [hit.doc_id for hit in engine.search("Kleine Anfrage 295").hits] == ["nw-18-816", "nw-17-1824"]
    assert engine.search("KA 8/2151").total == 0
    assert [hit.doc_id for hit in engine.search("KA 18/295").hits] == ["nw-18-816"]
    assert [hit.doc_id for hit in engine.search("Kleine Anfrage 7/2151").hits] == ["st-7-3792"]


def test_a_citation_read_two_ways_lists_its_first_reading_first(tmp_path):
    """``KA 7/2151`` is Sachsen-Anhalt's Kleine Anfrage 2151 first, the Drucksache 7/2151 second;
    ``Kleine Anfrage 7/2151`` the other way round."""

    def document(number: int, anfrage: int, title: str) -> Document:
        return Document(
            id=f"st-7-{number}",
            parliament="st",
            wahlperiode=7,
            drucksache=f"7/{number}",
            anfrage_nr=anfrage,
            title=title,
            questions=(Question(1, "Wie viele?", ("Es gab zwölf.",)),),
        )

    IndexStore(tmp_path).build([document(3792, 2151, "Demonstrationen"), document(2151, 1200, "Straßenbau")])
    engine = Engine(tmp_path)
    assert [hit.doc_id for hit in engine.search("KA 7/2151").hits] == ["st-7-3792", "st-7-2151"]
    assert [hit.doc_id for hit in engine.search("Kleine Anfrage 7/2151").hits] == ["st-7-2151", "st-7-3792"]


def test_a_citation_names_the_question_as_printed(tmp_path):
    """Berlin counts follow-up questions 2a, 2b between 2 and 3: "Frage 3" is the one printed 3,
    and hits, citations and exports say the printed number."""
    document = load_document(FIXTURES / "be-17-12186.txt")
    IndexStore(tmp_path).build([document])
    engine = Engine(tmp_path)
    (hit,) = engine.search("Drucksache 17/12186 Frage 3").hits
    assert hit.printed_question == "3" and hit.question_text.startswith("Handelt es sich bei der Berlin Grün GmbH")
    (hit,) = engine.search("17/12186, Frage 2a").hits
    assert hit.printed_question == "2a" and hit.question_text == "Wenn ja, warum ist das Verteilen untersagt?"
    for typed in ("17/12186, Frage 2 a", "Drs. 17/12186 Frage 2 a)"):  # as staff type it: not Frage 2 and a word „a“
        assert [h.printed_question for h in engine.search(typed).hits] == ["2a"], typed
    assert [h.printed_question for h in engine.search("17/12186 Fragen 2 a und 2 b").hits] == ["2a", "2b"]
    assert Citation(document, hit.question).short().endswith("Antwort zu Frage 2a")
    assert engine.search("17/12186 Frage 7").notice == (
        "Frage 7 gibt es im zitierten Dokument nicht; gezeigt wird das Dokument."
    )


def test_a_number_printed_with_a_thousands_space_is_found_where_an_answer_cites_it(tmp_path):
    """Berlin prints numbers of five digits with a space: be-17-14001 answer 1 refers to "die Schriftliche Anfrage
    Nr. 17/13 593 vom 08. April 2014"; the snippet shows the number as printed.  The answers that refer to answer 1
    index its words, but cite nothing themselves."""
    IndexStore(tmp_path).build([load_document(FIXTURES / "be-17-14001.txt")])
    engine = Engine(tmp_path)
    for query in ("Schriftliche Anfrage 17/13593", "17/13593", "17/13 593", "Drucksache 17/13 593"):
        (hit,) = engine.search(query).hits  # not answers 2 to 5, "Erübrigt sich durch Antwort auf Frage 1."
        assert (hit.doc_id, hit.question) == ("be-17-14001", 1), query
        assert "Schriftliche Anfrage Nr. <mark>17/13 593</mark> vom 08. April 2014" in hit.snippet, query


def test_a_spaced_number_without_a_citation_word_stays_two_numbers(tmp_path):
    engine = engine_over(
        tmp_path,
        7715,
        "Fallzahlen",
        [
            ("Welche Anfrage?", "Siehe Drucksache 17/13 593."),
            ("Wie viele Fälle?", "Im Verhältnis 17/13 593 Fälle."),
            ("Und die Antwort?", "Siehe DRUCKSACHE 17/13\u00a0594."),  # capitals, a no-break space
        ],
    )
    assert [hit.question for hit in engine.search("17/13593").hits if not hit.missing] == [1]
    assert [hit.question for hit in engine.search("17/13594").hits if not hit.missing] == [3]
    assert [hit.question for hit in engine.search("Verhältnis 593").hits if not hit.missing] == [2]


def test_a_paragraph_written_out_finds_the_sign(tmp_path):
    engine = engine_over(
        tmp_path, 7714, "Straftaten", [("Welche Normen?", "Wahlkreisbüros: 8 Fälle nach § 303 Strafgesetzbuch.")]
    )
    for query in ("Paragraph 303 Strafgesetzbuch", "Paragrafen 303 Strafgesetzbuch", "§ 303 Strafgesetzbuch"):
        assert engine.search(query).total == 1, query
    assert engine.search("Paragraph 304 Strafgesetzbuch").total == 0


def test_a_legal_reference_binds_its_numbers_to_their_markers(tmp_path):
    """``Art. 8`` is article 8, not an article and an 8 somewhere; ``Artikel``/``Art.``, ``Absatz``/``Abs.`` and
    ``Nummer``/``Nr.`` are one marker."""
    engine = engine_over(
        tmp_path,
        7716,
        "Versammlungen",
        [
            ("Was schützt Versammlungen?", "Art. 8 GG gilt. Sie stehen unter dem Schutz des Art. 8 GG."),
            ("Was gilt für Schulen?", "Nach Art. 7 GG gilt das; 8 Schulen sind betroffen."),
            ("Welche Norm gilt?", "Es gilt § 3 Abs. 2 Satz 1 Nr. 4 des Gesetzes."),
            ("Und sonst?", "In 2 Fällen galt § 3, Abs. 1 nicht."),
            ("Wie wird geprüft?", "Die Art und Weise der Prüfung regelt Art. 9 der Verordnung."),
            ("Was gilt für Versammlungen?", "Für Versammlungen gelten die Artikel 8 bis 10 GG."),
        ],
    )

    def found(query: str) -> list[int | None]:
        return sorted(hit.question for hit in engine.search(query).hits if not hit.missing)

    assert found("Art. 8 GG") == found("Artikel 8 GG") == found("artikel 8") == [1, 6]  # "Artikel 8 bis 10"
    assert found("§ 3 Abs. 2") == found("§ 3 Absatz 2 Satz 1 Nummer 4") == [3]
    assert found("Art und Weise") == [5] and found('"Artikel und Weise"') == []  # no reference without a number
    assert found("GG -Art. 8") == [2] and found("antwort:Art. 8") == [1, 6]  # exclusion and field kept
    assert found("Artikel 8-10") == []  # a range is left as typed: "8-10" is not written here
    assert found("Gesetzes -§ 3 Abs. 2") == [] and found("Gesetzes") == [3]  # the exclusion stays one before a §
    assert found("Versammlungen-Art. 8") == [1, 6]  # a hyphen inside a word is no exclusion
    # an answer lacking a reference is listed, saying so, like one lacking a word
    hits = engine.search("Art. 7 Prüfung").hits
    assert {(hit.question, hit.missing) for hit in hits[:2]} == {(2, ("Prüfung",)), (5, ('"Art. 7"',))}
    # then the document's other answers: a third of its answers lack one word only (see test_same_document)
    assert all(hit.notes == ["weitere Antwort eines Dokuments mit Teiltreffern"] for hit in hits[2:]) and len(hits) == 6
    restricted = {(hit.question, hit.missing) for hit in engine.search("Prüfung antwort:Art. 7").hits}
    assert restricted == {(2, ("Prüfung",))}  # a reference restricted to a field is required, like such a word
    # "gefunden als" names the reference as the text writes it, not its first word
    said = {hit.question: hit.found_as for hit in engine.search("Artikel 8 GG").hits}
    assert said[1] == 'Art. 8 ← "Artikel 8" (Wortgruppe); GG (genaues Wort)'
    assert engine.search('"Schutz des Art. 8"').hits[0].found_as == '"Schutz des Art. 8" (Wortgruppe)'


def test_both_spellings_the_reform_allows_find_each_other(tmp_path):
    engine = engine_over(
        tmp_path,
        7715,
        "Energie",
        [
            ("Wie groß ist das Potential?", "Das Potenzial der Photovoltaik auf Landesdächern ist erheblich."),
            ("Und die Binnenschiffahrt?", "Die Flußschiffahrt nutzt sie nicht."),  # spelled before 1996
        ],
    )
    pairs = [("Fotovoltaik", "Photovoltaik"), ("Potential", "Potenzial"), ("Flussschifffahrt", "Flußschiffahrt")]
    for query, marked in pairs:
        result = engine.search(query)
        assert result.total == 1, query
        assert f"<mark>{marked}</mark>" in str(result.hits[0].snippet), query


@pytest.mark.parametrize(
    "text",
    [
        "Die Sicherheits- bzw. Wachdienste prüfen.",
        "Die Sicherheits-bzw. Wachdienste prüfen.",
        "Die Sicherheits-und Wachdienste prüfen.",
    ],
)
def test_a_hanging_word_is_completed_across_bzw_and_a_glued_conjunction(tmp_path, text):
    engine = engine_over(tmp_path, 7716, "Unterkünfte", [("Wer bewacht?", text)])
    result = engine.search("Sicherheitsdienste")
    assert result.total == 1 and "<mark>Sicherheits" in str(result.hits[0].snippet)


def test_a_prefix_in_either_spelling_finds_the_words(tmp_path):
    engine = engine_over(tmp_path, 7717, "Energie", [("Wie viel?", "Das Potenzial der Photovoltaikanlagen ist groß.")])
    for query in ("Photo*", "Foto*", "Potenti*", "Potential*"):
        assert engine.search(query).total == 1, query


def test_a_prefix_typed_as_a_whole_word_finds_the_word_and_says_how(tmp_path):
    """``medizinische*`` and ``stationäre*`` found nothing (the index holds the stems „medizin“, „stationar“, shorter
    than the prefix), though the texts say „medizinische“ and „stationären“; what the word's stem finds is shown as the
    word's form, not as a word beginning, and a compound the word ends (``Zahnmedizin``) begins otherwise.
    ``Förder*`` keeps to its own words."""
    engine = engine_over(
        tmp_path,
        7719,
        "Versorgung",
        [
            ("Wie?", "Die medizinische Versorgung der stationären Patienten ist gesichert."),
            ("Und?", "Die Verbände fordern mehr Geld."),
            ("Wer noch?", "Die Zahnmedizin und die Bürgerinnen und Bürger."),
        ],
    )
    for query in ("medizinisch*", "medizinische*", "stationäre*", "stationaere*"):
        result = engine.search(query)
        assert [hit.question for hit in result.hits] == [1], query
    (note,) = engine.search("medizinische*").hits[0].match
    assert (note.way, note.found) == ("genau", "medizinische")  # not „Wortanfang“
    assert [hit.question for hit in engine.search("Bürgerinnen*").hits] == [3]
    assert engine.search("Förder*").total == 0


def test_function_words_typed_without_umlauts_are_function_words(tmp_path):
    engine = engine_over(
        tmp_path,
        7718,
        "Aufsicht",
        [
            ("Wer führt die Aufsicht?", "Die Behörde für Wirtschaft und Verkehr führt sie."),
            ("Und die Häfen?", "Darueber wacht die Hafenbehoerde fuer Bremen."),  # a copy without umlauts
        ],
    )
    for query in ("Behoerde fuer Wirtschaft", '"Behörde fuer Wirtschaft"', "Wirtschaft ueber"):
        result = engine.search(query)
        assert result.total == 1 and "<mark>Wirtschaft</mark>" in str(result.hits[0].snippet), query
    result = engine.search('"Hafenbehörde für Bremen"')
    assert result.total == 1 and "<mark>Bremen</mark>" in str(result.hits[0].snippet)


def test_a_gendered_word_finds_the_forms_the_texts_write(tmp_path):
    """„Schüler*innen“, „Lehrer:innen“ found nothing: the texts write „Schülerinnen und Schüler“ and never the star."""
    IndexStore(tmp_path).build(
        [
            _doc(
                4801, "Schulweg", [("Wie viele Schülerinnen und Schüler fahren Bus?", "Rund 2000 Schüler fahren Bus.")]
            ),
            _doc(4802, "Lehrkräfte", [("Wie viele Lehrer gibt es?", "Es gibt 300 Lehrerinnen und Lehrer.")]),
        ]
    )
    engine = Engine(tmp_path)
    for query in ("Schüler*innen", "Schüler:innen", "Schüler_innen", "Schüler*in Bus", '"Schüler*innen und Schüler"'):
        assert [(hit.doc_id, hit.question) for hit in engine.search(query).hits] == [("ni-19-4801", 1)], query
    assert [hit.doc_id for hit in engine.search("Lehrer:innen").hits] == ["ni-19-4802"]
    assert engine.search("Bus -Schüler*innen").total == 0
    assert [hit.doc_id for hit in engine.search("frage:Lehrer*innen").hits] == ["ni-19-4802"]  # after a field too
    # a colon before „in“ that genders nothing stays as typed: „Stand:in“ is no „Standin“
    assert gender_forms_written_out("Stand:in Niedersachsen") == "Stand:in Niedersachsen"
    assert gender_forms_written_out("Autor:innen Autor*in") == "Autorinnen Autorin"  # a name meant as a field
    assert gender_forms_written_out("info_in@example.org") == "info_in@example.org"


def test_a_bar_joins_alternatives_as_oder_does(engine):
    """„Fahrbahndecke | Krankenhäuser“, as other engines take alternatives, needed both words: the bar was no word."""
    alternatives = engine.search("Fahrbahndecke ODER Krankenhäuser", per_page=50)
    assert alternatives.total > engine.search("Fahrbahndecke Krankenhäuser").total
    for query in ("Fahrbahndecke | Krankenhäuser", "Fahrbahndecke || Krankenhäuser"):
        results = engine.search(query, per_page=50)
        assert results.total == alternatives.total, query
        assert [(hit.doc_id, hit.question) for hit in results.hits[: results.total]] == [
            (hit.doc_id, hit.question) for hit in alternatives.hits[: alternatives.total]
        ]
