"""Snippets: query terms marked, everything else escaped — the only HTML we produce from text."""

import re
from pathlib import Path

import pytest

from indexer import Engine, IndexStore
from indexer.analysis.analyzer import german_analyzer
from indexer.analysis.query_text import query_terms
from indexer.search.highlight import highlight, snippet
from web import create_app

from .quality_corpus import _doc

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

ANALYZER = german_analyzer()


def terms(query):
    return frozenset(t for word in query.split() for t in query_terms(ANALYZER, word))


def test_marks_inflected_and_respelled_forms():
    html = highlight("Die Straße und die Maßnahmen.", terms("Strasse Massnahme"))
    assert str(html) == "Die <mark>Straße</mark> und die <mark>Maßnahmen</mark>."


def test_marks_a_hyphenated_compound_as_one_word():
    assert "<mark>Passiv-Aktiv-Transfer</mark>" in highlight(
        "der Passiv-Aktiv-Transfer.", terms("Passiv Aktiv Transfer")
    )


def test_document_text_is_escaped():
    html = str(highlight('<script>alert("x")</script> & Arbeit', terms("Arbeit")))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    assert "<mark>Arbeit</mark>" in html


def test_snippet_is_a_window_around_the_match():
    text = ("Vorspann " * 60) + "Hier steht der Passiv-Aktiv-Transfer im Text. " + ("Nachspann " * 60)
    html = str(snippet(text, terms("Passiv-Aktiv-Transfer")))
    assert "<mark>Passiv-Aktiv-Transfer</mark>" in html
    assert html.startswith("… ") and html.endswith(" …")
    assert len(html) < 400


@pytest.mark.parametrize(
    ("question", "answer", "marked"),
    [
        # met as the word: its snippet marks „Hitzeschutz“, not „Arbeitsschutz“ beside it (the parts are what the
        # word's other way, its parts close together, looks for)
        ("Gibt es Pläne?", "Der Arbeitsschutz gilt; der Hitzeschutz wird in allen Kliniken geplant.", ["Hitzeschutz"]),
        # met in the question; the answer says „Hitzeschutzplan“ (both parts in one word: marked) and
        # „Arbeitsschutz“ (one part: not)
        (
            "Gibt es Pläne zum Hitzeschutz?",
            "Ein Hitzeschutzplan wird erstellt, der Arbeitsschutz gilt.",
            ["Hitzeschutzplan"],
        ),
    ],
)
def test_a_word_found_as_itself_marks_it_or_a_compound_of_all_its_parts_never_one_part(
    tmp_path, question, answer, marked
):
    IndexStore(tmp_path).build([_doc(4950, "Hitze in Kliniken", [(question, answer)])])
    hit = Engine(tmp_path).search("Hitzeschutz").hits[0]
    assert re.findall("<mark>([^<]*)</mark>", str(hit.snippet)) == marked


def test_the_document_page_marks_a_compound_spelled_out_where_its_parts_stand_together(tmp_path):
    """ni-19-11206 opened from ``Sozialarbeit`` marked „Querschnittsarbeit“ 13 times and „Sozialdienst“ beside
    „sozialen Arbeit“, the words the search found."""
    answer = (
        "Die Querschnittsarbeit der Vereine ist wichtig. Im Bereich der sozialen Arbeit fehlen Fachkräfte. "
        "Der Sozialdienst hilft."
    )
    IndexStore(tmp_path).build([_doc(4960, "Betreuungsvereine", [("Wie ist die Lage?", answer)])])
    engine = Engine(tmp_path)
    assert engine.search("Sozialarbeit").total == 1
    page = highlight(answer, engine.document_marks("Sozialarbeit", engine.document("ni-19-4960")).head)
    assert re.findall("<mark>([^<]*)</mark>", str(page)) == ["sozialen", "Arbeit"]


def test_a_hit_met_by_a_compounds_parts_close_together_marks_them_there_not_each_part_alone(shipped_index_dir):
    """``Kinderschutz`` finds answer 3 of ni-19-11148 by „zum Schutz der Kinder“ („gefunden als: Schutz … Kinder ←
    Kinderschutz“), but its passage marked „Kindertageseinrichtungen“ and „Kindeswohlgefährdung“ — a part alone
    inside other words — and left the words the search found out of view; the document page marks only the parts
    standing together."""
    client = create_app({"TESTING": True, "INDEX_DIR": str(shipped_index_dir), "CORPUS_DIR": str(CORPUS)}).test_client()
    results = client.get("/", query_string={"q": "Kinderschutz"}).get_data(as_text=True)
    hit = re.search(r'<li class="hit[^"]*" id="treffer-ni-19-11148-3">(.*?)</li>', results, re.S)
    assert hit and "gefunden als: Schutz … Kinder ← Kinderschutz (Wortteile nah beieinander)" in hit.group(1)
    passage = re.search(r'<p class="snippet">(.*?)</p>', hit.group(1), re.S)
    assert passage and re.findall("<mark>([^<]*)</mark>", passage.group(1)) == ["Schutz", "Kinder"]
    assert "Maßnahmen zum <mark>Schutz</mark> der <mark>Kinder</mark> ergriffen" in passage.group(1)


@pytest.mark.parametrize("query", ['"positiven Erkenntnisse"', 'Förderung "positiven Erkenntnisse"'])
def test_a_quoted_phrase_marks_its_words_only_where_they_stand_together(client, query):
    """``"positiven Erkenntnisse"`` marked „die Landesregierung die Erkenntnisse aus“ too, in the hit's passage and on
    the document page: a reader looking for the phrase saw a lone word marked as if it were it (twenty-sixth new-user
    pass); after another word it still was (review)."""
    lone = "die Landesregierung die Erkenntnisse"
    results = client.get("/", query_string={"q": query}).get_data(as_text=True)
    passage = re.search(r'<p class="snippet">(.*?)</p>', results, re.S)
    assert passage and "<mark>positiven</mark> <mark>Erkenntnisse</mark> aus der" in passage.group(1)
    assert lone in passage.group(1)
    page = client.get("/dokument/nw-17-6448", query_string={"q": query}).get_data(as_text=True)
    assert page.count("<mark>positiven</mark> <mark>Erkenntnisse</mark>") == 3  # the title, question 3, its answer
    assert page.count("<mark>Erkenntnisse</mark>") == 3 and lone in page
