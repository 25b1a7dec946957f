"""Parts nearby only where they spell the compound out, and answers that refer to another (issue 16)."""

import pytest

from indexer import Engine, IndexStore
from indexer.index.referrals import referred
from tests.search_helpers import engine_over, one_answer

ANSWERS = [
    ("Wie hat sich die Lage entwickelt?", "Beschwerden über Gewalt durch Polizeibeamte werden geprüft."),
    ("Welche Kurse gibt es?", "Im Schuljahr 2024 gibt es berufsbegleitende Kurse für Erzieher."),
    ("Was zeigt die Statistik?", "Erfasst werden Verkehrsunfälle, toter Winkel und Wildunfälle."),
    ("Wer ist zuständig?", "Die Gewerbeaufsicht vollzieht die Ökodesigngesetzgebung."),
    ("Wie viele Hornissennester wurden gemeldet?", "Gemeldet wurden 40 Hornissennester im Landkreis Celle."),
    ("Wie viele davon wurden entfernt?", "Siehe Antwort zu Frage 5."),
    ("Wer bezahlt die Entfernung?", "Es wird auf die Antworten zu den Fragen 5 und 6 verwiesen."),
    (
        "Wie steht es um die Imker?",
        "Die Imker im Land werden beraten; die Beratung ist kostenlos und wird von den Kammern in allen "
        "Landkreisen angeboten (siehe auch Antwort zu Frage 5). Die Landwirtschaftskammer hält dazu "
        "Merkblätter bereit, die auf ihrer Website abrufbar sind und jährlich überarbeitet werden. Die "
        "Zahl der Beratungen stieg zuletzt deutlich, vor allem in den Monaten Juli und August.",
    ),
    ("Was regelt die Förderung?", "Die Bund-Länder-Vereinbarung regelt die Förderung."),
    ("Wer zahlt?", "Nach der Vereinbarung zwischen Bund und Ländern zahlt der Bund die Hälfte."),
    (
        "Wer entscheidet?",
        "Der Bund entscheidet allein. Die Länder wurden angehört. Eine Vereinbarung gibt es nicht.",
    ),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("nearby-index"), 3002, "Sicherheit, Schule und Umwelt", ANSWERS)


def full(engine: Engine, query: str) -> list[int | None]:
    return sorted(hit.question for hit in engine.iter_hits(query) if hit.question is not None)


def test_a_part_written_small_spells_out_only_as_the_heads_attribute(tmp_path):
    engine = engine_over(
        tmp_path,
        3004,
        "Finanzierung der Träger",
        [
            ("Wie werden die Mittel verteilt?", "Die Träger erhalten Anteile und legen nach eigenem Ermessen fest."),
            ("Was zahlen die Träger selbst?", "Die Träger tragen eigene Anteile von zehn Prozent."),
            ("Was zahlt das Land?", "Das Land trägt die Anteile der Eigentümer."),
        ],
    )
    assert full(engine, "Eigenanteil") == [2]


def test_words_listed_with_the_head_do_not_spell_it_out(tmp_path):
    engine = engine_over(
        tmp_path,
        3007,
        "Ausbildung in Hamburg",
        [
            ("Wer ist zuständig?", "Zuständig ist die Behörde für Schule und Berufsbildung."),
            ("Wo lernen Azubis?", "Sie lernen an der Schule für Berufe im Handwerk."),
            ("Wer noch?", "Die Behörde für Schule u. Berufsbildung und das Amt für Schule & Beruf."),
            ("Was kostet es?", "Es fallen neben Kosten für Räume keine an."),
            ("Wer plant?", "Die Behörde für Schule, Berufsbildung und Sport plant."),
            ("Wer zahlt?", "Es zahlen Sport, Schule, Berufsbildung und Kultur."),
            ("Was melden Bürger?", "Gemeldet wird Gewalt, die Polizeibeamte ausüben, und Gewalt gegen sie."),
            ("Was noch?", "Gemeldet wird Gewalt, insbesondere durch Polizeibeamte, im Dienst."),
        ],
    )
    assert full(engine, "Berufsschule") == [2]  # "Schule und Berufsbildung": two things listed, no Berufsschule
    assert full(engine, "Nebenkosten") == []  # "neben" is a preposition here, no attribute
    assert full(engine, "Polizeigewalt") == [7, 8]  # a clause or an insertion after the comma still spells it out


