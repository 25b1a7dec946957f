"""A Kleine Anfrage of one question, printed without a number: Sachsen labels it ``Frage:``,
Sachsen-Anhalt prints it right after ``… beantworte ich die Kleine Anfrage wie folgt:``,
Thüringen after ``Ich frage die Landesregierung:``, Mecklenburg-Vorpommern and Schleswig-Holstein
as a paragraph of its own after the cover or the Vorbemerkung.  With no number to find, the question is
the run of sentences that end with ``?`` (a ``(Bitte …)`` note after one belongs to it); the
answer is what follows, after the sentence that opens the answer where one is printed.
"""

from __future__ import annotations

import re

from indexer.dates import MONTH_NAMES
from indexer.ingest.layouts.front import GOV_PREAMBLE_HEADING, PREAMBLE_HEADING
from indexer.ingest.layouts.questions import (
    ANSWER_PART_HEADING,
    ASKING_WORDS,
    INTERROGATIVE,
    OPENING_WORDS,
    QuestionSpan,
    Split,
    opens_answer,
)

_LABEL = re.compile(r"^Frage\s*:\s*(?P<rest>.*)$")
# The line before the question: the answer's opening sentence or the question paper's request.
_LEAD_IN = re.compile(r"(?:" + OPENING_WORDS + "|" + ASKING_WORDS + r"|^Fragen an die \w*regierung)\s*:\s*$")
# After a '?': a note in brackets, or a request sentence, still belongs to the question.
_AFTER_MARK = re.compile(r"\?(?:\s*\([^()]{0,300}\))?(?:\s+Bitte [^.?!]{3,200}\.)?")
# A sentence ends with '.' or '!' after a word (not an abbreviation: ``bzw.``, ``Nr.``, ``z. B.``; not
# the ordinal of a date: ``1. Januar``).
_ABBREVIATED = "".join(
    rf"(?<!\b{word})" for word in ("bzw", "usw", "vgl", "ggf", "gem", "sog", "evtl", "inkl", "insb", "bspw")
)
STATEMENT_END = re.compile(
    r"(?:(?<=[a-zäöüß]{3})" + _ABBREVIATED + r"|(?<=[)\]“\"\d]))[.!](?!\s*(?:" + "|".join(MONTH_NAMES) + r")\b)"
    r"(?=\s+[A-ZÄÖÜ„\"]|\s*$)"
)
# ... also a statement whose full stop the closing quotation mark follows, a sentence after it (Schleswig-Holstein's
# askers' Vorbemerkung before the one question: „… sei „natürlich viel zu schnell Inklusion eingeführt worden.“ Welche
# Gesetze … sind … zu schnell gekommen?“)
QUOTED_STATEMENT_END = re.compile(r"(?<=[a-zäöüß]{3})[.!][“\"](?=\s+[A-ZÄÖÜ])")
_SUBJECT = re.compile(r"\b[Bb]etr\.:")
# The answer's heading that names the one question without a number (Saarland: "…? Zur Frage: Leider …",
# Sachsen-Anhalt: "…? Antwort zu der Frage: Die Beantwortung …").
_ANSWER_HEADING = re.compile(r"^(?:Zur|Zu der|Zu|Antwort zu der) Frage\s*:\s*")
# The end of Bayern's answer heading, its date: „… für Bau und Verkehr vom 14.04.2014“, or the wrapped rest of it
_HEADING_DATED = re.compile(r"(?:[^.?!:]{0,150} )?vom \d{1,2}\.\s*\d{1,2}\.\s*\d{4}\s*$")
# ... a heading's line that the next one continues: it stops on a comma or a joining word („… des Innern, für Bau“ /
# „und Verkehr vom …“; „… Staatsministeriums für“ / „Unterricht und Kultus vom …“)
_HEADING_GOES_ON = re.compile(r"(?:,|\b(?:für|des|der|den|dem|und|im|in|zur|zum))\s*$")
NOTE = "Eine Frage ohne Nummer: als Frage 1 geführt, die Antwort beginnt nach ihrem letzten Fragezeichen."
_MAX_QUESTION = 1500  # characters: a longer run of '?' sentences is no single question
_WINDOW = 60  # lines: more than _MAX_QUESTION characters even of short printed lines


