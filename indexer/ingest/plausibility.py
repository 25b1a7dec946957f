"""Metadata no real answer can carry: a Wahlperiode the id contradicts or outside 1..99, a date over a year ahead,
a Kleine Anfrage asked after its answer.

Such values (mostly sidecar typos) would print „999999999. Wahlperiode“ on pages, render facet links
that fail and stretch every timeline to the year 9999, so a sidecar carrying one is refused with the
reason; the parser's own misreadings of a text are left out with a note instead — also a date read in the text
that a date of the metadata file contradicts (only dates both from the metadata file refuse it).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from indexer.dates import latest_plausible_date, short_date
from indexer.errors import SidecarError
from indexer.model import Document, id_period
from indexer.parliaments import MAX_WAHLPERIODE

_DATE_LABELS = {"date_answered": "Antwortdatum", "date_asked": "Datum der Anfrage"}


def check_plausible(document: Document) -> Document:
    """``document`` unchanged, or :class:`SidecarError` naming every implausible value."""
    problems = implausible_values(document)
    if problems:
        raise SidecarError(f"{document.id or 'Dokument'}: unmögliche Angaben: " + " ".join(problems))
    return document


def without_misread_values(document: Document) -> Document:
    """The parser's impossible readings left out, each with a note: a Wahlperiode the document's id
    contradicts (the id's is taken), a date more than a year ahead (a scan's „2078“).  One misread
    figure must not cost the whole document; the sidecar's values are checked strictly afterwards
    (:func:`check_plausible`)."""
    changes: dict[str, object] = {}
    notes: list[str] = []
    period = document.wahlperiode
    named = id_period(document.id)
    if period is not None and (not 1 <= period <= MAX_WAHLPERIODE or (named and period != named)):
        changes["wahlperiode"] = named
        taken = f"übernommen: {named}" if named else "weggelassen"
        notes.append(f"Wahlperiode {period} im Text gelesen, unmöglich für {document.id or 'das Dokument'}; {taken}.")
    latest = latest_plausible_date()
    for field_name, label in _DATE_LABELS.items():
        day = getattr(document, field_name)
        if day is not None and day > latest:
            changes[field_name] = None
            notes.append(f"{label} {short_date(day)} im Text gelesen (mehr als ein Jahr in der Zukunft): weggelassen.")
    # the dates still kept (one left out above is None)
    asked = None if "date_asked" in changes else document.date_asked
    answered = None if "date_answered" in changes else document.date_answered
    if asked is not None and answered is not None and asked > answered:
        changes["date_asked"] = None
        notes.append(
            f"Datum der Anfrage {short_date(asked)} im Text gelesen, nach dem Antwortdatum {short_date(answered)}: "
            "weggelassen."
        )
    if not changes:
        return document
    return document.with_metadata(**changes, warnings=(*document.warnings, *notes))


def without_contradicted_readings(document: Document, meta: Mapping[str, Any]) -> Document:
    """``document`` (the metadata file ``meta`` applied) without a date read in the text that a date of the metadata
    file contradicts — a question asked after its answer —, with a note: the text's reading yields to the
    archivist's value.  Dates both from the metadata file are left to :func:`check_plausible`, which refuses them."""
    asked, answered = document.date_asked, document.date_answered
    given = [name for name in _DATE_LABELS if meta.get(name) is not None]
    if asked is None or answered is None or asked <= answered or len(given) != 1:
        return document
    read = next(name for name in _DATE_LABELS if name not in given)
    relation = "nach dem" if read == "date_asked" else "vor dem"
    note = (
        f"{_DATE_LABELS[read]} {short_date(getattr(document, read))} im Text gelesen, {relation} "
        f"{_DATE_LABELS[given[0]]} {short_date(getattr(document, given[0]))} der Metadaten-Datei: weggelassen."
    )
    return document.with_metadata(**{read: None}, warnings=(*document.warnings, note))


def implausible_values(document: Document) -> list[str]:
    """German reasons, one per implausible value (empty: all plausible)."""
    problems: list[str] = []
    period = document.wahlperiode
    if period is not None and not 1 <= period <= MAX_WAHLPERIODE:
        problems.append(f"Wahlperiode {period} gibt es nicht (erlaubt: 1 bis {MAX_WAHLPERIODE}).")
    elif period is not None and (named := id_period(document.id)) and period != named:
        problems.append(f"Wahlperiode {period} widerspricht der Kennung {document.id} (Wahlperiode {named}).")
    latest = latest_plausible_date()
    for field_name, label in _DATE_LABELS.items():
        day = getattr(document, field_name)
        if day is not None and day > latest:
            problems.append(f"{label} {short_date(day)} liegt mehr als ein Jahr in der Zukunft.")
    asked, answered = document.date_asked, document.date_answered
    if asked is not None and answered is not None and latest >= asked > answered:
        problems.append(
            f"Datum der Anfrage {short_date(asked)} liegt nach dem Antwortdatum {short_date(answered)}: "
            "eine Anfrage wird vor ihrer Antwort gestellt."
        )
    return problems
