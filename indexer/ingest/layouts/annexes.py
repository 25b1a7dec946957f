"""Annexes after the last answer (``Anlage 1: Neugründungen nach …``, ``Anlage``): their own
section of the document, never part of an answer.  Only the last answer is searched: an
annex follows the answers, and ``Anlage`` inside an answer is a reference to one."""

from __future__ import annotations

import re
from collections import Counter

from indexer.ingest.layouts.questions import _NUMBERED, QuestionSpan, sub_number
from indexer.ingest.text import normalise_space
from indexer.model import Annex

# "Anlage", "Anlage 2", "Anlage 1: Titel", "Anlage 1 Kleine Anfrage 19/11044", "Anlage zu Drs.-Nr. 6/12680 …",
# the Bundestag's "Anlage zur Antwort der Bundesregierung auf …" (also "Anlage 1 der Antwort der Bundesregierung
# auf …"), "Anlage 10 zu Frage 24", "Anlage 1 zu der Kleinen Anfrage …", "Anlage zur Bundestagsdrucksache 21/864 …",
# the title set off by a dash or in brackets ("Anlage – Antwort zu Frage 27", "Anlage 1 - Antwort zu Fragen 1 und 2 …",
# "Anlage 4 -Antwort zu Frage 9", "Anlage 1 (Antwort zu Frage 6 und 9 der Kleinen Anfrage …)", "Anlage zur KA 21/439
# der Abgeordneten …", "… des Abgeordneten Dr. Götz …" (a title's full stop ends no sentence); not a compound word,
# "Anlage-Verordnung"), the Drucksache's number alone ("Anlage 21/112"),
# the Verteidigungsministerium's letter the annex goes with ("Anlage 1 zu PSts beim Bundesminister der Verteidigung
# Dr. Schmid BMVg AVL V36912 vom 30. Mai 2025", 21/495), "Anlage Kleine Anfrage Nr. 21/295 …" (21/679),
# "Anlage zu BT.-Drs. 21/758 / …" (no full stop at its end: "Anlage zu Frage 3 verwiesen." ends a sentence, and so
# does a sentence ending inside the line), "Hinweise des Landtagsamts", the annex's file name as its label
# ("250613_Anlage 1_Tabelle zu AW 5-6_KA 21-163", 21/507); not "Anlage gegenüber dem …" or "Anlage).",
# which continue a sentence.
_HEADING = re.compile(
    r"^(?:(?:Anlage|Anhang)(?:\s+\d{1,2}(?:\s?[a-z](?=[\s,]))?)?(?:/\d{1,6}|\s*:\s*\S.*|\s+[A-ZÄÖÜ][^.]*|\s+zu\s+(?:Drs|Drucksache)\b.*"
    r"|(?P<zu>\s+(?:zu(?:r|\s+de[rn])?|der)\s+(?:Antwort|Fragen?|Kleinen Anfrage|KA|Bundestagsdrucksache|BT\.?-Drs)\b"
    r"(?:[^.]|(?<=\bDr)\.|(?<=\bProf)\.|\.(?!\s+[A-ZÄÖÜ][a-zäöü]))*(?:(?<!\.)|(?<=\bDr\.)|(?<=\bProf\.)|(?<=\d\s[a-z]\.)|(?<=\d[a-z]\.)))"
    r"|(?P<set_off>(?:\s+[–-]\s*|\s*[–-]\s+|,\s+(?=Antwort\b))[A-ZÄÖÜ].*|\s+\((?:Antwort|zu|Frage|Tabelle)\b[^)]*\).*"
    r"|\s+(?:zu\s+PSts\b|Kleine\s+Anfrage\s+Nr\.\s*\d).*))?"
    r"|Hinweise des Landtagsamt(?:e?s)?\b.*"
    r"|\d{6,8}_(?:Anlage|Anhang)\s?\d{0,2}_\S.*)$"
)
# A line that ends in a word written small, or in a comma, goes on in the next: "wird auf die / Anlage zu Frage 1
# verwiesen, die …" wraps a sentence, while an annex heading follows a sentence, a page head, an imprint or a table row
_GOES_ON = re.compile(r"(?:(?:^|\s)[a-zäöüß][\w-]*|,)$")


