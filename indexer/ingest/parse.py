"""Pages of lines → :class:`~indexer.model.Document`.

The parser works in three passes, each in its own module under :mod:`indexer.ingest.layouts`:

1. ``pages`` drops what the layout repeats (running headers, page numbers, the
   ``Datum des Originals`` line) and takes footnotes off the page bottoms;
2. ``questions`` finds the numbered questions and where each answer begins and ends,
   including answers shared by several questions;
3. ``front`` reads the front matter before question 1 for title, Vorbemerkungen and
   metadata, one small function per fact, so a new layout adds a function, not a branch.
"""

from __future__ import annotations

import re
from dataclasses import fields, replace

from indexer.dates import MONTH_ABBREVIATIONS, MONTH_NAMES
from indexer.errors import ParseError, UnidentifiedError
from indexer.ingest.broken_words import mend_broken_words
from indexer.ingest.layouts.anfrage import with_anfrage
from indexer.ingest.layouts.annexes import appended_annexes, label_start, split_at_imprint, take_annexes
from indexer.ingest.layouts.answer_facts import (
    answer_first,
    complete,
    government_remark,
    remark_after_dated_heading,
    remark_cut_after_last,
)
from indexer.ingest.layouts.bulleted import number_bullets
from indexer.ingest.layouts.flat import is_flat, resegment, transcript_pages, unspace
from indexer.ingest.layouts.front import (  # re-exported: the sidecar reader normalises with the same rules
    GOV_PREAMBLE_HEADING,
    Front,
    ministry_name,
    nominative,
    parse_askers,
    read_front,
    read_header,
    read_ministry_sentence,
    reprinted,
)
from indexer.ingest.layouts.furniture import parliament_in, strip_lines
from indexer.ingest.layouts.headings import drop_section_headings
from indexer.ingest.layouts.introduction import (
    cut_in_reasoning_heading,
    introduction,
    only_opening,
    only_reasoning,
    opening_then_remark_cut,
    reasoning,
    reasoning_then_opening_cut,
)
from indexer.ingest.layouts.lettered import lettered
from indexer.ingest.layouts.listed import is_answer_heading, listed, listed_decimal
from indexer.ingest.layouts.named import unplaced_questions
from indexer.ingest.layouts.pages import clean_pages, split_pages
from indexer.ingest.layouts.parenthesised import number_parenthesised
from indexer.ingest.layouts.parts import move_sub_items, read_answered_parts, read_inline_parts
from indexer.ingest.layouts.questions import ENDS_ON_REFERENCE, QuestionSpan, Split, interleaved
from indexer.ingest.layouts.repeated import repeated
from indexer.ingest.layouts.single import cut_first, single
from indexer.ingest.layouts.spelled import digit_labels, number_ordinals
from indexer.ingest.layouts.starred import take_starred_notes
from indexer.ingest.layouts.unnumbered import unnumbered
from indexer.ingest.lost_glyphs import restore_glyphs
from indexer.ingest.text import join_lines, normalise_space, printed_words, split_paragraphs, text_width
from indexer.lexicon import STOP_WORDS, weight
from indexer.model import Annex, Document, Question
from indexer.parliaments import PARLIAMENTS, find_parliament, parliament_name, parliament_of
from indexer.typography import plain_pages

__all__ = [
    "ministry_name",
    "nominative",
    "odd_words",
    "parse_askers",
    "parse_lines",
    "read_header",
    "read_ministry_sentence",
    "validate",
]


# a scan's "Frage 1:" read with a lower-case l (Sachsen), also glued to the word („Fragel:“)
_OCR_ONE = re.compile(r"\bFrage ?l(?=\s*:)")
# ... and its „In“/„Im“ opening the question read with a lower-case l („Frage l: ln welchen Städten …?“)
_OCR_IN = re.compile(r"(?<=\bFrage \d: )l(?=[nm] [a-zäöü])|(?<=\bFrage \d\d: )l(?=[nm] [a-zäöü])")
# A scan's "1." read as "I." or "l." before the first question (Schleswig-Holstein 1990), where "2." follows.
_OCR_FIRST = re.compile(r"(?:(?<=[.?!:] )|^)[Il]\.(?= [A-ZÄÖÜ][^?]{5,500}\?)")
# A question headed „Frage 1“ without its colon, a question word after it, its '?' within the sentence (Sachsen-Anhalt's
# Kultusministerium: „… (Ausgegeben am 25.02.2016) 2 Frage 1 Welche Veränderungen … ergeben? Eine Beantwortung …“);
# at a line's or sentence's start or after a page number, not after a word („zu Frage 1 Welche …“ refers), nor before
# other words („Frage 1 der Kleinen Anfrage …“).  Read only where no question is labelled or numbered otherwise; a
# line-broken copy like its one line (the label at any line's start, the question's '?' on a later line).
_ASKED_AFTER_LABEL = (
    r"(?= (?:Wie|Welche[mnrs]?|Was|Wann|Warum|Wieso|Weshalb|Wer|Wo|Inwiefern|Inwieweit|Ist|Sind|Gibt|Hat|Haben|Wird"
    r"|Werden|Kann|Können|Plant|Trifft|Liegen|Besteht|Bestehen)\s(?:[^?.!]|(?<=\d)\.){10,600}\?)"
)
_BARE_LABEL = re.compile(
    r"(?:^|(?<=[.?!:)] )|(?<=^\d )|(?<=^\d\d )|(?<=[.?!:)] \d )|(?<=[.?!:)] \d\d ))(Frage \d{1,3})"
    + _ASKED_AFTER_LABEL,
    re.M,
)
_OTHER_LABELS = re.compile(r"\bFrage\s*\d{1,3}\s*[.:]|(?:^|(?<=[.?!:] ))1\.\s+[A-ZÄÖÜ][^?\n]{5,400}\?", re.M)
# The next question's label printed without its colon right after the '?' of a question labelled „Frage N:“ (Sachsen's
# scanned letter: „Frage 2: Zu welchem Zeitpunkt …? Frage 3 Welche Unterstützung kann … angeboten werden?“), a
# question word after it and its '?' within the sentence: where the text labels questions „Frage N:“ otherwise, only
# the number after the one labelled before it („Frage 2:“ printed, „Frage 3“ read), not after a word („siehe Frage 3
# Welche …“ refers), nor before other words („? Frage 3 der Kleinen Anfrage …“).
_NEXT_BARE_LABEL = re.compile(r"(?<=\? )(Frage (\d{1,3}))" + _ASKED_AFTER_LABEL)
# Sachsen's joint answer's heading whose colon a scan read as a semicolon („Zusammenfassende Antwort auf die Fragen 1
# bis 3;“): the heading's words make no sentence, the colon is read.
_SEMICOLON_HEADING = re.compile(
    r"\b(Zusammenfassende Antwort (?:auf die|zu den|zu der) Fragen? \d{1,3}(?:(?:,| und| bis) \d{1,3}){0,8});"
)
# Sachsen's letter opening whose colon a scan read as a semicolon („… namens und im Auftrag der Sächsischen
# Staatsregierung beantworte ich die Kleine Anfrage wie folgt; Frage 1: In welchem …“): only the opening sentence's
# „beantworte … wie folgt“ (no full stop, colon or semicolon within it) right before the first label „Frage 1:“ and
# its capital; „wie folgt; die Fragen …“, „… wie folgt; Frage 2:“ and a semicolon after other words are left.
_SEMICOLON_OPENING = re.compile(r"(\bbeantworte[nt]? [^.:;?!]{0,120}? wie folgt);(?= Frage 1: [A-ZÄÖÜ])")
_NUMBER_AT = r"(?:(?<=[.?!:] )|^){}\.\s+[A-ZÄÖÜ]"
_OCR_FIRST_NOTE = "Frage 1 ist als „I.“ gedruckt (Texterkennung) und wird als Frage 1 gelesen."
# How the parser says that a copy stops on the next label: validate reads it back from the warnings (the words before
# the label are whole, no answer stops mid-word there)
_CUT_ON_LABEL = "Der Text endet auf „"


def _ocr_first_number(pages: list[list[str]]) -> tuple[list[list[str]], list[str]]:
    """``I. Wie hoch …? … 2. Wie hoch …?`` → ``1. Wie hoch …?``, only where no question 1 and no
    Roman section ``II.`` is printed; the archivist is told."""
    text = "\n".join(line for page in pages for line in page)
    numbered = [re.search(_NUMBER_AT.format(n), text, re.M) for n in ("1", "2", "II")]
    first = _OCR_FIRST.search(text)
    if numbered[0] or numbered[2] or not numbered[1] or not first or first.start() > numbered[1].start():
        return pages, []
    fixed = [list(page) for page in pages]
    for page in fixed:
        for index, line in enumerate(page):
            if _OCR_FIRST.search(line):
                page[index] = _OCR_FIRST.sub("1.", line, count=1)
                return fixed, [_OCR_FIRST_NOTE]
    return pages, []


def _bare_labels(pages: list[list[str]]) -> list[list[str]]:
    """``Frage 1 Welche …?`` → ``Frage 1: Welche …?`` where the text labels no question otherwise."""
    text = "\n".join(line for page in pages for line in page)
    if _OTHER_LABELS.search(text):
        return _next_bare_labels(pages, text)
    if not _BARE_LABEL.search(text):
        return pages
    labelled = _BARE_LABEL.sub(r"\1:", text).split("\n")  # a colon added: as many lines as before
    if len(labelled) != text.count("\n") + 1 or any("\n" in line for page in pages for line in page):
        return pages
    lines = iter(labelled)
    return [[next(lines) for _ in page] for page in pages]


def _next_bare_labels(pages: list[list[str]], text: str) -> list[list[str]]:
    """``Frage 2: …? Frage 3 Welche …?`` → ``… Frage 3: Welche …?`` (:data:`_NEXT_BARE_LABEL`): only the number after
    a question labelled „Frage N:“ before it, where no „Frage N+1:“ is printed."""
    if "?" not in text or not _NEXT_BARE_LABEL.search(text):
        return pages
    return [[_next_bare_label(line, text) for line in page] for page in pages]


