"""Numbered questions and where each answer begins and ends.

Two layouts exist.  *Interleaved* (NRW, Niedersachsen, Bundestag): each question is
followed by its answer.  *Listed* (Baden-Württemberg, Unterrichtungen): the questions come
first, the answers follow under ``Zu 1.:`` headings.  Joint answers are recorded either way:
``Die Fragen 4 bis 6 werden … gemeinsam beantwortet.`` after the last of them, or a heading
``Zu den Fragen 4 bis 6:``; every question of the group gets the shared text.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from indexer.dates import MONTH_NAMES, MONTH_WORD
from indexer.ingest.text import text_width
from indexer.words import listed, runs

# "1. Wie …", "Frage 1: Wie …", "1.) …", Bavaria's outline numbers "1.1 Wie …" / "2.3. Wie …" and Berlin's
# follow-up questions "Frage 2a: Wenn ja, …".
_NUMBERED = re.compile(
    r"^(?:Frage\s*)?(?P<major>\d{1,3})(?:\.(?P<minor>\d{1,2})\.?(?=\s)|(?P<letter>[a-z]):|\.\)?|:|\.:)\s*(?P<text>\S.*)?$"
)
_STARTS_LIKE_TEXT = re.compile(r"^[A-ZÄÖÜ„\"“(]")
# A numbered question's text, also where its first part is lettered: Bayern's "1. a) Wie viele …? b) …".
_QUESTION_TEXT = re.compile(r"^(?:[a-z]\)\s+)?[A-ZÄÖÜ„\"“(]")
_FOLLOW_UP = re.compile(  # a question word, also after a preposition ("In wie vielen dieser Fälle …?")
    # (also a verb in the past: "Waren es allein gehäufte Erkrankungen …?", and "Ggf. in welchem Rahmen?"; a verb of
    # being there or of seeing: "Stehen nach Auffassung der Landesregierung in allen Regionen … zur Verfügung?"; of
    # having: "Verfügt der Senat über vergleichbare Zahlen für Berlin?", "Besitzt der Senat …?"; not the answer's "Wie
    # unter der Antwort auf die Frage 1 dargelegt, …", which refers to an answer)
    r"^(?:Falls|Wenn|Sofern|Und|Bzw\.?|Bitte|Ggf|Inwieweit|Inwiefern"
    r"|Wie(?! (?:bereits |schon )?(?:in|unter|aus|mit) (?:der|den|dem) (?:Antwort(?:en)?|Beantwortung|Vorbemerkung)\b)"
    r"|Welche\w*|Was|Wo|Wann|Warum|Weshalb|Wer|Gibt|Ist"
    r"|Gab|War|Waren|Hatte|Hatten|Steht|Stehen|Besteht|Bestehen|Sieht|Gilt|Gelten|Verfügt|Verfügen|Besitzt|Besitzen"
    r"|Sind|Hat|Haben|Wird|Werden|Wurde\w*|Liegt|Liegen|Plant|Kann|Können|Soll\w*|Trifft|Insbesondere|Jeweils|(?:In|Aus|An"
    r"|Auf|Bei|Bis|Durch|Für|Mit|Nach|Seit|Um|Von|Vor|Zu)\s+(?:wie\w*|welche\w*|wann|wem|wen|was))\b"
)
# A line that ends a question: "…?", "…? (Bitte nach Jahren aufschlüsseln)", "…? Wenn ja, bitte aufführen."
_ASKED_END = re.compile(
    r"\?(?:\s*\((?:[Bb]itte|[Gg]gf\.)[^()]*\)|\s+(?:(?:Wenn|Falls) (?:ja|nein),? b|B)itte [^.?!]{3,200}\.)?$"
)
# A line that stops on an abbreviation no sentence ends on goes on: "… und betreffenden Monat angeben; vgl." /
# "Antwort auf die …?"; one that stops on an abbreviation before a number only where the number follows ("Art." /
# "3 GG"): "Bitte nach Ort und Art." ends the question.
_ABBREVIATION_END = re.compile(r"\b(?:vgl|Vgl|bzw|ggf|z\. ?B|u\. ?a|ca|sog|insb|inkl|i\. ?V\. ?m)\.$")
_NUMBERED_END = re.compile(r"\b(?:Abs|Nr|Art)\.$")
# A date broken after its day („zum Stichtag 31.“ / „Dezember 2024 …“): the sentence goes on.
_DAY_END = re.compile(r"(?<![\d.])\d{1,2}\.$")
_MONTH_START = re.compile(MONTH_WORD)
# A request listing lettered items may wrap after an item's label ("(bitte nach a) weiblich, …, d) Väter, e)" /
# "alleinerziehend, f) …)?"): the label's ")" ends nothing where the next line goes on in lower case ("welche(s)" is
# no label).
_ITEM_LABEL_END = re.compile(r"(?:^|[\s,;])[a-z]\)$")
# "Bitte nach Jahren aufschlüsseln.", "(bitte …)", also after its condition: "(wenn ja, bitte alle Organisationen …
# auflisten …)." (21/1339)
_REQUEST = re.compile(r"(?:^|[.?(]\s*)\(?[Bb]itte\b|\((?:[Ww]enn|[Ff]alls|[Ss]ofern) (?:ja|nein|vorhanden),? bitte\b")
# The marker before an answer (Berlin's "Antwort zu 2:", "Antwort:"): the question before it has ended, '?' or not.
_ANSWER_MARKER = re.compile(r"^Antwort(?:\s+zu\s+(?:Frage\s+)?\d{1,3}[a-z]?\.?)?\s*:")
# (also Hamburg's parts lettered with a full stop: „2. Liegen … bereits Ergebnisse vor?“ / „a. Falls ja, seit wann …?“)
_SUB_ITEM = re.compile(r"^(?:[a-z]{1,2}\)|[a-h]\.\s+(?=[A-ZÄÖÜ])|[-–•▪]\s)")
_LOST_PAREN = re.compile(r"^a (?=[A-ZÄÖÜ][a-zäöü]+ [^?]*\?$)")
# One item of a list inside a question, ending so that the list goes on: „r) Masern,“ (of 34, Drucksache 21/1313);
# past „zz)“ a long list goes on „aaa)“ … „yyyy)“ (21/1584)
_LISTED_ITEM = re.compile(r"^(?:[a-z]{1,2}|(?P<letter>[a-z])(?P=letter){2,3})\)\s.*(?:,|;|\bund|\boder)$")
# An item of several lines whose last line ends so that the list goes on: „a) vollständige Verschiebung von …“ /
# „… (ZITIS),“ (21/2289 q4, seven such items before the '?')
_LETTERED = re.compile(r"^[a-z]{1,2}\)\s")
_PART_LABEL = re.compile(r"^[a-z]{1,2}[).]\s+")
_LIST_GOES_ON = re.compile(r"(?:,|;|\bund|\boder)$")
_ROMAN_SECTION = re.compile(r"^[IVX]{1,5}\.\s+\S")
_TABLE_ROW = re.compile(r"^[A-ZÄÖÜ][^.?!:;]*\s\d[\d .,]*$")  # „Kosovo 70“, „Syrien 2 099“
# Question labels in a joint statement, also the Bundestag's lettered parts: "Die Fragen 13 bis 14b werden …", a
# part's letter set apart („Fragen 15 und 18 g“, 21/1136), the label's bracket kept („Die Fragen 1) bis 10)“, 21/1213),
# a comma misprinted before „bis“ („Die Fragen 1, 4, bis 7 und 12“, 21/2346).
_LABEL = r"\d{1,3}(?:\.\d{1,2}|\s?[a-z](?![a-zäöüß]))?\)?"
_LABELS = rf"{_LABEL}(?:\s*(?:,?\s*(?:und|sowie|bis)|,|-|–)\s*{_LABEL})+"
# "… im Sachzusammenhang beantwortet" (also misprinted "in Sachzusammenhang") says "together" without "gemeinsam";
# a few words may stand before the verb ("werden gemeinsam in der nachfolgenden Tabelle beantwortet").
# not after "nicht" ("… werden nicht gemeinsam beantwortet")
_TOGETHER = (
    r"(?<!nicht\s)(?:gemeinsame?|gesammelt|zusammen(?:gefasst)?|zusammenfassend|zusammenhängend"
    r"|i[mn]\s+(?:Sach)?zusammenhang)(?:\s+[^\s.]+){0,4}?\s+beantwortet"
)
# Up to the statement's own "beantwortet": "Die Fragen 4 und 5 werden getrennt beantwortet, Frage 6 zusammen mit
# Frage 7." joins neither 4 and 5 nor, being no "Fragen … werden", 6 and 7; a clause's "beantwortet wurden" before the
# joining word is not the statement's ("werden, soweit sie nicht … beantwortet wurden, gemeinsam beantwortet").
_UNTIL_TOGETHER = r"(?:(?!\bbeantwortet\b(?!\s+(?:wurden?|werden|wird|sind|ist|worden)\b))[^.])*?"
# A clause set off by commas between the labels and the verb: „Die Fragen 1 bis 26, einschließlich der jeweiligen
# Unterfragen, werden gemeinsam beantwortet.“ (21/2334)
_ASIDE = r"(?:,\s[^,.]{1,60},)?"
# "Die Fragen 4 bis 6 werden aufgrund des Sachzusammenhangs gemeinsam beantwortet." and
# "Aufgrund des Sachzusammenhangs werden die Fragen 1 und 2 gemeinsam beantwortet."
# "Die Fragen 25 bis 31 können mangels … nicht beantwortet werden." answers them all at once, too.
# A statement whose "werden" was left out ("Die Fragen 26 und 27 gemeinsam beantwortet.") or whose number a copy
# glued to the word ("Die Fragen47 und 48 werden …") says so too, and one that „can“ answer them together („Die
# Fragen 10 und 11 können wie folgt zusammen beantwortet werden:“, 21/2088).
_JOINT = re.compile(
    rf"Fragen?\s*(?P<nums>{_LABELS}){_ASIDE}\s+(?:(?:werden|können)\b{_UNTIL_TOGETHER}\b)?{_TOGETHER}"
    rf"|werden\s+die\s+Fragen?\s+(?P<nums2>{_LABELS})\s+{_UNTIL_TOGETHER}\b{_TOGETHER}"
    rf"|Fragen?\s+(?P<nums3>{_LABELS})\s+(?:können|konnten)\b[^.]*?\bnicht\s+beantwortet",
    re.I,
)
# An answer headed by the numbers it answers: "Antwort zu 1 und 3:" (Berlin), "Zu den Fragen 2 und 4:".
_JOINT_HEADING = re.compile(
    r"^(?:Antwort\s+)?[Zz]u\s+(?:den\s+)?(?:Fragen?\s+)?(?P<nums>\d{1,3}\.?(?:\s*(?:,|und|bis|-|–)\s*\d{1,3}\.?)+)\s*:"
)
# A line that stops on an article goes on into the next: its number is an ordinal or a date ("… der Forderung der" /
# "104. UMK – …", "… bis zum" / "31. März 2026"), no question's.
_ENDS_ON_ARTICLE = re.compile(r"\b(?:der|die|das|des|dem|den|am|im|zum|zur|vom|beim|einer|eines)$")
# "3. Juni …" wrapped to a line start, or the page head's "6. Wahlperiode": no question numbers; nor is a time
# wrapped to a line start ("… für den 8. Mai 2025 um" / "15.00 Uhr ins BMI …"), nor an ordinal before the period,
# part of a year or meeting it counts („… (Koalitionsvertrag zwischen CDU/CSU und SPD,“ / „21. Legislaturperiode,
# S. 129)?“, 21/393; „1. Halbjahr 2025“, „4. Quartal 2021“, „19. KW“, „162. Sitzung des …“).
_MONTH_AFTER_NUMBER = re.compile(
    r"^\d{1,3}\.\s*(?:Wahlperiode|Legislaturperiode|LP|Quartal|Halbjahr|HJ|KW|Kalenderwoche|Sitzung|"
    + "|".join(MONTH_NAMES)
    + r")\b|^\d{1,2}[.:]\d{2}\s+Uhr\b"
)
# The sentence that opens the answer after the quoted questions: "… hat die Kleine Anfrage … wie folgt beantwortet:".
OPENING_WORDS = r"\bwie folgt(?: beantwortet)?"
OPENING = re.compile(OPENING_WORDS + r"\s*:\s*$")
# The heading of the answer part after a listed question paper: Baden-Württemberg's bare "A n t w o r t", Bayern's
# "Antwort des Staatsministeriums des Innern und für Integration im Einvernehmen mit …" (not "Antwort der
# Landesregierung:", a marker before the answer itself).
ANSWER_PART_HEADING = re.compile(
    r"^(?:Antwort|A n t w o r t)\s*$|^Antwort des (?:Staats)?[Mm]inisteriums (?:für|der|des) (?!.*:\s*$)"
)
# The question paper's request before its questions: "Ich frage die Landesregierung:", "Vor diesem Hintergrund
# frage ich den Senat:", "Wir fragen daher die Staatsregierung:" (the colon after it is the caller's).
ASKING_WORDS = (
    r"\b(?:(?:[Ii]ch|[Ww]ir)\s+(?:\w+\s+){0,2}fragen?|fragen?\s+(?:ich|wir))\b[^.:?!]{0,60}?\b(?:\w*regierung|Senat)\b"
)
_MAX_QUESTION_LINES = 16
PARTNERS_AFTER = 4  # a question printed out of order is answered with one of the next few (see _printed_before_…)
# One long sentence (a web address over several lines, a list of parts ending in commas, a question of 33 lines citing
# four web pages before its '?', 21/617 q4) may run on further; a question whose lines hold a finished sentence does
# not (parts answered one by one: "a) …, Es wird auf die Antwort zu Frage 16a verwiesen. b) …").
_MAX_SENTENCE_LINES = 40
# A lettered part ("a) Stimmt die Bundesregierung … zu, dass …?") runs up to 8 lines, or up to 16 as one sentence.
_PART_LINES = 8
_MAX_PART_LINES = 16
# A question's last words after its request run on over up to so many lines to its '?' (see _verb_follows)
_VERB_LINES = 12


@dataclass
class QuestionSpan:
    """Line ranges of one question: its text, then its answer (answer lines may be shared)."""

    number: int
    start: int
    answer_start: int
    end: int
    label: str = ""  # the number as printed, where it is no plain 1, 2, 3 ("1.1", "2.3")
    text_lines: list[str] = field(default_factory=list)
    answer_lines: list[str] = field(default_factory=list)
    answered_with: tuple[int, ...] = ()
    guessed: bool = False  # printed without '?': where its text ends and its answer begins is a guess
    out_of_order: bool = False  # printed right after a lower-numbered one, answered with it (Brandenburg's 2, then 5)


@dataclass
class Split:
    spans: list[QuestionSpan]
    front_end: int  # first line that belongs to the questions
    notes: list[str] = field(default_factory=list)  # warnings about the numbering


def interleaved(lines: list[str], annexed: int | None = None) -> Split:
    """Questions each followed by its answer (see :mod:`indexer.ingest.layouts.listed` for the other); none from
    ``annexed`` on, where the annexes begin (a table's numbered row „17. Kinder- und Jugendbericht – Kurzfassung …“
    with a question mark in a later cell is no question 17, 21/1338)."""
    return _interleaved(lines, len(lines) if annexed is None else annexed)


# --- interleaved layout ---------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    key: tuple[int, int]  # (number, sub-number or 0): "4." → (4, 0), "2.3" → (2, 3), "2b" → (2, 2)
    start: int
    answer_start: int
    lettered: bool = False  # the sub-number printed as a letter: "2b"
    unasked: bool = False  # found by its number only: no '?' and no request ends it, so its end is a guess

    @property
    def label(self) -> str:
        if not self.key[1]:
            return str(self.key[0])
        return f"{self.key[0]}{chr(96 + self.key[1])}" if self.lettered else f"{self.key[0]}.{self.key[1]}"


def _interleaved(lines: list[str], annexed: int) -> Split:
    candidates = [c for c in (_candidate(lines, i) for i in range(len(lines))) if c is not None]
    notes: list[str] = []
    if len(candidates) > 1 and all(c.key == (1, 0) for c in candidates):  # list numbering lost: every item "1."
        candidates = [_Candidate((n, 0), c.start, c.answer_start) for n, c in enumerate(candidates, 1)]
        notes.append("Alle Fragen sind mit „1.“ nummeriert; sie sind fortlaufend gezählt.")
    candidates, attached = _attach_out_of_order(candidates, lines)
    placed = {extra.key[0] for run in attached.values() for extra in run}
    set_aside = {extra.start for run in attached.values() for extra in run}
    chain = _best_chain(candidates, placed)
    chain = _fill_gaps(lines, chain, placed)
    chain = _with_attached(chain, attached)
    chain = _printed_before_its_partners(lines, chain, candidates)
    chain = _before_annexes(chain, annexed)
    outline = any(cand.key[1] for cand in chain)  # "1.1, 1.2, 2.1 …": count through, keep the label
    spans: list[QuestionSpan] = []
    for position, cand in enumerate(chain):
        end = chain[position + 1].start if position + 1 < len(chain) else len(lines)
        spans.append(
            QuestionSpan(
                position + 1 if outline else cand.key[0],
                cand.start,
                cand.answer_start,
                end,
                label=cand.label if outline else "",
                text_lines=_question_text_lines(lines[cand.start : cand.answer_start]),
                answer_lines=lines[cand.answer_start : end],
                guessed=cand.unasked,
                out_of_order=cand.start in set_aside,
            )
        )
    spans.sort(key=lambda span: span.number)
    notes += [] if outline else _numbering_notes([s.number for s in spans])
    notes += [
        f"Frage {cand.label} endet ohne Fragezeichen: Wo ihre Antwort beginnt, ist nur geschätzt."
        for cand in chain
        if cand.unasked
    ]
    _apply_joint_statements(spans)
    spans = _without_repeated_copies(spans)
    notes += _share_after_grouped_questions(spans)
    return Split(spans, spans[0].start if spans else len(lines), notes)


def _without_repeated_copies(spans: list[QuestionSpan]) -> list[QuestionSpan]:
    """A question printed twice, word for word: out of order with the one it is answered with, then again in its place
    with its own words (Bundestag 21/1136: 20, then 22, „Die Fragen 20 und 22 werden gemeinsam beantwortet.“, … 21,
    then 22 again, „Es wird auf die Beantwortung von Frage 20 … verwiesen.“).  The copy in its place is the question;
    the joint statement has already named both (it read as two questions 22, the first one answered with none)."""
    texts: dict[int, set[str]] = {}
    for span in spans:
        texts.setdefault(span.number, set()).add(" ".join(" ".join(span.text_lines).split()))
    repeated = {number for number, words in texts.items() if len(words) == 1} & {
        number for number in texts if sum(span.number == number for span in spans) > 1
    }
    if not repeated:
        return spans
    last = {span.number: span for span in spans}  # the copy printed last, in its place
    return [span for span in spans if span.number not in repeated or span is last[span.number]]


def _attach_out_of_order(
    candidates: list[_Candidate], lines: list[str]
) -> tuple[list[_Candidate], dict[int, list[_Candidate]]]:
    """Questions printed right after another, out of order, to be answered with it (Bundestag: 2, then 4, then "Die
    Fragen 2 und 4 werden gemeinsam beantwortet"; also a run of rising numbers: 3, then 14 and 15, each printed right
    after the one before, "Die Fragen 1 bis 3, 14 und 15 werden gemeinsam beantwortet"): set them aside so the chain
    of increasing numbers holds; they are put back after the question they follow.  Right after: only blank lines
    between (Brandenburg's one-line copy: „Frage 2: …? Frage 5: …? Zu Frage 2 und 5: …“)."""

    def right_after(start: int, answer_start: int) -> bool:
        return start >= answer_start and not any(line.strip() for line in lines[answer_start:start])

    attached: dict[int, list[_Candidate]] = {}
    kept: list[_Candidate] = []
    highest = 0  # the highest number kept before the last kept candidate
    for cand in candidates:
        before = kept[-1] if kept else None
        run = attached.get(before.start, []) if before else []
        if run and right_after(cand.start, run[-1].answer_start) and cand.key[0] > run[-1].key[0] and not cand.key[1]:
            run.append(cand)
            continue
        if (
            before
            and not run
            and right_after(cand.start, before.answer_start)
            and cand.key[0] > before.key[0] + 1
            and before.key[0] > highest  # not after an answer's own list („1. …“ after question 20, 21/834)
            and not cand.key[1]
        ):
            attached[before.start] = [cand]
            continue
        if before:
            highest = max(highest, before.key[0])
        kept.append(cand)
    return kept, attached


def _printed_before_its_partners(
    lines: list[str], chain: list[_Candidate], candidates: list[_Candidate]
) -> list[_Candidate]:
    """A question printed after a higher-numbered one, before the questions it is answered with (Bundestag 21/1472:
    21, then 20, 22 and 23, „Die Fragen 20, 22 und 23 werden gesammelt beantwortet“): the chain of increasing numbers
    left it out, and its text stood in the answer before it.  It is put back where it is printed when a joint
    statement in the answers of the next few questions names it."""
    numbers = {cand.key[0] for cand in chain if not cand.key[1]}
    out = list(chain)
    for cand in candidates:
        number = cand.key[0]
        if cand.key[1] or number in numbers:
            continue
        at = next((i for i, found in enumerate(out) if found.start > cand.start), len(out))
        before = out[at - 1] if at else None
        if before is None or before.key[1] or before.key[0] <= number or before.answer_start > cand.start:
            continue
        stop = out[at + PARTNERS_AFTER].start if at + PARTNERS_AFTER < len(out) else len(lines)
        statement = _JOINT.search(" ".join(lines[cand.answer_start : stop]))
        named = statement and (statement["nums"] or statement["nums2"] or statement["nums3"])
        if named and str(number) in re.findall(r"\d{1,3}", named):
            out.insert(at, cand)
            numbers.add(number)
    return out


def _with_attached(chain: list[_Candidate], attached: dict[int, list[_Candidate]]) -> list[_Candidate]:
    out: list[_Candidate] = []
    for cand in chain:
        extras = attached.get(cand.start)
        if not extras:
            out.append(cand)
            continue
        # Each question ends where the next one begins; the shared answer follows the last.
        out.append(_Candidate(cand.key, cand.start, extras[0].start, cand.lettered))
        out.extend(_Candidate(extra.key, extra.start, after.start) for extra, after in itertools.pairwise(extras))
        out.append(_Candidate(extras[-1].key, extras[-1].start, extras[-1].answer_start))
    return out


def _candidate(lines: list[str], index: int, relaxed: bool = False) -> _Candidate | None:
    match = _NUMBERED.match(lines[index])
    if not match:
        return None
    key = (int(match.group("major")), sub_number(match))
    first = match.group("text")
    if _continues_sentence(lines, index):
        return None
    if first is None:  # number alone on its line, text on the next
        if index + 1 >= len(lines) or not _STARTS_LIKE_TEXT.match(lines[index + 1]):
            return None
    elif not _QUESTION_TEXT.match(first) or key[0] == 0:
        return None
    end = _question_end(lines, index, relaxed)
    if end is None and _cut_question(lines, index):
        end = len(lines)
    if end is None:
        return None
    unasked = relaxed and not any("?" in line or _REQUEST.search(line) for line in lines[index:end])
    return _Candidate(key, index, end, bool(match.group("letter")), unasked)


# How a question opens: an interrogative or a verb first ("Wie viele …", "In welchen Fällen …", "Ab welcher …",
# "Gibt es …"; also „Zu welchen Themen …“, Schleswig-Holstein's last question where a copy stops in it).
INTERROGATIVE = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,2})?\.?\s+(?:[a-z]\)\s+)?)?(?:Wie|Welche[mnrs]?|Was|Wer|We[mn]|Wessen|Wann|Wo|Woher|Wohin|Warum|Weshalb"
    r"|Wieso|Inwie(?:weit|fern)|Wieweit"
    r"|(?:Aus|In|An|Ab|Auf|Für|Mit|Von|Nach|Bei|Bis zu|Unter|Zu) (?:welche[mnrs]?|wie viele[mn]?)"
    r"|(?:Seit|Bis|Ab) wann|Ist|Sind|Gibt|Gab|Hat|Haben|Hält|Teilt|Plant|Kann|Können|Wird|Werden|Wurde|Wurden|Liegen"
    r"|Liegt|Sieht|Beabsichtigt|Trifft|Besteht|Bestehen|Beurteilt|Bewertet)\b"
)


