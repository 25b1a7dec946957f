"""Metadata sidecars (``<id>.json``): archive facts the text does not carry.

Sidecars come from different archives with different key names (``wahlperiode`` or
``legislative_period``, ``date_answered`` or ``answer_date`` …).  They are normalised
here, checked, and merged over the parsed document: sidecar values win, but a sidecar
that contradicts the text's own Drucksache is refused rather than trusted — unless the file's
name says what the sidecar says: then the parser misread the text, and the archivist is told.
"""

from __future__ import annotations

import codecs
import contextlib
import difflib
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from indexer.askers import is_address, is_title
from indexer.dates import parse_date, short_date
from indexer.errors import SidecarError
from indexer.ingest.extract import drop_control_chars
from indexer.ingest.layouts.askers import names_further_askers
from indexer.ingest.parse import ministry_name, nominative, parse_askers
from indexer.ingest.sidecar_schema import KNOWN_KEYS, TAKEN_KEYS, sidecar_problems
from indexer.ingest.text import ascii_int
from indexer.kinds import DOC_TYPES, NAMES, kind_of_doc_type
from indexer.model import DOC_ID, Asker, Document, id_drucksache
from indexer.parliaments import (
    BY_CODE,
    find_parliament,
    nearest_parliament,
    parliament_code,
    parliament_name,
    parliament_named_in,
)
from indexer.parties import party_name

# sidecar key → model field; the first key present wins.
_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "parliament": ("parliament_code", "parliament"),
    "wahlperiode": ("wahlperiode", "legislative_period"),
    "drucksache": ("drucksache",),
    "anfrage_nr": ("anfrage_nr",),
    "anfrage_drucksache": ("anfrage_drucksache", "question_drucksache"),
    "title": ("title",),
    "askers": ("askers",),
    "ministry": ("ministry", "ministry_raw"),
    "co_ministries": ("co_ministries",),
    "date_answered": ("date_answered", "answer_date"),
    "date_asked": ("date_asked",),
    "source_url": ("source_url", "pdf_url"),
    "kind": ("doc_type",),
}


def same_field(key: str) -> tuple[str, ...]:
    """The keys that carry the same fact as ``key`` (``pdf_url`` and ``source_url``); ``(key,)`` for one of its own."""
    return next((keys for keys in _ALIASES.values() if key in keys), (key,))