def _next_bare_label(line: str, text: str) -> str:
    """One line of :func:`_next_bare_labels`: „Frage N“ labelled where „Frage N-1:“ stands before it in the line."""

    def labelled(found: re.Match[str]) -> str:
        number = int(found.group(2))
        before = line[: found.start()]
        if re.search(rf"\bFrage {number - 1} ?:", before) and not re.search(rf"\bFrage {number} ?:", text):
            return found.group(1) + ":"
        return found.group(0)

    return _NEXT_BARE_LABEL.sub(labelled, line)


def parse_lines(pages: list[list[str]], doc_id: str | None = None, *, text_file: bool = False) -> Document:
    """Parse extracted pages into a document; raise :class:`ParseError` when no questions are found.

    ``text_file``: the pages are the lines of a text file, which has no text layer a scan could lack —
    a short text is then just short, and only garbled words are named as looking like OCR."""
    # Words a copy broke apart are mended first: the layout's patterns look for "Landesregierung" too.
    pages = restore_glyphs(plain_pages(transcript_pages(pages)))
    pages = [[_SEMICOLON_OPENING.sub(r"\1:", _SEMICOLON_HEADING.sub(r"\1:", line)) for line in page] for page in pages]
    pages = [
        [digit_labels(mend_broken_words(_OCR_IN.sub("I", _OCR_ONE.sub("Frage 1", line)))) for line in page]
        for page in pages
    ]
    pages, ocr_notes = _ocr_first_number(number_parenthesised(_bare_labels(pages)))
    flat = resegment(pages) if is_flat(pages) else None
    clean = clean_pages(
        [flat.lines] if flat else [[unspace(" ".join(line.split())) for line in page] for page in pages]
    )
    printed, appended = (clean.lines, []) if flat else split_at_imprint(clean.lines)
    code = parliament_in(" ".join(clean.first_page))
    lines, notes = (clean.lines, flat.notes) if flat else strip_lines(printed, code)
    lines, starred, page_ends = take_starred_notes(lines)
    lines, ordinal_notes = number_ordinals(lines)
    lines, bullet_notes = number_bullets(lines)
    # Listed when ``Zu N:`` headings answer listed questions; unnumbered when only the headings number them;
    # repeated when the answer part prints the listed questions again; single when no number at all stands
    # before the one question.
    split = (
        listed(lines)
        or listed_decimal(lines)
        or unnumbered(lines)
        or repeated(lines)
        or interleaved(lines, label_start(lines))
    )
    # Questions lettered a), b) instead of numbered; else one question, printed without a number.
    split = split if split.spans else lettered(lines) or single(lines) or split
    # cut inside question 1 of an Anfrage (not of a bill's first article): that question, without answer
    if not split.spans and flat and not flat.closed and _ASKED.search(" ".join(lines)):
        split = cut_first(lines) or split
    if not split.spans:
        letterhead = flat.cut_letterhead if flat else ""
        raise _refusal(
            clean.first_page, lines, text_file, open_end=bool(flat and not flat.closed), letterhead=letterhead
        )
    reasoning_cut = ""
    heading_cut = False
    answer_heading_cut = ""
    # (a copy with line breaks has no closing to tell: its reasoning without an answer part after it is the end)
    if (not flat or not flat.closed) and only_reasoning(split.spans[-1].answer_lines):
        said = [line for line in split.spans[-1].answer_lines if line.strip()][-1]
        heading_cut = cut_in_reasoning_heading(split.spans[-1].answer_lines)
        reasoning_cut = " ".join(said.split()[-5:]) if _ENDS_ON_ANY_WORD.search(said) else ""
        # the copy stopping in the letter-spaced heading after it („… Ludwigsburg hat. A n t w“): not the askers'
        if (begun_heading := _ANSWER_HEADING_BEGUN.search(said)) and lines and lines[-1] == said:
            lines[-1] = said[: begun_heading.start()]
            answer_heading_cut = " ".join(said.split()[-5:])
        split = _unanswered(split)  # cut inside the askers' Begründung: no answer yet, the reasoning is theirs
    opening_cut = ""
    if flat and not flat.closed and _unanswered_before_last(split) and only_opening(split.spans[-1].answer_lines):
        opening_cut = " ".join(" ".join(split.spans[-1].answer_lines).split()[-5:])
        split = _unanswered(split)  # cut inside the answer's opening sentence: no answer yet
    # cut inside the government's bare „Vorbemerkung:“ after the whole opening sentence (Rheinland-Pfalz): no answer
    # yet; the question paper's words before the opening stay the last question's, the remark is the government's
    remark_opening = (
        opening_then_remark_cut(split.spans[-1].answer_lines)
        if flat and not flat.closed and _unanswered_before_last(split)
        else None
    )
    if remark_opening is not None:
        last = split.spans[-1]
        kept = [line for line in last.answer_lines[:remark_opening] if line.strip()]
        split = _unanswered(split)
        last.text_lines = [*last.text_lines, *kept]
    # (also after the askers' Begründung and the „Antwort“ heading, in a copy with line breaks)
    if _unanswered_before_last(split) and reasoning_then_opening_cut(split.spans[-1].answer_lines):
        opening_cut = " ".join(" ".join(split.spans[-1].answer_lines).split()[-5:])
        split = _unanswered(split)
    # a copy that stops in the first word of the next question, printed on a line of its own after the last answer
    # („… liegt der Landesregierung kein entsprechendes Datenmaterial vor. 2. Wa“): no part of the last answer
    next_begun = _next_question_begun(split) if flat and not flat.closed else ""
    # a copy that stops after the first letters of the last answer („… erfolgen? D“): no word of an answer yet
    begun = " ".join(split.spans[-1].answer_lines).strip() if flat and not flat.closed else ""
    letter_only = bool(_ANSWER_BEGUN.fullmatch(begun))
    # … or inside the first word of a letter-spaced heading after the last question („… dieser Orte? K l“, the
    # „K l e i n e A n f r a g e“ of Thüringen's page-1 box): no answer either
    spaced_only = bool(_SPACED_BEGUN.fullmatch(begun))
    if letter_only or spaced_only:
        split = _unanswered(split)
    drop_section_headings(lines, split)
    width = text_width(lines)
    spelled = printed_words(lines)
    remark_between = _remark_between_answers(split)
    annexes = take_annexes(split.spans, page_ends) + appended_annexes(strip_lines(appended, code)[0])
    move_sub_items(split.spans)
    parted = read_answered_parts(split.spans)
    if flat:
        read_inline_parts(split.spans, parted)
    split.notes = [note for note in split.notes if not any(note.startswith(f"Frage {p} endet ohne") for p in parted)]
    # a flat copy's page-1 head, taken off with the running heads, names the parliament before the prose does
    # („Landtag von Baden-Württemberg Drucksache 16 / 839“, then „… Landesgrenze Bayern …“)
    heads = [note for note in notes if find_parliament(note)][:1] if flat else []
    front = read_front(lines[: split.front_end], heads + clean.first_page, lines + notes)
    front = _named_by_page_head(front, pages)
    front_text = join_lines(lines[: split.front_end], spelled)
    front = complete(front, front_text, "\n".join(lines), notes, doc_id.split("-")[0] if doc_id else None)
    front = front if flat else answer_first(front, split_pages(pages))
    front = with_anfrage(_unlabelled_remarks(front, lines, split, annexes), front_text, " ".join(clean.first_page))
    # the Anfrage printed anew: „– Drucksache 21/1026 (neu) –“ under the askers
    front = replace(front, anfrage_reprint=reprinted(front_text, front.anfrage_drucksache))
    if remark_between and not front.government_preamble:
        front = replace(front, government_preamble=remark_between)
    remark_cut = False
    # cut inside the government's Vorbemerkung, before any answer, or after it (its last sentence whole, the page's
    # furniture after it: "… wie folgt beantwortet: Vorbemerkung: … zu schaffen. K l e i n e A n f r a g e …")
    if flat and split.spans and (not flat.closed or _unanswered_before_last(split)):
        front, dropped = remark_cut_after_last(front, split.spans[-1].answer_lines)
        split.spans[-1].answer_lines = [] if dropped else split.spans[-1].answer_lines
        remark_cut = dropped and bool(_ENDS_ON_ANY_WORD.search(front.government_preamble[-1]))
        # (also a Vorbemerkung after the repeated questions, where no question has an answer yet: Bayern's „… wie folgt
        # beantwortet: Vorbemerkung Bei Bearbeitung … als obersten La“)
        unanswered = not any(line.strip() for span in split.spans for line in span.answer_lines)
        if not flat.closed and unanswered and front.government_preamble:
            remark_cut = bool(_ENDS_ON_ANY_WORD.search(front.government_preamble[-1]))
    warnings = [*ocr_notes, *ordinal_notes, *bullet_notes, *split.notes, *unplaced_questions(lines, split.spans)]
    if reasoning_cut and heading_cut:
        warnings.append(
            f"Der Text endet nach der letzten Frage in der Überschrift „Begründung“ („… {reasoning_cut}“), vor der"
            " ersten Antwort: Der Text ist wohl unvollständig."
        )
    elif answer_heading_cut:
        warnings.append(
            f"Der Text endet nach der Begründung in der Überschrift „Antwort“ („… {answer_heading_cut}“), vor der"
            " ersten Antwort: Der Text ist wohl unvollständig."
        )
    elif reasoning_cut:
        warnings.append(
            f"Die Begründung der Fragesteller endet mitten im Satz („… {reasoning_cut}“), vor der ersten Antwort: "
            "Der Text ist wohl unvollständig."
        )
    if letter_only:
        warnings.append(
            f"Der Text endet nach {'dem ersten Buchstaben' if len(begun) == 1 else 'den ersten Buchstaben'} der Antwort"
            f" zu Frage {split.spans[-1].number} („{begun}“): "
            "Die Antwort fehlt, der Text ist wohl unvollständig."
        )
    if spaced_only:
        warnings.append(
            f"Der Text endet nach Frage {split.spans[-1].number} in einem gesperrt gedruckten Wort („{begun}“): "
            "Die Antwort fehlt, der Text ist wohl unvollständig."
        )
    if next_begun:
        warnings.append(
            f"Der Text endet im ersten Wort der nächsten Frage („{next_begun}“): Die folgenden Fragen und Antworten "
            "fehlen, der Text ist wohl unvollständig."
        )
    if opening_cut:
        warnings.append(
            f"Der Text endet im Einleitungssatz der Antwort („… {opening_cut}“), vor der ersten Antwort: "
            "Der Text ist wohl unvollständig."
        )
    if remark_cut:
        tail = " ".join(front.government_preamble[-1].split()[-5:])
        warnings.append(
            f"Die Vorbemerkung der Landesregierung endet mitten im Satz („… {tail}“), vor der ersten Antwort: "
            "Der Text ist wohl unvollständig."
        )
    questions = _without_signature(tuple(_question(span, width, spelled) for span in split.spans))
    head = [normalise_space(line) for page in pages for line in page if line.strip()][:HEAD_LINES]
    if _question_paper_only(questions, head, cut=bool(flat and not flat.closed)):
        raise _question_paper(questions, front)
    # nothing after the last answer: a capitalised last word may be cut too (not where the copy stops on a label: the
    # words before it are whole)
    if flat and not flat.closed and not flat.cut_label:
        warnings.extend(_cut_off(_as_printed(questions, split), _ENDS_ON_ANY_WORD))
    if flat and flat.cut_label.startswith("Antwort des"):
        warnings.append(
            f"Der Text endet in der Überschrift des Antwortteils („… {' '.join(flat.cut_label.split()[-5:])}“), nach "
            f"Frage {questions[-1].number}: Die Antworten fehlen, der Text ist wohl unvollständig."
        )
    elif flat and flat.cut_label.startswith("Antwort"):
        warnings.append(
            f"{_CUT_ON_LABEL}{flat.cut_label}“, der Bezeichnung der Antwort zu Frage {questions[-1].number}: "
            "Die Antwort fehlt, der Text ist wohl unvollständig."
        )
    elif flat and flat.cut_label.startswith("Zu"):
        warnings.append(
            f"{_CUT_ON_LABEL}{flat.cut_label}“, der Bezeichnung der nächsten Antwort: "
            "Die folgenden Antworten fehlen, der Text ist wohl unvollständig."
        )
    elif flat and flat.cut_label:
        warnings.append(
            f"{_CUT_ON_LABEL}{flat.cut_label}“, der Bezeichnung der nächsten Frage: "
            "Die folgenden Fragen und Antworten fehlen, der Text ist wohl unvollständig."
        )
    if flat and flat.cut_footer and not questions[-1].answer:
        warnings.append(
            f"Der Text endet nach Frage {questions[-1].number} in der Fußzeile des Ministeriums"
            f" („… {flat.cut_footer}“): Die folgenden Antworten fehlen, der Text ist wohl unvollständig."
        )
    # Thüringen's page-1 box where the copy stops in it after an answer's last sentence („… der Stadt Eisenach. K l e
    # i n e A n f r a g e des Abgeordneten“): the answers after it are missing
    answered = [question for question in questions if question.answer]
    if flat and flat.cut_box and answered and not any("endet" in w for w in warnings):
        warnings.append(
            f"Der Text endet nach der Antwort zu Frage {answered[-1].number} im Kasten der ersten Seite"
            f" („… {flat.cut_box}“): Die folgenden Antworten fehlen, der Text ist wohl unvollständig."
        )
    # Hamburg's next page head where the copy stops in it after an answer's words („… (Schwimmclub) Drucksache 21/605
    # Bürgerschaft der Freien und Hansestad“): the head is taken off, what follows it is missing
    if flat and flat.cut_head and answered and not any("endet" in w for w in warnings):
        warnings.append(
            f"Der Text endet im Kopf der nächsten Seite, nach Worten der Antwort zu Frage {answered[-1].number}"
            f" („… {flat.cut_head}“): Was danach folgt, fehlt, der Text ist wohl unvollständig."
        )
    if _scan_like(lines, text_file):
        warnings.append("Der Text sieht nach einer fehlerhaften Texterkennung (Scan) aus.")
    # Front's fields are Document's metadata fields; only the Vorbemerkungen still need paragraphs.
    metadata = {f.name: getattr(front, f.name) for f in fields(Front)}
    metadata.update(
        parliament=front.parliament or "",
        preamble=tuple(split_paragraphs(front.preamble, width, spelled)),
        government_preamble=tuple(split_paragraphs(front.government_preamble, width, spelled)),
    )
    document = Document(
        id=doc_id or _derive_id(front),
        **metadata,
        questions=questions,
        footnotes=clean.footnotes + (flat.footnotes if flat else ()) + tuple(starred),
        annexes=annexes,
        warnings=tuple(warnings),
    )
    return without_footnote_markers(document)