def test_parts_after_the_head_spell_the_compound_out(engine):
    result = engine.search("Polizeigewalt")
    assert result.total == 1 and result.hits[0].question == 1
    assert result.hits[0].found_as == "Gewalt … Polizeibeamte ← Polizeigewalt (Wortteile nah beieinander)"


def test_an_adjective_spells_a_part_out_only_as_the_heads_attribute(tmp_path):
    engine = engine_over(
        tmp_path,
        3003,
        "Einsätze bei Demonstrationen",
        [
            ("Was wurde registriert?", "Opfer häuslicher Gewalt wurden polizeilich registriert."),
            ("Was wurde erfasst?", "Polizeilich werden auch Straftaten häuslicher Gewalt erfasst."),
            ("Was beklagen die Verbände?", "Die Verbände beklagen polizeiliche Gewalt bei Demonstrationen."),
        ],
    )
    assert full(engine, "Polizeigewalt") == [3]
    assert engine.search("Polizeigewalt").total == 1


def test_parts_buried_in_unrelated_compounds_spell_nothing_out(engine):
    assert full(engine, "Schulbegleitung") == []  # Schul|jahr … berufs|begleit|ende
    assert full(engine, "Verkehrstote") == []  # Verkehrs|unfälle, toter Winkel
    assert engine.search("Verkehrstote").total == 0


def test_a_compound_inside_a_longer_word_is_found(engine):
    assert full(engine, "Ökodesign") == [4]  # Ökodesign|gesetzgebung


def test_a_longer_word_holds_a_compound_only_with_its_linking_element(tmp_path):
    """``Landarzt`` was a full match of „Landesärztekammern“ (a Land's Ärztekammer: Landes|ärzte|kammern) — pass 20."""
    engine = engine_over(
        tmp_path,
        3008,
        "Ärztliche Versorgung",
        [
            ("Wer regelt die Weiterbildung?", "Den Rahmen setzen die Landesärztekammern."),
            ("Gilt die Quote?", "Die Landarztquote gilt seit 2020."),
            ("Und der Schadenersatz?", "Ein Schadensersatzanspruch besteht nicht."),
        ],
    )
    assert full(engine, "Landarzt") == [2]
    assert full(engine, "Schadenersatz") == [3]  # the linking -s comes and goes


def test_an_answer_that_refers_to_another_is_found_by_its_words_and_says_so(engine):
    result = engine.search("Hornissennester")
    assert full(engine, "Hornissennester") == [5, 6, 7]  # 7 → 6 → 5; 8 only mentions 5 in passing
    assert result.total == 3
    six = next(hit for hit in result.hits if hit.question == 6)
    assert "Siehe Antwort zu Frage 5" in str(six.snippet) and "40" not in str(six.snippet)
    assert six.found_as == "Hornissennester (über den Verweis „Antwort zu Frage 5“)"
    seven = next(hit for hit in result.hits if hit.question == 7)
    assert seven.to_json()["match"][0]["art"] == "verweis"


def test_a_question_naming_an_earlier_one_is_found_by_its_words_and_says_so(tmp_path):
    engine = engine_over(
        tmp_path,
        3005,
        "Hass gegen Abgeordnete",
        [
            ("Wie viele Hasskommentare gegen Abgeordnete wurden 2024 angezeigt?", "Angezeigt wurden 40."),
            ("Wie viele der in Frage 1 genannten Fälle wurden aufgeklärt?", "Aufgeklärt wurden zwölf."),
            ("Wie viele Fälle wurden eingestellt?", "Eingestellt wurden fünf."),
            ("Wie viele der in Frage 5 genannten Anzeigen betrafen Bürgermeister?", "Keine."),
            ("Wie viele Hassmails gingen ein?", "Es gingen 80 ein."),
            ("Wie oft galt § 45 Nr. 1 AufenthG?", "Zweimal."),  # a law's number names no question
            ("Wie viele der in Frage 1 der Drucksache 18/123 genannten Fälle?", "Keine."),  # another document's
        ],
    )
    result = engine.search("Hasskommentare")
    assert full(engine, "Hasskommentare") == [1, 2] and result.total == 2  # not 3, nor 4 (a later question)
    second = next(hit for hit in result.hits if hit.question == 2)
    assert second.found_as == "Hasskommentare (über den Verweis „Frage 1“)"
    assert "Aufgeklärt wurden zwölf" in str(second.snippet)