def read_sidecar(path: Path) -> dict[str, Any]:
    """Load and normalise a sidecar file; raise :class:`SidecarError` with the reason."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SidecarError(f"{Path(path).name}: Metadaten-Datei nicht lesbar ({exc.strerror or exc}).") from exc
    text, charset_note = sidecar_text(data, Path(path).name)
    if not text.strip():
        raise SidecarError(f"{Path(path).name}: Metadaten-Datei ist leer; erwartet ist ein JSON-Objekt {{…}}.")
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SidecarError(f"{Path(path).name}: Metadaten-Datei ist kein gültiges JSON ({json_problem(exc)}).") from exc
    if not isinstance(raw, dict):
        raise SidecarError(f"{Path(path).name}: Metadaten-Datei muss ein JSON-Objekt sein.")
    problems = sidecar_problems(raw)
    reasons = [f"Metadaten-Datei passt nicht zum Schema: {' '.join(problems.values())}"] if problems else []
    try:  # the values of the keys of the right type are checked too: all reasons in one message
        meta = normalise({key: value for key, value in raw.items() if key not in problems})
    except (TypeError, ValueError) as exc:
        reasons.append(f"{'Außerdem falsche Werte' if problems else 'Falsche Angaben in der Metadaten-Datei'}: {exc}")
    if reasons:
        raise SidecarError(f"{Path(path).name}: {' '.join(reasons)}")
    unknown = [warning for warning in (charset_note, unknown_keys(raw), unknown_asker_keys(raw)) if warning]
    return {**meta, "warnings": (*meta.get("warnings", ()), *unknown)} if unknown else meta


def sidecar_text(data: bytes, name: str) -> tuple[str, str]:
    """The text of a metadata file and, for one in Windows-1252, a note saying so.  As Windows' editors save it:
    UTF-8 (with or without a byte-order mark), „Unicode“ (UTF-16 with its mark) or „ANSI“ (Windows-1252) — the
    last was refused, though a text in Windows-1252 is taken, and an archivist has no tool to convert it."""
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    try:
        return data.decode("utf-16" if utf16 else "utf-8-sig"), ""
    except UnicodeDecodeError as exc:  # a UTF-16 file (its mark says so) broken, or one in another encoding
        if not utf16:
            with contextlib.suppress(UnicodeDecodeError):
                return data.decode("windows-1252"), (
                    f"{name}: Metadaten-Datei ist nicht in UTF-8, sondern in Windows-1252 („ANSI“) gespeichert; so "
                    "gelesen und als UTF-8 abgelegt. Bitte Umlaute und Namen oben prüfen."
                )
        saved = "als UTF-16 gespeichert, aber beschädigt" if utf16 else "weder in UTF-8 noch in Windows-1252"
        raise SidecarError(
            f"{name}: Metadaten-Datei ist {saved}{'' if utf16 else ' gespeichert'} "
            f"(Byte {exc.object[exc.start]:#04x} an Stelle {exc.start + 1}); als UTF-8 speichern."
        ) from exc


def stored_sidecar(data: bytes) -> bytes:
    """The bytes the corpus keeps of a metadata file: UTF-8 without a byte-order mark, whatever of the encodings
    :func:`sidecar_text` reads it came in (Windows-1252, UTF-16, UTF-8 with a mark), so that every reader of the
    corpus reads it as UTF-8 (a UTF-16 file was kept as it came); one it cannot read as it came."""
    try:
        text, _ = sidecar_text(data, "")
    except SidecarError:
        return data
    return text.encode("utf-8")


# German (and near-English) names archivists type for a key → the keys they probably meant.
_MEANT: dict[str, tuple[str, ...]] = {
    "titel": ("title",),
    "datum": ("date_answered", "date_asked"),
    "antwortdatum": ("date_answered",),
    "date": ("date_answered", "date_asked"),
    "kennung": ("id",),
    "parlament": ("parliament",),
    "fragesteller": ("askers",),
    "abgeordnete": ("askers",),
    "ministerium": ("ministry",),
    "url": ("source_url",),
    "link": ("source_url",),
    "quelle": ("source_url",),
    "nummer": ("anfrage_nr",),
}


def unknown_keys(raw: dict[str, Any]) -> str | None:
    """A German warning naming the keys the schema does not know (they are ignored), each with the key it
    probably meant; None when every key is known.  A warning, not a refusal: other archives add keys of their
    own, harmless to ignore, and a refusal would also refuse the right values beside a typo."""
    unknown = [key for key in raw if key not in KNOWN_KEYS]
    if not unknown:
        return None
    named = []
    for key in unknown:
        meant = _MEANT.get(key.strip().lower()) or tuple(difflib.get_close_matches(key, TAKEN_KEYS, n=2, cutoff=0.8))
        named.append(f"„{key}“" + (f" (gemeint: {' oder '.join(f'„{m}“' for m in meant)}?)" if meant else ""))
    return (
        f"Metadaten-Datei: unbekannte Angaben, nicht übernommen: {', '.join(named)}. "
        f"Übernommen werden: {', '.join(TAKEN_KEYS)}."
    )


# What archivists write for the keys of an asker {"name", "party"}
_ASKER_MEANT: dict[str, str] = {"partei": "party", "fraktion": "party", "parties": "party"}
_ASKER_KEYS = ("name", "party")


def unknown_asker_keys(raw: dict[str, Any]) -> str | None:
    """A German warning naming the keys of an asker ``{"name", "party"}`` that are ignored (``"partei": "AfD"``:
    the asker was listed without a party, and the party the text printed was gone); None when there are none."""
    askers = raw.get("askers")
    unknown = (
        dict.fromkeys(
            key for asker in askers or () if isinstance(asker, dict) for key in asker if key not in _ASKER_KEYS
        )
        if isinstance(askers, list)
        else {}
    )
    if not unknown:
        return None
    named = []
    for key in unknown:
        meant = _ASKER_MEANT.get(key.strip().lower()) or next(
            iter(difflib.get_close_matches(key.lower(), _ASKER_KEYS, n=1, cutoff=0.6)), None
        )
        named.append(f"„{key}“" + (f" (gemeint: „{meant}“?)" if meant else ""))
    return (
        f"Metadaten-Datei: unbekannte Angaben eines Fragestellers in 'askers', nicht übernommen: {', '.join(named)}. "
        'Ein Fragesteller ist {"name": "…", "party": "…"}; ohne "party" steht er ohne Partei im Archiv.'
    )


# The messages of Python's JSON decoder (``JSONDecodeError.msg``), in German.
_JSON_PROBLEMS = {
    "Expecting value": "hier fehlt ein Wert",
    "Expecting property name enclosed in double quotes": "hier wird ein Name in doppelten Anführungszeichen erwartet",
    "Expecting ',' delimiter": "hier fehlt ein Komma",
    "Expecting ':' delimiter": "hier fehlt ein Doppelpunkt nach dem Namen",
    "Unterminated string starting at": "ein Text beginnt hier, aber sein schließendes Anführungszeichen fehlt",
    "Invalid control character at": "ein Text enthält hier ein Steuerzeichen, etwa einen Zeilenumbruch",
    "Invalid \\escape": "ungültiger umgekehrter Schrägstrich (Backslash) \\ in einem Text",
    "Invalid \\uXXXX escape": "ungültiges \\u-Zeichen in einem Text, erwartet sind \\u und vier Hexziffern",
    "Extra data": "nach dem Ende des JSON-Objekts folgt noch etwas",
    "Illegal trailing comma before end of object": "vor der schließenden Klammer steht ein Komma zu viel",
    "Illegal trailing comma before end of array": "vor der schließenden Klammer steht ein Komma zu viel",
}


def json_problem(error: json.JSONDecodeError) -> str:
    """``Zeile 1, Spalte 2: hier wird ein Name in doppelten Anführungszeichen erwartet …``."""
    if not error.doc[error.pos :].strip():  # cut off: what is missing is the rest, not what the decoder wanted next
        problem = "die Datei endet, bevor das JSON-Objekt vollständig ist"
    else:
        problem = _JSON_PROBLEMS.get(error.msg, "die Datei ist hier nicht als JSON lesbar")
    return f"Zeile {error.lineno}, Spalte {error.colno}: {problem}"


def normalise(raw: dict[str, Any]) -> dict[str, Any]:
    """Map archive-specific keys and value formats onto model fields."""
    raw = _without_control_chars(raw)
    meta: dict[str, Any] = {}
    problems: list[str] = []
    for field_name, keys in _ALIASES.items():
        for key in keys:
            if raw.get(key) not in (None, "", []):
                try:
                    meta[field_name] = _convert(field_name, key, raw[key])
                except ValueError as exc:
                    problems.append(str(exc))
                break
    if "askers" in meta:  # the text's „weiterer Abgeordneter“ is not these askers' (a metadata file may say it too)
        written = raw["askers"] if isinstance(raw["askers"], list) else [raw["askers"]]
        meta["further_askers"] = any(isinstance(a, str) and names_further_askers(a) for a in written)
    if "kind" in meta and (kind := kind_of_doc_type(meta["kind"])) is None:  # a warning: the text says its kind
        meta["warnings"] = (
            f"Metadaten-Datei: „doc_type“ „{meta.pop('kind')}“ ist kein bekannter Dokumenttyp und wird nicht "
            f"übernommen; was das Dokument ist, sagt sein Text. Verstanden wird {DOC_TYPES}.",
        )
    elif "kind" in meta:
        meta["kind"] = kind
    named = _named_parliament(raw)
    if "parliament" in meta and named and named != meta["parliament"]:  # the code wins the alias: the name was lost
        problems.append(
            f"'parliament_code' nennt {meta['parliament']} ({parliament_name(meta['parliament'])}), 'parliament' aber "
            f"{raw['parliament']!r} ({named}): bitte eines berichtigen."
        )
    if "id" in meta and not DOC_ID.fullmatch(meta["id"]):
        problems.insert(0, f"ungültige Dokumentkennung {meta['id']!r} (erwartet z. B. nw-17-6448).")
    if problems:  # every wrong value at once, so one correction round is enough
        raise ValueError(" ".join(problems))
    return meta


def _named_parliament(raw: dict[str, Any]) -> str | None:
    """The code of the parliament ``parliament`` names beside a ``parliament_code`` (None: no such pair, or a name
    we do not know — a description, which the code settles)."""
    name = raw.get("parliament")
    if not raw.get("parliament_code") or not isinstance(name, str) or not name.strip():
        return None
    return _known_parliament(name)


def _known_parliament(value: str) -> str | None:
    """The code of the parliament ``value`` names as a code, a name a filter takes („Hamburg“, „NRW“, „Bundestag“)
    or among other words („Landtag NRW“); None for a name of none."""
    lowered = value.strip().lower()
    code = lowered if lowered in BY_CODE else parliament_code(value) or find_parliament(lowered)
    return code or parliament_named_in(value)


def _without_control_chars(value: Any) -> Any:
    """Every string in a decoded JSON value without control characters (as the text gets at ingest)."""
    if isinstance(value, str):
        return drop_control_chars(value)
    if isinstance(value, list):
        return [_without_control_chars(v) for v in value]
    if isinstance(value, dict):
        return {k: _without_control_chars(v) for k, v in value.items()}
    return value


# A date as a database or spreadsheet exports it, with the time of its midnight („2019-06-04T00:00:00“, „… 00:00“): the
# date; another time (a zone's shift, „2019-06-03T22:00:00Z“) may name another day, and is refused saying so.
_TIME = re.compile(r"[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?$")
_MIDNIGHT = re.compile(r"[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d\d:?\d\d)?$")


def _convert(field_name: str, key: str, value: Any) -> Any:
    if field_name in ("wahlperiode", "anfrage_nr"):
        number = None if isinstance(value, bool) else ascii_int(str(value).strip())
        if number is None:
            raise ValueError(f"'{key}' muss eine Zahl sein, nicht {value!r}.")
        return number
    if field_name in ("date_answered", "date_asked"):
        text = str(value).strip()
        date = parse_date(_MIDNIGHT.sub("", text))
        if date is None:
            timed = (
                " Es trägt eine Uhrzeit, die in einer anderen Zeitzone den Tag verschieben kann: bitte nur das Datum "
                "angeben."
                if _TIME.search(text)
                else ""
            )
            raise ValueError(
                f"'{key}' ist kein gültiges Datum: {value!r} (erwartet z. B. 2019-06-04, 04.06.2019 oder 4. Juni 2019)."
                + timed
            )
        return date
    if field_name == "parliament":
        return _parliament_code(key, str(value))
    if field_name == "askers":
        return _askers(value)
    if field_name == "ministry" and key == "ministry_raw":
        return _ministry_from_raw(str(value))
    if field_name == "ministry" and _MINISTER.match(str(value)):
        # the minister named for the ministry („Minister für Inneres und Bundesangelegenheiten“, a Schleswig-Holstein
        # cover's words): the ministry, as the parser names it, so that one filter value finds its answers
        return ministry_name(str(value))
    if field_name == "co_ministries":
        if not isinstance(value, list):
            raise ValueError(f"'{key}' muss eine Liste sein.")
        return tuple(str(v) for v in value)
    if not isinstance(value, (str, int)):
        raise ValueError(f"'{key}' hat einen unerwarteten Typ ({type(value).__name__}).")
    if field_name == "source_url":
        return _web_url(key, str(value))
    if field_name == "drucksache":
        return _drucksache(key, value)
    return str(value).strip()


def _drucksache(key: str, value: str | int) -> str:
    """``17/16911`` of „Drs. 17/16911“ or „17/016911“: taken as written, it was printed so in the citation („Drs.
    Drs. 17/16911“), and „16911“ alone named no period there and compared unequal to the file's name."""
    numbers = re.findall(r"(?<!\d)(\d{1,2})\s*/\s*(\d{1,6})(?!\d)", str(value))
    if len(numbers) != 1:
        raise ValueError(f"'{key}' muss Wahlperiode und Nummer nennen, z. B. \"17/6448\", nicht {value!r}.")
    period, number = numbers[0]
    return f"{int(period)}/{int(number)}"