def _as_printed(questions: tuple[Question, ...], split: Split) -> tuple[Question, ...]:
    """``questions`` in the order the copy prints them: a question printed out of order, with the one its answer is
    shared with (Brandenburg's „Frage 2: …? Frage 5: …? Zu Frage 2 und 5: …“, then „Frage 3: …“), is not the last
    where the copy stops in a later answer."""
    if len(questions) != len(split.spans) or not any(span.out_of_order for span in split.spans):
        return questions
    order = sorted(range(len(questions)), key=lambda index: split.spans[index].start)
    return tuple(questions[index] for index in order)


# The answer's own label after the government's Vorbemerkung („Antwort: Bei der Berechnung …“)
_REMARK_ANSWER_LABEL = re.compile(r"^Antwort:\s+(?=\S)")


def _remark_between_answers(split: Split) -> list[str]:
    """The government's Vorbemerkung printed after an answer, before the next question (Schleswig-Holstein: „… an
    Bedeutung. Vorbemerkung der Landesregierung: Soweit in dieser Anfrage … 2. Wie viele …“), taken out of that
    answer: no words of it.  Also the one before the first answer, after the question, where the answer's label
    follows it (Schleswig-Holstein: „… Abstandsszenarien ? Vorbemerkung der Landesregierung: Die in der Drucksache …
    veröffentlicht. Antwort: Bei der Berechnung …“)."""
    if split.spans:
        first = split.spans[0].answer_lines
        filled = [at for at, line in enumerate(first) if line.strip()]
        labelled = [at for at in filled[1:] if _REMARK_ANSWER_LABEL.match(first[at].strip())]
        if filled and labelled and GOV_PREAMBLE_HEADING.match(first[filled[0]].strip()):
            remark = [s.strip() for s in first[filled[0] + 1 : labelled[0]] if s.strip()]
            if remark:
                answer = _REMARK_ANSWER_LABEL.sub("", first[labelled[0]].strip(), count=1)
                split.spans[0].answer_lines = [answer, *first[labelled[0] + 1 :]]
                return remark
    for span in split.spans[:-1]:
        for at, line in enumerate(span.answer_lines):
            if at and GOV_PREAMBLE_HEADING.match(line.strip()) and any(s.strip() for s in span.answer_lines[:at]):
                remark = [s.strip() for s in span.answer_lines[at + 1 :] if s.strip()]
                span.answer_lines = span.answer_lines[:at]
                return remark
    return []


def _unlabelled_remarks(front: Front, lines: list[str], split: Split, annexes: tuple[Annex, ...]) -> Front:
    """The Vorbemerkungen no heading names: the askers' introduction before ``Ich frage die Landesregierung:``
    or their ``Begründung`` between the questions and the answers (Baden-Württemberg, unless an answer or annex
    holds it); the government's words before question 1 that are not the askers', or after the answer's opening
    that follows the quoted questions (Rheinland-Pfalz, Thüringen) up to the first answer."""
    if not front.preamble:
        front = replace(front, preamble=introduction(lines[: split.front_end], front.title))
    if not front.preamble:
        found = reasoning(lines[max(span.start for span in split.spans) : _first_answer(lines, split)])
        held = [line for span in split.spans for line in (*span.text_lines, *span.answer_lines)]
        held += [row for annex in annexes for row in annex.rows]
        front = replace(front, preamble=[] if _normalised(found) & _normalised(held) else found)
    if not front.government_preamble:
        remark = government_remark(lines[: split.front_end])
        if not remark:  # after the quoted question paper: "… wie folgt beantwortet: <remark> Zu Frage 1: …"
            after = lines[max(span.start for span in split.spans) : _first_answer(lines, split)]
            heading = next((index for index, line in enumerate(after) if is_answer_heading(line)), None)
            remark = government_remark(after[:heading])
        remark = remark or remark_after_dated_heading(lines[split.front_end : _first_answer(lines, split)])
        # (a copy that stops inside the first answer's heading, „… wie folgt beantwortet: Zu“, has no remark)
        remark = [] if _HEADING_BEGUN.fullmatch(" ".join(" ".join(remark).split())) else remark
        if not front.preamble:
            remark, follow_up = _askers_follow_up(remark)
            front = replace(front, preamble=follow_up)
        # Lines the askers' Vorbemerkung or a question holds are theirs, not the government's.
        theirs = _normalised([*front.preamble, *(line for span in split.spans for line in span.text_lines)])
        front = replace(front, government_preamble=[] if _normalised(remark) & theirs else remark)
    return front


# The askers' sentence that says what they ask after: „Aus der Antwort der Landesregierung zur Kleinen Anfrage auf
# Drucksache 7/3567 ergibt sich eine Nachfrage.“ (Mecklenburg-Vorpommern prints it after the government's bare
# „Vorbemerkung“, mv-7-3780; held texts without that Vorbemerkung read it as the askers' introduction already).
_FOLLOW_UP = re.compile(
    r"(?:^|(?<=[.!?] ))(?:Aus der|Zur) Antwort (?:der Landesregierung )?(?:auf|zu|zur) (?:die |der )?Kleinen? Anfrage"
    r"\b[^.!?]{0,80}? (?:ergibt|ergeben) sich (?:folgende |eine |weitere )?Nachfragen?\b"
)


def _askers_follow_up(remark: list[str]) -> tuple[list[str], list[str]]:
    """``remark`` split where the askers' follow-up sentence begins after the government's words: (the government's,
    the askers'); unchanged (and no askers' lines) where no such sentence follows a sentence of the government's."""
    for index, line in enumerate(remark):
        found = _FOLLOW_UP.search(line)
        if found is None:
            continue
        government = [*remark[:index], line[: found.start()].rstrip()]
        if not any(part.strip() for part in government):
            return remark, []
        askers = [line[found.start() :], *remark[index + 1 :]]
        return [part for part in government if part.strip()], [part for part in askers if part.strip()]
    return remark, []


