"""The OpenAPI 3.1 description of the JSON API (served at ``/api/openapi.json``).

Written as data next to the API so that a change to one is seen beside the other; a test
validates it with ``openapi-spec-validator`` and checks that its paths are the app's routes.
"""

from __future__ import annotations

from typing import Any

from indexer.config import DEFAULTS
from indexer.facet_fields import FACETS
from indexer.ingest.sidecar_schema import SIDECAR_SCHEMA
from indexer.model import DOC_ID
from indexer.search.explain import DESCRIPTIONS
from indexer.search.plan import SORTS


def _param(name: str, description: str, schema: dict[str, Any], where: str = "query", **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": where, "description": description, "schema": schema, **extra}


def _list_param(name: str, description: str, item: dict[str, Any]) -> dict[str, Any]:
    return _param(name, description, {"type": "array", "items": item}, style="form", explode=True)


_DOC_ID = _param(
    "doc_id",
    "Dokumentkennung, z. B. nw-17-6448",
    {"type": "string", "pattern": f"^{DOC_ID.pattern}$"},
    where="path",
    required=True,
)
_FRAGE = _param(
    "frage",
    "Die Frage: ihre Nummer in Reihenfolge (3: die dritte, wie question) oder wie gedruckt, wo diese Buchstaben oder "
    "Punkte trägt (2a, 2.1); ohne: das ganze Dokument",
    {"type": "string", "pattern": "^[0-9A-Za-z.]+$"},
)
_QUESTION_LABEL = {
    "type": ["string", "null"],
    "description": "Nummer der Frage, wie das Dokument sie druckt („2a“, „1.1“; „3“ auf der 5. von 1, 2, 2a, 2b, 3)",
}
_ERROR = {"description": "Fehler", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
_NULLABLE_STR = {"type": ["string", "null"]}


def openapi_document(server: str) -> dict[str, Any]:
    filters = [
        _list_param(facet.name, facet.description, {"type": "integer" if facet.numeric else "string"})
        for facet in FACETS
    ]
    search_params = [
        _param(
            "q",
            "Suchbegriffe, auch mit Feldsyntax (titel:, frage:, antwort:, vorbemerkung:, anlage:, ministerium:, "
            "partei:, drucksache:, datum:2019, datum:2019-01..2019-06). Leer erlaubt, wenn ein Filter gesetzt ist; "
            "nur einmal.",
            {"type": "string"},
        ),
        *filters,
        _list_param("drucksache", "Drucksachennummer, z. B. 17/6448", {"type": "string"}),
        _param("von", "Antwortdatum ab (2019, 2019-06 oder 2019-06-04)", {"type": "string"}),
        _param("bis", "Antwortdatum bis (einschließlich)", {"type": "string"}),
        _param("sort", "Reihenfolge", {"type": "string", "enum": list(SORTS), "default": SORTS[0]}),
        _param("page", "Ergebnisseite", {"type": "integer", "minimum": 1, "default": 1}),
        _param(
            "per_page",
            "Treffer je Seite",
            {"type": "integer", "minimum": 1, "maximum": 100, "default": DEFAULTS.per_page},
        ),
    ]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Anfragen-API",
            "version": "1.0.0",
            "description": "Volltextsuche in Antworten auf Kleine Anfragen: Suche mit Filtern, Sortierung und "
            "Facetten, Dokumente, Zitate und Vorschläge. Alle Texte sind deutsch.",
        },
        "servers": [{"url": server}],
        "paths": {
            "/api/search": {
                "get": {
                    "summary": "Antworten suchen",
                    "operationId": "search",
                    "parameters": search_params,
                    "responses": {
                        "200": {
                            "description": "Eine Ergebnisseite",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResult"}}},
                        },
                        "400": _ERROR,
                        "503": _ERROR,
                    },
                }
            },
            "/api/dokument/{doc_id}": {
                "get": {
                    "summary": "Ein Dokument mit allen Fragen und Antworten",
                    "operationId": "document",
                    "parameters": [_DOC_ID],
                    "responses": {
                        "200": {
                            "description": "Das Dokument",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Document"}}},
                        },
                        "404": _ERROR,
                    },
                }
            },
            "/api/dokument/{doc_id}/zitat": {
                "get": {
                    "summary": "Zitat eines Dokuments oder der Antwort zu einer Frage",
                    "operationId": "citation",
                    "parameters": [_DOC_ID, _FRAGE],
                    "responses": {
                        "200": {
                            "description": "Zitat als Text, CSL-JSON, BibTeX und RIS",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Citation"}}},
                        },
                        "400": _ERROR,
                        "404": _ERROR,
                    },
                }
            },
            "/api/dokument/{doc_id}/aehnlich": {
                "get": {
                    "summary": "Ähnliche Antworten (more like this)",
                    "operationId": "similar",
                    "parameters": [
                        _DOC_ID,
                        _FRAGE,
                        _param("limit", "Anzahl", {"type": "integer", "minimum": 1, "maximum": 20, "default": 5}),
                    ],
                    "responses": {
                        "200": {
                            "description": "Ähnliche Antworten anderer Dokumente",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["doc_id", "hits"],
                                        "properties": {
                                            "doc_id": {"type": "string"},
                                            "question": {"type": ["integer", "null"]},
                                            "question_label": _QUESTION_LABEL,
                                            "hits": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
                                        },
                                    }
                                }
                            },
                        },
                        "400": _ERROR,
                        "404": _ERROR,
                    },
                }
            },
            "/api/vorschlaege": {
                "get": {
                    "summary": "Vorschläge beim Tippen (Wörter und Titel)",
                    "operationId": "suggestions",
                    "parameters": [
                        _param(
                            "q",
                            "Wortanfang (ab 2 Zeichen), auch nach -, einem Feld (titel:) oder Anführungszeichen",
                            {"type": "string"},
                            required=True,
                        ),
                        _param(
                            "format",
                            "json (wie ohne format) oder opensearch: Array-Format der OpenSearch-Vorschläge",
                            {"type": "string", "enum": ["json", "opensearch"]},
                        ),
                    ],
                    "responses": {
                        "200": {
                            "description": "Vorschläge",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Suggestions"}},
                                "application/x-suggestions+json": {"schema": {"type": "array"}},
                            },
                        },
                        "400": _ERROR,
                    },
                }
            },
            "/api/openapi.json": {
                "get": {
                    "summary": "Diese Beschreibung",
                    "operationId": "openapi",
                    "responses": {
                        "200": {
                            "description": "OpenAPI-Dokument",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        }
                    },
                }
            },
        },
        # The sidecar is no API response; it is listed so archives can validate their files against it.
        "components": {"schemas": {**_schemas(), "Sidecar": SIDECAR_SCHEMA}},
    }


