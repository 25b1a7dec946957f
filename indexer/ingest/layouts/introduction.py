"""The askers' introduction when no heading names it: the text between the title and ``Ich frage die
Landesregierung:`` (Hamburg, Bayern, Bremen, Mecklenburg-Vorpommern), or after ``… hat folgenden
Wortlaut:`` (Thüringen, Rheinland-Pfalz, Brandenburg), or between the cover and the first question
(Mecklenburg-Vorpommern, Schleswig-Holstein); a resolution's reasons before ``Der Landtag bittet die
Landesregierung, …`` (Niedersachsen's Unterrichtung).

Niedersachsen and the Bundestag print it under ``Vorbemerkung der …``; elsewhere it stands unlabelled in
the front matter and was lost, with all its words.  Baden-Württemberg prints it after the questions, under
``Begründung``, before the answer part.  It is only taken where one of these sentences marks
where it ends or begins, so a cover form is never mistaken for it.
"""

from __future__ import annotations

import re

from indexer.ingest.layouts.questions import ASKING_WORDS, OPENING_WORDS

# (also a line that is only the request, without colon: Bayern's "Ich frage die Staatsregierung" before "1.1 …", or
# with a semicolon misprinted for it: Rheinland-Pfalz's „Ich frage die Landesregierung;“ before „1. Wie …“)
# (also run on into the one question, the line broken after its comma: Bayern's „Nachdem … angekündigt hat, …, frage ich
# die Staatsregierung,“ / „welche Bahnhöfe … durchgeführt?“)
_ASKING = re.compile(
    ASKING_WORDS + r"[^.:?!]{0,30}:|^(?:Ich|Wir) fragen? (?:daher |deshalb )?die (?:Landes|Staats)regierung;?$"
    r"|(?<=, )fragen? (?:ich|wir) (?:daher |deshalb |deswegen )?die (?:Landes|Staats|Bundes)regierung,$",
    re.M,
)
# A resolution the government reports on (Niedersachsen's Unterrichtung): its reasons stand before
# "I. Der Landtag bittet die Landesregierung, …", whose numbered items are answered.
_RESOLVING = re.compile(r"(?:^[IVX]{1,4}\.\s+)?Der Landtag (?:bittet|fordert) die (?:Landes|Staats)regierung\b", re.M)
# "Die Kleine Anfrage 50 vom 17. November 2014 hat folgenden Wortlaut:", "Wortlaut der Kleinen Anfrage 1385
# vom 20. Januar 2016:", "Die Fraktion der SPD hat folgende Kleine Anfrage an den Senat gerichtet:"; also without the
# colon after a date ("Wortlaut der Kleinen Anfrage 1269 vom 13.11.2015 Mitarbeiter von …", "Wortlaut der Kleinen
# Anfrage Nr. 1463 vom 12.02.2016 Hunderte …", Brandenburg)
_WORDING = re.compile(
    # (Sachsen's letter: "… den Fragen sind folgende Ausführungen vorangestellt: „…“")
    r"(?:\bWortlaut\b|\bfolgende Kleine Anfrage an\b[^.:]{0,40}\bgerichtet\b"
    r"|\bfolgende Ausführungen vorangestellt\b)[^:]{0,80}:"
    # (the scan's semicolon for its colon: „… folgende Ausführungen vorangestellt; „Im Interview …“)
    r"|\bfolgende Ausführungen vorangestellt;"
    r"|\bWortlaut der Kleinen Anfrage (?:Nr\.\s*)?\d{1,5} vom \d{1,2}\.\s?\d{1,2}\.\s?\d{4}(?=\s)"
)
# what a flat cover form prints between the title and the introduction: "… und ANTWORT der Landesregierung",
# Bremen's askers line "Anfrage der Abgeordneten …, Frau … und Fraktion der FDP vom 23. Januar 2020"
_FORM_AFTER_TITLE = re.compile(
    r"\s*(?:und\s+)?Antwort\s+(?:der|des)\s+(?:Landes|Staats|Bundes)?(?:regierung|Senats)\b"
    r"|\s*(?:Kleine\s+)?Anfrage\s+de[rs]\s+(?:Abgeordneten|Fraktion)\b[^:]{0,300}?\bvom\s+\d{1,2}\.\s*\S+\s+\d{4}",
    re.I,
)
# Lines of a cover form that may follow the title: no introduction is among them.
_COVER_FORM = re.compile(
    r"\beingegangen am\b|\b(?:Anfrage|Antwort) (?:des|der) (?:Abgeordnete|Abg\.|\w*[Mm]inisteri|Senat|Chef)"
    # (not a sentence citing another: „Aus der Antwort … auf die Kleine Anfrage auf Drucksache 7/2345 ergibt sich …“)
    # (nor a sentence citing another answer's remark: „In der Vorbemerkung der Landtagsdrucksache 7/1555 heißt es, …“)
    r"|(?<!\bIn der )\bVorbemerkung|\bBegründung|(?<!\bauf die )\bKleine Anfrage\b"
)
# The answer's opening sentence printed before the introduction (Brandenburg): "Namens der Landesregierung
# beantwortet der Chef der Staatskanzlei die Kleine Anfrage wie folgt:"
_OPENING_FIRST = re.compile(r"\s*[^.:?!]{0,200}?" + OPENING_WORDS + r"\s*:")
# The answer's opening sentence after a quoted text: "… tätig.“ Namens und im Auftrag … beantworte ich … wie folgt:"
_OPENING_AFTER = re.compile(r"(?<=[.!?“”\"\n]) ?[A-ZÄÖÜ][^.!?:\n]{0,200}?" + OPENING_WORDS + r"\s*:")
_SENTENCE_END = re.compile(r"[.!?“”\"]\s|:\s")
_QUOTES = "„“”\"' "
_MIN_WORDS = 5  # shorter is a fragment of the form, not an introduction
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:Das|Der|Die|Den|Dem|Des|das|der|die|den|dem|des) $")
# A quotation opened before the title's words, with a word of its own before them, not closed: „„Gesetz zum “
_QUOTED_BEFORE = re.compile(r"„[^“”„\"\n]{0,60}\w[^“”„\"\n\w]*$")
# The formula that leads the asking in, a clause of its own: „Dies vorausgeschickt, frage ich den Senat:“
_FORMULA_CLAUSE = re.compile(r"(?:^|[.!?:]\s+)(?:Dies|Das) (?:vorausgeschickt|vorangestellt|vorweggeschickt),\s*$")
# Baden-Württemberg: the askers' reasoning under a heading of its own after the questions, up to the answer part.
_REASONING = re.compile(r"^Begründung\s*:?$")
_ANSWER_PART = re.compile(r"^Antwort\s*:?$|" + OPENING_WORDS + r"\s*:|^\d{1,3}\.\s+\S")
# The answer's opening sentence, cut before its colon (Thüringen: "Das Thüringer Ministerium für … hat die Kleine
# Anfrage namens der Landesregierung mit Schreiben vom 4. September 2019 wie folgt beantwort"), also inside the
# name of who answers, before the sentence says what it does (Rheinland-Pfalz: "Das Ministerium für Umwelt, Land").
_OPENING_CUT = re.compile(
    r"^(?:Das|Die|Der)\s[^:?!]{0,300}?\b(?:hat|beantwortet)\s(?:[^:?!]{0,60}?\s)?die Kleine Anfrage\b"
    r"[^:?!]*(?<![.!?:])$"
    # (or after its colon, inside the first answer's heading: „… mit Schreiben vom 13. Januar 2016 wie folgt
    # beantwortet: Zu“, Rheinland-Pfalz)
    r"|^(?:Das|Die|Der)\s[^:?!]{0,300}?\b(?:hat|beantwortet)\s(?:[^:?!]{0,60}?\s)?die Kleine Anfrage\b"
    r"[^:?!]*\bbeantwortet:\sZu(?:\sFr(?:a(?:ge?)?)?)?(?:\s\d{1,2})?$"
    r"|^(?:Das|Die|Der)\s(?:[\w-]+\s)?(?:Staats)?(?:Ministerium|Ministerin|Minister|Staatskanzlei)\b[^:?!.]{0,120}$"
)
# The askers' signature between the last question and their Begründung: "13. 12. 2016 Berg AfD".
_DATED = re.compile(r"^\d{1,2}\.\s?\d{1,2}\.\s?\d{4}$")
_SIGNED = re.compile(r"^\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\s+[A-ZÄÖÜ][^\d:?]{0,80}$")
_SIGNED_CUT_HEADING = re.compile(
    r"^\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\s+[A-ZÄÖÜ][^\d:?]{0,80}?\sBeg(?:r(?:ü(?:n(?:d(?:u(?:n(?:g)?)?)?)?)?)?)?$"
)