def _web_url(key: str, value: str) -> str:
    """Only absolute http(s) URLs: the value becomes a link on the public page and in citations,
    where ``javascript:`` or ``data:`` would run in the reader's browser."""
    url = value.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if (
        parts is None
        or parts.scheme.lower() not in ("http", "https")
        or not parts.netloc
        or any(c.isspace() or ord(c) < 32 for c in url)
    ):
        raise ValueError(f"'{key}' muss eine vollständige http- oder https-Adresse sein, nicht {value!r}.")
    return url


def _parliament_code(key: str, value: str) -> str:
    """A known parliament's code from its code or name; an unknown one is the metadata file's fault, named so."""
    if code := _known_parliament(value):
        return code
    guess = nearest_parliament(value)
    meant = f" Gemeint ist wohl „{parliament_name(guess)}“ ({guess})." if guess else ""
    raise ValueError(
        f"'{key}': unbekanntes Parlament {value!r} (bekannte Kürzel: {', '.join(sorted(BY_CODE))}; "
        f"oder der Name, z. B. „Niedersachsen“).{meant}"
    )


def _askers(value: Any) -> tuple[Asker, ...]:
    if isinstance(value, str):
        return _written_askers(value)
    if isinstance(value, list) and all(isinstance(a, str) or (isinstance(a, dict) and a.get("name")) for a in value):
        return tuple(
            asker
            for a in value
            for asker in (
                _written_askers(a)
                if isinstance(a, str)
                else (Asker(_as_printed(str(a["name"])), a.get("party") or None),)
            )
        )
    raise ValueError('\'askers\' muss ein Text oder eine Liste von {"name", "party"} oder Texten sein.')


