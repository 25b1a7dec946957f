"""The one schema of a metadata sidecar (``<id>.json``): which keys carry which JSON types.

Checked before a sidecar's values are used, so a number where a party name belongs is refused
with a German reason instead of failing later, inside an index write.  The same dictionary is
published in the OpenAPI document (:mod:`web.openapi`): JSON Schema is what OpenAPI 3.1 speaks,
so validator and documentation cannot drift apart.
"""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

_TEXT: dict[str, Any] = {"type": ["string", "null"]}
_NUMBER_OR_TEXT: dict[str, Any] = {"type": ["integer", "string", "null"]}
_TEXT_LIST: dict[str, Any] = {"type": ["array", "null"], "items": {"type": "string"}}
_ASKER: dict[str, Any] = {
    "type": "object",
    "required": ["name"],
    "properties": {"name": {"type": "string", "minLength": 1}, "party": _TEXT},
}

# Keys the project's own sidecars carry to describe a text's provenance and extraction (corpus/, queries/corpus*):
# known, of any type, not taken into the document, and no warning.
_DESCRIPTIVE: dict[str, Any] = {"description": "Herkunft oder Beschreibung; wird nicht übernommen"}
DESCRIPTIVE_KEYS = (
    "source",
    "note",
    "listing_text",
    "text_extraction",
    "chars",
    "bytes",
    "sha256_text",
    "anfrage",
    "questions_in_document",
    "completeness",
)

SIDECAR_SCHEMA: dict[str, Any] = {
    "title": "Metadaten-Datei",
    "description": (
        "Archivangaben zu einer Antwort; bei mehreren Schreibweisen gilt die erste vorhandene. "
        "Unbekannte Angaben werden nicht übernommen; der Prüfbericht nennt sie in einer Warnung."
    ),
    "type": "object",
    "properties": {
        "id": {"type": ["string", "null"], "description": "Kennung, z. B. nw-17-6448"},
        "parliament_code": _TEXT,
        "parliament": _TEXT,
        "wahlperiode": _NUMBER_OR_TEXT,
        "legislative_period": _NUMBER_OR_TEXT,
        "drucksache": _NUMBER_OR_TEXT,
        "anfrage_nr": _NUMBER_OR_TEXT,
        "anfrage_drucksache": _NUMBER_OR_TEXT,
        "question_drucksache": _NUMBER_OR_TEXT,
        "title": _NUMBER_OR_TEXT,
        # a list of askers, each {"name", "party"} or written „Name (Partei)“ as the API and pages print them
        "askers": {
            "anyOf": [
                {"type": ["string", "null"]},
                {"type": "array", "items": {"anyOf": [_ASKER, {"type": "string", "minLength": 1}]}},
            ]
        },
        "ministry": _TEXT,
        "ministry_raw": _TEXT,
        "co_ministries": _TEXT_LIST,
        "date_answered": _TEXT,
        "answer_date": _TEXT,
        "date_asked": _TEXT,
        "source_url": _TEXT,
        "pdf_url": _TEXT,
        "doc_type": _TEXT,
        **dict.fromkeys(DESCRIPTIVE_KEYS, _DESCRIPTIVE),
    },
}

_VALIDATOR = Draft202012Validator(SIDECAR_SCHEMA)
_TYPES_DE = {
    "string": "ein Text",
    "integer": "eine ganze Zahl",
    "array": "eine Liste",
    "object": "ein Objekt",
    "null": "leer (null)",
}


KNOWN_KEYS: tuple[str, ...] = tuple(SIDECAR_SCHEMA["properties"])
TAKEN_KEYS: tuple[str, ...] = tuple(key for key in KNOWN_KEYS if key not in DESCRIPTIVE_KEYS)


def sidecar_problems(raw: Any) -> dict[str, str]:
    """Why ``raw`` does not fit :data:`SIDECAR_SCHEMA`, in German: one reason per key, in the file's order
    (empty: it fits).  Every wrong key at once, so one correction round is enough."""
    by_key: dict[str, list[ValidationError]] = {}
    for error in _VALIDATOR.iter_errors(raw):
        by_key.setdefault(str(error.absolute_path[0]) if error.absolute_path else "", []).append(error)
    order = list(raw) if isinstance(raw, dict) else []
    keys = sorted(by_key, key=lambda key: order.index(key) if key in order else -1)
    return {key: _german(best_match(by_key[key])) for key in keys}


def expected(schema: dict[str, Any]) -> str:
    """What ``schema`` asks for, in German: ``ein Text oder eine Liste von Fragestellern (…)``; a key that may also be
    empty (null) says only what it holds when given."""
    if "anyOf" in schema:
        return " oder ".join(dict.fromkeys(expected(option) for option in schema["anyOf"]))
    kinds = schema.get("type", [])
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return " oder ".join(_kind(str(kind), schema) for kind in kinds if kind != "null")


def _kind(kind: str, schema: dict[str, Any]) -> str:
    if kind == "array" and "items" in schema:
        return f"eine Liste von {_plural(schema['items'])}"
    if kind == "object" and "name" in schema.get("properties", {}):
        return _ASKER_DE
    return _TYPES_DE.get(kind, kind)


def _plural(items: dict[str, Any]) -> str:
    if "anyOf" in items:
        return " oder ".join(_plural(option) for option in items["anyOf"])
    if "name" in items.get("properties", {}):
        return _ASKERS_DE
    return {"string": "Texten", "integer": "ganzen Zahlen", "object": "Objekten"}.get(str(items.get("type")), "Werten")


_ASKER_DE = 'ein Fragesteller {"name": "…", "party": "…"}'
_ASKERS_DE = 'Fragestellern {"name": "…", "party": "…"}'


def _german(error: ValidationError) -> str:
    where = "/".join(str(part) for part in error.absolute_path) or "(Datei)"
    if error.validator in ("type", "anyOf"):
        return f"'{where}' muss {expected(error.schema)} sein, nicht {error.instance!r}."
    if error.validator == "required":
        return f"'{where}': Angabe „{error.validator_value[0]}“ fehlt."
    if error.validator == "minLength":
        return f"'{where}' darf nicht leer sein."
    return f"'{where}' hat einen unerwarteten Wert ({error.instance!r})."
