"""Text whose line breaks were lost (kleineanfragen.de extractions, copied web text, a document
host's transcript with one line per page): one long line with page heads in the middle.  It is
cut back into lines at the places a printed answer starts a new line: question numbers,
``Frage N:``, answer markers (``Antwort:``, ``Zu 1.:``, ``Zu den Fragen 2 und 3:``), headings
and the sentence that opens the answer.
The layout's furniture is taken out first and kept aside as ``notes``: a letterhead or a
transmission note still tells the date and the ministry, but is no part of an answer.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from indexer.dates import MONTH_NAMES
from indexer.ingest.layouts.furniture import (
    SENDER_SPAN,
    furniture_patterns,
    parliament_by_signal,
    parliament_in,
    tail_front_patterns,
)
from indexer.ingest.layouts.questions import INTERROGATIVE, OPENING_WORDS
from indexer.ingest.layouts.repeated import DATED_ANSWER_PART
from indexer.ingest.layouts.single import QUOTED_STATEMENT_END, STATEMENT_END
from indexer.ingest.layouts.unnumbered import asks, trailing_questions
from indexer.ingest.text import SUSPENSION_WORD
from indexer.model import Footnote
from indexer.parliaments import find_parliament

_FLAT_LINE = 400  # no printed line is this long on average; an extraction without line breaks is
_HARD = "\n\n"
_SOFT = "\n"
_MONTHS = "|".join(MONTH_NAMES)
# Heading words that letter-spaced headings are made of ("V o r b e m e r k u n g d e r …").
_SPACED_WORDS = (
    "vorbemerkung",
    "begründung",
    "fragestellerin",
    "fragestellenden",
    "fragesteller",
    "bundesregierung",
    "landesregierung",
    "kleine",
    "anfragen",  # (Rheinland-Pfalz's joint answer: "K l e i n e A n f r a g e n der Abgeordneten …")
    "anfrage",
    "antwort",
    "dazu",
    "der",
    "des",
    "und",
)
_SPACED_RUN = re.compile(r"(?<!\S)(?:[A-Za-zÄÖÜäöüß]{1,2} ){3,}[A-Za-zÄÖÜäöüß]{1,2}(?!\S)")
# "siehe Antwort zu Frage 1. Die …" goes on, so does an ordinal after an article ("bis zum Ende des 1. Schulhalbjahres")
_NOT_BEFORE_ONE = r"(?<!Frage)(?<!Fragen)(?<! zu)(?<!Anlage)" + "".join(
    rf"(?<!\b{word})" for word in ("der", "die", "das", "des", "dem", "den", "am", "im", "zum", "zur", "vom", "beim")
)
_NOT_REFERRING = "".join(
    rf"(?<!\b{word})" for word in ("siehe", "auf", "in", "und", "mit", "nach", "oder", "sowie", "Antwort", "wie")
)
_QUESTION_START = re.compile(
    r"(?:(?<=[?.!:)“\"])|(?<=\S)" + _NOT_BEFORE_ONE + r"(?= 1\.\s)"
    # (Hessen's label right after the cover's sender: „… und Antwort der Ministerin für …, Landwirtschaft und
    # Verbraucherschutz Frage 1. Wie begründet …?“ — not a reference: „siehe Frage 1.“, „auf Frage 1.“)
    r"|(?<=[a-zäöüß]{3})" + _NOT_BEFORE_ONE + _NOT_REFERRING + r"(?= Frage 1\.\s+[A-ZÄÖÜ][^?]{5,400}\?))"
    # (a number's full stop ends no sentence, but a year's does, and a Drucksache's a sentence cites: „Im Übrigen siehe
    # Drs. 21/13707. 2. Wie viele …?“, Hamburg)
    r"(?:(?<!\d\.)|(?<=[12]\d{3}\.)|(?<=\d/\d{3}\.)|(?<=\d/\d{4}\.)|(?<=\d/\d{5}\.)) "
    r"(?=(?:Frage\s+\d{1,3}[a-z]:|(?:Frage\s+)?\d{1,3}(?:\.\)?|\.:|:))\s+(?:[a-z]\)\s+)?[A-ZÄÖÜ„\"])"
    r"(?!\d{1,2}\.\s*(?:" + _MONTHS + r")\b)"
    # (Bayern's question numbered with its part, repeated after the government's remark that ends on a word's full
    # stop: „… befindliche Thermen. 1.1 Wie viele externe … Schwimmkurse wurden … durchgeführt (bitte …)? In den …“)
    r"|(?<=[a-zäöüß]{3}\.) (?=\d{1,2}\.\d{1,2} [A-ZÄÖÜ][^?.]{5,500}(?:\.[^?.]{1,200}){0,3}\?)"
)
# A question number right after a figure — the last cell of a table row ("Gesamtausgaben 783.717,0 3. Wie
# hoch …?") — when what follows reads as one question.
# Berlin's label „Frage 2:“ also right after the last word of a list that ends the answer before („… Spandau 4
# Interessenten Frage 2: Wie viele …?“) or a scan's noise („… Summe 3.565 !a Frage 2: Kann …?“) — not after a word in
# lower case, the last of a question printed without its '?' („… und haben diese einberufen Frage 3: …“), nor after
# a word that refers to it („siehe Frage 2:“, „Zu Frage 2:“).
_LABELLED_QUESTION = re.compile(
    r"(?:(?<=\d\.)|(?<=\S)"
    + "".join(
        rf"(?<!\b{word})(?<!\b{word.capitalize()})"
        for word in ("zu", "auf", "in", "der", "die", "des", "und", "siehe", "mit", "nach", "antwort")
    )
    + r") (?=Frage \d{1,3}[a-z]?:\s+[A-ZÄÖÜ„\"])"
)
_WORD_BEFORE = re.compile(r"(\S+)$")
# The one question's label without a number after the askers' Vorbemerkung's last sentence (Schleswig-Holstein's „…
# in der Zwischenzeit verbessert werden kann. Frage: Sind die Wartezeiten …? Sieht die Landesregierung …? Antwort: …“):
# a line of its own, as printed.
_BARE_LABEL = re.compile(r"(?<=[a-zäöüß]{2}[.!]) (?=Frage: [A-ZÄÖÜ„\"])")
# The next question's number after a lettered part's answer of one word, no full stop after it (Schleswig-Holstein's
# „Antwort: Der Landesregierung ist bekannt, … kommt. a. Nein b. Nein 2. Welche Auswirkungen …?“): a line of its own.
_QUESTION_AFTER_PART_ANSWER = re.compile(
    r"(?:"
    + "|".join(rf"(?<= [a-h]\. {word})" for word in ("Ja", "Nein", "Keine", "Entfällt", "entfällt"))
    + r") (?=\d{1,3}\.\s+[A-ZÄÖÜ][^.?!]{5,300}\?)"
)


def _word_before(text: str, end: int) -> re.Match[str] | None:
    """``_WORD_BEFORE.search(text, 0, end)``, looking back only as far as the word reaches: a search from the text's
    start for each label would read a long flat text once per label (quadratic).  A match that begins after the
    window's start is the whole word (a space precedes it); one that begins at the window's start may go on before
    it, so the window doubles until it does not."""
    window = 64
    while True:
        start = max(0, end - window)
        found = _WORD_BEFORE.search(text, start, end)
        if start == 0 or found is None or found.start() > start:
            return found
        window *= 2


def _labelled_question(text: str) -> str:
    """Break before a question's label „Frage N:“ where :data:`_LABELLED_QUESTION` allows it."""

    def broken(found: re.Match[str]) -> str:
        before = _word_before(text, found.start())
        word = before.group(1) if before else ""
        small = word[:1].islower() and not re.search(r"\d\.$", word)
        return found.group(0) if small else _HARD

    return _LABELLED_QUESTION.sub(broken, text)


