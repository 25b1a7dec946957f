"""Checking a file before it enters the archive: is it valid, and what would adding it do?

Nothing here writes; :mod:`indexer.archive.writes` acts on the :class:`Inspection`.
"""

from __future__ import annotations

import difflib
import errno
import json
import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import Path

from indexer.dates import short_date
from indexer.errors import AnfragenError, SidecarError, UnidentifiedError
from indexer.index.schema import records
from indexer.ingest.extract import SUPPORTED_SUFFIXES, unsupported_advice
from indexer.ingest.load import load_document, load_source, source_file, source_files
from indexer.ingest.sidecar import DOC_ID, read_sidecar, same_field, stored_sidecar
from indexer.ingest.sidecar_schema import KNOWN_KEYS
from indexer.model import Document
from indexer.parliaments import parliament_name
from indexer.typography import quoted_within
from indexer.words import counted

MAX_FILE_BYTES = 20 * 1024 * 1024
NEW, REPLACED, UNCHANGED = "neu", "ersetzt", "unverändert"


class RefusedError(AnfragenError):
    """A file failed validation; the message lists every reason."""


MISSING_METADATA = (
    "Keine Metadaten-Datei (.json) dabei: Die Antwort erscheint ohne Link zum Original-PDF, "
    "und was der Text nicht selbst nennt (z. B. Fragesteller, Datum), fehlt."
)

# How to give the answer's date where the text does not print it legibly: the field and a line to copy.
DATE_LINE = '"date_answered": "2019-06-04"'


def missing_date(document: Document, sidecar_name: str, has_sidecar: bool) -> str:
    """What to do about an answer whose date was not recognised: „(Datum nicht erkannt)“ said no more."""
    where = (
        f"in der Metadaten-Datei {sidecar_name} ergänzen"
        if has_sidecar
        else f"in einer Metadaten-Datei {sidecar_name} angeben"
    )
    meanwhile = (
        f" Bis dahin ist sie nach dem Datum der Anfrage ({short_date(document.date_asked)}) eingeordnet."
        if document.dated_by_anfrage
        else ""
    )
    return (
        f"Antwortdatum nicht erkannt: bitte {where}, als Zeile {DATE_LINE} (auch 04.06.2019 oder 4. Juni 2019)."
        + meanwhile
    )


