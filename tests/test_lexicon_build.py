"""Generating the splitter's word lists: the noun list fills gaps of the corpus list, in its units."""

import gzip
import math
import re

import pytest

from indexer.analysis.abbreviations import PARTIES, known_abbreviations, shipped_pairs, spells
from indexer.analysis.abbreviations_build import (
    MIN_COOCCURRING,
    MIN_COOCCURRING_SHARE,
    CoOccurrences,
    Definitions,
    abbreviation_list,
    law_abbreviations,
)
from indexer.analysis.analyzer import STEM_FORMS, GermanStemFilter
from indexer.analysis.compounds import Lexicon
from indexer.analysis.lexicon_build import (
    agent_nouns,
    capitalised_words,
    count_spellings,
    feminine_forms,
    foreign_plurals,
    forms_stemmed_apart,
    lemmas_stemmed_apart,
    noun_buckets,
    s_plural_nouns,
    spelling_shares,
    stem_form_pairs,
    umlaut_nouns,
    umlautless_buckets,
    whole_words_only,
    wiktionary_noun_forms,
    write_buckets,
)


def test_capitalised_words_are_nouns_the_texts_never_write_in_lower_case() -> None:
    """``ertrage`` and ``betrieb`` are verbs too; ``Der`` begins a sentence, ``der`` is the article."""
    texts = ["Der Entwurf und der Betrieb, den er betrieb; die Erträge, die ich ertrage."] * 64
    assert capitalised_words(texts) == ["entwurf", "erträge"]


def _noun(lemma: str, *forms: str, pos: str = "Substantiv") -> list[str]:
    """A row of Wiktionary's ``nouns.csv``: lemma, part of speech, five genus columns, then the forms."""
    return [lemma, pos, *[""] * 5, *forms]


def test_nouns_fill_gaps_and_rare_words_but_leave_the_domain_frequencies_alone():
    base = {"haus": 11, "halt": 11, "haushalt": 12, "spinne": 2, "gesetz": 14, "ten": 5}
    frequencies = {"haus": 2**-10, "halt": 2**-9, "haushalt": 2**-14, "spinne": 2**-16, "gesetz": 2**-11, "ten": 2**-13}
    english = {"ten": 2**-10, "haus": 2**-20}
    buckets = noun_buckets(["haus", "halt", "spinne", "gimpel", "gesetz", "ten"], frequencies, base, english)
    # offset 23 = median of bucket - log2(frequency) (21, 20, 26, 25) over words seen >= 2**6 times;
    # haus (13) and halt (14) would be commoner in general German, but the corpus knows them well;
    # ten (10) is an English word
    assert buckets == {"spinne": 7}  # gimpel: no frequency known


def test_only_common_nouns_and_their_forms_are_taken():
    header_width = 7
    rows = [
        ["Spinne", "Substantiv", *[""] * (header_width - 2), "Spinne", "Spinnen"],
        ["Göttingen", "Substantiv,Toponym", *[""] * (header_width - 2), "Göttingen"],
        ["Aal", "Substantiv", *[""] * (header_width - 2), "Aal", "Aale", "des Aals"],
    ]
    assert wiktionary_noun_forms(rows) == {"spinne", "spinnen", "aal", "aale", "aals", "des"}


