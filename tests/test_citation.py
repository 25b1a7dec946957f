"""Citations of an answer: the German parliamentary form, and BibTeX, RIS, CSL-JSON and COinS
read back by real parsers (bibtexparser, rispy, citeproc-py)."""

import json
from html.parser import HTMLParser
from urllib.parse import parse_qs

import bibtexparser
import pytest
import rispy
from citeproc import Citation as CslCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from indexer import Document, IndexStore, Question, load_document
from indexer.output.citation import Citation
from web import create_app

from .conftest import PROJECT, SEED

EXAMPLE = (
    "Antwort der Landesregierung vom 4. Juni 2019 auf die Kleine Anfrage 2509 der Abgeordneten "
    "Nadja Lüders, Volkan Baran, Armin Jahl und Anja Butschkau (SPD), LT-Drs. 17/6448, Antwort zu Frage 4"
)
NI_EXAMPLE = (
    "Antwort der Landesregierung vom 6. Juli 2026 auf die Kleine Anfrage (Drs. 19/10805) der Abgeordneten "
    "Claus Seebeck und Eike Holsten (CDU), LT-Drs. 19/11134, Antwort zu Frage 2"
)
NRW_PDF = "https://www.landtag.nrw.de/portal/WWW/dokumentenarchiv/Dokument/MMD17-6448.pdf"


@pytest.fixture
def seed_doc(engine):
    return engine.document("nw-17-6448")


def test_german_citation_text_follows_the_parliamentary_form(seed_doc):
    cite = Citation(seed_doc, 4, "https://example.org/dokument/nw-17-6448#frage-4")
    assert cite.short() == EXAMPLE
    assert cite.text() == (
        f"{EXAMPLE}. Landtag Nordrhein-Westfalen, 17. Wahlperiode: „{seed_doc.title}“. "
        "Beantwortet von: Ministerium für Arbeit, Gesundheit und Soziales. "
        f"PDF: {NRW_PDF}. Online: https://example.org/dokument/nw-17-6448#frage-4."
    )
    assert Citation(seed_doc).short().endswith("(SPD), LT-Drs. 17/6448")


def test_niedersachsen_citation_names_the_question_drucksache_after_the_anfrage():
    """The answer is Drs. 19/11134; the Kleine Anfrage it answers is Drs. 19/10805 (as the page shows)."""
    document = load_document(SEED / "ni-19-11134.txt")
    assert Citation(document, 2).short() == NI_EXAMPLE


def bibtex_entry(text: str):
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == [] and len(library.entries) == 1, text
    entry = library.entries[0]
    return entry.entry_type, entry.key, {name: field.value for name, field in entry.fields_dict.items()}


def test_bibtex_parses(client):
    response = client.get("/dokument/nw-17-6448/zitat.bib?frage=4")
    assert response.status_code == 200 and response.mimetype == "application/x-bibtex"
    assert 'filename="nw-17-6448-frage-4.bib"' in response.headers["Content-Disposition"]
    kind, key, fields = bibtex_entry(response.get_data(as_text=True))
    assert (kind, key) == ("techreport", "nw-17-6448-frage-4")
    assert fields["number"] == "17/6448" and fields["year"] == "2019" and fields["month"] == "jun"
    # who answers, then who asked (the askers were in RIS only)
    assert fields["author"] == (
        "{Landesregierung Nordrhein-Westfalen} and Lüders, Nadja and Baran, Volkan and Jahl, Armin and Butschkau, Anja"
    )
    assert fields["url"] == NRW_PDF  # the official PDF …
    assert fields["howpublished"].endswith("/dokument/nw-17-6448#frage-4}")  # … and the permalink
    assert EXAMPLE in fields["note"] and "Ministerium für Arbeit, Gesundheit und Soziales" in fields["note"]


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
    kind, key, fields = bibtex_entry(Citation(seed_doc.with_metadata(title=title), 1).bibtex())
    assert (kind, key) == ("techreport", "nw-17-6448-frage-1")
    assert escaped in fields["title"] and fields["number"] == "17/6448"