@pytest.mark.parametrize(
    ("first", "referral", "query"),
    [
        # named as a referral, not as a part of another word (Landes|jugend|amt)
        (
            "Das Landesjugendamt berät die Träger der Jugendhilfe.",
            "Auf die Antwort zu Frage 1 und die Vorbemerkung der Landesregierung wird verwiesen.",
            "Landesjugendamt",
        ),
        # a quoted phrase met only through the referral says so too
        (
            "Die Bundeswehr unterhält den Wald der Erinnerung bei Potsdam.",
            "Im Übrigen wird auf die Antwort zu Frage 1 verwiesen.",
            '"Wald der Erinnerung"',
        ),
    ],
)
def test_a_word_met_through_a_referral_says_so(tmp_path, first, referral, query):
    engine = engine_over(tmp_path, 3006, "Verweise", [("Wer?", first), ("Und wer noch?", referral)])
    second = next(hit for hit in engine.search(query).hits if hit.question == 2)
    assert second.found_as == f"{query} (über den Verweis „Antwort zu Frage 1“)"


def test_referrals_name_their_questions_and_long_answers_are_no_referrals():
    assert referred(("Siehe Antworten zu den Fragen 1 und 3.",), 4) == (1, 3)
    assert referred(("Es wird auf die Antwort auf Frage Nr. 2 verwiesen.",), 4) == (2,)
    assert referred(("Vgl. Antworten zu den Fragen 4 bis 6.",), 9) == (4, 5, 6)
    assert referred(("Die Fragen 2 und 3 werden gemeinsam beantwortet.",), 2) == ()
    assert referred((ANSWERS[7][1],), 8) == ()
    assert referred(("Es wird auf die Antwort auf Frage 4 der Drucksache 19/2598 verwiesen.",), 6) == ()
    assert referred(("Vgl. Antwort zu Frage 81 der Kleinen Anfrage zur schriftlichen Beantwortung.",), 6) == ()


def test_words_the_texts_write_as_one_compound_are_that_compound(engine):
    result = engine.search("Bund Länder Vereinbarung")
    assert full(engine, "Bund Länder Vereinbarung") == [9, 10] and result.total == 2
    found = {hit.question: hit.found_as for hit in result.hits}
    assert found[9] == "Bund-Länder-Vereinbarung ← Bund Länder Vereinbarung (Flexion oder Schreibvariante)"
    assert found[10] == "Vereinbarung … Bund … Ländern ← Bund Länder Vereinbarung (Wortteile nah beieinander)"
    scattered = next(hit for hit in result.hits if hit.question == 11)
    assert scattered.notes == ["nur Wortteile: Bund … Länder … Vereinbarung"]


def test_words_of_a_compound_are_that_compound_in_either_order(tmp_path):
    """„Feuerwehrausbildung“: ``Feuerwehr Ausbildung`` and ``Ausbildung Feuerwehr`` find the same answers — the
    compound, or its words close together; the words scattered over an answer are only shown below, labelled."""
    engine = engine_over(
        tmp_path,
        3011,
        "Brandschutz im Land",
        [
            ("Wie wird ausgebildet?", "Die Feuerwehrausbildung findet an der Landesschule statt."),
            ("Wer lehrt dort?", "Die Ausbildung der Feuerwehren übernehmen die Kreise."),
            (
                "Wer bildet aus?",
                "Die Ausbildung übernehmen die Kreise im ganzen Land seit vielen Jahren mit eigenem Personal und "
                "eigenen Mitteln für Lehrgänge, Prüfungen und Übungen. Auch die Feuerwehren helfen dabei.",
            ),
        ],
    )
    assert full(engine, "Feuerwehr Ausbildung") == full(engine, "Ausbildung Feuerwehr") == [1, 2]
    assert engine.search("Feuerwehr Ausbildung").hits[0].question == 1  # the compound itself first
    for query in ("Feuerwehr Ausbildung", "Ausbildung Feuerwehr"):  # (typed order: "Ausbildung der Feuerwehren")
        result = engine.search(query)
        assert result.total == 2
        scattered = next(hit for hit in result.hits if hit.question == 3)
        assert scattered.notes and scattered.notes[0].startswith("nur Wortteile:")


