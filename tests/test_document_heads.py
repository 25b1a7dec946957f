"""A document's head (title, Vorbemerkung) is a hit of its own only when none of its answers is:
otherwise it would take a place on the page from an answer that says the same."""

import pytest

from indexer import Engine, IndexStore
from indexer.model import Annex, Footnote
from indexer.search.highlight import highlight

from .quality_corpus import _doc


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    flood = _doc(
        4100,
        "Hochwasserschutz an der Aller",
        [
            ("Wie viel investiert das Land?", "Das Land investiert 12 Mio. Euro in den Hochwasserschutz."),
            ("Welche Deiche werden erneuert?", "Drei Abschnitte bei Celle werden erneuert."),
        ],
        preamble=("Die Deichverbände an der Aller klagen über fehlende Mittel für den Hochwasserschutz.",),
    )
    costs = [
        (f"Was kostet Abschnitt {n}?", f"Die Deichsanierung im Abschnitt {n} kostet {n} Mio. Euro.")
        for n in range(1, 10)
    ]
    repairs = _doc(4200, "Deichsanierung an der Weser", [*costs, ("Wer plant?", "Das zuständige Landesamt.")])
    index = tmp_path_factory.mktemp("heads")
    IndexStore(index).build([flood, repairs])
    return Engine(index)


def _full(result) -> list[tuple[str, int | None]]:
    """The full hits: the answers after them only share their document's head (labelled tier)."""
    return _full_hits(result.hits)


def _full_hits(hits) -> list[tuple[str, int | None]]:
    return [(hit.doc_id, hit.question) for hit in hits if not hit.missing]


def test_the_answer_stands_for_its_document_head(engine):
    result = engine.search("Hochwasserschutz")
    assert _full(result) == [("ni-19-4100", 1)]
    assert result.total == 1


def test_words_only_in_a_head_list_its_answers_labelled_and_not_counted(engine):
    """A Vorbemerkung answers no question: the document's answers follow, labelled, none counted."""
    result = engine.search("Deichverbände")
    head_only = ["nur in Titel, Vorbemerkung, Anlagen oder Fußnoten"]
    first = {(hit.doc_id, hit.question, tuple(hit.notes)) for hit in result.hits[:2]}
    assert first == {("ni-19-4100", 1, tuple(head_only)), ("ni-19-4100", 2, tuple(head_only))}
    assert result.total == 0 and ("ni-19-4100", None) not in [(hit.doc_id, hit.question) for hit in result.hits]


def test_a_head_asked_for_by_its_field_is_a_hit(engine):
    result = engine.search("vorbemerkung:Deichverbände")
    assert _full(result) == [("ni-19-4100", None)] and result.total == 1


def test_the_cited_document_still_leads_with_its_head(engine):
    hits = engine.search("Drucksache 19/4100").hits
    assert (hits[0].doc_id, hits[0].question) == ("ni-19-4100", None)


def test_an_answer_left_out_by_the_query_no_longer_stands_for_its_head(engine):
    result = engine.search("Hochwasserschutz -investiert")
    assert [(hit.doc_id, hit.question) for hit in result.hits] == [("ni-19-4100", 2)] and result.total == 0


def test_answers_fewer_than_a_page_once_heads_are_left_out_bring_the_labelled_tier(engine):
    """Nine answers and their title: nine full hits, fewer than a page, so the answer that has the word
    only in its document's title follows, labelled and not counted."""
    result = engine.search("Deichsanierung")
    assert result.total == 9 and len(_full(result)) == 9
    relaxed = [(hit.doc_id, hit.question, hit.notes) for hit in result.hits if hit.missing]
    assert (
        relaxed == [("ni-19-4200", 10, ["nur in Titel, Vorbemerkung, Anlagen oder Fußnoten"])] and result.partial == 1
    )