_LABEL_AS_NUMBER = re.compile(r"^Frage\s+(\d{1,3})\s*[.:]?\s+")  # „Frage 4: Welche …“ read as „4. Welche …“


def _cut_question(lines: list[str], index: int) -> bool:
    """A copy cut inside its last question ("2. In welchen Fällen … (letzter verfügb"): the numbered lines that
    open with a question's words and run to the end of the text, which stops mid-sentence, are that question
    without its end, not an answer."""
    written = (lines[i] for i in range(index, len(lines)) if lines[i].strip())  # no copy of the rest per call
    rest = list(itertools.islice(written, _MAX_QUESTION_LINES + 1))
    before = next((lines[i].rstrip() for i in range(index - 1, -1, -1) if lines[i].strip()), "")
    return (
        bool(rest)
        and len(rest) <= _MAX_QUESTION_LINES
        # Hessen's "Frage 4. Ist die …", Sachsen's "Frage 4: Welche …"; any words right after the list's last '?'
        # ("…? 4. Falls es k")
        and bool(
            INTERROGATIVE.match(_LABEL_AS_NUMBER.sub(r"\1. ", rest[0]))
            or (_ends_sentence(before) and _MODAL_FIRST.match(rest[0]))
            or before.endswith("?")
            or (_ends_sentence(before) and _asks_last(rest))
        )
        and not any("?" in line for line in rest[:-1])
        and ("?" not in rest[-1] or bool(_FOLLOW_UP_BEGUN.search(rest[-1]) or _REQUEST_BEGUN.search(rest[-1])))
        and (not re.search(r"[.?!:;)\"“]$", rest[-1].rstrip()) or bool(ENDS_ON_REFERENCE.search(rest[-1].rstrip())))
    )