# (also after a list's last name in capitals: „… Stadt und Land, WBM 2. Wie erfahren …?“)
# (or where the copy stops inside it, a question word leading it: „… SUMME 140 71 35 3. Wie stellte sich die
# Einsatzlage (getrennt n“, Hamburg), also a question word after its preposition („… 4/2018 1 180 3. In welcher Höhe
# wurden … aus d“)
# (the question may hold an abbreviation's full stop: „… siehe Drucksache 18/13 187 2. Welche Flächen … und welche
# (ggf. Schätzwerte) sind davon öffentlich zugänglich?“, Berlin)
# The abbreviations a question or the askers' request holds mid-sentence: their full stop ends no sentence.
_ABBREVIATED = r"(?<=\bbzw)|(?<=\bggf)|(?<=\bvgl)|(?<=\bz\. B)|(?<=\bu\. a)"
_QUESTION_AFTER_FIGURE = re.compile(
    r"(?:(?<=\d)|(?<=[A-ZÄÖÜ]{2})) (?=\d{1,3}\.\s+[A-ZÄÖÜ]"
    r"(?:[^.?!]|(?:" + _ABBREVIATED + r")\.){5,300}\?"
    r"|\d{1,3}\.\s+(?:(?:In|Aus|Von|Mit|Für|Nach|Bei|Seit|Auf) welche[mnrs]?|Wie|Welche[mnrs]?|Was|Wer|Wann|Warum"
    r"|Weshalb|Inwie(?:weit|fern))\s[^.?!]{5,300}$)"
)
# A question number after an answer that only refers to another: "Siehe Antwort zu 1. 3. Hält die …", Hessen's
# "Erübrigt sich aufgrund der Antwort zu Frage 1. Frage 3. Haben …".
_QUESTION_AFTER_REFERENCE = re.compile(
    r"(?:(?<=Antwort zu \d\.)|(?<=Antwort zu \d\d\.)|(?<=Antwort zu Frage \d\.)|(?<=Antwort zu Frage \d\d\.))"
    r" (?=(?:Frage )?\d{1,3}\.\s+[A-ZÄÖÜ])"
)
# A question number after an answer that only points to an annex: Hamburg's "… beantworten. Siehe Anlage 1. 2. Welche
# Maßnahmen … wurden in 2018 umgesetzt?" (a whole question, ending in '?', follows).
_QUESTION_AFTER_ANNEX = re.compile(r"(?:(?<=Anlage \d\.)|(?<=Anlage \d\d\.)) (?=\d{1,3}\.\s+[A-ZÄÖÜ][^.?!]{5,300}\?)")
# A question number after an answer that ends pointing to another question: Sachsen-Anhalt's „… Mittel im Naturpark
# Dübener Heide: siehe Frage 2. 2. Welche genauen Projekte … durchgeführt?“ (a whole question, ending in '?', follows),
# or to another's answer without „zu“: Schleswig-Holstein's „Antwort: Siehe Antwort Frage 1. 4. Gibt es konkrete
# Planungen …?“.
_QUESTION_AFTER_POINTER = re.compile(
    r"(?:(?<=siehe Frage \d\.)|(?<=siehe Frage \d\d\.)|(?<=Antwort Frage \d\.)|(?<=Antwort Frage \d\d\.))"
    r" (?=\d{1,3}\.\s+[A-ZÄÖÜ][^.?!]{5,300}\?)"
)
# one heading, not three: "Zusammenfassende Antwort zu den Fragen 1 und 2:"
_ANSWER_MARKER = re.compile(
    r"(?<!Zusammenfassende)(?<!Antwort) "
    r"(?=Antwort:|Antwort zu (?:den )?(?:Fragen? )?\d{1,3}[a-z]?\.?(?:(?:,| und| bis) \d{1,3}[a-z]?\.?)*:"
    r"|Zu (?:den |der )?(?:Fragen? )?\d{1,3}\b[^:]{0,40}:"
    # (in lower case not where it names another Drucksache: „… die Antwort der Landesregierung zu Frage 7 der
    # Drucksache 17/1625: …“ cites an answer inside the question)
    r"|zu (?:den )?Fragen? \d(?![^:]{0,40}?\b(?:Drucksache|Drs\.))[^:]{0,40}:"
    r"|Zusammenfassende Antwort (?:auf die|zu den|zu der) Fragen? \d[^:]{0,40}:"
    # (also „Zur Frage 2“ without its colon after a sentence's end, a capitalised word after it: Rheinland-Pfalz's
    # „Zu Frage 1: … als ausreichend erachtet. Zur Frage 2 Der Polizei obliegt …“)
    r"|(?<=[.?!] )Zur Frage \d{1,3} [A-ZÄÖÜ])"
)
_HEADING = re.compile(
    # (Hessen names the minister, whose portfolio runs long: „Vorbemerkung des Ministers für Wirtschaft, Energie, …:“)
    r" ((?:Vorbemerkung(?:en)?|Begründung)(?:/Begründung)?"
    r"(?: (?:der|des) [\w ]{3,40}?| Landesregierung| (?:des Ministers|der Ministerin|Minister(?:in)?) [\w ,]{3,80}?)?:"
    # without a colon only where a sentence follows: not "Die Vorbemerkung der Fragesteller vorangestellt, …", and not
    # after an article or a preposition, inside a sentence: "Es wird auf die Vorbemerkung der Abgeordneten Susanne
    # Meyer verwiesen." (a title before it may end on any word: "… in Nordrhein-Westfalen Vorbemerkung der Kleinen …")
    r"|(?<![Dd]ie )(?<![Dd]er )(?<!zur )(?<![Ii]n )(?<!auf )Vor(?:be)?merkung (?:der|des) "
    r"(?:Frage?steller\w*|Abgeordneten|Bundesregierung|Landesregierung|Kleinen Anfrage)"
    r"(?= [„\"]?[A-ZÄÖÜ])"
    r"|Begründung(?= [A-ZÄÖÜ])"
    # a bare heading before its first sentence, after the cover ("… und ANTWORT der Landesregierung Vorbemerkung Mit der
    # Teilfortschreibung …") or the title; not "Vorbemerkung Nr. 2", nor inside a sentence after an article
    r"|(?<![Dd]ie )(?<![Dd]er )(?<!zur )(?<![Ii]n )(?<!auf )(?<![Ss]iehe )"
    r"Vorbemerkung(?= (?!Nr\b)[„\"]?[A-ZÄÖÜ][a-zäöü]))"
)
# The heading of the answer part before the letter's sentence ("A n t w o r t Mit Schreiben vom … beantwortet das
# Ministerium …"), also where a cut copy ends before that sentence's "wie folgt:", and with its footnote's mark ("A n t
# w o r t * ) Mit Schreiben vom …", the note on the page's foot).
_ANSWER_HEADING = re.compile(r" Antwort(?: ?\* ?\))?(?= Mit Schreiben vom )")
# Bayern's heading of the answer part ends with its date; a remark of the government may follow before the repeated
# question 1: "Antwort des Staatsministeriums für Gesundheit und Pflege vom 27.11.2017 Es wird davon ausgegangen, …"
_DATED_ANSWER_PART = re.compile(r"(?<=[.?!)] )(" + DATED_ANSWER_PART + r")(?= [A-ZÄÖÜ][a-zäöü])")
# Sachsen-Anhalt's answer cover after the askers' Vorbemerkung (or the Kleine Anfrage's number), printed as a heading
# of its own before a bare Vorbemerkung, the one question's label or question 1: "… Technik zur Verfügung gestellt.
# Antwort der Landesregierung erstellt vom Ministerium für Inneres und Sport Vorbemerkung: …", "… KA 6/7013 Antwort der
# Landesregierung erstellt vom Ministerium für Arbeit und Soziales Frage: Bezug nehmend …?"; also sent by the
# Staatskanzlei, "erstellt von der Staatskanzlei/dem Ministerium für Kultur Vorbemerkung: …"; before the government's
# Vorbemerkung named as such („… erstellt vom Ministerium für Umwelt, Landwirtschaft und Energie Vorbemerkung der
# Landesregierung: Es handelt sich …“)
# (where the opening sentence „Namens der Landesregierung beantworte ich …“ follows it, that sentence leads in)
# Also before question 1 labelled „Frage 1: Wie hoch …?“, and before the one question printed without label or
# number, a question word leading it („… Umwelt Ist der Runderlass … überarbeitet worden? …“), where that question's
# line already begins at the cover.  Also after the askers' Vorbemerkung that closes on a quotation („… zuständigen
# Stelle festgelegt.“ Antwort der Landesregierung erstellt vom Ministerium für Landesentwicklung und Verkehr 1. …“).
_ST_ANSWER_COVER = re.compile(
    r"(?:(?<=[.?!\d]) |(?<=[.?!][“”\"]) |(?<=\n))"
    r"(Antwort der Landesregierung erstellt (?:vom|von der) [^.:]{5,120}?)\s+"
    r"(?=Vorbemerkung(?: der Landesregierung)?:|Frage:|Frage 1:\s|1\.\s+[A-ZÄÖÜ„\"]"
    r"|(?:Ist|Sind|Gibt|Hat|Haben|Wird|Werden|Wie|Welche[mnrs]?|Was|Wann|Warum|Plant|Kann|Können)\s[^?]{10,600}\?)"
)
# The sentence that opens the answer part: "… beantworte ich die Kleine Anfrage wie folgt:" (also "… beantwortet :").
# (not from the date after the askers of Berlin's cover: „… Bertram (LINKE) vom 01. März 2017 (Eingang …) und Antwort
# <title> Im Namen des Senats von Berlin beantworte ich …“)
# (not from the askers' request in brackets after the last question's '?', which is the question's: „… in Brandenburg?
# (bitte besonders auf die ländlichen Regionen eingehen) Namens der Landesregierung beantwortet …“)
# (also after a footnote's mark glued to a sentence's full stop, a capital after it: Sachsen-Anhalt's askers'
# Vorbemerkung „… verabschiedet werden.1 Antwort der Landesregierung erstellt vom … beantworte ich … wie folgt:“)
_OPENING = re.compile(
    r"(?:(?<=[.?!:)]) |(?<=[a-zäöüß]{3}[.!?]\d) (?=[A-ZÄÖÜ]))(?!vom )(?!\((?:[Bb]itte|[Gg]gf\.)[^()]*\) )"
    r"((?:(?![?!] |(?<!\d)(?<!Nr)\. )[^:]){0,300}?" + OPENING_WORDS + " ?:)"
)
_ASKING = re.compile(r"(?<=[.?!:)\d]) ([^.?!:]{0,120}?\b(?:frage|fragen) (?:ich|wir)? ?(?:daher |deshalb )?den Senat:)")
# (also without its colon right before question 1 or 1.1: "Ich frage die Staatsregierung 1.1 Welche …"; also after
# a phrase that leads it in: „… nicht in der Lage. Vor diesem Hintergrund frage ich die Staatsregierung: 1.1 Wie …“)
_ASKING_PLAIN = re.compile(
    r" ((?:(?:Ich|Wir) frage[n]?"
    r"|(?:Vor diesem Hintergrund|Aus diesem Grund|In diesem Zusammenhang) frage[n]? (?:ich|wir))"
    # (also with a semicolon misprinted for its colon right before question 1: Rheinland-Pfalz's „Ich frage die
    # Landesregierung; 1. Wie ist …?“)
    r" (?:daher |deshalb )?die (?:Landes|Staats|Bundes)regierung(?::|;?(?= 1\.1? [A-ZÄÖÜ])))"
)
# The first letters of a question's follow-up „Wenn ja“, „Wenn nein“, „Falls ja“, „Falls nein“, where a copy stops
# („Wen“, „Wenn n“), at least three.
_CUT_FOLLOW_UP = "|".join(
    sorted(
        {
            re.escape(phrase[:end])
            for phrase in ("Wenn ja", "Wenn nein", "Falls ja", "Falls nein")
            for end in range(3, 10)
        },
        key=len,
        reverse=True,
    )
)
# After the askers' request the question may go on: a second request („… seit 2013 durchgeführt wurden. Bitte
# unterteilen Sie die Aufstellung nach Art des Aufwandes, z. B. Personalkosten, Fahrtkosten, Materialien usw.“), or a
# further sentence that asks („… als Diagramm oder Tabelle darstellen. Befindet sich die Population … im Sinne der
# FFH-Richtlinie?“), both Sachsen-Anhalt's; within the line, before the answer's first sentence.
_ASKED_ON = (
    r"(?: +(?:Bitte (?:[^.?!\n]|(?:" + _ABBREVIATED + r"|(?<=\bz)(?=\. B\.)|(?<=\bu)(?=\. a\.))\.(?= \S)){3,320}"
    r"\.(?= [A-ZÄÖÜ])"
    r"|[A-ZÄÖÜ](?:[^.?!\n]|(?:" + _ABBREVIATED + r")\.){5,300}\?(?![A-Za-zÄÖÜäöüß!])))*"
)
_AFTER_QUESTION = re.compile(  # not a '?' glued to a word: a scan's "17 °/o ?eträgt?"
    # (nor the '?' of a „?!“, which ends with its '!': Berlin's title „„Battlestress im Rosenbeet“?! Perspektiven …“)
    r"\?(!?)(?![A-Za-zÄÖÜäöüß!])"
    # (with a second '?' the note closes on: Brandenburg's „… getragen? (bitte aufschlüsseln nach Land/Bund/EU)? Zu
    # Frage 2: …“, or a full stop: Berlin's „… (Bitte nach Schulen … gesondert kennzeichnen). Zu 1.: …“)
    r"( *\((?:[Bb]itte|[Gg]gf\.)[^()]*\)(?:[?.](?=\s|$))?"
    # (also where the copy stops inside that note: Sachsen's „Frage 3: Wie viele …? (Bitte Entwicklung … - Altersgru“)
    r"| *\((?:[Bb]itte|[Gg]gf\.)[^()\n]*$"
    # (… or inside the askers' request in a sentence of its own: Niedersachsen's „… zurück? Dabei bitte ich um“)
    r"| +Dabei bitte(?: ich| wir)?\b[^.?!()\n]{0,200}$"
    # (… or the askers' wish in the subjunctive, how they would have the answer: Sachsen-Anhalt's „… ergeben? Eine
    # Beantwortung in elektronischer Form wäre ausreichend. Die Datenbank …“)
    r"| +Eine (?:Beantwortung|Antwort|Auflistung|Aufstellung|Darstellung|Übersicht)\b[^.?!()\n]{0,120} wäre"
    r" (?:ausreichend|wünschenswert)\.(?= [A-ZÄÖÜ]| *(?:\n|$))"
    # (… or inside its follow-up „Wenn ja, …“ / „Wenn nein, …“, also in its first word: the Bundestag's „… bereits
    # geschlossen? Wen“)
    r"| +(?:(?:Wenn|Falls) (?:ja|nein)\b[^.?!()\n]{0,200}|" + _CUT_FOLLOW_UP + r")$"
    # a short note in brackets before the next sentence or line (Hessen: "…? (Insgesamt und prozentual ) Frage 2.",
    # also with its own full stop: "…? (Angaben als Streckenliste). Erlegt wurden …")
    r"| *\([A-ZÄÖÜa-zäöü][^().?!:;]{2,100}\)\.?(?= [A-ZÄÖÜ]| [b-h][).] [A-ZÄÖÜ]| *(?:\n|$))"
    # (a date's day inside it is no full stop: "Bitte pro Wehr jeweils zum Stichtag 1. Januar angeben."; nor a full
    # stop inside brackets: "Bitte nach Jahr (für 2020 zum Stichtag 20.02.) separiert … darstellen."; nor an
    # abbreviation's or a quarter's: Sachsen-Anhalt's „Bitte alle Radwege … aufführen, für welche gegenwärtig bzw.
    # absehbar im I. Quartal 2017 Baurecht vorliegt.“; also „Angaben bitte für 2010 bis 2013, … Geburten.“)
    # (also a request without „bitte“, an infinitive closing it: Hamburg's „… für das Jahr 2017 entstanden? Wenn
    # möglich , Zusammensetzung der Kosten aufschlüsseln. Die Kosten können …“)
    r"| +(?:Wenn|Falls|Soweit) möglich ?,? [^.?!]{3,200}? (?:aufschlüsseln|auflisten|aufführen|angeben|darstellen"
    r"|ausweisen|benennen|differenzieren)\.(?= [A-ZÄÖÜ])"
    # (also after „Jeweils“: Hamburg's „… der Straßenbäume? Jeweils bitte nach Bezirken … aufschlüsseln. Siehe …“)
    r"| +(?:(?:Wenn|Falls) (?:ja|nein),? b|Angaben? b|Jeweils b|B)itte (?:[^.?!]|\([^()?!]{1,150}\)|(?<=\d)\.(?= (?:"
    + _MONTHS
    + r")\b)"
    # (nor the full stop of a question's number the request points to, a small word after it: Hamburg's „… der
    # Belegung? Bitte analog zu 1. aufbereiten. In Hamburg gibt es …“)
    r"|(?:(?<= zu \d)|(?<= zu \d\d))\.(?= [a-zäöüß])"
    r"|(?:" + _ABBREVIATED + r"|(?<= I)|(?<= II)|(?<= III)|(?<= IV))\.(?= \S)"
    # (up to 400 characters: Hamburg's request that names what to list, „… Welche neuen Flüge …? Bitte jeweils die
    # Fluggesellschaft, das Ziel/der Abflugort, … aufgeführt sind. Eine Auflistung …“, 370)
    r"){3,400}"
    # (also closing on „!“ before the answer's label: Schleswig-Holstein's „… durchzuführen? Bitte nach Frage
    # aufschlüsseln! Antwort: …“)
    # (the answer's first word as a scan reads its capital I: Sachsen's „… Bitte nach Jahren aufschli,isseln. lm
    # Freistaat Sachsen werden …“)
    r"(?:\.(?= [A-ZÄÖÜ]| l[mn] \w)" + _ASKED_ON + r"|!(?= Antwort:| *\n)))?"
    r" *(?=[\S\n]|$)"
)
# The questions right before a Saarland-style answer heading ``Zu Frage 2:``: printed without a number,
# they start after the last sentence that does not end with '?' (a full stop after a word, not a date's).
# NRW's sentence naming who answered, after the askers' Vorbemerkung: "Der Minister des Innern hat die Kleine
# Anfrage 1161 mit Schreiben vom … beantwortet." (a sentence of its own in print, not the Vorbemerkung's).
_MINISTRY_SENTENCE = re.compile(
    r"(?<=[.?!“\"]) (?=(?:Der|Die) (?:stellvertretende )?(?:Ministerpräsident|Minister|Chef)\w*\b[^.]{0,250}? hat"
    r" (?:im Einvernehmen mit [^.]" + SENDER_SPAN + r" )?die Kleine Anfrage \d+ )"
)
_UNNUMBERED_HEADING = re.compile(
    r" (?=Zu (?:der )?Frage \d{1,3}:|Zu (?:den )?Fragen? \d{1,3}(?:\s*(?:,|und|bis|-|–)\s*\d{1,3})+\s*:)"
)
# (also after a bracket that closes on a figure: "… 14 unbesetzte Stellen (zum 01.11.2016: 15). Wie viele …?")
_SENTENCE_BREAK = re.compile(r"(?:(?<=[a-zäöüß)]{2}[.!])|(?<=\d\)[.!])|(?<=[.!?][“\"])) (?=[„\"]?[A-ZÄÖÜ])")
# Where else an unnumbered question may begin (Saarland): after a full stop set off by a space ("… zu erhöhen .
# Konnten …?"), and at its part a) after a table's last figure ("… Insgesamt 266 263 529 a) Wie viele …? b) …?").
_QUESTION_BREAK = re.compile(r"(?<=[a-zäöüß]{2} [.!]) (?=[„\"]?[A-ZÄÖÜ])|(?<=\d) (?=a\) [A-ZÄÖÜ])")
_SUB_PART = re.compile(
    # (Hamburg letters its parts „b. Wie …?“; not the second letter of an abbreviation: „auf den o. g. Grundstücken“)
    r"(?<=[?.])(?<!(?<![\w.])[a-z]\.) (?=[b-h][).] [A-ZÄÖÜ])"
    # … and part a) asked after the stem's answer, where b) follows its '?' („Antwort: Ja. a) Wenn nein, warum
    # nicht? b) Wenn nein, …?“, Schleswig-Holstein)
    r"|(?<=[A-ZÄÖÜa-zäöüß][a-zäöüß]\.) (?=a\) [A-ZÄÖÜ][^.?!\n]{0,300}\?\s+b\) [A-ZÄÖÜ])"
)
# Abbreviations a number belongs to: a citation ("Art. 3 Grundgesetz", "§ 60a Abs. 2 Satz 4", "Nr. 3 Buchst. a") or
# an amount ("rd. 294 Mio. Euro", "ca. 690 Mio. €", "u. a. 3 Fälle").
_NUMBERED_BY = (
    "Art Abs UAbs Nr Nrn Ziff Buchst lit Kap Abschn Tz Rn Rdnr Randnr Anl Tab Abb Bd S Pkt Drs Az Fn Hs Alt Var"
    " ca rd insg mind max zzgl inkl bzw vgl gem ggf z._B u._a d._h"
)
_AFTER_ABBREVIATION = "".join(rf"(?<!\b{re.escape(word).replace('_', ' ')}\.)" for word in _NUMBERED_BY.split())
# A page number left between two sentences; not the year of a date printed "20. 10. 78", nor the number after an
# abbreviation.  Also before the next question's number ("… wer hat das organisiert? 2 4. Wenn ja, …"), not before a
# date.
# Nor a count that opens a sentence: „… wieder heimisch. 150 Jahre nach seiner Ausrottung konnte …“.
_COUNTED = (
    r"(?:Jahre|Jahren|Monate|Monaten|Wochen|Tage|Tagen|Stunden|Minuten|Prozent|Euro|Millionen|Milliarden|Mio|Mrd"
    r"|Personen|Menschen|Kinder|Stück|Kilometer|Meter|Hektar|Fälle|Fällen)\b"
)
_STRAY_PAGE = re.compile(
    r"(?<=[.?!])(?<!\d\. \d\.)(?<!\d\. \d\d\.)" + _AFTER_ABBREVIATION + r" \d{1,3} "
    r"(?=(?!" + _COUNTED + r")[A-ZÄÖÜ][a-zäöü]|\d{1,3}\. (?!(?:" + _MONTHS + r")\b)[A-ZÄÖÜ][a-zäöü])"
)
# (not where the copy stops in the conjunction after a suspended compound's hyphen: „… an Bundes- un“ is „Bundes- und
# …“ cut, no word „Bundesun“)
_HYPHEN_LOWER = re.compile(
    r"(?<=[a-zäöüß])- (?=[a-zäöüß])(?!" + SUSPENSION_WORD + r")(?!(?:un?|o|od|ode|bz|sow|sowi)\s*$)"
)
_HYPHEN_UPPER = re.compile(r"(?<=[a-zäöüß])- (?=[A-ZÄÖÜ])")
# Closing material after the last answer: greeting, place and date, signature, letterhead.
_CLOSING = (
    # "Mit freundlichen Grüßen", also OCR's "7 eundlicher Grüßen" and after a figure ("… 45 Mit …"); not
    # "… endete mit freundlichen Grüßen an …" inside a sentence.
    re.compile(r"(?<!\bmit) (?:Mit |(?!mit\b)\S{1,3} )?\S{0,3}eundliche[nr]? Grüßen\b.*$"),
    re.compile(
        r" (?:Berlin|Dresden|Wiesbaden|Mainz|Kiel|Erfurt|Potsdam|Magdeburg|Schwerin|München|Stuttgart"
        r"|Hannover|Düsseldorf|Saarbrücken|Bremen|Hamburg), den \d{1,2}\.\s*\S+ \d{4}\b.*$"
    ),
    # Without "den" ("Wiesbaden, 8. November 2017 Stefan Grüttner"): only as the signature, a name after the date and
    # then the page-1 footer ("Eingegangen am …", a page break) or the end; never a place and date inside a sentence.
    re.compile(
        r" (?:Berlin|Dresden|Wiesbaden|Mainz|Kiel|Erfurt|Potsdam|Magdeburg|Schwerin|München|Stuttgart|Hannover"
        r"|Düsseldorf|Saarbrücken|Bremen|Hamburg), \d{1,2}\.\s*[A-ZÄÖÜ][a-zäöü]+ \d{4}(?: [A-ZÄÖÜ][\w.-]*){1,4}"
        r"(?= Eingegangen am\b| ¶| *$).*$"
    ),
    re.compile(
        # also signed for the minister: "In Vertretung: Günter Kern Staatssekretär" (Rheinland-Pfalz)
        r"(?<= )(?<!Dr\. )(?<!Prof\. )(?:In Vertretung:? )?(?!(?:Der|Die|Das)\b)(?:Prof\. )?(?:Dr\. )?"
        r"[A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?"
        r" (?:Staatsministerin|Staatsminister|Ministerin|Minister|Staatssekretärin|Staatssekretär)"
        # and the first letters of Thüringen's page-1 box printed last, where the copy stops („… Minister K“, „K l e“),
        # or Rheinland-Pfalz's page foot after the signature, its number whole or cut („… Staatssekretär Drucksache
        # 16/“)
        r"(?: [A-ZÄÖÜ](?: [a-zäöü]){0,3}| Drucksache \d{1,2} ?/ ?\d{0,6})?\s*$"
    ),
    # the askers' own signature closing a Kleine Anfrage printed alone, right after its last question:
    # Baden-Württemberg's „… Rechnung getragen? 11.10.2016 Dr. Bullinger FDP/DVP“ (the date, the name, the party
    # spelled with capitals, the text's end; not a copy that stops in the heading after it: „… Herre AfD Begr“)
    re.compile(
        r"(?<=\?) \d{1,2}\.\d{1,2}\.\d{4}(?: (?:Dr\.|Prof\.))*(?: [A-ZÄÖÜ][\w-]+){1,3}"
        r"(?: [A-ZÄÖÜ][\w/.-]*[A-ZÄÖÜ/][\w/.-]*){1,2}\s*$"
    ),
)
# An annex after the closing names itself with what it belongs to or its own title: "Anlage zu Drs.-Nr. 6/12680 …",
# "Anlage 1: Übersicht …"; not the bare "Anlage" a signature lists as enclosed.
_ANNEX_AFTER_CLOSING = re.compile(r" (?:Anlage|Anhang)(?: \d{1,2})?(?: zu (?:Drs|Drucksache)\b|:? [A-ZÄÖÜ][a-zäöü]).*$")
_ANNEX_LABEL = re.compile(
    r"(?:Anlage|Anhang)(?: \d{1,2})?(?: zu (?:Drs\.?-?Nr\.?:?|Drucksache) ?\d{1,2} ?/ ?\d{1,6})?:?"
)
_TRANSCRIPT_PAGE = re.compile(r"^(\d{1,3}) (\S.{200,})$")
_TRANSCRIPT_LAST_PAGE = re.compile(r"^(\d{1,3}) (\S.*)$")  # may be short: the last rows, a signature
# A footnote that cites a source, left where its page ended: "… nicht möglich. 1 https://www.derwesten.de/…",
# "… Protestgeschehen“. 1 Vgl. https://…/.", "1 Siehe dazu: https://…" — a number after a sentence, then the
# address; or "1 Vgl. Drs. 17/1524." right before the page's furniture (a page break ¶), several in a row, also after
# a marker ("… Ja.2 1 Vgl. …").
_CITES = r"(?:[Vv]gl\.|[Ss]iehe|Quelle:?|Ebd\.|https?://|www\.)"
_SOURCE_FOOTNOTE = re.compile(
    r"(?<=[.!?“\")]) (?P<number>\d{1,2}) (?P<text>(?:[Vv]gl\.:? |Quelle:? |[Ss]iehe (?:dazu|hierzu):? )?"
    r"(?:https?://|www\.)\S+)(?= |$)"
    r"|(?:(?<=[.!?“\")])|(?<=[.!?“\")]\d)|(?<=[.!?“\")]\d\d)) (?P<block>\d{1,2} "
    + _CITES
    + r"(?:(?!\?|\d{1,3}\. [A-ZÄÖÜ])[^¶]){0,600}?) ?(?=¶)"  # never a question or a numbered one inside
)
_NEXT_FOOTNOTE = re.compile(r" (?=\d{1,2} " + _CITES + ")")
# The number a cut copy ends on after a question: the next question's ("… im Volltext? 7.1", Bayern) or a page
# number; never text of an answer (not a citation's "(Drs. 1", cut).
_CUT_NUMBER = re.compile(r"(?<=\?) \d{1,3}(?:\.\d{1,2})?\.?$")
# ... or right inside the request after the last question ("… sind dort ausgewiesen? (bitt"): the question is whole
# (or inside any note in brackets: "… in Sachsen tätig? (Aufschlüsselung bis in das Jahr")
_CUT_REQUEST = re.compile(r"(?<=\?) \((?:[Bb]itt|[Gg]gf)[^()?]{0,40}$|(?<=\?) \([A-ZÄÖÜa-zäöü][^().?!:;]{0,60}$")
# ... or inside the next page's head, its furniture pattern not yet whole ("… umgesetzt? LANDTAG NORDRHEIN-WESTFALEN
# - 17. Wahlperiode Druck"): no word of an answer
_CUT_HEAD = re.compile(
    # (also Mecklenburg-Vorpommern's head, the Drucksache first, cut anywhere: „… werden konnte. Drucksache 6/3376
    # Landtag Mecklenburg-Vorpommern - 6. Wahlp“)
    r"(?<=[.?!)]) (?:(?:LANDTAG|Landtag) [A-ZÄÖÜ][\w-]*(?: [-–] \d{1,2}\. Wahlperiode(?: \w*)?)?"
    r"|Drucksache \d{1,2} ?/ ?\d{1,6} Landtag [A-ZÄÖÜ][\w-]*(?: [-–](?: \d{1,2}(?:\.(?: W[a-z]*(?: \w*)?)?)?)?)?"
    r"|Drucksache \d{1,2} ?/ ?\d{0,6})$"
)
# ... or inside Hamburg's head of the next page, the Drucksache first, where the copy stops in it after an answer's
# words („… 06.30 bis 09.30 (Schwimmclub) Drucksache 21/605 Bürgerschaft der Freien und Hansestad“): the head is no
# word of the answer (its whole word „Bürgerschaft“ at least, then the head's words as printed, cut anywhere)
_CUT_HH_HEAD = re.compile(
    r"(?<=\S) Drucksache \d{1,2} ?/ ?\d{1,6} (?P<words>Bürgerschaft[A-Za-zäöüß ]{0,40}?)"
    r"(?: [–-](?: \d{1,2}(?:\.(?: W[a-z]{0,11})?)?)?)?$"
)
_HH_HEAD_WORDS = "Bürgerschaft der Freien und Hansestadt Hamburg"


