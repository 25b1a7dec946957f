"""Abbreviations the documents define: every way officials write a definition, and no false pairs."""

import re
from dataclasses import replace
from html import unescape

import pytest

from indexer import Engine, IndexStore
from indexer.analysis.abbreviations import learn, long_key
from indexer.search.highlight import highlight
from web import create_app

from .conftest import ranked
from .quality_corpus import _doc


@pytest.mark.parametrize(
    "text, pair",
    [
        ("nach dem Gesetz über die Zentrale Ausländerbehörde [ZAB] gilt", ("ZAB", "Zentrale Ausländerbehörde")),
        ("Die ZAB (Zentrale Ausländerbehörde) ist zuständig.", ("ZAB", "Zentrale Ausländerbehörde")),
        ("Die Zentralen Ausländerbehörden (ZABs) sind zuständig.", ("ZAB", "Zentralen Ausländerbehörden")),
        ("Mitglieder der islamischen Xyz-Garden (IXG) wurden beobachtet.", ("IXG", "islamischen Xyz-Garden")),
        ("nach dem Bundesausbildungsförderungsgesetz (BAföG) gilt", ("BAföG", "Bundesausbildungsförderungsgesetz")),
        (
            "als Verschlusssache – Nur für den Dienstgebrauch (VS-NfD) eingestuft",
            ("VS-NfD", "Verschlusssache Dienstgebrauch"),
        ),
        ("im Gesetz- und Verordnungsblatt (GVBl.) verkündet", ("GVBl", "Gesetz- Verordnungsblatt")),
        # a legal form between the name and the bracket spells no letter
        (
            "Die Jülicher Entsorgungsgesellschaft für Nuklearanlagen mbH (JEN) lagert",
            ("JEN", "Jülicher Entsorgungsgesellschaft Nuklearanlagen"),
        ),
        ("Der Naturschutzbund Deutschland e. V. (NABU) klagt.", ("NABU", "Naturschutzbund Deutschland")),
        ("bei der Deutschen Akkreditierungsstelle GmbH (DAkkS)", ("DAkkS", "Deutschen Akkreditierungsstelle")),
        # a name in quotation marks is the long form
        ("Bei den „Jungen Nationalisten“ (JN) sind 300 Mitglieder bekannt.", ("JN", "Jungen Nationalisten")),
        ('Konzerte der "Brothers of Honour" (BoH) fanden statt.', ("BoH", "Brothers of Honour")),
    ],
)
def test_definitions_in_every_form_are_learned(text, pair):
    assert learn([text]) == [pair]


def test_inflected_and_lower_case_long_forms_meet_their_base_form():
    assert long_key("islamischen Xyz-Garden") == long_key("Islamische Xyz-Garden")
    assert long_key("Zentralen Ausländerbehörden") == long_key("Zentrale Ausländerbehörde")


@pytest.mark.parametrize(
    "text",
    [
        "Anfrage der Abgeordneten Claus Seebeck und Eike Holsten (CDU)",  # a party after names
        "Christlich Demokratische Union (CDU)",  # parties are never learned, even spelled out
        "Die Kommission leitet Prof. Dr. Hans Jürgen Prömel (HJP) seit 2024.",  # a person's initials
        "Herrn Stephan Weil (SW) wurde berichtet.",
        "Die Stadtschnellbahn (S-Bahn) fährt.",  # one capital: a hyphenated word, no abbreviation
        "Ein Antrag der beiden Fraktionen (CDU-SPD) liegt vor.",  # parties, joined
        "Übungen nach § 11 NKatSG (siehe Anlage) und nach NHG (§ 38 Abs. 2)",  # a law and its paragraph
        "zur Ergänzung der Verordnung (EU) 2016/679 und der Verordnung (EG) Nr. 1370/2007",  # citations
        # a quoted name that does not spell the bracket's letters: the bracket names something else
        "Die Gemeinschaftsaufgabe „Verbesserung der regionalen Wirtschaftsstruktur“ (GRW) fördert.",
    ],
)
def test_wrong_pairs_are_not_learned(text):
    assert learn([text]) == []


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    path = tmp_path_factory.mktemp("abk")
    IndexStore(path).build(
        [
            _doc(
                3001,
                "Opferschutz",
                [("Wie viele Beratungen gab es?", "Die ZBOs führten 2025 rund 400 Beratungen durch.")],
                preamble=("Die Zentrale Beratungsstelle für Opferschutz (ZBO) berät Betroffene.",),
            ),
            _doc(3002, "Haushalt", [("Was kostet die Beratung?", "Die Kosten trägt das Land.")]),
            _doc(3003, "Akten", [("Wie eingestuft?", "Als Verschlusssache – Nur für den Dienstgebrauch (VS-NfD).")]),
            _doc(3004, "Vorschriften", [("Wird sie veröffentlicht?", "Nein, die Vorschrift ist VS-NfD eingestuft.")]),
            _doc(
                3005,
                "Nahverkehr",
                [("Wie entwickelt sich der öffentliche Personennahverkehr (ÖPNV)?", "Die Fahrgastzahlen steigen.")],
            ),
            _doc(
                3006,
                "Streiks",
                [("Gab es Gespräche?", "Es gab persönliche Gespräche über die Aufrechterhaltung des ÖPNV.")],
            ),
            _doc(3007, "Busse", [("Gibt es neue Linien?", "Der öffentliche Personennahverkehr erhält zwei Linien.")]),
            _doc(3008, "Hilfe", [("Wer hilft?", "Die Zentrale Beratungsstelle für Opferschutz hilft.")]),
        ]
    )
    return Engine(path)