def opens_annex(lines: list[str], i: int) -> bool:
    """Does line ``i`` of ``lines`` open an annex: a heading, and one that heads ("Anlage zu Frage 1") only where the
    line before it does not go on into it?"""
    match = _HEADING.match(normalise_space(lines[i]))
    wraps = bool(match and (match.group("zu") or match.group("set_off")))
    return match is not None and not (wraps and i and _GOES_ON.search(lines[i - 1].rstrip()))


def annex_start(lines: list[str]) -> int:
    """Where the first annex opens after a numbered question (the end of the text when none does): an annex's
    captions (``Zu Frage 4:`` over a table of the Bundestag's ``Anlage 1 zur Antwort …``) are no answer headings."""
    first = next((i for i, line in enumerate(lines) if (m := _NUMBERED.match(line)) and not sub_number(m)), len(lines))
    return next((i for i in range(first + 1, len(lines)) if opens_annex(lines, i)), len(lines))


_BARE_LABEL = re.compile(r"^(?:Anlage|Anhang)(?:\s+\d{1,2}[a-z]?)?$")


def label_start(lines: list[str]) -> int:
    """Where the first annex labelled only by its name and number („Anlage 1“, on a line of its own after a finished
    line) opens after a numbered question (the end of the text when none does): from there on, a numbered row of an
    annex's table („17. Kinder- und Jugendbericht – Kurzfassung …“ with a '?' in a later cell, 21/1338) is no question.
    A label that says more („Anlage 4 FeV sofort zu entziehen, …“, „Anlage 2 zu Frage 3 auf Bundestagsdrucksache
    20/7859), und …“) may stand inside a sentence of a question; this one may not."""
    first = next((i for i, line in enumerate(lines) if (m := _NUMBERED.match(line)) and not sub_number(m)), len(lines))
    return next(
        (
            i
            for i in range(first + 1, len(lines))
            if _BARE_LABEL.match(normalise_space(lines[i])) and not _GOES_ON.search(lines[i - 1].rstrip())
        ),
        len(lines),
    )


_OFFICE = re.compile(r"^(?:Staats)?(?:Ministerin|Minister|Staatssekretärin|Staatssekretär|Senatorin|Senator)\b[^.]*$")


def take_annexes(spans: list[QuestionSpan], page_ends: frozenset[int] = frozenset()) -> tuple[Annex, ...]:
    """Cut the annexes and a closing signature off the last answer printed (and the answers sharing it; the last
    printed need not be the last numbered, 21/1338 prints question 14 last); a signature printed after an annex is cut
    off the annex.  ``page_ends``: the text's blank lines that end a page (where a print note was taken off)."""
    if not spans:
        return ()
    printed_last = max(spans, key=lambda span: span.start)
    last = printed_last.answer_lines
    ends = {at - printed_last.answer_start for at in page_ends}
    ends = {at for at in ends if 0 <= at < len(last) and not last[at].strip()}
    start = next((i for i in range(1, len(last)) if opens_annex(last, i)), None)
    if start is None and (cited := _cited_table_start(spans, last)) is not None:
        _keep(spans, last, without_signature(_without_page_number(last[:cited])))
        return _captioned(without_signature(last[cited:], _ANNEX_CLOSING))
    first_page = _page_before_label(last, start, ends) if start is not None else None
    head = _head_before_label(last, start) if start is not None and first_page is None else None
    if start is not None and first_page is not None:  # its first page, then the label and its title again
        annex_lines = without_signature([last[start], *last[first_page:start], *last[start + 2 :]], _ANNEX_CLOSING)
        start = first_page
    elif start is not None and head is not None:  # the annex page's head over its label: the label, then the head
        annex_lines = without_signature([last[start], *last[head:start], *last[start + 1 :]], _ANNEX_CLOSING)
        start = head
    else:
        annex_lines = without_signature(last[start:], _ANNEX_CLOSING) if start is not None else []
    _keep(spans, last, without_signature(_without_page_number(last[:start]) if start is not None else last))
    return _grouped(annex_lines)


def _keep(spans: list[QuestionSpan], last: list[str], kept: list[str]) -> None:
    """The last answer without its annexes, for each answer sharing its lines."""
    for span in spans:
        if span.answer_lines is last:
            span.answer_lines = kept  # one list for the answers sharing it, as before