@dataclass(frozen=True)
class Inspection:
    """The validation report of one file: what adding it would do, or why it is refused."""

    name: str
    errors: tuple[str, ...] = ()
    document: Document | None = None
    action: str | None = None
    replaces_title: str | None = None
    suffix: str = ""
    source_bytes: bytes = field(default=b"", repr=False)
    sidecar_bytes: bytes | None = field(default=None, repr=False)
    lost_keys: tuple[str, ...] = ()  # a replacement: keys of the old metadata file the new one lacks
    lost_questions: tuple[str, ...] = ()  # a replacement: the old version's questions (as printed) the new one lacks
    dropped_file: str = ""  # a replacement of another kind (a text for a PDF): the old file, removed from the corpus
    lost_annexes: int = 0  # a replacement: how many annexes the old version has more than the new one
    changed: tuple[str, ...] | None = None  # a replacement: the parts whose wording differs from the old version's
    changed_facts: tuple[str, ...] = ()  # a replacement: its facts (date, askers …) that differ from the old one's
    stray_metadata: str = ""  # a new answer without metadata: the archive's metadata file it takes, lying there alone
    sidecar_name: str = ""  # the metadata file given with it (``--meta angaben.json``), as messages name it

    @property
    def changes(self) -> str:
        """A replacement: what its wording changes, so a correction can be checked before it is confirmed (the
        counts alone were the same for a corrected answer and for a copy of the old file)."""
        if not self.ok or self.action != REPLACED or self.changed is None:
            return ""
        facts = f" Geänderte Angaben: {'; '.join(self.changed_facts)}." if self.changed_facts else ""
        if not self.changed:
            return f"Wortlaut wie bisher (Titel, Vorbemerkungen, Fragen, Antworten, Anlagen, Fußnoten).{facts}"
        return f"Geändert gegenüber der bisherigen Fassung: {', '.join(self.changed)}.{facts}"

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def record_count(self) -> int:
        return len(list(records(self.document))) if self.document else 0

    @property
    def summary(self) -> str:
        """``nw-18-14087: 5 Fragen, 14 Absätze`` — what the index will hold."""
        if self.document is None:
            return f"{self.name}: abgelehnt"
        return (
            f"{self.document.id}: {counted(len(self.document.questions), 'Frage')}, "
            f"{counted(self.record_count, 'Absatz')}"
        )

    @property
    def notices(self) -> list[str]:
        """Warnings for the archivist: the parser's, and a missing metadata file (no source link then)."""
        found = list(self.document.warnings) if self.document else []
        if self.ok and self.sidecar_bytes is None:
            found.append(MISSING_METADATA)
        if self.ok and self.stray_metadata:
            found.append(
                f"Im Korpus lag schon eine Metadaten-Datei {self.stray_metadata} ohne Antwort; ihre Angaben werden "
                "übernommen – bitte prüfen. Sollen sie nicht gelten: eine eigene Metadaten-Datei mitgeben."
            )
        if self.ok and self.document is not None and self.document.date_answered is None:
            given = self.sidecar_name or f"{Path(self.name).stem}.json"  # the one to write: named as its answer
            found.append(missing_date(self.document, given, self.sidecar_bytes is not None))
        if self.ok and self.lost_keys:
            keys = ", ".join(f"„{key}“" for key in self.lost_keys)
            found.append(
                f"Die neue Metadaten-Datei enthält nicht alle Angaben der bisherigen; beim Ersetzen gehen verloren: "
                f"{keys}. Falls sie bleiben sollen: in die neue Metadaten-Datei übernehmen."
            )
        if self.ok and self.dropped_file:
            kept = f"{self.document.id}{self.suffix}" if self.document else "die neue Datei"
            found.append(
                f"Die bisherige Datei {self.dropped_file} wird beim Ersetzen aus dem Korpus entfernt; es bleibt nur "
                f"{kept} (auch als Download der Dokumentseite)."
            )
        if self.ok and self.lost_questions:
            named = _numbered("Frage", "Fragen", list(self.lost_questions))
            found.append(
                f"Die neue Fassung hat keine {named} (die bisherige schon): Links und Zitate auf "
                f"{'sie' if len(self.lost_questions) > 1 else 'diese Frage'} finden nach dem Ersetzen nichts mehr."
            )
        if self.ok and self.lost_annexes and self.document is not None:
            now = len(self.document.annexes)
            found.append(
                f"Die neue Fassung hat {counted(now, 'Anlage') if now else 'keine Anlagen'}, die bisherige "
                f"{counted(now + self.lost_annexes, 'Anlage')}: was nur in "
                f"{'ihnen' if self.lost_annexes > 1 else 'ihr'} steht, ist nach dem Ersetzen nicht mehr zu finden."
            )
        return found

    def refusal(self) -> RefusedError:
        reasons = "\n".join(f"  - {reason}" for reason in self.errors)
        return RefusedError(f"{self.name}: abgelehnt, nichts geändert:\n{reasons}")


# Why a file cannot be read, in German (the system's own text is English)
_REASONS = {
    errno.ENOENT: "die Datei gibt es nicht",
    errno.EACCES: "keine Leseberechtigung",
    errno.EPERM: "keine Leseberechtigung",
    errno.EISDIR: "ein Verzeichnis, keine Datei",
    errno.ENAMETOOLONG: "der Dateiname ist zu lang",
}


def _reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno or 0) or exc.strerror or str(exc)