def test_parts_inside_one_longer_word_only_in_their_order(tmp_path):
    engine = engine_over(
        tmp_path,
        3008,
        "Tierärztliche Hochschule",
        [
            ("Was wird gebaut?", "In der Heimtierklinik werden Flächen hergerichtet."),
            ("Was wird saniert?", "Das Tierheimgebäude der Stadt wird saniert."),
        ],
    )
    assert full(engine, "Tierheim") == [2]  # Heim|tier|klinik holds both parts, but is no Tierheim


def test_parts_inside_one_longer_word_stand_together(tmp_path):
    engine = engine_over(
        tmp_path,
        3009,
        "Beratung im Land",
        [
            ("Wer berät?", "Es berät die Landespatientenschutzbeauftragte."),
            ("Wer noch?", "Es gilt das Kinderschutzgesetz."),
            ("Wer tagt?", "Der Studierendenwerksbeirat tagt."),
            ("Wer plant?", "Der Schulsportamtsleiter plant."),
        ],
    )
    assert full(engine, "Landesschutz") == []  # Landes|patienten|schutz…: the parts do not stand together
    assert full(engine, "Kinderschutz") == [2]
    assert full(engine, "Studierendenwerk") == [3]  # Studier|enden|werk…: an ending between the parts
    assert full(engine, "Schulamt") == []  # Schul|sport|amts|leiter: a word between the parts


def test_a_part_spelled_out_as_the_head_of_a_compound_after_the_head(tmp_path):
    engine = engine_over(
        tmp_path,
        3011,
        "Neue Züge im Nahverkehr",
        [
            ("Wann kommen die Züge?", "Die Auslieferung der neuen Doppelstockzüge verzögert sich."),
            ("Was kosten sie?", "Es werden sechs Verstärkerfahrten eingerichtet; die Kosten trägt der Kreis."),
            ("Wer zahlt die Fahrten?", "Die Kosten der Verstärkerfahrten trägt der Landkreis."),
        ],
    )
    assert full(engine, "Zugauslieferung") == [1]  # Doppelstock|züge are Züge
    assert full(engine, "Fahrtkosten") == [3]  # after the head only: "…fahrten; die Kosten" is none


def test_a_part_spells_out_only_right_after_the_head_or_close_before_it(tmp_path):
    engine = engine_over(
        tmp_path,
        3013,
        "Arbeit und Verwaltung",
        [
            ("Studien?", "Einen Zusammenhang mit Belastungen der Beschäftigten in Schichtarbeit sieht sie nicht."),
            ("Welche Hilfe?", "Das Land stellt den vollziehenden Stellen digitale Dienste bereit."),
            ("Welche Ursachen?", "Die Zusammenhänge der Arbeit in Kliniken werden untersucht."),
            ("Wer prüft?", "Die Gewalt durch Polizeibeamte prüft eine Stelle des Landes."),
        ],
    )
    assert full(engine, "Arbeitszusammenhänge") == [3]  # "… Beschäftigten in Schicht|arbeit" is too far on
    assert full(engine, "Landesstelle") == [4]  # a noun three words before the head is none of its parts
    assert full(engine, "Polizeigewalt") == [4]


def test_words_typed_apart_with_function_words_are_the_compound_the_texts_hyphenate(tmp_path):
    """„Windenergie-auf-See-Gesetz“ typed as four words is that law: the compound or its words close together,
    not every answer that names wind power, the sea and some law somewhere."""
    engine = engine_over(
        tmp_path,
        3015,
        "Offshore-Wind",
        [
            ("Was regelt das Gesetz?", "Das Windenergie-auf-See-Gesetz regelt die Ausschreibungen."),
            ("Was wurde geändert?", "Das Gesetz zur Windenergie auf See wurde 2023 geändert."),
            (
                "Wie geht der Ausbau voran?",
                "Die Windenergie an Land wird weiter ausgebaut, vor allem in den Ländern des Nordens und mit "
                "Mitteln des Bundes. Die Häfen und Werften an der Küste profitieren davon, die Schiffe auf See "
                "ebenso. Ein Gesetz zur Hafenwirtschaft ist in Vorbereitung.",
            ),
            ("Wo wird gebaut?", "Auf Flächen für Windenergie auf hoher See werden neue Anlagen gebaut."),
        ],
    )
    # an answer added later: a segment of its own, where the compound is written too
    IndexStore(tmp_path).update([("bt-21-3015", one_answer("bt-21-3015", "Ausschreibungen", ADDED), None)])
    engine = Engine(tmp_path)
    assert [hit.doc_id for hit in engine.iter_hits("Windenergie-auf-See-Gesetzes")][-1] == "bt-21-3015"
    result = engine.search("Windenergie auf See Gesetz")
    assert full(engine, "Windenergie auf See Gesetz") == [1, 1, 2] and result.total == 3
    found = {(hit.doc_id, hit.question): hit.found_as for hit in result.hits}
    as_typed = "Windenergie auf See Gesetz (Flexion oder Schreibvariante)"
    assert found["ni-19-3015", 1] == f"Windenergie-auf-See-Gesetz ← {as_typed}"
    scattered = next(hit for hit in result.hits if hit.question == 3)
    assert scattered.notes == ["nur Wortteile: Windenergie … See … Gesetz"]
    # the words as typed, apart, are met too, with one more word between two of them
    assert full(engine, "Windenergie auf See") == [1, 1, 2, 4]


