"""A question's lettered parts answered one by one (Bundestag): each part, then its answer.

Two prints of it: the stem, its answer, then ``a) …?`` and its answer, ``b) …?`` and its answer (21/612 q20); or the
stem that the parts finish, each part followed by its answer and the last part by the stem's last words
(„1. Wie viele Anträge …, aufgeschlüsselt nach“ / the total / „a) Ungedienten,“ / „1 811 Anträge durch Ungediente.“ /
… / „e) Reservistinnen und Reservisten“ / „wurden im Jahr 2024 gestellt?“ / its answer, 21/898).  Read as printed,
the answers to the first parts stood in the question, or the later parts in the answer.  Here the question is the
stem with its parts, the answer the stem's answer and each part's answer, led by the part's letter.
"""

from __future__ import annotations

import re

from indexer.ingest.layouts.questions import QuestionSpan

_PART = re.compile(r"^\s*(?P<letter>[a-z])\)\s+\S")
# where a part's own words end: its '?', or its comma, semicolon, „und“/„oder“ before the next part or the answer
_PART_END = re.compile(r"(?:\?|[,;]|\s(?:und|oder|sowie))$")
# an answer's line opens in capitals, with a figure or a quote, never in lower case (which goes on the part)
_OPENS_ANSWER = re.compile(r"^\s*[A-ZÄÖÜ\d„\"]")
# a part closed by its comma and the conjunction that joins the next („… bis 231 StGB), sowie“, 21/2331 q1 c), on any of
# its lines, or by its bracket and the list's „sowie“ („… bis 231 StGB) sowie“, 21/2333 q1 c): without either („… der
# Schule sowie“ / „Klassenstufe angeben; …“, 21/1682 q4; „… (GeWO) und“, 21/193 q12) the part goes on
_LISTED_END = re.compile(r"(?:,\s+(?:und|oder|sowie)|\)\s+sowie)$")
# a sentence's end in a line: its full stop (not an ordinal's, „21. Legislaturperiode“), '?', '!' or ':' at its end
_SENTENCE_END = re.compile(r"[^\s.\d]\.(?=\s|$)|[?!]|:$")
_FINISHED = re.compile(r"[.:]\s*$")
_MAX_PART_LINES = 8
# a part that asks at length („a) Welche Planungsunterlagen … vorliegen, einschließlich … getroffen wurde?“, nine
# lines, 21/1690 q5) ends on its '?' further down, where no line before it finishes a sentence
_MAX_ASKING_LINES = 16
# an answer that names the questions it answers („Die Fragen 1 und 1a werden gemeinsam beantwortet.“) is no part's alone
_JOINT = re.compile(r"^\s*Die\s+Fragen\s+\d")
# an abbreviation's full stop is no sentence's end: „bzw.“, „5 Mio. Euro“, „BT-Drs. 20/1234“, a small letter's („e. V.“,
# „z. B.“) — a capital's is („… in Anlage A.“)
_ABBREVIATED = re.compile(
    r"(?:^|\s|-)(?:[a-zäöüß]|z\. ?B|u\. ?a|bzw|vgl|ggf|usw|ca|d\. ?h|Nr|Abs|Art|Mio|Mrd|Tsd|Drs|Dr|Prof|e\. ?V"
    r"|insb|inkl|zzgl|sog|bspw|Ziff|Buchst|Kap|Anl|Std)\.$"
)