def _schemas() -> dict[str, Any]:
    facet_values = {
        "type": "array",
        "items": {
            "type": "object",
            "required": ["value", "count"],
            "properties": {"value": {"type": ["string", "integer"]}, "count": {"type": "integer"}},
        },
    }
    return {
        "Error": {
            "type": "object",
            "required": ["error", "status"],
            "properties": {"error": {"type": "string"}, "status": {"type": "integer"}},
        },
        "Hit": {
            "type": "object",
            "required": ["doc_id", "question", "title", "drucksache", "date_answered", "url", "snippet", "score"],
            "properties": {
                "doc_id": {"type": "string"},
                "question": {"type": ["integer", "null"], "description": "Nummer der Frage in Reihenfolge"},
                "question_label": _QUESTION_LABEL,
                "kind": {
                    "type": "string",
                    "enum": ["", "unterrichtung"],
                    "description": "Art des Dokuments: leer = Antwort auf eine Kleine Anfrage („Frage 2“); "
                    "unterrichtung = Antwort auf einen Beschluss des Parlaments, dessen Teile „Nr. 2“ heißen",
                },
                "title": {"type": "string"},
                "drucksache": _NULLABLE_STR,
                "date_answered": {"type": ["string", "null"], "format": "date"},
                "date": {
                    "type": ["string", "null"],
                    "format": "date",
                    "description": "Datum, nach dem gefiltert und sortiert wird: das der Antwort, ohne eigenes "
                    "Datum (Hessens Abschriften) das der Anfrage, mit dem auch das Zitat sie datiert",
                },
                "dated_by_anfrage": {
                    "type": "boolean",
                    "description": "date ist das Datum der Anfrage, weil die Antwort keines druckt",
                },
                "ministry": _NULLABLE_STR,
                "question_text": _NULLABLE_STR,
                "url": {"type": "string", "description": "Seite mit Sprungmarke auf die Antwort"},
                "snippet": {"type": "string", "description": "HTML: maskierter Text, Fundstellen in <mark>"},
                "score": {"type": "number"},
                "missing": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Nur bei Antworten nach den Treffern (nicht in total gezählt): Suchwörter, die "
                    "dieser Antwort fehlen, und wie sie sonst zur Suche passt: „nur Wortteile: Polizei … Gewalt“, "
                    "wenn von einem zusammengesetzten Wort nur verstreute Teile vorkommen, „nur verwandte "
                    "Wortform: „Gefährder““ (gefährdet, Gefährdung), „nur mit Einschub: „Versammlungen unter "
                    "freiem Himmel““ (eine Wortgruppe in Anführungszeichen, im Text durch ein, zwei Wörter "
                    "unterbrochen), „Abkürzung vermutet: BezVerwG ← Bezirksverwaltungsgesetz“, wenn kein "
                    "Dokument die Abkürzung definiert, „nur in Titel, Vorbemerkung, Anlagen oder Fußnoten“ "
                    "(alle Suchwörter im Dokumentkopf, keines in der Antwort), „gemeinsam beantwortet mit Frage 2“ "
                    "(bei einer Unterrichtung „mit Nr. 2“: die Antwort gilt auch einer Frage, die alle Suchwörter "
                    "enthält), „weitere Antwort eines Dokuments mit Treffern“ (mindestens jede dritte Antwort des "
                    "Dokuments enthält alle Suchwörter; die fehlenden stehen davor), „weitere Antwort eines "
                    "Dokuments mit Teiltreffern“ (ohne Volltreffer: mindestens jeder dritten Antwort des Dokuments "
                    "fehlt höchstens ein Suchwort)",
                },
                "parliament": {"type": "string", "description": "Parlamentskürzel (nw, ni, …)"},
                "anfrage_drucksache": _NULLABLE_STR,
                "anfrage_name": {
                    "type": "string",
                    "description": "wie das Dokument die beantwortete Anfrage nennt („Kleine Anfrage“, „Schriftliche "
                    "Anfrage“), sonst wie sein Parlament sie üblicherweise nennt",
                },
                "wahlperiode": {"type": ["integer", "null"]},
                "anfrage_nummer": {
                    "type": ["string", "null"],
                    "description": "Nummer der beantworteten Anfrage, wie das Parlament sie druckt („2509“, "
                    "Sachsen-Anhalts „KA 7/2151“)",
                },
                "citation": {
                    "type": "string",
                    "description": "das Zitat der Antwort, wie die Dokumentseite es kopiert (Kurzform, wie die "
                    "Spalte „zitat“ der CSV-Exporte)",
                },
                "askers": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Fragesteller (Partei); „weitere Abgeordnete“, wo die Liste nicht alle nennt",
                },
                "parties": {"type": "array", "items": {"type": "string"}},
                "match": {
                    "type": "array",
                    "description": "Warum dieser Treffer: je Suchwort, wie es gefunden wurde",
                    "items": {"$ref": "#/components/schemas/Match"},
                },
            },
        },
        "Match": {
            "type": "object",
            "required": ["wort", "art", "beschreibung", "gefunden_als"],
            "properties": {
                "wort": {"type": "string", "description": "das Suchwort, wie eingegeben"},
                "art": {"type": "string", "enum": list(DESCRIPTIONS), "description": "wie es gefunden wurde"},
                "beschreibung": {"type": "string", "description": "die Art auf Deutsch, z. B. „Wortteil“"},
                "gefunden_als": {**_NULLABLE_STR, "description": "das Wort, wie es im Text steht"},
            },
        },
        "SearchResult": {
            "type": "object",
            "required": ["query", "total", "page", "per_page", "pages", "hits", "sort", "filters", "facets"],
            "properties": {
                "query": {"type": "string"},
                "total": {"type": "integer", "description": "Antworten mit allen Suchwörtern"},
                "partial": {
                    "type": "integer",
                    "description": "danach gelistete Antworten, die nicht alle Suchwörter selbst enthalten "
                    "(gekennzeichnet)",
                },
                "partial_page": {
                    "type": ["integer", "null"],
                    "description": "die Seite, auf der sie beginnen (nach der letzten Seite der Antworten mit allen "
                    "Suchwörtern; auch unter links.partial)",
                },
                "export_notice": {
                    "type": "string",
                    "description": "keine Antwort enthält alle Suchwörter: die Exporte (links.csv, links.json) sind "
                    "leer, die gelisteten Antworten gehören nicht dazu",
                },
                "page": {"type": "integer"},
                "per_page": {"type": "integer"},
                "pages": {
                    "type": "integer",
                    "description": "Zahl der Seiten, die danach gelisteten Antworten eingeschlossen; eine Seite "
                    "dahinter liefert die letzte (links.next fehlt dort)",
                },
                "hits": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
                "sort": {"type": "string", "enum": list(SORTS)},
                "filters": {"type": "object"},
                "facets": {"type": "object", "additionalProperties": facet_values},
                "suggestion": _NULLABLE_STR,
                "notice": {
                    "type": "string",
                    "description": "Hinweis zur Anfrage selbst, z. B. eine zitierte Frage, die das Dokument nicht hat, "
                    "oder eine Seite hinter der letzten",
                },
                "asker": {
                    "type": "object",
                    "description": "keine Antwort enthält die Wörter, aber sie nennen einen Fragesteller: sein Filter "
                    "(Name wie eingegeben, die mit ihm genannte Partei, übrige Suchwörter, Zahl der Antworten)",
                    "properties": {
                        "fragesteller": {"type": "string"},
                        "partei": {"type": ["string", "null"]},
                        "query": {"type": "string"},
                        "answers": {"type": "integer"},
                    },
                },
                "links": {
                    "type": "object",
                    "description": "self, page (die Seite im Browser), csv, json, atom; partial, prev und next, wo "
                    "es sie gibt",
                    "additionalProperties": {"type": "string"},
                },
                "incomplete": {
                    "type": "boolean",
                    "description": "true, wenn das Zeitlimit erreicht wurde: die Zahlen stimmen, die Reihenfolge "
                    "beruht nur auf einem Teil der Absätze",
                },
            },
        },
        "Document": {
            "type": "object",
            "required": ["id", "parliament", "title", "questions"],
            "properties": {
                "id": {"type": "string"},
                "parliament": {"type": "string"},
                "wahlperiode": {"type": ["integer", "null"]},
                "drucksache": _NULLABLE_STR,
                "anfrage_nr": {"type": ["integer", "null"]},
                "anfrage_drucksache": {**_NULLABLE_STR, "description": "Drucksache der Kleinen Anfrage"},
                "title": {"type": "string"},
                "askers": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {"name": {"type": "string"}, "party": _NULLABLE_STR},
                    },
                },
                "further_askers": {
                    "type": "boolean",
                    "description": "Die Liste nennt nicht alle Fragesteller („…, weiterer Abgeordneter und …“)",
                },
                "date_answered": {"type": ["string", "null"], "format": "date"},
                "date_asked": {"type": ["string", "null"], "format": "date"},
                "ministry": _NULLABLE_STR,
                "co_ministries": {"type": "array", "items": {"type": "string"}},
                "preamble": {"type": "string", "description": "Vorbemerkung der Fragesteller"},
                "government_preamble": {"type": "string", "description": "Vorbemerkung der Landesregierung"},
                "footnotes": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "number": {"type": "integer", "description": "0 für eine mit * markierte"},
                            "text": {"type": "string"},
                        },
                    },
                },
                "annexes": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "label": {"type": "string"},
                            "rows": {"type": "array", "items": {"type": "string"}},
                        },
                    },
                },
                "warnings": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Hinweise der Prüfung beim Einlesen",
                },
                "source_url": _NULLABLE_STR,
                "kind": {
                    "type": "string",
                    "enum": ["", "unterrichtung"],
                    "description": "Art: leer = Antwort auf eine Kleine Anfrage; unterrichtung = Antwort auf einen "
                    "Beschluss des Parlaments (resolution_drucksache, resolution_date)",
                },
                "resolution_drucksache": _NULLABLE_STR,
                "resolution_date": {"type": ["string", "null"], "format": "date"},
                "anfrage_name": {
                    "type": "string",
                    "description": "Wie das Dokument die beantwortete Anfrage nennt („Kleine Anfrage“, „Schriftliche "
                    "Anfrage“, „Schriftliche Kleine Anfrage“, „Große Anfrage“); leer, wo sein Kopf keinen Namen nennt "
                    "— dann gilt der übliche des Parlaments",
                },
                "reprint": {
                    "type": "boolean",
                    "description": "Neudruck: der Kopf druckt die Drucksache als „Drucksache 21/309 (neu)“, den "
                    "berichtigten Text unter derselben Nummer; Zitate nennen sie so",
                },
                "anfrage_reprint": {
                    "type": "boolean",
                    "description": "Neudruck der Anfrage: „– Drucksache 21/1026 (neu) –“; Zitate nennen ihre "
                    "Drucksache so",
                },
                "questions": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "number": {"type": "integer"},
                            "label": {"type": "string", "description": "die Nummer wie gedruckt („2a“, „1.1“)"},
                            "text": {"type": "string"},
                            "answer": {"type": "string"},
                            "answered_with": {
                                "type": "array",
                                "items": {"type": "integer"},
                                "description": "Nummern der Fragen (bei einer Unterrichtung: Nr.), die mit "
                                "dieser zusammen beantwortet werden",
                            },
                        },
                    },
                },
            },
        },
        "Citation": {
            "type": "object",
            "required": ["doc_id", "text", "short", "csl", "formats"],
            "properties": {
                "doc_id": {"type": "string"},
                "question": {"type": ["integer", "null"], "description": "Nummer der Frage in Reihenfolge"},
                "question_label": _QUESTION_LABEL,
                "text": {"type": "string"},
                "short": {"type": "string"},
                "url": _NULLABLE_STR,
                "pdf_url": {**_NULLABLE_STR, "description": "Die Quelle, wenn sie ein PDF ist"},
                "source_url": {**_NULLABLE_STR, "description": "Die Quelle (PDF, Textfassung oder Webseite)"},
                "csl": {"type": "object"},
                "formats": {
                    "type": "object",
                    "properties": {
                        "bibtex": {"type": "string"},
                        "ris": {"type": "string"},
                        "csl-json": {"type": "string"},
                    },
                },
            },
        },
        "Suggestions": {
            "type": "object",
            "required": ["query", "suggestions"],
            "properties": {
                "query": {"type": "string"},
                "suggestions": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["kind", "text"],
                        "properties": {
                            "kind": {"type": "string", "enum": ["wort", "titel"]},
                            "text": {"type": "string"},
                            "doc_id": {"type": "string"},
                            "url": {"type": "string"},
                        },
                    },
                },
            },
        },
    }