def test_the_head_speaks_for_an_answer_only_where_the_answer_holds_the_noun_its_words_end_on(tmp_path):
    trains = _doc(
        4300,
        "Neue Züge für die Dietrich-Bonhoeffer-Klinik",
        [
            ("Wie wird vergeben?", "Die Züge werden in einer öffentlichen Vergabe beschafft."),
            ("Wie kommen Patienten an?", "Die Klinik ist mit dem Bus erreichbar."),
        ],
        preamble=("Der Schienenpersonennahverkehr im Nordwesten soll leistungsfähig bleiben.",),
    )
    buses = _doc(
        4301,
        "Busse im ländlichen Raum",
        [("Wer plant?", "Den öffentlichen Personennahverkehr (ÖPNV) planen die Kreise.")],
    )
    IndexStore(tmp_path).build([trains, buses])  # the defined ÖPNV makes its long form one item of the query
    engine = Engine(tmp_path)
    clinic = engine.search("Dietrich Bonhoeffer Klinik")
    assert _full(clinic) == [("ni-19-4300", 2)]  # the title names the Klinik, and the hit says so
    assert [note.text for note in clinic.hits[0].match] == [
        "Dietrich Bonhoeffer Klinik (teils nur in Titel, Vorbemerkung, Anlagen oder Fußnoten)"
    ]
    result = engine.search("öffentlicher Personennahverkehr")
    assert _full(result) == [("ni-19-4301", 1)]  # not 4300's "öffentlichen": the noun is only in the Vorbemerkung
    assert result.total == 1


def test_answers_of_a_document_about_the_words_come_before_answers_lacking_one(tmp_path):
    """A document whose title holds every word is about them (its answers count for a topic query), an answer
    elsewhere holding all but one is not: the document's other answers come first in the labelled tier."""
    violence = _doc(
        4400,
        "Fälle häuslicher Gewalt im ersten Quartal",
        [
            ("Wie viele Fälle häuslicher Gewalt gab es?", "Es gab 4.100 Fälle häuslicher Gewalt."),
            ("Welche Straftaten standen im Raum?", "Vor allem Körperverletzung und Bedrohung."),
        ],
    )
    schools = _doc(4500, "Gewaltprävention an Schulen", [("Wie viel Gewalt gibt es?", "Gewalt an Schulen nimmt zu.")])
    IndexStore(tmp_path).build([violence, schools])
    hits = Engine(tmp_path).search("häusliche Gewalt").hits
    assert [(hit.doc_id, hit.question, hit.missing) for hit in hits] == [
        ("ni-19-4400", 1, ()),
        ("ni-19-4400", 2, ("nur in Titel, Vorbemerkung, Anlagen oder Fußnoten",)),
        ("ni-19-4500", 1, ("häusliche",)),
    ]


def test_a_word_excluded_in_the_head_excludes_its_answers_as_it_would_meet_them(engine):
    """„Weser“ stands only in the title of ni-19-4200: with it, every answer of that document is a full match;
    without it (``-Weser``), none is — the same head counts both ways."""
    assert engine.search("Deichsanierung Weser").total == 9
    result = engine.search("Deichsanierung -Weser")
    assert result.total == 0 and all(hit.doc_id != "ni-19-4200" for hit in result.hits)


def test_words_only_in_a_footnote_find_the_document_labelled_and_not_counted(tmp_path):
    """A footnote names a source (``NLWKN`` in its web address, a Bundeslagebild) that no answer repeats: the
    document is found, its answers labelled as the head's, none counted; asked for by ``anlage:`` it is a hit."""
    hornets = _doc(
        4600,
        "Ausbreitung der Asiatischen Hornisse",
        [("Wo wurde sie nachgewiesen?", "In Aurich, Leer und Stade."), ("Wer meldet?", "Die Imker melden Nester.")],
        preamble=("Die Art gilt als etabliert.",),
        footnotes=(Footnote(1, "https://www.nlwkn.niedersachsen.de/monitoring"), Footnote(2, "Bundeslagebild 2023.")),
    )
    IndexStore(tmp_path).build([hornets])
    engine = Engine(tmp_path)
    result = engine.search("NLWKN")
    notes = ("nur in Titel, Vorbemerkung, Anlagen oder Fußnoten",)
    assert [(hit.doc_id, hit.question, tuple(hit.notes)) for hit in result.hits] == [
        ("ni-19-4600", 1, notes),
        ("ni-19-4600", 2, notes),
    ]
    assert result.total == 0
    assert _full(engine.search("anlage:Bundeslagebild")) == [("ni-19-4600", None)]


