"""Filters: narrowing a search to parliaments, periods, ministries, parties, askers, years, a date range.

Filters come from two places that mean the same thing — field syntax typed into the
search box (``partei:SPD datum:2019-01..2019-06``) and URL parameters set by the facet
links (``?partei=SPD&von=2019-01``) — so a facet click and a typed filter give the same
page.  Field tokens are taken out of the query text *before* the rest is parsed as
words, which keeps :mod:`indexer.search.query` unaware of metadata.  Every filter becomes a
Whoosh query over the facet fields that every paragraph record carries.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, NoReturn

from whoosh import query as wq
from whoosh.reading import IndexReader

from indexer import askers
from indexer.dates import MONTHS, day_number, parse_date, short_date
from indexer.errors import QueryError
from indexer.facet_fields import BY_NAME, FACET_NAMES, FACETS, Facet
from indexer.lexicon import STOP_WORDS
from indexer.ministries import abbreviated, is_abbreviation, names_ministry
from indexer.parliaments import MAX_WAHLPERIODE, parliament_code, parliament_name
from indexer.parties import party_name

# Multi-valued filters (several values = any of them); the URL parameter has the same name.
LIST_FILTERS = (*FACET_NAMES, "drucksache")
FIELD_SYNTAX = (*LIST_FILTERS, "datum")
MAX_VALUES = 20
YEAR_DIGITS = 4  # the longest number a filter takes (a year)
LISTED_VALUES = 20  # a message for a value no document has lists the known ones up to this many, else similar ones
NAME_PART_LETTERS = 3  # a typed word begins a party's name only with this many letters ("Grü"; not "Di")

# The date form's fields and URL parameters, ``von:2019-01-01 bis:2019-06``, typed as ``datum:`` is
BOUNDS = ("von", "bis")
_TYPED_FIELDS = "|".join((*FIELD_SYNTAX, *BOUNDS))
_FIELD_TOKEN = re.compile(
    r"(?<![^\s(])(?P<field>" + _TYPED_FIELDS + r'):(?:"(?P<quoted>[^"]*)"?|(?P<value>[^\s"]+))', re.IGNORECASE
)
# An asker typed with a title or initial before the name (``fragesteller:Dr. Kerzel``, ``fragesteller:Dr. h. c.
# Thümler``, ``fragesteller:E. Holsten``): these and the word after them are the value, as ``fragesteller:Kerzel`` is.
_BEFORE_NAME = r"(?:" + askers.TITLE + r"|[A-ZÄÖÜ]\.)"
_TITLED_ASKER = re.compile(
    r"(?<![^\s(])(?P<field>(?i:fragesteller)):(?P<value>" + _BEFORE_NAME + r"(?:\s+" + _BEFORE_NAME + r')*\s+[^\s"]+)'
)  # not IGNORECASE: the title's "h." is no initial "H."
_DRUCKSACHE = re.compile(r"[0-9]{1,2}/[0-9]{1,6}")
# "partei:" with nothing after it (or only empty quotes); "Partei: SPD", a pasted label, stays text
_EMPTY_FILTER = re.compile(r"(?<![^\s(])(?P<field>" + _TYPED_FIELDS + r'):(?:""?)?\s*$', re.IGNORECASE)
# A filter typed as an exclusion (``-partei:CDU``, ``NICHT partei:CDU``): filters choose, they cannot exclude
_EXCLUDED_FILTER = re.compile(
    r"(?<![^\s(])(?:-|(?:NICHT|NOT)\s+)(?P<field>(?i:" + _TYPED_FIELDS + r')):(?:"[^"]*"?|[^\s"]*)'
)
EXAMPLES = {facet.name: facet.example for facet in FACETS} | {
    "drucksache": "19/11250",
    "datum": "2026-06",
    "von": "2019-01-01",
    "bis": "2019-06-30",
}


@dataclass(frozen=True)
class DateRange:
    """Inclusive range of answer dates; either end may be open."""

    start: dt.date | None = None
    end: dt.date | None = None

    def label(self) -> str:
        if self.start and self.end:
            return f"{short_date(self.start)} bis {short_date(self.end)}"
        return f"ab {short_date(self.start)}" if self.start else f"bis {short_date(self.end)}" if self.end else ""


@dataclass(frozen=True)
class Filters:
    """The active filters: one field per facet (see :mod:`indexer.facet_fields`), the Drucksache and the date range."""

    parlament: tuple[str, ...] = ()
    wahlperiode: tuple[int, ...] = ()
    ministerium: tuple[str, ...] = ()
    partei: tuple[str, ...] = ()
    fragesteller: tuple[str, ...] = ()
    jahr: tuple[int, ...] = ()
    drucksache: tuple[str, ...] = ()
    datum: DateRange = field(default_factory=DateRange)
    # How the user wrote the parliaments, ``(code, as typed)``: messages name them so ("Niedersachsen", not "ni").
    typed: tuple[tuple[str, str], ...] = field(default=(), compare=False, repr=False)

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in LIST_FILTERS) or bool(self.datum.start or self.datum.end)

    def merge(self, other: Filters) -> Filters:
        """Both sets of filters; a date range in ``other`` narrows this one."""
        changes: dict[str, Any] = {name: _unique(getattr(self, name) + getattr(other, name)) for name in LIST_FILTERS}
        start = max((d for d in (self.datum.start, other.datum.start) if d), default=None)
        end = min((d for d in (self.datum.end, other.datum.end) if d), default=None)
        changes["datum"] = DateRange(start, end)
        changes["typed"] = _unique(self.typed + other.typed)
        return replace(self, **changes)

    def as_typed(self, name: str, value: Any) -> str:
        """A filter value quoted as the user wrote it: ``„Niedersachsen“ (ni)``, ``„Nordrhein“``, ``„SPD“``."""
        typed = dict(reversed(self.typed)).get(value) if name == "parlament" else None
        if typed is None or typed.casefold() == str(value).casefold():
            return f"„{typed or value}“"
        return f"„{typed}“ ({value})"

    def to_params(self) -> dict[str, list[str]]:
        """URL parameters that reproduce these filters (the inverse of :func:`from_params`)."""
        params: dict[str, list[str]] = {
            name: [str(v) for v in getattr(self, name)] for name in LIST_FILTERS if getattr(self, name)
        }
        if self.datum.start:
            params["von"] = [self.datum.start.isoformat()]
        if self.datum.end:
            params["bis"] = [self.datum.end.isoformat()]
        return params

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {name: list(getattr(self, name)) for name in LIST_FILTERS}
        data["von"] = self.datum.start.isoformat() if self.datum.start else None
        data["bis"] = self.datum.end.isoformat() if self.datum.end else None
        return data

    def labels(self) -> list[tuple[str, str, str]]:
        """``(parameter, value, German label)`` per active filter, for chips and "no results" advice."""
        names = {facet.name: facet.label for facet in FACETS} | {"drucksache": "Drucksache"}
        out = [
            (name, str(v), f"{names[name]}: {_shown(name, v)}") for name in LIST_FILTERS for v in getattr(self, name)
        ]
        if self.datum.start or self.datum.end:
            out.append(("datum", "", f"Datum: {self.datum.label()}"))
        return out


def _shown(name: str, value: Any) -> str:
    """A filter's value as the facets show it: a parliament by its name (``sh`` → Schleswig-Holsteinischer Landtag)."""
    if name == "parlament" and (code := parliament_code(str(value))):
        return parliament_name(code)
    return str(value)