# What only a parliamentary question's text says: its name, or who asks whom
_ASKED = re.compile(r"\b(?:Kleinen?|Schriftlichen?|Großen?) Anfrage\b|\bAnfrage (?:des|der) Abg|\b[Ii]ch frage\b")


def _unanswered_before_last(split: Split) -> bool:
    """Has no question before the last one an answer of its own?  Only then can the last "answer" be the answer
    part's opening sentence (a cut copy's answer 3 may open „Die Landesregierung hat die Kleine Anfrage … bereits
    beantwortet.“)."""
    last = split.spans[-1].answer_lines
    return not any(
        span.answer_lines is not last and any(line.strip() for line in span.answer_lines) for span in split.spans[:-1]
    )


def _unanswered(split: Split) -> Split:
    """The split with the last answer, and every answer shared with it, taken away (and the note that guessed them
    answered together)."""
    last = split.spans[-1]
    for span in split.spans:
        if span.answer_lines is last.answer_lines or last.number in span.answered_with or span is last:
            span.answer_lines, span.answered_with = [], ()
    notes = [note for note in split.notes if "ist eine Antwort gedruckt" not in note]
    return replace(split, notes=notes)


def _first_answer(lines: list[str], split: Split) -> int:
    """Where the first answer begins after the last question (the end of the text when none is found)."""
    last = max(span.start for span in split.spans)
    firsts = {next((line for line in span.answer_lines if line.strip()), None) for span in split.spans} - {None}
    return next((index for index in range(last + 1, len(lines)) if lines[index] in firsts), len(lines))


def _normalised(lines: list[str]) -> set[str]:
    """The lines that say something (no blank line), each with its spaces collapsed, to compare them."""
    return {normalise_space(line) for line in lines} - {""}


SCAN_WITHOUT_TEXT = "Der Text sieht nach einem Scan ohne brauchbare Textebene aus."


def _refusal(
    first_page: list[str], lines: list[str], text_file: bool = False, open_end: bool = False, letterhead: str = ""
) -> ParseError:
    """Why the text cannot be split, with what was recognised, in German.  ``open_end``: a flat copy that nothing
    closes, whose capitalised last word may be cut too („… unserer Fra“).  ``letterhead``: the last words of Sachsen's
    letterhead where the copy stops inside it (after the askers' Vorbemerkung, before question 1)."""
    parliament, period, drucksache = read_header(" ".join(first_page[:25]))
    seen = ", ".join(
        part
        for part in (
            f"Parlament {parliament_name(parliament)}" if parliament else "",
            f"Wahlperiode {period}" if period else "",
            f"Drucksache {drucksache}" if drucksache else "",
        )
        if part
    )
    hint = f" Erkannt: {seen}." if seen else ""
    # a copy that begins inside the answers: answers numbered one after the other („Zu 1.: …“, „Zu 2.: …“) and no
    # question before them (Bayern's answer part without its questions); that is what is wrong, the cut end follows
    whole = " ".join(" ".join(lines).split())
    answers = _FIRST_ANSWER.search(whole)
    answers = answers if answers and _SECOND_ANSWER.search(whole, answers.end()) else None
    if answers and "?" not in whole[: answers.start()]:
        opening = whole[answers.start() : answers.end("first")]
        hint = (
            f" Die Kopie beginnt mitten in den Antworten („{opening} …“): Eine Frage enthält sie nicht, nur"
            f" Antworten.{hint}"
        )
    before_first = "" if answers and "?" not in whole[: answers.start()] else ", vor der ersten Frage"
    last = next((line for line in reversed(lines) if line.strip()), "")
    # a copy cut before its first question (not a signature "Herbert Reul"), also after a comma ("… Regierung,")
    # or a word broken at the line's end („… im Rhein-Sieg-“)
    ending = _ENDS_ON_ANY_WORD if open_end else _ENDS_ON_WORD
    # (or on a date's day, the month cut off: „… mit Schreiben vom 1“, or inside a bracket: „… Bericht (Vorlage 16“)
    cut_date = open_end and _ENDS_ON_DAY.search(last)
    bracketed = open_end and last.count("(") > last.count(")")
    # (or on a capitalised word after a sentence's many words, no signature's: „… Nachdem die Straßenkinder und
    # -jugendlichen sowie ihre Lebensbed“)
    sentence = re.split(r"[.?!:]\s", last)[-1]
    long_sentence = len(sentence.split()) >= MIN_CUT_WORDS and _ENDS_ON_ANY_WORD.search(last)
    if letterhead:
        hint += (
            f" Der Text endet im Briefkopf des Ministeriums („… {letterhead}“), vor der ersten Frage: Die Kopie ist"
            " wohl unvollständig."
        )
    elif ending.search(last) or last.rstrip().endswith((",", ";", "-")) or cut_date or bracketed or long_sentence:
        tail = " ".join(last.split()[-5:])
        hint += f" Der Text endet mitten im Satz („… {tail}“){before_first}: Die Kopie ist wohl unvollständig."
    if _scan_like(lines, text_file):
        hint += (
            " Der Text enthält viele verstümmelte Wörter, wie nach einer fehlerhaften Texterkennung."
            if text_file
            else f" {SCAN_WITHOUT_TEXT}"
        )
    kind = _other_kind(first_page, lines)
    refusal = "Keine nummerierten Fragen gefunden: Der Text lässt sich nicht in Fragen und Antworten gliedern."
    # what the document is, where its head says so, comes first: that is the reason, the missing questions follow
    return ParseError(f"{kind.strip()} {refusal}{hint}" if kind else refusal + hint)


def _question_paper_only(questions: tuple[Question, ...], head: list[str], cut: bool) -> bool:
    """No question answered, and a head that names the Anfrage but no „Antwort“: the question paper.  A cut copy is
    read as far as it goes, and a head naming the answer („Kleine Anfrage … und Antwort des Ministeriums …“) is one,
    cut before its first."""
    asked = bool(_ASKED.search(" ".join(head)))  # the paper names itself; a form's numbered items do not
    answered = any(q.answer and not _closing_only(q.answer, head) for q in questions)
    # a head set letter-spaced („A N T W O R T zu der Anfrage“, Saarland) names the answer too
    named = any(_ANSWER_WORD.search(unspace(line)) for line in head)
    return asked and not cut and not answered and not named


# „Antwort“, and the answer's letter („beantworte ich die Kleine Anfrage wie folgt“, Sachsen) — not „zur
# schriftlichen Beantwortung“ (Niedersachsen's paper)
_ANSWER_WORD = re.compile(r"\bAntwort|\bbeantworte(?:t| ich| wir|n wir)\b", re.IGNORECASE)
# The paper's closing: its place and date („Wiesbaden, 10. November 2014“, „Berlin, den 23. Juli 2025“).
_PLACE_AND_DATE = re.compile(
    r"^[A-ZÄÖÜ][\w.\- ]{1,30}?, (?:den )?\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|[A-ZÄÖÜ][a-zä]+ \d{4})\b"
)


def _closing_only(answer: tuple[str, ...], head: list[str]) -> bool:
    """The paper's closing after its last question, read as its answer: a place and date, and the askers' names the
    head prints („Stefan Kämmerling“) — no word an answer would say."""
    named = set(re.findall(r"\w+", " ".join(head)))
    for paragraph in answer:
        rest = _PLACE_AND_DATE.sub("", paragraph)
        words = re.findall(r"\w+", rest)
        # names and parties only: a short answer of a short text is in its first lines too („Auf die beigefügte
        # Anlage wird verwiesen.“), but not in capitals alone
        if len(words) > 8 or any(word != "und" and (word not in named or not word[0].isupper()) for word in words):
            return False
    return True


def _question_paper(questions: tuple[Question, ...], front: Front) -> ParseError:
    """A complete text whose questions have no answer at all is the question paper — the Anfrage's own Drucksache,
    downloaded in place of the answer's.  Taken, it was listed as an answer from its closing's date („Berlin, den
    23. Juli 2025“ as „Beantwortet“), its questions „gemeinsam beantwortet“ by that closing, which the report then
    dropped."""
    parliament = parliament_of(front.parliament) if front.parliament else None
    name = front.anfrage_name or (parliament.anfrage if parliament else "Anfrage")
    whose = f" {parliament.of_body}" if parliament else ""
    paper = f"{name}, Drucksache {front.drucksache}" if front.drucksache else name
    none = "Die Frage hat keine" if len(questions) == 1 else f"Keine der {len(questions)} Fragen hat eine"
    own = " – sie ist eine eigene Drucksache mit eigener Nummer" if front.parliament in _ANSWER_OWN_NUMBER else ""
    return ParseError(
        f"{none} Antwort: Das Dokument ist wohl nur die {paper}, noch ohne die Antwort{whose}. Bitte die "
        f"Fassung mit der Antwort hinzufügen{own}."
    )


# Parliaments that print the answer as a Drucksache of its own number; the others (Baden-Württemberg, Hessen,
# Hamburg, Berlin, Bayern, Sachsen, Thüringen, …) print it under the Anfrage's number, as a later version.
# A copy whose cover lost the parliament's name (docslib.org's „Landtag von -Württemberg Drucksache 16 / 1343“) still
# names it in the page head over the same Drucksache, printed further down: „… „Der Blaue Engel“. Landtag von
# Baden-Württemberg Drucksache 16 / 1343“.  Up to four words before the number, the number the cover gives.
def _named_by_page_head(front: Front, pages: list[list[str]]) -> Front:
    """``front`` with the parliament the page head names over the cover's own Drucksache, where the cover names none;
    a Drucksache a sentence cites under another parliament's name („… des Bayerischen Landtags Drucksache 17/1“)
    names the document's parliament only where it is the cover's own number."""
    if front.parliament or not front.drucksache:
        return front
    period, number = front.drucksache.split("/")
    spaced = rf"{number[:-3]}\s?{number[-3:]}" if len(number) > 3 else number
    head = re.compile(rf"((?:\S+ ){{1,4}})Drucksache\s*{period}\s*/\s*{spaced}(?!\d)")
    text = " ".join(" ".join(line.split()) for page in pages for line in page if line.strip())
    code = next((found for m in head.finditer(text) if (found := find_parliament(m.group(1)))), None)
    return replace(front, parliament=code) if code else front