def test_nouns_whose_er_is_no_ending_are_listed():
    """``Lehrer`` keeps its -er; the plural ``Kinder`` and the declined adjective ``Beamter`` do not,
    nor does a noun whose -er Snowball leaves alone anyway (``Meer``)."""
    header = ["lemma", "pos", *["genus"] * 5, "nominativ singular", "nominativ plural", "genitiv singular"]
    blank = [""] * 5
    rows = [
        ["Lehrer", "Substantiv", *blank, "Lehrer", "Lehrer", "Lehrers"],
        ["Kind", "Substantiv", *blank, "Kind", "Kinder", "Kindes"],
        ["Kinder", "Substantiv", *blank, "Kinder", "", "Kinders"],
        ["Beamter", "Substantiv", *blank, "Beamter", "Beamte", "Beamten"],
        ["Meer", "Substantiv", *blank, "Meer", "Meere", "Meeres"],
        ["Gefährder", "Substantiv", *blank, "Gefährder", "Gefährder", "Gefährders"],
        ["Berlin", "Substantiv,Toponym", *blank, "Berlin", "", "Berlins"],
        ["Berliner", "Substantiv", *blank, "Berliner", "Berliner", "Berliners"],
        # a place is called Bau too, but the texts use bauen, baut: a Bauer does what the verb says
        ["Bau", "Substantiv,Toponym", *blank, "Bau", "", "Baus"],
        ["Bauer", "Substantiv", *blank, "Bauer", "Bauern", "Bauern"],
        # Kiel is a place, and no verb the texts use
        ["Kiel", "Substantiv,Toponym", *blank, "Kiel", "", "Kiels"],
        ["Kieler", "Substantiv", *blank, "Kieler", "Kieler", "Kielers"],
    ]
    assert agent_nouns(header, rows) == ["bauer", "gefahrder", "lehrer"]


def test_nouns_whose_plural_s_snowball_keeps_are_listed():
    """``Büro``/``Büros`` and the abbreviation ``Lkw``/``Lkws`` are listed; not ``Ei``, whose ``Eis`` is a
    noun of its own, nor ``Job`` (Snowball strips that -s), ``Linie`` (its -es too) or a name."""
    blank = [""] * 5
    rows = [
        ["Büro", "Substantiv", *blank, "Büro", "Büros", "Büros"],
        ["Lkw", "Substantiv,Abkürzung", *blank, "Lkw", "Lkws", "Lkws"],
        ["Ei", "Substantiv", *blank, "Ei", "Eier", "Eis"],
        ["Eis", "Substantiv", *blank, "Eis", "", "Eises"],
        ["Job", "Substantiv", *blank, "Job", "Jobs", "Jobs"],
        ["Linie", "Substantiv", *blank, "Linie", "Linien", "Linie"],
        ["Otto", "Substantiv,Vorname", *blank, "Otto", "Ottos", "Ottos"],
    ]
    assert s_plural_nouns(rows) == ["buro", "lkw"]


def test_plurals_snowball_misses_are_listed_with_their_singular():
    """``Zentren`` and ``Prinzipien`` are listed; not ``Daten`` (a noun of its own), ``Kurse`` (also ``Kurs``'s),
    ``Stäte`` (``Staat`` has no foreign ending: its folded ``state`` is English) nor ``Häuser`` (Snowball's own)."""
    header = ["lemma", "pos", *[""] * 5, "nominativ singular", "nominativ plural", "dativ plural"]
    rows = [
        _noun("Zentrum", "Zentrum", "Zentren", "Zentren"),
        _noun("Prinzip", "Prinzip", "Prinzipien", "Prinzipien"),
        _noun("Datum", "Datum", "Daten", "Daten"),
        _noun("Daten", "", "Daten", "Daten"),
        _noun("Kursus", "Kursus", "Kurse", "Kursen"),
        _noun("Kurs", "Kurs", "Kurse", "Kursen"),
        _noun("Staat", "Staat", "Stäte", "Staaten"),
        _noun("Haus", "Haus", "Häuser", "Häusern"),
    ]
    before = GermanStemFilter(analysis=STEM_FORMS - 1).stem
    assert foreign_plurals(header, rows, before) == [("prinzipien", "prinzip"), ("zentren", "zentrum")]


def test_nouns_snowball_stems_apart_from_their_forms_are_listed_with_one_of_them():
    """``Krebs`` (stemmed ``kreb``, its ``Krebse`` ``krebs``) and ``Problem`` are listed; not ``Haus`` (stemmed like
    its forms), ``Hans`` as a name, ``Feier`` (one other form only) nor ``Mais``, which is also ``Mai``'s genitive."""
    rows = [
        _noun("Krebs", "Krebs", "Krebse", "Krebses"),
        _noun("Problem", "Problem", "Probleme", "Problems"),
        _noun("Haus", "Haus", "Häuser", "Hauses"),
        _noun("Hans", "Hans", "Hanse", "Hanses", pos="Substantiv,Vorname"),
        _noun("Feier", "Feier", "Feiern", "Feier"),
        _noun("Mais", "Mais", "Maise", "Maises"),
        _noun("Mai", "Mai", "Maie", "Mais"),
    ]
    pairs = lemmas_stemmed_apart(rows, GermanStemFilter(analysis=STEM_FORMS - 1).stem)
    assert pairs == [("krebs", "krebse"), ("problem", "probleme")]