def extract_filters(text: str) -> tuple[str, Filters]:
    """Split ``partei:SPD datum:2019 Arbeit`` into the words (``Arbeit``) and the filters."""
    if excluded := _EXCLUDED_FILTER.search(text or ""):
        _excluded(excluded.group(0), excluded.group("field").lower())
    if empty := _EMPTY_FILTER.search(text or ""):
        _missing_value(empty.group("field"))
    values: dict[str, list[str]] = {}

    def take(match: re.Match[str]) -> str:
        quoted = match.groupdict().get("quoted")
        value = quoted if quoted is not None else match.group("value")
        if not value.strip():  # 'partei:"" Feuerwehr'
            _missing_value(match.group("field"))
        values.setdefault(match.group("field").lower(), []).append(value.strip())
        return " "

    rest = _FIELD_TOKEN.sub(take, _TITLED_ASKER.sub(take, text or ""))
    datum = values.pop("datum", [])
    starts, ends = (values.pop(name, []) for name in BOUNDS)
    filters = from_params(values)
    for spec in datum:
        filters = filters.merge(Filters(datum=parse_date_range(spec)))
    for spec in starts:
        filters = filters.merge(Filters(datum=DateRange(_bound("von", spec).start, None)))
    for spec in ends:
        filters = filters.merge(Filters(datum=DateRange(None, _bound("bis", spec).end)))
    if filters.datum.start and filters.datum.end and filters.datum.start > filters.datum.end:
        raise QueryError("Der Zeitraum ist leer: sein Anfang liegt nach seinem Ende.")
    return " ".join(rest.split()), filters