_ANSWER_OWN_NUMBER = frozenset({"bt", "ni", "bb", "nw", "rp", "sl", "mv"})


# A Drucksache of another kind names it on a line of its own in its head (Niedersachsen's withdrawal notices, a
# Gesetzentwurf): said in the refusal, so the archivist knows the file is no answer rather than a misread one.
OTHER_KINDS = {
    "Gesetzentwurf": "ein Gesetzentwurf",
    "Unterrichtung": "eine Unterrichtung",
    "Antrag": "ein Antrag",
    "Änderungsantrag": "ein Änderungsantrag",
    "Entschließungsantrag": "ein Entschließungsantrag",
    "Beschlussempfehlung": "eine Beschlussempfehlung",
    "Große Anfrage": "eine Große Anfrage",
    "Bericht": "ein Bericht",
    "Plenarprotokoll": "ein Plenarprotokoll",
}
# A press release about an answer („Innenministerin beantwortet Kleine Anfrage …“) carries every word of one; its head
# names it on a line of its own, often with a number („PRESSEMITTEILUNG Nr. 45/2026“).
_PRESS_RELEASE = re.compile(r"(?:Presse|Medien)(?:mitteilung|information|meldung|erklärung)\b", re.IGNORECASE)
HEAD_LINES = 15
HEAD_CHARACTERS = 400  # of a head whose line breaks were lost (a copy in one line): as much as 15 lines hold
# A sitting's minutes name themselves in the head, before any Drucksache's number: „Plenarprotokoll 20/45“ (not in
# brackets), „Stenografischer Bericht“.  A Drucksache cites them („in seiner 45. Sitzung (Plenarprotokoll 20/45)“)
# after its own number.
_MINUTES = re.compile(r"(?<!\()\bPlenarprotokoll\s+\d{1,2}/\d{1,4}\b|\bStenogra(?:f|ph)ischer\s+Bericht\b")
_DRUCKSACHE_NUMBER = re.compile(r"\b(?:Drucksache|Drs\.)\s+\d{1,2}/\d{1,6}")
# A Drucksache's kind printed after its number and date in a head of one line: „Drucksache 18/1234 10.05.2023 Antrag
# der Fraktion der SPD“
_KIND_AFTER_NUMBER = re.compile(
    r"\bDrucksache\s+\d{1,2}/\d{1,6}\s+(?:(?:vom\s+)?\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s+)?"
    r"(?P<kind>" + "|".join(sorted(OTHER_KINDS, key=len, reverse=True)) + r")(?!\w)"
)


def _other_kind(first_page: list[str], lines: list[str]) -> str:
    """What the refused document is instead of an answer, as far as its head says; else nothing."""
    head = [" ".join(line.split()) for line in first_page[:HEAD_LINES]]
    kind = next((OTHER_KINDS[line] for line in head if line in OTHER_KINDS), None)
    if not kind and any(_PRESS_RELEASE.match(line) for line in head):
        kind = "eine Pressemitteilung"
    top = " ".join(head)[:HEAD_CHARACTERS]
    answer_named = bool(_ANSWER_WORD.search(top) or _ASKED.search(top))  # an answer's head, its title may say „Antrag“
    if not kind and not answer_named and (after_number := _KIND_AFTER_NUMBER.search(top)):
        kind = OTHER_KINDS[after_number["kind"]]
    if not kind and not answer_named and _MINUTES.search(_DRUCKSACHE_NUMBER.split(top, maxsplit=1)[0]):
        kind = OTHER_KINDS["Plenarprotokoll"]
    if kind:
        return f" Nach seinem Kopf ist das Dokument {kind}, keine Antwort auf eine Kleine Anfrage."
    if "Kleine Anfrage" in head and not any("Antwort" in line for line in lines):
        return " Das Dokument ist nur die Kleine Anfrage, noch ohne Antwort."
    return ""


# What an answer label names ("Zu 1.:", Brandenburg's "zu Frage 1:"): "1", "den Fragen 1 und 3", "2a",
# "1, 1 a), 1 b) und 1 c)" (lettered layouts strip their own "Zu a):").  Mecklenburg-Vorpommern prints a label
# that ends with a part's letter without a colon.
_PART = r"\d{1,3}[a-z]?\.?(?:\s?[a-z]\))?"
# (Berlin names a question's parts by their letters alone: „Antwort zu 1 a und b:“)
_LETTER = r"[a-z](?=\s*(?:,|und|bis|-|–|:))"
_ANSWERED = (
    r"(?:den\s+)?(?:Fragen?\s+)?(?:\d{1,3}\s" + _LETTER + r"|" + _PART + r")"
    r"(?:\s*(?:,|und|bis|-|–)\s*(?:" + _PART + r"|" + _LETTER + r"))*"
)
_ANSWER_LABEL = re.compile(
    # also Schleswig-Holstein's numbered "Antwort 1:"
    r"^(?:(?:Antwort(?:\s+zu\s+" + _ANSWERED + r"|\s+" + _PART + r")?|[Zz]u\s+" + _ANSWERED + r")\s*:"
    # (not the first words of a sentence that names more parts: „Zu den Fragen 2a) bis c) liegen … keine … vor.“)
    r"|Zu\s+" + _ANSWERED + r"(?<=\))(?!\s*(?:,|und|bis|-|–)\s*[a-z]\)))\s*"
    # Schleswig-Holstein's „Antwort“ without a colon before the answer's first sentence
    r"|^Antwort\s+(?=[A-ZÄÖÜ][a-zäöü]+\s)"
    # Sachsen's joint label where the questions are asked one by one („Frage 1: …? Frage 2: …? Zusammenfassende Antwort
    # auf die Fragen 1 - 2: Zur Beantwortung …“)
    r"|^Zusammenfassende\s+Antwort\s+(?:auf\s+die|zu\s+den|zu\s+der)\s+" + _ANSWERED + r"\s*:\s*"
)


# Berlin's label printed without its colon, a table's head after it: „Antwort zu 1 Anzahl der Spielplätze …“
# (be-18-19876); only the question's own number, a capitalised word after it.
_BARE_OWN_LABEL = re.compile(r"^Antwort\s+zu\s+(?:Frage\s+)?(?P<number>\d{1,3})\s+(?=[A-ZÄÖÜ][a-zäöüß])")


def _bare_own_label(paragraph: str, number: int) -> str:
    """``paragraph`` without a colonless „Antwort zu N“ that names its own question ``number``: „Antwort zu 1 Anzahl
    …“ → „Anzahl …“; another number („Antwort zu 3 Jahren …“ under question 1) is a sentence's words, left."""
    found = _BARE_OWN_LABEL.match(paragraph)
    return paragraph[found.end() :] if found and int(found["number"]) == number else paragraph


def _question(span: QuestionSpan, width: int, spelled: frozenset[str]) -> Question:
    answer = split_paragraphs(span.answer_lines, width, spelled)
    if answer:  # "Antwort zu Frage 3: …" (Hamburg, Berlin, Sachsen): the label is layout, not text
        answer[0] = _ANSWER_LABEL.sub("", answer[0])
        answer[0] = _bare_own_label(answer[0], span.number)
        answer = [paragraph for paragraph in answer if paragraph]
    return Question(
        number=span.number,
        text=join_lines(span.text_lines, spelled),
        answer=tuple(answer),
        answered_with=span.answered_with,
        label=span.label,
    )


_SIGNATURE = re.compile(
    r"^[A-ZÄÖÜ][\w.\- ]{1,40}? (?:Staats)?(?:Minister|Ministerin|Staatssekretär|Staatssekretärin)\b[^.]{0,80}$"
)


def _without_signature(questions: tuple[Question, ...]) -> tuple[Question, ...]:
    """The covering letter's signature (``Hermann / Minister für Verkehr``) closes the last answer
    in some layouts; it is not part of the answer."""
    if not questions or len(questions[-1].answer) < 2 or not _SIGNATURE.match(questions[-1].answer[-1]):
        return questions
    last = questions[-1]
    shared = [q for q in questions if q.answer == last.answer]
    return tuple(replace(q, answer=q.answer[:-1]) if q in shared else q for q in questions)


def _marker(number: int, before_hyphen: bool = False) -> re.Pattern[str]:
    """Footnote ``number`` (group ``n``) glued to a word, a closing quote or bracket, or to a sentence's full stop or
    colon; with ``before_hyphen`` also (group ``h``) between the letters of a word that has a small letter and the
    hyphen that continues it (``EfA1-Online-Dienste``), never after capitals alone (``CO2-``, ``H2-``, ``B96-``)."""
    glued = rf"(?:(?<=[A-Za-zÄÖÜäöüß“”\")\]])|(?<=[a-zäöüß)“”][.:]))(?P<n>{number})(?=[\s,;:]|\.(?!\d)|$)"
    if not before_hyphen:
        return re.compile(glued)
    letters = "A-Za-zÄÖÜäöüß"
    return re.compile(rf"{glued}|(?<![{letters}])[{letters}]*[a-zäöüß][{letters}]*(?P<h>{number})(?=-[{letters}])")


_FOLLOWING = re.compile(r"[ ,]{1,2}(?P<n>\d{1,2})(?=\s|[,;:]|$)")  # the next note's marker beside a marker


def _marker_span(found: re.Match[str]) -> tuple[int, int]:
    """Where the footnote's number itself stands in a match of :func:`_marker`."""
    return found.span("n") if found.group("n") is not None else found.span("h")