def _without_cut_hh_head(text: str, code: str | None) -> tuple[str, str]:
    """``text`` without Hamburg's next page head where the copy stops in it, and the head's last words (else
    ``text`` and "")."""
    found = _CUT_HH_HEAD.search(text) if code == "hh" else None
    if found is None or not _HH_HEAD_WORDS.startswith(found["words"]):
        return text, ""
    return text[: found.start()], " ".join(found.group(0).split()[-5:])


# Bayern's page head, whole, as the last words of a copy: „17. Wahlperiode 23.05.2014 [Drucksache ]17/1693 Bayerischer
# Landtag“ (the Wahlperiode's number the Drucksache's)
_LAST_HEAD = re.compile(
    r"(?<=[.?!)¶]) (?P<period>\d{1,2})\. Wahlperiode \d\d\.\d\d\.\d{4} (?:Drucksache )?(?P=period) ?/ ?\d{1,6}"
    r" Bayerischer Landtag$"
)
# ... or inside Thüringen's letter-spaced page-1 box printed last („… Somit sind bisher fünf K l e i n e A n f r a g e
# d“, set solid „KleineAnfraged“ or „Kleine Anfrage des“): the box is no word of the answer, which the copy cuts there
_CUT_BOX = re.compile(r"(?<=\S) (?:Kleine Anfrage(?: de[sr])?|(?P<joined>Kl[a-z]*(?:A[a-z]*)?))$")
_BOX_WORDS = "KleineAnfragedes"
# ... or further on, in the askers' name, before their party's bracket and any page break („… Kleine Anfrage des
# Abgeordneten H“)
_BOX_CUT_IN_NAME = re.compile(r"Kleine Anfrage de[sr] Abgeordneten(?: [A-ZÄÖÜ][\w.-]*){0,3}")