# A question that stops on the number of an earlier question it refers to, its full stop the number's: Berlin's „Frage
# 5: Wieweit sind die Vorkehrungen, die in der unter 2.“ (the copy stops before „… genannten Antwort …?“)
ENDS_ON_REFERENCE = re.compile(r"\s(?:unter|zu|in|nach|gemäß)\s\d{1,2}\.$")


# A question that opens on a modal verb, where the copy stops inside it after an answer's finished sentence
# (Mecklenburg-Vorpommern: „… übersendet worden. 2. Will und wird sich das Ministerium … bei der Deutschen Bahn dafür
# einsetzen, dass der Halbstundentakt … wenigstens bis Ende September,“), or on the verb of considering asked first
# („… eine Rolle spielen. 3. Erwägt die Landesregierung, ausgehend von dieser zentralen Veranstaltung, auch
# Regionalkonferenz“); not a list item's passive („3. Erwägt wurde auch …“)
_MODAL_FIRST = re.compile(
    r"^\d{1,3}\.\s+(?:Will|Wollen|Soll|Sollen|Muss|Müssen|Darf|Dürfen|Möchte"
    r"|Erwägt(?! (?:wurde|wird|werden|worden)\b))\b"
)


# A sentence break inside a question's introduction: after a word's or a bracket's full stop („… (Stand 1. November
# 2017). Bei einer …“), not a date's or an abbreviation's
_INTRODUCTION_BREAK = re.compile(r"(?<=[a-zäöüß)]{2}[.!]) (?=[A-ZÄÖÜ])")