def without_footnote_markers(document: Document) -> Document:
    """Drop the footnote numbers glued to words (``„Justizskandals“1 um``, ``Einwohnerzahlen:5``): the footnotes
    are kept as ``footnotes``; in the text the digit would only break words and phrases.  A number whose marker is
    printed nowhere (``beschreibt 1.``, set off by a space) is skipped: the markers after it are still glued.
    A number before a hyphen that continues the word (``EfA1-Online-Dienste``) is taken for the marker only when
    the footnote's number is glued to no word end anywhere: a marker is printed once, and such a number is
    mostly part of a name (``CO2-arme``, ``G7-Gipfel``, ``B96-Ausbau``)."""
    texts = [document.title, *document.preamble, *document.government_preamble]
    texts += [part for q in document.questions for part in (q.text, *q.answer)]
    numbered = [note.number for note in document.footnotes if note.numbered]  # "*" stays: it breaks no word
    # each number once: a text of many copies repeats its notes (hundreds of „1“), and each search reads all texts
    markers = {
        number: _marker(number, before_hyphen=not any(_marker(number).search(text) for text in texts))
        for number in dict.fromkeys(numbered)
    }
    glued = {number for number, marker in markers.items() if any(marker.search(text) for text in texts)}
    pending = [number for number in numbered if number in glued]
    if not pending:
        return document

    done: dict[str, str] = {}  # a shared (joint) answer is stripped once, the same way everywhere
    printed = set(pending)  # notes whose marker is glued somewhere: a number beside another marker is not theirs

    def strip(text: str) -> str:
        if text in done:
            return done[text]
        original = text
        while pending:
            marker = markers[pending[0]].search(text)
            if not marker:
                break
            start, end = _marker_span(marker)
            number = pending.pop(0)
            # markers of several notes after one sentence: „veröffentlicht.2 3 Ziel“ (notes 2 and 3)
            while text[start - 1 : start] == "." and (following := _FOLLOWING.match(text, end)):
                if int(following["n"]) != number + 1 or number + 1 not in numbered or number + 1 in printed:
                    break
                number, end = number + 1, following.end("n")
            text = text[:start] + text[end:]
        done[original] = text
        return text

    title = strip(document.title)
    preamble = tuple(strip(p) for p in document.preamble)
    government = tuple(strip(p) for p in document.government_preamble)
    questions = tuple(
        replace(q, text=strip(q.text), answer=tuple(strip(p) for p in q.answer)) for q in document.questions
    )
    return replace(document, title=title, preamble=preamble, government_preamble=government, questions=questions)


_NOT_LETTER = re.compile(r"[\W\d_]+")
_FIGURE = re.compile(r"[^A-Za-zÄÖÜäöüß]*\d[^A-Za-zÄÖÜäöüß]*")  # a table cell: "34,19", "(2020)", "1)"
_ODD = re.compile(r"[|~^{}\\<>]|[a-zäöü][A-ZÄÖÜ]{2,}|[A-Za-z]\d[A-Za-z]")  # what OCR typically gets wrong
_LAW_ABBREVIATION = re.compile(r"[A-ZÄÖÜ][a-zäöü]{1,3}[A-ZÄÖÜ]{2,4}")  # StGB, StPO, BauGB, BtMG: printed so
_BRACKETS = "()[].,;:"


SCAN_MIN_CHARS = 200  # fewer characters in a PDF's text layer: the page is an image


def looks_like_scan(lines: list[str]) -> bool:
    """OCR noise or an empty text layer: few letters, or many words broken by odd characters. Figures
    ("34,19", "(2020)", "1)") count for neither: an answer of statistics tables is no scan."""
    words = " ".join(lines).split()
    text = "".join(words)
    if len(text) < SCAN_MIN_CHARS:
        return True
    prose = "".join(word for word in words if not _FIGURE.fullmatch(word))
    letters = len(_NOT_LETTER.sub("", prose))
    return not prose or letters < 0.6 * len(prose) or len(odd_words(lines)) / len(words) > 0.08


def _scan_like(lines: list[str], text_file: bool) -> bool:
    """:func:`looks_like_scan` for a PDF's text layer; a text file is never a scan, so there its
    shortness says nothing and only OCR noise (garbled words, few letters) counts."""
    if text_file and len("".join(" ".join(lines).split())) < SCAN_MIN_CHARS:
        return False
    return looks_like_scan(lines)


def odd_words(lines: list[str]) -> list[str]:
    """Words with what OCR typically gets wrong: ``STAATSM1N1STER1UM``, ``Lan|d``, ``vonDER``."""
    words = " ".join(lines).split()
    return [word for word in words if _ODD.search(word) and not _LAW_ABBREVIATION.fullmatch(word.strip(_BRACKETS))]


NONE_ANSWERED = (
    "Keine der {count} Fragen hat eine Antwort: Der Text endet vor der ersten Antwort, oder er ist die Kleine Anfrage "
    "allein. Suchbar sind nur die Fragen; die vollständige Fassung mit der Antwort hinzufügen, sobald sie vorliegt."
)


def _part_of_a_joint_answer(question: Question, questions: tuple[Question, ...]) -> bool:
    """A part „1.1“ printed under question „1“, none of whose parts has an answer of its own, while question 1 is
    answered jointly with others („Die Fragen 1 und 2 werden gemeinsam beantwortet:“, Schleswig-Holstein): the joint
    answer answers the parts, no answer is missing."""
    parent, dot, part = question.label.partition(".")
    if not dot or not parent.isdigit() or not part.isdigit():
        return False
    main = next((q for q in questions if q.label == parent or (not q.label and str(q.number) == parent)), None)
    if main is None or not main.answer or not main.answered_with:
        return False
    return not any(q.answer for q in questions if q.label.startswith(parent + "."))


def validate(document: Document, whole: bool = False) -> list[str]:
    """Warnings a person should look at before trusting the split (the parser's own first).  ``whole``: the copy
    reaches the last page's imprint, so no answer is cut off (see :func:`_cut_off`)."""
    warnings = list(document.warnings)
    unanswered = [q for q in document.questions if not q.answer and not q.answered_with]
    unanswered = [q for q in unanswered if not _part_of_a_joint_answer(q, document.questions)]
    if len(unanswered) > 1 and len(unanswered) == len(document.questions):
        warnings.append(NONE_ANSWERED.format(count=len(unanswered)))  # once, not „Frage N hat keine Antwort.“ N times
    else:
        # as printed: "1.2", "8" (10th)
        warnings.extend(f"Frage {question.printed_number} hat keine Antwort." for question in unanswered)
    # (a copy that stops on the next label, which the parser said, stops after whole words)
    on_label = any(warning.startswith(_CUT_ON_LABEL) for warning in document.warnings)
    warnings.extend(_cut_off(document.questions, annexed=bool(document.annexes), whole=whole, on_label=on_label))
    if not document.parliament:
        warnings.append("Parlament nicht erkannt.")
    if not document.title:
        warnings.append("Titel nicht erkannt.")
    elif _names_a_parliament(document.title):  # the head's first line taken for the title (a layout not known)
        warnings.append(
            f"Titel nicht erkannt: „{document.title}“ ist der Name des Parlaments. Den Titel in der "
            'Metadaten-Datei angeben: {"title": "…"}.'
        )
    return list(dict.fromkeys(warnings))


def _names_a_parliament(title: str) -> bool:
    folded = " ".join(title.split()).casefold()
    return any(folded in (p.name.casefold(), *p.aliases) or folded == f"landtag {p.aliases[-1]}" for p in PARLIAMENTS)


# The last answer stops on a word with no closing punctuation after it: a cut copy ("… durch den Ministerpräsi"), also
# inside a bracket or quote it opened ("… zwischen 2012 und 2017 (Stichtag").
_ENDS_ON_WORD = re.compile(r"\s[(„\"]?[a-zäöüß]+-?$")
# The Länder named by two words: the first, and the second a copy may stop inside
_LANDS_SECOND_WORDS = dict(p.state.split("-", 1) for p in PARLIAMENTS if p.state and "-" in p.state)
# The first words of Berlin's Bezirke named by two („Friedrichshain-Kreuzberg“), which its tables list.
_BERLINS_FIRST_WORDS = ("Charlottenburg", "Friedrichshain", "Marzahn", "Steglitz", "Tempelhof", "Treptow")
# A copy with nothing after its last answer: a capitalised word ("… im Landkreis Neuwie") is no list item's end, nor
# is a comma ("… in die Förderrichtlinie Wasserwirtschaft hat dazu geführt,"), nor the hyphen of a name of two words
# that the one-line copy set apart, the rest of the name after the copy's end (Berlin's table of Bezirke: „… erfolgt
# nicht. Friedrichshain -“). A table's last cell „-“ (none) after another word ends a whole table („… Reinickendorf -“).
_ENDS_ON_ANY_WORD = re.compile(
    r"\s[(„\"]?(?:[A-Za-zÄÖÜäöüß][a-zäöüß]*[-,]?|(?:"
    + "|".join((*_LANDS_SECOND_WORDS, *_BERLINS_FIRST_WORDS))
    + r") -)$"
)
MIN_CUT_WORDS = 8
# Answers numbered one after the other, the first with its opening words: „Zu 1.: Die Fortschreibung … Zu 2.: …“ (two
# searches: one pattern spanning both took time growing with the square of a text of many „Zu 1.“ and no „Zu 2.“)
_FIRST_ANSWER = re.compile(r"\bZu (?:Frage )?1\s?[.:)]:?(?P<first>(?:\s+\S+){1,6})")
_SECOND_ANSWER = re.compile(r"\bZu (?:Frage )?2\s?[.:)]")
# A last word no sentence ends on, however short the answer: a word begun, unknown to the word list and of four letters
# or more (bb-6-10560 stops after „Zu Frage 1: Die strategisc“; a unit „km“ or „ebd“ is shorter), or an article or
# conjunction („… Ausrichtung der“, „… umgesetzt und“). A remark with its full stop left off ends on a word („Die Frage
# entfällt“, „… trifft nicht zu“: a particle may end a sentence).
_LAST_LOWER_WORD = re.compile(r"(?:^|\s)[(„\"]?(?P<word>[a-zäöüß]+)$")
_ARTICLES = ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines")
_NO_SENTENCE_ENDS_ON = frozenset((*_ARTICLES, "und", "oder", "sowie", "bzw", "dass", "weil", "sodass"))
# ... nor on the article a sentence opens with: an answer that is only „Die“ (mv-7-117 stops after „… abgeschlossen
# sein? Die“), or a next sentence begun after a full stop („… vor. Die“)
# (or on an interrogative or a preposition a sentence opens with: Berlin's „Antwort zu 1: Wie“, be-18-21316)
_SENTENCE_OPENERS = ("Wie", "Wo", "Was", "Wer", "Wann", "Welche", "Im", "In", "Zur", "Zum", "Für", "Mit", "Nach", "Bei")
_SENTENCE_BEGUN = re.compile(
    r"(?:^|[.?!:]\s)(?:" + "|".join((*(word.title() for word in _ARTICLES), *_SENTENCE_OPENERS)) + r")$"
)
# An answer that is only an article, an adjective and a noun has no verb yet (Berlin's „Zu 2.: Der Berliner Senat“,
# be-18-16617, where the question asked how and on what basis) — but it names whom or what a question asking „Wer …?“
# or „Welche …?“ wants („Der Regierende Bürgermeister“, „Die Deutsche Bahn“): that answer is whole, unless the
# questions after it are unanswered.
_NOUN_PHRASE_ONLY = re.compile(r"^(?:Der|Die|Das|Ein|Eine)\s[A-ZÄÖÜ][a-zäöüß]+\s[A-ZÄÖÜ][a-zäöüß]+$")
_ASKS_FOR_A_NAME = re.compile(r"(?:^|[.?!:]\s)(?:Wer|Welche[rsnm]?)\s")
# ... nor on a word's first letter or two after a preposition or an article (Sachsen: „Frage 1: …? Grundlage für d“), or
# on a noun's first letter after its article („… die fachlich-inhaltliche Begleitung der Erstellung der S“)
_WORD_BEGUN = re.compile(
    r"(?:^|\s)(?:(?:für|mit|von|vom|zu|zum|zur|bei|nach|aus|auf|im|über|unter|durch|gegen|ohne|"
    + "|".join(_ARTICLES)
    + r")\s[a-zäöüß]{1,2}|(?:"
    + "|".join(_ARTICLES)
    + r")\s[A-ZÄÖÜ])$"
)
# ... nor on a date's month begun after its day and the word before a date („Mit Stand vom 31. De“, st-7-747): a strict
# beginning of the month's name, not its short form („Dez“, „Sept“) a table may print without full stop
_MONTH_BEGUN = re.compile(
    r"(?:^|\s)(?:vom|am|zum|bis|seit|ab|dem|den|Stand)\s[0-3]?\d\.\s(?:"
    + "|".join(
        sorted({month[:size] for month in MONTH_NAMES for size in range(1, len(month))} - set(MONTH_ABBREVIATIONS))
    )
    + r")$"
)
_HEADING_BEGUN = re.compile(r"Zu(?: Fr(?:a(?:ge?)?)?)?(?: \d{1,2})?")  # „Zu“, „Zu Frage 1“: a copy stops there


