"""Jinja filters, registered in one place: German dates for pages, XML-safe text for feeds."""

from __future__ import annotations

from flask import Flask
from markupsafe import Markup

from indexer.dates import short_date
from indexer.search.highlight import xml_text


def xml_text_filter(text: str) -> Markup:
    """Text for an XML template: characters XML 1.0 forbids dropped (autoescaping alone keeps them)."""
    return Markup(xml_text(text))


def init_app(app: Flask) -> None:
    app.add_template_filter(short_date, "date_de")
    app.add_template_filter(xml_text_filter, "xml_text")
