"""The *repeated* layout: the questions listed first, then repeated in the answer part, each
copy followed by its answer (Bayern since 2017: ``Antwort des Staatsministeriums … vom …``,
then ``1. …?`` answer, ``2.1 …?`` answer; NRW's question paper printed before the answer, whose part opens
with ``Der Minister … hat die Kleine Anfrage … mit Schreiben vom … beantwortet.``).  Several copies printed one
after another with one answer after the last are answered together.

Without this, the first listing is read as the questions and the whole answer part, repeated
questions included, as the last question's answer; every other question has none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from indexer.ingest.layouts.questions import QuestionSpan, Split, _Candidate, _candidate, _question_text_lines

# The heading of the answer part: "Antwort des Staatsministeriums …", letter-spaced "A n t w o r t";
# no answer label ("Antwort:", "Antwort zu 1:").
ANSWER_PART = re.compile(r"^(?:Antwort\b(?!\s*(?::|zu\b))|A n t w o r t\b)")
# Bayern's heading names the ministry and the answer's date: "Antwort des Staatsministeriums für … vom 27.11.2017".
DATED_ANSWER_PART = r"Antwort des (?:Staats)?[Mm]inisteriums [^.?!:]{3,150}? vom \d{1,2}\.\d{1,2}\.\d{4}"
# NRW's answer part opens with the sentence naming who answered: "Der Ministerpräsident hat die Kleine Anfrage 3336
# mit Schreiben vom 4. März 2020 namens der Landesregierung … beantwortet." — after the question paper where a copy
# prints both (a member's web page).
_ANSWERED_BY = re.compile(
    r"^(?:Der|Die) (?:(?! hat ).){3,120}? hat (?:[^.]{0,200}? )?die Kleine Anfrage \d+ mit Schreiben vom .{5,300}?"
    r"beantwortet\.$"
)
# Brandenburg's answer part opens with its sentence after the Kleine Anfrage's wording: "Namens der Landesregierung
# beantwortet der Minister des Innern und für Kommunales die Kleine Anfrage wie folgt:", then "Frage 1: …?" and
# "zu Frage 1: …".
_OPENS_ANSWERS = re.compile(
    r"^Namens der Landesregierung beantwortet (?:der|die) [^.:]{3,150} die Kleine Anfrage wie folgt:$"
)
_CUT = "Der Text ist wohl unvollständig."
_COMPARED_WORDS = 12  # a copy is the same question when its first words are
_COMPARED_LETTERS = 60  # … their first letters, however the copy spaces them


def repeated(lines: list[str]) -> Split | None:
    """Questions listed, then repeated before their answers; None if not this layout."""
    heading = next(
        (
            i
            for i, line in enumerate(lines)
            if ANSWER_PART.match(line) or _ANSWERED_BY.match(line) or _OPENS_ANSWERS.match(line)
        ),
        None,
    )
    if heading is None:
        return None
    listing = _run(lines, 0, heading)
    # (each listed question's lines run to the next one's, the last one's to the answer part's heading)
    listed = {cand.key: (cand.start, end.start) for cand, end in pairwise(listing)}
    listed |= {cand.key: (cand.start, heading) for cand in listing[-1:]}
    copies = [_whole_copy(lines, copy, *listed[copy.key]) for copy in _copies(lines, heading + 1, listing)]
    if len(listing) < 2 or not copies or copies[0].key != listing[0].key:
        return None
    if len(_run(lines, heading + 1, len(lines))) > len(listing):  # the answer part asks more: its own questions
        return None
    outline = any(cand.key[1] for cand in listing)  # "1.1, 1.2, 2.1 …": count through, keep the label
    # Where a copy is printed, it is the question (the listing is the question paper's); the front
    # matter ends before the copies when every question is repeated, else before the listing.
    printed = {cand.key: cand for cand in listing} | {copy.key: copy for copy in copies}
    spans = [
        QuestionSpan(
            position + 1 if outline else cand.key[0],
            printed[cand.key].start,
            printed[cand.key].answer_start,
            printed[cand.key].answer_start,
            label=cand.label if outline else "",
            text_lines=_question_text(lines, cand, printed[cand.key]),
        )
        for position, cand in enumerate(listing)
    ]
    by_key = {cand.key: span for cand, span in zip(listing, spans, strict=True)}
    group: list[QuestionSpan] = []
    for position, copy in enumerate(copies):
        end = copies[position + 1].start if position + 1 < len(copies) else len(lines)
        group.append(by_key[copy.key])
        answer = lines[copy.answer_start : end]
        if not any(answer) and position + 1 < len(copies):  # answered with the copies that follow
            continue
        if not any(answer):  # the text stops after the last copies: no answer to share, none said to be joint
            break
        for member in group:
            member.answer_lines = answer
            member.answered_with = tuple(other.number for other in group if other is not member)
        group = []
    front_end = copies[0].start if len(copies) == len(listing) else listing[0].start
    last = copies[-1]
    tail = _copy_cut(lines, next(cand for cand in listing if cand.key == last.key), last)
    # the copy stops in the answer part's repetition of a question: say so, the listed wording is whole
    notes = [f"Der Text endet in der Wiederholung von Frage {last.key[0]} vor ihrer Antwort („… {tail}“): {_CUT}"]
    return Split(spans, front_end, notes if tail else [])


def _whole_copy(lines: list[str], copy: _Candidate, listed_start: int, listed_end: int) -> _Candidate:
    """``copy`` up to the end of the listed question's words: a request after the question's '?' is the question's
    where the listing prints it so (Brandenburg: „Frage 1: Welche Kosten entstehen …? Hier bitte alle Kosten
    aufschlüsseln, … und auch Bundeszuschüsse . Frage 2: …“), no answer; unchanged unless the lines after the copy
    spell the rest of the listed question exactly."""
    wanted = _letters(_question_text_lines(lines[listed_start:listed_end]))
    printed = _letters(_question_text_lines(lines[copy.start : copy.answer_start]))
    end = copy.answer_start
    if copy.start == listed_start or len(printed) >= len(wanted) or not wanted.startswith(printed):
        return copy
    while end < len(lines) and len(printed) < len(wanted):
        printed += _letters([lines[end]])
        end += 1
        if not wanted.startswith(printed):
            return copy
    return replace(copy, answer_start=end) if printed == wanted else copy


def _letters(lines: list[str]) -> str:
    """A question's letters and marks, however a copy spaces them or sets a compound solid („KitaBetreuung“)."""
    return "".join(" ".join(lines).split()).replace("-", "")