def test_ris_parses(client):
    text = client.get("/dokument/nw-17-6448/zitat.ris?frage=4").get_data(as_text=True)
    (entry,) = rispy.loads(text)
    assert entry["type_of_reference"] == "GOVDOC"
    assert entry["authors"] == [
        "Landesregierung Nordrhein-Westfalen,",
        "Lüders, Nadja",
        "Baran, Volkan",
        "Jahl, Armin",
        "Butschkau, Anja",
    ]
    assert entry["year"] == "2019" and entry["date"] == "2019/06/04" and entry["issn"] == "17/6448"
    assert entry["urls"][0] == NRW_PDF and entry["urls"][1].endswith("/dokument/nw-17-6448#frage-4")
    assert entry["notes"] == [f"{EXAMPLE}. Beantwortet von: Ministerium für Arbeit, Gesundheit und Soziales"]


def test_csl_json_renders_with_citeproc(client):
    items = json.loads(client.get("/dokument/nw-17-6448/zitat.json?frage=4").get_data(as_text=True))
    (item,) = items
    assert item["type"] == "report" and item["id"] == "nw-17-6448-frage-4"
    assert item["issued"] == {"date-parts": [[2019, 6, 4]]} and item["note"] == EXAMPLE
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    bibliography.register(CslCitation([CitationItem("nw-17-6448-frage-4")]))
    (rendered,) = [str(entry) for entry in bibliography.bibliography()]
    assert rendered.startswith("Landesregierung Nordrhein-Westfalen et al. (2019) Integration langzeitarbeitsloser")
    assert "Drucksache 17/6448. Landtag Nordrhein-Westfalen" in rendered and NRW_PDF in rendered


def test_unknown_citation_format_or_question_is_404(client):
    assert client.get("/dokument/nw-17-6448/zitat.doc").status_code == 404
    assert client.get("/dokument/nw-17-6448/zitat.bib?frage=99").status_code == 404


@pytest.mark.parametrize("ext", ["bib", "ris", "json"])
@pytest.mark.parametrize(
    "path, status, message",
    [
        ("nw-17-6448/zitat.{ext}?frage=99", 404, "Das Dokument „nw-17-6448“ hat keine Frage 99."),
        # a question as documents print it, which this one does not: no malformed request (it was a 400)
        ("nw-17-6448/zitat.{ext}?frage=2c", 404, "Das Dokument „nw-17-6448“ hat keine Frage 2c."),
        (
            "nw-17-6448/zitat.{ext}?frage=x",
            400,
            "Ungültige Fragenummer „x“ (frage=): erwartet wird eine Nummer wie 2.",
        ),
        ("nw-17-9999/zitat.{ext}?frage=1", 404, "Das Dokument „nw-17-9999“ ist nicht (mehr) im Archiv."),
    ],
)
def test_a_citation_file_that_cannot_be_made_says_why_in_german(client, ext, path, status, message):
    """Every export answers a missing or malformed question as the API does: the German message, as text, not an
    HTML page; a number that is none is the request's fault (400), not a page that is missing (404)."""
    response = client.get("/dokument/" + path.format(ext=ext))
    assert response.status_code == status and response.mimetype == "text/plain"
    assert response.get_data(as_text=True) == message + "\n"
    api = client.get("/api/dokument/" + path.split("/")[0] + "/zitat?" + path.split("?")[1])
    assert (api.status_code, api.get_json()["error"]) == (status, message)


@pytest.mark.parametrize(
    "query, status, message",
    [
        ("frage=99", 404, "Das Dokument „nw-17-6448“ hat keine Frage 99."),
        ("frage=abc", 400, "Ungültige Fragenummer „abc“ (frage=): erwartet wird eine Nummer wie 2."),
    ],
)
def test_the_similar_answers_page_of_a_missing_question_says_what_the_api_says(client, query, status, message):
    response = client.get(f"/dokument/nw-17-6448/aehnlich?{query}")
    page = response.get_data(as_text=True)
    assert response.status_code == status
    assert f"<h1>{message}</h1>" in page and "Diese Seite gibt es nicht" not in page
    api = client.get(f"/api/dokument/nw-17-6448/aehnlich?{query}")
    assert (api.status_code, api.get_json()["error"]) == (status, message)


def test_an_unknown_citation_format_is_said_as_text(client):
    response = client.get("/dokument/nw-17-6448/zitat.doc")
    assert response.mimetype == "text/plain"
    assert response.get_data(as_text=True) == "Unbekanntes Zitierformat „doc“ (erlaubt: bib, ris, json).\n"


