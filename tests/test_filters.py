"""Filters in the search box and in the URL narrow the answers; sort and facet counts are right."""

import datetime as dt
import re
from html import escape, unescape

import pytest

from indexer import QueryError
from indexer.search.filters import DateRange, Filters, extract_filters, from_params, parse_date_range


def test_field_syntax_is_taken_out_of_the_query_text():
    words, filters = extract_filters(
        'Arbeit partei:SPD ministerium:"Arbeit, Gesundheit" datum:2019-01..2019-06 titel:Dortmund'
    )
    assert words == "Arbeit titel:Dortmund"  # titel: stays for the query parser
    assert filters.partei == ("SPD",)
    assert filters.ministerium == ("Arbeit, Gesundheit",)
    assert filters.datum == DateRange(dt.date(2019, 1, 1), dt.date(2019, 6, 30))


@pytest.mark.parametrize(
    "spec, start, end",
    [
        ("2019", dt.date(2019, 1, 1), dt.date(2019, 12, 31)),
        ("2020-02", dt.date(2020, 2, 1), dt.date(2020, 2, 29)),
        ("04.06.2019", dt.date(2019, 6, 4), dt.date(2019, 6, 4)),
        ("2019-06..", dt.date(2019, 6, 1), None),
        ("..2019", None, dt.date(2019, 12, 31)),
    ],
)
def test_date_specs(spec, start, end):
    assert parse_date_range(spec) == DateRange(start, end)


@pytest.mark.parametrize("spec", ["2019-13", "gestern", "2019-06..2019-01", ".."])
def test_bad_dates_are_a_german_error(spec):
    with pytest.raises(QueryError, match=r"Datum|Zeitraum|Anfang"):
        parse_date_range(spec)


def test_url_parameters_mean_the_same_as_field_syntax():
    from werkzeug.datastructures import MultiDict

    params = from_params(MultiDict([("partei", "SPD"), ("jahr", "2019"), ("von", "2019-01"), ("bis", "2019-06")]))
    typed = extract_filters("partei:SPD jahr:2019 datum:2019-01..2019-06")[1]
    assert params == typed
    assert from_params(params.to_params()) == params
    with pytest.raises(QueryError, match="Zahl"):
        from_params({"jahr": ["neunzehn"]})
    with pytest.raises(QueryError, match="Drucksachennummer"):
        from_params({"drucksache": ["6448"]})


@pytest.mark.parametrize(
    "query, total",
    [
        ("partei:SPD", 5),  # filters alone list the answers
        ("Transfer partei:spd", 1),  # values are matched case-insensitively
        ("Transfer ministerium:arbeit", 1),  # part of the ministry's name
        ("Transfer datum:2019-06", 1),
        ("Transfer datum:2019-01..2019-05", 0),
        ("Transfer drucksache:17/6448", 1),
        ("Transfer parlament:nw wahlperiode:17 jahr:2019", 1),
        ("Transfer parlament:Nordrhein-Westfalen", 1),  # a parliament's name means its code
        ("Transfer parlament:NRW", 1),
    ],
)
def test_filters_narrow_the_seed(engine, query, total):
    assert engine.search(query).total == total


def test_filter_arguments_and_typed_filters_combine(engine):
    assert engine.search("Transfer", filters=Filters(partei=("SPD",))).total == 1
    assert engine.search("Transfer datum:2019-01..2019-05", filters=Filters(partei=("SPD",))).total == 0


def test_facets_count_answers_not_paragraphs(engine):
    results = engine.search("Arbeit", facets=True)
    assert results.total > 1
    for name in ("parlament", "wahlperiode", "ministerium", "partei", "jahr"):
        assert results.facets[name] == [
            (
                {
                    "parlament": "nw",
                    "wahlperiode": 17,
                    "ministerium": "Ministerium für Arbeit, Gesundheit und Soziales",
                    "partei": "SPD",
                    "jahr": 2019,
                }[name],
                results.total,
            )
        ]


def test_unknown_sort_is_an_error(engine):
    with pytest.raises(QueryError, match="Sortierung"):
        engine.search("Arbeit", sort="zufall")