def read_candidate(corpus: Path, path: Path, sidecar: Path | None, name: str) -> Inspection:
    """Read and parse a file (and its sidecar) on its own, before comparing it with the corpus."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        allowed = ", ".join(SUPPORTED_SUFFIXES)
        return Inspection(
            name,
            (
                f"Dateityp {suffix or '(ohne Endung)'} wird nicht unterstützt (erlaubt: {allowed})."
                f"{unsupported_advice(suffix)}",
            ),
        )
    try:
        source_bytes = read_regular_file(path)
        sidecar = sidecar if sidecar is not None else path.with_suffix(".json")
        sidecar_bytes = stored_sidecar(read_regular_file(sidecar)) if sidecar.exists() else None
    except _TooLarge as exc:
        return Inspection(name, (str(exc),))
    except OSError as exc:
        return Inspection(name, (f"Datei nicht lesbar ({_reason(exc)}).",))
    try:
        document, read = load_source(path, sidecar=sidecar)
        kept = corpus / f"{document.id}.json"
        kept_taken = sidecar_bytes is None and kept.is_file()
        if kept_taken:
            # A new version without metadata keeps the archive's metadata (and is checked against it).
            sidecar_bytes = kept.read_bytes()
            try:
                read_sidecar(kept)
            except SidecarError as exc:
                return Inspection(name, (_kept_unreadable(document.id, exc),))
            document = load_source(path, sidecar=kept, read=read)[0]  # parsed once: merged with this one
    except UnidentifiedError as exc:
        return Inspection(name, (f"{exc}{_id_in_name(name, suffix, exc)}",))
    except AnfragenError as exc:
        return Inspection(name, (str(exc),))
    except Exception as exc:  # a broken file must be refused, never crash the archivist's session
        return Inspection(name, (f"Datei konnte nicht verarbeitet werden ({type(exc).__name__}: {exc}).",))
    errors = identity_errors(document)
    inspection = Inspection(name, tuple(errors), document, None, None, suffix, source_bytes, sidecar_bytes)
    if not kept_taken and sidecar_bytes is not None:
        inspection = replace(inspection, sidecar_name=sidecar.name)
    if kept_taken and source_file(corpus, document.id) is None:
        return replace(inspection, stray_metadata=kept.name)
    return inspection


def own_check(inspection: Inspection) -> Inspection:
    """``inspection`` as :func:`read_candidate` gave it, without what :func:`decide` added by comparing it with the
    corpus (asked again when the file is added)."""
    return Inspection(
        inspection.name,
        inspection.errors,
        inspection.document,
        suffix=inspection.suffix,
        source_bytes=inspection.source_bytes,
        sidecar_bytes=inspection.sidecar_bytes,
        stray_metadata=inspection.stray_metadata,
        sidecar_name=inspection.sidecar_name,
    )


def _whole(value: object) -> bool:
    """Whether ``value`` (a kept check, the document in it …) holds every field its class has now."""
    if isinstance(value, tuple | list):
        return all(_whole(item) for item in value)
    if not is_dataclass(value) or isinstance(value, type):
        return True
    return all(hasattr(value, f.name) and _whole(getattr(value, f.name)) for f in fields(value))


def still_checked(corpus: Path, checked: Inspection, path: Path, sidecar: Path | None, name: str) -> Inspection | None:
    """The check of the file at ``path`` (and its metadata file) made a moment ago: ``checked``, its
    :func:`own_check` (not what comparing it with the corpus said then), while the file and the metadata file it was
    read with are the same bytes; None: check it again.  The web upload checks a file for its report and adds it on
    the archivist's word: parsed again then, a text near the upload limit took as long once more (a scan its OCR)."""
    if not _whole(checked):  # kept by a program whose classes lacked a field: adding it failed half-way
        return None
    document = checked.document
    if not checked.ok or document is None or checked.suffix != path.suffix.lower():
        return None
    given = sidecar if sidecar is not None else path.with_suffix(".json")
    kept = corpus / f"{document.id}.json"
    metadata: bytes | None
    try:
        source = read_regular_file(path)
        if given.exists():
            metadata = stored_sidecar(read_regular_file(given))
        else:  # a new version without metadata takes the archive's, as when it was checked
            metadata = kept.read_bytes() if kept.is_file() else None
    except (OSError, _TooLarge):
        return None
    if source != checked.source_bytes or metadata != checked.sidecar_bytes:
        return None
    taken = not given.exists() and metadata is not None
    stray = kept.name if taken and source_file(corpus, document.id) is None else ""
    return replace(own_check(checked), name=name, stray_metadata=stray)