class MetaReader(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and attrs.get("name", "").startswith("citation_"):
            self.meta.append((attrs["name"], attrs["content"]))


class CoinsReader(HTMLParser):
    def __init__(self):
        super().__init__()
        self.items: list[dict[str, list[str]]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "span" and attrs.get("class") == "Z3988":
            self.items.append(parse_qs(attrs["title"]))


def test_document_page_has_zotero_meta_tags_citation_boxes_and_pdf_link(client):
    page = client.get("/dokument/nw-17-6448").get_data(as_text=True)
    head = page[: page.index("</head>")]
    reader = MetaReader()
    reader.feed(head)
    meta = dict(reader.meta)
    assert meta["citation_title"].startswith("Integration langzeitarbeitsloser Menschen")
    assert meta["citation_publication_date"] == "2019/06/04"
    assert meta["citation_technical_report_number"] == "Drucksache 17/6448"
    assert meta["citation_pdf_url"] == NRW_PDF
    assert meta["citation_abstract"] == EXAMPLE.removesuffix(", Antwort zu Frage 4")
    coins = CoinsReader()
    coins.feed(page)
    assert len(coins.items) == 6  # the document and each of its five answers: Zotero offers them all
    assert coins.items[4]["rft.btitle"][0].endswith("– Antwort zu Frage 4")
    assert coins.items[4]["rft.aucorp"] == ["Landesregierung Nordrhein-Westfalen"]
    assert coins.items[4]["rft.date"] == ["2019-06-04"] and coins.items[4]["rft_id"] == [NRW_PDF]
    for number in range(1, 6):
        assert f'id="zitat-frage-{number}-text"' in page
        assert f'href="/dokument/nw-17-6448/zitat.bib?frage={number}"' in page
    assert EXAMPLE in page
    assert 'class="source-pdf" href="https://www.landtag.nrw.de/' in page
    assert 'class="permalink" href="http://localhost/dokument/nw-17-6448#frage-4"' in page
    assert f'class="official" href="{NRW_PDF}"' in page
    assert "Ähnliche Antworten" in page


FIXTURES = PROJECT / "tests" / "fixtures"


@pytest.mark.parametrize(
    "doc_id, short, author, genre",
    [
        (
            "hb-20-1150",
            "Antwort des Senats vom 19. Oktober 2021 auf die Kleine Anfrage der Fraktion der SPD, Bürgerschafts-Drs. "
            "20/1150, "
            "Antwort zu Frage 1",
            "Senat der Freien Hansestadt Bremen",
            "Antwort auf Kleine Anfrage, Drucksache",
        ),
        (
            "hh-21-18543",
            "Antwort des Senats vom 8. Oktober 2019 auf die Schriftliche Kleine Anfrage von Dirk Nockemann (AfD), "
            "Bürgerschafts-Drs. 21/18543, Antwort zu den Fragen 1 bis 3",  # one answer printed after question 3
            "Senat der Freien und Hansestadt Hamburg",
            "Antwort auf Schriftliche Kleine Anfrage, Drucksache",
        ),
        (
            "be-19-20506",
            "Antwort des Senats vom 16. Oktober 2024 auf die Schriftliche Anfrage von Dennis Haustein (CDU), "
            "Drs. 19/20506, Antwort zu Frage 1",
            "Senat von Berlin",
            "Antwort auf Schriftliche Anfrage, Drucksache",
        ),
        (
            "by-17-8003",
            "Antwort der Staatsregierung vom 3. September 2015 auf die Schriftliche Anfrage von Dr. Paul Wengert "
            "(SPD), LT-Drs. 17/8003, Antwort zu Frage 1",
            "Bayerische Staatsregierung",
            "Antwort auf Schriftliche Anfrage, Drucksache",
        ),
        (
            "sn-6-8014",
            "Antwort der Staatsregierung auf die Kleine Anfrage von André Schollbach (DIE LINKE), LT-Drs. 6/8014, "
            "Antwort zu den Fragen 1 und 2",  # „Zusammenfassende Antwort auf die Fragen 1 und 2“
            "Sächsische Staatsregierung",
            "Antwort auf Kleine Anfrage, Drucksache",
        ),
        (
            "sl-15-864",
            "Antwort der Landesregierung vom 4. April 2014 auf die Anfrage (Drs. 15/801) von Birgit Huonker (DIE "
            "LINKE), LT-Drs. 15/864, Antwort zu Frage 1",
            "Regierung des Saarlandes",
            "Antwort auf Anfrage, Drucksache",
        ),
        (
            "bt-19-10506",
            "Antwort der Bundesregierung",
            "Bundesregierung",
            "Antwort auf Kleine Anfrage, Drucksache",
        ),
    ],
)
def test_citations_name_the_body_that_answers_in_every_format(doc_id, short, author, genre):
    cite = Citation(load_document(FIXTURES / f"{doc_id}.txt"), 1)
    assert cite.short().startswith(short)
    assert cite.text().startswith(cite.short())
    if doc_id.startswith("bt-"):
        assert ", BT-Drs. 19/10506, Antwort zu Frage 1" in cite.short()
    fields = bibtex_entry(cite.bibtex())[2]
    assert fields["author"].split(" and ")[0] == "{" + author + "}" and fields["type"] == genre
    assert rispy.loads(cite.ris())[0]["authors"][0] == author + ","
    assert rispy.loads(cite.ris())[0]["type_of_work"] == genre
    assert cite.csl()["author"][0] == {"literal": author} and cite.csl()["genre"] == genre
    assert parse_qs(cite.coins())["rft.aucorp"] == [author]


@pytest.mark.parametrize("doc_id, body", [("bt-19-10506", "der Bundesregierung"), ("be-19-20506", "des Senats")])
def test_the_document_page_names_the_body_that_answers(tmp_path, doc_id, body):
    """A Bundestag answer's preamble is the Bundesregierung's, a Berlin one the Senat's, not a Landesregierung's."""
    import shutil

    from click.testing import CliRunner

    from web.app import create_app
    from web.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(FIXTURES / f"{doc_id}.txt", corpus)
    index = tmp_path / "index"
    built = CliRunner().invoke(main, ["--corpus", str(corpus), "--index", str(index), "build"])
    assert built.exit_code == 0, built.output
    app = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)})
    page = app.test_client().get(f"/dokument/{doc_id}").get_data(as_text=True)
    assert f"<h2>Vorbemerkung {body}</h2>" in page and "Vorbemerkung der Landesregierung" not in page