def answered_parts(span: QuestionSpan) -> bool:
    """Read ``span``'s parts answered one by one into its question and answer; False (unchanged) where its lines
    show no such print: at least two lettered parts a), b), … in order, the last asking („…?“), and at least two
    answers among the stem's and the parts', one of them a part's."""
    lines = [*span.text_lines, *span.answer_lines]
    starts = _part_starts(lines)
    if len(starts) < 2:
        return False
    asked = len(span.text_lines)
    parts: list[tuple[list[str], list[str]]] = []
    for position, start in enumerate(starts):
        stop = starts[position + 1] if position + 1 < len(starts) else len(lines)
        end = _part_end(lines, start, stop, last=position + 1 == len(starts))
        if end is None:
            return False
        answer = [line for line in lines[end:stop] if line.strip()]
        # an answer without a sentence („LP6 – Vorbereiten der Vergabe: November 2027“, 21/730 q7) only after a part
        # that its '?' or ';' ends: after a comma such lines may still be the question's words
        closed = lines[end - 1].rstrip().endswith(("?", ";"))
        unfinished = not closed and not any(_FINISHED.search(line) for line in answer)
        if answer and (unfinished or any(map(_PART.match, answer)) or _asks(answer)):
            return False  # no sentence, a part printed out of order (21/612 q21: a), b), d), c)), or a part's second
            # question („d) Was bedeutet …?“ / „Ist die Bundesregierung insbesondere der Auffassung, …?“, 21/820 q10)
        parts.append((lines[start:end], answer))
    if not parts[-1][0][-1].rstrip().endswith("?"):
        return False
    if starts[0] >= asked:  # the stem asked and was answered before its parts (where it ends was guessed, without
        # its '?': it may end at a later comma, see ``_comma_end``)
        end = asked if _sentence_end(lines[asked - 1]) else _comma_end(lines[: starts[0]], asked)
        stem, stem_answer = lines[:end], lines[end : starts[0]]
    else:
        stem, stem_answer = _stem(lines[: starts[0]])
    answers = [answer for _, answer in parts if answer]
    # parts printed inside the stem's sentence answered one by one: two of them at least (the last part's answer alone
    # is the whole question's, 21/1072 q35: „… wie z. B. a) …, b) … und c) … beizubehalten …?“ and one answer)
    if len(answers) + bool(stem_answer) < 2 or len(answers) < (2 if starts[0] < asked else 1):
        return False
    span.text_lines = [*stem, *(line for text, _ in parts for line in text)]
    span.answer_lines = [*stem_answer]
    alone = True  # the part before was answered (or there is none): this answer is this part's alone
    for text, answer in parts:
        if answer:  # after parts without an answer it answers them all („Die Fragen 6a und 6b werden …“): no letter
            letter = text[0].lstrip()[0]  # the part's first line opens with its letter
            own = alone and not _JOINT.match(answer[0])
            span.answer_lines += ["", f"{letter}) {answer[0].strip()}" if own else answer[0], *answer[1:]]
        alone = bool(answer)
    return True


def _asks(answer: list[str]) -> bool:
    """Does ``answer``'s first sentence ask (its first line ending a sentence ends on '?')?"""
    ending = next((line.rstrip() for line in answer if re.search(r"[.:?!]$", line.rstrip())), "")
    return ending.endswith("?")


def _part_starts(lines: list[str]) -> list[int]:
    """The lines opening parts a), b), c) … in order of the alphabet (the first run from a), also on the question's
    first line: „2. a) Welche Regionen …?“, 21/969); or, where the print
    sets one part after the next (21/612 q21: a), b), d), c): d) answered with the parts before it, c) on its own),
    each of a) … the last letter once, in the printed order."""
    starts: list[int] = []
    for index, line in enumerate(lines):
        found = _PART.match(line)
        if found and found["letter"] == chr(ord("a") + len(starts)):
            starts.append(index)
    swapped: dict[str, int] = {}
    for index, line in enumerate(lines):
        found = _PART.match(line)
        highest = max(swapped, default="`")
        if found and found["letter"] not in swapped and found["letter"] <= chr(ord(highest) + 2):
            swapped[found["letter"]] = index
    letters = "".join(swapped)
    whole = "".join(sorted(letters)) == "abcdefghijklmnopqrstuvwxyz"[: len(letters)]
    return (
        list(swapped.values())
        if whole and len(letters) > len(starts) and letters != "".join(sorted(letters))
        else starts
    )


