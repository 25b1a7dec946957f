"""Abbreviations no document defines, guessed by their letters: shown below the full matches,
labelled, never counted — and never guessed from parties, initials, numerals, units or words."""

import itertools
import string

import pytest

from indexer import Engine, IndexStore
from indexer.analysis.guessing import coordinated, guessable, hyphenated, lower_names, names, spelled_by, undefined
from indexer.search.guesses import _spellings
from web import create_app

from .quality_corpus import _doc

LETTERS = string.ascii_lowercase

GUESSED = "abkuerzung_vermutet"


@pytest.mark.parametrize(
    "short, words",
    [
        ("BezVerwG", [["bezirks", "verwaltungs", "gesetz"]]),
        ("NKatSG", [["nieder", "sächsisches"], ["katastrophe", "schutz", "gesetz"]]),  # an initial, then parts
        ("GOHLT", [["geschäfts", "ordnung"], ["hessischen"], ["land", "tags"]]),
        ("ÖPNV", [["öffentlicher"], ["personen", "nah", "verkehr"]]),
        ("BAföG", [["bundes", "ausbildungs", "förderungs", "gesetz"]]),  # small letters begin a part
        ("GmbH", [["gesellschaft"], ["mit"], ["beschränkter"], ["haftung"]]),  # or each one a word
        ("APVO", [["ausbildungs"], ["prüfungs", "verordnung"]]),  # Ver|ordnung
        ("BfV", [["bundes", "amt"], ["für"], ["verfassungs", "schutz"]]),  # a function word's letter
        ("VS-NfD", [["verschluss", "sache"], ["nur"], ["für"], ["den"], ["dienst", "gebrauch"]]),
    ],
)
def test_german_long_forms_spell_their_abbreviations(short, words):
    assert spelled_by(short, words)


@pytest.mark.parametrize(
    "short, words",
    [
        ("BezVerwG", [["bezirks", "verordneten", "gesetz"]]),  # Verw is no start of a part
        ("IMK", [["innen", "minister", "konferenz", "beschluss"]]),  # a part left over
        ("GOHLT", [["geschäfts", "ordnung"], ["landtags"]]),  # a letter left over
        ("BAföG", [["bundes", "arbeits", "gesetz"]]),  # fö begins no part
        ("BHG", [["behörden", "gesetz"]]),  # Be|hörde is no prefixed word (Hörde is rare)
        ("BdV", [["bundes", "amt"], ["für"], ["verfassungs", "schutz"]]),  # a function word gives its own initial only
    ],
)
def test_letters_that_do_not_start_the_parts_spell_nothing(short, words):
    assert not spelled_by(short, words)


@pytest.mark.parametrize(
    "text",
    [
        "Die Anfrage der SPD und der CDU sowie der GRÜNEN.",  # parties
        "Anfrage des Abgeordneten Hans Jürgen Prömel (HJP)",  # a person's initials, in brackets after the name
        "Gemäß Teil III und Kapitel XII.",  # Roman numerals
        "Die Anlage liefert 5 MWh, im Jahr 12 GWh.",  # units
        "Leistungen nach dem SGB II und dem SGB XII.",  # a law book with its number
        "ANTWORT: Das ist NICHT bekannt, ABER geplant.",  # common words in capitals
        "FRAGE - ANTWORT - CDU-SPD",  # joined by hyphens: each piece is checked
        "Nach § 153 StPO wurde eingestellt.",  # a law of the law list: cited, found by its title
        "Die Zentrale Bußgeldstelle (ZBS) und die ZBS.",  # defined: the definition speaks
        "Mit der S-Bahn, der U-Bahn und dem Bund-Länder-Programm.",  # hyphenated compounds
        "Mittel für das Landes-BAföG.",  # an abbreviation ending a compound: the compound's, not cited
    ],
)
def test_nothing_that_only_looks_like_an_abbreviation_is_kept_for_guessing(text):
    pairs = [("ZBS", "Zentrale Bußgeldstelle")] if "(ZBS)" in text else []
    assert undefined([text], pairs) == []