def _written_askers(text: str) -> tuple[Asker, ...]:
    """Askers written in a metadata file: as printed (``A und B (CDU)``), several also apart by semicolons
    (``Max Muster (PIRATEN); Erika Beispiel``) — each part is its own, never one asker of the whole text.  A name
    written family name first (``Muster, Max (PIRATEN)``) is one person, and the address before a name (``Abg.``,
    ``Abgeordnete``, ``MdL``) is none of it."""
    return tuple(
        Asker(_as_printed(asker.name), asker.party) if not asker.fraktion else asker
        for part in text.split(";")
        if part.strip()
        for asker in parse_askers(_turned(part))
    )


_PARTY_AFTER = re.compile(r"\s*(?P<name>[^()]*?)\s*(?P<party>\([^()]*\))?\s*")
_LIST_WORDS = {"und", "sowie", "u."}


def _turned(written: str) -> str:
    """``Muster, Max (PIRATEN)`` → ``Max Muster (PIRATEN)`` (``von der Leyen, Ursula``, ``Dr. Muster, Max`` →
    ``Dr. Max Muster``); particles after the given names (``Leyen, Ursula von der``) are not turned; a list
    (``Max Muster, Erika Beispiel``, ``Muster, Beispiel und Probe``) is left as it is: the part before the comma
    must be a family name alone (one word, with particles or titles before it), the part after one to three given
    names."""
    match = _PARTY_AFTER.fullmatch(written)
    if match is None or match["name"].count(",") != 1:
        return written
    family, given = (side.split() for side in match["name"].split(","))
    titles = [word for word in family if is_title(word)]
    core = family[len(titles) :]
    if (
        not core
        or not 1 <= len(given) <= 3
        or any(word.casefold() in _LIST_WORDS for word in (*core, *given))
        or not all(word[:1].islower() for word in core[:-1])
        or not all(word[:1].isupper() or is_title(word) for word in given)
    ):
        return written
    return " ".join([*titles, *given, *core] + ([match["party"]] if match["party"] else []))


