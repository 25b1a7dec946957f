"""A noun made with -ung, -heit or -keit, and a noun in -er that names a person or thing, is a word
of its own: Snowball's stem would make ``Gefährdung`` (a state) and ``gefährdet`` the same word as
``Gefährder`` (a person).  Such relatives are shown below the matches, labelled, never counted.
Adjectives keep Snowball's stem, so ``extremistischen`` still answers ``Extremisten``.  An index
built with older terms is never searched with the new ones: it is rebuilt."""

import pytest
from click.testing import CliRunner
from whoosh.index import open_dir

from indexer import Engine, IndexMissingError, IndexOutdatedError, IndexStore
from indexer.analysis.analyzer import GermanStemFilter
from indexer.index.schema import TEXT_FIELDS
from indexer.search.requirements import RELATED_ONLY
from web.cli import cli

from .quality_corpus import _doc


def _documents():
    return [
        _doc(
            5100,
            "Innere Sicherheit in Niedersachsen",
            [
                ("Wie viele Gefährder leben in Niedersachsen?", "Derzeit sind 41 Gefährder eingestuft."),
                ("Wie wird die Gefährdung von Schulen bewertet?", "Eine konkrete Gefährdung besteht nicht."),
                ("Wer prüft die Verfassungstreue?", "Bei extremistischen Bestrebungen prüft der Dienstherr."),
                ("Wie viele Landesregierungen haben Programme?", "Drei Landesregierungen fördern Programme."),
                ("Sind Schulen bedroht?", "Keine Schule ist derzeit gefährdet."),
            ],
        )
    ]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    index = tmp_path_factory.mktemp("nouns")
    IndexStore(index).build(_documents())
    return Engine(index)


def _questions(result) -> list[int | None]:
    return sorted(hit.question for hit in result.hits if not hit.missing)


def test_a_person_is_not_the_state_named_after_the_same_verb(engine):
    result = engine.search("Gefährders")
    assert _questions(result) == [1]
    assert result.total == 1


def test_relatives_of_the_word_follow_labelled_and_uncounted(engine):
    result = engine.search("Gefährders")
    related = {hit.question: hit.missing for hit in result.hits if hit.missing}
    assert related == {2: (RELATED_ONLY + "„Gefährders“",), 5: (RELATED_ONLY + "„Gefährders“",)}
    said = {hit.question: hit.found_as for hit in result.hits if hit.missing}
    assert said == {
        2: "Gefährdung ← Gefährders (nur verwandte Wortform)",
        5: "Gefährders (nur verwandte Wortform)",  # unscored, so its question stands for it: no written form
    }


def test_the_noun_still_finds_its_own_inflections(engine):
    assert _questions(engine.search("Gefährdungen")) == [2]
    assert _questions(engine.search("Landesregierung")) == [4]


def test_an_adjective_still_answers_its_noun(engine):
    assert _questions(engine.search("Extremisten")) == [3]


def _outdated_index(tmp_path):
    """An index whose pickled analyzer makes the terms of analysis 1 (Snowball stems)."""
    index = tmp_path / "index"
    store = IndexStore(index)
    store.build(_documents())
    whoosh_index = open_dir(str(store.current_path()))
    writer = whoosh_index.writer()
    for name in TEXT_FIELDS:
        stem_filter = writer.schema[name].analyzer.items[-1]
        assert isinstance(stem_filter, GermanStemFilter)
        stem_filter.analysis = 1
    writer.commit(merge=False)  # a new table of contents with the changed schema, nothing else
    return index


def test_an_index_of_older_terms_is_refused_with_what_to_do(tmp_path):
    index = _outdated_index(tmp_path)
    with pytest.raises(IndexOutdatedError, match="anfragen build"):
        Engine(index).search("Gefährder")
    assert isinstance(IndexOutdatedError("x"), IndexMissingError)  # the web shows it as 503, `add` rebuilds


def test_repair_rebuilds_an_index_of_older_terms(tmp_path):
    index = _outdated_index(tmp_path)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    runner = CliRunner()
    checked = runner.invoke(cli, ["--corpus", str(corpus), "--index", str(index), "check"])
    assert checked.exit_code == 1 and "anderen Sprachanalyse" in checked.output
    repaired = runner.invoke(cli, ["--corpus", str(corpus), "--index", str(index), "check", "--repair"])
    assert repaired.exit_code == 0, repaired.output
    assert not IndexStore(index).outdated()


def test_a_page_of_full_matches_shows_the_word_itself_and_no_relatives(tmp_path):
    """Relatives only ever follow fewer than a page of full matches: with a page of them, every
    hit says it has the word itself, and the relative stays out of every page."""
    documents = [
        _doc(5200 + n, f"Lagebild {n}", [("Wer ist eingestuft?", "Ein Gefährder ist eingestuft.")]) for n in range(10)
    ]
    documents.append(_doc(5299, "Schulen", [("Wie wird die Gefährdung bewertet?", "Eine Gefährdung besteht nicht.")]))
    IndexStore(tmp_path / "index").build(documents)
    engine = Engine(tmp_path / "index")
    first, second = engine.search("Gefährder"), engine.search("Gefährder", page=2)
    assert first.total == 10 and len(first.hits) == 10 and not second.hits
    assert {hit.found_as for hit in first.hits} == {"Gefährder (genaues Wort)"}
    assert not any(hit.missing for hit in first.hits)