def _without_cut_box(text: str, code: str | None) -> str:
    """``text`` without the first letters of Thüringen's page-1 box where a copy stops in them."""
    found = _CUT_BOX.search(text) if code == "th" else None
    joined = found.group("joined") if found else None
    if not found or (joined is not None and not (len(joined) >= 4 and _BOX_WORDS.startswith(joined))):
        return text
    return text[: found.start()]


# ... or right on the next question's label of a layout that labels each ("… gibt es nicht. Frage" where the questions
# read "Frage 1. Welche …?", Hessen): the label is no word of the answer
_CUT_LABEL = re.compile(r"(?<=[.?!)]) Frage(?: \d{1,3}\.?)?$")
# (also the first, right after Sachsen-Anhalt's cover: „… Digitalisierung Frage 1: Wie hoch …?“)
_LABELS = re.compile(r"(?:^|(?<=[.?!:)] )|(?<=[a-z] )(?=Frage 1: [A-ZÄÖÜ]))Frage \d{1,3}[.:] ")
# ... or on the label of the answer after the last question (Berlin: „… vergeben? Antwort zu“, where an earlier answer
# reads „Antwort zu 1:“): the question has no answer in the copy
# ... or in the first letters of an answer's heading „Zu Frage 3:“ (Rheinland-Pfalz: „… von Stechmücken. Zu Frag“),
# where the answers before it are headed so
_CUT_ZU_LABEL = re.compile(r"(?<=[.?!)]) Zu F(?:r(?:a(?:ge?)?)?)?(?: \d{1,3}\.?)?$")
_ZU_LABELS = re.compile(r"(?<=[.?!:)] )Zu Frage \d{1,3}: ")
_CUT_ANSWER_LABEL = re.compile(r"(?<=\?) Antwort(?: zu(?: Frage)?(?: \d{1,3}[a-z]?\.?)?)?$")
_ANSWER_LABELS = re.compile(r"(?<=[.?!:)] )Antwort zu (?:Frage )?\d{1,3}[a-z]?\.?:")
# ... or in Bayern's heading of the answer part, before its date, after the last question printed without '?' („… an
# den oberbayerischen Krankenhäusern Antwort des Staatsministeriums für Gesundheit und Pfleg“): no word of the
# question, no answer follows (after a '?' the heading is read where the questions are split)
_CUT_ANSWER_PART = re.compile(r"(?<=[a-zäöüß]) Antwort des (?:Staats)?[Mm]inisteriums\b[^.?!:]{0,150}$")
# A footnote's star after a question's '?' ("… bei den Fehlalarmierungen?* 2. Zu wie vielen …"): the note is printed
# at the foot of the page, the star would keep the next question's number from starting a line.
_STAR_AFTER_QUESTION = re.compile(r"(?<=\?)\*(?= )")
# Sachsen's letterhead up to the page-1 footer with the ministry's address ("Hausanschrift: … Bitte beim Empfang …
# melden."), or up to the letter where the footer is printed after it ("… Dresden, 3. Juli 2015 Kleine Anfrage der
# Abgeordneten …", a page-2 head "STAATSMINISTERIUM DES INNERN Freistaat SACHSEN" right before "Frage 4:"); the
# footer alone where it stands between two questions.
_LETTER = r" (?:Kleine Anfrage\b|Sehr geehrte|Frage \d{0,3} ?:)"
# (the page-1 footer where the copy stops in it, after the last question, the ministry named without „Sächsisches“
# and the family audit's seal printed before it: „… darauf reagiert? Zertifikat seit 2007 audK berufundfamilie
# Hausanschrift: Staatsministerium für Wissenschaft und Kunst Wigar“)
_CUT_FOOTER = (
    r"(?<=\?)(?: Zertifikat seit \d{4}\b[^?:]{0,60}?)?"
    r" Hausanschrift[:;] (?:Sächsische[sn] )?Staatsministerium [^?]{0,300}$"
)
_LETTERHEAD = re.compile(
    # (page 2's head alone right after page 1's footer, where the answer's sentence goes on after it: „… Bitte beim
    # Empfang … melden. STAATSM1NISTEKIUM DES INNERN Freistaat SACHSEN Gemäß Art. 50 der Verfassung …“ — not the
    # letterhead of page 1, „Der Staatsminister“ after it)
    r"(?<=melden\.) [A-ZÄÖÜ][A-ZÄÖÜ0-9]{3,}(?: [A-ZÄÖÜ0-9]{2,}){0,4} Freistaat(?: -)? ?~?SACHSEN"
    r"(?= (?!(?:Der|Die) Staatsminister)[A-ZÄÖÜ][a-zäöüß]+ )|"
    # (a scan's "~SACHSEN" or „Freistaat - SACHSEN“; the coat of arms read as „l5“ before it, or as specks of dots
    # and quotes around one letter: „...c''''"“)
    r"(?: [A-ZÄÖÜ][A-ZÄÖÜ0-9]{3,}(?: [A-ZÄÖÜ0-9]{2,}){0,4}| l5| [.,'\"’‘´`]{2,}[A-Za-z]?[.,'\"’‘´`]{2,})?"
    r" Freistaat(?: -)? ?~?SACHSEN\b"
    rf"(?:(?!{_LETTER}).)*?(?:Bitte beim Empfang.{{0,40}}? melden\.|(?={_LETTER})|$)"
    r"| Hausanschrift: Sächsische[sn] [^?]{0,400}?Bitte beim Empfang.{0,40}? melden\."
    # (the footer of a ministry that prints no „Bitte beim Empfang … melden.“, read „Hausanschrift;“ by the scan, where
    # it stands between an answer and the next question: „… sicherzustellen. Hausanschrift; Sächsisches
    # Staatsministerium für Soziales … Dresden, ^Juli 2015 www.sms.sachsen.de STAATSMVNISTE’RIU’M FÜR … Frage 4:“)
    r"| Hausanschrift[:;] Sächsische[sn] Staatsministerium [^?]{0,500}?(?= Frage \d{1,3} ?:)"
    rf"|{_CUT_FOOTER}"
    # (the side column printed between a question and its answer where page 1 breaks there, its „Der Staatsminister“
    # read with the letterhead above: „… vor einem Befall schützen? Durchwahl Telefon … Ihr Zeichen … Hausanschrift:
    # Sächsisches Staatsministerium für Umwelt und Landwirtschaft Archivstraße 1 01097 Dresden Die Maßnahmen …“; and
    # its footer where the copy stops in it after the answer: „… verwiesen. www.smul.sachsen.de Verkehrsverbindung: Zu
    # erreichen mit den Straßenbahnlinien 3, 6, 7, 8, 13 Für Besucher mi“)
    r"|(?<=\?) Durchwahl Telefon\b[^?]{0,700}?Hausanschrift: Sächsische[sn] Staatsministerium [^?]{0,150}?"
    r"\b0\d{4} Dresden(?= [A-ZÄÖÜ][a-zäöü])"
    # (only where the copy stops inside it: a full stop after it is the next page's sentence, which stays)
    r"|(?<=[.!])\s+(?:¶\s+)?www\.? ?[a-z]+\. ?sachsen\.de Verkehrsverbindung: [^?.]{0,400}$"
    # (a ministry's side column printed without „Freistaat SACHSEN“ before it, after page 1's text, up to its footer
    # and the letter-spaced name under it: „… westlich Grethen“. Der Staatsminister Durchwahl Telefon: 0351 … Kein
    # Zugang für elektronisch signierte sowie für verschlüsselte elektronische Dokumente. S T A A T S M I N“)
    r"| (?:Der Staatsminister|Die Staatsministerin) Durchwahl Telefon\b[^?]{0,900}?"
    r"(?:Kein Zugang für elektronisch signierte sowie für verschlüsselte elektronische Dokumente\."
    rf"(?: STAATSM[A-ZÄÖÜ]*(?: [A-ZÄÖÜ]{{2,}})*(?= |$))?|(?={_LETTER})|$)"
)