def typed_filters(text: str) -> list[tuple[str, str, str, str]]:
    """Each filter typed into the search box as its parameter, value, chip's label and the search text without it
    (``partei``, ``AfD``, ``Partei: AfD`` and ``Bundeswehr`` for ``Bundeswehr partei:AfD``), so it can be taken away
    in one click as a facet's filter can; a filter typed twice (``partei:SPD partei:SPD``, a party in two spellings:
    ``partei:Linke partei:"Die Linke"``, „Partei: Die Linke“ as its facet names it) once, taken away wherever it was
    typed; none for a text whose filters are wrong (its page says why)."""
    titled = [match.span() for match in _TITLED_ASKER.finditer(text)]
    spans = titled + [
        match.span()
        for match in _FIELD_TOKEN.finditer(text)
        if not any(start <= match.start() < end for start, end in titled)
    ]
    typed: dict[tuple[str, str], tuple[str, str, str]] = {}  # each filter once (``partei:spd`` is ``partei:SPD``)
    at: dict[tuple[str, str], list[tuple[int, int]]] = {}  # … with the spans that name it
    for start, end in sorted(spans):
        try:
            _, filters = extract_filters(text[start:end])
        except QueryError:
            return []
        for name, value, label in filters.labels():
            if name == "partei":  # „Linke“ is the facet's „Die Linke“: one filter, one chip, named as the facet does
                value = party_name(value)
                label = f"{label.partition(':')[0]}: {value}"
            typed.setdefault((name, label.casefold()), (name, value, label))
            at.setdefault((name, label.casefold()), []).append((start, end))
    return [(*named, _without(text, at[key])) for key, named in typed.items()]


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the ``spans`` (in order, none overlapping) taken out, its spaces tidied."""
    kept, last = [], 0
    for start, end in spans:
        kept.append(text[last:start])
        last = end
    return " ".join(" ".join([*kept, text[last:]]).split())


def _bound(name: str, spec: str) -> DateRange:
    """The dates ``von:``/``bis:`` name: a day, month or year, never a span (``von:2019..2020`` lost its end)."""
    if ".." in spec:
        raise QueryError(f"„{name}:{spec}“ nennt einen Zeitraum; „{name}:“ nimmt ein Datum. Ein Zeitraum: datum:{spec}")
    return parse_date_range(spec)


def _excluded(typed: str, name: str) -> NoReturn:
    """„Das Feld „partei:“ gibt es nicht; gemeint ist wohl „partei:““ was said for ``-partei:CDU``."""
    instead = (
        "den gewünschten Zeitraum nennen, z. B. datum:..2018 (bis 2018) oder datum:2020.. (ab 2020)"
        if name in ("datum", *BOUNDS)
        else f"die gewünschten Werte nennen (mehrere = einer davon), z. B. {name}:{EXAMPLES[name]}"
    )
    raise QueryError(f"„{typed}“: Filter lassen sich nicht ausschließen, nur setzen. Stattdessen {instead}.")


def _missing_value(field_name: str) -> NoReturn:
    name = field_name.lower()
    raise QueryError(f"Nach „{name}:“ fehlt der Wert, nach dem gefiltert wird (zum Beispiel {name}:{EXAMPLES[name]}).")


def from_params(params: Mapping[str, Any]) -> Filters:
    """Filters from URL parameters (a Werkzeug ``MultiDict`` or ``{name: [values]}``)."""

    def values(name: str) -> list[str]:
        if hasattr(params, "getlist"):
            raw: Iterable[Any] = params.getlist(name)
        else:
            raw = params.get(name) or []
            raw = [raw] if isinstance(raw, (str, int)) else raw
        return [str(v).strip() for v in raw if str(v).strip()]

    changes: dict[str, Any] = {}
    typed: list[tuple[str, str]] = []
    for name in LIST_FILTERS:
        found = values(name)
        if len(found) > MAX_VALUES:
            raise QueryError(f"Zu viele Werte für „{name}“ (höchstens {MAX_VALUES}).")
        facet = BY_NAME.get(name)
        if facet is None:
            changes[name] = _unique(_drucksache(v) for v in found)
        elif facet.numeric:
            changes[name] = _unique(_int(name, v) for v in found)
        elif name == "parlament":  # "Niedersachsen", "NRW", "Bundestag" name a code
            typed = [(parliament_code(v) or v.lower(), v) for v in found]
            changes[name] = _unique(code for code, _ in typed)
        else:
            changes[name] = _unique(v.lower() if facet.lowercase else v for v in found)
    start = end = None
    for value in values("von")[:1]:
        start = parse_date_range(value).start
    for value in values("bis")[:1]:
        end = parse_date_range(value).end
    if start and end and start > end:
        raise QueryError("Der Zeitraum ist leer: „von“ liegt nach „bis“.")
    return Filters(datum=DateRange(start, end), typed=_unique(typed), **changes)


def parse_date_range(spec: str) -> DateRange:
    """``2019``, ``2019-06``, ``2019-06-04``, ``04.06.2019`` or ``A..B`` (either end may be empty)."""
    spec = spec.strip()
    if ".." in spec:
        first, _, last = spec.partition("..")
        start = _date_bounds(first)[0] if first.strip() else None
        end = _date_bounds(last)[1] if last.strip() else None
        if start and end and start > end:
            raise QueryError(f"„datum:{spec}“: Der Zeitraum ist leer (Anfang nach Ende).")
        if not start and not end:
            raise QueryError("„datum:..“ braucht mindestens einen Anfang oder ein Ende.")
        return DateRange(start, end)
    return DateRange(*_date_bounds(spec))


def _date_bounds(text: str) -> tuple[dt.date, dt.date]:
    """The first and last day a (partial) date stands for."""
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            year = int(text)
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
            year, month = int(m.group(1)), int(m.group(2))
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        if month_year := month_of_year(text):  # a month as German staff write it: 06/2019, 06.2019, Juni 2019
            month, year = month_year
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        pass
    if day := parse_date(text):
        return day, day
    # „datum:Juni 2019“ unquoted filters by „Juni“ alone: the message shows the quotes
    alone = f'; ein Monat mit Jahr steht in Anführungszeichen: datum:"{text} 2019"' if _month(text) else ""
    raise QueryError(
        f"„{text}“ ist kein Datum{alone}. Erlaubt sind z. B. 2019, 2019-06, 06/2019, 2019-06-04, 04.06.2019 oder "
        "2019-01..2019-06."
    )


_MONTH_OF_YEAR = re.compile(r"(?:(?P<number>\d{1,2})\s*[./]|(?P<name>[^\W\d_]+)\.?)\s*(?P<year>\d{4})")


def month_of_year(text: str) -> tuple[int, int] | None:
    """``06/2019``, ``6.2019``, ``Juni 2019``, ``Juni.2019`` → ``(6, 2019)``; None for anything else (``Jini 2019``)."""
    if not (match := _MONTH_OF_YEAR.fullmatch(text)):
        return None
    month = int(match.group("number")) if match.group("number") else _month(match.group("name"))
    return (month, int(match.group("year"))) if month else None


MIN_MONTH_LETTERS = 3  # „Jan.“, „Sept.“: a month's name cut short, as letters and tables write it


def _month(name: str) -> int | None:
    """``Juni``, ``Jan.``, ``Sept`` → the month's number; None for a word that begins no month's name alone."""
    bare = name.removesuffix(".").casefold()
    if bare in MONTHS:
        return MONTHS[bare]
    begun = {number for month, number in MONTHS.items() if month.startswith(bare)}
    return begun.pop() if len(bare) >= MIN_MONTH_LETTERS and len(begun) == 1 else None


def _int(name: str, value: str) -> int:
    """A period or a year typed as a filter, with the German reason when it cannot be one."""
    if not re.fullmatch(r"[0-9]+", value):
        raise QueryError(f"„{name}:{value}“: erwartet wird eine Zahl.")
    number = int(value) if len(value) <= YEAR_DIGITS else None
    if name == "wahlperiode" and (number is None or not 1 <= number <= MAX_WAHLPERIODE):
        raise QueryError(f"„{name}:{value}“: Wahlperioden gehen von 1 bis {MAX_WAHLPERIODE}.")
    if number is None:
        raise QueryError(f"„{name}:{value}“: höchstens {YEAR_DIGITS} Ziffern.")
    return number


def _drucksache(value: str) -> str:
    if not _DRUCKSACHE.fullmatch(value):
        raise QueryError(f"„drucksache:{value}“: erwartet wird eine Drucksachennummer wie 17/6448.")
    return value


def _unique(values: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(dict.fromkeys(values))


def to_query(filters: Filters, reader: IndexReader) -> wq.Query | None:
    """One Whoosh query that every record of a matching answer satisfies (None: no filter).

    Ministry and party values are looked up in the index's own lexicon, case-insensitively,
    and a ministry matches by part of its name (``ministerium:Arbeit``): users type what
    they remember, not the exact official name.  A party matches in any of its spellings
    (:mod:`indexer.parties`).  When no value of a filter is in any document, a QueryError names
    one, so an unknown name is not mistaken for a search that found nothing; several values
    mean any of them, so those no document has are left out as long as one is known.
    """
    parts: list[wq.Query] = []
    for facet in FACETS:
        values = getattr(filters, facet.name)
        if not values:
            continue
        known = _index_values(reader, facet)
        if facet.numeric:
            present = [v for v in values if v in known]
            if not present:
                _check_known(facet, filters.as_typed(facet.name, values[0]), values[0], known)
            parts.append(wq.Or([wq.NumericRange(facet.name, v, v) for v in present]))
        else:
            parts.append(_any_of(facet.name, _resolve(facet, values, known, filters)))
    if filters.drucksache:  # the document's own, its Kleine Anfrage's or its Beschluss's (see index.schema._numbers)
        present = [v for v in filters.drucksache if reader.doc_frequency("nummer", v)]
        if not present:
            raise QueryError(f"Keine Drucksache „{filters.drucksache[0]}“ im Archiv.")
        parts.append(_any_of("nummer", present))
    if filters.datum.start or filters.datum.end:
        start, end = filters.datum.start, filters.datum.end
        parts.append(wq.NumericRange("datum", _int_date(start), _int_date(end)))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)


def taken(name: str, typed: str, reader: IndexReader) -> frozenset[str]:
    """The facet values the filter typed as ``name:typed`` takes, resolved as :func:`to_query` resolves it, over the
    index's own values: a ministry by part of its name or its initials (``ministerium:Arbeit``, ``ministerium:MI``), an
    asker by the words of a name (``fragesteller:Springer``), a party in any spelling (``partei:Linke``); none for a
    value no document has; a Drucksache (no facet) as typed.  The page checks these in the facet, as the list is
    narrowed to them."""
    facet = BY_NAME.get(name)
    if facet is None:  # a Drucksache: the number as typed
        return frozenset({typed})
    known = _index_values(reader, facet)
    if facet.numeric:
        return frozenset(str(value) for value in known if str(value).casefold() == typed.casefold())
    try:
        return frozenset(_resolve(facet, (typed,), known, Filters()))
    except QueryError:
        return frozenset()


def _any_of(field_name: str, values: list[str]) -> wq.Query:
    if not values:
        return wq.NullQuery
    return wq.Or([wq.Term(field_name, v) for v in values])


def _index_values(reader: IndexReader, facet: Facet) -> list[Any]:
    """The facet's values in the index, as stored (codes, printed names, numbers)."""
    if facet.name not in reader.indexed_field_names():
        return []
    field_type = reader.schema[facet.name]
    if facet.numeric:
        return [field_type.from_bytes(term) for term in field_type.sortable_terms(reader, facet.name)]
    return [t.decode("utf-8") if isinstance(t, bytes) else t for t in reader.lexicon(facet.name)]