def test_only_the_title_lends_its_answers_a_word_no_vorbemerkung_annex_or_footnote(tmp_path):
    """An annex table naming the „Universität der Bundeswehr“ made every answer of a space strategy's document that
    names „Raumfahrt“ a full match of ``Raumfahrt Bundeswehr`` (bundestag11), a quotation in the askers' Vorbemerkung
    („Antisemitismus-Begriff“) every answer on an online magazine one of ``Qantara Antisemitismus`` (bundestag10): a
    table row, a footnote's source or the askers' account is no word of every answer — not even one another answer
    of the document takes up.  Answers that have a word only from their head follow, labelled."""
    space = _doc(
        4650,
        "Raumfahrtstrategie des Bundes",
        [
            ("Welche Mittel fließen in die Raumfahrt?", "Für die Raumfahrt stehen 2 Mrd. Euro bereit."),
            ("Wer forscht?", "Die Hochschulen in der Anlage forschen zur Raumfahrt."),
        ],
        annexes=(Annex("Anlage 1: Hochschulen", ("Universität der Bundeswehr München", "TU Berlin")),),
        footnotes=(Footnote(1, "Bericht der Satellitenkommission 2024."),),
    )
    ships = _doc(
        4651,
        "Küstenwache",
        [
            ("Welche Boote fahren?", "Zwölf Boote fahren Streife."),
            ("Wer berät?", "Die Satellitenkommission berät die Küstenwache."),
        ],
        preamble=("Die Satellitenkommission empfiehlt neue Boote; ein Gutachten der Wasserschutzpolizei liegt vor.",),
    )
    IndexStore(tmp_path).build([space, ships])
    engine = Engine(tmp_path)
    result = engine.search("Raumfahrt Bundeswehr")
    assert result.total == 0
    head = "nur in Titel, Vorbemerkung, Anlagen oder Fußnoten"
    # the answers hold „Raumfahrt“ themselves: the label names the word only the head holds
    assert sorted((hit.doc_id, hit.question, tuple(hit.notes)) for hit in result.hits) == [
        ("ni-19-4650", 1, (f"{head}: Bundeswehr",)),
        ("ni-19-4650", 2, (f"{head}: Bundeswehr",)),
    ]
    assert engine.search("Raumfahrt Satellitenkommission").total == 0  # a footnote's source lends nothing either
    # each word in one answer and the Vorbemerkung: it lends neither to the other answer
    both = engine.search("Boote Satellitenkommission")
    assert both.total == 0 and [(hit.doc_id, hit.question, tuple(hit.notes)) for hit in both.hits[:2]] == [
        ("ni-19-4651", 1, (f"{head}: Satellitenkommission",)),
        ("ni-19-4651", 2, (f"{head}: Boote",)),
    ]
    passing = engine.search("Boote Wasserschutzpolizei")  # said in passing: no answer holds it
    # the answer holding one of the words itself comes first
    assert passing.total == 0 and [(hit.question, tuple(hit.notes)) for hit in passing.hits] == [
        (1, (f"{head}: Wasserschutzpolizei",)),
        (2, (head,)),
    ]
    assert _full(engine.search("anlage:Bundeswehr")) == [("ni-19-4650", None)]  # asked for, the annex is a hit
    # asked for, the head lends what it holds; and a word excluded counts where it would count included
    assert sorted(_full(engine.search("anlage:Bundeswehr Raumfahrt"))) == [("ni-19-4650", 1), ("ni-19-4650", 2)]
    assert _full(engine.search("vorbemerkung:Wasserschutzpolizei Boote")) == [("ni-19-4651", 1)]
    assert sorted(_full(engine.search("Raumfahrt -Bundeswehr"))) == [("ni-19-4650", 1), ("ni-19-4650", 2)]