ADDED = "Nach dem Windenergie-auf-See-Gesetzes werden Flächen ausgeschrieben."


def test_a_name_of_words_with_function_words_is_found_as_written_with_its_sharp_s(tmp_path):
    engine = engine_over(
        tmp_path,
        3018,
        "Kulturförderung",
        [
            ("Was wird gefördert?", "Das Kunst-auf-der-Straße-Festival beginnt im Mai."),
            ("Was noch?", "Kunst im Museum und ein Festival an der Straße."),
        ],
    )
    result = engine.search("Kunst auf der Straße Festival")
    assert [hit.question for hit in result.hits][:1] == [1] and result.total == 1
    assert result.hits[0].found_as.startswith("Kunst-auf-der-Straße-Festival ← Kunst auf der Straße Festival")


def test_two_words_close_together_without_the_function_words_are_no_name_of_several_words(tmp_path):
    engine = engine_over(
        tmp_path,
        3017,
        "Förderprogramme",
        [
            ("Wie viel floss?", "Für Ein-Land-für-Alle-Maßnahmen flossen 35 Millionen Euro."),
            ("Was meldeten die Länder an?", "Die durch die Länder angemeldeten Maßnahmen sind abgeschlossen."),
        ],
    )
    assert full(engine, "Ein Land für Alle Maßnahmen") == [1]
    assert full(engine, "Länder Maßnahmen") == [1, 2]  # typed without function words: any answer with both


def test_words_with_function_words_are_no_compound_that_only_a_web_address_spells(tmp_path):
    """A footnote's address („…/gewalt-gegen-frauen-hilfe/“) gives the index the term of „Gewalt-gegen-Frauen“,
    but no answer writes that word: the typed words stay words of their own, met anywhere in an answer."""
    engine = engine_over(
        tmp_path,
        3016,
        "Hilfesystem",
        [
            (
                "Wo gibt es Hilfe?",
                # a web address broken over two lines, as PDF text breaks it
                "Beratung bei Gewalt (www.bmfsfj.de/SharedDocs/the\nmen/DE/gewalt-gegen-frauen/hilfe.html) für Frauen.",
            ),
            ("Wie viele Fälle gab es?", "Die Gewalt gegen Frauen hat zugenommen."),
            ("Wo steht mehr?", "Zur Gewalt siehe www.bmfsfj.de/ gewalt-gegen-frauen, zu Frauenhäusern die Länder."),
            ("Was tut die Regierung?", "Sie bekämpft häusliche Gewalt. Schutzplätze für Frauen werden ausgebaut."),
        ],
    )
    assert full(engine, "Gewalt gegen Frauen") == [1, 2, 3, 4]


def test_nouns_hyphened_without_the_linking_element_are_paired_not_compounded(tmp_path):
    engine = engine_over(
        tmp_path,
        3014,
        "Hochschulbau",
        [
            ("Was regelt die Vereinbarung?", "Die Bund-Länder-Vereinbarung regelt die Mittel für Hochschulen."),
            ("Wo fehlen Ärzte?", "Der Ärzte-Mangel trifft vor allem ländliche Regionen."),
            ("Wer zahlt?", "Die Kind-Schutz-Ambulanz zahlt der Kreis."),
        ],
    )
    assert full(engine, "Bundesländer") == []  # Bund and Länder, not the Länder of the Bund
    assert full(engine, "Ärztemangel") == [2]
    assert full(engine, "Kinderschutz") == []
    assert full(engine, "Bund Länder Vereinbarung") == [1]