# A table the answers cite as printed in the annex („… können der Tabelle 1 im Anhang* entnommen werden“, „den
# Tabellen 1 bis 8 im Anhang*“), printed after the last answer under its own caption and under no annex label
# („… soweit die Länder dies wünschen.“ / „Tabelle 1: Wohn- und Wohnkostensituation …“, 21/1005).
_CITED_TABLES = re.compile(r"\bTabellen?\s+(?P<numbers>\d{1,2}(?:\s*(?:bis|und|,)\s*\d{1,2})*)\s+im\s+Anhang\b")
_TABLE_CAPTION = re.compile(r"^Tabelle (?P<number>\d{1,2}):")
_FINISHED = re.compile(r"[.!?]$")


def _cited_table_start(spans: list[QuestionSpan], last: list[str]) -> int | None:
    """Where the first table the answers cite in the annex opens the last answer's rest: its caption, after a line
    that finishes a sentence.  A caption printed under rows of its table (the rows first, 21/859) opens none: where
    the answer ends and the table begins is then marked by no line."""
    said = " ".join(line for span in spans for line in span.answer_lines)
    cited = {number for found in _CITED_TABLES.finditer(said) for number in re.findall(r"\d+", found["numbers"])}
    if not cited:
        return None
    lines = [normalise_space(line) for line in last]
    for i in range(1, len(lines)):
        if caption := _TABLE_CAPTION.match(lines[i]):
            before = next((line for line in reversed(lines[:i]) if line), "")
            return i if caption["number"] in cited and _FINISHED.search(before) else None
    return None


def _captioned(annex_lines: list[str]) -> tuple[Annex, ...]:
    """One annex per table caption in ``annex_lines``, which open with one; a caption repeated over a later page of
    its table („Tabelle 11: Austritte …“ over each of its pages) is no row."""
    annexes: list[tuple[str, list[str]]] = []
    for line in (normalise_space(line) for line in annex_lines):
        if not line or (annexes and line == annexes[-1][0]):
            continue
        if _TABLE_CAPTION.match(line) or not annexes:
            annexes.append((line, []))
        else:
            annexes[-1][1].append(line)
    return tuple(Annex(label, tuple(rows)) for label, rows in annexes)


def _grouped(annex_lines: list[str]) -> tuple[Annex, ...]:
    """The annexes in ``annex_lines``, which open with a heading: one annex per heading, its lines its rows."""
    annexes: list[tuple[str, list[str]]] = []  # label and rows, collected before freezing: annexes run to pages
    lines = _last_label_at_foot(_unwrapped([line for line in (normalise_space(line) for line in annex_lines) if line]))
    running: set[str] = set()  # labels a page's head repeats
    for i, line in enumerate(lines):
        mark = _PAGE_NUMBER.match(lines[i + 1]) if i + 1 < len(lines) else None
        # the page mark set on the heading's own line („Anlage zu BT.-Drs. 21/758 /Thema: … Seite 2 von 10“, 21/964)
        marked = _MARKED_HEADING.match(line) if _HEADING.match(line) else None
        line = marked["label"] if marked else line
        if marked and annexes and line == annexes[-1][0] and int(marked["page"]) > 1:
            continue  # the annex's label at the head of a later page, no annex of its own
        if annexes and _RUNNING_HEAD.match(line) and mark and (mark["of"] or int(mark["page"]) > 1):
            continue  # the annex's running head on a later page ("Anlage", then "2" or "2 von 33"), no annex of its own
        if annexes and line == annexes[-1][0] and mark and int(mark["page"]) > 1:
            continue  # its label over a later page's mark ("Anlage 1", then "Seite 2 von 54")
        if _PAGE_NUMBER.match(line) and i and (_HEADING.match(lines[i - 1]) or _RUNNING_HEAD.match(lines[i - 1])):
            continue  # the page number under an annex's heading or running head, no row of its table
        if annexes and line in (annexes[-1][0], *running) and (not _BARE_LABEL.match(line) or _label_number(line)):
            continue  # the annex's label repeated at the head of each of its pages ("Anlage 1 - Antwort zu …"; the
            # numbered label alone, „Anlage 2“ over each of 21/1437's four pages)
        if _PAGE_FOOT.match(line):
            continue  # a page's mark between the rows of an annex's table („Seite 2 von 14“, 21/1097), no row
        if not _HEADING.match(line):
            annexes[-1][1].append(line)
        elif annexes and not annexes[-1][1] and _DRUCKSACHE_LABEL.match(annexes[-1][0]):
            # „Anlage 21/159“ over „Anlage zur Antwort …“: the page's head, repeated on its later pages, not an annex
            running.add(annexes[-1][0])
            annexes[-1] = (line, [])
        elif annexes and not annexes[-1][1] and _covers(annexes[-1][0], line):
            annexes[-1] = (line, [])  # „Anlage 1“, „- 2 -“, „Anlage 1 zu Frage 3“ (21/1365): the cover over its title
        else:
            annexes.append((line, []))
    heads = _running_heads([row for _label, rows in annexes for row in rows])
    return tuple(Annex(label, tuple(row for row in rows if row not in heads)) for label, rows in annexes)