def introduction(front: list[str], title: str) -> list[str]:
    """The lines of the unlabelled introduction in ``front`` (empty when there is none)."""
    text = "\n".join(front)
    asking = _last(_ASKING, text) or _last(_RESOLVING, text)
    end = _end(text, asking.start()) if asking else None
    wording = _last(_WORDING, text[:end])
    if end is None and wording is None:
        return _before_questions(text, title)
    if end is None and wording is not None:  # the wording quoted, then the answer's opening sentence (Sachsen)
        opening = _OPENING_AFTER.search(text, wording.end())
        end = opening.start() if opening else None
    # the title before the wording, not its words again inside the introduction ("Katastrophenschutzbericht 2015 …
    # hat folgenden Wortlaut: Am 22. August 2016 wurde der Brand- und Katastrophenschutzbericht 2015 vorgestellt.")
    start = max(wording.end() if wording else 0, _title_end(text[: wording.start() if wording else end], title))
    if not start:
        return []
    # the title printed after the wording's heading, before the introduction (Brandenburg: „Wortlaut der Kleinen Anfrage
    # 253 vom 02.02.2015: Begleitetes Fahren in Brandenburg Seit dem Jahr 2006 …“) — only where it was not printed
    # before (Thüringen's introduction may open with the title's words: „Richterinnen und Richter in der
    # Familiengerichtsbarkeit … hat folgenden Wortlaut: Richterinnen und Richter in der Familiengerichtsbarkeit
    # tragen …“)
    if wording and not _title_end(text[: wording.start()], title):
        start += _title_first(text[start:end], title)
    form = _FORM_AFTER_TITLE.match(text, start)
    start = form.end() if form else start
    opening = _OPENING_FIRST.match(text, start)
    start = opening.end() if opening else start
    body = text[start:end].strip(_QUOTES + "\n")
    # (an introduction that opens on a quoted sentence keeps its opening mark: „„Auf familienfreundlichen … „erfahren“
    # und erleben.“ So lädt …“, Bayern)
    quoted = _QUOTED_SENTENCE.match(text[start:end].lstrip(" \n"))
    lines = [line.strip() for line in (f"„{body}" if quoted else body).split("\n")]
    words = sum(len(line.split()) for line in lines)
    return [line for line in lines if line] if words >= _MIN_WORDS else []