def test_the_head_spelled_out_as_a_verb_only_for_a_noun_made_of_a_participle(tmp_path):
    engine = engine_over(
        tmp_path,
        3012,
        "Daten und Werften",
        [
            ("Was liefert das Amt?", "Die Daten stellen wir auf Anfrage bereit."),
            ("Wer arbeitet dort?", "Wie viele Menschen beschäftigt die Werft in Papenburg?"),
            ("Wer hilft?", "Eine Stelle für Daten berät die Kommunen."),
        ],
    )
    assert full(engine, "Datenstelle") == [3]  # "Daten stellen": a verb, no Stelle
    assert full(engine, "Werftbeschäftigte") == [2]  # the Beschäftigte are whom the Werft beschäftigt


def test_a_word_only_in_a_web_address_path_finds_nothing_its_host_does(tmp_path):
    engine = engine_over(
        tmp_path,
        3008,
        "Monitoring",
        [
            (
                "Wie wird die Ausbreitung erfasst?",
                "Über das Meldeportal (https://www.nlwkn.niedersachsen.de/monitoring-asiatische-hornisse/meldung).",
            ),
            ("Wer meldet Hornissen?", "Bürgerinnen und Bürger melden Hornissen im Portal www.hornissen-melden.de/dsa."),
        ],
    )
    assert full(engine, "Hornisse") == [2]  # not 1, whose only hornet is in the address's path
    assert engine.search("DSA").total == 0
    assert full(engine, "NLWKN") == [1]  # the host names who runs the portal


def test_a_compound_holding_every_part_of_the_word_is_said_to_hold_it(tmp_path):
    """„Hitzeschutzplan“ holds „Hitze“ and „Schutz“ together: the word is part of it („Wortteil“), not parts close
    together; „bei Hitze … der Schutz“ are."""
    engine = engine_over(
        tmp_path,
        3010,
        "Kliniken",
        [("Plan?", "Ein Hitzeschutzplan wird erstellt."), ("Und?", "Bei Hitze gilt Schutz.")],
    )
    notes = {hit.question: [note.text for note in hit.match] for hit in engine.search("Hitzeschutz").hits}
    assert notes == {
        1: ["Hitzeschutzplan ← Hitzeschutz (Wortteil)"],
        2: ["Hitze … Schutz ← Hitzeschutz (Wortteile nah beieinander)"],
    }