def test_other_forms_snowball_stems_apart_are_listed_with_their_noun_unless_the_texts_write_another_word():
    """``Herrn`` (``herrn``; ``Herr``, ``Herren`` ``herr``) and ``Ehen`` (the one other form) are listed with their
    noun; ``schier`` (of ``Schi``) is written in lower case, ``Stäte`` (of ``Staat``) as English ``State`` without
    its umlaut, ``Bauten`` is also ``Baute``'s, and ``Krebs`` stands apart itself (the rule above)."""
    rows = [
        _noun("Herr", "Herr", "Herren", "Herrn"),
        _noun("Ehe", "Ehe", "Ehen"),
        _noun("Schi", "Schi", "Schier", "Schis"),
        _noun("Staat", "Staat", "Staaten", "Stäte"),
        _noun("Bau", "Bau", "Baus", "Bauten"),
        _noun("Baute", "Baute", "Bauten"),
        _noun("Krebs", "Krebs", "Krebse", "Krebses"),
    ]
    texts = ["Herrn Müller", "das ist schier unmöglich", "Die Ehen"] * 4 + ["State Department"] * 3 + ["Stäte"]
    shares = spelling_shares(texts)
    assert shares["schier"] == (1.0, 1.0) and shares["state"] == (0.0, 0.75)
    pairs = forms_stemmed_apart(rows, GermanStemFilter(analysis=STEM_FORMS - 1).stem, shares)
    assert pairs == [("ehen", "ehe"), ("herrn", "herr")]
    # "ehen" ends verbs there: stemmed as Ehe on its own only, never as a compound's head (einzu|gehen)
    verbs = spelling_shares(["vorzugehen, einzugehen und umzugehen; beim Dienstherrn und Bauherrn"] * 4)
    assert whole_words_only(["ehen", "herrn"], verbs) == {"ehen"}


def test_feminine_nouns_in_in_are_listed_with_their_masculine():
    """``Ärztin`` (umlaut undone), ``Kollegin`` (an -e added, not the neuter ``Kolleg``), ``Beamtin`` (the
    nominative ``Beamte`` of ``Beamter``), ``Polin`` (``Pole``, not ``Pol``) and ``Wanderin`` (``Wanderer``) are listed
    with both forms; not ``Disziplin`` (plural -en), ``Heroin`` (also the drug) nor ``Affin``, an adjective there."""
    header = ["lemma", "pos", *["genus"] * 5, "nominativ singular", "nominativ singular schwach", "nominativ plural"]

    def noun(lemma: str, genus: str, *forms: str) -> list[str]:
        return [lemma, "Substantiv", genus, *[""] * 4, *forms]

    rows = [
        noun("Arzt", "m", "Arzt", "", "Ärzte"),
        noun("Ärztin", "f", "Ärztin", "", "Ärztinnen"),
        noun("Kolleg", "n", "Kolleg", "", "Kollegs"),
        noun("Kollege", "m", "Kollege", "", "Kollegen"),
        noun("Kollegin", "f", "Kollegin", "", "Kolleginnen"),
        noun("Beamter", "m", "Beamter", "Beamte", "Beamte"),
        noun("Beamtin", "f", "Beamtin", "", "Beamtinnen"),
        noun("Pol", "m", "Pol", "", "Pole"),
        noun("Pole", "m", "Pole", "", "Polen"),
        noun("Polin", "f", "Polin", "", "Polinnen"),
        noun("Wanderer", "m", "Wanderer", "", "Wanderer"),
        noun("Wanderin", "f", "Wanderin", "", "Wanderinnen"),
        noun("Disziplin", "f", "Disziplin", "", "Disziplinen"),
        noun("Heroe", "m", "Heroe", "", "Heroen"),
        noun("Heroin", "n", "Heroin", "", ""),
        noun("Heroin", "f", "Heroin", "", "Heroinnen"),
        noun("Affe", "m", "Affe", "", "Affen"),
        noun("Äffin", "f", "Äffin", "", "Äffinnen"),
    ]
    shares = spelling_shares(["Die Methode ist technisch affin."] * 4)
    assert feminine_forms(header, rows, shares) == [
        ("affinnen", "affe"),
        ("arztin", "arzt"),
        ("arztinnen", "arzt"),
        ("beamtin", "beamte"),
        ("beamtinnen", "beamte"),
        ("heroinnen", "hero"),
        ("kollegin", "kollege"),
        ("kolleginnen", "kollege"),
        ("polin", "pole"),
        ("polinnen", "pole"),
        ("wanderin", "wanderer"),
        ("wanderinnen", "wanderer"),
    ]