# A quoted sentence, its full stop inside the quotation (one quotation inside it allowed): „Auf … „erfahren“ und
# erleben.“
_QUOTED_SENTENCE = re.compile(r"„(?=[A-ZÄÖÜ])(?:[^„“\n]|„[^„“\n]*“){40,400}?[.!?]“")


def reasoning(lines: list[str]) -> list[str]:
    """The lines under a bare ``Begründung`` heading, up to the answer part (``Antwort``, ``… wie folgt:``,
    a question copied before its answer); empty when there is none."""
    start = next((index for index, line in enumerate(lines) if _REASONING.match(line.strip())), None)
    if start is None:
        return []
    body: list[str] = []
    for line in lines[start + 1 :]:
        if _ANSWER_PART.search(line.strip()):
            break
        body.append(line.strip())
    body = [line for line in body if line]
    return body if sum(len(line.split()) for line in body) >= _MIN_WORDS else []


def _before_questions(text: str, title: str) -> list[str]:
    """The sentences between the cover (title, ``und ANTWORT der Landesregierung``) and the first
    question, where nothing asks for them (Mecklenburg-Vorpommern, Schleswig-Holstein): taken only
    when they read as sentences and no line of a cover form is among them."""
    start = _title_end(text, title, first=True)  # the cover's title, not the same words in the introduction
    form = _FORM_AFTER_TITLE.match(text, start) if start else None
    start = form.end() if form else start
    rest = text[start:].strip(_QUOTES + "\n")
    opening = _OPENING_FIRST.match(rest)
    # the answer's opening right after the cover: what follows is the government's (Berlin: „Im Namen des Senats …
    # wie folgt: Die Schriftliche Anfrage betrifft Sachverhalte, …“) — but Brandenburg's sentence is followed by the
    # Kleine Anfrage's wording, its government's remarks labelled („Vorbemerkung der Landesregierung:“)
    if opening and not _WORDING_FOLLOWS.fullmatch(opening.group(0)):
        return []
    rest = rest[opening.end() :].strip() if opening else rest
    # Thüringen's sentence of who answered, printed after the introduction, before question 1: „Das Thüringer
    # Ministerium für … hat die Kleine Anfrage 7/447 vom 30. März 2020 namens der Landesregierung mit Schreiben vom
    # 15. Juni 2020 beantwortet:“
    answered = _ANSWERED_LAST.search(rest)
    rest = rest[: answered.start()].rstrip() if answered else rest
    sentences = bool(re.match(r"[„\"]?[A-ZÄÖÜ]", rest)) and bool(re.search(r"[.!?][“”\"]?$", rest))
    if not start or not sentences or _COVER_FORM.search(rest) or len(rest.split()) < _MIN_WORDS:
        return []
    return [line.strip() for line in rest.split("\n") if line.strip()]


