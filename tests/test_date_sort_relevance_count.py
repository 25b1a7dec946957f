"""Sorted by date, page and CLI list only the full matches and say how many answers lacking a word the relevance sort
lists besides them.  That count came from a second, ranked search sorted by relevance, so a date-sorted page cost both
searches; the date-sorted search now counts them from its own matching, and says the relevance page's number."""

from __future__ import annotations

import re
from html import unescape

import pytest
from click.testing import CliRunner

from indexer.search.ranking import NEWEST, OLDEST
from web.cli import main

# few full matches (answers lacking a word follow them), a page of them and more (counted only), an exclusion,
# a prefix, a phrase, a filter typed in the box
QUERIES = (
    "Kosten der Unterkunft",
    "Werft",
    "Lehrkräfte Unterrichtsversorgung",
    "Polizei -Gewalt",
    "Landesregierung",
    "Digital*",
    '"erneuerbaren Energien"',
    "Hochwasser Schutz Deich",
    "Wasserstoff Niedersachsen",
    "Schule Lehrer datum:2023",
)


def count_line(page: str) -> str:
    line = re.search(r'<p class="count" role="status">(.*?)</p>', page, re.S)
    assert line is not None
    return " ".join(unescape(re.sub(r"<[^>]+>", "", line.group(1))).split())


def relevance_count(client, query: str, per_page: int) -> int:
    """What the relevance-sorted page says it lists after the full matches („dazu N Antworten, die …“)."""
    asked = {"q": query, "per_page": per_page}
    line = count_line(client.get("/", query_string=asked).get_data(as_text=True))
    said = re.search(r"· dazu (\d+) Antworte?n?, die ", line)
    return int(said.group(1)) if said else 0


@pytest.mark.parametrize("per_page", [10, 25])
def test_a_date_sorted_page_says_the_relevance_pages_count(wide_client, per_page):
    said = 0
    for query in QUERIES:
        ranked = relevance_count(wide_client, query, per_page)
        for sort in ("neueste", "aelteste"):
            for page in (1, 2):
                asked = {"q": query, "sort": sort, "page": page, "per_page": per_page}
                line = count_line(wide_client.get("/", query_string=asked).get_data(as_text=True))
                adds = re.search(r"· (\d+) weitere Antworte?n?, die .* listet die Sortierung nach Relevanz$", line)
                assert (int(adds.group(1)) if adds else 0) == ranked, (query, sort, page, line)
        said += ranked > 0
    assert said >= len(QUERIES) - 1


def test_the_date_sorted_search_counts_them_itself(wide_engine):
    """One search: the date-sorted page's own results carry the relevance page's count (none without full matches,
    where no such line is shown); asked for only where it is said (not by the API, exports or feeds)."""
    for query in (*QUERIES, "Windenergie Abstand"):
        ranked = wide_engine.search(query)
        for sort in (NEWEST, OLDEST):
            dated = wide_engine.search(query, sort=sort, page=2, relevance_count=True)
            assert dated.relevance_partial == (ranked.partial if ranked.total else 0), (query, sort)
            assert wide_engine.search(query, sort=sort, page=2).relevance_partial == 0, (query, sort)
    assert wide_engine.search("Windenergie Abstand").partial  # relaxed answers, but no full match to sort by date


def test_the_date_sorted_cli_search_says_the_relevance_count(wide_corpus_dir, wide_index_dir):
    def search(*args: str) -> list[str]:
        command = ["--corpus", str(wide_corpus_dir), "--index", str(wide_index_dir), "search", *args]
        return CliRunner().invoke(main, command).output.splitlines()

    for query in QUERIES:
        said = re.search(r"dazu (\d+) Antworte?n?, ", search(query)[0])
        lines = search("--sort", "neueste", query)
        adds = re.fullmatch(r"(\d+) weitere Antworte?n?, .* listet --sort relevanz\.", lines[1])
        assert (adds and int(adds.group(1))) == (said and int(said.group(1))), (query, lines[:2])