@pytest.mark.shared
def test_sort_by_date_and_facets_on_the_wide_corpus(wide_engine):
    newest = wide_engine.search("Schule", sort="neueste", per_page=100, facets=True)
    dates = [h.date_answered for h in newest.hits if h.date_answered]
    assert len(dates) > 3 and dates == sorted(dates, reverse=True)
    # Undated answers, if any, come after every dated one.
    dated = [h.date_answered is not None for h in newest.hits]
    assert dated == sorted(dated, reverse=True)
    oldest = wide_engine.search("Schule", sort="aelteste", per_page=100)
    assert [h.date_answered for h in oldest.hits if h.date_answered] == sorted(dates)
    # Single-valued facets: the counts add up to the answers that have the value.
    assert sum(count for _, count in newest.facets["parlament"]) == newest.total
    cdu = wide_engine.search("Schule partei:CDU")
    assert 0 < cdu.total < newest.total
    assert dict(newest.facets["partei"])["CDU"] == cdu.total


def test_every_declared_facet_is_a_filter_a_panel_and_an_api_parameter():
    from indexer.facet_fields import FACETS
    from web.openapi import openapi_document
    from web.state import FACET_LABELS

    numbers = {"wahlperiode": "17", "jahr": "2019"}
    params = {facet.name: [numbers.get(facet.name, "X")] for facet in FACETS}
    assert from_params(params).to_params() == params | {"parlament": ["x"]}
    assert list(FACET_LABELS) == [facet.name for facet in FACETS]
    search = openapi_document("http://localhost")["paths"]["/api/search"]["get"]["parameters"]
    assert {facet.name for facet in FACETS} <= {p["name"] for p in search}


@pytest.mark.parametrize(
    "query, message",
    [
        ("Transfer parlament:xy", "Kein Parlament „xy“ im Archiv; bekannt: nw (Landtag Nordrhein-Westfalen)."),
        (
            "Transfer parlament:Niedersachsen",
            "Kein Parlament „Niedersachsen“ (ni) im Archiv; bekannt: nw (Landtag Nordrhein-Westfalen).",
        ),
        ("Transfer parlament:NI", "Kein Parlament „NI“ im Archiv; bekannt: "),  # a code is not named twice
        ("Transfer parlament:Nordrhein", "Kein Parlament „Nordrhein“ im Archiv; bekannt: "),  # as typed, not lowered
        ("Transfer jahr:2020 jahr:2021", "Kein Jahr „2020“ im Archiv; bekannt: 2019."),
        ("Transfer partei:CDU partei:FDP", "Keine Partei „CDU“ im Archiv; bekannt: SPD."),
        ("Transfer partei:CDU", "Keine Partei „CDU“ im Archiv; bekannt: SPD."),
        ("Transfer wahlperiode:18", "Keine Wahlperiode „18“ im Archiv; bekannt: 17."),
        ("Transfer jahr:2020", "Kein Jahr „2020“ im Archiv; bekannt: 2019."),
        ("Transfer ministerium:Kultus", "Kein Ministerium „Kultus“ im Archiv; bekannt: "),
        ("Transfer fragesteller:Niemand", "Kein Fragesteller „Niemand“ im Archiv; bekannt: "),
        ("Transfer drucksache:17/6449", "Keine Drucksache „17/6449“ im Archiv."),
    ],
)
def test_a_filter_value_no_document_has_is_named(engine, query, message):
    with pytest.raises(QueryError) as raised:
        engine.search(query)
    assert str(raised.value).startswith(message)


def test_an_unknown_parliament_is_named_on_the_page_not_a_missing_word(client):
    page = client.get("/?q=Transfer+parlament%3ANiedersachsen").get_data(as_text=True)
    assert "Kein Parlament „Niedersachsen“ (ni) im Archiv; bekannt: nw (Landtag Nordrhein-Westfalen)." in page
    assert "Keine Antwort enthält" not in page
    assert client.get("/api/search?q=Transfer&parlament=Nordrhein-Westfalen").get_json()["total"] == 1
    unknown = client.get("/api/search?q=Transfer&parlament=Bayern").get_json()["error"]
    assert unknown.startswith("Kein Parlament „Bayern“ (by) im Archiv; bekannt: ")


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (
            "Transfer -partei:CDU",
            "„-partei:CDU“: Filter lassen sich nicht ausschließen, nur setzen. Stattdessen die gewünschten Werte "
            "nennen (mehrere = einer davon), z. B. partei:SPD.",
        ),
        (
            "Transfer NICHT partei:CDU",  # was taken as partei:CDU: the opposite of what was asked
            "„NICHT partei:CDU“: Filter lassen sich nicht ausschließen, nur setzen. Stattdessen die gewünschten "
            "Werte nennen (mehrere = einer davon), z. B. partei:SPD.",
        ),
        (
            "-datum:2019 Transfer",
            "„-datum:2019“: Filter lassen sich nicht ausschließen, nur setzen. Stattdessen den gewünschten Zeitraum "
            "nennen, z. B. datum:..2018 (bis 2018) oder datum:2020.. (ab 2020).",
        ),
    ],
)
def test_an_excluded_filter_says_filters_cannot_exclude(client, query, message):
    """`-partei:CDU` was answered „Das Feld „partei:“ gibt es nicht; gemeint ist wohl „partei:““."""
    response = client.get("/api/search", query_string={"q": query})
    assert response.status_code == 400 and response.get_json()["error"] == message
    page = client.get("/", query_string={"q": query}).get_data(as_text=True)
    assert escape(message) in page