# (its own sentence, after the introduction's last: the name of who answered and the letter's dates may wrap)
_ANSWERED_LAST = re.compile(
    r"(?:^|(?<=[.!?“”\"])\s+)(?:Das|Die|Der) [^.:?!]{3,200}? hat die Kleine Anfra-?\s?ge\b"
    # (within the sentence: a full stop only after a digit, the dates' „30. März 2020“)
    r"(?:[^.:?!]|(?<=\d)\.){0,200}?\bbeantwortet\s*:\s*$"
)
# Brandenburg's opening sentence, the Kleine Anfrage's wording after it: „Namens der Landesregierung beantwortet der
# Minister für Ländliche Entwicklung, Umwelt und Landwirtschaft die Kleine Anfrage wie folgt:“
_WORDING_FOLLOWS = re.compile(
    r"\s*Namens der Landesregierung beantwortet (?:der|die) [^.:?!]{3,150} die Kleine Anfrage wie folgt\s*:"
)


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    matches = list(pattern.finditer(text))
    return matches[-1] if matches else None


def _end(text: str, asking: int) -> int:
    """Where the introduction ends: before ``Vor diesem Hintergrund frage ich …``, but after ``Zur Ermittlung
    der … in Mecklenburg-Vorpommern`` when the asking sentence says what it asks about; the whole sentence where the
    asking is its last clause („Da am 30. Dezember 2015 … (… als „Informationsfreiheit light“ bezeichnet) eingeführt
    worden ist, frage ich die Staatsregierung:“) — not where that clause is only the formula that leads the asking
    in („… bereits aufgehoben . Dies vorausgeschickt, frage ich den Senat:“, Hamburg)."""
    if text[:asking].rstrip().endswith(",") and not _FORMULA_CLAUSE.search(text[:asking]):
        return asking
    ends = [match.end() for match in _SENTENCE_END.finditer(text, 0, asking)]
    start = ends[-1] if ends else 0
    return asking if len(text[start:asking].split()) >= _MIN_WORDS else start


def _title_first(text: str, title: str) -> int:
    """Where the title ends when ``text`` opens with it (0 when it does not)."""
    words = re.findall(r"\w+", title)
    if not words:
        return 0
    pattern = r"\s*" + r"[\W_]+".join(r"-?\n?".join(map(re.escape, word)) for word in words) + r"[^\w\s]*(?=\s)"
    found = re.match(pattern, text)
    return found.end() if found else 0


def _title_end(text: str, title: str, first: bool = False) -> int:
    """Where the title ends, standing last in ``text`` (or first; 0 when it is not found); line breaks
    and end-of-line hyphens between and inside its words are allowed."""
    words = re.findall(r"\w+", title)
    if not words:
        return 0
    pattern = r"[\W_]+".join(r"-?\n?".join(map(re.escape, word)) for word in words) + r"[^\w\s]*"  # with "(II)"
    if first:
        found = re.search(pattern, text)
        return found.end() if found else 0
    # the last, but not the title's words inside the introduction's first sentence after an article („Schloss
    # Mainberg Das Schloss Mainberg bei Schweinfurt ist …“, Bayern), nor inside a name the introduction quotes („Seit 1.
    # Mai 2014 ist das „Gesetz zum Ausbau der Hilfen für Schwangere …“ in Kraft.“, the title „Ausbau der Hilfen …“)
    found_all = [
        m
        for m in re.finditer(pattern, text)
        if not _ARTICLE_BEFORE.search(text, 0, m.start()) and not _QUOTED_BEFORE.search(text, 0, m.start())
    ]
    return found_all[-1].end() if found_all else 0