UNTERRICHTUNG = (
    "Unterrichtung: Antwort der Landesregierung vom 20. Juli 2026 auf den Beschluss vom 19. November 2025 "
    "(Drs. 19/9059), LT-Drs. 19/11219, Antwort zu Nr. 1"
)
UNTERRICHTUNG_GENRE = "Unterrichtung (Antwort auf einen Beschluss des Parlaments), Drucksache"


def _unterrichtung_sources(tmp_path, source: str):
    """ni-19-11219 known as an Unterrichtung by its sidecar's doc_type alone, by its head alone, or by both."""
    text = (SEED / "ni-19-11219.txt").read_text(encoding="utf-8")
    sidecar = json.loads((SEED / "ni-19-11219.json").read_text(encoding="utf-8"))
    if source == "sidecar":  # the head's own word taken away
        text = text.replace("\nUnterrichtung \n", "\n", 1)
    if source == "text":
        del sidecar["doc_type"]
    (tmp_path / "ni-19-11219.txt").write_text(text, encoding="utf-8")
    (tmp_path / "ni-19-11219.json").write_text(json.dumps(sidecar), encoding="utf-8")
    return tmp_path / "ni-19-11219.txt"


@pytest.mark.parametrize("source", ["both", "sidecar", "text"])
def test_an_unterrichtung_is_cited_as_what_it_is_in_every_format(tmp_path, source):
    """ni-19-11219 answers a Beschluss of the Landtag, not a Kleine Anfrage: no format may say it does."""
    document = load_document(_unterrichtung_sources(tmp_path, source))
    cite = Citation(document, 1, "https://example.org/dokument/ni-19-11219#frage-1")
    assert cite.short() == UNTERRICHTUNG
    for rendered in (cite.text(), cite.bibtex(), cite.ris(), json.dumps(cite.csl(), ensure_ascii=False)):
        assert "Kleine Anfrage" not in rendered and "Frage 1" not in rendered, rendered
    fields = bibtex_entry(cite.bibtex())[2]
    assert fields["type"] == UNTERRICHTUNG_GENRE and fields["note"] == UNTERRICHTUNG
    assert fields["title"].endswith("– Antwort zu Nr. 1")
    assert rispy.loads(cite.ris())[0]["notes"] == [UNTERRICHTUNG]
    assert cite.csl()["genre"] == UNTERRICHTUNG_GENRE and cite.csl()["note"] == UNTERRICHTUNG


