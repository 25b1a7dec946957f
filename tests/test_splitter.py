"""The compound splitter: simple words stay whole, compounds get their head, and it can be measured."""

import json

import pytest
from click.testing import CliRunner

from indexer.analysis.compounds import default_splitter
from indexer.analysis.query_text import compound_parts
from indexer.measure.splitter import HELD_BACK, TUNING, part_of
from web.cli import main


@pytest.mark.parametrize(
    "word",
    [
        "gutachter",
        "provision",
        "tourist",
        "schande",
        "heranwachsende",
        "landschaft",
        "schloss",
        "mangels",
        "lehrerinnen",
        "bewerberinnen",
        "wiederholung",  # wieder- opens a derivation here: Holung is no word
        "vorstellung",  # verb particles open derivations of particle verbs (vorstellen)
        "unterlagen",
        "struktur",  # -tur is an ending, not the Tür
        "erbringer",  # an agent noun is as common as its verb (erbringen): no Erb|ringer
        "verspielende",  # a participle's noun as common as its verb (verspielen): no Verspie|lende
        "personalien",  # a head holds the whole of a Latin suffix: no Person|alien
        "ableiter",  # Eiter, rare, inside the far commoner Leiter is its fragment: no Abl|eiter
        "postille",  # no Pos|tille
        "motorischen",  # the adjective ending holds no head: no Motor|ischen, Luxem|burgi|sche
        "luxemburgische",
        "asiatischen",  # -tisch after a vowel is a foreign adjective's ending, no Tisch: no Asia|tischen
        "touristische",
        "aufschäumer",  # a guess cuts off no particle with a fragment of the stem: no Aufsch|äumer, Einver|nahme
        "einvernahme",
    ],
)
def test_simple_words_stay_whole(word):
    assert default_splitter().split(word) is None


@pytest.mark.parametrize(
    "word, head",
    [
        ("polizeiwache", "wache"),
        ("ärztemangel", "mangel"),
        ("bistumsgrenze", "grenze"),
        ("polizeigewalt", "gewalt"),
        ("pubertätsblocker", "blocker"),
        ("pubertaetsblockern", "blockern"),
        ("kreuzspinne", "spinne"),  # Spinne and Gimpel come from the Wiktionary noun list
        ("hakengimpel", "gimpel"),
        ("wiedereinreise", "einreise"),  # wieder- before a noun of its own: a Wiedereinreise is an Einreise
        ("wiederaufbau", "aufbau"),
        ("kellertür", "tür"),  # an umlauted head is no ending (-tur)
        ("rettungsweg", "weg"),  # weg is a noun as a head
        ("nebenkosten", "kosten"),  # prepositions without particle verbs are modifiers
        ("gegenleistung", "leistung"),
        ("arbeitskräftenachfrage", "nachfrage"),  # no link -n after a consonant, ach is no part
        ("abfallerzeugnis", "erzeugnis"),  # a linking -er is a plural: Abfaller is no word
        ("kindergarten", "garten"),  # Kinder is
        ("schulamt", "amt"),  # a modifier that drops its -e before consonants keeps it before vowels
        ("privatuniversität", "universität"),
        ("eigenanteilen", "anteilen"),
        ("betriebsausfall", "ausfall"),  # no linking -s after a vowel: no Betrieb|saus|fall
        ("hilfsangebot", "angebot"),  # Hilfe's plural is no linking form: no Hilf-e|sange|bot
        ("verwaltungsangestellte", "angestellte"),
        ("straftätern", "tätern"),  # Straftät- is a word: Straftaten is its plural, no verb the -er noun comes from
        ("regionalleiter", "leiter"),  # not Region|al|eiter: Eiter is a fragment of the commoner Leiter
        ("bettelbrief", "brief"),  # not Bett|elb|rief
        ("küchentisch", "tisch"),  # a Tisch after a consonant, a vowel's e or a linking s stays one
        ("kaffeetisch", "tisch"),
        ("verhandlungstisch", "tisch"),
        ("glastisch", "tisch"),
    ],
)
def test_compounds_get_their_head(word, head):
    assert default_splitter().split(word).surfaces[-1] == head


def test_a_part_written_without_umlauts_weighs_what_that_spelling_does():
    """``höre`` is common in speeches, ``Hore`` no word: the Hornisse stays whole, and a search for
    Hornissennester is told of Hornissen and Nester, not of Hore."""
    splitter = default_splitter()
    assert splitter.split("hornisse") is None
    assert splitter.split("hornissennester").surfaces == ("hornissen", "nester")
    assert compound_parts("Hornissennester") == ["hornissen", "nester"]


@pytest.mark.parametrize(
    "word, surfaces",
    [
        ("ärztemangel", ("ärzte", "mangel")),
        ("aerztemangel", ("aerzte", "mangel")),  # ae written for ä weighs as ä
        ("hörgeräte", ("hör", "geräte")),
        ("hoergeraete", ("hoer", "geraete")),
    ],
)
def test_a_part_written_with_umlauts_or_for_them_keeps_its_weight(word, surfaces):
    assert default_splitter().split(word).surfaces == surfaces


def test_a_rare_plural_is_no_linking_form():
    """Bunde is far rarer than Bund: Bundes|innen|ministerium, whose head Innenministerium a search finds."""
    split = default_splitter().split("bundesinnenministerium")
    assert split.surfaces == ("bundes", "innen", "ministerium")
    assert "innenministerium" in split.heads


def test_the_held_back_part_is_fixed_by_the_word():
    parts = [part_of(f"Wort{i}") for i in range(1000)]
    assert parts == [part_of(f"Wort{i}") for i in range(1000)]
    assert 150 < parts.count(HELD_BACK) < 250 and TUNING in parts


def test_splitter_eval_reports_heads_and_simple_words(tmp_path):
    gold = tmp_path / "gold.tsv"
    gold.write_text("# Kopf\nPolizeiwache\tPolizei Wache\nÄrztemangel\tArzt Mangel\nHakenblubbix\tHaken Blubbix\n")
    simple = tmp_path / "simple.txt"
    simple.write_text("Gutachter\nTourist\nProvision\nSchande\n")
    result = CliRunner().invoke(main, ["splitter-eval", str(gold), str(simple), "--json"])
    parts = json.loads(result.output)["parts"]
    assert sum(p["compounds"] for p in parts.values()) == 3
    right = sum(p["head_right"] * p["compounds"] for p in parts.values())
    assert right == pytest.approx(2, abs=0.01)  # Blubbix is no word
    assert all(p["simple_split"] == 0 for p in parts.values() if p["simple_words"])


def test_splitter_eval_refuses_a_list_without_compounds(tmp_path):
    gold = tmp_path / "gold.tsv"
    gold.write_text("nur Text ohne Tabulator\n")
    result = CliRunner().invoke(main, ["splitter-eval", str(gold), str(gold)])
    assert result.exit_code == 1 and "Kompositum<TAB>Teile" in result.output