def _next_question_begun(split: Split) -> str:
    """The next question's number and first word begun, where the copy stops („2. Wa“ after answer 1's last line),
    taken off the last answer; "" where the last answer ends otherwise."""
    last = split.spans[-1]
    said = [index for index, line in enumerate(last.answer_lines) if line.strip()]
    if len(said) < 2:
        return ""
    tail = " ".join(last.answer_lines[said[-1]].split())
    if not re.fullmatch(rf"{last.number + 1}\. [A-ZÄÖÜ][a-zäöüß]{{0,11}}", tail):
        return ""
    last.answer_lines = last.answer_lines[: said[-1]]
    return tail


# one or two letters, no word of any answer („D“; „Da“, where an answer part's opening „Das Ministerium … hat die Kleine
# Anfrage … wie folgt beantwortet:“ is begun; a small letter alone, „z“, where „zu a:“ is; not „Ja“)
_ANSWER_BEGUN = re.compile(r"(?!Ja$)[A-ZÄÖÜ][a-zäöüß]?|[a-zäöü]")
# Baden-Württemberg's letter-spaced „A n t w o r t“ after the askers' Begründung, where the copy stops in it (set solid:
# „… hat. Antw“); three letters at least, no German word
_ANSWER_HEADING_BEGUN = re.compile(r"(?<=[.!?“\"]) (?:Ant|Antw|Antwo|Antwor)$")
_SPACED_BEGUN = re.compile(r"[A-ZÄÖÜ](?: [a-zäöü]){1,3}")  # „K l“, „K l e“: a word set letter-spaced, begun
# a last question of one word and no answer is where the copy stops („6. Sind“, rp-16-1947): no question is one word
_ONE_WORD = re.compile(r"^[(„\"]?[A-Za-zÄÖÜäöüß]+-?$")
# a bracket closed on a word, no full stop after it: „… Instrumentalunterricht, der in Kleingruppen (in der Regel mit 2
# bis 3 Schülerinnen bzw. Schülern)“ (Bayern, the copy stops in the sentence the bracket stands in)
_ENDS_ON_CLOSED_BRACKET = re.compile(r"\([^()]*[a-zäöüß]\)$")
# a last question that stops on a word inside the bracket it opened, no '?' after it: „… gemäß
# Landesheimbauverordnung (LHeimBauV“ (the copy stops there; a short form is capitalised within)
# (or on a figure: Hamburg's „… die Nutzung der nördlich angrenzenden Kleingartenflächen (Flurstücke 258“)
_IN_OPEN_BRACKET = re.compile(r"\([^()?]*[A-Za-zÄÖÜäöüß0-9]$")
# a slash after a figure or a word, where no sentence ends: Niedersachsen's „… zum Schutz der für wissenschaftliche
# Zwecke verwendeten Tiere (2012/707/“ (the copy stops inside a number cited in brackets); not a web address, which
# often ends on its slash where the answer ends („… abrufbar unter https://www.ml.niedersachsen.de/“)
# The stock answer of one word, begun where the copy stops: „Zu 4.: Entfäl“ (Berlin's „Entfällt.“), „Nei“ — not the
# word whole („Entfällt“, „Nein“ without their full stop are as printed).
_STOCK_ANSWER_BEGUN = re.compile(r"Ent(?:f(?:ä(?:ll?)?)?)?|Nei")
_ENDS_ON_SLASH = re.compile(r"(?:^|\s)(?!\S*(?:://|www\.))\S*\w/$")
# an answer's last word a short form begun in the bracket it opens, no space in it: „… Buchs Sozialgesetzbuchs (SG“
_IN_SHORT_FORM_BEGUN = re.compile(r"\s\([A-ZÄÖÜ][A-Za-zÄÖÜäöüß-]{0,20}$")
# (also on a date's month, its full stop and year cut off: „… und vom 22.08“, not „… ab 01.08.“ nor a range of
# sections „… 2.1 bis 2.4“: a day and a month)
_ENDS_ON_DAY = re.compile(r"\s(?:vom|am|bis|seit|zum|ab)\s(?:\d{1,2}\.?|(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2]))$")
# an abbreviation no sentence ends on: „… die Brandbekämpfung als „wirksam“ bzw.“ (Bayern, the copy stops there)
_ENDS_ON_ABBREVIATION = re.compile(r"\s(?:bzw|vgl|ggf|insb|inkl|sog|z\.\s?B|d\.\s?h)\.$")
# a sentence of several words that stops on a name's short form in brackets, with no full stop after it: „Nein, die
# kommunalen Gebietskörperschaften haben gemäß … § 83 des Wassergesetzes für das Land Sachsen-Anhalt (WG LSA)“ (the
# copy stops there; a bare „Bezirksverordnetenversammlung (BVV)“ closing a list is no sentence)
_ENDS_ON_SHORT_FORM = re.compile(r"(?:^|[.?!:]\s)(?P<sentence>[^.?!:]*)\s\([A-ZÄÖÜ][A-Za-zÄÖÜäöüß -]{0,20}\)$")
# a running sentence of several words, no figure in it, that stops on a number: „Nach Auskunft der … Kassenärztlichen
# Vereinigung … (KV M-V) hat der Regionale Planungsverband Westmecklenburg im Jahr 201“ (the copy stops there; a
# table's last row has figures before its last); the number after a noun it counts or dates („Jahr“, „Absatz“)
_ENDS_ON_FIGURE = re.compile(r"(?:^|[.?!:]\s)(?P<sentence>[^.?!:\d]*[a-zäöüß][^.?!:\d]*\s[A-ZÄÖÜ][a-zäöüß]+)\s\d{1,4}$")
# (the noun and its number the sentence must end on; the sentence holds no stop, colon or figure)
_FIGURE_AFTER_NOUN = re.compile(r"\s[A-ZÄÖÜ][a-zäöüß]+\s\d{1,4}$")
_NO_SENTENCE_CHARS = ".?!:0123456789"
# A sentence stopping on the paragraph a preposition cites, the law's name or the full stop not come: Hamburg's „Es
# wird davon ausgegangen, dass die Frist gemäß § 10“ (the copy stops there; a cited paragraph ends a sentence with its
# full stop, „… gemäß § 10.“, or with the law's name after it).
_ENDS_ON_SECTION = re.compile(
    r"(?:^|[.?!:]\s)(?P<sentence>[^.?!:§]*[a-zäöüß][^.?!:§]*\s"
    r"(?:gemäß|nach|laut|entsprechend|im Sinne des|des|nach dem)\s§§?\s?\d{1,4}[a-z]?)$"
)

# ... or on the section sign alone, its number cut off (Sachsen: „… Letzteres ist hier der Fall, denn nach §“): no
# sentence ends on it
_ENDS_ON_SECTION_SIGN = re.compile(r"\s§§?$")
# ... or, in a short answer, on a word's first two or three letters that no word is, after three words of its sentence
# at least (Mecklenburg-Vorpommern: „Es liegen der Landesregierung ke“, the copy stops there); not a word a short
# answer may end on („Das hängt davon ab“, „Ja“), nor a unit after a figure („rund 12 ha“); a paragraph of fewer words
# (held cut/mv-7-1151's „Wurden zwi“ after a table's „… wie folgt:“) is left as it read
_WORD_FRAGMENT = re.compile(r"(?:^|[.?!:]\s)(?:[^\s.?!:]+\s){2,}[A-Za-zÄÖÜäöüß]{2,}\s(?P<word>[a-zäöüß]{2,3})$")
# (short forms and units a whole answer may end on: „… Paragraphen elf ff“, „… Milligramm je kg“)
_SHORT_FORMS = ("ab", "ja", "ca", "usw", "bzw", "etc", "ggf", "vgl", "ff", "ua", "dh", "zb", "mio", "mrd", "tsd", "std")
_UNITS = ("km", "ha", "qm", "cm", "mm", "kg", "mg", "ml", "ct", "kw", "kwh")
_SHORT_LAST_WORDS = frozenset((*_SHORT_FORMS, *_UNITS))