def test_a_long_form_from_the_vorbemerkung_finds_answers_that_use_only_the_short_form(engine):
    assert ("ni-19-3001", 1) in ranked(engine, "Zentrale Beratungsstelle für Opferschutz")


def test_a_definition_in_one_document_serves_every_other(engine):
    """Document 3004 only writes VS-NfD; 3003 defines it: a search for the long form finds both as full matches."""
    assert set(ranked(engine, "Verschlusssache nur für den Dienstgebrauch")) == {("ni-19-3003", 1), ("ni-19-3004", 1)}


def test_a_hit_met_by_the_abbreviation_names_and_marks_it_not_a_word_holding_a_part_of_the_long_form(engine):
    """„persönliche“ holds „Person“, a part of „Personennahverkehr“: the hit said „gefunden als: persönliche ←
    öffentlicher Personennahverkehr (Abkürzung ↔ Langform)“ and marked „persönliche“ beside „ÖPNV“."""
    hit = next(h for h in engine.search("öffentlicher Personennahverkehr").hits if h.doc_id == "ni-19-3006")
    assert hit.found_as == "ÖPNV ← öffentlicher Personennahverkehr (Abkürzung ↔ Langform)"
    assert str(hit.snippet) == "Es gab persönliche Gespräche über die Aufrechterhaltung des <mark>ÖPNV</mark>."
    # the long form a short form met is named as the text writes it, not by its first word
    hit = next(h for h in engine.search("ÖPNV").hits if h.doc_id == "ni-19-3007")
    assert hit.found_as == "öffentliche Personennahverkehr ← ÖPNV (Abkürzung ↔ Langform)"


def test_the_document_page_marks_a_long_form_where_its_words_stand_together_not_each_word_alone(engine):
    """ni-19-11241 opened from ``ÖPNV``: „die öffentliche Sicherheit“ was marked as if it were the ÖPNV."""
    terms = engine.document_marks("ÖPNV", engine.document("ni-19-3007")).head
    text = "Die öffentliche Sicherheit im öffentlichen Personennahverkehr (ÖPNV) und im ÖPNV ist gewährleistet."
    assert str(highlight(text, terms)) == (
        "Die öffentliche Sicherheit im <mark>öffentlichen</mark> <mark>Personennahverkehr</mark> "
        "(<mark>ÖPNV</mark>) und im <mark>ÖPNV</mark> ist gewährleistet."
    )
    apart = "Öffentliche Stellen, öffentliche Wege und Plätze: der Personennahverkehr fährt."
    assert "<mark>" not in str(highlight(apart, terms))


def test_a_long_form_typed_out_is_found_as_the_text_writes_all_its_words(engine):
    """„gefunden als“ named one word of the long form alone: „Beratungsstelle ← Zentrale Beratungsstelle Opferschutz
    (genaues Wort)“."""
    hit = next(h for h in engine.search("Zentrale Beratungsstelle für Opferschutz").hits if h.doc_id == "ni-19-3008")
    assert hit.found_as == "Zentrale Beratungsstelle für Opferschutz (genaues Wort)"