# a heading's line that ends on an article, a preposition, „und“ or a title before a name goes on in the next
_WRAPS = re.compile(
    r"(?:\s(?:der|des|die|dem|den|das|zur|zum|zu|auf|und|oder|vom|von|für|mit|nach|über)|\b(?:Dr|Prof)\.)$"
)
_MAX_HEADING_LINES = 3
# where a wrapped heading ends: on the Drucksache's number, a year, a closing bracket or quote (a table's head, „Monat
# Fälle“, ends on none of them)
_HEADING_END = re.compile(r"(?:\d{1,2}/\d{1,6}|\d{4}|[)“\"])$")


def _unwrapped(lines: list[str]) -> list[str]:
    """``lines`` with each annex heading the print wrapped set on one line („Anlage zur Antwort … des Abgeordneten Dr.“
    / „Götz Frömming u. a. und der Fraktion der AfD; BT-Drucksache: 21/504“, 21/729; „… Kleinen Anfrage der“ /
    „Fraktion der AfD betreffend „… und“ / „Versorgungslage in Deutschland“ BT-Drucksache 21/651“, 21/1037): the
    name and Drucksache belong to the label, no row of the annex's table.  At most three lines, each continuation
    no heading or page mark of its own, the whole still a heading and ending as one (see ``_HEADING_END``)."""
    out: list[str] = []
    at = 0
    while at < len(lines):
        line, at = lines[at], at + 1
        if _HEADING.match(line) and _WRAPS.search(line):
            line, at = _heading_wrapped(lines, line, at)
        out.append(line)
    return out


def _heading_wrapped(lines: list[str], heading: str, at: int) -> tuple[str, int]:
    """The heading ``heading`` with the lines from ``at`` on that finish it, and the index after them; unchanged where
    no such lines follow."""
    longer = heading
    for end in range(at, min(len(lines), at + _MAX_HEADING_LINES - 1)):
        if _HEADING.match(lines[end]) or _PAGE_NUMBER.match(lines[end]):
            break
        longer = f"{longer} {lines[end]}"
        if not _HEADING.match(longer):
            break
        if _HEADING_END.search(longer):
            return longer, end + 1
        if not _WRAPS.search(longer):
            break
    return heading, at


def _covers(label: str, heading: str) -> bool:
    """Is ``label`` a cover line of the annex ``heading`` opens: its bare number („Anlage 1“) over that number's full
    heading („Anlage 1 zu Frage 3“)?"""
    return bool(_BARE_LABEL.match(label)) and heading != label and _label_number(heading) == _label_number(label) > 0


def _running_heads(rows: list[str]) -> set[str]:
    """The head naming the answer the annexes belong to where it is printed again on later pages („Kleine Anfrage der
    Fraktion der AfD“ / „BT-Drs. Nr. 21/533“ over each page of 21/807's table, „Kleine Anfrage der Fraktion der AfD
    auf BT-Drs. 21/138“ at the foot of each page of 21/315's five annexes): a line repeated so is page furniture, no
    row."""
    return {row for row, count in Counter(rows).items() if count > 1 and _ANNEX_PAGE_HEAD.match(row)}