def test_among_answers_lacking_a_word_those_holding_the_others_themselves_come_first(tmp_path):
    """No answer names „Bremen“: of the answers lacking it, the one saying „Mindestlohn“ and „Kontrollen“ itself comes
    before one that says „Kontrollen“ again and again but has „Mindestlohn“ only from its Vorbemerkung
    (``Wie viele Beschäftigte in Bremen verdienen weniger als 15 Euro?``, bundestag10: a document whose Vorbemerkung
    held three of the words filled the page before the answer on Bremen)."""
    customs = _doc(
        4660,
        "Arbeitsmarkt",
        [
            (
                "Was prüft der Zoll?",
                "Der Zoll prüft seit Jahren bei Betrieben aller Branchen, ob der Mindestlohn gezahlt "
                "wird; im Jahr 2024 fanden dazu 120 Kontrollen in Betrieben des Landes statt, 2023 waren es 98.",
            )
        ],
    )
    checks = _doc(
        4661,
        "Kontrollen",
        [("Wie oft wird kontrolliert?", "Kontrollen, Kontrollen und nochmals Kontrollen.")],
        preamble=("Der Mindestlohn gilt für alle Beschäftigten.",),
    )
    port = _doc(4662, "Hafen", [("Wo liegt der Hafen?", "Der Hafen liegt in Bremen.")])
    IndexStore(tmp_path).build([customs, checks, port])
    result = Engine(tmp_path).search("Mindestlohn Kontrollen Bremen")
    assert result.total == 0
    assert [(hit.doc_id, hit.missing) for hit in result.hits[:2]] == [
        ("ni-19-4660", ("Bremen",)),
        ("ni-19-4661", ("Bremen", "nur in Titel, Vorbemerkung, Anlagen oder Fußnoten: Mindestlohn")),
    ]


def test_a_phrase_the_vorbemerkung_and_an_answer_hold_is_lent_to_no_other_answer_the_title_lends_it(tmp_path):
    """Answer 1 holds „grünen Wasserstoff“, answer 2 „Elektrolyse“, the Vorbemerkung the phrase: answer 2 is no full
    match of both (it says where it has the phrase); under a title naming the phrase it is."""
    answers = [
        ("Was fördert das Land?", "Das Land fördert grünen Wasserstoff aus Windstrom."),
        ("Welche Anlagen gibt es?", "Es gibt drei Anlagen zur Elektrolyse."),
        ("Wer zahlt?", "Der Bund zahlt."),
    ]
    energy = _doc(
        4670, "Energiepolitik", answers, preamble=("Grüner Wasserstoff gilt als Schlüssel der Energiewende.",)
    )
    titled = _doc(4671, "Grüner Wasserstoff im Land", answers)
    IndexStore(tmp_path).build([energy, titled])
    engine = Engine(tmp_path)
    for query, lent in (
        ('"grüner Wasserstoff" Elektrolyse', '"grüner Wasserstoff"'),
        ("Wasserstoff Elektrolyse", "Wasserstoff"),
    ):
        result = engine.search(query)
        assert _full(result) == [("ni-19-4671", 2)], query
        note = f"nur in Titel, Vorbemerkung, Anlagen oder Fußnoten: {lent}"
        assert ("ni-19-4670", 2, (note,)) in [(hit.doc_id, hit.question, tuple(hit.notes)) for hit in result.hits]