def single(lines: list[str]) -> Split | None:
    """One unnumbered question and its answer; None if the text does not read so."""
    start, first, labelled = _question_start(lines)
    if start is None or _senate_unasked(lines, start, labelled):
        return None
    text = "\n".join([first, *lines[start + 1 :]])
    end = _question_end(text, labelled)
    if end is None:
        return None
    question = text[:end]
    rest = text[end:].lstrip(" ").split("\n")
    rest = rest[1:] if rest and not rest[0].strip() else rest
    while rest and not rest[0].strip():
        rest = rest[1:]
    opening = opens_answer(rest, 0)  # the answer's opening sentence after the quoted question (Thüringen)
    rest = rest[opening + 1 :] if opening is not None else rest
    # Bayern's heading of the answer part („Antwort des Staatsministeriums … vom 14.04.2014“) before the answer
    if len(rest) > 1 and ANSWER_PART_HEADING.match(rest[0]):
        # ... wrapped, its date on the next line („Antwort des Staatsministeriums des Innern, für Bau und Verkehr“,
        # „vom 14.04.2014“): dropped whole
        # (not the answer's first line ending on a date: „Gemäß der Mitteilung der DB AG vom 14.04.2014“)
        wrapped = (
            not _HEADING_DATED.search(rest[0])
            and len(rest) > 2
            and _HEADING_DATED.fullmatch(rest[1].strip())
            and (rest[1].strip()[:1].islower() or _HEADING_GOES_ON.search(rest[0]))
        )
        rest = rest[2:] if wrapped else rest[1:]
        while rest and not rest[0].strip():
            rest = rest[1:]
    heading = _ANSWER_HEADING.match(rest[0]) if rest else None
    if heading:
        rest = [rest[0][heading.end() :], *rest[1:]] if rest[0][heading.end() :].strip() else rest[1:]
    if not rest or not question.strip():
        return None
    span = QuestionSpan(1, start, start + 1, len(lines), text_lines=question.split("\n"), answer_lines=rest)
    return Split([span], start, [NOTE])


# A city-state's cover names the Senat as who answers („Schriftliche Kleine Anfrage … und Antwort des Senats“, Hamburg);
# its question paper always asks him in a sentence of its own („Ich frage den Senat:“, „Vor diesem Hintergrund frage
# ich den Senat:“).
_SENATE_ANSWERS = re.compile(r"\bAntwort des Senats\b")
_SENATE_ASKED = re.compile(
    r"\b(?:[Ii]ch|[Ww]ir) fragen? (?:\w+ ){0,2}(?:den|der) Senat\b|\bfragen? (?:ich|wir) (?:\w+ ){0,2}den Senat\b"
)


def _senate_unasked(lines: list[str], start: int, labelled: bool) -> bool:
    """Is the '?' sentence found without label or lead-in only the askers' introduction to a Senat (Hamburg's „…
    verändern will. Aber in welche Richtung? Die Untersuchung …“, the copy cut before „Ich frage den Senat:“)?  A
    cover that names the Senat as who answers and no asking sentence before the sentence: no question yet."""
    previous = next((line for line in reversed(lines[:start]) if line.strip()), "")
    if labelled or _LEAD_IN.search(previous):
        return False
    before = " ".join(lines[:start])
    return bool(_SENATE_ANSWERS.search(" ".join(lines[:3]))) and not _SENATE_ASKED.search(before)


def _question_start(lines: list[str]) -> tuple[int | None, str, bool]:
    """The line where the question begins, its text without the ``Frage:`` label, and whether
    a label marked it."""
    for i, line in enumerate(lines):
        label = _LABEL.match(line)
        if label and (label.group("rest") or i + 1 < len(lines)):
            return (i, label.group("rest"), True) if label.group("rest") else (i + 1, lines[i + 1], True)
    lead = next((i for i, line in enumerate(lines) if _LEAD_IN.search(line)), None)
    start = next((i for i in range(lead + 1, len(lines)) if lines[i].strip()), None) if lead is not None else None
    start = start if lead is not None else _paragraph_question(lines)
    start = start if start is not None else _sentence_question(lines)
    return (start, lines[start], False) if start is not None else (None, "", False)


def _paragraph_question(lines: list[str]) -> int | None:
    """With no label and no lead-in: the first paragraph that opens with the question's sentences
    (Mecklenburg-Vorpommern and Schleswig-Holstein print it after the cover or the askers' Vorbemerkung); never
    before Thüringen's „Die Kleine Anfrage … hat folgenden Wortlaut:“, which quotes the questions after the title."""
    quoted = next((i for i, line in enumerate(lines) if _WORDING.match(line)), 0)
    for index in range(max(1, quoted), len(lines)):
        opens = (
            lines[index].strip()
            and not lines[index - 1].strip()
            and not _after_cover(lines, index)
            and not _NRW_COVER.search(lines[index])
            and not _ST_COVER.match(lines[index])
        )
        # a window of lines: the question ends within _MAX_QUESTION characters (a long text stays linear)
        if opens and _question_end("\n".join(lines[index : index + _WINDOW]), labelled=False) is not None:
            return index
    return None