_RUNNING_HEAD = re.compile(r"^(?:Anlage|Anhang)$")  # a bare heading: an annex's page head repeats it
# "2", "2 von 33", "Seite 2 von 9", "- 2 -"
_PAGE_NUMBER = re.compile(r"^(?:Seite |(?P<dash>[-–]) )?(?P<page>\d{1,3})(?P<of> von \d{1,3})?(?(dash) [-–])$")
# „Anlage 21/159“, „Anlage KA 21/801“, „Anlage 2 KA 21/461“: the Drucksache's label, the head of each annex page
_DRUCKSACHE_LABEL = re.compile(r"^(?:Anlage|Anhang)(?:\s+\d{1,2})?(?:\s+KA)?\s+\d{1,2}/\d{1,6}$")
_PAGE_FOOT = re.compile(r"^(?:Seite \d{1,4} von \d{1,4}|[-–] \d{1,3} [-–])$")  # also „- 3 -“ (21/1844's pages)
_MARKED_HEADING = re.compile(r"^(?P<label>.+?)\s+Seite (?P<page>\d{1,3}) von \d{1,3}$")
# the annex's first page mark before its label: "1" or "Seite 1 von 14" on a line of its own, also the page of the
# document the annexes are counted in ("Seite 7 von 66", 21/1338)
_FIRST_PAGE_MARK = re.compile(r"^(?:\d{1,3}|Seite \d{1,3} von \d{1,3})$")
# a page's last line: its footnote („* Von einer Drucklegung …“) or its page mark (or the blank line the print's note
# leaves where it was taken off, :mod:`indexer.ingest.layouts.starred`)
_ENDS_PAGE = re.compile(r"^(?:\*+ \S|\d{1,3}$|Seite \d{1,3} von \d{1,3}$)")
_MIN_TITLE = 20  # characters: a shorter line repeated (a table's "Gesamt") is no annex's title


def _without_page_number(lines: list[str]) -> list[str]:
    """The lines before an annex without the annex's first page mark (``1``, ``Seite 1 von 14``)."""
    end = len(lines)
    while end and (not lines[end - 1].strip() or _FIRST_PAGE_MARK.match(lines[end - 1].strip())):
        end -= 1
    return lines[:end]


def _page_before_label(lines: list[str], label: int, page_ends: set[int]) -> int | None:
    """Where the annex's first page begins when it is printed before the annex's label (the Bundestag's „Anlage zu
    Frage 3“ at the head of the annex's second page, its title repeated under it): the line of that title's first
    printing, after the last answer's words; None when the title after the label is printed only there.  That
    printing heads a page: the line before it ends one (the footnote „* Von einer Drucklegung der Anlage wird
    abgesehen …“ over the imprint, the blank line of ``page_ends`` it left where it was taken off, or a page mark),
    where an answer's own table under the same title follows its words („… aus der folgenden Übersicht:“, a blank
    line between or not)."""
    title = normalise_space(lines[label + 1]) if label + 1 < len(lines) else ""
    if len(title) < _MIN_TITLE:
        return None
    return next(
        (
            i
            for i in range(1, label)
            if normalise_space(lines[i]) == title and (i - 1 in page_ends or _ENDS_PAGE.match(lines[i - 1].strip()))
        ),
        None,
    )


# The head of an annex's page naming the answer it belongs to, printed over the annex's label: „Kleine Anfrage der
# Fraktion der AfD, BT-Drs. 21/941“, „Antwort der Bundesregierung auf die Kleine Anfrage der Abgeordneten … und der
# Fraktion Die Linke“ / „BT-Drucksache 21/956“ (Bundestag)
_ANNEX_PAGE_HEAD = re.compile(
    r"^(?:Antwort der Bundesregierung auf die )?Kleine Anfrage (?:der|des|Nr)\b.*[^.]$"
    r"|^(?:BT-)?(?:Drucksache|Drs\.) (?:Nr\. )?\d{1,2}/\d{1,6}$"  # also „BT-Drs. Nr. 21/533“ (21/807)
)


def _head_before_label(lines: list[str], label: int) -> int | None:
    """Where the head of the annex's first page begins when it is printed over the annex's label (see
    ``_ANNEX_PAGE_HEAD``); None when no such head stands right before the label (blank lines and a page mark apart)."""
    at, head = label, None
    while at > 1:
        line = lines[at - 1].strip()
        if line and not _FIRST_PAGE_MARK.match(line) and not _ANNEX_PAGE_HEAD.match(line):
            break
        at -= 1
        head = at if line and _ANNEX_PAGE_HEAD.match(line) else head
    return head if head is not None else _wrapped_head(lines, label)