def test_the_singular_finds_a_plural_whose_s_snowball_keeps(tmp_path):
    documents = [
        _doc(5200, "Angriffe", [("Wie viele Wahlkreisbüros wurden beschädigt?", "Acht Wahlkreisbüros und zwei Kitas.")])
    ]
    IndexStore(tmp_path).build(documents)
    engine = Engine(tmp_path)
    for query in ("Wahlkreisbüro", "Büro", "Kita"):
        result = engine.search(query)
        assert (result.total, result.suggestion) == (1, None), query
    assert "<mark>Wahlkreisbüros</mark>" in str(engine.search("Wahlkreisbüro").hits[0].snippet)


def test_a_form_snowball_stems_apart_finds_the_rest_of_its_noun(tmp_path):
    documents = [
        _doc(
            5110,
            "Jugendarbeit",
            [
                ("Wie viele Jugendzentren gibt es?", "In den Landkreisen arbeiten 40 Jugendzentren."),
                ("Welche Gremien beraten?", "Zwei Gremien beraten die Landesregierung nach festen Kriterien."),
                ("Welche Studien gibt es?", "Eine Studie liegt vor."),
                ("Wie hoch ist der Leitzins?", "Der Leitzins steigt; die Zinsen für Kredite auch."),
                ("Welche Probleme gibt es?", "Es gibt keine Probleme mit dem Konzern."),
                ("Wer baut um?", "Die Umbauten beginnen im Sommersemester; die Nachbarn wurden unterrichtet."),
                ("Wer ist zuständig?", "Zuständig ist der Dienstherr. Der Aufwand ist schier unmöglich zu schätzen."),
                ("Was ist geplant?", "Die Landesregierung plant, dagegen vorzugehen und darauf einzugehen."),
                ("Wie viele Paare heiraten?", "Im Jahr 2025 wurden 300 Ehen geschlossen."),
            ],
        )
    ]
    IndexStore(tmp_path).build(documents)
    engine = Engine(tmp_path)
    cases = [("Jugendzentrum", 1), ("Gremium", 2), ("Kriterium", 2), ("Zentrum", 1), ("Studien", 3), ("Zins", 4)]
    cases += [("Umbau", 6), ("Nachbar", 6), ("Sommersemesters", 6), ("Dienstherrn", 7), ("Ehe", 9)]
    assert engine.search("Schi").total == 0  # "schier" is an adverb, not a form of Schi
    assert engine.search("Ehe").total == 1  # "Ehen", but "vorzugehen" is no compound of Ehen
    for query, question in [*cases, ("Leitzinsen", 4), ("Problem", 5), ("Konzerne", 5)]:
        result = engine.search(query)
        assert [hit.question for hit in result.hits if not hit.missing] == [question], query
    assert "<mark>Jugendzentren</mark>" in str(engine.search("Jugendzentrum").hits[0].snippet)


def test_a_feminine_person_noun_finds_its_masculine_and_back(tmp_path):
    """``Polizisten`` finds an answer that writes ``Polizistinnen`` only, ``Ärztinnen`` finds ``Ärzte``, also through
    a compound's head (``Amtsrat``: ``Amtsrätin``); ``Termin`` and ``Medizin`` are no feminines of ``Term``."""
    documents = [
        _doc(
            5120,
            "Personal",
            [
                ("Wie viele Polizistinnen sind im Dienst?", "Im Dienst sind 300 Polizistinnen."),
                ("Wie viele Ärzte arbeiten dort?", "Dort arbeiten zwölf Ärzte."),
                ("Wer leitet den Kreis?", "Der Landrat leitet den Kreis."),
                ("Wer prüft die Akten?", "Die Akten prüft eine Amtsrätin."),
                ("Wann wird geliefert?", "Zum Termin wird die Medizin geliefert."),
                ("Welcher Term ist gemeint?", "Gemeint ist der Term der Gleichung."),
                ("Wer unterrichtet?", "Es unterrichten Lehrerinnen."),
                ("Wer reist an?", "Es reist eine Europäerin an."),
            ],
        )
    ]
    IndexStore(tmp_path).build(documents)
    engine = Engine(tmp_path)
    cases = [("Polizisten", 1), ("Polizist", 1), ("Ärztinnen", 2), ("Ärztin", 2), ("Landrätin", 3), ("Amtsrat", 4)]
    for query, question in [*cases, ("Termine", 5), ("Medizin", 5), ("Term", 6), ("Lehrer", 7)]:
        result = engine.search(query)
        assert [hit.question for hit in result.hits if not hit.missing] == [question], query
    assert "<mark>Polizistinnen</mark>" in str(engine.search("Polizisten").hits[0].snippet)
    # an umlaut before the e: Snowball stems Europäerin as Europäer, a folded pair would part them (not a respelling)
    assert [(hit.question, hit.match[0].way) for hit in engine.search("Europäer").hits] == [(8, "variante")]