def test_a_feminine_replaces_the_pair_of_its_plural_and_joins_only_where_snowball_parts_them():
    """``Kolleginnen`` stems as ``Kollege``, no longer as ``Kollegin``; ``Lehrerin`` needs no pair (Snowball stems it
    as ``Lehrer`` already)."""
    stem = GermanStemFilter(analysis=STEM_FORMS - 1).stem
    feminines = [("kollegin", "kollege"), ("kolleginnen", "kollege"), ("lehrerin", "lehrer")]
    pairs = stem_form_pairs([("kolleginnen", "kollegin")], [], [], stem, [], feminines)
    assert pairs == [("kollegin", "kollege"), ("kolleginnen", "kollege")]


def test_written_lists_load_as_a_lexicon(tmp_path):
    path = tmp_path / "liste.txt.gz"
    write_buckets({"spinne": 9, "gimpel": 0}, path)
    assert gzip.decompress(path.read_bytes()).decode() == "gimpel 0\nspinne 9\n"
    lexicon = Lexicon.load(path)
    assert lexicon.weight("Spinne") == 10.0 and lexicon.weight("Gimpel") == 1.0 and lexicon.weight("Aal") == 0.0


def test_words_mostly_written_with_umlauts_weigh_their_umlaut_free_spellings():
    texts = (
        ["Ich höre"] * 40 + ["Der Mangel, die Mängel"] * 20 + ["Mängel"] * 20 + ["Der Hort hört"] * 4 + ["hört"] * 60
    )
    counts, plain = count_spellings(texts)
    assert (counts["hore"], plain["hore"], counts["mangel"], plain["mangel"]) == (40, 0, 60, 20)
    merged = {"hore": 5, "mangel": 5, "hort": 9, "ich": 5}  # the lists raise hort from 6 (64 times) to 9
    # Höre never without umlauts: no word; Mangel a third of mangel: not listed; Hort 4 of 68: 2**2, raised by 3
    assert umlautless_buckets(counts, plain, merged) == {"hore": -1, "hort": 5}
    lexicon = Lexicon({"hore": 9, "nisse": 5}, {"hore": -1})
    assert lexicon.weight("Höre") == 10.0 and lexicon.part_weight("hore", final=True) == (0.0, 0)


def test_laws_give_their_abbreviation_only_where_it_spells_a_short_title():
    laws = [
        {"jurabk": "StPO", "title": "Strafprozeßordnung"},
        {"jurabk": "IfSG", "title": "Gesetz zur Verhütung und Bekämpfung von Infektionskrankheiten beim Menschen"},
        {"jurabk": "GG", "title": "Grundgesetz"},  # two letters: too often something else
        {"jurabk": "BMG", "title": "Bundesmeldegesetz"},  # three capitals: mostly the Bundesministerium für Gesundheit
        {"jurabk": "BRAO", "title": "Bundesrechtsanwaltsordnung"},
        {"jurabk": "SGB 8", "title": "Sozialgesetzbuch Achtes Buch"},
        {"jurabk": "XyzV", "title": "Abwasserverordnung"},  # does not spell it
        {"jurabk": "DopG", "title": "Doppelgesetz"},
        {"jurabk": "DopG", "title": "Dopinggesetz"},  # given to two laws
    ]
    assert law_abbreviations(laws) == [("BRAO", "Bundesrechtsanwaltsordnung"), ("StPO", "Strafprozeßordnung")]