def _as_printed(name: str) -> str:
    """A member's name without the address before it: ``Abg. Hans Müller`` → ``Hans Müller`` (``Frau``, ``MdL``
    too), written family name first turned round (``Müller, Hans``)."""
    words = _turned(name.strip()).split()
    start = 0
    while start < len(words) - 1 and is_address(words[start]):
        start += 1
    return " ".join(words[start:])


_MINISTER = re.compile(r"^Minister(?:in)? (?:für|der|des) ")


def _ministry_from_raw(raw: str) -> str:
    """``… Antwort des Niedersächsischen Ministeriums für X`` → ``Niedersächsisches Ministerium für X``."""
    match = re.search(r"Antwort (?:des|der) (.+?)(?: namens der Landesregierung|$)", raw)
    phrase = match.group(1) if match else raw
    return ministry_name(phrase) if phrase.startswith("Minister") else nominative(phrase)


def apply_sidecar(
    document: Document, meta: dict[str, Any], expected_id: str | None = None, said: tuple[str, str] | None = None
) -> Document:
    """Merge sidecar values over the parsed document, refusing contradictions.  ``said`` is the kind the text plainly
    says it is, with what says so (:func:`indexer.ingest.layouts.kind.said_kind`): a ``doc_type`` contradicting it
    is not taken, with a warning."""
    meta = _kind_checked(meta, said)
    if expected_id and meta.get("id") and meta["id"] != expected_id:
        raise SidecarError(
            f"Die Metadaten-Datei gehört wohl zu einem anderen Dokument: Sie nennt die Kennung {meta['id']}, die Datei "
            f"ist aber {expected_id}. Bitte die Metadaten-Datei zu {expected_id} wählen (oder in ihr "
            f'"id": "{expected_id}" eintragen, falls nur die Kennung falsch ist).'
        )
    doc_id, named = expected_id or meta.get("id") or document.id, meta.get("parliament")
    if named and DOC_ID.fullmatch(doc_id) and doc_id.split("-")[0] != named:
        code = doc_id.split("-")[0]
        raise SidecarError(
            f"Widerspruch: Die Metadaten-Datei nennt das Parlament {named} ({parliament_name(named)}), "
            f"die Kennung {doc_id} aber {code} ({parliament_name(code)})."
        )
    parsed_ds, sidecar_ds = document.drucksache, meta.get("drucksache")
    if parsed_ds and sidecar_ds and parsed_ds != sidecar_ds:
        if not expected_id or id_drucksache(expected_id) != sidecar_ds:
            raise SidecarError(
                f"Widerspruch: Der Text ist Drucksache {parsed_ds}, die Metadaten-Datei sagt {sidecar_ds}."
            )
        note = (
            f"Im Text als Drucksache {parsed_ds} gelesen; Dateiname und Metadaten-Datei sagen {sidecar_ds}: übernommen."
        )
        document = document.with_metadata(warnings=(*document.warnings, note))
    named_ds = id_drucksache(expected_id)
    if not parsed_ds and sidecar_ds and named_ds and sidecar_ds != named_ds:
        # the text prints none: the refusal said „der Text ist Drucksache …“ of the metadata file's number
        raise SidecarError(
            f"Widerspruch: Die Metadaten-Datei nennt Drucksache {sidecar_ds}, der Dateiname {expected_id} aber "
            f"Drucksache {named_ds}; der Text selbst nennt keine. Eines von beiden berichtigen: den Dateinamen oder "
            f'in der Metadaten-Datei "drucksache": "{named_ds}".'
        )
    overridden = _overridden_readings(document, meta)
    if meta.get("askers"):
        meta = {**meta, "askers": _with_parties_read(meta["askers"], document.askers)}
    merged = document.with_metadata(
        **{**meta, "warnings": (*document.warnings, *meta.get("warnings", ()), *overridden)}
    )
    if expected_id and merged.id != expected_id:
        merged = merged.with_metadata(id=expected_id)
    return merged