def test_the_short_form_finds_its_plural(engine):
    assert ("ni-19-3001", 1) in ranked(engine, "ZBO")  # the answer writes "ZBOs"
    assert ("ni-19-3001", 1) in ranked(engine, "ZBOs")


def test_a_laws_official_abbreviation_needs_no_definition(tmp_path):
    """Answers cite ``§ 153 StPO`` or ``Strafprozessordnung`` without defining either: a law's
    abbreviation and its title find each other, and nothing else."""
    IndexStore(tmp_path).build(
        [
            _doc(3101, "Einstellungen", [("Wie oft wurde eingestellt?", "Nach § 153 StPO in 40 Fällen.")]),
            _doc(3102, "Verfahren", [("Nach welcher Vorschrift?", "Nach der Strafprozessordnung.")]),
            _doc(3103, "Strafen", [("Gibt es eine Ordnung für Prozesse?", "Ja, eine Prozessordnung der Gerichte.")]),
        ]
    )
    engine = Engine(tmp_path)
    both = {("ni-19-3101", 1), ("ni-19-3102", 1)}
    assert set(ranked(engine, "StPO")) == both
    assert set(ranked(engine, "Strafprozessordnung")) == both
    assert ranked(engine, "stpo") == [("ni-19-3101", 1)]  # written as a word, not as an abbreviation


def test_a_states_law_named_without_its_state_is_its_abbreviation_only_where_defined(tmp_path):
    """``Das Niedersächsische Kulturfördergesetz (NKultFöG)`` in the Vorbemerkung, then „aus dem Kulturfördergesetz“
    in an answer: there the short name is the defined law; another state's answer naming its own
    Kulturfördergesetz is no NKultFöG."""
    culture = _doc(
        3121,
        "Kulturkommission",
        [
            ("Wird der Landtag unterrichtet?", "Eine Pflicht aus dem Kulturfördergesetz besteht nicht."),
            ("Wer?", "Das MWK."),
        ],
        preamble=("Das Niedersächsische Kulturfördergesetz (NKultFöG) ist am 1. Januar 2023 in Kraft getreten.",),
    )
    elsewhere = replace(
        _doc(3122, "Kulturförderung", [("Was gilt?", "Das Kulturfördergesetz des Freistaates gilt seit 2020.")]),
        id="by-18-3122",
        parliament="by",
        wahlperiode=18,
        drucksache="18/3122",
    )
    IndexStore(tmp_path).build([culture, elsewhere])
    engine = Engine(tmp_path)
    assert ranked(engine, "NKultFöG") == [("ni-19-3121", 1)]
    assert set(ranked(engine, "Kulturfördergesetz")) == {("ni-19-3121", 1), ("by-18-3122", 1)}


def test_a_body_defined_with_its_legal_form_is_found_by_its_name_where_answers_write_only_the_short_form(tmp_path):
    """„Gesellschaft für Freiheitsrechte e. V. (GFF)“ in one answer, „die GFF“ in others: the name finds them all as
    full matches, typed with its legal form or without, and says how."""
    IndexStore(tmp_path).build(
        [
            _doc(
                3131,
                "Klagen",
                [
                    ("Wer klagt?", "Die Gesellschaft für Freiheitsrechte e. V. (GFF) hat Klage erhoben."),
                    ("Mit welchem Ziel?", "Die GFF verlangt die Löschung der Daten."),
                ],
            ),
            _doc(3132, "Verfahren", [("Wie steht das Verfahren?", "Die Klage der GFF ist anhängig.")]),
        ]
    )
    engine = Engine(tmp_path)
    everywhere = {("ni-19-3131", 1), ("ni-19-3131", 2), ("ni-19-3132", 1)}
    assert set(ranked(engine, "Gesellschaft für Freiheitsrechte")) == everywhere
    assert set(ranked(engine, "Gesellschaft für Freiheitsrechte e. V.")) == everywhere
    hit = next(h for h in engine.search("Gesellschaft für Freiheitsrechte").hits if h.doc_id == "ni-19-3132")
    assert hit.found_as.startswith("GFF ← Gesellschaft") and hit.found_as.endswith("(Abkürzung ↔ Langform)")


