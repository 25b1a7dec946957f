"""Pages of lines → :class:`~indexer.model.Document`.

The parser works in three passes:

1. :func:`clean_lines` drops what the layout repeats (running headers, page numbers);
2. :func:`find_questions` finds the numbered questions (1, 2, 3 … in order) and where
   each question's text ends and its answer begins;
3. the front matter before question 1 is read for title, Vorbemerkung and metadata by
   small named functions, one per fact, so a new layout adds a function, not a branch.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .errors import ParseError
from .model import Asker, Document, Question
from .text import join_lines, normalise_space, split_paragraphs, text_width

MONTHS = {
    "januar": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}
PARLIAMENTS = {
    "nordrhein-westfalen": "nw",
    "niedersächsischer landtag": "ni",
    "niedersachsen": "ni",
    "baden-württemberg": "bw",
    "bayerischer landtag": "by",
    "deutscher bundestag": "bt",
}

_QUESTION_START = re.compile(r"^(\d{1,3})\.\s+(\S.*)$")
_PREAMBLE_HEADING = re.compile(
    r"^Vor(?:be)?merkung (?:der|des) (?:Kleinen Anfrage|Abgeordneten|Fragesteller\w*)\s*:?$", re.I
)
_GOV_PREAMBLE_HEADING = re.compile(r"^Vorbemerkung (?:der|des) (?:Landes|Bundes|Staats)regierung\s*:?$", re.I)
_MINISTRY_SENTENCE = re.compile(
    r"(?P<who>(?:Der|Die) (?:\S+ )?(?:Minister|Ministerin|Ministerpräsident|Ministerpräsidentin|Chef|Chefin)\b.*?)"
    r"\s+hat\s+(?:(?:im Einvernehmen mit (?P<co1>.+?))\s+)?die Kleine Anfrage (?P<nr>\d+)"
    r"\s+mit Schreiben vom (?P<date>\d{1,2}\.\s*\w+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4})"
    r"\s+(?:namens|für) (?:der|die) Landesregierung"
    r"(?:\s+im Einvernehmen mit (?P<co2>.+?))?\s+beantwortet\.",
    re.S,
)
_HEADER_LINE = re.compile(
    r"^(?:Landtag [A-ZÄÖÜ].*|LANDTAG [A-ZÄÖÜ-]+.*|Niedersächsischer Landtag\s*[–-].*|\d{1,3})\s*$"
)
_FOLLOW_UP = re.compile(r"^(?:Falls|Wenn|Sofern|Und|Bzw\.?|Inwieweit|Inwiefern|Wie|Welche\w*|Was|Wo|Wann|Warum|Weshalb)\b")


@dataclass(frozen=True)
class _QuestionSpan:
    number: int
    start: int  # first line of the question
    answer_start: int  # first line after the question text
    end: int  # first line after the answer


def parse_lines(pages: list[list[str]], doc_id: str | None = None) -> Document:
    """Parse extracted pages into a document; raise :class:`ParseError` when no questions are found."""
    lines = clean_lines(pages)
    spans = find_questions(lines)
    if not spans:
        raise ParseError(
            "Keine nummerierten Fragen gefunden: Der Text lässt sich nicht in Fragen und Antworten gliedern."
        )
    width = text_width(lines)
    front = lines[: spans[0].start]
    questions = tuple(_question(lines, span, width) for span in spans)
    header = " ".join(normalise_space(line) for line in front if line.strip())
    parliament, wahlperiode, drucksache = read_header(header)
    ministry, co_ministries, anfrage_nr, date_answered = read_ministry_sentence(header)
    return Document(
        id=doc_id or _derive_id(parliament, drucksache),
        parliament=parliament or "",
        wahlperiode=wahlperiode,
        drucksache=drucksache,
        anfrage_nr=anfrage_nr,
        title=read_title(front),
        ministry=ministry,
        co_ministries=co_ministries,
        date_answered=date_answered,
        preamble=tuple(split_paragraphs(_section(front, _PREAMBLE_HEADING), width)),
        government_preamble=tuple(split_paragraphs(_section(front, _GOV_PREAMBLE_HEADING), width)),
        questions=questions,
    )


def clean_lines(pages: list[list[str]]) -> list[str]:
    """Flatten pages into lines without running headers and bare page numbers."""
    out: list[str] = []
    for page in pages:
        for line in page:
            stripped = line.strip()
            if stripped and _HEADER_LINE.match(stripped) and len(out) > 0 and _is_page_furniture(stripped):
                continue
            out.append(stripped)
    return out


def _is_page_furniture(line: str) -> bool:
    return line.isdigit() or "Wahlperiode" in line or "Drucksache" in line


def find_questions(lines: list[str]) -> list[_QuestionSpan]:
    """Find questions 1, 2, 3 … in order; each must read as a question (ends with '?')."""
    starts: list[tuple[int, int, int]] = []  # (number, start line, answer start line)
    expected = 1
    for index, line in enumerate(lines):
        match = _QUESTION_START.match(line)
        if not match or int(match.group(1)) != expected or not match.group(2)[:1].isupper():
            continue
        answer_start = _question_end(lines, index)
        if answer_start is None:
            continue
        starts.append((expected, index, answer_start))
        expected += 1
    spans = []
    for position, (number, start, answer_start) in enumerate(starts):
        end = starts[position + 1][1] if position + 1 < len(starts) else len(lines)
        spans.append(_QuestionSpan(number, start, answer_start, end))
    return spans


def _question_end(lines: list[str], start: int, max_lines: int = 12) -> int | None:
    """Index of the first line after the question text, or None if this is no question.

    The text runs to the first line ending with '?'; follow-up sentences on the next lines
    ("Falls ja, mit welchem Ergebnis?") still belong to the question.
    """
    seen = 0
    index = start
    while index < len(lines) and seen < max_lines:
        line = lines[index]
        if line:
            seen += 1
            if index > start and _QUESTION_START.match(line):
                return None
            if line.endswith("?"):
                index += 1
                while index < len(lines) and lines[index] and _FOLLOW_UP.match(lines[index]):
                    follow = index
                    while follow < len(lines) and lines[follow] and not lines[follow].endswith("?"):
                        follow += 1
                    if follow >= len(lines) or not lines[follow] or follow - index > 2:
                        break
                    index = follow + 1
                return index
        index += 1
    return None


def _question(lines: list[str], span: _QuestionSpan, width: int) -> Question:
    text = join_lines(lines[span.start : span.answer_start])
    text = _QUESTION_START.match(text).group(2)  # type: ignore[union-attr]
    answer = split_paragraphs(lines[span.answer_start : span.end], width)
    return Question(number=span.number, text=text, answer=tuple(answer))


def _section(front: list[str], heading: re.Pattern[str]) -> list[str]:
    """Lines under a heading up to the next heading or ministry sentence."""
    for index, line in enumerate(front):
        if heading.match(line):
            body: list[str] = []
            for following in front[index + 1 :]:
                if _PREAMBLE_HEADING.match(following) or _GOV_PREAMBLE_HEADING.match(following):
                    break
                if re.match(r"^(?:Der|Die) .*(?:Minister|Ministerin|Chef)", following):
                    break
                body.append(following)
            return body
    return []


def read_title(front: list[str]) -> str:
    """The title: the first paragraph of the front matter that is not layout furniture."""
    block: list[str] = []
    for line in front:
        if _PREAMBLE_HEADING.match(line) or _GOV_PREAMBLE_HEADING.match(line):
            break
        if not line:
            if block:
                break
            continue
        if _HEADER_LINE.match(line):
            continue
        block.append(line)
    return join_lines(block)


def read_header(text: str) -> tuple[str | None, int | None, str | None]:
    """Parliament code, Wahlperiode and Drucksache from the page header, where present."""
    parliament = None
    lowered = text.lower()
    for name, code in PARLIAMENTS.items():
        if name in lowered:
            parliament = code
            break
    period = re.search(r"(\d{1,2})\.\s*Wahlperiode", text)
    drucksache = re.search(r"Drucksache\s+(\d{1,2}/\d{1,6})", text)
    return (
        parliament,
        int(period.group(1)) if period else None,
        drucksache.group(1) if drucksache else None,
    )


def read_ministry_sentence(text: str) -> tuple[str | None, tuple[str, ...], int | None, dt.date | None]:
    """Answering ministry, co-ministries, KA number and date from the NRW answer sentence."""
    match = _MINISTRY_SENTENCE.search(text)
    if not match:
        return None, (), None, None
    ministry = ministry_name(match.group("who"))
    co_text = match.group("co1") or match.group("co2") or ""
    co_ministries = tuple(ministry_name(part) for part in _split_co_ministries(co_text))
    return ministry, co_ministries, int(match.group("nr")), parse_german_date(match.group("date"))


def ministry_name(phrase: str) -> str:
    """``Der Minister für Arbeit, …`` / ``der Ministerin für …`` → ``Ministerium für …``."""
    phrase = normalise_space(phrase)
    match = re.match(
        r"^(?:der|die|dem|den|des)?\s*(?:\S+\s+)?(?:Ministerin|Minister|Ministeriums|Ministerium)\s+(für|der|des)\s+(.*)$",
        phrase,
        re.I,
    )
    if match:
        return f"Ministerium {match.group(1)} {match.group(2)}".strip()
    return re.sub(r"^(?:der|die|dem|den|des)\s+", "", phrase, flags=re.I)


def _split_co_ministries(text: str) -> list[str]:
    if not text:
        return []
    parts = re.split(r",?\s+(?:und|sowie)\s+(?=(?:der|dem|den|des)\s+(?:\S+\s+)?Minister)", text)
    return [part for part in parts if part.strip()]


def parse_german_date(text: str) -> dt.date | None:
    """``4. Juni 2019`` or ``04.06.2019`` → date; None if it is no valid date."""
    text = normalise_space(text)
    match = re.match(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$", text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = re.match(r"^(\d{1,2})\.\s*([A-Za-zäÄ]+)\s+(\d{4})$", text)
        if not match or match.group(2).lower() not in MONTHS:
            return None
        day, month, year = int(match.group(1)), MONTHS[match.group(2).lower()], int(match.group(3))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_askers(text: str) -> tuple[Asker, ...]:
    """``Claus Seebeck und Eike Holsten (CDU)`` → askers with their party."""
    askers: list[Asker] = []
    for group in re.finditer(r"([^()]+?)\s*\(([^()]+)\)", text):
        names = re.split(r",\s*|\s+und\s+", group.group(1).strip(" ,"))
        party = normalise_space(group.group(2))
        askers.extend(Asker(name.strip(), party) for name in names if name.strip())
    if not askers and text.strip():
        askers = [Asker(name.strip()) for name in re.split(r",\s*|\s+und\s+", text) if name.strip()]
    return tuple(askers)


def validate(document: Document) -> list[str]:
    """Warnings a person should look at before trusting the split."""
    warnings = []
    for question in document.questions:
        if not question.answer and not question.answered_with:
            warnings.append(f"Frage {question.number} hat keine Antwort.")
    if not document.parliament:
        warnings.append("Parlament nicht erkannt.")
    return warnings


def _derive_id(parliament: str | None, drucksache: str | None) -> str:
    if parliament and drucksache:
        period, number = drucksache.split("/")
        return f"{parliament}-{int(period)}-{int(number)}"
    raise ParseError(
        "Dokumentkennung nicht ermittelbar: Parlament und Drucksache fehlen im Text; "
        "bitte eine Metadaten-Datei (JSON) mit 'id' angeben."
    )