@dataclass(frozen=True)
class FlatText:
    """Lines re-segmented from a flat text, and the furniture and closing taken out of it."""

    lines: list[str]
    notes: list[str]
    # False when nothing closes the text (no signature, place and date, greeting, page head printed last): a copy
    # that ends in its last answer, so a last word without full stop is a cut even when capitalised ("Neuwie").
    closed: bool = True
    footnotes: tuple[Footnote, ...] = ()
    cut_label: str = ""  # the next question's label a copy ends on ("Frage"), taken off the last answer
    # the last words of Sachsen's letterhead where the copy stops inside it, before its footer („… Hausanschr“)
    cut_letterhead: str = ""
    # the last words of Sachsen's page-1 footer where the copy stops inside it after the last question (_CUT_FOOTER)
    cut_footer: str = ""
    # Thüringen's page-1 box where the copy stops in it, in or before the askers' name („… des Abgeordneten“)
    cut_box: str = ""
    # Hamburg's next page head where the copy stops in it after an answer's words (_CUT_HH_HEAD)
    cut_head: str = ""


def transcript_pages(pages: list[list[str]]) -> list[list[str]]:
    """A document host's transcript (docplayer.org): the site's head up to ``Transkript``, then every
    page on one line behind its number, the printed page number often repeated (``2 2 1. Welche …``).
    The pages without the site's head and the numbers; other texts unchanged."""
    lines = [line.strip() for page in pages for line in page]
    if "Transkript" not in lines:
        return pages
    rows = [line for line in lines[lines.index("Transkript") + 1 :] if line]
    last = len(rows) - 1
    found = [(_TRANSCRIPT_LAST_PAGE if i == last else _TRANSCRIPT_PAGE).match(row) for i, row in enumerate(rows)]
    numbers = [int(match.group(1)) if match else 0 for match in found]
    if not found or numbers != list(range(1, len(found) + 1)):
        return pages
    return [[re.sub(rf"^{number} ", "", match.group(2))] for number, match in zip(numbers, found, strict=True) if match]