def test_the_head_of_a_noun_in_ung_spelled_out_as_its_verb(tmp_path):
    """„erfassen … die Arbeitszeit“ is an Arbeitszeiterfassung, „die Züge sind ausgeliefert“ a Zugauslieferung; but
    not „die Landesregierung erklärte“ a Regierungserklärung (a part inside a compound beside a verb), nor „von der
    Schule ins Berufsleben begleitet“ a Schulbegleitung, nor „fordern“ a Sportförderung (the index cannot tell fordern
    from fördern)."""
    engine = engine_over(
        tmp_path,
        3014,
        "Verwaltung",
        [
            (
                "Wie wird gemessen?",
                "Die Arbeitszeiten sind lang. Derzeit erfassen 41 Landeseinrichtungen die Arbeitszeit elektronisch.",
            ),
            ("Wann kommen die Züge?", "Alle Züge sind ausgeliefert."),
            ("Was sagt das Land?", "Die Landesregierung erklärte, die Zahlen lägen nicht vor."),
            ("Wer beobachtet?", "Die Gruppe wurde vom Verfassungsschutz beobachtet."),
            ("Was tun die Vereine?", "Im Sport fordern die Vereine mehr Geld."),
            ("Was tut das Land?", "Das Land will die Hornissen gezielt bekämpfen."),
            ("Wer hilft?", "Die Jugendlichen werden von der Schule ins Berufsleben begleitet."),
            ("Was sagt der Bund?", "Der Bund erklärte, dass die Regierung nicht zuständig sei."),
            ("Wer zahlt?", "Die Vereine werden aus dem Ausland finanziert."),
            ("Was plant sie?", "Das sind erklärte Vorhaben der Regierung."),
            ("Wofür?", "Die Gelder werden verwendet. Mittel aus dem Fonds bleiben."),
            ("Warum?", "Aus Gründen einer geordneten städtebaulichen Entwicklung."),
            ("Was ist zu tun?", "Zu besetzende freie Stellen sind auszuschreiben."),
            ("Und die Grenzen?", "Offene Grenzen und ein Sozialstaat schließen sich aus, sagen sie."),
            ("Und die Brücke?", "Die Brücken schließen wir nicht. Das Land stellt Geld an."),
            ("Und die Gebühr?", "Die Kommission erhebt eine Gebühr und teilt diese dem Amt mit."),
            ("Und die Steuern?", "Sie finanzieren die Senkung von Steuern über die Erhöhung von Schulden."),
            ("Und das Gesetz?", "Das Gesetz zur Änderung der Meldefristen tritt morgen in Kraft."),
            ("Wer regiert?", "In diesem Land regieren nur die Grünen."),
            ("Und das Ressort?", "Das Ressort Soziales wird seinen Beitrag dazu leisten."),
            ("Und das Gas?", "So kann der Gasverbrauch in der Fernwärme gesenkt werden."),
            ("Und die Daten?", "Personenbezogene Daten sind vor ihrer Übermittlung zu prüfen."),
        ],
    )
    assert full(engine, "Arbeitszeiterfassung") == [1]
    assert full(engine, "Zugauslieferung") == [2]
    assert full(engine, "Regierungserklärung") == []  # inside a compound, in another clause, after a participle's noun
    assert full(engine, "Mittelverwendung") == []  # another sentence
    assert full(engine, "Grundordnung") == []  # the participle describes another noun
    assert full(engine, "Stellenbesetzung") == [13]  # the noun it describes
    assert full(engine, "Verfassungsschutzbeobachtung") == [4]  # cut after its linking s; a passive's agent
    assert full(engine, "Schulbegleitung") == []  # the Schule in a preposition's phrase, not right before the verb
    assert full(engine, "Auslandsfinanzierung") == [9]
    assert full(engine, "Sportförderung") == []
    assert full(engine, "Hornissenbekämpfung") == [6]
    assert full(engine, "Grenzschließung") == []  # „schließen sich aus“: another verb, ausschließen
    assert full(engine, "Brückenschließung") == [15]  # a particle in the next sentence is not the verb's
    assert full(engine, "Gebührenerhebung") == [16]  # „mit“ is the particle of the verb joined on by „und“
    assert full(engine, "Steuererhöhung") == []  # „über die Erhöhung“ opens a phrase of its own
    assert full(engine, "Gesetzesänderung") == [18]  # „zur Änderung“: the law's purpose
    assert full(engine, "Landesregierung") == [3]  # not 19, „in diesem Land“: where, not who or what acts
    assert full(engine, "Sozialleistung") == []  # the Beitrag between is what 20 says is geleistet
    assert full(engine, "Gasverbrauchssenkung") == [21]  # the noun between in a preposition's phrase
    assert full(engine, "Datenübermittlung") == [22]  # „vor ihrer“: the pronoun points back to the Daten
    hit = engine.search("Arbeitszeiterfassung").hits[0]
    assert [note.text for note in hit.match] == [
        "erfassen … Arbeitszeit ← Arbeitszeiterfassung (Wortteile nah beieinander)"
    ]