def _resolve(facet: Facet, wanted: tuple[str, ...], lexicon: list[str], filters: Filters) -> list[str]:
    """Index values of the facet that match what the user typed (askers: see :mod:`indexer.askers`); the
    QueryError for the first value when none matches."""
    found: list[str] = []
    for value in wanted:
        # „MI“ is part of every „Ministerium“: the ones it stands for; a word in capitals („INNERES“) stands for none
        if facet.partial and is_abbreviation(value) and (spelled := abbreviated(value, lexicon)):
            found.extend(spelled)
            continue
        if facet.partial and is_abbreviation(value):  # „INNERES“ begins a word; „AA“ is no part of „Staatskanzlei“
            matching = [term for term in lexicon if re.search(rf"\b{re.escape(value)}", term, re.I)]
        else:
            matching = [term for term in lexicon if _matches(facet, value, term)]
        if not matching and facet.canonical:  # "Bündnis": a party whose name's words it begins
            matching = [term for term in lexicon if _begins_words(value, facet.canonical(term))]
        if not matching and facet.partial:  # a ministry by its portfolio in one word, no printed name's part
            matching = [term for term in lexicon if names_ministry(value, term)]
        found.extend(matching)
    if not found:
        first = wanted[0]
        # "Die" or "Li" alone is said to name no party; "FW", a spelling of the table, is not
        unnamed = facet.canonical and not _name_parts(first) and facet.canonical(first) == " ".join(first.split())
        note = _NO_NAME_PART.format(field=facet.name) if unnamed else ""
        if facet.partial and is_abbreviation(first):
            note = _NO_ABBREVIATION
        _check_known(facet, filters.as_typed(facet.name, first), first, lexicon, note)
    return list(dict.fromkeys(found))