def test_a_short_form_that_is_a_common_word_stands_for_its_long_form_only_in_its_capitals(tmp_path):
    """„Ausbaustrecke (ABS)“ defined, „§ 5 Abs. 2“ cited elsewhere: the long form found every „Abs.“, said „gefunden
    als: Abs ← Ausbaustrecke (Abkürzung ↔ Langform)“ — and „Ludwig-Erhard-Gipfel (LEG)“ every „legen“.  An answer
    writing the short form in its capitals is still found by the long form."""
    IndexStore(tmp_path).build(
        [
            _doc(3141, "Bahnstrecke", [("Wann wird gebaut?", "Die Ausbaustrecke (ABS) wird 2027 fertig.")]),
            _doc(3142, "Förderung", [("Was gilt?", "Nach § 5 Abs. 2 der Richtlinie wird gefördert.")]),
            _doc(3143, "Planung", [("Wann wird eröffnet?", "Die ABS Hannover–Bielefeld wird 2030 eröffnet.")]),
            _doc(3144, "Tagung", [("Wer sprach?", "Die Ministerin sprach auf dem Ludwig-Erhard-Gipfel (LEG).")]),
            _doc(3145, "Transparenz", [("Was gilt?", "Wir legen großen Wert auf Transparenz.")]),
            _doc(3146, "Sponsoren", [("Wer zahlt?", "Den LEG bezahlen Sponsoren aus der Wirtschaft.")]),
        ]
    )
    engine = Engine(tmp_path)
    assert set(ranked(engine, "Ausbaustrecke")) == {("ni-19-3141", 1), ("ni-19-3143", 1)}
    assert ("ni-19-3141", 1) in ranked(engine, "ABS")  # the short form still finds its long form
    assert set(ranked(engine, "Ludwig Erhard Gipfel")) == {("ni-19-3144", 1), ("ni-19-3146", 1)}
    sponsors = next(h for h in engine.search("Ludwig-Erhard-Gipfel").hits if h.doc_id == "ni-19-3146")
    assert sponsors.found_as == "LEG ← Ludwig-Erhard-Gipfel (Abkürzung ↔ Langform)"


def test_a_short_form_of_two_letters_that_is_a_word_does_not_stand_for_its_long_form(tmp_path):
    """„Junge Alternative“ (JA) defined: the long form found every answer saying „Ja.“; „KI“ is no word and still
    stands for „Künstliche Intelligenz“, „NATO“ for its long form."""
    IndexStore(tmp_path).build(
        [
            _doc(3151, "Jugend", [("Wer wird beobachtet?", "Die „Junge Alternative“ (JA) wird beobachtet.")]),
            _doc(3152, "Kontrollen", [("Gab es Kontrollen?", "Ja.")]),
            _doc(3153, "Software", [("Was wird genutzt?", "Künstliche Intelligenz (KI) wird erprobt.")]),
            _doc(3154, "Behörden", [("Wo?", "Das BAMF nutzt KI seit 2024.")]),
            _doc(3155, "Bündnis", [("Wer?", "Die North Atlantic Treaty Organization (NATO) berät.")]),
            _doc(3156, "Manöver", [("Wann?", "Das NATO-Manöver findet 2026 statt.")]),
        ]
    )
    engine = Engine(tmp_path)
    assert ranked(engine, "Junge Alternative") == [("ni-19-3151", 1)]
    assert set(ranked(engine, "Künstliche Intelligenz")) == {("ni-19-3153", 1), ("ni-19-3154", 1)}
    assert set(ranked(engine, "North Atlantic Treaty Organization")) == {("ni-19-3155", 1), ("ni-19-3156", 1)}


def test_a_laws_abbreviation_the_archive_defines_otherwise_is_not_used(tmp_path):
    IndexStore(tmp_path).build(
        [_doc(3111, "Kinderschutz", [("Was gilt?", "Das Kinderschutzgesetz (KSchG) gilt. Das KSchG wirkt.")])]
    )
    engine = Engine(tmp_path)
    assert ranked(engine, "Kündigungsschutzgesetz") == []  # KSchG is the Kinderschutzgesetz here
    assert ranked(engine, "KSchG") == [("ni-19-3111", 1)]