def test_undefined_abbreviations_are_kept_for_guessing():
    assert undefined(["Nach § 42 BezVerwG und § 35 GOHLT, die DDVGs und Betreuer EAE 71.926,9."], []) == [
        "BezVerwG",
        "GOHLT",
        "DDVG",
        "EAE",  # a table's number after it: no law book's number
    ]
    assert undefined(["Aus den sog. BAföG-Mitteln und nach dem KRITIS-Dachgesetz."], []) == ["BAföG", "KRITIS"]
    joined = "Sie ist VS - NfD eingestuft, die NRW-Landesregierung weiß es, CDU - SPD nicht."
    assert undefined([joined], []) == ["VS-NfD", "NRW"]  # joined by a hyphen: one; parties: none


@pytest.mark.parametrize(
    "word, expected", [("VS-NfD", True), ("S-Bahn", False), ("CDU-SPD", False), ("ANTWORT-NEIN", False)]
)
def test_a_typed_word_with_a_hyphen_is_guessed_only_when_each_piece_is_an_abbreviation(word, expected):
    assert guessable(word) is expected


def test_names_with_a_part_left_hanging_are_long_forms():
    text = "Nach der Oberstufen- und Abiturprüfungsverordnung sowie dem Niedersächsischen Polizei- und Ordnungsrecht."
    assert coordinated([text]) == [
        "Oberstufen- und Abiturprüfungsverordnung",
        "Niedersächsischen Polizei- und Ordnungsrecht",  # with its adjective
    ]


def test_names_of_several_words_are_an_adjective_and_a_noun_not_at_a_sentences_start():
    text = "Die Belegung der Zentralen Erstaufnahme ist hoch. Innenminister Kontakte gab es. Zentrale Stellen fehlen."
    assert names([text]) == ["Zentralen Erstaufnahme"]


def test_nouns_joined_by_hyphens_are_names():
    text = "Das Nutzen-Kosten-Verhältnis der Bund-Länder-Arbeitsgruppe, nicht das BAföG-Amt oder der KRITIS-Sektor."
    assert hyphenated([text]) == ["Nutzen-Kosten-Verhältnis", "Bund-Länder-Arbeitsgruppe"]


def test_names_of_adjectives_in_lower_case_and_a_noun():
    text = (
        "Kosten für unbegleitete minderjährige Ausländer; Fälle politisch motivierter Kriminalität; "
        "der öffentliche Personennahverkehr; die zuständigen Behörden haben weitere Informationen."
    )
    assert lower_names([text]) == [
        "unbegleitete minderjährige Ausländer",
        "politisch motivierter Kriminalität",  # an adverb of an adjective's shape may lead
        "öffentliche Personennahverkehr",  # "der" is no part of it
    ]  # not "zuständigen Behörden": two letters; "weitere" is no adjective's ending


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    index = tmp_path_factory.mktemp("guess-index")
    IndexStore(index).build(
        [
            _doc(4001, "Bezirksämter", [("Wer ist zuständig?", "Die Zuständigkeit folgt aus § 42 BezVerwG.")]),
            _doc(4002, "Innenpolitik", [("Wer hat beraten?", "Die Innenministerkonferenz hat im Juni beraten.")]),
            _doc(4003, "Verkehr", [("Wer fährt?", "Die BVG fährt nachts seltener.")]),  # Berliner Verkehrsbetriebe
            _doc(4004, "Beschaffung", [("Wer kauft ein?", "Die ZBS kauft die Fahrzeuge.")]),
            _doc(4005, "Bußgelder", [("Wer ahndet?", "Die Zentrale Bußgeldstelle (ZBS) ahndet Verstöße.")]),
            _doc(4006, "Abgeordnete", [("Wer fragt?", "Es fragt der Abgeordnete Hans Jürgen Prömel (HJP).")]),
            _doc(4008, "Listen", [("Was fehlt?", "Es fehlt die Liste, die HJP angefordert hat.")]),
            _doc(4009, "Unterbringung", [("Wie voll ist es?", "Die Belegung der Zentralen Erstaufnahme ist hoch.")]),
            _doc(4010, "Sozialpolitik", [("Was war?", "Es gab eine Sozialpolitische Debatte im Landtag.")]),
            _doc(4007, "Gesetze", [("Was gilt?", "Das Bezirksverwaltungsgesetz gilt seit 2020.")]),
            _doc(4011, "Haft", [("Wie voll ist sie?", "Die JVA ist voll belegt.")]),
            _doc(4012, "Rinder", [("Was wird gehalten?", "Die Jungviehaufzucht ist gering.")]),
            _doc(4013, "Zahlungen", [("Wer zahlt?", "Das Land NLW zahlt.")]),
            _doc(4014, "Schulen", [("Was gilt?", "Nach § 5 SchulG gilt das.")]),
            _doc(4015, "Unterricht", [("Woher?", "36 Millionen Euro stammen aus den sog. BAföG-Mitteln.")]),
            _doc(4016, "Abitur", [("Was gilt?", "Es gilt die Oberstufen- und Abiturprüfungsverordnung.")]),
            _doc(4017, "Vorschriften", [("Wird sie veröffentlicht?", "Nein, die Vorschrift ist VS - NfD eingestuft.")]),
            _doc(4018, "Rehabilitation", [("Wer trägt sie?", "Träger ist die Deutsche Rentenversicherung.")]),
            _doc(4019, "Schienenwege", [("Lohnt es sich?", "Das Nutzen-Kosten-Verhältnis liegt über 1.")]),
            _doc(4020, "Jugendhilfe", [("Wer wird betreut?", "Betreut werden unbegleitete minderjährige Ausländer.")]),
            _doc(4021, "Stromnetze", [("Was wird gebaut?", "Gebaut wird eine HGÜ-Leitung nach Süden.")]),
        ]
    )
    app = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(tmp_path_factory.mktemp("c"))})
    return app.test_client()