# The same head over several lines: the askers' names wrap, the Drucksache follows with its date, the title may follow
# in brackets („Kleine Anfrage der Abgeordneten Dr. Alice Weidel, Tino Chrupalla, u. a. und der“ / „Fraktion AfD“ /
# „- Drucksache 21/817 vom 09.07.2025“ / „(Fortführung des Amtes … von“ / „Notwendigkeit, … Ressourceneinsatz)“).
_WRAPPED_HEAD_START = re.compile(r"^(?:Antwort der Bundesregierung auf die )?Kleine Anfrage (?:der|des) Abgeordneten\b")
_WRAPPED_HEAD_NUMBER = re.compile(
    r"^[-–]?\s*(?:BT-)?(?:Drucksache|Drs\.) \d{1,2}/\d{1,6}(?: vom \d{1,2}\.\d{1,2}\.\d{4})?\s*[-–]?$"
)
_WRAPPED_HEAD_LINES = 8  # lines said, at most, from the head's first line to the label


def _wrapped_head(lines: list[str], label: int) -> int | None:
    """Where a head over several lines begins right before the label: its first line, the Drucksache among its lines,
    and no line that ends a sentence (None where there is no such head)."""
    said = [i for i in range(max(0, label - 3 * _WRAPPED_HEAD_LINES), label) if lines[i].strip()][-_WRAPPED_HEAD_LINES:]
    for position in range(len(said) - 1, 0, -1):
        if not _WRAPPED_HEAD_START.match(lines[said[position]].strip()):
            continue
        block = [lines[i].strip() for i in said[position:]]
        if any(_WRAPPED_HEAD_NUMBER.match(line) for line in block) and not any(
            line.endswith((".", "?", "!", ":")) for line in block
        ):
            return said[position]
        return None
    return None


_CLOSING = re.compile(r"^(?:Mit freundlichen Grüßen|[A-ZÄÖÜ][a-zäöü]+, (?:den )?\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ]))")
# In an annex's table "Görlitz, 3. Quartal" is a row: there only the greeting or a place with a whole date closes.
_ANNEX_CLOSING = re.compile(
    r"^(?:Mit freundlichen Grüßen"
    r"|[A-ZÄÖÜ][a-zäöü]+, (?:den )?\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|[A-ZÄÖÜ][a-zäöü]+ \d{4}))\s*$"
)


def without_signature(lines: list[str], closes: re.Pattern[str] = _CLOSING) -> list[str]:
    """``lines`` without the signature that closes them: ``Hermann`` / ``Minister für Verkehr``, or
    ``Berlin, den …`` / ``Mit freundlichen Grüßen`` and what follows."""
    closing = next((i for i in range(max(1, len(lines) - 10), len(lines)) if closes.match(lines[i].strip())), None)
    if closing is not None:
        return lines[:closing]
    said = [line for line in lines if line.strip()]
    if len(said) < 3 or not _OFFICE.match(said[-1].strip()) or len(said[-2].split()) > 4 or "." in said[-2]:
        return lines
    return lines[: len(lines) - 1 - [line.strip() for line in reversed(lines)].index(said[-2].strip())]


# The Bundestag's imprint closes the printed Drucksache on its last page; what a copy holds after it are the annexes
# the print leaves out („* Von einer Drucklegung der Anlage wird abgesehen …“), appended as they were sent.
_IMPRINT_END = re.compile(r"^ISSN 0722-8333$")
# an annex's label printed at the end of its title line („… Gebietsstand des jeweiligen Stichtags Anlage 1“)
_TRAILING_LABEL = re.compile(r"\s(?P<label>(?:Anlage|Anhang)\s+\d{1,2}[a-z]?)$")
_UNLABELLED = "Anlage"


def carries_imprint(lines: list[str]) -> bool:
    """Does the copy reach the Bundestag's imprint, the last page's last words?  Then nothing of the answers is cut
    off, whatever the last answer's last line lacks (its full stop, a table's last row)."""
    return any(_IMPRINT_END.match(normalise_space(line)) for line in lines)


def split_at_imprint(lines: list[str]) -> tuple[list[str], list[str]]:
    """The printed text up to the Bundestag's imprint (which it keeps), and the lines appended after it: those are
    annexes, never an answer's words nor a question (a table's numbered row is no question)."""
    end = next((i for i in range(len(lines) - 1, -1, -1) if _IMPRINT_END.match(normalise_space(lines[i]))), None)
    if end is None or not any(line.strip() for line in lines[end + 1 :]):
        return lines, []
    return lines[: end + 1], lines[end + 1 :]