def is_flat(pages: list[list[str]]) -> bool:
    """True when the lines are on average longer than any printed line (one long line, or a
    few paragraphs); a single long line (a URL, a table row) in printed text is not enough."""
    lines = [line for page in pages for line in page if line.strip()]
    return bool(lines) and sum(map(len, lines)) / len(lines) > _FLAT_LINE


def resegment(pages: list[list[str]]) -> FlatText:
    """Cut a flat text into the lines a printed answer would have."""
    text = " ".join(" ".join(line.split()) for page in pages for line in page if line.strip())
    code = parliament_in(text[:800]) or find_parliament(text) or parliament_by_signal(text)
    text = unspace(text)
    notes: list[str] = []
    for pattern in furniture_patterns(code):
        notes.extend(m.group(0) for m in pattern.finditer(text))
        text = pattern.sub(" ¶ ", text)  # a page break: a question may start after it
    letterheads = list(_LETTERHEAD.finditer(text))
    notes.extend(m.group(0).strip() for m in letterheads)
    # the page's footer printed last: the page ends there, whatever the scan made of the greeting before it
    footed = any(m.group(0).endswith("melden.") and m.end() >= len(text.rstrip()) for m in letterheads)
    last_head = letterheads[-1] if letterheads and letterheads[-1].end() >= len(text.rstrip()) else None
    cut_letterhead = " ".join(last_head.group(0).split()[-5:]) if last_head and not footed else ""
    footer = re.search(_CUT_FOOTER, text.rstrip())
    cut_footer = " ".join(footer.group(0).split()[-5:]) if footer else ""
    text = _LETTERHEAD.sub(" ", text)
    text = " ".join(text.split())
    footnotes = tuple(note for m in _SOURCE_FOOTNOTE.finditer(text) for note in _footnotes(m))
    text = _SOURCE_FOOTNOTE.sub(" ¶", text)
    closed = footed
    cut_box = ""
    for pattern in tail_front_patterns(code):
        found = pattern.search(text)
        if found and found.end() < len(text.rstrip()):  # a cover after the question list: before the request
            before, rest = text[: found.start()], text[found.end() :]
            asking = _ASKING_PLAIN.search(before)
            at = asking.start() if asking else 0
            text = " ".join((before[:at], found.group(0), before[at:], rest))
        elif found and _BOX_CUT_IN_NAME.fullmatch(found.group(0)):
            # Thüringen's page-1 box where the copy stops in the askers' name („… Erstaufnahmeeinrich- K l e i n e
            # A n f r a g e des Abgeordneten H“): no cover to read, the copy stops there
            text = text[: found.start()].rstrip()
            cut_box = " ".join(found.group(0).split()[-5:])
        elif found:
            # the cover printed last of page 1, the later pages after it (their head taken off as a page break)
            cover, _, later = found.group(0).partition("¶")
            closed = closed or not later.strip(" ¶") or later.rstrip().endswith("¶")
            text = " ".join((cover.strip(), text[: found.start()].strip(), _without_repeated_title(later, text)))
    annex = ""
    for pattern in _CLOSING:
        found = pattern.search(text)
        closed = closed or bool(found)
        if found:
            closing, annexed = _without_annex(found.group(0))
            notes.append(closing.strip())
            text, annex = text[: found.start()], annexed or annex
    # (one label before it is enough: Sachsen-Anhalt's copy stops after answer 1 „… nicht liefern. Frage“)
    label = _CUT_LABEL.search(text) if not closed and _LABELS.search(text) else None
    if not label and not closed and _ANSWER_LABELS.search(text):
        label = _CUT_ANSWER_LABEL.search(text)
    if not label and not closed and _ZU_LABELS.search(text):
        label = _CUT_ZU_LABEL.search(text)
    if not label and not closed:
        label = _CUT_ANSWER_PART.search(text)
    if label:
        text = text[: label.start()]
    # Bayern's page head printed last, whole („… zur Verfügung. 17. Wahlperiode 23.05.2014 17/1693 Bayerischer
    # Landtag“): furniture, no sentence the copy stops in; it names the Drucksache (first of the notes, before the
    # imprint's „www.bayern.landtag.de“)
    last_head = None if closed else _LAST_HEAD.search(text)
    if last_head:
        notes.insert(0, last_head.group(0).strip())
        text = text[: last_head.start()]
    cut_head = ""
    if not closed:  # a copy cut right after the next question's number ("… im Volltext? 7.1") or in a head: no answer
        text, cut_head = _without_cut_hh_head(text, code)
        text = _CUT_REQUEST.sub("", _CUT_NUMBER.sub("", _CUT_HEAD.sub("", _without_cut_box(text, code))))
    text = _unstopped_numbers(_STAR_AFTER_QUESTION.sub("", text))  # (before a page number is looked for)
    text = _HYPHEN_UPPER.sub("-", _HYPHEN_LOWER.sub("", _STRAY_PAGE.sub(" ", text)))
    cut_label = label.group(0).strip() if label else ""
    return FlatText(
        [*_lines(text), *_annex_lines(annex)],
        notes,
        closed,
        footnotes,
        cut_label,
        cut_letterhead,
        cut_footer,
        cut_box,
        cut_head,
    )


def _without_repeated_title(later: str, text: str) -> str:
    """The later pages without their own last block's title, the one printed at the top of page 1 (Thüringen)."""
    last = later.rstrip(" ¶")
    starts = [m.start() for m in re.finditer(r"(?<!\S)\S", last)]
    repeated = next((at for at in starts if len(last) - at >= 20 and last[at:] in text[: len(text) - len(later)]), None)
    return (last[:repeated] if repeated is not None else last).strip()


def _footnotes(found: re.Match[str]) -> list[Footnote]:
    """The footnotes one match holds: an address, or the block of numbered citations before a page break."""
    if not found.group("block"):
        return [Footnote(int(found.group("number")), found.group("text"))]
    parts = (part.split(" ", 1) for part in _NEXT_FOOTNOTE.split(found.group("block")))
    return [Footnote(int(number), text.strip()) for number, text in parts]


def _without_annex(closing: str) -> tuple[str, str]:
    """The closing (greeting, signature, letterhead) and the annex printed after it (``Anlage zu Drs.-Nr. 6/12680
    Angezeigte Versammlungen … Chemnitz, Stadt 7 …``): an annex is text of the answer, kept."""
    found = _ANNEX_AFTER_CLOSING.search(closing)
    return (closing[: found.start()], found.group(0).strip()) if found else (closing, "")


def _annex_lines(annex: str) -> list[str]:
    """The annex as its heading (``Anlage zu Drs.-Nr. 6/12680``) and its text after a break."""
    annex = " ".join(annex.replace("¶", " ").split())  # furniture taken out of it leaves a page-break mark
    if not annex:
        return []
    label = _ANNEX_LABEL.match(annex)
    end = label.end() if label else len(annex)
    return ["", annex[:end].strip(), _HYPHEN_LOWER.sub("", annex[end:]).strip()]


# Niedersachsen's cover: the title between "Antwort des … namens der Landesregierung" and "Anfrage der Abgeordneten …,
# eingegangen am …" is a line of its own (a title that asks is no question: "Nachfragen - Missbraucht der
# Innenminister die Polizei für politische Zwecke?").
_NI_COVER = re.compile(
    r" (Antwort (?:des|der) [^¶?]{3,250}? namens der Landesregierung) (?P<title>[^¶]{3,400}?)"
    r" (?=Anfrage (?:des|der) Abgeordneten [^?¶]{3,400}?,"
    r" eingegangen am )"
)


