"""What a researcher sees on the Landtag answers (forty-second new-user pass): the words „Ähnliche Antworten“ mark,
and what the line above date-sorted results says about the answers relevance sorting adds."""

import re
from html import unescape


def similar_marks(client, doc_id: str, question: int) -> set[str]:
    """The words the page of similar answers marks, in questions and snippets."""
    page = client.get(f"/dokument/{doc_id}/aehnlich", query_string={"frage": question}).get_data(as_text=True)
    return {unescape(word) for word in re.findall(r"<mark[^>]*>([^<]*)</mark>", page)}


def test_similar_answers_mark_the_words_they_share_not_words_said_in_passing(wide_client):
    """The answers similar to Frage 1 of ni-19-11185 (asylum appeals of Syrians before the administrative courts)
    marked „Gibt“ (of „Gibt es …“) beside „Verwaltungsgerichte“; those similar to the Werft answers „Siehe“,
    „Beantwortung“ and „Anfrage“: words both answers hold, but nothing the two are about, read as the topic."""
    asylum = similar_marks(wide_client, "ni-19-11185", 1)
    assert {"Verwaltungsgerichte", "Syrien", "Asylanträgen"} <= asylum
    assert "Gibt" not in asylum
    werft = similar_marks(wide_client, "ni-19-11196", 3)
    assert {"Werft", "Governance", "Sanierungsstand"} <= werft
    assert not {"Siehe", "siehe"} & werft


def test_similar_answers_in_the_api_mark_what_the_page_marks(wide_client):
    found = wide_client.get("/api/dokument/ni-19-11196/aehnlich", query_string={"frage": 3, "limit": 10}).get_json()
    marked = {word for hit in found["hits"] for word in re.findall(r"<mark>([^<]*)</mark>", hit["snippet"])}
    assert "Werft" in marked
    assert not {"Siehe", "siehe"} & marked