def test_an_answer_saying_every_word_ranks_above_one_whose_head_says_a_word(tmp_path):
    """„Bürgschaft“ only in the title of ni-19-4700, whose answer speaks of the Werft again and again (it would rank
    first): the answer of ni-19-4701 that names both comes first, and the other says where it has the word."""
    yard = _doc(
        4700,
        "Bürgschaft für die Werft",
        [
            ("Wie geht es der Werft?", "Die Werft arbeitet. Die Werft baut Schiffe. Die Werft stellt ein."),
            ("Wer prüft?", "Das Ministerium prüft die Lage."),
        ],
    )
    answer = "Eine Werft an der Küste erhält Hilfe. Die Werft baut Schiffe. Die Werft stellt ein. "
    answer += "Dafür besteht eine Bürgschaft."
    budget = _doc(4701, "Haushalt des Landes", [("Welche Risiken trägt das Land?", answer)])
    IndexStore(tmp_path).build([yard, budget])
    hits = Engine(tmp_path).search("Werft Bürgschaft").hits
    assert _full_hits(hits) == [("ni-19-4701", 1), ("ni-19-4700", 1)]
    assert [note.text for note in hits[1].match] == [
        "Werft (genaues Wort)",
        "Bürgschaft (nur in Titel, Vorbemerkung, Anlagen oder Fußnoten)",
    ]


def test_a_word_in_a_footnote_comes_before_its_parts_scattered_elsewhere(wide_engine):
    """„Bundeslagebild“ stands only in a footnote of ni-19-11277 („Seite 59, Bundeslagebild 2023 des BKA“); answers
    elsewhere hold only „Bund“, „Lage“ and „Bild“ apart, which is no match of the word: the document comes first."""
    result = wide_engine.search("Bundeslagebild")
    assert result.total == 0
    first = result.hits[0]
    assert first.doc_id == "ni-19-11277" and first.missing == ("nur in Titel, Vorbemerkung, Anlagen oder Fußnoten",)


def test_an_abbreviation_met_by_its_short_name_says_so(tmp_path):
    """„aus dem Kulturfördergesetz“ where the Vorbemerkung defined „Niedersächsisches Kulturfördergesetz (NKultFöG)“:
    the answer meets ``NKultFöG`` by the long form, and says so (not „Wort“ for the Vorbemerkung's NKultFöG)."""
    culture = _doc(
        3131,
        "Kulturkommission",
        [("Wird berichtet?", "Eine Pflicht aus dem Kulturfördergesetz besteht nicht.")],
        preamble=("Das Niedersächsische Kulturfördergesetz (NKultFöG) gilt seit 2023.",),
    )
    IndexStore(tmp_path).build([culture])
    hit = Engine(tmp_path).search("NKultFöG").hits[0]
    assert (hit.question, [note.text for note in hit.match]) == (
        1,
        ["Kulturfördergesetz ← NKultFöG (Abkürzung ↔ Langform)"],
    )


def test_an_answer_naming_the_word_the_title_lacks_comes_first(tmp_path):
    """Every answer of a document is about what its title names; the answer that names the other word itself comes
    before those that have it only from the Vorbemerkung."""
    fair = _doc(
        4300,
        "Zukunft der Messe AG",
        [
            ("Wie steht die Messe da?", "Die Messe ist ausgelastet; die Messe plant neue Messen auf dem Messegelände."),
            ("Was kostet die Messe?", "Die Messe kostet das Land nichts; die Messe trägt sich."),
            ("Was sagt der Rechnungshof?", "Zum vertraulichen Bericht des Rechnungshofes äußert sich das Land nicht."),
        ],
        preamble=("Der Rechnungshof hat die Messe geprüft.",),
    )
    audits = _doc(
        4301,
        "Prüfungen des Rechnungshofes",
        [(f"Was prüfte der Rechnungshof {n}?", f"Der Rechnungshof prüfte {n} den Rechnungshof.") for n in range(5)],
    )
    IndexStore(tmp_path).build([fair, audits])
    result = Engine(tmp_path).search("Rechnungshof Messe")
    assert _full(result)[0] == ("ni-19-4300", 3)


def test_a_word_only_in_a_footnotes_address_leaves_the_answers_marked(tmp_path):
    """``Arbeitsagentur`` stands only in a footnote's web address (shown as a link, never marked), the answer says
    „Bundesagentur für Arbeit“: the page marked nothing, as if the document held the word itself."""
    jobs = _doc(
        4800,
        "Fachkräfte in der Pflege",
        [("Wer erfasst offene Stellen?", "Die Stellen erfasst die Bundesagentur für Arbeit.")],
        footnotes=(Footnote(1, "https://statistik.arbeitsagentur.de/DE/Statistiken"),),
    )
    IndexStore(tmp_path).build([jobs])
    engine = Engine(tmp_path)
    document = engine.document("ni-19-4800")
    assert document is not None
    marked = highlight(document.questions[0].answer[0], engine.document_marks("Arbeitsagentur", document).head)
    assert marked == "Die Stellen erfasst die <mark>Bundesagentur</mark> für <mark>Arbeit</mark>."