# A question's parts numbered with it (Berlin: „… (Drs. 18/12443) 1.a) Liegt … vor? 1.b) Wenn ja: …? 1.c) …“): question
# 1 with its parts a), b), c), as Bayern prints them („1. a) Wie viele …? b) …?“).
_NUMBERED_PART = re.compile(r"(?:^|(?<=[.?!:)“\"] ))(\d{1,3})\.([a-h])\)(?= [A-ZÄÖÜ„\"])")
# … or with the letter after the number and a full stop (Berlin: „Frage 1: … abgestimmt werden soll. 1a. Welche …? 1b.
# Wer …? Antwort zu 1 a und b: …“): the same parts a), b) of question 1
_NUMBERED_PART_STOPPED = re.compile(r"(?<=[.?!:] )(\d{1,3})([a-h])\.(?= [A-ZÄÖÜ„\"])")


# A question numbered with its sub-number right after a page's head (Schleswig-Holstein: „… nach § 16 BrSchG. ¶ 1.1 Was
# waren die Gründe? Antwort: …“, the head „Drucksache 19/172 Schleswig-Holsteinischer Landtag - 19. Wahlperiode“
# taken out): it opens a line, as a question numbered „2.“ does there; only a sentence that ends on '?' within it
_SUB_QUESTION_AFTER_PAGE = re.compile(r" ?¶ (?=\d{1,2}\.\d{1,2} [A-ZÄÖÜ][^?.!:;¶]{5,300}\?)")


def _lines(text: str) -> list[str]:
    text = _NUMBERED_PART.sub(lambda m: f"{m.group(1)}. a)" if m.group(2) == "a" else f"{m.group(2)})", text)
    text = _NUMBERED_PART_STOPPED.sub(lambda m: "a)" if m.group(2) == "a" else f"{m.group(2)})", text)
    text = re.sub(r" ?¶ (?=\d{1,3}\.\s+[A-ZÄÖÜ])", _HARD, text)
    text = _SUB_QUESTION_AFTER_PAGE.sub(_HARD, text)
    text = re.sub(r"(?: ?¶ ?)+", " ", text)  # adjacent furniture (an issue note, then the next page's head) too
    text = _NI_COVER.sub(lambda m: _HARD + m.group(1) + _HARD + m.group("title") + _HARD, text)
    text = _sole_question(text)  # on the text as extracted: the lead-ins are still in their sentences
    text = _HEADING.sub(lambda m: _HARD + m.group(1) + _HARD, text)
    text = _title_before_question(text)
    text = _ANSWER_HEADING.sub(_HARD + "Antwort" + _HARD, text)
    text = _DATED_ANSWER_PART.sub(lambda m: _HARD + m.group(1) + _HARD, text)
    text = _ST_ANSWER_COVER.sub(lambda m: _HARD + m.group(1) + _HARD, text)
    text = _OPENING.sub(lambda m: _HARD + m.group(1) + _HARD, text)
    text = _ASKING.sub(lambda m: _HARD + m.group(1) + _HARD, text)
    text = _ASKING_PLAIN.sub(lambda m: _HARD + m.group(1) + _HARD, text)
    text = _MINISTRY_SENTENCE.sub(_HARD, text)
    text = _unnumbered_questions(text)
    text = _QUESTION_START.sub(lambda m: m.group(0) if _ordinal_in_labelled_question(text, m) else _HARD, text)
    text = _HARD.join(_unmarked_questions(text.split(_HARD)))
    text = _labelled_question(text)
    text = _BARE_LABEL.sub(_HARD, text)
    text = _QUESTION_AFTER_PART_ANSWER.sub(_HARD, text)
    text = _QUESTION_AFTER_FIGURE.sub(_HARD, text)
    text = _QUESTION_AFTER_REFERENCE.sub(_HARD, text)
    text = _QUESTION_AFTER_ANNEX.sub(_HARD, text)
    text = _QUESTION_AFTER_POINTER.sub(_HARD, text)
    text = _after_part_list(text)
    text = _PART_A_AFTER_WORD.sub(_HARD, text)
    text = _QUESTION_AFTER_TABLE_WORD.sub(_question_after_table_word, text)
    text = _ANSWER_MARKER.sub(_HARD, text)
    text = _AFTER_QUESTION.sub(lambda m: "?" + m.group(1) + (m.group(2) or "") + _SOFT, text)
    text = _SUB_PART.sub(_SOFT, text)
    return [line.strip() for line in text.split("\n")]


# After the last of a question's parts listed as names without a full stop („… (bitte … aufgelistet nach den Jahren 2009
# bis 2018)? a) Main-Spessart b) Bad Kissingen … k) Bayern 2. Wie viel Geld …?“, Bayern): the next question's number,
# a whole question after it, or Bayern's dated answer part („… k) Bayern Antwort des Staatsministeriums für Wohnen,
# Bau und Verkehr vom 04.09.2018 Zu 1. und 2.: …“).
_AFTER_NAME = re.compile(
    r"(?<=[\w)]) (?=\d{1,3}\.\s+[A-ZÄÖÜ][^.?!]{5,300}\?|" + DATED_ANSWER_PART + r" [A-ZÄÖÜ][a-zäöü])"
)
_PART_LIST_END = re.compile(r"(?:^|[?:] )a\) (?:[^.?!:()]{1,60}? [b-z]\) )+[A-ZÄÖÜ][^\s.?!:()]*(?: [^\s.?!:()]+){0,3}$")


# A question's number and its part a), a whole question, after the last word of an answer's table („… Quelle:
# Landesverbände 2. a) Wie entwickelte sich die Anzahl der Bienenvölker …?“, Bayern's repeated question) — not after a
# word that refers to it („siehe Antwort zu 2. a)“).
_PART_A_AFTER_WORD = re.compile(
    r"(?<=[a-zäöüß]{3})" + _NOT_REFERRING + r"(?<!\bzu)(?<!\bFrage) (?=\d{1,3}\. a\) [A-ZÄÖÜ][^.?!]{5,300}\?)"
)

# A whole question with its number after the last word of an answer's table, the next question's number right after
# its '?' (a one-line copy, Bayern: „… Saal (Donau) stufenfrei nicht barrierefrei 2. Welche der … genannten Haltepunkte
# … sind im „Bayernpaket 2013–2018“ … mitaufgenommen ? 3. Welche …?“) — not after a word that refers to it („siehe
# Antwort zu 2. Welche …“), nor where the number after the '?' is not the next one.
_QUESTION_AFTER_TABLE_WORD = re.compile(
    r"(?<=[a-zäöüß]{3})" + _NOT_REFERRING + r"(?<!\bzu)(?<!\bFrage) (?=(?P<number>\d{1,3})\. "
    r"(?:Wie|Welche[mnrs]?|Was|Wer|Wann|Wo|Warum|Inwie(?:weit|fern)|Gibt|Ist|Sind|Hat|Haben|Plant|Wird|Werden)\b"
    r"[^.?!]{5,300}\?\s*(?P<next>\d{1,3})\. [A-ZÄÖÜ])"
)


def _question_after_table_word(found: re.Match[str]) -> str:
    return _HARD if int(found.group("next")) == int(found.group("number")) + 1 else found.group(0)


def _after_part_list(text: str) -> str:
    """Break where :data:`_AFTER_NAME` follows a list of parts :data:`_PART_LIST_END` ends (looking back at most a
    line's 400 characters)."""

    def broken(found: re.Match[str]) -> str:
        start = max(text.rfind("\n", 0, found.start()) + 1, found.start() - 400)
        return _HARD if _PART_LIST_END.search(text, start, found.start()) else found.group(0)

    return _AFTER_NAME.sub(broken, text)


# A question number printed without its full stop after the question before („… festgelegt? 2 Wie stark hat der
# Verkehr … zugenommen? 3. Wonach …“, Rheinland-Pfalz): the number between its neighbours, a question after it, also
# its part a) („… Städten)? 2 a) Wie entwickelte sich …? b) Welche …? 3. Wie …“, Bayern).
_UNSTOPPED = re.compile(r"(?<=\?) (\d{1,2}) (?=(?:a\) )?[A-ZÄÖÜ])")


def _unstopped_numbers(text: str) -> str:
    """``? 2 Wie …?`` between ``1. …?`` and ``? 3. …`` as ``? 2. Wie …?``."""

    def stop(found: re.Match[str]) -> str:
        number = int(found.group(1))
        before = text[max(0, found.start() - 1500) : found.start()]
        after = text[found.end() : found.end() + 1500]
        if (
            number >= 2
            and re.search(rf"(?<!\S){number - 1}\.\s+[A-ZÄÖÜ„]", before)
            and re.search(rf"\?\s+{number + 1}\.\s+[A-ZÄÖÜ„]", after)
            and not re.search(rf"[?:]\s+{number}\.\s+[A-ZÄÖÜ„]", before + " " + after)
            and INTERROGATIVE.match(after.removeprefix("a) "))
        ):
            return f" {number}. "
        return found.group(0)

    return _UNSTOPPED.sub(stop, text)


# Saarland's cover ends with the subject, "… betr.: Abschiebepraxis im Saarland", and the first question, printed
# without a number, follows it where no Vorbemerkung does: "… im Saarland Wie viele Menschen …?".
_SUBJECT = re.compile(r"\b[Bb]etr\.:\s*")
_WORD_START = re.compile(r" (?=[A-ZÄÖÜ])")


