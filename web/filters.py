"""What templates may call, registered in one place: German dates, XML-safe text, answer URLs and anchors, citations."""

from __future__ import annotations

from flask import Flask
from markupsafe import Markup

from indexer.dates import short_date
from indexer.kinds import labels
from indexer.ministries import with_article
from indexer.model import question_anchor
from indexer.output.citation import (
    Citation,
    anfrage_drucksache,
    anfrage_name,
    anfrage_number,
    drucksache,
    is_pdf,
    questions_held,
)
from indexer.parliaments import parliament_name, parliament_of
from indexer.search.highlight import linkify, xml_text
from indexer.search.results import Hit
from indexer.typography import quoted_within
from indexer.words import ANNEXES_LISTED, annexes_summary, counted

from .searcher import engine
from .state import permalink
from .urls import answer_url, with_hits


def xml_text_filter(text: str) -> Markup:
    """Text for an XML template: characters XML 1.0 forbids dropped (autoescaping alone keeps them)."""
    return Markup(xml_text(text))


def full_citation(hit: Hit) -> str:
    """The citation the answer's own page copies — short form, parliament and title, ministry, links —, for the copy
    button of a hit: one button name, one text, in the list and on the page (the short form had no link)."""
    document = engine().document(hit.doc_id)
    if document is None:  # removed since the page was searched
        return hit.citation
    return Citation(document, hit.question, permalink(hit.doc_id, hit.question)).text()


def init_app(app: Flask) -> None:
    app.add_template_filter(short_date, "date_de")
    app.add_template_filter(xml_text_filter, "xml_text")
    app.add_template_global(answer_url, "answer_url")
    app.add_template_global(question_anchor, "question_anchor")
    app.add_template_filter(with_hits, "with_hits")  # a document link that leads back to the reader's result page
    app.add_template_filter(parliament_name, "parliament_name")
    app.add_template_filter(lambda code: parliament_of(code).of_body, "answering_body")  # "des Senats"
    app.add_template_filter(lambda code: parliament_of(code).cited_drs, "cited_drs")  # "BT-Drs." in the Bundestag
    app.add_template_filter(counted, "counted")
    app.add_template_filter(annexes_summary, "annexes_summary")
    app.jinja_env.globals["ANNEXES_LISTED"] = ANNEXES_LISTED  # how many annexes a report names
    app.add_template_filter(labels, "kind_labels")  # "Frage 4" or an Unterrichtung's "Nr. 4"
    app.add_template_filter(questions_held, "questions_held")  # "Fragen 1 bis 5", "Fragen 1 und 3"
    app.add_template_filter(linkify, "linkify")
    app.add_template_filter(quoted_within, "quoted_within")  # a title inside „…“: „… des ‚Justizskandals‘ …“
    app.add_template_filter(is_pdf, "is_pdf")  # a source is called a PDF only when it is one
    app.add_template_filter(with_article, "with_article")  # „im Einvernehmen mit dem Ministerium der Justiz“
    app.add_template_filter(anfrage_number, "anfrage_number")  # Sachsen-Anhalt's „KA 7/2151“
    app.add_template_filter(anfrage_name, "anfrage_name")  # as the document names it: Berlin's „Schriftliche Anfrage“
    app.add_template_filter(full_citation, "full_citation")
    app.add_template_filter(drucksache, "drucksache")  # a reprint as its head prints it: „21/309 (neu)“
    app.add_template_filter(anfrage_drucksache, "anfrage_drucksache")  # „21/1026 (neu)“