_NO_ABBREVIATION = (
    " (eine Abkürzung gilt für die Ministerien, deren Anfangsbuchstaben sie nennt: MI für „Ministerium für Inneres …“, "
    "BMAS für „Bundesministerium für Arbeit und Soziales“; sonst den Namen oder einen Teil ausschreiben: "
    "ministerium:Inneres)"
)
_NO_NAME_PART = (
    " (ein Artikel, ein Füllwort oder ein Wort unter drei Buchstaben allein nennt keine Partei; "
    'einen Namen aus mehreren Wörtern in Anführungszeichen setzen: {field}:"Die Linke")'
)


def _name_parts(typed: str) -> list[str]:
    """The words of a typed party that may begin a word of its name: ``Grü`` and ``Bündnis``, not ``Die``
    (it would name Die Linke and BÜNDNIS 90/DIE GRÜNEN alike), ``der`` or ``Li``."""
    return [w for w in askers.name_words(typed) if len(w) >= NAME_PART_LETTERS and w not in STOP_WORDS]


def _begins_words(typed: str, name: str) -> bool:
    """Does every word of ``typed`` that may begin a party's name (:func:`_name_parts`) begin a word of ``name``?"""
    wanted, words = _name_parts(typed), askers.name_words(name)
    return bool(wanted) and all(any(word.startswith(w) for word in words) for w in wanted)