def test_a_farmer_is_no_building_though_a_place_is_called_bau(tmp_path):
    """``Bauer`` keeps its -er (the texts use bauen, baut), as ``Lehrer`` does; ``Berliner`` stays Berlin's."""
    IndexStore(tmp_path).build(
        [
            _doc(
                5200,
                "Landwirtschaft und Straßen",
                [
                    ("Wie viele Bauern halten Milchkühe?", "Es sind 312 Bauern."),
                    ("Wann beginnt der Bau?", "Der Bau der Ortsumgehung beginnt 2027."),
                    ("Wer plant den Radweg?", "Die Planer der Landesbehörde; der Plan liegt aus."),
                    ("Wer hilft?", "Die Berliner Polizei hilft."),
                ],
            )
        ]
    )
    engine = Engine(tmp_path)
    assert _questions(engine.search("Bauern")) == [1]
    assert _questions(engine.search("Bau")) == [2]
    assert _questions(engine.search("Planer")) == [3]
    assert _questions(engine.search("Berlin")) == [4]


@pytest.mark.parametrize(
    ("word", "same", "other"),
    [
        ("Förderung", "Förderungen", "Forderung"),  # an -ung noun's umlaut makes another word
        ("Foerderung", "Förderung", "Forderungen"),  # also written without umlauts
        ("Zählung", "Zählungen", "Zahlung"),
        ("Förderungsprogramm", "Förderungsprogramme", "Forderungsprogramm"),  # also before another noun
        ("Lösungsansatz", "Lösungsansätze", "Losungsansatz"),  # whose head folds as its singular
        ("Förderungszentrum", "Förderungszentren", "Forderungszentren"),  # also where its plural is rewritten
    ],
)
def test_a_noun_in_ung_keeps_the_umlaut_that_makes_it_another_word(word, same, other):
    stem = GermanStemFilter().stem
    assert stem(word.lower()) == stem(same.lower()) != stem(other.lower())


def test_an_umlaut_that_makes_no_other_word_still_folds():
    stem = GermanStemFilter().stem
    assert stem("prüfung") == stem("pruefung") == stem("prufung")


def test_funding_is_no_demand_on_the_page(tmp_path):
    """``Förderung`` finds the funding and the compounds it heads, not a ``Forderung`` nor a ``Rückforderung`` —
    nor as a relative below them; ``Förder*`` finds the funding too."""
    funding = [
        ("Was wird gefördert?", "Die Förderung der Vereine steigt."),
        ("Was tut die Wirtschaft?", "Die Wirtschaftsförderung berät Gründer."),
    ]
    demands = [
        ("Was verlangt der Verband?", "Die Forderung des Verbandes wird geprüft."),
        ("Was wird zurückverlangt?", "Die Rückforderung ist erledigt."),
    ]
    IndexStore(tmp_path).build([_doc(5300, "Vereine", funding), _doc(5301, "Verbände", demands)])
    engine = Engine(tmp_path)
    assert [(hit.doc_id, hit.question) for hit in engine.search("Förderung").hits] == [
        ("ni-19-5300", 1),
        ("ni-19-5300", 2),
    ]
    assert [(hit.doc_id, hit.question) for hit in engine.iter_hits("Forderung")] == [
        ("ni-19-5301", 1),
        ("ni-19-5301", 2),
    ]
    assert [(hit.doc_id, hit.question) for hit in engine.iter_hits("Förder*")] == [("ni-19-5300", 1)]


def test_autocomplete_keeps_the_umlaut_typed(tmp_path):
    """Autocomplete told words apart only without their umlauts: „Zähl“ offered „Zahlungen“ and „Zahl“, and
    „Forderungen“ in a title was counted as a „Förderungen“, never offered as itself."""
    funding = [("Wann kommen die Zahlungen?", "Im Mai."), ("Wie läuft die Zählung der Förderungen?", "Gut.")]
    demands = [("Welche Forderungen gibt es?", "Keine."), ("Steigt die Zahl der Forderungen?", "Nein.")]
    IndexStore(tmp_path).build([_doc(5310, "Förderungen", funding), _doc(5311, "Forderungen", demands)])
    engine = Engine(tmp_path)

    def words(prefix: str) -> list[str]:
        return [found["text"] for found in engine.complete(prefix) if found["kind"] == "wort"]

    assert words("Zähl") == ["Zählung"]
    assert words("Förd") == words("Foerd") == ["Förderungen"]
    assert words("Ford") == ["Forderungen", "Förderungen"]  # typed without one: either
    assert words("Zahl") == ["Zahl", "Zählung", "Zahlungen"]
