"""Filters in the search box and in the URL narrow the answers; sort and facet counts are right."""

import datetime as dt

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
        ("Transfer partei:CDU", 0),
        ("Transfer ministerium:arbeit", 1),  # part of the ministry's name
        ("Transfer ministerium:Kultus", 0),
        ("Transfer datum:2019-06", 1),
        ("Transfer datum:2019-01..2019-05", 0),
        ("Transfer drucksache:17/6448", 1),
        ("Transfer drucksache:17/6449", 0),
        ("Transfer parlament:nw wahlperiode:17 jahr:2019", 1),
        ("Transfer parlament:ni", 0),
    ],
)
def test_filters_narrow_the_seed(engine, query, total):
    assert engine.search(query).total == total


def test_filter_arguments_and_typed_filters_combine(engine):
    assert engine.search("Transfer", filters=Filters(partei=("SPD",))).total == 1
    assert engine.search("Transfer datum:2019", filters=Filters(partei=("CDU",))).total == 0


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