def _kept_unreadable(doc_id: str, error: SidecarError) -> str:
    """Why a new version without a metadata file is refused when the archive's own one is broken: the refusal named
    „st-7-391.json“ alone, a file the archivist did not give and could not find beside the new one."""
    return (
        f"Die Metadaten-Datei des Archivs zu {doc_id}, die eine neue Fassung ohne eigene übernimmt, ist nicht lesbar: "
        f"{error} Bitte eine korrigierte Metadaten-Datei {doc_id}.json mit hinzufügen (neben der Datei, mit --meta "
        "oder im Upload im Feld „Metadaten“); sie ersetzt die kaputte."
    )


# a Drucksache in a downloaded file's name: „MMD18-816.pdf“ (NRW), „17_0273_D.pdf“ (BW), „Drucksache 17_8003.txt“
_DRUCKSACHE_IN_NAME = re.compile(r"(?<!\d)(\d{1,2}) ?[_/-] ?0*(\d{1,6})(?!\d)")
# … once its dates are set aside: „Antwort 17-05-2016.txt“, „2016_05_17“, „05-2016“ name no Drucksache 17/5
_DAY, _MONTH, _YEAR = r"(?:0?[1-9]|[12]\d|3[01])", r"(?:0?[1-9]|1[0-2])", r"(?:19|20)\d\d"
_DATE_IN_NAME = re.compile(
    rf"(?<!\d)(?:{_YEAR}[-_.]{_MONTH}[-_.]{_DAY}|{_DAY}[-_.]{_MONTH}[-_.](?:{_YEAR}|\d\d)|{_MONTH}[-_.]{_YEAR})(?!\d)"
)


def _id_in_name(name: str, suffix: str, error: UnidentifiedError) -> str:
    """For a text whose parliament is known but not its Drucksache: the id the file's name suggests, as a name to
    give it (the refusal said only „Form: by-<wahlperiode>-<nummer>.txt“)."""
    match = _DRUCKSACHE_IN_NAME.search(_DATE_IN_NAME.sub(" ", Path(name).stem))
    if not error.parliament or match is None:
        return ""
    period, number = int(match[1]), int(match[2])
    if error.wahlperiode and error.wahlperiode != period:
        return ""
    return (
        f" Der Dateiname nennt Drucksache {period}/{number}: Ist sie diese Antwort, die Datei "
        f"{error.parliament}-{period}-{number}{suffix} nennen und erneut hinzufügen."
    )


class _TooLarge(Exception):
    pass


def read_regular_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.  Checked on the open file, not the
    name: a symlink to ``/dev/zero`` has size 0 and never ends, and opening a FIFO would hang."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as file:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise OSError(f"{path.name} ist keine gewöhnliche Datei")
        data = file.read(limit + 1)
    if len(data) > limit:
        raise _TooLarge(too_large(max(status.st_size, len(data)), limit))
    return data


def too_large(size: int, limit: int = MAX_FILE_BYTES) -> str:
    """``Die Datei ist 20,03 MB groß; erlaubt sind höchstens 20 MB.`` — the size with as many decimals
    as it takes to read as more than the limit (German decimal comma); just over it, in bytes."""
    allowed = f"{limit / 2**20:g} MB".replace(".", ",")
    for decimals in (1, 2):
        shown = round(size / 2**20, decimals)
        if shown * 2**20 > limit:
            number = f"{shown:.{decimals}f}".replace(".", ",")
            return f"Die Datei ist {number} MB groß; erlaubt sind höchstens {allowed}."
    return (
        f"Die Datei ist {_bytes(size)} groß, {_bytes(size - limit)} zu viel; "
        f"erlaubt sind höchstens {allowed} ({_bytes(limit)})."
    )


def _bytes(count: int) -> str:
    """``20.971.521 Bytes`` (German thousands separator)."""
    return f"{count:,} {'Byte' if count == 1 else 'Bytes'}".replace(",", ".")