def _overridden_readings(document: Document, meta: dict[str, Any]) -> list[str]:
    """Warnings for the dates and askers the text prints that the metadata file replaces with others: its values
    win, but a typo in it (a wrong year, the askers of another document) was taken without a word."""
    notes = []
    for field_name, label in (("date_answered", "Antwortdatum"), ("date_asked", "Datum der Anfrage")):
        read, given = getattr(document, field_name), meta.get(field_name)
        if read is not None and given is not None and read != given:
            notes.append(_other_value(label, short_date(read), short_date(given)))
    notes.extend(_other_values(document, meta))
    read_askers, given_askers = document.askers, meta.get("askers") or ()
    if read_askers and given_askers and not any(_person_read(b, read_askers) for b in given_askers):
        notes.append(_other_value("Fragesteller", _labels(read_askers), _labels(given_askers)))
    elif given_askers and (
        left := [a for a in read_askers if not a.fraktion and not _named(a, given_askers, read_askers)]
    ):
        # the first asker copied alone: the others were dropped without a word
        notes.append(
            f"Fragesteller: Der Text nennt auch {', '.join(a.label for a in left)}, die Metadaten-Datei nicht; "
            "übernommen ist die Angabe der Metadaten-Datei – bitte prüfen."
        )
    if other_parties := _other_parties(given_askers, read_askers):
        read, given = zip(*other_parties, strict=True)
        notes.append(_other_value("Partei", _labels(read), _labels(given)))
    return notes