def _title_before_question(text: str) -> str:
    """A line break between the subject after ``betr.:`` and the first question glued to it: the question starts at
    the first word that opens a question (``Wie``, ``Welche``, ``Ist``, ``In welchen``), not the subject's first word
    nor a subtitle's after a colon or dash (``Polizei: Wie geht es weiter?``) nor a numbered question's.  A sentence
    after the subject is an introduction (Hamburg's "Betr.: <title> Im Gewerbegebiet … 1. Wie viele …"): no break."""
    subject = _SUBJECT.search(text)
    if not subject:
        return text
    end = text.find("?", subject.end())
    if end < 0 or _HARD in text[subject.end() : end]:  # a Vorbemerkung (or nothing asked) between
        return text
    for word in _WORD_START.finditer(text, subject.end(), min(end, subject.end() + 400)):
        if _SENTENCE_BREAK.search(text, subject.end(), word.end()):  # a sentence after the subject: an introduction
            return text
        if text[word.start() - 1] not in ".:-–" and INTERROGATIVE.match(text[word.end() : word.end() + 40]):
            return text[: word.start()] + _HARD + text[word.end() :]
    # A subject that asks itself ("betr.: Wie sicher sind die Brücken? Wie viele …?"): the question follows its '?'.
    if INTERROGATIVE.match(text[subject.end() : subject.end() + 40]) and INTERROGATIVE.match(
        text[end + 1 : end + 41].lstrip(" ")
    ):
        return text[: end + 1] + _HARD + text[end + 1 :].lstrip(" ")
    return text


_NUMBERED_AT = re.compile(r"(?:Frage\s+)?(\d{1,3})\.\s")


def _unmarked_questions(parts: list[str]) -> list[str]:
    """``2. Wann soll … werden 3. Hat der …?``: a question without its '?' runs on into the next; where the next
    number follows, worded as a question (``Hat``, ``Wie viele``), before any '?' of the part, it starts a line."""
    out: list[str] = []
    pending = list(reversed(parts))
    while pending:
        part = pending.pop()
        numbered = _NUMBERED_AT.match(part)
        after = f" {int(numbered.group(1)) + 1}. " if numbered else ""
        at = part.find(after) if after else -1
        while at > 0 and "?" not in part[:at]:  # not "seit dem 3. Mai", but the "3. Hat …" after it
            if INTERROGATIVE.match(part[at + 1 :]):
                out.append(part[:at])
                pending.append(part[at + 1 :])
                break
            at = part.find(after, at + 1)
        else:
            out.append(part)
    return out


_NUMBERED_IN = re.compile(r"(?<!\S)(?:Frage\s+)?\d{1,3}(?:\.\)?|:)\s+[A-ZÄÖÜ„\"]")
_NUMBERED_RUN = re.compile(r"\s*\d{1,3}\.\s+[A-ZÄÖÜ][^?:]*$")  # a numbered question's words up to a break, no '?' yet


def _unnumbered_questions(text: str) -> str:
    """A line break before the unnumbered questions that an answer heading ``Zu Frage N:`` follows (the last
    ends with '?' or is a request: ``Bitte nennen Sie …``)."""
    # once: a text may have hundreds of headings
    breaks = sorted(m.start() for pattern in (_SENTENCE_BREAK, _QUESTION_BREAK) for m in pattern.finditer(text))
    cuts = []
    for heading in _UNNUMBERED_HEADING.finditer(text):
        end = heading.start()
        before = range(bisect.bisect_left(breaks, end) - 1, -1, -1)  # the breaks before the heading, last first
        if not text[:end].endswith("?") and not (before and asks(text[breaks[before[0]] + 1 : end])):
            continue  # neither a question nor a request ("Bitte nennen Sie …") before the heading
        start = next((breaks[i] for i in before if text[breaks[i] - 1] != "?"), None)
        if start is not None and not _NUMBERED_IN.search(text, start, end):  # numbered: the usual breaks serve
            # (nor inside a numbered question whose first sentence ends on a full stop, its follow-up asking: „1. Ist
            # dem Landesamt das Verkaufsbegehren bekannt . Wenn ja, seit wann? Zu Frage 1:“, Brandenburg)
            opened = max(text.rfind("?", 0, start), text.rfind(":", 0, start)) + 1
            if not _NUMBERED_RUN.match(text, opened, start):
                cuts.append(start)
    last = max(_UNNUMBERED_HEADING.finditer(text), key=lambda heading: heading.start(), default=None)
    trailing = _trailing_break(text, breaks, last.end()) if last and cuts else None
    if trailing is not None:
        cuts.append(trailing)
    for cut in reversed(sorted(cuts)):
        text = text[:cut] + _HARD + text[cut + 1 :]
    return text


def _trailing_break(text: str, breaks: list[int], after: int) -> int | None:
    """Where the :func:`trailing_questions` after the last answer (ending at ``after``) begin: one of ``breaks``
    between its sentences; None where there are none."""
    later = [b for b in breaks if b > after]
    bounds = [after, *later, len(text)]
    count = trailing_questions([text[start:end] for start, end in itertools.pairwise(bounds)])
    return later[-count] if count else None


# The end of the one question of a text that numbers none: '?' before a capitalised sentence, not before a
# heading ("Titel? Vorbemerkung des Fragestellers: …") nor inside the cover ("Titel? und ANTWORT der …"); the
# government's Vorbemerkung follows the question it answers („… Abstandsszenarien ? Vorbemerkung der Landesregierung:“,
# Schleswig-Holstein)
_SOLE_MARK = re.compile(
    r"\?(?=\s+(?!Vorbemerkung(?! der (?:Landes|Staats)regierung:)|Begründung|Anfrage (?:des|der) Abgeordneten)"
    r"[„\"]?[A-ZÄÖÜ]|\s*$)"
)
# … or, where no sentence ends before it, the askers' request run on into it, the question after its comma (Bayern's
# „<title> Nachdem … angekündigt hat, …, frage ich die Staatsregierung, welche Bahnhöfe … durchgeführt?“)
_ASKED_RUN_ON = re.compile(
    r", (?:frage|fragen) (?:ich|wir) (?:daher |deshalb |deswegen )?die (?:Staats|Landes|Bundes)regierung,"
    r"(?= (?:welche[mnrs]?|wie|wann|was|warum|weshalb|wer|wo|ob|inwieweit|inwiefern) [^.?!]{10,600}\?)"
)
_NUMBERED_LINE = re.compile(r"^(?:Frage\s+)?1[.:]\s+[A-ZÄÖÜ„\"]", re.M)  # question 1 after a page break
_LEAD_INS = (_OPENING, _ASKING, _ASKING_PLAIN, _UNNUMBERED_HEADING, _QUESTION_START, _LABELLED_QUESTION, _NUMBERED_LINE)


# The label „Frage 1:“ of the sentence a „1.“ after a word stands in (Brandenburg's „Frage 1: Wann wurde die Kulisse der
# Gewässer 1. Ordnung im Land Brandenburg erstmals festgelegt?“): that „1.“ is an ordinal of the labelled question,
# not question 1 numbered again; only within 300 characters before it and no sentence's end between.
_LABEL_ONE_BEFORE = re.compile(r"\bFrage 1: [A-ZÄÖÜ][^.?!:]*$")


def _ordinal_in_labelled_question(text: str, found: re.Match[str]) -> bool:
    """Whether ``found``, a place where question 1 would begin, is a „1.“ right after a word inside the sentence the
    label „Frage 1:“ opens (the window before it bounded, so that many places read the text once)."""
    start = found.start()
    if not text.startswith(" 1. ", start) or not text[start - 1 : start].isalpha():
        return False
    return _LABEL_ONE_BEFORE.search(text, max(0, start - 300), start) is not None


def _sole_question(text: str) -> str:
    """A line break before the one question of a text that prints no number, no label and no lead-in
    (``… und ANTWORT der Landesregierung <Vorbemerkung>. Welche …?`` in Mecklenburg-Vorpommern): it
    starts after the last statement before its question mark."""
    if re.search(r"\bFrage\s*:", text) or any(pattern.search(text) for pattern in _LEAD_INS):
        return text
    mark = _SOLE_MARK.search(text)
    statement = list(STATEMENT_END.finditer(text, 0, mark.start())) if mark else []
    quoted = list(QUOTED_STATEMENT_END.finditer(text, 0, mark.start())) if mark else []
    if not statement and not quoted:
        asked = _ASKED_RUN_ON.search(text, 0, mark.end()) if mark else None
        return text[: asked.end()] + _HARD + text[asked.end() :].lstrip() if asked else text
    cut = max(found.end() for found in (*statement[-1:], *quoted[-1:]))
    return text[:cut] + _HARD + text[cut:].lstrip()


def unspace(text: str) -> str:
    """Letter-spaced headings in ``text`` set solid again."""
    return _SPACED_RUN.sub(lambda m: _unspace(m.group(0)), text)


def _unspace(run: str) -> str:
    """``V o r b e m e r k u n g d e r F r a g e s t e l l e r`` → ``Vorbemerkung der Fragesteller``."""
    tokens = run.split()
    if sum(len(t) == 1 for t in tokens) < 0.7 * len(tokens):
        return run
    joined = "".join(tokens)
    words = _split_words(joined)
    if words:
        return " ".join(words)
    # the first word after the heading, of two letters, is no letter of it: „B e g r ü n d u n g Im November …“
    heading = _split_words("".join(tokens[:-1])) if len(tokens[-1]) == 2 else None
    return " ".join([*heading, tokens[-1]]) if heading else joined


def _split_words(joined: str) -> list[str] | None:
    """Split into the heading words above, keeping each word's case; None if that fails."""
    words: list[str] = []
    rest = joined
    while rest:
        word = next((w for w in _SPACED_WORDS if rest.lower().startswith(w)), None)
        if word is None:
            return None
        words.append(rest[: len(word)])
        rest = rest[len(word) :]
    return words