def _asks_last(rest: list[str]) -> bool:
    """The question's last sentence, where the copy stops, opens with a question's words after the askers'
    introduction to it: Hamburg's „2. Laut Drs. 21/10817 wurden bislang … verbracht (Stand 1. November 2017). Bei
    einer … Erschöpfung … sei beabsichtigt, … Wie sieht diese Option konkret aus“."""
    sentences = _INTRODUCTION_BREAK.split(" ".join(line.strip() for line in rest))
    return len(sentences) > 1 and bool(INTERROGATIVE.match(sentences[-1]))


# The copy stops in the first words of a follow-up sentence after the question's '?' („… gewährt? We“, „… Jahre? Wenn
# ja, w“): the question is cut there, nothing after it answers
_FOLLOW_UP_BEGUN = re.compile(r"\?\s+[A-ZÄÖÜ][^.?!:;]{0,20}$")
# Or in the request in brackets after it, never closed („… beschäftigt? (Bitte Entwicklung … - Altersgru“, Sachsen)
_REQUEST_BEGUN = re.compile(r"\?\s*\((?:[Bb]itte|[Gg]gf\.)[^()?]*$")


def _question_end(lines: list[str], start: int, relaxed: bool) -> int | None:
    """First line after the question text, or None when this does not read as a question.

    A question ends with '?' (follow-up sentences such as ``Falls ja, welche?``, requests such
    as ``Bitte nach Jahren aufschlüsseln.`` and sub-items ``a) …?`` still belong to it).
    """
    asked = False
    request = False
    finished = False
    seen = listed = 0
    index = start
    width = text_width(lines) if relaxed else 0
    while index < len(lines) and (
        seen < _MAX_QUESTION_LINES or (seen < _MAX_SENTENCE_LINES and not _finished_sentence(lines, start, index))
    ):
        line = lines[index]
        if not line:
            if (asked or request or relaxed) and seen and _ends_sentence(lines[index - 1]):
                return index
            index += 1
            continue
        if index > start and _ANSWER_MARKER.match(line):
            return index if any(_question_text_lines(lines[start:index])) else None  # not after a bare "Frage 2:"
        # a joint answer's statement after a part printed without '?' („a) Seminare (bitte …),“ / „Die Fragen 2 bis 4a
        # werden gemeinsam beantwortet.“, 21/496): no question asks it, the answer begins there
        if index > start and line.startswith("Die Fragen ") and _JOINT.match(line, len("Die ")):
            return index
        if index > start and _is_other_numbered(lines, index):
            if relaxed and seen and _numbered_next(lines, start, index):  # the list's next question ends this one
                return index
            return index if (asked or relaxed) and _ends_sentence(lines[index - 1]) else None
        # a list of items („a) Masern,“) is one sentence however long — unless a sentence ends among them (parts
        # answered one by one: „a) …, Es wird auf … verwiesen. b) …“), when every line counts after all
        if not finished and (item_end := _listed_item_end(lines, index)) is not None and item_end > index:
            request = request or any(_REQUEST.search(part) for part in lines[index : item_end + 1])
            listed += item_end - index + 1
            index = item_end + 1
            continue
        if _LISTED_ITEM.match(line) and not finished:
            listed += 1
        else:
            seen += 1
        if not finished and line.rstrip().endswith(".") and not _goes_on(lines, index):
            finished, seen = True, seen + listed
        asked = asked or "?" in line
        request = request or bool(_REQUEST.search(line))
        ends_here = (
            line.endswith("?")
            or (
                line.endswith((".", ".)", ":", ")"))
                and (asked or request or relaxed)
                and not _goes_on(lines, index)
                and not _verb_follows(lines, index)
            )
            or (relaxed and _paragraph_ends(lines, index, width))
        )
        if ends_here:
            if _cut_in_next_part(lines, index):
                return len(lines)
            following = _follow_up_end(lines, index + 1, after_colon=line.endswith(":"))
            if following is not None and following == len(lines) - 1 and not re.search(r"[.!?:;]$", lines[following]):
                return len(lines)  # the copy stops inside the follow-up
            if following is not None:
                index = following
                asked = True
                continue
            if line.endswith("?") and (labelled := _asked_up_to_label(lines, start, index + 1)) is not None:
                return labelled
            own_request = _request_before_heading(lines, index + 1) if line.endswith("?") else None
            return index + 1 if own_request is None else own_request + 1
        index += 1
    return None