def _other_values(document: Document, meta: dict[str, Any]) -> list[str]:
    """Warnings for the answering ministry and the Kleine Anfrage (its Drucksache, its number) the text prints that
    the metadata file gives otherwise: „Ministerium der Finanzen“ replaced by another ministry's name, the Anfrage's
    Drucksache with two digits turned, were taken without a word (a ministry the text names as answering with it is
    no other)."""
    notes = []
    given_ministry = meta.get("ministry")
    answering = (document.ministry, *document.co_ministries)
    if document.ministry and given_ministry and given_ministry not in answering:
        notes.append(_other_value("Ministerium", document.ministry, given_ministry))
    read_ds, given_ds = document.anfrage_drucksache, meta.get("anfrage_drucksache")
    if read_ds and given_ds and read_ds != given_ds:
        notes.append(_other_value("Kleine Anfrage", f"Drucksache {read_ds}", f"Drucksache {given_ds}"))
    read_nr, given_nr = document.anfrage_nr, meta.get("anfrage_nr")
    if read_nr is not None and given_nr is not None and str(read_nr) != str(given_nr):
        notes.append(_other_value("Nummer der Kleinen Anfrage", f"Nr. {read_nr}", f"Nr. {given_nr}"))
    return notes


def _labels(askers: tuple[Asker, ...]) -> str:
    return ", ".join(asker.label for asker in askers)


def _other_value(label: str, read: str, given: str) -> str:
    """What the report says of a field the metadata file gives otherwise than the text prints."""
    return (
        f"{label}: Der Text nennt {read}, die Metadaten-Datei {given}; übernommen ist die Angabe der Metadaten-Datei"
        " – bitte prüfen."
    )


def _other_parties(given: tuple[Asker, ...], read: tuple[Asker, ...]) -> list[tuple[Asker, Asker]]:
    """The text's askers whose party the metadata file gives otherwise (read, given): „Richard Seelmaecker (SPD)“ for
    the text's „(CDU)“ was taken without a word, and the party's filter listed the answer.  A member of a joint group
    agrees with it (CSU in CDU/CSU)."""
    pairs = []
    for asker in given:
        person = _person_read(asker, read)
        if asker.fraktion or person is None or not asker.party or not person.party:
            continue
        ours, theirs = party_name(asker.party), party_name(person.party)
        if ours != theirs and ours not in theirs.split("/") and theirs not in ours.split("/"):
            pairs.append((person, asker))
    return pairs


def _named(asker: Asker, given: tuple[Asker, ...], read: tuple[Asker, ...]) -> bool:
    return any(_person_read(other, read) is asker for other in given)


def _with_parties_read(given: tuple[Asker, ...], read: tuple[Asker, ...]) -> tuple[Asker, ...]:
    """The metadata file's askers, each without a party given the party the text prints for that person: a file
    naming „Wieland Schinnenburg“ took the FDP from the answer's facets and citation (the text says it)."""
    return tuple(
        asker if asker.party else Asker(asker.name, person.party if (person := _person_read(asker, read)) else None)
        for asker in given
    )


def _person_read(given: Asker, read: tuple[Asker, ...]) -> Asker | None:
    """The text's asker the metadata file's one names: by the full name, else by the family name when one asker of
    the text alone has it („Rudolph“ for „Günter Rudolph“, „Dr. Kerzel“ for „Ingo Kerzel“).  By the family name
    first, „Peter Müller“ was taken for „Anna Müller (SPD)“, the first Müller, with her party."""
    full = next((asker for asker in read if asker.name.casefold() == given.name.casefold()), None)
    if full is not None:
        return full
    family = [asker for asker in read if _family(asker) == _family(given)]
    return family[0] if len(family) == 1 else None


def _family(asker: Asker) -> str:
    return asker.name.split()[-1].casefold() if asker.name.split() else ""


def _kind_checked(meta: dict[str, Any], said: tuple[str, str] | None) -> dict[str, Any]:
    """``meta`` without a ``doc_type`` that contradicts what the text plainly says it is, and a warning saying so: the
    text wins, for it says itself what it is (its head, its askers), while a metadata file may be copied from another
    document.  A text that says nothing of its kind takes the metadata file's."""
    if "kind" not in meta or said is None or said[0] == meta["kind"]:
        return meta
    kind, evidence = said
    note = (
        f"Die Metadaten-Datei nennt als „doc_type“ {NAMES[meta['kind']]}, der Text ist aber "
        f"{NAMES[kind]} ({evidence}). Es gilt der Text, denn er sagt selbst, was er ist; „doc_type“ in der "
        "Metadaten-Datei berichtigen oder weglassen."
    )
    rest = {key: value for key, value in meta.items() if key != "kind"}
    return {**rest, "warnings": (*meta.get("warnings", ()), note)}
