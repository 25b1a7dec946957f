"""The parsed shape of a Kleine-Anfrage answer.

Frozen dataclasses, so a parsed document can be shared between threads and cached
without anyone changing it behind the indexer's back.  ``to_json`` gives the stable
machine-readable shape documented in the README.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields, replace
from typing import Any

from indexer.dates import parse_date
from indexer.kinds import UNTERRICHTUNG

# A document's id, ``nw-17-6448``: parliament code, Wahlperiode, number of the answer's Drucksache.
# ASCII digits only (``\d`` takes ``٥``), and always used with ``fullmatch`` (``$`` takes a final newline).
DOC_ID = re.compile(r"[a-z]{2}-[0-9]{1,2}-[0-9]{1,6}")
# A part of a question as documents print it besides its number: Berlin's „2a“, Bavaria's „1.1“ (of question 2, 1)
PRINTED_PART = re.compile(r"(?P<whole>\d{1,3})(?:[a-z]|\.\d{1,2})", re.I)


def id_drucksache(doc_id: str | None) -> str | None:
    """``ni-19-11134`` → ``19/11134``: the Drucksache a document id names (None for no such id)."""
    if not doc_id or not DOC_ID.fullmatch(doc_id):
        return None
    _code, period, number = doc_id.split("-")
    return f"{int(period)}/{int(number)}"


def id_period(doc_id: str | None) -> int | None:
    """``ni-19-11134`` → 19: the Wahlperiode a document id names (None for no such id)."""
    drucksache = id_drucksache(doc_id)
    return int(drucksache.split("/")[0]) if drucksache else None


# A Fraktion asking as a whole: „Fraktion der SPD“, „Fraktion DIE LINKE“, „CDU-Fraktion“; so a Gruppe of the
# Bundestag, too small to be a Fraktion („Gruppe Die Linke“, „Gruppe BSW“)
_FRAKTION_NAME = re.compile(r"^(?:Fraktion|Gruppe)\b|-Fraktion$")


@dataclass(frozen=True)
class Asker:
    """Who asked: a member (``Nadja Lüders`` of the ``SPD``) or a Fraktion as a whole (``Fraktion der SPD``, whose
    party is its own)."""

    name: str
    party: str | None = None

    @property
    def fraktion(self) -> bool:
        """Is the asker a Fraktion, whose name says its party, not a person?"""
        return bool(_FRAKTION_NAME.search(self.name))

    @property
    def label(self) -> str:
        """As pages and reports print it: ``Nadja Lüders (SPD)``; a Fraktion by its name (``Fraktion der SPD``, not
        ``Fraktion der SPD (SPD)``)."""
        return f"{self.name} ({self.party})" if self.party and not self.fraktion else self.name


STAR = 0  # the number of a footnote marked with asterisks (``*``) instead of a number


@dataclass(frozen=True)
class Footnote:
    number: int  # STAR for a note marked "*", which keeps its marker in its text
    text: str

    @property
    def numbered(self) -> bool:
        return self.number != STAR


@dataclass(frozen=True)
class Annex:
    """Material after the last answer (``Anlage 1: …``): its heading and its lines, kept as
    rows so a table stays a table; never part of an answer."""

    label: str
    rows: tuple[str, ...] = ()


@dataclass(frozen=True)
class Question:
    """A numbered question and the paragraphs that answer it."""

    number: int
    text: str
    answer: tuple[str, ...] = ()
    # Other questions answered by the same text ("Die Fragen 1 und 2 werden ... gemeinsam beantwortet").
    answered_with: tuple[int, ...] = ()
    # The number as the document prints it where that is not ``number`` (Bavaria's "1.1", "2.3").
    label: str = ""

    @property
    def printed_number(self) -> str:
        return self.label or str(self.number)

    @property
    def anchor(self) -> str:
        return question_anchor(self.number)

    @property
    def answer_text(self) -> str:
        return "\n\n".join(self.answer)


def question_anchor(number: int | None) -> str:
    """The page anchor of one answer: ``frage-4``; the document head when ``None``."""
    return f"frage-{number}" if number is not None else "dokument"


@dataclass(frozen=True)
class Document:
    id: str
    parliament: str  # code: nw, ni, bt, ...
    wahlperiode: int | None = None
    drucksache: str | None = None
    anfrage_nr: int | None = None
    anfrage_drucksache: str | None = None
    title: str = ""
    askers: tuple[Asker, ...] = ()
    # The list of askers ends with more members than it names: the Bundestag's „…, weiterer Abgeordneter und der
    # Fraktion …“ (citations repeat it, or they would give the named few as all who asked).
    further_askers: bool = False
    ministry: str | None = None
    co_ministries: tuple[str, ...] = ()
    date_answered: dt.date | None = None
    date_asked: dt.date | None = None
    preamble: tuple[str, ...] = ()
    government_preamble: tuple[str, ...] = ()
    questions: tuple[Question, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    annexes: tuple[Annex, ...] = ()
    source_url: str | None = None
    # What the document is (see :mod:`indexer.kinds`): "" for an answer to a Kleine Anfrage, "unterrichtung";
    # an Unterrichtung answers the Beschluss of this Drucksache and date.
    kind: str = ""
    resolution_drucksache: str | None = None
    resolution_date: dt.date | None = None
    # What the document's head calls the question it answers: "Kleine Anfrage", "Schriftliche Anfrage" (Berlin since
    # 2013, before it „Kleine Anfrage“), "Schriftliche Kleine Anfrage" (Hamburg); "" where the head names none (an
    # index built before this field, too): then citations use the parliament's usual name (indexer.parliaments).
    anfrage_name: str = ""
    # The head prints the Drucksache as reprinted, „Drucksache 21/309 (neu)“: the corrected text under the same number,
    # which citations name so (an index built before this field reads False until rebuilt).
    reprint: bool = False
    anfrage_reprint: bool = False  # the Anfrage's Drucksache so, „– Drucksache 21/1026 (neu) –“
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def date(self) -> dt.date | None:
        """The date the answer is filed under — filtered, faceted, sorted and fed by: its own, else its Anfrage's
        (Hessen's copies print no answer date; their citation is dated by the Anfrage too), which pages label so."""
        return self.date_answered or self.date_asked

    @property
    def dated_by_anfrage(self) -> bool:
        """Does the Anfrage's date stand in for the answer's own (see :attr:`date`)?"""
        return self.date_answered is None and self.date_asked is not None

    @property
    def answered_resolution(self) -> str | None:
        """The Drucksache of the Beschluss an Unterrichtung answers; None for an answer to a Kleine Anfrage, whose
        head may cite a Beschluss too (it is no number of this document)."""
        return self.resolution_drucksache if self.kind == UNTERRICHTUNG else None

    @property
    def asker_labels(self) -> tuple[str, ...]:
        """The askers as pages and reports list them, the unnamed others after the members: ``Bodo Ramelow (Die
        Linke)``, …, ``weitere Abgeordnete``, ``Fraktion Die Linke``."""
        labels = [a.label for a in self.askers]
        if self.further_askers:  # as the list prints it: after the members, before the Fraktion they ask with
            members_end = max((i + 1 for i, a in enumerate(self.askers) if not a.fraktion), default=0)
            labels.insert(members_end, "weitere Abgeordnete")
        return tuple(labels)

    @property
    def parties(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for asker in self.askers:
            if asker.party:
                seen.setdefault(asker.party, None)
        return tuple(seen)

    def question(self, number: int) -> Question | None:
        return next((q for q in self.questions if q.number == number), None)

    def printed_number(self, number: int) -> str:
        """Question ``number`` (in order) as the document prints it: ``2a`` in Berlin, ``1.1`` in Bavaria."""
        question = self.question(number)
        return question.printed_number if question else str(number)

    def with_metadata(self, **changes: Any) -> Document:
        """A copy with metadata replaced; unknown keys are an error, not silently dropped."""
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise ValueError(f"unbekannte Felder: {', '.join(sorted(unknown))}")
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The documented ``anfragen parse --json`` shape."""
        return {
            "id": self.id,
            "parliament": self.parliament,
            "wahlperiode": self.wahlperiode,
            "drucksache": self.drucksache,
            "anfrage_nr": self.anfrage_nr,
            "anfrage_drucksache": self.anfrage_drucksache,
            "title": self.title,
            "askers": [{"name": a.name, "party": a.party} for a in self.askers],
            "further_askers": self.further_askers,
            "ministry": self.ministry,
            "co_ministries": list(self.co_ministries),
            "date_answered": _iso(self.date_answered),
            "date_asked": _iso(self.date_asked),
            "preamble": "\n\n".join(self.preamble),
            "government_preamble": "\n\n".join(self.government_preamble),
            "questions": [
                {
                    "number": q.number,
                    "text": q.text,
                    "answer": q.answer_text,
                    "answered_with": list(q.answered_with),
                    "label": q.printed_number,
                }
                for q in self.questions
            ],
            "footnotes": [{"number": f.number, "text": f.text} for f in self.footnotes],
            "annexes": [{"label": a.label, "rows": list(a.rows)} for a in self.annexes],
            "source_url": self.source_url,
            "kind": self.kind,
            "resolution_drucksache": self.resolution_drucksache,
            "resolution_date": _iso(self.resolution_date),
            "anfrage_name": self.anfrage_name,
            "reprint": self.reprint,
            "anfrage_reprint": self.anfrage_reprint,
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Document:
        """Inverse of :meth:`to_json` (paragraphs are split again at blank lines)."""
        return cls(
            id=data["id"],
            parliament=data["parliament"],
            wahlperiode=data.get("wahlperiode"),
            drucksache=data.get("drucksache"),
            anfrage_nr=data.get("anfrage_nr"),
            anfrage_drucksache=data.get("anfrage_drucksache"),
            title=data.get("title") or "",
            askers=tuple(Asker(a["name"], a.get("party")) for a in data.get("askers", ())),
            further_askers=bool(data.get("further_askers")),
            ministry=data.get("ministry"),
            co_ministries=tuple(data.get("co_ministries", ())),
            date_answered=_date(data.get("date_answered")),
            date_asked=_date(data.get("date_asked")),
            preamble=split_stored(data.get("preamble")),
            government_preamble=split_stored(data.get("government_preamble")),
            questions=tuple(
                Question(
                    number=q["number"],
                    text=q["text"],
                    answer=split_stored(q.get("answer")),
                    answered_with=tuple(q.get("answered_with", ())),
                    label="" if q.get("label") in (None, str(q["number"])) else q["label"],
                )
                for q in data.get("questions", ())
            ),
            footnotes=tuple(Footnote(f["number"], f["text"]) for f in data.get("footnotes", ())),
            annexes=tuple(Annex(a["label"], tuple(a.get("rows", ()))) for a in data.get("annexes", ())),
            source_url=data.get("source_url"),
            kind=data.get("kind") or "",
            resolution_drucksache=data.get("resolution_drucksache"),
            resolution_date=_date(data.get("resolution_date")),
            anfrage_name=data.get("anfrage_name") or "",
            reprint=bool(data.get("reprint")),
            anfrage_reprint=bool(data.get("anfrage_reprint")),
            warnings=tuple(data.get("warnings", ())),
        )


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    day = parse_date(value)
    if day is None:
        raise ValueError(f"kein gültiges Datum: {value!r}")
    return day


def split_stored(text: str | None) -> tuple[str, ...]:
    """Paragraphs as :meth:`Document.to_json` joins them, split again at blank lines."""
    if not text:
        return ()
    return tuple(p for p in (part.strip() for part in text.split("\n\n")) if p)