# A question printed under its label („Frage 1:“) whose next sentences ask too, each ending on '?', right up to the
# label of its answer („Antwort zu 1:“), Berlin's „Frage 1: Wer ist Eigentümer …? Gehören alle Gräber dem Bezirksamt
# …? Wenn ja, um welche Gräber handelt es sich dabei? Antwort zu 1: …“: those sentences are the question's, whatever
# verb they open with.  So are sentences that state, not ask, where the label after them names the question's own
# number (Berlin's „Frage 2: … Weshalb sieht der Senat keinen Widerspruch …? Schließlich stehen sich die Aussagen …
# gegenüber. Antwort zu 2: …“): the answer to question 2 opens at its label, nothing before it answers — and where a
# copy that labels its answers so stops inside such a sentence, before the label („… Urbana GmbH d“), the question
# has no answer in the copy.
_QUESTION_LABEL = re.compile(r"^Frage\s+(\d{1,3})\s*:\s")
_OWN_ANSWER_LABEL = re.compile(r"^Antwort\s+zu\s+(?:Frage\s+)?(\d{1,3})\s*:")
_MAX_ASKED_SENTENCES = 4


def _asked_up_to_label(lines: list[str], start: int, index: int) -> int | None:
    """The line of the answer's label where only sentences ending on '?' stand between a labelled question and it
    (at most four, none numbered or labelled itself), or sentences that state where the label names the question's
    own number; the end of the lines where a copy whose answers are labelled stops inside such a sentence; None
    otherwise."""
    label = _QUESTION_LABEL.match(lines[start])
    if not label:
        return None
    asked = stated = 0
    last, last_at = "", index
    for at in range(index, min(len(lines), index + 2 * _MAX_ASKED_SENTENCES + 2)):
        line = lines[at].strip()
        if not line:
            continue
        if _ANSWER_MARKER.match(line):
            own = _OWN_ANSWER_LABEL.match(line)
            if stated:
                return at if own and own.group(1) == label.group(1) else None
            return at if asked else None
        if asked + stated == _MAX_ASKED_SENTENCES or _QUESTION_LABEL.match(line):
            return None
        if _NUMBERED.match(line) or _is_other_numbered(lines, at):
            return None
        if line.endswith("?"):
            asked += 1
        else:
            stated += 1
        last, last_at = line, at
    labelled_before = any(_OWN_ANSWER_LABEL.match(line.strip()) for line in lines[:start])
    at_end = not any(line.strip() for line in lines[last_at + 1 :])
    if stated and labelled_before and at_end and not re.search(r"[.!?:;)]$", last):
        return len(lines)
    return None


def _listed_item_end(lines: list[str], index: int) -> int | None:
    """The last line of a lettered item at ``index`` that the list goes on after („a) dass die Bundesregierung …“ /
    … / „geschuldet sei),“ then „b) …“): one part of the question's one sentence, however many lines it runs (up to
    a part's 16). None where the item asks, ends a sentence, or is the list's last."""
    if not _LETTERED.match(lines[index]):
        return None
    for at in range(index, min(index + _MAX_PART_LINES, len(lines))):
        line = lines[at].rstrip()
        if not line or "?" in line or (line.endswith(".") and not _goes_on(lines, at)):
            return None
        following = lines[at + 1] if at + 1 < len(lines) else ""
        if _LETTERED.match(following):
            return at if _LIST_GOES_ON.search(line) else None
    return None


def _verb_follows(lines: list[str], index: int) -> bool:
    """``… (bitte auflisten)`` / ``umzusetzen?``: the question's last words, in lower case, follow its request — also
    over several lines after a list of parts whose last asks its own request (21/1960: „c) Publikationen (bitte …
    auflisten)“ / „ausgegeben wurden, die (u. a. auch) die AfD, … und“ / „Untergruppierungen dieser thematisieren?“)
    or after a request inside a long question („Welche Organisationseinheiten des BAMF (bitte genau bezeichnen)“ /
    „wurden im zweiten Halbjahr 2024 …“ … „… (bitte ausführen)?“, 21/1710), as long as no sentence ends before the
    '?' or the colon before its list of parts; a lettered part („a) Wie …“) is no such end, but the scan stops at a
    line opening the next numbered question or lettered part (no question runs on into the next)."""
    following = lines[index + 1].rstrip() if index + 1 < len(lines) else ""
    if not following[:1].islower() or _SUB_ITEM.match(following):
        return False
    for at in range(index + 1, min(index + 1 + _VERB_LINES, len(lines))):
        line = lines[at].rstrip()
        if at > index + 1 and (_is_other_numbered(lines, at) or re.match(r"[a-z]{1,2}\)\s", line)):
            return False  # the next question or lettered part opens: this one ended
        if line.endswith("?") or (line.endswith(":") and at + 1 < len(lines) and _SUB_ITEM.match(lines[at + 1])):
            return True  # its '?', or the colon before its list of parts („… angeben):“ / „a) …“, 21/1584)
        if not line.strip() or (re.search(r"[.!:;]$", line) and not _goes_on(lines, at)):
            return False
    return False


def _finished_sentence(lines: list[str], start: int, end: int) -> bool:
    """Does a line between ``start`` and ``end`` end on a full stop (not an abbreviation's)?"""
    return any(lines[i].rstrip().endswith(".") and not _goes_on(lines, i) for i in range(start, end))


def _paragraph_ends(lines: list[str], index: int, width: int) -> bool:
    """A short line before a capitalised one (``… Bahnübergänge vor`` / ``Die Aufhebung …``): the printed paragraph
    ends there, so does a question whose '?' is missing."""
    following = lines[index + 1] if index + 1 < len(lines) else ""
    line = lines[index].rstrip()
    return bool(
        width
        and len(line) < 0.8 * width
        and not line.endswith("-")
        and not _ENDS_ON_ARTICLE.search(line)
        and _STARTS_LIKE_TEXT.match(following)
    )


def _numbered_next(lines: list[str], start: int, index: int) -> bool:
    """``3. Welche Schulen … betroffen`` right before ``4. Wie …``: the line at ``index`` carries the next number
    and no sentence ended in between (an answer between them would have)."""
    own, other = _NUMBERED.match(lines[start]), _NUMBERED.match(lines[index])
    one_sentence = not any(re.search(r"[.!:;](?:\s|$)", line) for line in lines[start + 1 : index])
    return bool(own and other and one_sentence and int(other.group("major")) == int(own.group("major")) + 1)