def _defined(*documents: tuple[int, str]) -> list[tuple[str, str]]:
    """The shipped pairs of documents given as (how many, text)."""
    found = Definitions()
    for count, text in documents:
        for _ in range(count):
            found.add([text])
    return found.dominant()


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Die Koordinierungsstelle für IT-Standards (KoSIT) prüft.", ("KoSIT", "Koordinierungsstelle IT-Standards")),
        ("als Verschlusssache – Nur für den Dienstgebrauch (VS-NfD)", ("VS-NfD", "Verschlusssache Dienstgebrauch")),
    ],
)
def test_a_definition_made_in_two_documents_is_shipped(text, pair):
    assert _defined((2, text)) == [pair]
    assert _defined((1, text)) == []


def test_inflected_long_forms_count_as_one_written_as_most_often():
    assert _defined(
        (1, "der Koordinierungsstellen für IT-Standards (KoSIT)"), (2, "Koordinierungsstelle für IT-Standards (KoSIT)")
    ) == [("KoSIT", "Koordinierungsstelle IT-Standards")]


def test_a_short_form_with_two_common_meanings_is_not_shipped():
    both = _defined((2, "beim Landesamt für Umwelt (LAFU) gemessen"), (2, "bei der Landesanstalt für Umwelt (LAFU)"))
    assert both == []
    assert _defined((4, "beim Landesamt für Umwelt (LAFU)"), (2, "bei der Landesanstalt für Umwelt (LAFU)")) == [
        ("LAFU", "Landesamt Umwelt")
    ]


def test_plain_words_and_rare_three_capitals_are_not_shipped():
    assert _defined((3, "in Kindertagesstätten (KITA); die Kita und jede Kita")) == []
    assert _defined((4, "nach dem Bundesmeldegesetz (BMG)")) == []  # BMG: mostly the Bundesministerium für Gesundheit
    assert _defined((5, "nach dem Bundesmeldegesetz (BMG)")) == [("BMG", "Bundesmeldegesetz")]


@pytest.mark.parametrize(
    "text",
    [
        "Christlich Demokratische Union (CDU)",  # a party
        "Die Kommission leitet Prof. Dr. Hans Jürgen Prömel (HJP) seit 2024.",  # a person's initials
        "Übungen nach NHG (§ 38 Abs. 2) und nach NKatSG (Paragraf 11)",  # a law and its paragraph
        "zur Ergänzung der Verordnung (EU) 2016/679",  # a citation
        "das Gesetz über Ordnungswidrigkeiten (OWiG)",  # not the Ordnungswidrigkeiten themselves
        "die Sicherheit des LNG-Systems (LNG)",  # its own long form
    ],
)
def test_wrong_pairs_are_not_shipped_however_often_made(text):
    assert _defined((9, text)) == []


def test_a_laws_own_title_wins_over_a_definition():
    laws = [{"jurabk": "KoSchG", "title": "Kosmosschutzgesetz", "text": ""}]
    laws += [{"text": "das Kosmosschutzgesetz (KoSchG)"}, {"text": "der Koordinierungsschutzgesetz (KoSchG)"}] * 2
    assert abbreviation_list(laws, []) == [("KoSchG", "Kosmosschutzgesetz")]


def test_the_shipped_list_holds_no_party_person_or_paragraph():
    pairs = shipped_pairs()
    assert len(pairs) > 200 and len(known_abbreviations()) == len(pairs)
    for short, long_form in pairs:
        assert short not in PARTIES and "§" not in long_form and "Abs." not in long_form
        assert long_form.split()[0].rstrip(".") not in {"Dr", "Prof", "Herr", "Herrn", "Frau"}
        assert spells(short, long_form) or spells(short.replace("-", ""), long_form), (short, long_form)