def appended_annexes(lines: list[str]) -> tuple[Annex, ...]:
    """The annexes appended after the imprint (see :func:`split_at_imprint`): the first is labelled by its heading,
    by the label at the end of its title line, or else plainly „Anlage“; every later heading opens the next."""
    said = [line for line in (normalise_space(line) for line in lines) if line]
    while said and _FIRST_PAGE_MARK.match(said[0]):  # the annex's first page mark over its heading
        said = said[1:]
    if not said:
        return ()
    labelled = [] if _HEADING.match(said[0]) else [_UNLABELLED]
    current = 0  # the number of the annex read: a title line ending on the next annex's label opens that annex
    for line in said:
        trailing = None if _HEADING.match(line) else _TRAILING_LABEL.search(line)
        number = _label_number(trailing["label"] if trailing else line)
        if trailing and number in (1, current + 1) and number != current:
            labelled = [] if labelled == [_UNLABELLED] else labelled
            labelled.append(trailing["label"])
        current = number or current
        labelled.append(line)
    return _grouped(_label_first(labelled))


_PAGE_HEAD_LINES = 3


def _label_first(lines: list[str]) -> list[str]:
    """Unlabelled lines before the first label are that annex's first page when the label is „Anlage 1“, when its
    title repeats their first line (said once), or when they are a page's head of a few lines (21/1232: „Kleine
    Anfrage der Fraktion … auf BT-Drs. 21/1035“, „1“, then „Anlage – Antwort zu Frage 27“): the label goes first;
    else they stay an annex of their own."""
    label = next((i for i in range(1, len(lines)) if _HEADING.match(lines[i])), None)
    if lines[0] != _UNLABELLED or label is None:
        return lines
    title = lines[label + 1] if label + 1 < len(lines) else ""
    if _label_number(lines[label]) == 1 or title == lines[1] or label - 1 <= _PAGE_HEAD_LINES:
        after = label + 2 if title == lines[1] else label + 1  # the title repeated under the label is said once
        return [lines[label], *lines[1:label], *lines[after:]]
    return lines


def _label_number(line: str) -> int:
    """The number of an annex label (``Anlage 3`` → 3), 0 for any other line."""
    found = re.match(r"^(?:Anlage|Anhang)\s+(\d{1,2})\b", line) if _HEADING.match(line) else None
    return int(found.group(1)) if found else 0


# a later page of an annex („Seite 2 von 2“): the rows after it go on the annex before, wherever its label was printed
_LATER_PAGE = re.compile(r"^Seite (?:[2-9]|\d{2,3}) von \d{1,3}$")
# the Bundestag's imprint under the last page
_IMPRINT = re.compile(r"^(?:Gesamtherstellung|Vertrieb):|^ISSN \d{4}-\d{4}$")


def _last_label_at_foot(lines: list[str]) -> list[str]:
    """The last annex's label printed at the foot of its page, the text's last line but the imprint („Anlage 5“ /
    „Generalzolldirektion …“ … „Anlage_6_…xlsx“ / „Anlage 6“, 21/1427; „Übersicht 5. …“ … „Anlage 2“, 21/2203): the
    rows printed since the label before it, the next of the same series, are its rows (read as printed, the last annex
    was empty and the one before held its table), so it is read right after that label.  Rows opening with a later
    page's mark („Anlage 4“ / „Seite 2 von 2“, 21/1439) go on the annex before: then nothing moves."""
    end = len(lines)
    while end and _IMPRINT.match(lines[end - 1]):
        end -= 1
    last = end - 1
    before = next((i for i in range(last - 1, -1, -1) if _HEADING.match(lines[i])), None)
    if before is None or last - before < 2 or not _HEADING.match(lines[last]):
        return lines
    if _LATER_PAGE.match(lines[before + 1]) or not _follows(lines[before], lines[last]):
        return lines
    return [*lines[: before + 1], lines[last], *lines[before + 1 : last], *lines[end:]]


def _follows(before: str, label: str) -> bool:
    """Is ``label`` the next of ``before``'s series: „Anlage 5“ → „Anlage 6“, „Anlage BImA zu Frage 6c“ → „… 7“?"""
    if _BARE_LABEL.match(before) and _BARE_LABEL.match(label) and _label_number(before):
        return _label_number(label) == _label_number(before) + 1
    stem, _, tail = before.rpartition(" ")
    next_stem, _, next_tail = label.rpartition(" ")
    return bool(stem) and stem == next_stem and tail != next_tail and next_tail[:1].isdigit()