def _api(client, query: str, **params) -> dict:
    response = client.get("/api/search", query_string={"q": query, **params})
    assert response.status_code == 200
    return response.get_json()


def _hit(data: dict, doc_id: str) -> dict | None:
    return next((hit for hit in data["hits"] if hit["doc_id"] == doc_id), None)


def test_a_long_form_finds_the_abbreviation_no_document_defines_below_the_full_matches(client):
    data = _api(client, "Bezirksverwaltungsgesetz")
    assert data["total"] == 1  # only the answer that writes it out counts
    assert data["hits"][0]["doc_id"] == "ni-19-4007" and not data["hits"][0]["missing"]
    guessed = _hit(data, "ni-19-4001")
    assert guessed["missing"] == ["Abkürzung vermutet: BezVerwG ← Bezirksverwaltungsgesetz"]
    assert guessed["match"][0]["art"] == GUESSED and guessed["match"][0]["gefunden_als"] == "BezVerwG"
    assert "<mark>BezVerwG</mark>" in guessed["snippet"]
    assert _hit(data, "ni-19-4003") is None  # BVG spells fewer of its letters: no guess
    assert all(value["count"] == 1 for values in data["facets"].values() for value in values)


def test_an_abbreviation_finds_the_long_form_no_document_defines(client):
    data = _api(client, "IMK")
    assert data["total"] == 0
    hit = _hit(data, "ni-19-4002")
    assert hit["missing"] == ["Abkürzung vermutet: IMK ← Innenministerkonferenz"]
    assert hit["match"][0]["gefunden_als"] == "Innenministerkonferenz"


def test_an_abbreviation_finds_a_name_of_several_words_that_spells_it(client):
    hit = _hit(_api(client, "ZEA"), "ni-19-4009")
    assert hit["missing"] == ["Abkürzung vermutet: ZEA ← Zentralen Erstaufnahme"]
    assert hit["match"][0]["art"] == GUESSED