def test_the_shipped_list_finds_a_definition_of_the_laws_both_ways(tmp_path):
    """``PCB`` is defined in ten federal laws, by no document of this archive: either form finds the other,
    the long form also lower-case and inflected."""
    IndexStore(tmp_path).build(
        [
            _doc(3201, "Altlasten", [("Was wurde gefunden?", "Im Boden der Schule wurden PCB nachgewiesen.")]),
            _doc(3202, "Sanierung", [("Was belastet die Halle?", "Die Fugen enthalten polychlorierte Biphenyle.")]),
            _doc(3203, "Chemie", [("Was wird gemessen?", "Biphenyle und Chlor im Wasser, getrennt gemessen.")]),
        ]
    )
    engine = Engine(tmp_path)
    both = {("ni-19-3201", 1), ("ni-19-3202", 1)}
    assert set(ranked(engine, "PCB")) == both
    assert set(ranked(engine, "Polychlorierte Biphenyle")) == both
    assert set(ranked(engine, "polychlorierten Biphenylen")) == both


def test_the_shipped_list_finds_a_long_form_written_beside_its_abbreviation(tmp_path):
    """``KWK`` is defined nowhere, but speeches write Kraft-Wärme-Kopplung beside it: either form finds the other."""
    IndexStore(tmp_path).build(
        [
            _doc(3211, "Fernwärme", [("Wie wird geheizt?", "Die Stadtwerke betreiben eine KWK-Anlage.")]),
            _doc(3212, "Strom", [("Wie wird erzeugt?", "Mit Kraft-Wärme-Kopplung im Heizkraftwerk.")]),
        ]
    )
    engine = Engine(tmp_path)
    both = {("ni-19-3211", 1), ("ni-19-3212", 1)}
    assert set(ranked(engine, "KWK")) == both
    assert set(ranked(engine, "Kraft-Wärme-Kopplung")) == both


def test_a_short_form_of_several_meanings_is_not_expanded(tmp_path):
    """Laws define ``BMG`` as the Bundesmeldegesetz, answers mean the Bundesministerium für Gesundheit:
    three capitals need more definitions than the laws make, so neither finds the other."""
    IndexStore(tmp_path).build(
        [
            _doc(3301, "Impfen", [("Wer ist zuständig?", "Das BMG hat die Empfehlung veröffentlicht.")]),
            _doc(3302, "Meldewesen", [("Was gilt?", "Die Meldepflicht folgt aus dem Bundesmeldegesetz.")]),
        ]
    )
    engine = Engine(tmp_path)
    assert ranked(engine, "Bundesmeldegesetz") == [("ni-19-3302", 1)]
    assert ranked(engine, "BMG") == [("ni-19-3301", 1)]


def test_a_short_form_that_is_a_word_is_marked_and_named_only_in_its_capitals(tmp_path):
    """„Ludwig-Erhard-Gipfel“ met by „Den LEG bezahlen …“ beside „Wir legen Wert …“: the hit marked „legen“ too and said
    „gefunden als: legen ← Ludwig-Erhard-Gipfel“, „Ausbaustrecke“ marked the „Abs.“ of „§ 5 Abs. 2“ beside „die ABS
    Hannover–Bielefeld“ it was counted for — on the list, in the API and on the answer's page alike."""
    IndexStore(tmp_path / "index").build(
        [
            _doc(3161, "Tagung", [("Wer sprach?", "Die Ministerin sprach auf dem Ludwig-Erhard-Gipfel (LEG).")]),
            _doc(3162, "Sponsoren", [("Wer zahlt?", "Wir legen Wert auf Transparenz. Den LEG bezahlen Sponsoren.")]),
            _doc(3163, "Bahnstrecke", [("Wann wird gebaut?", "Die Ausbaustrecke (ABS) wird 2027 fertig.")]),
            _doc(3164, "Planung", [("Was gilt?", "Nach § 5 Abs. 2 wird die ABS Hannover–Bielefeld 2030 eröffnet.")]),
        ]
    )
    (tmp_path / "corpus").mkdir()
    app = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "index"), "CORPUS_DIR": str(tmp_path / "corpus")})
    client = app.test_client()
    for query, doc_id, marked, found_as in (
        ("Ludwig-Erhard-Gipfel", "ni-19-3162", "LEG", "LEG ← Ludwig-Erhard-Gipfel (Abkürzung ↔ Langform)"),
        ("Ausbaustrecke", "ni-19-3164", "ABS", "ABS ← Ausbaustrecke (Abkürzung ↔ Langform)"),
    ):
        hits = client.get("/api/search", query_string={"q": query}).json["hits"]
        hit = next(h for h in hits if h["doc_id"] == doc_id)
        assert re.findall(r"<mark>(.*?)</mark>", hit["snippet"]) == [marked]
        assert hit["match"][0]["gefunden_als"] == marked
        page = client.get("/", query_string={"q": query}).get_data(as_text=True)
        item = re.search(rf'<li class="hit" id="treffer-{doc_id}-1">(.*?)</li>', page, re.DOTALL).group(1)
        assert re.findall(r"<mark>(.*?)</mark>", item) == [marked]
        assert unescape(re.search(r'<p class="found-as">gefunden als: ([^<]*)</p>', item).group(1)) == found_as
        link = unescape(re.search(r'<a href="([^"#]*)#frage-1">Antwort zu Frage 1', item).group(1))
        answer = client.get(link, query_string={"q": query}).get_data(as_text=True)  # opened from the result page
        assert re.findall(r"<mark>(.*?)</mark>", answer) == [marked]