def _question_text(lines: list[str], listed: _Candidate, printed: _Candidate) -> list[str]:
    """The question's lines: the copy's, unless a cut copy stops inside it ("… im Landkreis Sigmaringen in den", the
    end of the text): then the listing's, which the copy's words begin."""
    listed_lines = _question_text_lines(lines[listed.start : listed.answer_start])
    printed_lines = _question_text_lines(lines[printed.start : printed.answer_start])
    part = printed is not listed and " ".join(printed_lines) != " ".join(listed_lines)
    part = part and bool(_PART_A.match("".join(" ".join(printed_lines).split())))
    whole = part and "".join(" ".join(listed_lines).split()).startswith("".join(" ".join(printed_lines).split()))
    return listed_lines if _copy_cut(lines, listed, printed) or whole else printed_lines


def _copy_cut(lines: list[str], listed: _Candidate, printed: _Candidate) -> str:
    """The last words of a copy the text stops inside (empty if the copy is whole or no copy of the listed one)."""
    listed_words = " ".join(_question_text_lines(lines[listed.start : listed.answer_start])).split()
    printed_words = " ".join(_question_text_lines(lines[printed.start : printed.answer_start])).split()
    # (the copy may stop inside a word: „… Baden-Baden (Wahlkr“ of „(Wahlkreis 33) zu verzeichnen gewesen?“; and it
    # may space a mark otherwise: „… im Land Brandenburg? (bitt“ of „… im Land Brandenburg ? (bitte aufschlüsseln …)“,
    # its cut request taken off)
    listed_letters, printed_letters = "".join(listed_words), "".join(printed_words)
    cut = printed.answer_start >= len(lines) and len(printed_letters) < len(listed_letters)
    begins = bool(printed_words) and listed_letters.startswith(printed_letters)
    return " ".join(printed_words[-5:]) if cut and begins else ""


def _run(lines: list[str], start: int, end: int) -> list[_Candidate]:
    """The questions numbered 1, 2 … (or 1.1, 1.2, 2.1 …) in order between two lines."""
    run: list[_Candidate] = []
    for index in range(start, end):
        cand = _candidate(lines, index)
        if cand is None or cand.answer_start > end:
            continue
        if (not run and cand.key[0] == 1) or (run and cand.key > run[-1].key and cand.start >= run[-1].answer_start):
            run.append(cand)
    return run


def _copies(lines: list[str], start: int, listing: list[_Candidate]) -> list[_Candidate]:
    """The listed questions printed again after the heading, in order, each with the listed text."""
    wanted = {cand.key: _opening(lines, cand) for cand in listing}
    copies: list[_Candidate] = []
    for index in range(start, len(lines)):
        cand = _candidate(lines, index)
        if cand is None or (wanted.get(cand.key) != _opening(lines, cand) and not _first_part(lines, cand, wanted)):
            continue
        if not copies or (cand.key > copies[-1].key and cand.start >= copies[-1].answer_start):
            copies.append(cand)
    return copies


def _first_part(lines: list[str], cand: _Candidate, wanted: dict[tuple[int, int], str]) -> bool:
    """Is ``cand`` the copy of a listed question's part a) alone, answered before parts b) and c) are repeated
    (Bayern: „1. a) Wie hoch wurden die Mittel … aufgestockt ? Das hohe Niveau … b) Wie verteilt sich …?“), or the copy
    the text stops in („2. a) Wie verteilt“, „2. Was unternimmt“)?  Its opening begins the listed one's, which asks on
    after it."""
    opening, listed = _opening(lines, cand), wanted.get(cand.key, "")
    stopped = cand.answer_start >= len(lines)
    asked = opening.endswith("?") or stopped
    begins = len(opening) < len(listed) and listed.startswith(opening)
    # (also a question without parts, where the copy stops in its first words: „… um die letzte Ziffer. 2. Was
    # unternimmt“ of „2. Was unternimmt die Staatsregierung, um …?“)
    return begins and ((bool(_PART_A.match(opening)) and asked) or (stopped and len(opening) >= _MIN_BEGUN_LETTERS))


_MIN_BEGUN_LETTERS = 6


_PART_A = re.compile(r"a\)\w")


def _opening(lines: list[str], cand: _Candidate) -> str:
    """The letters of a question's first words, by which a copy is known: a compound the copy sets solid is the same
    words ("lang anhaltender" / "langanhaltender", "Ent- wicklung")."""
    text = " ".join(_question_text_lines(lines[cand.start : cand.answer_start]))
    words = re.sub(r"\s+(?=[?.,;:!])", "", text).split()[:_COMPARED_WORDS]
    return "".join(words).replace("-", "")[:_COMPARED_LETTERS]
