"""Who asked, in the reference formats a researcher imports: BibTeX and CSL-JSON carried only the government that
answers (RIS named the askers), so a library entry of a Kleine Anfrage had no Fragesteller.  Read back as reference
managers read them: BibTeX's names split by ``and`` and ``,`` (braces a body's name), CSL-JSON held to the field
names of the CSL data schema."""

from __future__ import annotations

import json

import bibtexparser
import jsonschema
import pytest
import rispy
from bibtexparser.middlewares import SeparateCoAuthors, SplitNameParts
from citeproc import Citation as CslCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from indexer.model import Asker
from indexer.output.citation import Citation

# The names the CSL data schema (citation-style-language/schema, csl-data.json) allows an item and a name; both refuse
# any other property ("additionalProperties": false).
CSL_ITEM_FIELDS = [
    "id",
    "type",
    "language",
    "title",
    "author",
    "publisher",
    "genre",
    "note",
    "number",
    "issued",
    "URL",
    "categories",
    "shortTitle",
    "title-short",
    "abstract",
    "archive",
    "authority",
    "collection-title",
    "container-title",
    "edition",
    "event-place",
    "medium",
    "page",
    "publisher-place",
    "section",
    "source",
    "status",
    "version",
    "volume",
    "accessed",
    "editor",
    "contributor",
    "recipient",
]
CSL_NAME_FIELDS = [
    "family",
    "given",
    "dropping-particle",
    "non-dropping-particle",
    "suffix",
    "comma-suffix",
    "static-ordering",
    "literal",
]
CSL_DATA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["type", "id"],
        "additionalProperties": False,
        "properties": {field: {} for field in CSL_ITEM_FIELDS}
        | {
            "author": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {field: {"type": "string"} for field in CSL_NAME_FIELDS},
                },
            }
        },
    },
}
ASKERS = (
    Asker("Prof. Dr. Ursula von der Leyen", "CDU"),
    Asker("Jean-Luc Andersen_Bär", "SPD"),  # the underscore is a command character in TeX
    Asker("Fraktion der SPD", "SPD"),
    Asker("Cher"),
)


def bibtex_names(text: str) -> list[tuple[str, str, str]]:
    """Each author as (first, von, last), split as BibTeX does it."""
    library = bibtexparser.parse_string(text, append_middleware=[SeparateCoAuthors(), SplitNameParts()])
    assert library.failed_blocks == [] and len(library.entries) == 1, text
    return [(" ".join(n.first), " ".join(n.von), " ".join(n.last)) for n in library.entries[0]["author"]]


def test_the_bibtex_download_names_who_asked(client):
    text = client.get("/dokument/nw-17-6448/zitat.bib?frage=4").get_data(as_text=True)
    assert bibtex_names(text) == [
        ("", "", "{Landesregierung Nordrhein-Westfalen}"),  # a body: one name, never „Westfalen, Landesregierung“
        ("Nadja", "", "Lüders"),
        ("Volkan", "", "Baran"),
        ("Armin", "", "Jahl"),
        ("Anja", "", "Butschkau"),
    ]


def test_the_csl_json_download_names_who_asked(client):
    items = json.loads(client.get("/dokument/nw-17-6448/zitat.json?frage=4").get_data(as_text=True))
    jsonschema.validate(items, CSL_DATA)
    assert items[0]["author"] == [
        {"literal": "Landesregierung Nordrhein-Westfalen"},
        {"family": "Lüders", "given": "Nadja"},
        {"family": "Baran", "given": "Volkan"},
        {"family": "Jahl", "given": "Armin"},
        {"family": "Butschkau", "given": "Anja"},
    ]


def test_bibtex_says_when_the_list_of_askers_names_only_some(engine):
    """„…, weiterer Abgeordneter und der Fraktion …“: BibTeX's „and others“ (et al.), or the named few were all."""
    document = engine.document("nw-17-6448").with_metadata(askers=ASKERS, further_askers=True)
    assert bibtex_names(Citation(document, 1).bibtex())[-1] == ("", "", "others")
    assert bibtex_names(Citation(document.with_metadata(further_askers=False), 1).bibtex())[-1] != ("", "", "others")


@pytest.fixture
def cited(engine) -> Citation:
    return Citation(engine.document("nw-17-6448").with_metadata(askers=ASKERS), 1)


def test_bibtex_names_are_escaped_and_a_fraktion_is_one_name(cited):
    text = cited.bibtex()
    assert "{Fraktion der SPD}" in text and r"Andersen\_Bär, Jean-Luc" in text
    assert bibtex_names(text) == [
        ("", "", "{Landesregierung Nordrhein-Westfalen}"),
        ("Ursula", "von der", "Leyen"),  # no title in the given names; the particles BibTeX's own „von“ part
        ("Jean-Luc", "", r"Andersen\_Bär"),
        ("", "", "{Fraktion der SPD}"),
        ("", "", "Cher"),
    ]
    assert text.count("{") == text.count("}")


def test_csl_names_persons_by_parts_and_a_fraktion_literally(cited):
    jsonschema.validate([cited.csl()], CSL_DATA)
    assert cited.csl()["author"][1:] == [
        {"family": "von der Leyen", "given": "Ursula"},
        {"family": "Andersen_Bär", "given": "Jean-Luc"},
        {"literal": "Fraktion der SPD"},
        {"family": "Cher"},
    ]
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON([cited.csl()]), formatter.plain)
    bibliography.register(CslCitation([CitationItem(cited.key)]))
    (rendered,) = [str(entry) for entry in bibliography.bibliography()]
    assert rendered.startswith("Landesregierung Nordrhein-Westfalen et al. (2019)")


def test_ris_names_a_fraktion_as_a_body(cited):
    """``Fraktion der SPD`` was turned round as a person's name: ``der SPD, Fraktion``."""
    entry = rispy.loads(cited.ris())[0]
    assert entry["authors"][1:] == [
        "von der Leyen, Ursula",
        "Andersen_Bär, Jean-Luc",
        "Fraktion der SPD,",
        "Cher",
    ]