def test_an_answer_stays_an_answer_to_a_kleine_anfrage():
    """A sidecar's „kleine_anfrage_mit_antwort“ and a head without „Unterrichtung“ keep the answer's citation."""
    document = load_document(SEED / "ni-19-11134.txt")
    assert document.kind == "" and Citation(document, 2).short() == NI_EXAMPLE


def test_the_page_of_an_unterrichtung_labels_its_parts(tmp_path):
    """Headings, facts and meta tags of the page say Unterrichtung, Beschluss and Nr., not Fragesteller and Frage."""
    import shutil

    from click.testing import CliRunner

    from web.app import create_app
    from web.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("ni-19-11219.txt", "ni-19-11219.json"):
        shutil.copy(SEED / name, corpus)
    index = tmp_path / "index"
    built = CliRunner().invoke(main, ["--corpus", str(corpus), "--index", str(index), "build"])
    assert built.exit_code == 0, built.output
    client = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()
    page = client.get("/dokument/ni-19-11219").get_data(as_text=True)
    reader = MetaReader()
    reader.feed(page[: page.index("</head>")])
    meta = dict(reader.meta)
    assert meta["citation_series_title"] == "Unterrichtung (Antwort auf einen Beschluss des Parlaments)"
    assert [value for name, value in reader.meta if name == "citation_technical_report_number"] == [
        "Drucksache 19/11219"
    ]
    assert "(Drs. 19/9059)" in meta["citation_abstract"]
    assert meta["citation_abstract"] == UNTERRICHTUNG.removesuffix(", Antwort zu Nr. 1")
    assert "<dt>Art</dt><dd>Unterrichtung: Antwort der Landesregierung auf den Beschluss vom 19.11.2025" in page
    assert "<h2>Aus dem Beschluss</h2>" in page and "Vorbemerkung der Fragesteller" not in page
    assert '<a class="anchor" href="#frage-1">Nr. 1</a>' in page and ">Frage 1<" not in page
    assert "Ähnliche Antworten zu Nr. 1<" in page
    api = client.get("/api/dokument/ni-19-11219/zitat?frage=1").get_json()
    assert api["short"] == UNTERRICHTUNG and "Kleine Anfrage" not in api["text"]
    assert client.get("/api/dokument/ni-19-11219").get_json()["kind"] == "unterrichtung"


SH_TEXT = "https://kleineanfragen.de/schleswig-holstein/18/4741-fluechtlingszahlen-2017.txt"


def test_a_source_that_is_no_pdf_is_not_called_one(tmp_path):
    """sh-18-4741's source is kleineanfragen.de's text copy: „Quelle:“ and UR, never „PDF:“, L1 or citation_pdf_url."""
    import shutil

    from click.testing import CliRunner

    from web.app import create_app
    from web.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED / "sh-18-4741.txt", corpus)
    (corpus / "sh-18-4741.json").write_text(json.dumps({"source_url": SH_TEXT}), encoding="utf-8")
    cite = Citation(load_document(corpus / "sh-18-4741.txt"), 1, "https://example.org/dokument/sh-18-4741#frage-1")
    assert f"Quelle: {SH_TEXT}." in cite.text() and "PDF" not in cite.text()
    ris = rispy.loads(cite.ris())[0]
    assert SH_TEXT in ris["urls"] and "file_attachments1" not in ris
    index = tmp_path / "index"
    built = CliRunner().invoke(main, ["--corpus", str(corpus), "--index", str(index), "build"])
    assert built.exit_code == 0, built.output
    client = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()
    page = client.get("/dokument/sh-18-4741").get_data(as_text=True)
    assert "citation_pdf_url" not in page and "PDF" not in page
    assert f'class="source-pdf" href="{SH_TEXT}">Original</a>' in page
    assert f'class="official" href="{SH_TEXT}">Quelle</a>' in page
    api = client.get("/api/dokument/sh-18-4741/zitat?frage=1").get_json()
    assert api["pdf_url"] is None and api["source_url"] == SH_TEXT