def test_answers_with_a_word_from_their_vorbemerkung_come_before_a_guess_and_answers_lacking_more(tmp_path):
    """„Pestizide“ only in the askers' Vorbemerkung: its document's answers are no full matches of ``Pestizide im
    Trinkwasser``, but they come before the guess „PIT“ in a shipyard's answer (anfragen.json: the guess took a place
    of the top 10), and where they lack another word, before answers of other documents lacking it and „Pestizide“."""
    water = _doc(
        4800,
        "Wasserqualität",
        [
            ("Wie oft wird gemessen?", "Das Trinkwasser wird monatlich geprüft."),
            ("Wer prüft?", "Die Gesundheitsämter prüfen das Trinkwasser."),
        ],
        preamble=("Pestizide im Trinkwasser beunruhigen viele Menschen.",),
    )
    yard = _doc(4801, "Werften", [("Was plant die Werft?", "Das Projekt PIT wird fortgesetzt.")])
    other = _doc(4802, "Talsperren", [("Wie ist die Lage?", "Das Trinkwasser ist gut.")])
    IndexStore(tmp_path).build([water, yard, other])
    engine = Engine(tmp_path)
    head = "nur in Titel, Vorbemerkung, Anlagen oder Fußnoten"
    result = engine.search("Pestizide im Trinkwasser")
    order = [(hit.doc_id, hit.question, tuple(hit.missing)) for hit in result.hits]
    assert result.total == 0 and order[:2] == [
        ("ni-19-4800", 1, (f"{head}: Pestizide",)),
        ("ni-19-4800", 2, (f"{head}: Pestizide",)),
    ]
    assert order[2] == ("ni-19-4801", 1, ("Abkürzung vermutet: PIT ← Pestizide im Trinkwasser",))
    lacking = engine.search("Pestizide Trinkwasser Gesundheitsämter Messstellen")
    assert [(hit.doc_id, hit.question, tuple(hit.missing)) for hit in lacking.hits[:1]] == [
        ("ni-19-4800", 2, ("Messstellen", f"{head}: Pestizide")),
    ]


def test_among_answers_a_head_lends_a_word_the_one_holding_the_rarer_word_itself_comes_first(tmp_path):
    """Each answer lacks one word its document's Vorbemerkung holds: the answer on hornets under a Vorbemerkung on
    reports (``Meldungen``, in many answers) is about ``Hornissen Meldungen`` more likely than an answer on reports
    under one on hornets (bundestag21's ``Trusted-Flagger Meldungen``)."""
    reports = _doc(
        4700,
        "Lage im Landkreis Celle",
        [
            (
                "Was wurde gesehen?",
                "An der Aller und an der Leine sowie im übrigen Landkreis wurden im vergangenen Sommer an mehreren "
                "Stellen Wespen und auch Hornissen gesehen, die von der unteren Naturschutzbehörde bestimmt wurden.",
            )
        ],
        preamble=("Die Meldungen der Imker häufen sich.",),
    )
    hornets = _doc(
        4710,
        "Lage im Landkreis Stade",
        [("Wie viele gingen ein?", "Meldungen: 40.")],
        preamble=("Die Hornissen breiten sich aus.",),
    )
    others = [
        _doc(4720 + n, f"Verkehr {n}", [("Was wird gemeldet?", f"Meldungen über {n} Staus gehen ein.")])
        for n in range(1, 6)
    ]
    IndexStore(tmp_path).build([reports, hornets, *others])
    hits = Engine(tmp_path).search("Hornissen Meldungen").hits
    assert [(hit.doc_id, hit.question, hit.missing) for hit in hits[:2]] == [
        ("ni-19-4700", 1, ("nur in Titel, Vorbemerkung, Anlagen oder Fußnoten: Meldungen",)),
        ("ni-19-4710", 1, ("nur in Titel, Vorbemerkung, Anlagen oder Fußnoten: Hornissen",)),
    ]


