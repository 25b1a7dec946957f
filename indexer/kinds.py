"""What a document is: an answer to a Kleine Anfrage, or an Unterrichtung (the government's answer to a resolution
of the parliament, Niedersachsen's „Antwort der Landesregierung auf den Beschluss des Landtages …“).

Both are read into the same questions and answers, but they are cited and labelled differently: an
Unterrichtung answers the numbered items of a Beschluss, not the questions of askers.  The kind comes
from the sidecar's ``doc_type`` or from the document's own head (a line ``Unterrichtung``, see
:mod:`indexer.ingest.layouts.kind`).
"""

from __future__ import annotations

from dataclasses import dataclass

ANSWER = ""  # an answer to a Kleine (Schriftliche) Anfrage: what the archive holds unless said otherwise
UNTERRICHTUNG = "unterrichtung"
KINDS = (ANSWER, UNTERRICHTUNG)


@dataclass(frozen=True)
class Labels:
    """The German words pages and citations use for a kind's parts."""

    item: str  # one numbered part: "Frage 4", "Nr. 4"
    items: str  # the list of them: "12 Fragen", "12 Nummern des Beschlusses"
    preamble: str  # the text before the first item
    several: str  # several named by their numbers: "Fragen 3 und 4", "Nr. 3 und 4"
    answered: str  # several after a preposition: "Antwort zu den Fragen 2 bis 4", "beantwortet mit Nr. 3 und 4"


LABELS = {
    ANSWER: Labels("Frage", "Fragen", "Vorbemerkung der Fragesteller", "Fragen", "den Fragen"),
    UNTERRICHTUNG: Labels("Nr.", "Nummern des Beschlusses", "Aus dem Beschluss", "Nr.", "Nr."),
}


def labels(kind: str) -> Labels:
    return LABELS.get(kind, LABELS[ANSWER])


def kind_of_doc_type(doc_type: str) -> str | None:
    """An archive's document type (``unterrichtung_antwort_auf_landtagsbeschluss``, ``kleine_anfrage_mit_antwort``,
    ``Antwort auf Kleine Anfrage``) as a kind; None for a value that names neither kind (see :data:`DOC_TYPES`)."""
    folded = doc_type.casefold()
    if "unterrichtung" in folded:
        return UNTERRICHTUNG
    return ANSWER if "anfrage" in folded else None


# What :func:`kind_of_doc_type` understands, in German, for the message about a value it does not
DOC_TYPES = (
    "ein Wert mit „unterrichtung“ (etwa „unterrichtung_antwort_auf_landtagsbeschluss“) für eine Unterrichtung, "
    "einer mit „anfrage“ (etwa „kleine_anfrage_mit_antwort“, „Antwort auf Kleine Anfrage“) für eine Antwort auf eine "
    "Kleine Anfrage"
)
NAMES = {ANSWER: "eine Antwort auf eine Kleine Anfrage", UNTERRICHTUNG: "eine Unterrichtung"}