def test_a_pdf_source_stays_the_pdf(seed_doc):
    cite = Citation(seed_doc, 4)
    assert f"PDF: {NRW_PDF}." in cite.text()
    assert rispy.loads(cite.ris())[0]["file_attachments1"] == NRW_PDF


@pytest.mark.parametrize(
    "doc_id, persons",
    [
        ("ni-19-11221", ["Dannenberg, Alfred", "Kerzel, Ingo", "Schledde, Ansgar Georg", "Jahn, Dennis"]),
        ("ni-19-11147", ["Rakicky, Jozef"]),  # „MUDr. PhDr. / Univ.Prag Jozef Rakicky“
    ],
)
def test_ris_names_askers_family_name_first_without_titles(doc_id, persons):
    """Academic titles are no given name: ``Kerzel, Ingo``, not ``Kerzel, Dr. Ingo``."""
    cite = Citation(load_document(SEED / f"{doc_id}.txt"), 1)
    assert rispy.loads(cite.ris())[0]["authors"][1:] == persons
    assert "Dr." not in "".join(line for line in cite.ris().splitlines() if line.startswith("AU"))


def test_ris_keeps_name_particles_with_the_family_name(seed_doc):
    from indexer.model import Asker

    document = seed_doc.with_metadata(askers=(Asker("Prof. Dr. Ursula von der Leyen", "CDU"), Asker("Cher")))
    assert rispy.loads(Citation(document, 1).ris())[0]["authors"][1:] == ["von der Leyen, Ursula", "Cher"]


def test_quotation_marks_in_a_title_are_single_inside_the_citations_quotes(wide_client):
    """„Hintergründe des „Justizskandals“ um …“ left the reader guessing where the title ends: inside „…“ the
    title's own quotation marks are single ones, as German typesetting has them."""
    document = load_document(SEED / "ni-19-11147.txt")
    title = "„Hintergründe des ‚Justizskandals‘ um einen ehemaligen Staatsanwalt“"
    assert f"19. Wahlperiode: {title}. Beantwortet von" in Citation(document, 4).text()
    page = wide_client.get("/dokument/ni-19-11147").get_data(as_text=True)
    assert f"19. Wahlperiode: {title}." in page and "des „Justizskandals“ um einen ehemaligen Staatsanwalt“" not in page
    similar = wide_client.get("/dokument/ni-19-11147/aehnlich?frage=4").get_data(as_text=True)
    assert f"zu Frage 4 in {title}" in similar
    assert Citation(document).title() == document.title  # the formats' title fields stand unquoted: unchanged


def test_the_document_page_names_the_date_of_the_kleine_anfrage(wide_client):
    """Staff cite „Kleine Anfrage … vom 12.06.2026“: the date was read („eingegangen am“) and in the API, but the
    document page never showed it."""
    page = wide_client.get("/dokument/ni-19-11138").get_data(as_text=True)
    assert "<dt>Kleine Anfrage</dt><dd>Drs. 19/10957 vom 12.06.2026</dd>" in page


def test_a_question_address_of_a_lettered_document_says_its_own_forms(tmp_path):
    """Berlin prints „2a“: ``?frage=2c`` is a question it lacks (404), and a malformed one is told the form it
    prints (it said „eine Nummer wie 2“, though „2a“ is one too)."""
    questions = (
        Question(1, "Wie viele?", ("Zwölf.",)),
        Question(2, "Wo?", ("An der B 3.",)),
        Question(3, "Und wo noch?", ("An der B 4.",), label="2a"),
    )
    document = Document(
        id="be-19-1001", parliament="be", wahlperiode=19, drucksache="19/1001", title="Radwege", questions=questions
    )
    IndexStore(tmp_path).build([document])
    client = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path), "CORPUS_DIR": str(tmp_path)}).test_client()
    answers = [
        (response.status_code, response.get_json()["error"])
        for query in ("frage=2c", "frage=c")
        for response in (client.get(f"/api/dokument/be-19-1001/zitat?{query}"),)
    ]
    assert answers == [
        (404, "Das Dokument „be-19-1001“ hat keine Frage 2c."),
        (400, "Ungültige Fragenummer „c“ (frage=): erwartet wird eine Nummer wie 2 oder 2a."),
    ]
    assert client.get("/api/dokument/be-19-1001/zitat?frage=2a").status_code == 200