def _part_end(lines: list[str], start: int, stop: int, last: bool) -> int | None:
    """The line after a part's own words: its '?' where it asks one before the next part (its comma before a line in
    capitals is no end then: „…, und in welchem Umfang veranschlagt die Bundesregierung,“ / „Fördermittel hierfür zu
    gewähren?“); else its line that ends it (see ``_PART_END``, „und“/„oder“ on its first line only) before a line
    that opens an answer or before the next part; None where no such line comes within a few lines."""
    window = range(start, min(stop, start + _MAX_PART_LINES))
    asked = next((index + 1 for index in window if lines[index].rstrip().endswith("?")), None)
    if asked is None:
        longer = range(start, min(stop, start + _MAX_ASKING_LINES))
        asked = next((index + 1 for index in longer if lines[index].rstrip().endswith("?")), None)
        if asked is not None and any(_FINISHED.search(lines[index]) for index in range(start, asked)):
            asked = None
    if asked is not None or last:
        return asked
    for index in range(start, min(stop, start + _MAX_ASKING_LINES)):
        line = lines[index].rstrip()
        following = lines[index + 1] if index + 1 < stop else ""
        ends = bool(re.search(r"[,;]$", line) or (index == start and _PART_END.search(line)))
        ends = ends or (bool(_LISTED_END.search(line)) and _opens_sentence(lines[index + 1 : stop]))
        if index in window and ends and (not following or _OPENS_ANSWER.match(following)):
            return index + 1
        if ends and line.endswith(",") and _OPENS_ANSWER.match(following) and _opens_sentence(lines[index + 1 : stop]):
            return index + 1  # a part that asks at length closed by its comma before its answer's sentence
    # no answer between this part and the next: all its lines are its words (a finished sentence among them is none)
    unanswered = stop - start <= _MAX_PART_LINES and not any(_FINISHED.search(lines[i]) for i in range(start, stop))
    return stop if unanswered else None


def _sentence_end(line: str) -> re.Match[str] | None:
    """The first end of a sentence in ``line`` (see ``_SENTENCE_END``), an abbreviation's full stop („bzw.“) none."""
    line = line.rstrip()
    return next((m for m in _SENTENCE_END.finditer(line) if not _ABBREVIATED.search(line[: m.end()])), None)


def _opens_sentence(lines: list[str]) -> bool:
    """Do ``lines`` open with a sentence that a full stop ends before a line's comma or a '?': the answer after a part
    closed by „, sowie“ („… bis 231 StGB), sowie“ / „Im Berichtsjahr 2024 wurden … erfasst. Die …“, 21/2331 q1 c),
    where a part wrapped there goes on to its own comma or '?'."""
    for line in lines:
        found = _sentence_end(line) or re.search(r",$", line.rstrip())
        if found:
            return found.group().endswith(".")
    return False


def _stem(lines: list[str]) -> tuple[list[str], list[str]]:
    """The stem's own words and its answer printed before the parts: the answer begins at the first line that opens in
    capitals after the stem's first line, from which on a sentence is finished before the parts (a full stop); else
    the stem has no answer here."""
    for index in range(1, len(lines)):
        rest = [line for line in lines[index:] if line.strip()]
        if (
            _OPENS_ANSWER.match(lines[index])
            and not lines[index - 1].rstrip().endswith((",", ";"))
            and any(line.rstrip().endswith(".") and not _ABBREVIATED.search(line.rstrip()) for line in rest)
            and _FINISHED.search(rest[-1])
        ):
            return lines[:index], lines[index:]
    return lines, []


def _comma_end(lines: list[str], index: int) -> int:
    """Where the stem ends that seemed to end before line ``index`` (no sentence ended there): there, or at a later
    line's comma after which a sentence opens, where no sentence ends between (the stem wrapped at „… dem damaligen“ /
    „Bundesministerium für …“ ends at „… an Unternehmen oder Fonds,“ / „Gegenüber dem BMWE erfolgten keine
    entsprechenden Angaben.“, 21/1136 q17)."""
    for end in range(index + 1, len(lines)):
        if _sentence_end(lines[end - 1]):
            break
        if lines[end - 1].rstrip().endswith(",") and _OPENS_ANSWER.match(lines[end]) and _opens_sentence(lines[end:]):
            return end
    return index


# a question's decimal sub-items printed after its '?' („… bereitgestellt? 1.1 Bitte benennen. 1.2 Wenn keine
# Landesmittel vorgesehen, bitte begründen, …“), each answered under its own label („Zu 1.1: …“, Sachsen-Anhalt)
_SUB_ITEM = re.compile(r"^\s*(?P<number>\d{1,3})\.(?P<item>\d{1,2})\s+\S")
_SUB_LABEL = re.compile(r"^\s*Zu (?P<number>\d{1,3})\.(?P<item>\d{1,2})\s*:")