def _matches(facet: Facet, value: str, term: str) -> bool:
    if facet.person:
        return askers.matches(value, term)
    if facet.canonical:  # the same party in another spelling ("F.D.P." is the FDP)
        return facet.canonical(value).casefold() == facet.canonical(term).casefold()
    needle = value.casefold()
    return needle in term.casefold() if facet.partial else needle == term.casefold()


def _check_known(facet: Facet, quoted: str, value: Any, known: list[Any], note: str = "") -> None:
    """Raise the German message for a filter value that no document of the archive has, ``quoted`` as typed."""
    shown = list(dict.fromkeys(facet.canonical(v) if facet.canonical else v for v in known))
    if len(shown) <= LISTED_VALUES:
        hint = f"; bekannt: {', '.join(facet.listed(v) for v in sorted(shown))}" if shown else ""
    elif facet.numeric:
        hint = f"; bekannt: Werte von {min(shown)} bis {max(shown)}"
    else:
        by_text = {str(v).casefold(): v for v in shown}
        close = difflib.get_close_matches(str(value).casefold(), list(by_text), n=5, cutoff=0.6)
        hint = f"; ähnlich: {', '.join(facet.listed(by_text[c]) for c in close)}" if close else _examples(facet, shown)
    raise QueryError(f"{facet.absent} {quoted} im Archiv{note}{hint}.")


def _examples(facet: Facet, known: list[Any]) -> str:
    """For a value like none of the many the archive holds: how many there are, a few of them, and (where a part of a
    name finds it, the ministries) that a part suffices — not a bare „not in the archive“."""
    examples = ", ".join(facet.listed(v) for v in sorted(known, key=str)[:3])
    part = "; ein Teil des Namens genügt" if facet.partial else ""
    return f"; das Archiv kennt {len(known)} Werte, etwa {examples}{part}"


def _int_date(day: dt.date | None) -> int | None:
    return day_number(day) if day else None