def _ends_on_word_fragment(paragraph: str) -> bool:
    """``paragraph`` stops on :data:`_WORD_FRAGMENT`: two or three small letters, no stop word and no word of the
    lexicon."""
    found = _WORD_FRAGMENT.search(paragraph.rstrip()[-400:])
    if found is None:
        return False
    word = found["word"]
    return word not in _SHORT_LAST_WORDS and word not in STOP_WORDS and not weight(word)


def _ends_on_figure(paragraph: str) -> re.Match[str] | None:
    """``_ENDS_ON_FIGURE.search(paragraph)`` in time linear in the paragraph: tried from every start, the pattern's two
    runs read a paragraph of megabytes once per start and per letter (quadratic).  Its sentence holds no stop, colon
    or figure, so it can only begin at the last of them before the noun ending it; a paragraph not ending on a noun
    and its number ends on no such sentence."""
    noun = _FIGURE_AFTER_NOUN.search(paragraph)
    if noun is None:
        return None
    last = max(paragraph.rfind(char, 0, noun.start()) for char in _NO_SENTENCE_CHARS)
    return _ENDS_ON_FIGURE.search(paragraph, max(last, 0))


def _question_ends_on_figure(text: str) -> bool:
    """A last question, no '?' after it, whose running sentence stops on a number of one to three figures after the
    noun it counts or dates: „2. Bei wie vielen Rettungsdiensteinsätzen wurde die Hilfsfrist … in den Jahren 2“ (the
    copy stops in „2017“; a year of four figures may end a request printed without '?')."""
    figure = _ends_on_figure(text)
    return bool(
        figure
        and len(figure["sentence"].split()) >= MIN_CUT_WORDS
        and "?" not in text[figure.start() :]
        and len(text.rsplit(None, 1)[-1]) <= 3
    )


def _cut_off(
    questions: tuple[Question, ...],
    ending: re.Pattern[str] = _ENDS_ON_WORD,
    annexed: bool = False,
    whole: bool = False,
    on_label: bool = False,
) -> list[str]:
    """Tell the archivist when the text seems to stop in the middle of a sentence: the answers after
    the cut are missing and cannot be found.  An answer ending on a colon before annexes ("… wie
    folgt:", then "Anlage 1") points to the annex, nothing is missing.  A last question is read like a last answer: a
    capitalised last word ("… nach Landkreisen", "… Gleichstellung") ends a whole question printed without its "?" or
    the list item of its answer, except in a copy that nothing closes.  A ``whole`` copy (the Bundestag's imprint
    after its last page) stops nowhere: its last line without a full stop („… nicht erhoben und nicht dokumentiert“,
    a table's last row „… und Eisenach reichseigen“) is as printed.  ``on_label``: the copy stops on the next label
    (said already), after whole words."""
    final = questions[-1] if questions else None
    asked = final is not None and (
        ending.search(final.text)
        or _ONE_WORD.match(final.text)
        or _IN_OPEN_BRACKET.search(final.text)
        or _question_ends_on_figure(final.text)
        or ENDS_ON_REFERENCE.search(final.text)
    )
    if final is not None and not final.answer and asked and not whole:  # cut inside the question
        tail = " ".join(final.text.split()[-5:])
        return [f"Frage {final.printed_number} endet mitten im Satz („… {tail}“): Der Text ist wohl unvollständig."]
    last = next((question for question in reversed(questions) if question.answer), None)
    if last is None:
        return []
    tail = " ".join(last.answer[-1].split()[-5:])
    if last.answer[-1].endswith(":"):  # "Folgende … gibt es:" and then nothing: the list or table is missing
        missing = (
            f"Die Antwort zu Frage {last.printed_number} endet mit einem Doppelpunkt („… {tail}“): "
            "Was danach folgen sollte (eine Liste, eine Tabelle), fehlt im Text."
        )
        return [] if annexed else [missing]
    # a short last paragraph is a remark with its full stop left off ("Die Frage entfällt"), no cut sentence — unless
    # the questions after it have no answer: the copy stops there ("Von den Studiengängen, in denen ein Studien")
    short_form = _ENDS_ON_SHORT_FORM.search(last.answer[-1])
    figure = _ends_on_figure(last.answer[-1])
    section = _ENDS_ON_SECTION.search(last.answer[-1][-400:].rstrip())
    followed = last is not questions[-1] and not any(q.answer or q.answered_with for q in questions[-1:])
    verbless = _NOUN_PHRASE_ONLY.search(last.answer[-1].rstrip()) and (
        followed or not _ASKS_FOR_A_NAME.search(last.text)
    )
    inside = (
        _stops_inside_a_sentence(last.answer[-1])
        or bool(verbless)
        or bool(_ENDS_ON_SECTION_SIGN.search(last.answer[-1].rstrip()))
        or _ends_on_word_fragment(last.answer[-1])
        or bool(last is questions[-1] and _STOCK_ANSWER_BEGUN.fullmatch(last.answer[-1].strip()))
    )
    stopped = (
        ending.search(last.answer[-1])
        # (where the questions after it have no answer, a capitalised word ends no list item either: „… in folgenden
        # Krankenhäusern geschlossen: – – … – Ho“, the copy stops there)
        or (followed and not on_label and _ENDS_ON_ANY_WORD.search(last.answer[-1]))
        # (also an answer of one word begun, where the copy stops: „Zu Frage 2: Zur“, the questions after it unanswered)
        or (followed and not on_label and _ONE_WORD.match(last.answer[-1].strip()))
        # (or on a bracket closed inside the sentence, the questions after it unanswered)
        or (followed and not on_label and _ENDS_ON_CLOSED_BRACKET.search(last.answer[-1]))
        or _ENDS_ON_ABBREVIATION.search(last.answer[-1])
        or _ends_in_a_lands_name(last.answer[-1])
        or _ENDS_ON_SLASH.search(last.answer[-1])
        # (or inside a short form in the bracket it opened: Thüringen's „… des Zweiten und Dritten Buchs
        # Sozialgesetzbuchs (SG“, the copy stops there; not any bracket's words: held cut/hh-21-1629 stops inside an
        # address, „(http://www.hamburg.de/contentblob/ 1547242/data/studie-binnensch“, and is left as it read)
        or _IN_SHORT_FORM_BEGUN.search(last.answer[-1])
        or (short_form and len(short_form["sentence"].split()) >= MIN_CUT_WORDS)
        or (figure and len(figure["sentence"].split()) >= MIN_CUT_WORDS)
        or (section and len(section["sentence"].split()) >= MIN_CUT_WORDS)
        or inside
    )
    short = len(last.answer[-1].split()) < MIN_CUT_WORDS and not followed and not inside
    if short or not stopped or whole:
        return []
    cut = f"endet mitten im Satz („… {tail}“): Der Text ist wohl unvollständig."
    return [f"Die Antwort zu Frage {last.printed_number} {cut}"]


# A Land's name of two words, the copy stopping inside its second: „… in den öffentlichen Schuldienst des Landes
# Mecklenburg- Vorpomm“ (mv-7-1100); the capitalised word ends no list item.
_LANDS_NAME_LAST = re.compile(r"(?:^|\s)(?P<first>" + "|".join(_LANDS_SECOND_WORDS) + r")-\s?(?P<second>[A-ZÄÖÜ]\w*)$")


def _ends_in_a_lands_name(paragraph: str) -> bool:
    """``paragraph`` stops inside the second word of a Land's name: „Mecklenburg-Vorpomm“."""
    found = _LANDS_NAME_LAST.search(paragraph.rstrip())
    if found is None:
        return False
    whole = _LANDS_SECOND_WORDS[found["first"]]
    return len(found["second"]) < len(whole) and whole.startswith(found["second"])


def _stops_inside_a_sentence(paragraph: str) -> bool:
    """``paragraph`` ends on a word no sentence ends on (see ``_NO_SENTENCE_ENDS_ON``): the copy stops there."""
    if (
        _SENTENCE_BEGUN.search(paragraph.rstrip())
        or _WORD_BEGUN.search(paragraph.rstrip())
        or _MONTH_BEGUN.search(paragraph.rstrip())
    ):
        return True
    last = _LAST_LOWER_WORD.search(paragraph)
    if last is None:
        return False
    word = last["word"]
    begun = len(word) >= 4 and word not in STOP_WORDS and not weight(word)
    return begun or word in _NO_SENTENCE_ENDS_ON


def _derive_id(front: Front) -> str:
    """``nw-17-6448`` from the parliament and the Drucksache; the refusal says which of the two the text lacks and
    what the id looks like (a Fragestunde's text names its parliament but has no Drucksache)."""
    if front.parliament and front.drucksache:
        period, number = front.drucksache.split("/")
        return f"{front.parliament}-{int(period)}-{int(number)}"
    if front.parliament:
        missing = f"die Drucksachennummer fehlt im Text (erkannt: {parliament_name(front.parliament)})"
    elif front.drucksache:
        missing = f"das Parlament ist im Text nicht zu erkennen (erkannt: Drucksache {front.drucksache})"
    else:
        missing = "Parlament und Drucksache fehlen im Text"
    form = f"{front.parliament or '<parlament>'}-{front.wahlperiode or '<wahlperiode>'}-<nummer>"
    raise UnidentifiedError(
        f"Dokumentkennung nicht ermittelbar: {missing}; bitte die Datei nach ihrer Kennung benennen (Form: {form}.txt"
        " bzw. .pdf, z. B. nw-17-6448.txt) oder eine Metadaten-Datei (JSON) mit 'id' angeben.",
        front.parliament,
        front.wahlperiode,
    )