def test_a_short_form_typed_in_capitals_met_by_a_word_written_otherwise_is_no_exact_word(tmp_path):
    """``ABS`` typed, an answer citing „§ 5 Abs. 2“ listed: „gefunden als: ABS (genaues Wort)“ told the researcher the
    text writes the short form; it writes the paragraph.  The line names the word as written, „LEG“ the „legen“."""
    IndexStore(tmp_path).build(
        [
            _doc(3171, "Bahnstrecke", [("Wann wird gebaut?", "Die ABS Hannover–Bielefeld wird 2027 fertig.")]),
            _doc(3172, "Förderung", [("Was gilt?", "Nach § 5 Abs. 2 der Richtlinie wird gefördert.")]),
            _doc(3173, "Transparenz", [("Was gilt?", "Wir legen Wert auf Transparenz.")]),
        ]
    )
    engine = Engine(tmp_path)
    notes = {hit.doc_id: hit.found_as for hit in engine.search("ABS").hits}
    assert notes == {"ni-19-3171": "ABS (genaues Wort)", "ni-19-3172": "Abs ← ABS (Flexion oder Schreibvariante)"}
    assert engine.search("LEG").hits[0].found_as == "legen ← LEG (Flexion oder Schreibvariante)"
    assert engine.search("abs").hits[0].found_as == "abs (genaues Wort)"  # typed as the text may write it
    # a word typed in capitals that no short form reads as is the word itself
    assert engine.search("TRANSPARENZ").hits[0].found_as == "TRANSPARENZ (genaues Wort)"


def test_a_hit_met_only_by_its_documents_title_marks_no_word_sharing_a_short_forms_term(tmp_path):
    """„Ludwig-Erhard-Gipfel“ typed, a document titled „Der Ludwig-Erhard-Gipfel (LEG) am Tegernsee“ whose answer says
    „Wir legen Wert …“: the hit, met only by its title, marked „legen“ in its snippet as if it were the summit's LEG."""
    IndexStore(tmp_path / "index").build(
        [
            _doc(3191, "Der Ludwig-Erhard-Gipfel (LEG) am Tegernsee", [("Wer sprach?", "Wir legen Wert auf Ruhe.")]),
            _doc(3192, "Tagung", [("Wer sprach?", "Die Ministerin sprach auf dem Ludwig-Erhard-Gipfel (LEG).")]),
        ]
    )
    (tmp_path / "corpus").mkdir()
    app = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "index"), "CORPUS_DIR": str(tmp_path / "corpus")})
    client = app.test_client()
    hits = client.get("/api/search", query_string={"q": "Ludwig-Erhard-Gipfel"}).json["hits"]
    by_title = next(h for h in hits if h["doc_id"] == "ni-19-3191")
    assert by_title["snippet"].startswith("Wir legen Wert")
    assert "<mark>" not in by_title["snippet"]
    page = client.get("/", query_string={"q": "Ludwig-Erhard-Gipfel"}).get_data(as_text=True)
    item = re.search(r'<li class="hit partial" id="treffer-ni-19-3191-1">(.*?)</li>', page, re.DOTALL).group(1)
    assert "Wir legen Wert" in item and "<mark>" not in item