def decide(corpus: Path, candidate: Inspection) -> Inspection:
    """Compare a valid candidate with the corpus: new, replacement, no-op or id collision."""
    if not candidate.ok or candidate.document is None:
        return candidate
    document = candidate.document
    existing = source_file(corpus, document.id)
    if existing is None:
        return replace(candidate, action=NEW)
    sidecar = existing.with_suffix(".json")
    old_sidecar = sidecar.read_bytes() if sidecar.is_file() else None
    same_text = existing.suffix.lower() == candidate.suffix and existing.read_bytes() == candidate.source_bytes
    if same_text and old_sidecar == candidate.sidecar_bytes:
        return replace(candidate, action=UNCHANGED, replaces_title=document.title)
    candidate = replace(
        candidate,
        lost_keys=lost_keys(old_sidecar, candidate.sidecar_bytes),
        dropped_file=" und ".join(
            path.name for path in source_files(corpus, document.id) if path.suffix.lower() != candidate.suffix
        ),
    )
    try:
        old = load_document(existing)
    except AnfragenError:
        return replace(candidate, action=REPLACED, replaces_title=None)
    # the same text with a new metadata file (a title corrected there) is a new version of its document, whatever
    # the titles say
    conflict = None if same_text else different_document(old, document)
    if conflict:
        return replace(
            candidate,
            errors=(
                f"Die Kennung {document.id} gehört schon zu einem anderen Dokument ({conflict}). "
                f"Falls die neue Datei es wirklich ersetzen soll: zuerst 'anfragen remove {document.id}'.",
            ),
        )
    return replace(
        candidate,
        action=REPLACED,
        replaces_title=old.title,
        lost_questions=lost_questions(old, document),
        lost_annexes=max(0, len(old.annexes) - len(document.annexes)),
        changed=changed_parts(old, document),
        changed_facts=changed_facts(old, document),
    )


def changed_facts(old: Document, new: Document) -> tuple[str, ...]:
    """The facts of ``new`` a reader sees beside the wording (date, askers, ministry, the original's link) that differ
    from ``old``'s, each with both values: a metadata file that changed only these was reported „Wortlaut wie
    bisher“ alone, and a mistyped date or a dropped asker went in unseen."""
    none = "keine Angabe"
    facts = (
        ("Datum", short_date(old.date_answered) or none, short_date(new.date_answered) or none),
        ("Fragesteller", ", ".join(old.asker_labels) or none, ", ".join(new.asker_labels) or none),
        ("Ministerium", old.ministry or none, new.ministry or none),
        ("Link zum Original", old.source_url or none, new.source_url or none),
    )
    return tuple(f"{name} {then} → {now}" for name, then, now in facts if then != now)


def changed_parts(old: Document, new: Document) -> tuple[str, ...]:
    """The parts of ``new`` whose wording (spacing aside) differs from ``old``'s: ``Titel „…“ → „…“``, ``Antwort zu
    Frage 1``."""
    before = {question.number: question for question in old.questions}
    asked, answered, added = [], [], []
    for question in new.questions:
        earlier = before.get(question.number)
        if earlier is None:
            added.append(question.printed_number)
            continue
        if _wording(question.text) != _wording(earlier.text):
            asked.append(question.printed_number)
        if _wording(*question.answer) != _wording(*earlier.answer):
            answered.append(question.printed_number)
    parts = []
    if _wording(old.title) != _wording(new.title):  # with both wordings, as the changed facts: is it the one meant?
        parts.append(f"Titel „{quoted_within(old.title)}“ → „{quoted_within(new.title)}“")
    if _wording(*old.preamble, *old.government_preamble) != _wording(*new.preamble, *new.government_preamble):
        parts.append("Vorbemerkungen")
    parts += [
        _numbered(*labels, numbers)
        for labels, numbers in (
            (("Frage", "Fragen"), asked),
            (("Antwort zu Frage", "Antworten zu Fragen"), answered),
            (("neue Frage", "neue Fragen"), added),
            (("entfallene Frage", "entfallene Fragen"), list(lost_questions(old, new))),
        )
        if numbers
    ]
    if _wording(*(f"{a.label} {' '.join(a.rows)}" for a in old.annexes)) != _wording(
        *(f"{a.label} {' '.join(a.rows)}" for a in new.annexes)
    ):
        parts.append("Anlagen")
    if _wording(*(f.text for f in old.footnotes)) != _wording(*(f.text for f in new.footnotes)):
        parts.append("Fußnoten")
    return tuple(parts)