# Niedersachsen's cover ends "Antwort des … Ministeriums … namens der Landesregierung"; the title that follows may ask
# ("Nachfragen - Missbraucht der Innenminister die Polizei für politische Zwecke?") but is no question.
_COVER_END = re.compile(r"namens der Landesregierung\s*$")
# Nordrhein-Westfalen's cover runs on into the title, which may ask ("… Antwort der Landesregierung auf die Kleine
# Anfrage 4003 vom 1. Juli 2020 des Abgeordneten … Drucksache 17/10080 Feuerwehr-Rente oder Anerkennungsprämie?
# Wertschätzung …"): its paragraph is no question either.
_NRW_COVER = re.compile(r"\bAntwort der Landesregierung auf die Kleine Anfrage \d+ vom ")
# Sachsen-Anhalt's answer cover, a line of its own before the one question („Antwort der Landesregierung erstellt vom
# Ministerium für Landwirtschaft und Umwelt“ / „Ist der Runderlass … überarbeitet worden? …“), opens no question.
_ST_COVER = re.compile(r"^Antwort der Landesregierung erstellt (?:vom|von der) [^.:?!]*$")


# Thüringen's answer quotes the Kleine Anfrage after its title, which may ask („Hat der Thüringer Minister … sein Amt
# für private Zwecke missbräuchlich genutzt? Die Kleine Anfrage 1326 vom 11. August 2016 hat folgenden Wortlaut: …“).
_WORDING = re.compile(r"^Die Kleine Anfrage \d{1,5} vom [^:]{6,40} hat folgenden Wortlaut:")


def _after_cover(lines: list[str], index: int) -> bool:
    before = next((line for line in reversed(lines[:index]) if line.strip()), "")
    return bool(_COVER_END.search(before))


def _sentence_question(lines: list[str]) -> int | None:
    """Without blank lines between paragraphs (the Bundestag's extracted text): the first line after the last
    Vorbemerkung heading (or, without one, after the first line) that opens a sentence with a question's words
    ("Welchen Wortlaut hat …") after a line that ended one, where the question's sentences end within
    _MAX_QUESTION characters."""
    headings = [i for i, line in enumerate(lines) if PREAMBLE_HEADING.match(line) or GOV_PREAMBLE_HEADING.match(line)]
    for index in range(headings[-1] + 1 if headings else 1, len(lines)):
        if not INTERROGATIVE.match(lines[index]) or not re.search(r"[.!?:)“\"]$", lines[index - 1].rstrip()):
            continue
        if _asking_subject(lines[index - 1]):
            continue  # the subject's second question (Hamburg: „Betr.: Absoluter Hammer …? Wie radelt es sich …?“)
        if _question_end("\n".join(lines[index : index + _WINDOW]), labelled=False) is not None:
            return index
    return None


def _asking_subject(line: str) -> bool:
    """Does ``line`` end with the cover's subject after ``Betr.:``, asking, with no sentence after it?  A question
    right after it is the subject's own second sentence, not the Kleine Anfrage's question."""
    subject = _SUBJECT.search(line)
    if subject is None or not line.rstrip().endswith("?"):
        return False
    return not STATEMENT_END.search(line, subject.end())


def _question_end(text: str, labelled: bool) -> int | None:
    """Offset after the last of the question's sentences, each ending with '?'.  Only a question
    labelled ``Frage:`` may open with a statement (``In der Antwort … hieß es: „…“. Wie …?``)."""
    mark = _AFTER_MARK.search(text)
    if mark is None or mark.start() > _MAX_QUESTION:
        return None
    if not labelled and (
        STATEMENT_END.search(text, 0, mark.start()) or QUOTED_STATEMENT_END.search(text, 0, mark.start())
    ):
        return None
    if not labelled and _SUBJECT.search(text, 0, mark.start()):
        return None  # the cover's subject that asks („Betr.: … – Was hat sich 2017 … getan?“) is no question
    end = mark.end()
    while (following := _AFTER_MARK.search(text, end)) and following.start() <= _MAX_QUESTION:
        statement = STATEMENT_END.search(text, end)
        if statement and statement.start() < following.start():
            break
        end = following.end()
    return end


# Question 1 as the last line of a copy cut inside it: "1. Seit Beginn der 17. Legislaturperiode … sind laut An",
# "Frage 1: Welche Vorkehrungen trifft die Sächsische Staatsregierung, … Eröffnung der … Arc".
_CUT_FIRST = re.compile(r"^(?:Frage\s+1\s*[:.]|1\.)\s+(?P<rest>[A-ZÄÖÜ„\"][^?]{20,})$")
_ENDS_ON_LETTER = re.compile(r"[A-Za-zÄÖÜäöüß]-?$")


def cut_first(lines: list[str]) -> Split | None:
    """A copy cut inside its first question, after the cover and the remarks: the last line is question 1,
    without its '?', ending on a word; no answer yet (None if the text does not end so)."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)
    found = _CUT_FIRST.match(lines[last].strip()) if last is not None else None
    if last is None or found is None or not _ENDS_ON_LETTER.search(found.group("rest")):
        return None
    return Split([QuestionSpan(1, last, last + 1, last + 1, text_lines=[found.group("rest")])], last)