@pytest.fixture(scope="module")
def airports(tmp_path_factory) -> Engine:
    """Three documents whose Vorbemerkungen name the „Luftverkehrsteuer“ (the silent one three times): one answer says
    „die Steuer“ itself, one „der Luftverkehr“, one nothing of it."""
    silent = _doc(
        4740,
        "Flughäfen im Norden",
        [("Wie wird entschieden?", "Das wird geprüft.")],
        preamble=(
            "Die Luftverkehrsteuer wurde erhöht. Die Luftverkehrsteuer belastet die Luftverkehrsteuer-Pflichtigen.",
        ),
    )
    taxed = _doc(
        4750,
        "Flughäfen im Süden",
        [("Was plant der Bund?", "Die Steuer soll im nächsten Jahr sinken, so der Bund.")],
        preamble=("Die Luftverkehrsteuer wurde erhöht.",),
    )
    flown = _doc(
        4760,
        "Flughäfen im Westen",
        [("Was plant der Bund?", "Der Luftverkehr soll im nächsten Jahr wachsen, so der Bund.")],
        preamble=("Die Luftverkehrsteuer wurde erhöht.",),
    )
    index = tmp_path_factory.mktemp("airports")
    IndexStore(index).build([silent, taxed, flown])
    return Engine(index)


def test_among_answers_a_head_lends_a_word_run_the_one_holding_its_last_word_comes_first(airports):
    """``Luftverkehr Steuer`` is the „Luftverkehrsteuer“ the Vorbemerkungen name: the answer saying „die Steuer“
    itself comes before answers saying nothing of it or only „der Luftverkehr“, the run's first word (bundestag5's
    ``Steuer Luftverkehr``)."""
    hits = airports.search("Luftverkehr Steuer").hits
    assert (hits[0].doc_id, hits[0].question) == ("ni-19-4750", 1)


def test_among_answers_a_head_lends_a_compound_those_holding_a_part_of_it_come_first(airports):
    """For the compound itself the answers saying „die Steuer“ or „der Luftverkehr“ come before the one saying
    nothing of it (bundestag6's ``Jülicher Entsorgungsgesellschaft für Nuklearanlagen``)."""
    hits = airports.search("Luftverkehrsteuer").hits
    assert [(hit.doc_id, hit.question) for hit in hits][-1:] == [("ni-19-4740", 1)] and len(hits) == 3


@pytest.mark.parametrize(
    ("query", "document", "alone"),
    [("Windenergie", "ni-19-11192", "Energie"), ("Krankenhausreform", "ni-19-11251", "reform")],
)
def test_an_answer_whose_head_alone_holds_the_word_marks_no_part_of_it(shipped_index_dir, query, document, alone):
    """Of the Niedersachsen answer on the curtailment of wind farms (its title names the „Windenergie“), the answers
    that lack the word follow, labelled „nur in Titel, Vorbemerkung, Anlagen oder Fußnoten“; their passages marked
    „Energien“, „Energie“ and „Energieministerkonferenz“ — a part of the word alone, which no hit met by its own
    words marks (``Krankenhausreform`` marked „Strukturreformen“ and „Vinzenzkrankenhaus“)."""
    head_only = [
        hit
        for hit in Engine(shipped_index_dir).search(query).hits
        if hit.doc_id == document and [note.way for note in hit.match] == ["kopf"]
    ]
    assert len(head_only) >= 4
    assert all(hit.notes == ["nur in Titel, Vorbemerkung, Anlagen oder Fußnoten"] for hit in head_only)
    assert [hit.snippet for hit in head_only if "<mark>" in hit.snippet] == []
    assert any(alone.lower() in hit.snippet.lower() for hit in head_only)  # the part stands there, unmarked