@pytest.mark.parametrize(
    "query, doc_id, label",
    [
        ("DRV", "ni-19-4018", "DRV ← Deutsche Rentenversicherung"),  # a noun commoner than its parts spells them
        ("NKV", "ni-19-4019", "NKV ← Nutzen-Kosten-Verhältnis"),  # nouns joined by hyphens
        ("UMA", "ni-19-4020", "UMA ← unbegleitete minderjährige Ausländer"),  # adjectives in lower case
    ],
)
def test_an_abbreviation_finds_names_of_every_shape(client, query, doc_id, label):
    hit = _hit(_api(client, query), doc_id)
    assert hit["missing"] == [f"Abkürzung vermutet: {label}"]
    assert hit["match"][0]["art"] == GUESSED


def test_the_page_shows_the_guess_as_a_note_of_the_relaxed_tier(client):
    page = client.get("/", query_string={"q": "IMK"}).get_data(as_text=True)
    assert "Abkürzung vermutet: IMK ← Innenministerkonferenz" in page
    assert "Es fehlt" not in page


def test_guesses_are_not_in_exports_nor_in_date_sorted_lists(client):
    assert _hit(_api(client, "IMK", sort="neueste"), "ni-19-4002") is None
    exported = client.get("/export.csv", query_string={"q": "IMK"}).get_data(as_text=True)
    assert "ni-19-4002" not in exported


def test_no_guess_where_a_document_defines_the_abbreviation_otherwise(client):
    data = _api(client, "Zentrale Beschaffungsstelle")
    assert _hit(data, "ni-19-4004") is None
    assert not any(label.startswith("Abkürzung vermutet") for hit in data["hits"] for label in hit["missing"])


def test_no_guess_for_a_party_in_the_query(client):
    """„Sozialpolitische Debatte“ would spell SPD: a party is never guessed."""
    assert not any(hit["missing"] for hit in _api(client, "SPD")["hits"])


@pytest.mark.parametrize("query", ["Nachfrage Landesrente Wohnen", "Schulgebäude"])
def test_no_guess_from_a_list_of_keywords_nor_from_any_part_for_a_laws_final_capital(client, query):
    """Keywords are no name (their initials spell NLW by chance); SchulG's G is a Gesetz, no Gebäude."""
    assert not any(
        label.startswith("Abkürzung vermutet") for hit in _api(client, query)["hits"] for label in hit["missing"]
    )


def test_a_laws_abbreviation_is_guessed_from_its_gesetz(client):
    hit = _hit(_api(client, "Schulgesetz"), "ni-19-4014")
    assert hit["missing"] == ["Abkürzung vermutet: SchulG ← Schulgesetz"]


def test_no_guess_from_a_persons_initials(client):
    """A document names the person with the initials in brackets: no other document's HJP is guessed."""
    data = _api(client, "Hans Jürgen Prömel")
    assert _hit(data, "ni-19-4008") is None
    assert not any(label.startswith("Abkürzung vermutet") for hit in data["hits"] for label in hit["missing"])


def test_an_abbreviation_the_texts_use_is_found_as_written_and_guessed_only_last(client):
    """JVA stands in a text (undefined): that answer is the match; another document's Jungviehaufzucht
    is only a guess, after everything else."""
    data = _api(client, "JVA")
    assert data["total"] == 1 and data["hits"][0]["doc_id"] == "ni-19-4011"
    assert data["hits"][-1]["doc_id"] == "ni-19-4012"
    assert data["hits"][-1]["missing"] == ["Abkürzung vermutet: JVA ← Jungviehaufzucht"]


def test_an_abbreviation_with_small_letters_leading_a_compound_is_guessed(client):
    hit = _hit(_api(client, "Bundesausbildungsförderungsgesetz"), "ni-19-4015")
    assert hit["missing"] == ["Abkürzung vermutet: BAföG ← Bundesausbildungsförderungsgesetz"]
    assert hit["match"][0]["art"] == GUESSED


def test_an_abbreviation_finds_a_long_form_with_a_part_left_hanging(client):
    hit = _hit(_api(client, "OAPVO"), "ni-19-4016")
    assert hit["missing"] == ["Abkürzung vermutet: OAPVO ← Oberstufen- und Abiturprüfungsverordnung"]
    page = client.get("/", query_string={"q": "OAPVO"}).get_data(as_text=True)
    assert "Abkürzung vermutet: OAPVO ← Oberstufen- und Abiturprüfungsverordnung" in page