def _wording(*texts: str) -> str:
    return " ".join(" ".join(texts).split())


def _numbered(one: str, many: str, numbers: list[str]) -> str:
    """``Frage 3``, ``Fragen 1, 2 und 4``."""
    *rest, last = numbers
    return f"{many} {', '.join(rest)} und {last}" if rest else f"{one} {last}"


def lost_questions(old: Document, new: Document) -> tuple[str, ...]:
    """The old version's questions (as printed, ``3``, ``2a``) the new one has no question of that number for: a
    permalink ``#frage-3`` or a citation of Frage 3 stops working when it replaces the old one."""
    kept = {question.number for question in new.questions}
    return tuple(question.printed_number for question in old.questions if question.number not in kept)


def earlier_in_call(candidate: Inspection, earlier: Mapping[str, str]) -> Inspection:
    """A file of one call (``anfragen add a.txt b.txt``, one upload) with the Kennung of an earlier file
    (``earlier``: id → its file's name) is refused: adding both replaced the first at once, unsaid."""
    document = candidate.document
    if not candidate.ok or document is None or document.id not in earlier:
        return candidate
    return replace(
        candidate,
        errors=(
            f"Dieselbe Kennung {document.id} wie {earlier[document.id]} in diesem Aufruf: die zweite Datei würde "
            "die erste sofort ersetzen. Je Dokument nur eine Fassung auf einmal; die gemeinte einzeln hinzufügen.",
        ),
    )


def lost_keys(old: bytes | None, new: bytes | None) -> tuple[str, ...]:
    """The keys of the old metadata file (with a value) that the new one lacks, in the old file's order: a
    replacement drops them (``pdf_url``, the ``source`` of a text).  A key whose fact the new file gives under
    another name (``source_url`` for ``pdf_url``) is not lost, nor a key the archive never took (``titel``, named as
    not taken on adding: asked to keep it, the archivist put it back); without a readable old file nothing is."""
    before, after = _json_object(old), _json_object(new)
    return tuple(
        key
        for key, value in before.items()
        if key in KNOWN_KEYS and _given(value) and not any(_given(after.get(other)) for other in same_field(key))
    )


def _json_object(data: bytes | None) -> dict[str, object]:
    try:
        parsed = json.loads(data) if data is not None else None
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {}


def _given(value: object) -> bool:
    return value is not None and value != "" and value != [] and value != {}


def identity_errors(document: Document) -> list[str]:
    """A document's id must agree with the Drucksache its text names."""
    if not DOC_ID.fullmatch(document.id):
        return [f"Ungültige Kennung {document.id!r} (erwartet z. B. nw-17-6448)."]
    if document.drucksache and document.parliament:
        match = re.fullmatch(r"([0-9]+)/([0-9]+)", document.drucksache)
        if match:
            derived = f"{document.parliament}-{int(match.group(1))}-{int(match.group(2))}"
            if derived != document.id:
                named = document.id.split("-")[0]
                if named != document.parliament:  # the same number: only the parliaments' names show the fault
                    return [
                        f"Widerspruch: Kennung {document.id} ({parliament_name(named)}), aber der Text ist Drucksache "
                        f"{document.drucksache} – Parlament: {parliament_name(document.parliament)} "
                        f"(Kennung {derived})."
                    ]
                return [
                    f"Widerspruch: Kennung {document.id}, aber der Text ist Drucksache "
                    f"{document.drucksache} (Kennung {derived})."
                ]
    return []


def different_document(old: Document, new: Document) -> str | None:
    """Why ``new`` is not a new version of ``old`` despite the same id (None: same document)."""
    if old.anfrage_nr and new.anfrage_nr and old.anfrage_nr != new.anfrage_nr:
        return f"Kleine Anfrage {old.anfrage_nr} statt {new.anfrage_nr}"
    a, b = _normalised_title(old.title), _normalised_title(new.title)
    if a and b and difflib.SequenceMatcher(None, a, b).ratio() < 0.6:
        return f"„{quoted_within(old.title)}“ statt „{quoted_within(new.title)}“"
    return None


def _normalised_title(title: str) -> str:
    return re.sub(r"\W+", " ", title.casefold()).strip()
