"""What a screen reader reads of the result list and the document page: the headings that divide the hits, and
link names that say where each link goes when read out of their paragraph (a list of links, a list of headings)."""

from __future__ import annotations

import re
from html import unescape


def headings(page: str) -> list[str]:
    """The page's level-2 headings, as read out."""
    return [" ".join(unescape(re.sub(r"<[^>]+>", " ", h)).split()) for h in re.findall(r"<h2[^>]*>(.*?)</h2>", page)]


def test_the_answers_lacking_a_word_follow_under_their_own_heading(client):
    """The counted hits and the answers that only lack a word stood in one list, told apart only by a line under
    each: the list of headings showed no place where the hits end."""
    page = client.get("/", query_string={"q": "Langzeitarbeitslosigkeit"}).get_data(as_text=True)
    read = headings(page)
    tier = read.index("Antworten, die den Begriff nicht selbst enthalten")
    assert read[tier - 2 : tier] == [
        f"Antwort zu Frage {n}: Integration langzeitarbeitsloser Menschen: Wie sichert die Landesregierung die "
        "positiven Erkenntnisse des Modellprojekts in Dortmund"
        for n in (4, 5)
    ]
    assert read[tier + 1].startswith("Antwort zu Frage 3: ")
    # the second list goes on counting where the first ended
    assert re.findall(r'<ol class="([^"]+)" start="(\d+)"', page) == [("hits", "1"), ("hits loose", "3")]
    several = client.get("/", query_string={"q": "Langzeitarbeitslosigkeit Dortmund"}).get_data(as_text=True)
    assert "Antworten, die nicht alle Begriffe selbst enthalten" in headings(several)
    exact = client.get("/", query_string={"q": '"Kosten der Unterkunft"'}).get_data(as_text=True)
    assert not [h for h in headings(exact) if h.startswith("Antworten, die")]