def test_function_words_of_the_query_may_give_letters(client):
    hit = _hit(_api(client, "Verschlusssache nur für den Dienstgebrauch"), "ni-19-4017")
    assert hit["missing"] == ["Abkürzung vermutet: VS-NfD ← Verschlusssache nur für den Dienstgebrauch"]
    assert "<mark>VS</mark> - <mark>NfD</mark>" in hit["snippet"]


def test_a_long_form_is_found_behind_thousands_of_words_with_the_same_first_letter(tmp_path):
    """The answers' terms are read by prefix, at most 5,000 each: the first letter group (``bez``) comes first."""
    many = " ".join("ba" + "".join(letters) for letters in itertools.islice(itertools.product(LETTERS, repeat=3), 6000))
    IndexStore(tmp_path).build(
        [
            _doc(4101, "Wörter", [("Welche Wörter?", many)]),
            _doc(4102, "Gesetze", [("Was gilt?", "Das Bezirksverwaltungsgesetz gilt seit 2020.")]),
        ]
    )
    hits = Engine(tmp_path).search("BezVerwG").hits
    assert [(hit.doc_id, list(hit.missing)) for hit in hits] == [
        ("ni-19-4102", ["Abkürzung vermutet: BezVerwG ← Bezirksverwaltungsgesetz"])
    ]


def test_a_guessed_long_form_is_named_as_the_texts_spell_it(tmp_path):
    """The index spells „ph“ as „f“ (``katastrofenschutz``): the label names the word as written, not the term."""
    IndexStore(tmp_path).build(
        [_doc(4101, "Krisenvorsorge", [("Wie steht es um den Katastrophenschutz?", "Der Katastrophenschutz wächst.")])]
    )
    app = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path), "CORPUS_DIR": str(tmp_path / "c")})
    hit = _hit(_api(app.test_client(), "KatS"), "ni-19-4101")
    assert hit["missing"] == ["Abkürzung vermutet: KatS ← Katastrophenschutz"]


@pytest.mark.parametrize(
    "term, written",
    [
        ("burgerburo", "bürgerbüro"),  # two umlauts
        ("strassenverkehrsamt", "straßenverkehrsamt"),
        ("filosofiestudium", "philosophiestudium"),  # two „ph“
        ("susswasserfischerei", "süßwasserfischerei"),
    ],
)
def test_the_ways_a_term_may_be_written_include_several_changes_at_once(term, written):
    """The label's word is looked up in these spellings (review: „Strassenverkehrsamt“, „Burgerburo“ were shown)."""
    assert written in _spellings(term)


def test_a_long_form_of_nouns_joined_by_hyphens_finds_the_abbreviation_of_its_pieces(client):
    """Each piece gives a letter, as texts abbreviate such names: HGÜ, not the initials of its eight parts."""
    hit = _hit(_api(client, "Hochspannungs-Gleichstrom-Übertragung"), "ni-19-4021")
    assert hit["missing"] == ["Abkürzung vermutet: HGÜ ← Hochspannungs-Gleichstrom-Übertragung"]


def test_a_guessed_abbreviation_is_met_only_in_the_documents_that_write_it(tmp_path):
    """The index holds ``RED`` as „red“, the stem of „Rede“ too: a guess meets the answers of documents writing the
    abbreviation, not every speech."""
    IndexStore(tmp_path).build(
        [
            _doc(4101, "Richtlinie", [("Was gilt?", "Die Richtlinie RED gilt seit 2023 für den Netzausbau.")]),
            _doc(4102, "Termine", [("Wer sprach?", "Die Rede hielt der Minister im Mai.")]),
        ]
    )
    hits = Engine(tmp_path).search("Rente für ehemalige Diplomaten").hits
    assert [(hit.doc_id, list(hit.missing)) for hit in hits] == [
        ("ni-19-4101", ["Abkürzung vermutet: RED ← Rente für ehemalige Diplomaten"])
    ]
