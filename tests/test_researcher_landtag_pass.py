"""What a researcher sees on the Landtag answers (forty-second new-user pass): the words „Ähnliche Antworten“ mark,
and what the line above date-sorted results says about the answers relevance sorting adds."""

import re
from html import unescape
from pathlib import Path

from click.testing import CliRunner

from web.cli import main


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


def count_line(page: str) -> str:
    line = re.search(r'<p class="count" role="status">(.*?)</p>', page, re.S)
    assert line is not None
    return " ".join(unescape(re.sub(r"<[^>]+>", "", line.group(1))).split())


def test_date_sorted_results_say_what_relevance_sorting_adds(wide_client):
    """Sorted by date, the page lists only the answers with every word; its line above said „2 Antworten für
    „Kosten der Unterkunft“ · neueste zuerst“ and nothing of the answers lacking a word that the same search sorted by
    relevance lists after them, so a reader took the two for all there is."""
    relevance = wide_client.get("/api/search", query_string={"q": "Kosten der Unterkunft"}).get_json()
    assert relevance["total"] and relevance["partial"]
    for sort, phrase in (("neueste", "neueste zuerst"), ("aelteste", "älteste zuerst")):
        for page in (1, 2):
            html = wide_client.get(
                "/", query_string={"q": "Kosten der Unterkunft", "sort": sort, "page": page}
            ).get_data(as_text=True)
            line = count_line(html)
            assert line.startswith(f"{relevance['total']} Antworten für „Kosten der Unterkunft“ · {phrase}"), line
            assert line.endswith(
                f"· {relevance['partial']} weitere Antworten, die nicht alle Begriffe selbst enthalten, "
                "listet die Sortierung nach Relevanz"
            ), line
            assert '<a href="/?q=Kosten+der+Unterkunft">Sortierung nach Relevanz</a>' in html
    # sorted by relevance the line says it as before, and a date-sorted search without words adds nothing
    ranked = count_line(wide_client.get("/", query_string={"q": "Kosten der Unterkunft"}).get_data(as_text=True))
    assert f"dazu {relevance['partial']} Antworten, die nicht alle Begriffe selbst enthalten" in ranked
    assert "listet" not in count_line(
        wide_client.get("/", query_string={"q": "partei:SPD", "sort": "neueste"}).get_data(as_text=True)
    )


def cli_search(corpus: Path, index: Path, *args: str) -> list[str]:
    """The lines ``anfragen search`` prints (to a pipe: plain text)."""
    return (
        CliRunner().invoke(main, ["--corpus", str(corpus), "--index", str(index), "search", *args]).output.splitlines()
    )


def test_date_sorted_cli_search_says_what_relevance_sorting_adds(wide_corpus_dir, wide_index_dir):
    """``anfragen search --sort neueste`` printed „2 Antworten für …“ alone, as the page did."""

    def search(*args: str) -> list[str]:
        return cli_search(wide_corpus_dir, wide_index_dir, *args)

    ranked = search("Kosten der Unterkunft")[0]
    added = re.search(r"dazu (\d+) Antworten, die nicht alle Begriffe selbst enthalten", ranked)
    assert added is not None, ranked
    lines = search("--sort", "neueste", "Kosten der Unterkunft")
    assert lines[1] == (
        f"{added.group(1)} weitere Antworten, die nicht alle Begriffe selbst enthalten, listet --sort relevanz."
    )


def test_a_word_an_answer_lacks_marks_no_word_sharing_a_part_of_it(wide_client):
    """„Es fehlt: Grundschulen“ stood under an answer on university licences whose snippet marked „Hochschulen“ (the
    part „Schulen“ of the word it lacks), and the API said the word was „gefunden als Hochschulen (nur Wortteile)“."""
    query = "Wie viele Lehrkräfte fehlen an Grundschulen?"
    hits = wide_client.get("/api/search", query_string={"q": query, "per_page": 20}).get_json()["hits"]
    lacking = [hit for hit in hits if "Grundschulen" in hit["missing"]]
    assert lacking
    for hit in lacking:
        assert not re.search(r"<mark>[^<]*schul", hit["snippet"], re.I), hit["snippet"]
        note = next(note for note in hit["match"] if note["wort"] == "Grundschulen")
        assert note["gefunden_als"] is None and note["beschreibung"] != "nur Wortteile", note
    page = wide_client.get("/", query_string={"q": query, "per_page": 20}).get_data(as_text=True)
    assert "<mark>Hochschulen</mark>" not in page


def test_cli_search_prints_the_question_above_the_passage(wide_corpus_dir, wide_index_dir):
    """``anfragen search Preisgleitklauseln`` printed Frage 4 of ni-19-11266 as title, link and „Siehe Antwort zu Frage
    3.“: nothing of what was asked, nor of where the word stands; the web page shows the question above the passage."""
    lines = cli_search(wide_corpus_dir, wide_index_dir, "Preisgleitklauseln")
    link = next(i for i, line in enumerate(lines) if line.strip().endswith("/dokument/ni-19-11266#frage-4"))
    assert lines[link + 1].strip().startswith("Frage 4: Welche Änderungen wurden seit dem Staatseinstieg")
    assert "Preisgleitklauseln" in lines[link + 1]
    assert lines[link + 2].strip() == "Siehe Antwort zu Frage 3."