def move_sub_items(spans: list[QuestionSpan]) -> None:
    """The sub-items ``N.1``, ``N.2`` … that open question N's answer, before the answer's first label, are the
    question's where the answer labels each of them ``Zu N.k:``; the answer is the labelled part."""
    for span in spans:
        lines = span.answer_lines
        labelled = {(int(found["number"]), int(found["item"])) for line in lines if (found := _SUB_LABEL.match(line))}
        count = 0
        for line in lines:
            found = _SUB_ITEM.match(line)
            if not found or int(found["number"]) != span.number or (span.number, int(found["item"])) not in labelled:
                break
            count += 1
        if count and any(other is not span and other.answer_lines is lines for other in spans):
            continue  # an answer shared with another question stays whole
        if count and count < len(lines):
            span.text_lines = [*span.text_lines, *lines[:count]]
            span.answer_lines = lines[count:]


def read_answered_parts(spans: list[QuestionSpan]) -> set[str]:
    """:func:`answered_parts` for each question whose answer is its own (not shared with another); the labels of
    those read so (their '?' found, where their end was only guessed)."""
    mended: set[str] = set()
    for span in spans:
        shared = any(other is not span and other.answer_lines is span.answer_lines for other in spans)
        if not shared and not span.answered_with and answered_parts(span):
            mended.add(span.label or str(span.number))
    return mended


# a part printed inside a one-line copy after the stem's or the part before's end, with a letter („… Holstein? a. Falls
# ja, …“, also after the last figure of the answer before's table: „… 2017 25.904 b. Falls nein, …?“) or the question's
# number and its own („… würden. 2.1. Gehen …?“), and its words opening in capitals
_INLINE_PART = re.compile(
    r"(?:(?<=[?.!:\d]) (?P<letter>[a-z])|(?<=[?.!:]) (?P<major>\d{1,3})\.(?P<item>\d{1,2}))\. (?=[A-ZÄÖÜ„\"])"
)
# where a part's own words end: its '?', or the full stop of a sentence that asks for something („Falls ja, bitte die
# Entwicklung … aufschlüsseln und darlegen.“) before an answer opening in capitals
_INLINE_PART_END = re.compile(r"\?(?=\s|$)|[^\s.\d]\.(?=\s+[A-ZÄÖÜ„\"\d])")
# the askers' request after a part's '?' is the part's, not the answer's („b. Wie …? Bitte nach Jahren aufschlüsseln.
# <answer>“, „…? (Bitte nach Kreisen aufschlüsseln) <answer>“)
_PART_REQUEST = re.compile(r"\s*(?:\([Bb]itte\b[^()]*\)|[Bb]itte\b[^?!]*?[^\s.\d]\.(?=\s+[A-ZÄÖÜ„\"\d]))")


def read_inline_parts(spans: list[QuestionSpan], skip: set[str]) -> None:
    """A one-line copy's question whose lettered („a.“, „b.“) or numbered („2.1.“, „2.2.“) parts follow its stem, each
    part followed by its own answer (Schleswig-Holstein: „1. Hat …? a. Falls ja, bitte … darlegen. <answer> b. Falls
    nein, …? Entfällt.“; Hamburg: a statement „2. …“ whose parts 2.1. and 2.2. are each answered).  Read as printed,
    the answers before the last part stood in the question, or the later parts in the answer.  As
    :func:`answered_parts`: the question is the stem with its parts, the answer each part's answer, led by its mark.
    Unchanged where a part has no answer of its own (the parts asked together, then answered together) or the stem
    is answered before its parts."""
    for span in spans:
        shared = any(other is not span and other.answer_lines is span.answer_lines for other in spans)
        if shared or span.answered_with or (span.label or str(span.number)) in skip or not span.text_lines:
            continue
        asked = " ".join(" ".join(span.text_lines).split())
        whole = " ".join(" ".join([*span.text_lines, *span.answer_lines]).split())
        marks = _inline_marks(whole, span.label or str(span.number))
        if len(marks) >= 2 and marks[0].start() >= len(asked):
            _parts_asked_after_the_stems_answer(span, asked, whole, marks)
        if len(marks) < 2 or marks[0].start() >= len(asked):
            continue
        parts: list[tuple[str, str]] = []
        last_asks = False
        for position, mark in enumerate(marks):
            stop = marks[position + 1].start() if position + 1 < len(marks) else len(whole)
            words = whole[mark.start() + 1 : stop].strip()
            end = next((m for m in _INLINE_PART_END.finditer(words) if not _ABBREVIATED.search(words[: m.end()])), None)
            if end is None:
                break
            last_asks = words[end.end() - 1] == "?"
            request = _PART_REQUEST.match(words, end.end()) if last_asks else None
            own = request.end() if request else end.end()
            answer = words[own:].strip()
            if not answer or _asks([answer]):
                break
            parts.append((words[:own], answer))
        if len(parts) < len(marks) or not last_asks:
            continue
        span.text_lines = [whole[: marks[0].start()].strip(), *(words for words, _ in parts)]
        span.answer_lines = [line for words, answer in parts for line in (f"{words.split()[0]} {answer}", "")]