def _follow_up_end(lines: list[str], index: int, after_colon: bool = False) -> int | None:
    """If a follow-up of the question starts at ``index``, the index of its last line.

    After ``Falls nein:`` any sentence ending with '?' continues the question."""
    if index >= len(lines) or not lines[index]:
        return None
    line = lines[index]
    # a scan's part "a Welche …?" before "b) Wo …?": its ")" lost
    lost = bool(_LOST_PAREN.match(line)) and index + 1 < len(lines) and lines[index + 1].startswith("b) ")
    if not (_FOLLOW_UP.match(line) or _SUB_ITEM.match(line) or lost or after_colon):
        return None
    limit = _MAX_PART_LINES if _SUB_ITEM.match(line) or lost else 4
    at = index
    counted = 0
    listed = False
    while counted < limit:
        # the copy stops inside the follow-up („…? Gab es zusätzliche Kontrollen in b“), also inside a part
        # („e. Wie setzt sich die Bevölkeru“): the question's
        asked = _FOLLOW_UP.match(_PART_LABEL.sub("", line))
        if at >= len(lines) and at > index and asked and not re.search(r"[.!?:;]$", lines[at - 1]):
            return at - 1
        if at >= len(lines) or not lines[at]:
            return None
        current = lines[at]
        if (counted >= _PART_LINES or listed) and _finished_sentence(lines, index, at):
            return None  # a long part, or a list, must be one sentence: no answer begins inside it (an answer's
            # own list „a) …,“ … „j) ….“ is no part of the question before it)
        # the items of a list after the question's lead („… (bitte in Euro angeben):“ / „a) Deutsche Umwelthilfe e.
        # V.,“ … „q) Letzte Generation“, 21/1367) are one sentence however many: they count as no line
        item = limit == _MAX_PART_LINES and bool(_LISTED_ITEM.match(current))
        if limit == _MAX_PART_LINES and (item_end := _listed_item_end(lines, at)) is not None and item_end > at:
            at, listed = item_end + 1, True  # an item of several lines the list goes on after: no line either
            continue
        counted, listed = counted + (0 if item else 1), listed or item
        if _ASKED_END.search(current):
            return at
        if current.endswith((".", ":")) and re.match(r"^(?:Bitte|\(bitte|Falls ja|Wenn ja)", line):
            return at
        if current.endswith((".", ":", ";")) and not _SUB_ITEM.match(line):
            return None
        at += 1
    return None


# The heading that opens an answer: „Antwort:“, „Antwort zu 2:“, Brandenburg's „zu Fragen 1 und 2:“ / „Zu Frage 3:“,
# Berlin's „Zu 3.:“.
_ANSWER_HEADING = re.compile(
    r"^(?:Antwort(?:\s+zu\s+(?:Frage\s+)?\d{1,3}[a-z]?\.?)?|[Zz]u\s+(?:den\s+)?Fragen?\s+\d[^:]{0,40}"
    r"|Zu\s+\d{1,3}\.)\s*:"
)
# A request in a sentence of its own: „Hier bitte … auflisten.“, „Es wird um eine … Darstellung … gebeten.“
_OWN_REQUEST = re.compile(r"\b(?:[Bb]itte|gebeten)\b")


def _request_before_heading(lines: list[str], index: int) -> int | None:
    """The line of a request sentence after a question's '?' that the answer's heading follows (Schleswig-Holstein:
    „…? Es wird um eine detaillierte Darstellung … gebeten. Antwort: …“, Brandenburg: „…? Hier bitte … auflisten.
    zu Fragen 1 und 2: …“): the askers' words, not the answer's — the heading says where the answer begins."""
    at = index
    while at < len(lines) and not lines[at]:
        at += 1
    if at >= len(lines) or at - index > 2:
        return None
    line = lines[at]
    if "?" in line or len(line) > 400 or not line.endswith(".") or not _OWN_REQUEST.search(line):
        return None
    following = at + 1
    while following < len(lines) and not lines[following] and following - at <= 3:
        following += 1
    return at if following < len(lines) and _ANSWER_HEADING.match(lines[following]) else None


_IF_SO = re.compile(r"(?:Wenn|Falls) (?:ja|nein)\b")
# a first part asked with its verb in the subjunctive first (Bayern: „4. Werden an der Donau derzeit Polderflächen
# untersucht …? a) Würden diese Pold“, the copy stops there); not the indicative („a) Wurden …“ may answer a part)
_SUBJUNCTIVE_FIRST = re.compile(r"(?:Würden?|Könnten?)\s+[a-zäöüß]")


def _cut_in_next_part(lines: list[str], index: int) -> bool:
    """The text stops inside the part lettered after the one ending at ``index`` (``3. a) …?`` / ``b) Wenn ja, mit
    welcher Be``), or inside the first part after the question's own words (``2. Hat … geprüft?`` / ``a) Wenn ja,
    welche Denkmä``): a copy cut inside the question, not its answer."""
    written = (lines[i] for i in range(index + 1, len(lines)) if lines[i])  # the rest up to one line too many only:
    rest = list(itertools.islice(written, _MAX_QUESTION_LINES + 1))  # a copy per question made long texts quadratic
    before = re.match(r"^(?:\d{1,3}\.\s+)?([a-y])\)", lines[index])
    after = re.match(r"^([a-z])\)\s*", rest[0]) if rest else None
    numbered = _NUMBERED.match(lines[index])
    expected = chr(ord(before.group(1)) + 1) if before else "a" if numbered and not numbered.group("letter") else ""
    # a first part asks („a) Wenn ja, …“, „a) Welche …“); an answer given in parts („a) 2017: 120 Beamte“) does not
    part = rest[0][after.end() :] if after else ""
    asks = bool(before) or bool(_IF_SO.match(part) or INTERROGATIVE.match(part) or _SUBJUNCTIVE_FIRST.match(part))
    return bool(
        after
        and asks
        and after.group(1) == expected
        and len(rest) <= _MAX_QUESTION_LINES
        and not any(re.search(r"[.?!:;)“\"]$", line) for line in rest)
    )


def opens_answer(lines: list[str], index: int) -> int | None:
    """The last line of the answer's opening sentence when it starts at ``index`` (within three lines)."""
    for offset, line in enumerate(lines[index : index + 3]):
        if OPENING.search(line):
            return index + offset
        if line.rstrip().endswith(("?", ".")):
            return None
    return None


def sub_number(match: re.Match[str]) -> int:
    """The sub-number of a numbered line: "2.3" → 3, "Frage 2b:" → 2, "2." → 0."""
    if match.group("letter"):
        return ord(match.group("letter")) - ord("a") + 1
    return int(match.group("minor") or 0)


def _continues_sentence(lines: list[str], index: int) -> bool:
    """``… am`` / ``3. Juni 2026 …``: a date or time that wrapped to the start of a line is no question; nor is an
    ordinal after its article (``… angesichts der Forderung der`` / ``104. UMK – gegenüber …``): no question begins
    where the line before stops on an article."""
    after_article = index > 0 and bool(_ENDS_ON_ARTICLE.search(lines[index - 1]))
    return after_article or bool(_MONTH_AFTER_NUMBER.match(lines[index]))


def _ends_sentence(line: str) -> bool:
    return bool(re.search(r"[.?!:;)]\s*$", line))


def _before_annexes(chain: list[_Candidate], annexed: int) -> list[_Candidate]:
    """``chain`` without the numbered lines from ``annexed`` on (an annex's table row „17. Kinder- und Jugendbericht
    …“, 21/1338), unless at least two of them go on counting the questions before, one after the other: then the
    bare „Anlage 1“ stood inside an answer, and the questions after it are questions."""
    before = [cand for cand in chain if cand.start < annexed]
    after = chain[len(before) :]
    if not before or not after:
        return chain
    numbers = [before[-1].key[0], *(cand.key[0] for cand in after)]
    counting = len(after) >= 2 and all(0 <= later - earlier <= 1 for earlier, later in itertools.pairwise(numbers))
    return chain if counting else before


def _is_other_numbered(lines: list[str], index: int) -> bool:
    match = _NUMBERED.match(lines[index])
    return bool(
        match
        and match.group("text")
        and _QUESTION_TEXT.match(match.group("text"))
        and not _continues_sentence(lines, index)
    )