def test_the_head_in_ung_spelled_out_by_a_strong_verbs_participle(tmp_path):
    """„Flüchtlinge untergebracht“ is a Flüchtlingsunterbringung, „Schulen geschlossen“ a Schulschließung, „Daten
    erhoben“ a Datenerhebung; a participle whose stem is also a noun counts written small only („Tiere gehalten“, not
    „Tiere … Gehalt“), and no vowel a strong verb does not take (*gemäß* is no participle of *messen*)."""
    engine = engine_over(
        tmp_path,
        3016,
        "Verwaltung",
        [
            ("Wo wohnen sie?", "In Celle wurden 40 Flüchtlinge untergebracht."),
            ("Was geschah?", "Im Mai wurden zwei Schulen geschlossen."),
            ("Wie?", "Die Daten werden jährlich erhoben."),
            ("Wie viele?", "Im Landkreis werden 300 Tiere gehalten."),
            ("Was kostet es?", "Die Tiere bekommen kein Gehalt."),
            ("Wie laut?", "Der Lärm ist gemäß der Verordnung zu dämpfen."),
            ("Und der Hof?", "Auf dem Hof werden Ziegen gehalten; ohne Halt geht es nicht."),
            ("Und die Schulen?", "Die Schulen haben unter der Pandemie gelitten."),
            ("Und die Frist?", "Die Behörde kann eine kürzere Frist verlangen."),
            ("Und die Polizei?", "Die Polizei fuhr mit zwei Streifenwagen zum Tatort."),
            ("Und die Stadt?", "Die Stadt wird weiter entwickelt."),
            ("Und das Gesetz?", "Das Gesetz wurde 2020 geändert."),
            ("Und die Länder?", "Das Gesetz der andern Länder gilt."),
        ],
    )
    assert full(engine, "Flüchtlingsunterbringung") == [1]
    assert full(engine, "Schulschließung") == [2]
    assert full(engine, "Datenerhebung") == [3]
    assert full(engine, "Tierhaltung") == [4]
    assert full(engine, "Lärmmessung") == []
    assert full(engine, "Schulleitung") == []  # leiten is weak (leitete): „gelitten“ is leiden's
    assert full(engine, "Fristverlängerung") == []  # verlängern's stem „verlang“ is verlangen's too
    assert full(engine, "Polizeiführung") == []  # führen without umlauts is „fuhren“
    assert full(engine, "Stadtentwicklung") == [11]  # a verb in -eln: entwickl|ung
    assert full(engine, "Gesetzesänderung") == [12]  # „geändert“, not „andern“ (ändern written without umlauts)
    goats = engine.search("Ziegenhaltung").hits[0]
    assert "<mark>Ziegen</mark> gehalten" in str(goats.snippet)  # the verb's term unmarked, so never on a noun:
    assert "<mark>Halt</mark>" not in str(goats.snippet)  # „Halt“ is no halten
    hit = engine.search("Flüchtlingsunterbringung").hits[0]
    assert [note.text for note in hit.match] == [
        "Flüchtlinge … untergebracht ← Flüchtlingsunterbringung (Wortteile nah beieinander)"
    ]


def test_a_head_in_ungen_is_spelled_out_by_its_verb_as_in_ung(tmp_path):
    """The plural names the same action: „gefälschte Zeugnisse“ are Zeugnisfälschungen, „Schulen geschlossen“
    Schulschließungen, as the singulars were already."""
    engine = engine_over(
        tmp_path,
        3017,
        "Verwaltung",
        [
            ("Was wurde vorgelegt?", "Bei der Anerkennung wurden gefälschte Zeugnisse vorgelegt."),
            ("Was geschah?", "Im Mai wurden zwei Schulen geschlossen."),
            ("Und die Zeugnisse?", "Die Zeugnisse werden jährlich geprüft."),
        ],
    )
    assert full(engine, "Zeugnisfälschungen") == [1]
    assert full(engine, "Schulschließungen") == [2]
    hit = engine.search("Zeugnisfälschungen").hits[0]
    assert [note.text for note in hit.match] == [
        "gefälschte … Zeugnisse ← Zeugnisfälschungen (Wortteile nah beieinander)"
    ]


@pytest.mark.parametrize(
    ("query", "word"),
    [
        ("Bundeswehr*", "Bundeswehr"),
        ("Bundeswer~", "Bundeswer"),
        ("Syrien", "Syrien"),  # met by its adjective
        ("Zentrale Ausländerbehörde", "Zentrale Ausländerbehörde"),  # met by its short form
    ],
)
def test_a_word_begun_misspelt_or_abbreviated_met_through_a_referral_says_so(tmp_path, query, word):
    """``Bundeswehr*`` listed „Im Übrigen wird auf die Antwort zu Frage 1 verwiesen.“ with „gefunden als: Bundeswehr
    (Wortanfang)“ (74 of the 764 answers for ``Poli*`` on the Bundestag answers), ``syrischer`` with „(Staat ↔
    Adjektiv)“, as if its text held the word."""
    first = "Die Bundeswehr hilft der syrischen Regierung. Die ZAB prüft."
    referral = "Im Übrigen wird auf die Antwort zu Frage 1 verwiesen."
    asked = "Wer hilft der Zentralen Ausländerbehörde (ZAB)?"
    engine = engine_over(tmp_path, 3006, "Verweise", [(asked, first), ("Und wer noch?", referral)])
    second = next(hit for hit in engine.search(query).hits if hit.question == 2)
    assert second.found_as == f"{word} (über den Verweis „Antwort zu Frage 1“)"