def test_lower_case_nicht_before_a_filter_stays_a_word(engine):
    assert engine.search("Transfer nicht partei:SPD").filters.partei == ("SPD",)


def test_no_results_offers_to_drop_a_filter_typed_into_the_box(client):
    """„Transfer datum:2020“ found nothing and offered no way back: only filters of the address were offered."""
    page = client.get("/?q=Transfer+datum%3A2020&partei=SPD").get_data(as_text=True)
    assert "Keine Antwort enthält den Suchbegriff „Transfer“ und erfüllt zugleich alle Filter." in page
    offer = re.search(
        r'<a href="([^"]+)">ohne den Filter „Datum: 01.01.2020 bis 31.12.2020“ aus dem Suchfeld suchen', page
    )
    assert offer and unescape(offer.group(1)) == "/?q=Transfer&partei=SPD"  # the address's filter stays
    assert "1 Antwort für „Transfer“" in client.get(unescape(offer.group(1))).get_data(as_text=True)


@pytest.mark.parametrize(
    "query, total",
    [
        ("Transfer partei:SPD partei:CDU", 1),  # several values mean any of them: the unknown one is left out
        ("Transfer parlament:Bayern parlament:NRW", 1),
        ("Transfer jahr:2019 jahr:2030", 1),
        ("Transfer wahlperiode:16 wahlperiode:17", 1),
        ("Transfer drucksache:17/6449 drucksache:17/6448", 1),
    ],
)
def test_an_unknown_value_beside_a_known_one_is_left_out(engine, query, total):
    assert engine.search(query).total == total


@pytest.mark.parametrize(
    "typed, code",
    [
        ("Niedersachsen", "ni"),
        ("Niedersächsischer Landtag", "ni"),
        ("Saarland", "sl"),
        ("Bundestag", "bt"),
        ("NRW", "nw"),
        ("nordrhein-westfalen", "nw"),
        ("Thueringen", "th"),
        ("Baden-Wuerttemberg", "bw"),
        ("Sachsen", "sn"),
        ("Sachsen-Anhalt", "st"),
        ("Hamburg", "hh"),
        ("BT", "bt"),
        ("Meck-Pomm", "mv"),  # a short name with a hyphen, as with a space or none
        ("Meck Pomm", "mv"),
        ("Ba-Wü", "bw"),
        ("Nordrhein Westfalen", "nw"),
    ],
)
def test_parliaments_are_filtered_by_name_or_code(typed, code):
    assert from_params({"parlament": [typed]}).parlament == (code,)


@pytest.fixture(scope="module")
def parties_engine(tmp_path_factory):
    """Answers by askers whose parties are printed in the spellings documents use."""
    from indexer import Document, Engine, IndexStore, Question
    from indexer.model import Asker

    printed = [
        "DIE LINKE",
        "Die Linke",
        "F.D.P.",
        "FDP",
        "BÜNDNIS 90/DIE GRÜNEN",
        "CDU/CSU",
        "SPD-Fraktion",
        "Fraktion der SPD",
        "parteilos",
        "fraktionslos",
    ]
    documents = [
        Document(
            id=f"bt-19-{number}",
            parliament="bt",
            wahlperiode=19,
            drucksache=f"19/{number}",
            title=f"Radwege {party}",
            askers=(Asker(f"Abgeordnete {number}", party),),
            questions=(Question(1, "Wie viele Radwege gibt es?", ("Es gibt viele Radwege.",)),),
        )
        for number, party in enumerate(printed, start=100)
    ]
    index = tmp_path_factory.mktemp("parties")
    IndexStore(index).build(documents)
    return Engine(index)