def _best_chain(candidates: list[_Candidate], placed: set[int] | None = None) -> list[_Candidate]:
    """The longest run of increasing question numbers.

    Gaps cost, except for the numbers ``placed`` elsewhere (printed out of order after another question); a question
    followed by answer text counts a little, an answer that swallows other question-like lines costs a little, so
    questions listed first and repeated before their answers (Baden-Württemberg) are taken where they are answered.

    What a predecessor brings is its score, its position (each question-like line between costs one) and one if
    answer text lies between; only the gap depends on the question after it, and only through the predecessor's key.
    So the best predecessor of each key is kept, and a question weighs the keys, not every question before it (that
    was quadratic in a long text).  The candidates come in the order they are printed: once answered before one
    question, a predecessor is answered before every later one.  Ties go to the earliest predecessor, as when each
    was weighed in turn."""
    if not candidates:
        return []
    placed = placed or set()

    def gap(prev: tuple[int, int], key: tuple[int, int]) -> int:
        between = sum(1 for n in placed if prev[0] < n < key[0]) if not prev[1] and not key[1] else 0
        return max(0, _skipped(prev, key) - between)

    best: list[tuple[float, int]] = []  # (score, predecessor)
    answered: dict[tuple[int, int], tuple[float, int]] = {}  # key → (worth, -index) of its best answered predecessor
    waiting: list[int] = []  # questions whose text runs on to where the current one starts or beyond
    for i, cand in enumerate(candidates):
        still = []
        for j in waiting:  # answered before this question: worth one more, for every later question too
            if candidates[j].answer_start < cand.start:
                entry = (best[j][0] + j + 1, -j)
                answered[candidates[j].key] = max(answered.get(candidates[j].key, entry), entry)
            else:
                still.append(j)
        waiting = still
        options = [(worth - 600 * gap(key, cand.key), at) for key, (worth, at) in answered.items() if key < cand.key]
        options += [  # ending right where this one starts: no answer between
            (best[j][0] + j - 600 * gap(candidates[j].key, cand.key), -j)
            for j in waiting
            if candidates[j].answer_start == cand.start and candidates[j].key < cand.key
        ]
        score, pred = (1000.0 - 600 * gap((0, 0), cand.key), -1)
        if options:
            worth, at = max(options)
            if worth + 1001 - i > score:
                score, pred = worth + 1001 - i, -at
        best.append((score, pred))
        waiting.append(i)
    last = max(range(len(candidates)), key=lambda i: (best[i][0], -i))
    chain: list[_Candidate] = []
    while last != -1:
        chain.append(candidates[last])
        last = best[last][1]
    return chain[::-1]


def _skipped(prev: tuple[int, int], key: tuple[int, int]) -> int:
    """How many questions lie between two numbers: 3 → 5 skips one; 1.2 → 2.1 and 1 → 1.1 none."""
    if key[0] == prev[0]:
        return max(0, key[1] - prev[1] - 1)
    return max(0, key[0] - prev[0] - 1) + max(0, key[1] - 1)


def _fill_gaps(lines: list[str], chain: list[_Candidate], placed: set[int] | None = None) -> list[_Candidate]:
    """Look again, less strictly, for plain-numbered questions missing between two found ones, and for a
    question 1 before a found question 2 that opens like a question (its '?' lost: ``1. Wie viele … 2017``)."""
    first = _first_question(lines, chain[0]) if chain and chain[0].key == (2, 0) else None
    out: list[_Candidate] = [first] if first else []
    # numbers ``placed`` elsewhere: a question printed out of order („4. … 6. … Die Fragen 1 bis 4 und 6 …“, 21/428)
    # leaves no gap after 5 for the 7 missing before 8
    found_numbers = {cand.key[0] for cand in chain if not cand.key[1]} | (placed or set())
    for cand in chain:
        if out and not cand.key[1] and not out[-1].key[1] and cand.key[0] > out[-1].key[0] + 1:
            for index in range(out[-1].answer_start, cand.start):
                match = _NUMBERED.match(lines[index])
                wanted = next(n for n in itertools.count(out[-1].key[0] + 1) if n not in found_numbers)
                if match and not sub_number(match) and int(match.group("major")) == wanted < cand.key[0]:
                    found = _candidate(lines, index, relaxed=True)
                    if found is not None and found.answer_start <= cand.start:
                        out.append(found)
        out.append(cand)
    last = _next_question(lines, out[-1]) if out and not out[-1].key[1] else None
    return [*out, last] if last else out


def _first_question(lines: list[str], second: _Candidate) -> _Candidate | None:
    """The nearest ``1. Wie …`` / ``1. Bitte …`` before question 2 that ends before it."""
    for index in range(second.start - 1, -1, -1):
        match = _NUMBERED.match(lines[index])
        if not match or sub_number(match) or match.group("major") != "1":
            continue
        found = _candidate(lines, index, relaxed=True) if _opens_like_question(lines, index) else None
        return found if found is not None and found.answer_start <= second.start else None
    return None


def _next_question(lines: list[str], last: _Candidate) -> _Candidate | None:
    """``4. Wie viele … 2017`` inside the last found answer, numbered next and worded as a question: the last
    question, its '?' lost."""
    for index in range(last.answer_start, len(lines)):
        match = _NUMBERED.match(lines[index])
        if match and not sub_number(match) and int(match.group("major")) == last.key[0] + 1:
            return _candidate(lines, index, relaxed=True) if _opens_like_question(lines, index) else None
    return None


def _opens_like_question(lines: list[str], index: int) -> bool:
    """``3. Wie viele …``, ``Frage 3: Bitte … aufschlüsseln``: a numbered line worded as a question or a request,
    after a finished sentence (not an item of a list that runs on)."""
    match = _NUMBERED.match(lines[index])
    text = (match.group("text") if match else None) or (lines[index + 1] if index + 1 < len(lines) else "")
    before = lines[index - 1] if index else ""
    # a table's last row ends no sentence but nothing runs on from it either: „Kosovo 70“ / „3. Wie groß …“ (21/2331)
    finished = not before or _ends_sentence(before) or _TABLE_ROW.search(before) is not None
    return finished and bool(INTERROGATIVE.match(text) or re.match(r"^Bitte\b", text))


def _question_text_lines(lines: list[str]) -> list[str]:
    first = _NUMBERED.match(lines[0])
    head = first.group("text") if first and first.group("text") else ""
    return [head, *lines[1:]] if head else lines[1:]


def _numbering_notes(numbers: list[int]) -> list[str]:
    if not numbers:
        return []
    missing = sorted(set(range(1, numbers[-1] + 1)) - set(numbers))
    if not missing:
        return []
    if len(missing) == 1:
        return [f"Nummerierung lückenhaft: Frage {missing[0]} fehlt."]
    # „Fragen 1 bis 9 fehlen“, not „Frage 1, 2, 3, 4, 5, 6, 7, 8, 9 fehlt“
    spans = [span for run in runs(missing) for span in ([f"{run[0]} bis {run[-1]}"] if len(run) > 2 else map(str, run))]
    return [f"Nummerierung lückenhaft: Fragen {listed(spans)} fehlen."]


# --- joint answers ----------------------------------------------------------------------


def parse_number_list(text: str) -> list[int]:
    """``4 bis 6`` → [4, 5, 6]; ``1, 3 und 5`` → [1, 3, 5]."""
    numbers: list[int] = []
    tokens = re.findall(r"\d+|bis|-|–", text)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token in ("bis", "-", "–") and numbers and index + 1 < len(tokens) and tokens[index + 1].isdigit():
            high = int(tokens[index + 1])
            if 0 < high - numbers[-1] <= 100:
                numbers.extend(range(numbers[-1] + 1, high + 1))
            index += 2
            continue
        if token.isdigit():
            numbers.append(int(token))
        index += 1
    return list(dict.fromkeys(numbers))


