"""One German date parser for documents, sidecars and filters; one format on the pages."""

import datetime as dt

import pytest

from indexer.dates import german_date, parse_date, short_date

JUNE_4 = dt.date(2019, 6, 4)


@pytest.mark.parametrize(
    "text",
    ["2019-06-04", "2019-6-4", "20190604", "04.06.2019", "4.6.19", "4. 6. 2019", "4. Juni 2019", "4.\u00a0juni 2019"],
)
def test_every_written_form_is_the_same_day(text):
    assert parse_date(text) == JUNE_4


@pytest.mark.parametrize("text", ["", "31.02.2019", "4. Juno 2019", "2019-13-01", "Juni 2019", "gestern"])
def test_no_date_is_none(text):
    assert parse_date(text) is None


def test_two_digit_years_are_never_in_the_future():
    """A Drucksache of 1978 prints ``20. 10. 78``: not the year 2078; ``29.11.19`` is still 2019."""
    assert parse_date("20. 10. 78") == dt.date(1978, 10, 20)
    assert parse_date("30.07.90") == dt.date(1990, 7, 30)
    assert parse_date("29.11.19") == dt.date(2019, 11, 29)
    next_year = (dt.date.today().year + 1) % 100
    assert parse_date(f"1.1.{next_year:02d}").year == dt.date.today().year + 1


def test_austrian_and_ascii_month_names():
    assert parse_date("1. Jänner 2020") == dt.date(2020, 1, 1)
    assert parse_date("3. Maerz 2020") == dt.date(2020, 3, 3)


def test_formats():
    assert german_date(JUNE_4) == "4. Juni 2019"
    assert short_date(JUNE_4) == short_date("2019-06-04") == "04.06.2019"
    assert short_date(None) == ""


def test_pages_print_the_short_date(client):
    document = client.get("/dokument/nw-17-6448").get_data(as_text=True)
    assert "<dt>Datum der Antwort</dt><dd>04.06.2019</dd>" in document
    hits = client.get("/?q=Teilhabechancengesetz").get_data(as_text=True)
    assert "Drucksache 17/6448 · 04.06.2019" in hits