def _cooccurring(*documents: tuple[int, str]) -> list[tuple[str, str]]:
    """The pairs written together in documents given as (how many, text)."""
    return CoOccurrences([[text] for count, text in documents for _ in range(count)]).dominant(lambda short: False)


PMK = "Die politisch motivierte Kriminalität steigt. Die PMK-Statistik zeigt es."


def test_a_short_form_written_beside_its_long_form_in_enough_documents_is_shipped():
    assert _cooccurring((MIN_COOCCURRING, PMK)) == [("PMK", "politisch motivierte Kriminalität")]
    assert _cooccurring((MIN_COOCCURRING - 1, PMK)) == []
    ekf = "Mittel aus dem Energie- und Klimafonds; der EKF wird aufgestockt."
    assert _cooccurring((MIN_COOCCURRING, ekf)) == [("EKF", "Energie- Klimafonds")]


def test_a_short_form_mostly_used_without_the_long_form_is_not_shipped():
    alone = "Die PMK-Statistik zeigt es."
    many = math.ceil(MIN_COOCCURRING / MIN_COOCCURRING_SHARE)
    assert _cooccurring((MIN_COOCCURRING, PMK), (many, alone)) == []
    assert _cooccurring((MIN_COOCCURRING, PMK), (MIN_COOCCURRING, alone)) == [
        ("PMK", "politisch motivierte Kriminalität")
    ]


def test_a_short_form_beside_two_long_forms_is_not_shipped():
    other = "Die Partei mahnt Kontrollen an. Die PMK-Statistik zeigt es."
    assert _cooccurring((MIN_COOCCURRING, other)) == [("PMK", "Partei mahnt Kontrollen")]
    assert _cooccurring((MIN_COOCCURRING, PMK), (MIN_COOCCURRING, other)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Wir prüfen insbesondere die ISO-Norm.",  # one word that merely holds the letters
        "Sehr geehrte Frau Präsidentin! Die GAP-Reform kommt.",  # letters from inside the words
        "Vielen Dank. Der VdK hat recht.",
        "Viele NGOs helfen. Eine NGO hilft.",  # the short form itself
        "Die Union aus CDU und CSU. Die CCS-Technik kommt.",  # other short forms
        "An Hochschulen für angewandte Wissenschaften; die HAW bildet aus.",  # cut short before its noun
        "Nach dem Bundesentschädigungsgesetz; das BEG gilt.",  # a law's three capitals, as in the laws' list
    ],
)
def test_words_that_merely_hold_the_letters_are_not_long_forms(text):
    assert _cooccurring((9, text)) == []


def test_every_shipped_stem_form_joins_its_noun():
    """Each shipped form stems like the form it is replaced by, and no replacement is replaced again."""
    from indexer.analysis.word_forms import stem_forms

    stem, pairs = GermanStemFilter().stem, stem_forms()
    assert not set(pairs.values()) & set(pairs)
    spelled = [form for form in pairs if not re.search("[aou]e", form)]  # keys of ä, ö, ü words: not re-folded
    assert len(spelled) > 4000
    assert [form for form in spelled if stem(form) != stem(pairs[form])] == []
    assert stem("zweistelligen") == stem("zweistellige") and stem("Gros") != stem("große")


def test_nouns_in_ung_whose_umlaut_makes_another_word_are_listed():
    """``Förderung`` beside ``Forderung``, both written in the texts; not ``Abnützung`` (the texts write only
    ``Abnutzung``), nor ``Prüfung`` (no ``Prufung``), nor a noun in -ung without umlaut."""
    rows = [[word, "Substantiv"] for word in ("Förderung", "Forderung", "Abnützung", "Abnutzung", "Prüfung")]
    written = {"förderung": 9, "forderungen": 5, "abnutzung": 12, "prüfung": 30}
    assert umlaut_nouns(rows, written) == ["förderung"]