@pytest.mark.parametrize(
    "query, total",
    [
        ("Radwege partei:Linke", 2),
        ('Radwege partei:"DIE LINKE"', 2),
        ('Radwege partei:"die linke"', 2),
        ("Radwege partei:FDP", 2),
        ("Radwege partei:F.D.P.", 2),
        ("Radwege partei:Grüne", 1),
        ("Radwege partei:Gruene", 1),
        ("Radwege partei:Bündnis", 1),  # words beginning the name's words
        ("Radwege partei:CDU/CSU", 1),
        ("Radwege partei:SPD", 2),  # "SPD-Fraktion" and "Fraktion der SPD" are the SPD
        ("Radwege partei:SPD-Fraktion", 2),
        ("Radwege partei:parteilos", 1),  # without a party is not without a parliamentary group
        ("Radwege partei:fraktionslos", 1),
        ("Radwege partei:Linke partei:Piraten", 2),  # several values: the unknown one is left out
    ],
)
def test_a_party_is_found_in_any_of_its_spellings(parties_engine, query, total):
    assert parties_engine.search(query).total == total


def test_the_party_facet_counts_one_party_once(parties_engine):
    counts = dict(parties_engine.search("Radwege", facets=True).facets["partei"])
    assert counts == {
        "Die Linke": 2,
        "FDP": 2,
        "BÜNDNIS 90/DIE GRÜNEN": 1,
        "CDU/CSU": 1,
        "SPD": 2,
        "parteilos": 1,
        "fraktionslos": 1,
    }
    with pytest.raises(QueryError, match="Keine Partei „AfD“ im Archiv; bekannt: BÜNDNIS 90/DIE GRÜNEN, CDU/CSU, "):
        parties_engine.search("Radwege partei:AfD")
    with pytest.raises(QueryError, match=r"^Keine Partei „FW“ im Archiv; bekannt: "):  # a short spelling of a party
        parties_engine.search("Radwege partei:FW")


@pytest.mark.parametrize("typed", ["DIE LINKE", "Die Grünen", "der", "Li"])
def test_an_article_or_a_short_word_alone_names_no_party(parties_engine, typed):
    """Unquoted, ``partei:DIE LINKE`` is the filter ``DIE`` and the search word ``LINKE``: ``Die`` began both
    Die Linke and BÜNDNIS 90/DIE GRÜNEN, and the search found what the word found."""
    with pytest.raises(QueryError) as raised:
        parties_engine.search(f"Radwege partei:{typed}")
    first = typed.split()[0]
    assert str(raised.value).startswith(
        f"Keine Partei „{first}“ im Archiv (ein Artikel, ein Füllwort oder ein Wort unter drei Buchstaben allein "
        'nennt keine Partei; einen Namen aus mehreren Wörtern in Anführungszeichen setzen: partei:"Die Linke"); '
        "bekannt: BÜNDNIS 90/DIE GRÜNEN, "
    )


def test_a_filter_value_in_typographic_quotes_is_one_value(engine):
    """A value pasted in German quotes (partei:„SPD“) is that value, as partei:"SPD" is — not „SPD“ with its quotes."""
    typed = engine.search('Arbeit partei:"SPD"')
    assert engine.search("Arbeit partei:„SPD“").total == typed.total > 0


@pytest.mark.parametrize(
    "address, period",
    [
        (
            "/?q=Transfer+datum%3A2019-06&bis=2019-05-31",
            "Das Datum im Suchfeld (01.06.2019 bis 30.06.2019) liegt außerhalb von „von“/„bis“ (bis 31.05.2019).",
        ),
        (
            "/?q=Transfer+bis%3A2018&von=2019-01-01",
            "Das Datum im Suchfeld (bis 31.12.2018) liegt außerhalb von „von“/„bis“ (ab 01.01.2019).",
        ),
    ],
)
def test_a_date_typed_into_the_box_outside_the_date_fields_is_said(client, address, period):
    """„Transfer datum:2019-06“ with „bis 31.05.2019“ in the date fields listed „0 Antworten“ and offered to search
    „ohne den Filter „Datum: 01.06.2019 bis 31.05.2019“ aus dem Suchfeld“, a period nobody had typed (twenty-sixth
    new-user pass)."""
    page = unescape(client.get(address).get_data(as_text=True))
    assert f"Der Zeitraum ist leer: {period}" in page
    assert "0 Antworten" not in page and "ohne den Filter" not in page
    api = client.get("/api" + address.replace("/?", "/search?"))
    assert api.status_code == 400 and api.get_json()["error"] == f"Der Zeitraum ist leer: {period}"
