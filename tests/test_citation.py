"""Citations of an answer: the German text, and BibTeX, RIS and CSL-JSON that parse."""

import json
import re
from html.parser import HTMLParser

import pytest

from indexer.output.citation import Citation

EXAMPLE = "Antwort der Landesregierung auf die Kleine Anfrage 2509 (Drs. 17/6448) vom 4. Juni 2019, Antwort zu Frage 4"


@pytest.fixture
def seed_doc(engine):
    return engine.document("nw-17-6448")


def test_german_citation_text(seed_doc):
    cite = Citation(seed_doc, 4, "https://example.org/dokument/nw-17-6448#frage-4")
    assert cite.short() == EXAMPLE
    assert cite.text() == (
        f"{EXAMPLE}. Landtag Nordrhein-Westfalen, 17. Wahlperiode: „{seed_doc.title}“. "
        "https://example.org/dokument/nw-17-6448#frage-4"
    )
    assert Citation(seed_doc).short().endswith("vom 4. Juni 2019")


def parse_bibtex(text: str) -> tuple[str, str, dict[str, str]]:
    """A small BibTeX reader: one entry, ``name = {value}`` or bare values, braces balanced."""
    match = re.fullmatch(r"@(\w+)\{([^,\s]+),\n(.*)\n\}\n", text, re.S)
    assert match, text
    depth = 0
    for char in match.group(3):
        depth += {"{": 1, "}": -1}.get(char, 0)
        assert depth >= 0
    assert depth == 0
    fields = dict(re.findall(r"^\s+(\w+) = \{?(.*?)\}?,?$", match.group(3), re.M))
    return match.group(1), match.group(2), fields


def test_bibtex_parses(client):
    response = client.get("/dokument/nw-17-6448/zitat.bib?frage=4")
    assert response.status_code == 200 and response.mimetype == "application/x-bibtex"
    assert 'filename="nw-17-6448-frage-4.bib"' in response.headers["Content-Disposition"]
    kind, key, fields = parse_bibtex(response.get_data(as_text=True))
    assert (kind, key) == ("techreport", "nw-17-6448-frage-4")
    assert fields["number"] == "17/6448" and fields["year"] == "2019" and fields["month"] == "jun"
    assert fields["author"] == "{Landesregierung Nordrhein-Westfalen}"
    assert fields["url"].endswith("/dokument/nw-17-6448#frage-4")
    assert "Antwort zu Frage 4" in fields["note"]


@pytest.mark.parametrize(
    "title, escaped",
    [
        ("Kosten & Nutzen: 100 % {neu}", r"Kosten \& Nutzen: 100 \% \textbraceleft{}neu\textbraceright{}"),
        ("Kosten { neu", r"Kosten \textbraceleft{} neu"),
        ("Kosten } alt {{ neu", r"Kosten \textbraceright{} alt \textbraceleft{}\textbraceleft{} neu"),
    ],
)
def test_bibtex_escapes_special_characters(seed_doc, title, escaped):
    """Braces become commands: BibTeX counts an escaped brace for its balance, so an unbalanced title
    escaped that way would swallow the rest of the entry."""
    kind, key, fields = parse_bibtex(Citation(seed_doc.with_metadata(title=title), 1).bibtex())
    assert (kind, key) == ("techreport", "nw-17-6448-frage-1")
    assert escaped in fields["title"] and fields["number"] == "17/6448"


def test_ris_parses(client):
    text = client.get("/dokument/nw-17-6448/zitat.ris?frage=4").get_data(as_text=True)
    lines = text.split("\r\n")
    assert lines[-1] == ""
    records = [re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", line) for line in lines[:-1]]
    assert all(records), lines
    tags = [(m.group(1), m.group(2)) for m in records]
    assert tags[0] == ("TY", "GOVDOC") and tags[-1] == ("ER", "")
    data = dict(tags)
    assert data["PY"] == "2019" and data["DA"] == "2019/06/04" and data["M1"] == "Drs. 17/6448"
    assert data["UR"].endswith("#frage-4") and data["L1"].endswith("MMD17-6448.pdf")


def test_csl_json_parses(client):
    items = json.loads(client.get("/dokument/nw-17-6448/zitat.json?frage=4").get_data(as_text=True))
    (item,) = items
    assert item["type"] == "report" and item["id"] == "nw-17-6448-frage-4"
    assert item["issued"] == {"date-parts": [[2019, 6, 4]]}
    assert item["number"] == "17/6448" and item["author"] == [{"literal": "Landesregierung Nordrhein-Westfalen"}]
    assert item["URL"].endswith("#frage-4")


def test_unknown_citation_format_or_question_is_404(client):
    assert client.get("/dokument/nw-17-6448/zitat.doc").status_code == 404
    assert client.get("/dokument/nw-17-6448/zitat.bib?frage=99").status_code == 404


class MetaReader(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and attrs.get("name", "").startswith("citation_"):
            self.meta.append((attrs["name"], attrs["content"]))


def test_document_page_has_zotero_meta_tags_citation_boxes_and_pdf_link(client):
    page = client.get("/dokument/nw-17-6448").get_data(as_text=True)
    head = page[: page.index("</head>")]
    reader = MetaReader()
    reader.feed(head)
    meta = dict(reader.meta)
    assert meta["citation_title"].startswith("Integration langzeitarbeitsloser Menschen")
    assert meta["citation_publication_date"] == "2019/06/04"
    assert meta["citation_technical_report_number"] == "Drucksache 17/6448"
    assert meta["citation_pdf_url"].endswith("MMD17-6448.pdf")
    for number in range(1, 6):
        assert f'id="zitat-frage-{number}-text"' in page
        assert f'href="/dokument/nw-17-6448/zitat.bib?frage={number}"' in page
    assert EXAMPLE in page
    assert 'class="source-pdf" href="https://www.landtag.nrw.de/' in page
    assert 'class="permalink" href="http://localhost/dokument/nw-17-6448#frage-4"' in page
    assert "Ähnliche Antworten" in page