# An answer's last sentence reporting questions asked („… stellten Bürger dazu zwei Fragen.“), not one that only names
# a question („Zu dieser Frage liegen dem Senat keine weiteren Daten vor.“, „Siehe Antwort zu Frage 1.“)
_QUESTION_WORD = re.compile(r"\bFragen?\b")
_ASKING_VERB = re.compile(r"\b(?:ge)?(?:stellt|stellte|stellten|fragt|fragte|fragten)\b")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


def _introduces_parts(answer: str) -> bool:
    """The answer ends by introducing questions it reports: on a colon, or its last sentence says questions were
    asked.  The last sentence is cut off first: one pattern over the whole answer backtracked on every „Frage“ of a
    long table (24 s on 200 KB)."""
    if answer.endswith(":"):
        return True
    last = _SENTENCE_BREAK.split(answer)[-1]
    return bool(_QUESTION_WORD.search(last) and _ASKING_VERB.search(last))


def _parts_asked_after_the_stems_answer(span: QuestionSpan, asked: str, whole: str, marks: list[re.Match[str]]) -> None:
    """The stem answered first, then its parts asked one right after the other, each ending on its '?', then one
    answer to them all (Hamburg: „1. Wie viele …? <table> a. In wie vielen Fällen …? b. In wie vielen Fällen …?
    <table>“): the parts are the question's words, the answer the stem's answer, then the parts' answer.  Unchanged
    where a part is answered before the next is asked, where the stem's answer asks, or where nothing answers the
    parts; nor where the stem's answer introduces them („… wurden dazu zwei Fragen der Bürger gestellt: a. Warum …?
    b. Wer …? Der Senat hat …“): questions the answer reports are its words."""
    stem_answer = whole[len(asked) : marks[0].start()].strip()
    if not stem_answer or _asks([stem_answer]) or _introduces_parts(stem_answer):
        return
    parts: list[str] = []
    answer = ""
    for position, mark in enumerate(marks):
        stop = marks[position + 1].start() if position + 1 < len(marks) else len(whole)
        words = whole[mark.start() + 1 : stop].strip()
        end = next((m for m in _INLINE_PART_END.finditer(words) if not _ABBREVIATED.search(words[: m.end()])), None)
        if end is None or words[end.end() - 1] != "?":
            return
        request = _PART_REQUEST.match(words, end.end())
        own = request.end() if request else end.end()
        answer = words[own:].strip()
        if answer and position + 1 < len(marks):
            return  # a part answered before the next is asked: read by :func:`read_inline_parts` or left
        parts.append(words[:own])
    if not answer or _asks([answer]):
        return
    span.text_lines = [*span.text_lines, *parts]
    span.answer_lines = [stem_answer, "", answer]


def _inline_marks(text: str, number: str) -> list[re.Match[str]]:
    """The parts' marks in ``text`` in their order: a., b., c. … or ``number``.1., ``number``.2. …, from the first."""
    marks: list[re.Match[str]] = []
    for found in _INLINE_PART.finditer(text):
        if found["letter"]:
            expected = not marks or marks[0]["letter"]
            if expected and found["letter"] == chr(ord("a") + len(marks)):
                marks.append(found)
        elif found["major"] == number and (not marks or marks[0]["item"]) and int(found["item"]) == len(marks) + 1:
            marks.append(found)
    return marks
