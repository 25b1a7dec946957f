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
    # in the number it heads (the one answer of „dazu 1 Antwort“: „Antworten, die … enthalten“ stood above it)
    tier = read.index("Antwort, die den Begriff nicht selbst enthält")
    # the last full matches: after 4 and 5, which say „Langzeitarbeitslosigkeit“, 3 and 1 „langzeitarbeitslosen“
    assert read[tier - 2 : tier] == [
        f"Antwort zu Frage {n}: Integration langzeitarbeitsloser Menschen: Wie sichert die Landesregierung die "
        "positiven Erkenntnisse des Modellprojekts in Dortmund"
        for n in (3, 1)
    ]
    # the answers under that heading are headed one level below it, as the similar answers of a document are: in
    # the list of headings they read as part of it, not as more counted hits after it
    tiered = outline(page)
    at = tiered.index((2, "Antwort, die den Begriff nicht selbst enthält"))
    assert tiered[at + 1][0] == 3 and tiered[at + 1][1].startswith("Antwort zu Frage 2: ")
    assert all(level == 3 for level, _ in tiered[at + 1 :]), tiered[at:]
    # the second list goes on counting where the first ended
    assert re.findall(r'<ol class="([^"]+)" start="(\d+)"', page) == [("hits", "1"), ("hits loose", "5")]
    one = client.get("/", query_string={"q": "Langzeitarbeitslosigkeit Dortmund"}).get_data(as_text=True)
    assert "Antwort, die nicht alle Begriffe selbst enthält" in headings(one)
    several = client.get("/", query_string={"q": "Langzeitarbeitslosigkeit Jobcenter"}).get_data(as_text=True)
    assert "Antworten, die nicht alle Begriffe selbst enthalten" in headings(several)
    exact = client.get("/", query_string={"q": '"Kosten der Unterkunft"'}).get_data(as_text=True)
    assert not [h for h in headings(exact) if h.startswith("Antworten, die")]


def outline(page: str) -> list[tuple[int, str]]:
    """The page's headings with their levels, in order, as a screen reader lists them."""
    return [
        (int(level), " ".join(unescape(re.sub(r"<[^>]+>", " ", text)).split()))
        for level, text in re.findall(r"<h([1-6])[^>]*>(.*?)</h\1>", page, flags=re.S)
    ]


def test_the_similar_answers_of_a_document_are_headed_below_their_section(wide_client):
    """On a document page the similar answers' titles were level-2 headings like „Frage 1“ and „Ähnliche
    Antworten“ itself: in the list of headings „Antwort zu Frage 14: …“ of another document read as one more answer
    of this one, not as part of „Ähnliche Antworten“."""
    read = outline(wide_client.get("/dokument/ni-19-11251").get_data(as_text=True))
    section = read.index((2, "Ähnliche Antworten"))
    after = read[section + 1 :]
    assert after and all(level == 3 and title.startswith("Antwort zu Frage ") for level, title in after), after


def test_the_list_of_questions_shortens_a_long_question_with_an_ellipsis(wide_client):
    """The list of a long document's questions cut each long question with three full stops („…in
    niedersächsischen...“), read out as „Punkt Punkt Punkt“ and no German ellipsis; it ends with „ …“ as the
    snippets do."""
    page = wide_client.get("/dokument/ni-19-11205").get_data(as_text=True)
    nav = re.search(r'<nav class="questions".*?</nav>', page, flags=re.S)
    assert nav is not None
    names = [unescape(name) for name in re.findall(r'<a href="#frage-\d+">(.*?)</a>', nav.group(0))]
    assert len(names) == 34
    shortened = [name for name in names if name.endswith(" …")]
    assert shortened and not [name for name in names if "..." in name]
    assert (
        "Welche Behörden, Landesämter oder sonstigen öffentlichen Stellen befassen sich mit Fragen des Hitzeschutzes …"
        in names
    )