def only_reasoning(answer_lines: list[str]) -> bool:
    """Is this "answer" only the askers' ``Begründung`` (a copy cut before the answer part: Baden-Württemberg's
    "… 6. Wie können …? Begründung Die UN-Konvention …", no ``Antwort`` heading, opening or question after it),
    perhaps after their dated signature ("… zu verhindern? 13. 12. 2016 Berg AfD Begründung Die Polizei …")?"""
    lines = [line.strip() for line in answer_lines if line.strip()]
    # their signature over two lines, as a copy with line breaks keeps it ("15. 01. 2016", "Müller CDU")
    if len(lines) > 1 and _DATED.match(lines[0]) and _SIGNED.match(f"{lines[0]} {lines[1]}"):
        lines = lines[2:]
    # the copy stopping in the letter-spaced heading right after their signature („… 09.05.2017 Herre AfD B e g r“)
    if cut_in_reasoning_heading(lines):
        return True
    lines = lines[1:] if lines and _SIGNED.match(lines[0]) else lines  # their signature before it
    return bool(lines) and bool(_REASONING.match(lines[0])) and not any(_ANSWER_PART.search(line) for line in lines)


# Baden-Württemberg's answer part, cut in its opening sentence before the colon: „Antwort“ / „Mit Schreiben vom 9. Mai
# 201“
_BW_OPENING_CUT = re.compile(r"^Mit Schreiben vom [^:?!]{0,300}$")


def reasoning_then_opening_cut(answer_lines: list[str]) -> bool:
    """Is this "answer" the askers' ``Begründung``, then the ``Antwort`` heading and the answer part's opening sentence
    where the copy stops before its colon (Baden-Württemberg: "… zu rechnen? 13. 04. 2018 Rivoir SPD Begründung Eine
    gute … Antwort Mit Schreiben vom 9. Mai 201")?"""
    lines = [line.strip() for line in answer_lines if line.strip()]
    heading = next((index for index, line in enumerate(lines) if line == "Antwort"), None)
    if heading is None or not only_reasoning(lines[:heading]):
        return False
    return bool(_BW_OPENING_CUT.match(" ".join(" ".join(lines[heading + 1 :]).split())))


def cut_in_reasoning_heading(answer_lines: list[str]) -> bool:
    """Does this "answer" stop in the askers' letter-spaced ``B e g r ü n d u n g`` right after their signature?"""
    lines = [line.strip() for line in answer_lines if line.strip()]
    return len(lines) == 1 and bool(_SIGNED_CUT_HEADING.match(lines[0]))


# The answer's whole opening sentence after the quoted question paper (Rheinland-Pfalz: „Das Ministerium für Bildung hat
# die Kleine Anfrage namens der Landesregierung mit Schreiben vom 22. Juni 2017 wie folgt beantwortet:“).
_OPENING_WHOLE = re.compile(
    r"^(?:Das|Die|Der)\s[^:?!]{0,300}?\b(?:hat|beantwortet)\s(?:[^:?!]{0,60}?\s)?die Kleine Anfrage\b[^:?!]*"
    + OPENING_WORDS
    + r"\s*:$"
)
_BARE_REMARK_HEADING = re.compile(r"^Vorbemerkung(?:en)?\s*:$")
_ZU_HEADING = re.compile(r"^Zu (?:den |der )?(?:Fragen? )?\d")


def opening_then_remark_cut(answer_lines: list[str]) -> int | None:
    """Where the answer's whole opening sentence stands in this "answer", when the government's bare ``Vorbemerkung:``
    follows it and nothing after it opens an answer (a copy cut inside the government's Vorbemerkung: „… 4. Auf welche
    Höhe …? Ich bitte um tabellarische Angabe … Das Ministerium für Bildung hat die Kleine Anfrage … wie folgt
    beantwortet: Vorbemerkung: Schulsozialarbeit ist … Diese Mittel werd“); else None.  The lines before it are the
    question paper's last words."""
    lines = [" ".join(line.split()) for line in answer_lines]
    filled = [index for index, line in enumerate(lines) if line]
    opening = next((index for index in filled if _OPENING_WHOLE.match(lines[index])), None)
    if opening is None or any(_ANSWER_PART.search(lines[index]) for index in filled if index < opening):
        return None
    after = [lines[index] for index in filled if index > opening]
    if len(after) < 2 or not _BARE_REMARK_HEADING.match(after[0]):
        return None
    heads = (_ANSWER_PART, _BARE_REMARK_HEADING, _ZU_HEADING)
    return None if any(head.search(line) for head in heads for line in after[1:]) else opening


def only_opening(answer_lines: list[str]) -> bool:
    """Is this "answer" only the answer's opening sentence, cut before its colon (a copy cut before the first
    answer: "… 3. Welche Institutionen …? Das Thüringer Ministerium … hat die Kleine Anfrage namens der
    Landesregierung mit Schreiben vom 4. September 2019 wie folgt beantwort")?"""
    return bool(_OPENING_CUT.match(" ".join(" ".join(answer_lines).split())))