def _apply_joint_statements(spans: list[QuestionSpan]) -> None:
    """``Die Fragen 1 und 2 werden … gemeinsam beantwortet.`` in an answer: share it."""
    by_number = {span.number: span for span in spans}
    for span in spans:
        taken = _take_part_printed_with(span)
        head = " ".join([line for line in span.answer_lines if line][:4])
        match = _JOINT_HEADING.match(head) or _JOINT.search(head)
        if not match:
            continue
        labels = match.group("nums") or match.group("nums2") or match.group("nums3")
        group = _resolve_labels(labels, spans)
        if span.number not in group or len(group) < 2:
            continue
        shared = span.answer_lines
        if re.search(r"\d\s?[a-z]\)?$", labels):  # „Die Fragen 2 bis 4a …“: the parts after 4a are question 4's alone
            shared = list(itertools.takewhile(lambda line: not _LETTERED.match(line), shared))
        for number in group:
            member = by_number[number]
            if number == taken:  # only its part printed here is answered with this question: its others are its own
                continue
            member.answered_with = tuple(n for n in group if n != number)
            if number != span.number and _cut_before_next(member):  # its "answer" was its own cut words
                member.text_lines = [*member.text_lines, *(line for line in member.answer_lines if line.strip())]
                member.answer_lines = []
            if number != span.number and not any(member.answer_lines):
                member.answer_lines = shared


# A later question's part printed after the question it is answered with: „18 g) Wurden der Financial …?“ (21/1136)
_OTHER_PART = re.compile(r"^(?P<number>\d{1,3}) ?(?P<letter>[a-z])\)\s+[A-ZÄÖÜ]")


def _take_part_printed_with(span: QuestionSpan) -> int | None:
    """A part of a later question printed right after this one, before the statement that answers both („15. …?“ /
    „18 g) Wurden …?“ / „Aufgrund des Sachzusammenhangs werden Fragen 15 und 18 g gemeinsam beantwortet:“, 21/1136):
    the part is asked here, so its lines join this question's text and the answer opens with the statement.  The
    number of the part's question where it was taken (that question's other parts keep their own answers)."""
    said = [index for index, line in enumerate(span.answer_lines) if line.strip()]
    part = _OTHER_PART.match(span.answer_lines[said[0]]) if said else None
    if part is None or int(part["number"]) == span.number:
        return None
    asked = next(
        (i + 1 for i in said[:_MAX_QUESTION_LINES] if span.answer_lines[i].rstrip().endswith("?")),
        None,
    )
    rest = span.answer_lines[asked:] if asked is not None else []
    statement = _JOINT.search(" ".join([line for line in rest if line.strip()][:4]))
    labels = statement and (statement["nums"] or statement["nums2"] or statement["nums3"])
    if not labels or not re.search(rf"\b{part['number']}\s?{part['letter']}\b", labels):
        return None
    span.text_lines = [*span.text_lines, *span.answer_lines[:asked]]
    span.answer_lines = rest
    return int(part["number"])


def _cut_before_next(span: QuestionSpan) -> bool:
    """A question the print cut off inside its sentence, the next question right after it („1. In welchen
    Bundesbehörden sind seit Beginn der aktuellen“ / „Legislaturperiode Fotografen entweder“ / „2. Welche …?“,
    21/1311): its end only guessed, the lines read as its answer finish no sentence."""
    said = [line.rstrip() for line in span.answer_lines if line.strip()]
    return span.guessed and bool(said) and not any(re.search(r"[.!?:;)\"“”]$", line) for line in said)


def _share_after_grouped_questions(spans: list[QuestionSpan]) -> list[str]:
    """Questions printed one after another with one answer after the last are answered together (Hamburg's
    "1. …? 2. …? 3. …? Eine Förderung … Im Übrigen: entfällt.", Sachsen-Anhalt's "2. …? … 5. …? Beantwortung
    entfällt, siehe Antwort zu Frage 1."): each question of the run gets that answer.  A text that says where it
    answers together ("Die Fragen 29 bis 31 werden … gemeinsam beantwortet.") is taken at its word: there a run
    without such a statement is reported, not guessed.  Nor are questions shared that the answer's opening sentence
    follows ("Der Chef der Staatskanzlei hat die Kleine Anfrage … wie folgt beantwortet:"): they are the quoted
    question paper; after the bare heading of the answer part ("Antwort", a copy cut before the questions are
    repeated) none of them is answered.  Nothing in the text says so: each shared answer is a note for the report.
    A run is of questions printed one after another, not numbered so: 1, 4 to 7 and 12 printed before one answer,
    then 2 with its own (21/2346), share that one answer; 1 is not answered with 2."""
    if any(span.answered_with for span in spans):
        return []
    notes: list[str] = []
    run: list[QuestionSpan] = []
    for span in sorted(spans, key=lambda span: span.start):
        run.append(span)
        answer = [line for line in span.answer_lines if line.strip()]
        if not answer and span.guessed and _SENTENCES.search(" ".join(span.text_lines)):
            run = []  # its answer is in its text (its end a guess): no question printed with the next one
            continue
        if not answer:
            continue
        if ANSWER_PART_HEADING.match(answer[0]):  # the answer part begins: the listed questions get no answer here
            span.answer_lines = []
        elif len(run) > 1 and not OPENING.search(answer[0]):  # "… wie folgt beantwortet:": a quoted question paper
            group = [member.number for member in run]
            for member in run:
                member.answered_with = tuple(n for n in group if n != member.number)
                member.answer_lines = span.answer_lines
            notes.append(_shared_note(run))
        run = []
    return notes


_SENTENCES = re.compile(r"[a-zäöüß)][.!] [„\"]?[A-ZÄÖÜ]")  # more than one sentence: "… eingereicht Nach dem Stand …"


def _shared_note(run: list[QuestionSpan]) -> str:
    """``Die Fragen 1 bis 3 werden gemeinsam beantwortet: …``, the questions named as printed ("1.1", "8")."""
    printed = [span.label or str(span.number) for span in run]
    numbers = [span.number for span in run]
    if len(run) > 2 and numbers == list(range(numbers[0], numbers[0] + len(run))):
        names = f"{printed[0]} bis {printed[-1]}"
    else:
        names = ", ".join(printed[:-1]) + " und " + printed[-1]
    return (
        f"Die Fragen {names} werden gemeinsam beantwortet: Nur nach Frage {printed[-1]} ist eine Antwort gedruckt,"
        f" sie gilt für {'beide' if len(run) == 2 else 'alle'}."
    )


def _resolve_labels(text: str, spans: list[QuestionSpan]) -> list[int]:
    """``4 bis 6`` / ``1.1 und 1.2`` → the numbers of the questions printed with those labels."""
    position = {(span.label or str(span.number)): index for index, span in enumerate(spans)}
    chosen: list[int] = []
    tokens = re.findall(r"\d{1,3}(?:\.\d{1,2})?|bis|-|–", text)
    previous: int | None = None
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token in ("bis", "-", "–") and previous is not None and index + 1 < len(tokens):
            high = position.get(tokens[index + 1])
            if high is not None and high > previous:
                chosen.extend(span.number for span in spans[previous + 1 : high + 1])
                previous = high
            index += 2
            continue
        if token in position:
            previous = position[token]
            chosen.append(spans[previous].number)
        index += 1
    return list(dict.fromkeys(chosen))


def _goes_on(lines: list[str], index: int) -> bool:
    """Does line ``index`` stop on an abbreviation or on the label of a list's next item, so that the sentence goes
    on in the next line?"""
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return bool(
        _ABBREVIATION_END.search(line)
        or (_NUMBERED_END.search(line) and following[:1].isdigit())
        or (_DAY_END.search(line) and _MONTH_START.match(following))
        or (_ITEM_LABEL_END.search(line) and following[:1].islower())
        or (line.endswith("e. V.") and following.startswith("("))  # a club's short name after it: „(CARPO),“
        # the party's name with its point: „… auf regelmäßige Anfragen der damaligen Fraktion DIE LINKE.“ / „gemacht
        # hat …“ (21/415)
        or (line.endswith("DIE LINKE.") and following[:1].islower())
    )
