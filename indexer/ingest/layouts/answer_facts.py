"""Facts the front reader misses in other parliaments' layouts, filled in afterwards.

The date of the answer (the letter ``mit Schreiben vom …``, ``Antwort des … vom …``, the
signature's ``Berlin, den …``, else the Drucksache's date in the page head), the Drucksache in
its other forms (Berlin ``17 / 18 523``, Sachsen ``Drs.-Nr.: 6/16013`` and its OCR form
``618014``), the parliament from distinctive words, the title from the layout's pattern, and
the Wahlperiode from the Drucksache number (every Drucksache is ``<Wahlperiode>/<Nummer>``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from indexer.dates import MONTH_ABBREVIATIONS, MONTH_NAMES, parse_date
from indexer.ingest.layouts.front import (
    MAX_TITLE,
    PREAMBLE_HEADING,
    Front,
    ministry_name,
    nominative,
    read_header,
    section,
)
from indexer.ingest.layouts.furniture import PORTFOLIO, SENDER_SPAN, layout_title, parliament_by_signal, parliament_in
from indexer.ingest.layouts.questions import ASKING_WORDS, INTERROGATIVE, OPENING_WORDS
from indexer.ingest.layouts.repeated import ANSWER_PART, DATED_ANSWER_PART
from indexer.ingest.text import SUSPENSION_WORD

# a month's name, or cut short with its point („und Antwort vom 02. Nov. 2019“, Berlin)
_MONTH = "(?:" + "|".join(MONTH_NAMES) + "|(?:" + "|".join(MONTH_ABBREVIATIONS) + r")\.)"
_DATE = r"\d{1,2}\.\s*(?:\d{1,2}\.\s*\d{2,4}|" + _MONTH + r"\s+\d{4})"
_ANY_DATE = r"\d{4}-\d{2}-\d{2}|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.\s*" + _MONTH + r"\s+\d{4}"
# An article or possessive before "Antwort" makes it a noun inside a sentence, citing some answer (so does "laut":
# „… liegen laut Antwort der Landesregierung die im Planungserlass vom 23.06.2015 benannten …“, Schleswig-Holstein).
_NOT_CITED = "".join(
    rf"(?<!\b{word} )"
    for word in ("eine", "einer", "die", "der", "seine", "seiner", "ihre", "ihrer", "meine", "diese", "laut")
)
_ANSWER_DATES = (
    re.compile(r"mit Schreiben vom (?P<date>" + _DATE + r")[^.]{0,60}?beantwort"),  # also cut: "wie folgt beantwort"
    # Baden-Württemberg's letter with its file number: "Mit Schreiben vom 27. Februar 2017 Nr. Z(45)-0141.5/110F
    # beantwortet das Ministerium …" (read here also where a copy stops before "die Kleine Anfrage wie folgt")
    re.compile(r"\bMit Schreiben vom (?P<date>" + _DATE + r") Nr\. \S+ beantwortet (?:das|die|der) "),
    # not an earlier answer a Vorbemerkung cites: "… gibt es hierzu auch eine Antwort des Hessischen Ministers des
    # Innern und für Sport vom 15. August 2015" (the answer's own date is then its signature's); nor a date the question
    # after Sachsen-Anhalt's undated cover cites („Antwort der Landesregierung erstellt vom Ministerium für … Umwelt
    # Ist der Runderlass des MRLU vom 3. September 1996 …?“)
    re.compile(
        _NOT_CITED + r"Antwort (?:des|der) (?:(?!Anfrage|erstellt vo[mn]\b)[^.]){0,120}?\bvom (?P<date>" + _DATE + r")"
    ),
    re.compile(r"\bund Antwort vom (?P<date>" + _DATE + r")"),
    # a signature's place ("Wiesbaden, 10. Dezember 2015"), not the print line "Druck: Thüringer Landtag, 27. September
    # 2019" a page carries, nor a weekday a question names („am Freitag, den 30.10.2015“, Berlin)
    re.compile(
        r"\b(?!Landtag\b|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)\b)[A-ZÄÖÜ][a-zäöü]+,"
        r" (?:den )?(?P<date>" + _DATE + r")"
    ),
)
# The print line a page carries names the printer and the day it printed („Druck: Landtag Rheinland-Pfalz, 6. Juli
# 2017“): no signature's place and date.
_PRINT_LINE = re.compile(r"\bDruck: [^.,:]{3,60}, (?:den )?" + _DATE)
# Who answers, as the layouts say it (the first that matches wins).
# The words of Sachsen's portfolios that hold an I, as a scan of the capitals may read it, a lower-case l for each I
# („LANDWlRTSCHAFT“); only these, so that no other misread word joins a ministry's name.
_SCANNED_I = "|".join(
    word[:at] + "l" + word[at + 1 :]
    for word in ("LANDWIRTSCHAFT", "WISSENSCHAFT", "WIRTSCHAFT", "INTEGRATION", "DIGITALES", "KLIMASCHUTZ")
    for at in [index for index, letter in enumerate(word) if letter == "I"]
)
_MINISTRY = (
    re.compile(
        # the sender's own article, not one before it: "… Der Unteren Naturschutzbehörde liegt zu [cut] Der Minister
        # für Energie, Infrastruktur und Digitalisierung hat namens der Landesregierung die Kleine Anfrage …"
        r"(?P<who>(?:Der|Die|Das) (?:(?! hat | (?:Der|Die|Das) )[^.]){3,120}?) hat (?:im Einvernehmen mit [^.]"
        + SENDER_SPAN
        + r" )?"
        r"die Kleine Anfrage(?: \d+)?(?: namens der [\w ]{5,20}?)? mit Schreiben vom"
    ),
    re.compile(
        r"(?P<who>(?:Der|Die) (?:(?! hat | (?:Der|Die|Das) )[^.]){3,120}?) hat namens der Landesregierung die Kleine"
        r" Anfrage"
    ),
    re.compile(r"Namens der Landesregierung beantwortet (?P<who>(?:der|die) [^.]{3,120}?) die Kleine Anfrage"),
    re.compile(r"Antwort der Landesregierung\s*[-–]?\s*(?P<who>\w*[Mm]inister\w*(?: " + PORTFOLIO + r")?)"),
    re.compile(
        # (also by the Staatskanzlei, which holds Kultur: "erstellt von der Staatskanzlei und Ministerium für Kultur",
        # "erstellt von der Staatskanzlei/dem Ministerium für Kultur")
        r"Antwort der Landesregierung erstellt (?:vom|von der) (?P<who>Ministerium "
        + PORTFOLIO
        + r"|[A-ZÄÖÜ]\w+ministerium|Staatskanzlei(?:(?: und|/dem) Ministerium "
        + PORTFOLIO
        + r")?)\b"
    ),
    # (also „… Forsten in Abstimmung mit dem Staatsministerium für Umwelt und Verbraucherschutz vom 22.11.2017“)
    re.compile(
        r"Antwort (?:des|der) (?P<who>(?:Staats)?[Mm]inisteriums "
        + PORTFOLIO
        + r") (?:vom|im Einvernehmen|in Abstimmung)"
    ),
    # (not an earlier answer the askers cite, after its article: Berlin's „Weshalb sieht der Senat keinen Widerspruch
    # in der Antwort des Senats in der Drucksache 17/15670 …?“)
    re.compile(
        r"(?<!\bder )(?<!\bdie )(?<!\beiner )(?<!\bseiner )(?<!\bzur )"
        r"Antwort des (?P<who>Chefs der Staatskanzlei|Senats)\b"
    ),
    # NRW's 14th period: "Antwort des Ministers für Bauen und Verkehr vom 23. Oktober 2007 namens der Landesregierung"
    re.compile(
        r"(?<![a-zäöüß] )Antwort de[rs] (?P<who>Minister(?:s|in) "
        + PORTFOLIO
        + r") vom "
        + _DATE
        + r" namens der Landesregierung\b"
    ),
    # Baden-Württemberg's cover: "Kleine Anfrage des Abg. … und Antwort des Ministeriums für Kultus, Jugend und Sport
    # <title>"
    # (Thüringen's with the Land's name: "… (CDU) und Antwort des Thüringer Ministeriums für Migration, … <title>";
    # a ministry named in one word: "… und Antwort des Innenministeriums Situation des Glücksspiels …")
    # (Thüringen's page-1 box, read before the page head where a copy prints it last: "… (CDU) und Antwort des
    # Thüringer Ministeriums für Inneres und Kommunales 19.03.2019 Drucksache 6/6984 …")
    re.compile(
        r"\bund Antwort des (?P<who>(?:Thüringer )?(?:Staats)?[Mm]inisteriums "
        + PORTFOLIO
        + r"|[A-ZÄÖÜ][a-zäöü]+ministeriums) (?:[A-ZÄÖÜ]|(?=\d{1,2}\.\d{1,2}\.\d{4} Drucksache\b))"
    ),
    # Hessen: "Kleine Anfrage des Abg. … betreffend <title> und Antwort des Ministers für Soziales und Integration",
    # "… und Antwort des Kultusministers"; the 20th period without article: "… und Antwort Minister des Innern …"
    re.compile(
        r"\bund Antwort (?:des |der )?(?P<who>Minister(?:s|in)? " + PORTFOLIO + r"|[A-ZÄÖÜ]\w+minister(?:s|in))\b"
    ),
    # Rheinland-Pfalz's cover: "A n t w o r t des Ministeriums für Bildung auf die Große Anfrage der Fraktion …" —
    # not a sentence citing another answer ("In der Antwort des Ministeriums der Finanzen auf die Kleine Anfrage …")
    re.compile(
        r"(?<![a-zäöüß] )Antwort des (?P<who>Ministeriums " + PORTFOLIO + r") auf die (?:Kleine|Große) Anfrage\b"
    ),
    # (the Regierende Bürgermeister's letter head also with his city and office: „Der Regierende Bürgermeister von
    # Berlin - Senatskanzlei - Herrn Abgeordneten …“)
    re.compile(
        r"(?P<who>Senatsverwaltung für [\w ,-]+?|Regierende[r]? Bürgermeister(?:in)?)"
        r"(?: von Berlin(?: [-–] Senatskanzlei [-–])?)? (?:\(Eingang|Herrn|Frau)"
    ),
    # (a portfolio of several words: "FÜR SOZIALES UND VERBRAUCHERSCHUTZ", "FÜR WIRTSCHAFT, ARBEIT UND VERKEHR")
    re.compile(
        # (a scan's letterhead without its umlaut or broken in two: "SACHSISCHES STAATSMIN ISTERIUM DER JUSTIZ")
        # (a scan's lower-case l for the I of a portfolio's word: „FÜR UMWELT UND LANDWlRTSCHAFT“)
        r"(?P<who>S\S?CHS\S?SCHES STAATSMIN ?ISTERIUM (?:DES|DER|FÜR) [A-ZÄÖÜ]+(?:, [A-ZÄÖÜ]{3,})*"
        r"(?: UND (?!FÜR\b|DES\b|DER\b)(?:" + _SCANNED_I + r"|[A-ZÄÖÜ]{3,})\b)?|S\S?CHS\S?SCHE STAATSKANZLEI)"
    ),
    # … or without the Land's adjective, before "Freistaat SACHSEN" (a scan's "SACHSEIN"): "STAATSMINISTERIUM FÜR
    # WISSENSCHAFT UND KUNST Freistaat SACHSEIN Die Staatsministerin" — or before the postal address the letterhead
    # repeats over the addressee, where the first is broken („STAATSMINISTERIUM FÜR WISSENSCHAFT UND KUNST Postfach
    # 10 09 20 | 01079 Dresden Präsidenten des Sächsischen Landtages“)
    re.compile(
        r"(?P<who>STAATSMIN ?ISTERIUM (?:DES|DER|FÜR) [A-ZÄÖÜ]+(?:, [A-ZÄÖÜ]{3,})*"
        r"(?: UND (?!FÜR\b|DES\b|DER\b)[A-ZÄÖÜ]{3,}\b)?) (?:Freistaat ?SACHS|Postfach \d[\d ]*\| \d{5} )"
    ),
    # Sachsen's letterhead in upper and lower case: the sender before its postal address.
    re.compile(
        r"^(?P<who>Sächsische(?:s Staatsministerium (?:des|der|für) [^.]{3,80}?| Staatskanzlei)) (?=Postfach|\d{5} )"
    ),
    # Niedersachsen's letterhead of 2013/14, its place and date printed inside the name: "Antwort der Landesregierung
    # Niedersächsisches Ministerium Hannover, den 15.01.2014 für Umwelt, Energie und Klimaschutz - Ref17-… -"
    re.compile(
        r"Antwort der Landesregierung (?P<who>Niedersächsisches \w*[Mm]inisterium"
        r"(?P<place> Hannover, den \d{2}\.\d{2}\.\d{4})(?: (?:für|des|der) [^-]{3,150}?)?) - "
    ),
)
_BARE_REMARK = re.compile(r"^Vorbemerkung(?:en)?\s*:?$")
_OPENED = re.compile(OPENING_WORDS + r"\s*:")
# Bayern's dated heading of the answer part as a line of its own (the remark after it is the government's)
_DATED_HEADING = re.compile(r"^" + DATED_ANSWER_PART + r"$")
_COPY_START = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?\s+[A-ZÄÖÜ]")
_ANSWER_LEAD = re.compile(r"^(?:Zu |Vorbemerkung)")
_COVER_END = re.compile(r"\bund ANTWORT der Landesregierung\s*$")
# Sachsen-Anhalt's answer cover as a line of its own, without the opening sentence after it: the bare "Vorbemerkung:"
# that follows is the government's
_ST_COVER = re.compile(r"Antwort der Landesregierung erstellt (?:vom|von der) [^.:]{5,120}$")
# The askers' request that ends their part: "Vor diesem Hintergrund frage ich den Senat:".
_ASKED = re.compile(ASKING_WORDS + r"[^.:?!]{0,30}:")
# A question ("1. Wie …", "2.1 Werden …", a "?" ending a sentence), the heading of an answer part ("Antwort des …")
# or of the askers' Vorbemerkung; not a "?" inside a sentence of the remark ("Die Frage, was zählt?, ist …").
_NOT_REMARK = re.compile(
    "|".join(
        (
            r"^\d{1,3}(?:\.\d{1,3})*\.\s|^\d{1,3}(?:\.\d{1,3})+\s|\?(?=\s|$)",
            ANSWER_PART.pattern,
            PREAMBLE_HEADING.pattern,
        )
    ),
    re.I,
)
_FORMULA_WORDS = 12  # "Dies vorausgeschickt, beantwortet der Senat die Fragen wie folgt:" says nothing more
_SPACED_DRUCKSACHE = re.compile(r"Drucksache\s*(\d{1,2})\s*/\s*(\d{1,3}\s\d{3})\b")  # Berlin: 17 / 18 523
# "namens der Lan-" / "desregierung", but not "Kinder-" / "und Jugendhilfe" (a suspended hyphen).
_WRAPPED_WORD = re.compile(r"(?<=[a-zäöüß])-\n(?=[a-zäöüß])(?!" + SUSPENSION_WORD + ")")
# Berlin's letter: "Antwort auf die Schriftliche Anfrage Nr. 19/20506" — the question's number is the Drucksache's.
_BE_DRUCKSACHE = re.compile(r"\bauf die Schriftliche Anfrage Nr\.\s*(\d{1,2})\s*/\s*(\d{1,3}(?:\s?\d{3})?)\b")
_SN_DRUCKSACHE = re.compile(r"Drs\.-Nr\.?:?\s*(\d)\s*[/1l|]\s*(\d{3,5})\b")  # also "Drs.-Nr. 6/9832", "Drs.-Nr: 615872"


# Bayern's answer names the ministries it agreed with in its opening sentence, under the answering ministry's heading:
# „Die Schriftliche Anfrage [des Herrn Abgeordneten … betreffend „…“] wird im Einvernehmen mit dem Staatsministerium
# für …[, dem … sowie dem …] wie folgt beantwortet:“ — that formula only: an introduction's „Die Anfrage … wird im
# Einvernehmen mit dem Staatsministerium … geprüft und erst im Herbst beantwortet.“ names no one agreed with
_AGREED = re.compile(
    r"\bAnfrage\b[^:?]{0,300}? wird im Einvernehmen mit (?P<agreed>(?:dem|der) (?:Bayerischen )?"
    r"(?:Staats(?:ministerium|kanzlei)|Ministerium)\b[^:?]{0,400}?) wie folgt beantwortet\b"
)
# where the next of them begins: „…, dem Staatsministerium …“, „… und dem …“, „… sowie der Staatskanzlei“
_NEXT_AGREED = re.compile(
    r"(?:,|,?\s+(?:und|sowie))\s+(?=(?:dem|der)\s+(?:Staats(?:ministerium|kanzlei)|Ministerium)\b)"
)


# A minister's own answering sentence names the ministers agreed with, each by the office's holder: Hessen's „[Diese
# Vorbemerkung vorangestellt,] beantworte ich [die Kleine Anfrage] im Einvernehmen mit dem Kultusminister, der
# Ministerin für … und dem Minister für … [die Kleine Anfrage] wie folgt:“, Nordrhein-Westfalen's older heading
# „Antwort des Ministers für … vom … namens der Landesregierung im Einvernehmen mit dem Innenminister:“
_AGREED_MINISTERS = re.compile(
    r"\b(?:beantworte ich (?:die (?:vorbezeichnete )?Kleine Anfrage )?|namens der Landesregierung )"
    r"im Einvernehmen mit (?P<agreed>(?:dem|der) [^.:?]{5,700}?)(?: die (?:vorbezeichnete )?Kleine Anfrage)?"
    r"(?: wie folgt)? ?:"
)
# … or names them first, the answering words after them, the sentence's capital „Im“ after the heading or a full stop:
# „Im Einvernehmen mit dem Ministerium für … [und dem …] beantworte ich die Kleine Anfrage [namens der Landesregierung]
# wie folgt:“
_AGREED_FIRST = re.compile(
    r"\bIm Einvernehmen mit (?P<agreed>(?:dem|der) [^.:?]{5,700}?),? beantworte ich"
    r" (?:die (?:vorbezeichnete )?Kleine Anfrage )?(?:namens der Landesregierung )?wie folgt ?:"
)
# a minister or a ministry as the sentence names one: „dem [Hessischen] Minister für …“, „der Ministerin der Justiz“,
# „dem Kultusminister“, „dem Chef der Staatskanzlei“, „dem [Hessischen] Ministerium des Innern und für Sport“
# (a Land's, not a federal one: „der Bundesministerin für Bildung und Forschung“ is no co-ministry of a Land)
_MINISTER = (
    r"(?:dem|der)\s+(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?"
    r"(?!Bundes)(?:\w*[Mm]inister(?:in|präsident(?:in)?|ium)?|Chef(?:in)?|Staatskanzlei)\b"
)
# The words an office's name goes on with: capitalised words, „für“, „der“, „des“, „und“, commas, and an adjective
# before its noun („… und ländliche Räume“); the sentence's own words after it („… der Finanzen und nach Anhörung der
# kommunalen Spitzenverbände“, „… bezüglich der Frage 2“, „… für die Landesregierung“) are none of its name
_OFFICE_WORDS = re.compile(
    r"(?:,?\s+(?:für|der|des|und|sowie|[A-ZÄÖÜ][\w-]*|(?!die\b|eine\b)[a-zäöüß]{3,}e[nrs]?(?=\s+[A-ZÄÖÜ])))*"
)
_OFFICE_TAIL = re.compile(r"(?:,?\s+(?:für|der|des|und|sowie))+$")
_NEXT_MINISTER = re.compile(r"(?:,|,?\s+(?:und|sowie))\s+(?=" + _MINISTER + ")")
_ONE_WORD_MINISTER = re.compile(
    r"(?:(?P<land>[A-ZÄÖÜ][a-zäöüß]+(?:isch(?:e|en|er|es)?|er)) )?(?P<office>\w+minister)(?:in)?"
)


def _agreed_ministries(text: str) -> tuple[str, ...]:
    """The ministries Bayern's opening sentence names as agreed with (see ``_AGREED``), or those a minister's own
    answering sentence names, by the ministry or by its minister (see ``_AGREED_MINISTERS``); a word the copy broke
    over a line with a spaced hyphen („Staatsminis - terium“) or a hyphen before its small rest („Klima- schutz“, not
    „Bundes- und …“) joined."""
    found = _AGREED.search(text)
    if found:
        agreed = re.sub(r"(?<=[a-zäöüß]) - (?=[a-zäöüß])", "", found["agreed"])
        return tuple(ministry_name(_office(part)) for part in _NEXT_AGREED.split(agreed) if part.strip())
    found = _AGREED_MINISTERS.search(text) or _AGREED_FIRST.search(text)
    if not found:
        return ()
    agreed = re.sub(r"(?<=[a-zäöüß]) ?- (?!" + SUSPENSION_WORD + r")(?=[a-zäöüß])", "", found["agreed"])
    ministers = [part.strip() for part in _NEXT_MINISTER.split(agreed) if part.strip()]
    if not all(re.match(_MINISTER, part) for part in ministers):
        return ()
    return tuple(_minister_office(re.sub(r"^(?:dem|der)\s+", "", _office(part))) for part in ministers)


def _office(part: str) -> str:
    """``part``'s words up to the end of the office's name (see ``_OFFICE_WORDS``), without a connecting word left
    at its end: „dem Minister der Finanzen und nach Anhörung …“ → „dem Minister der Finanzen“."""
    head = re.match(r"\S+\s+\S+", part)
    if head is None:
        return part
    words = _OFFICE_WORDS.match(part, head.end())
    return _OFFICE_TAIL.sub("", part[: words.end()] if words else part)


def _minister_office(minister: str) -> str:
    """``Hessischen Kultusminister`` → ``Hessisches Kultusministerium``; a ministry named itself as ``ministry_name``
    names it; else as ``_nominative_office`` names it."""
    if re.match(r"(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?(?:\w*[Mm]inisterium|Staatskanzlei)\b", minister):
        return ministry_name(minister)
    one_word = _ONE_WORD_MINISTER.fullmatch(minister)
    if one_word:
        return nominative(" ".join(filter(None, (one_word["land"], one_word["office"] + "ium"))))
    return _nominative_office(minister)


def complete(front: Front, front_text: str, text: str, notes: list[str], named: str | None = None) -> Front:
    """``front`` with the missing facts filled in; the layout's title pattern comes first.  ``named``: the parliament
    the file's name gives, whose title pattern reads a copy that names none in its text (kleineanfragen.de's
    Rheinland-Pfalz copies of the 16th period open „Drucksache 16/2008 28. 01. 2013 K l e i n e A n f r a g e …“,
    without the page head „LANDTAG RHEINLAND-PFALZ“); the parliament itself stays unknown to the text."""
    everything = " ".join(" ".join([_WRAPPED_WORD.sub("", text), *notes]).split())
    parliament = front.parliament or parliament_in(everything) or parliament_by_signal(everything)
    drucksache = _drucksache(text) or front.drucksache
    period = front.wahlperiode or (int(drucksache.split("/")[0]) if drucksache else None)
    front_text = " ".join(front_text.split())
    # Some layouts print the title block after the question list (Baden-Württemberg): look there too.
    layout = parliament or named
    pattern_title = layout_title(layout, front_text) or layout_title(layout, " ".join(text[:6000].split()))
    # unless the pattern's ran on into a preamble printed without its heading, or stopped at a number inside the title
    # („Gewalt im 1. Quartal 2025“), which the lines tell apart
    ran_on = pattern_title is not None and len(pattern_title) > MAX_TITLE >= len(front.title) > 0
    cut_short = bool(pattern_title) and len(front.title) <= MAX_TITLE and _cut_before_number(pattern_title, front.title)
    title = front.title if ran_on or cut_short else pattern_title or front.title
    ministry = front.ministry or _ministry(everything)
    co_ministries = front.co_ministries or _agreed_ministries(everything)
    # Baden-Württemberg prints the Kleine Anfrage and its answer as one Drucksache dated the day the Anfrage came in
    # („Drucksache 15 / 4470 12. 12. 2013“, „Eingegangen: 12. 12. 2013“): that head is no answer's date, only the
    # letter's „Mit Schreiben vom …“ is (a copy cut before it has none)
    head = "" if parliament == "bw" else " ".join(text[:400].split())
    answered = front.date_answered or _answer_date(everything, head)
    return replace(
        front,
        parliament=parliament,
        drucksache=drucksache,
        wahlperiode=period,
        title=title,
        date_answered=answered,
        ministry=ministry,
        co_ministries=co_ministries,
        anfrage_drucksache=front.anfrage_drucksache if front.anfrage_drucksache != drucksache else None,
        reprint=front.reprint and drucksache == front.drucksache,
    )


def _cut_before_number(pattern_title: str, line_title: str) -> bool:
    """Is ``pattern_title`` the start of ``line_title`` up to a number followed by a point („Gewalt im“ of „Gewalt im
    1. Quartal 2025“), which a layout's pattern takes for question 1 — but not question 1 itself on the title's line
    („… Arbeitsmarkt 1. Wie viele Personen …“)?"""
    rest = line_title[len(pattern_title) :]
    numbered = re.match(r" \d{1,3}\. (?P<then>\S.*)", rest)
    return line_title.startswith(pattern_title) and numbered is not None and not INTERROGATIVE.match(numbered["then"])


def government_remark(front_lines: list[str]) -> list[str]:
    """A bare ``Vorbemerkung:`` after the answer's opening (``… beantworte ich die Kleine Anfrage wie
    folgt:``, Sachsen's letter) is the government's: the askers' words stand before that sentence.  So is one right
    after Mecklenburg-Vorpommern's cover, which ends ``… und ANTWORT der Landesregierung`` (the askers' introduction
    there has no heading).  Else what stands between the askers' request and question 1 (Hamburg's Senat)."""
    opened = False
    for index, line in enumerate(front_lines):
        if opened and _BARE_REMARK.match(line):
            return section(front_lines[index:], _BARE_REMARK)
        opened = opened or bool(_OPENED.search(line)) or bool(_ST_COVER.match(line))
        cover = _COVER_END.search(line) and not any(text.strip() for text in front_lines[index + 1 : index + 2])
        if cover and index + 2 < len(front_lines) and _BARE_REMARK.match(front_lines[index + 2]):
            return section(front_lines[index + 2 :], _BARE_REMARK)
    return _after_request(front_lines)


def remark_after_dated_heading(lines: list[str]) -> list[str]:
    """Bayern's remark between the answer part's dated heading and the repeated question 1 („Antwort des
    Staatsministeriums für Gesundheit und Pflege vom 27.11.2017“ / „Es wird davon ausgegangen, dass …“ / „1. Wie …?“)
    is the government's Vorbemerkung; none where the question follows the heading."""
    heading = next((index for index, line in enumerate(lines) if _DATED_HEADING.match(line.strip())), None)
    if heading is None:
        return []
    after = [line.strip() for line in lines[heading + 1 :] if line.strip()]
    end = next((i for i, line in enumerate(after) if _NOT_REMARK.search(line)), len(after))
    remark = after[:end]
    # before a question's copy only: not an answer under its heading („Zu 1.: …“, „Vorbemerkung zu den Fragen 1 bis
    # 3: …“), nor the formula that leads to the answers („… wird … wie folgt beantwortet:“)
    copied = end < len(after) and bool(_COPY_START.match(after[end]))
    said = not any(_ANSWER_LEAD.match(line) or _OPENED.search(line) for line in remark)
    return remark if copied and said else []


def _after_request(front_lines: list[str]) -> list[str]:
    """The government's words before question 1, after ``… frage ich den Senat:`` (``Der Senat beantwortet die
    Fragen teilweise auf der Grundlage von Auskünften der Handelskammer … wie folgt:``, or a bare ``Vorbemerkung:``
    and its paragraphs) or else after its opening (Berlin: ``… beantworte ich Ihre Schriftliche Anfrage wie folgt:
    Die Schriftliche Anfrage betrifft Sachverhalte, die der Senat nicht …``); a bare formula says nothing."""
    text = "\n".join(front_lines)
    marks = list(_ASKED.finditer(text)) or list(_OPENED.finditer(text))
    if not marks:
        return []
    lines = [line.strip() for line in text[marks[-1].end() :].split("\n") if line.strip()]
    if not lines and len(marks) > 1 and not _ASKED.search(text):
        # the remark between two openings, the second closing it (Rheinland-Pfalz: „… wie folgt beantwortet: Der
        # Tourismus ist … Dies vorausgeschickt, beantworte ich die Kleine Anfrage wie folgt:“)
        between = text[marks[-2].end() : marks[-1].start()].split("\n")
        lines = [line.strip() for line in between[:-1] if line.strip()]
    if lines and _BARE_REMARK.match(lines[0]):
        lines = lines[1:]
    # The askers' Vorbemerkung or questions (and Bayern's answer part after them) are no remark: it ends there.
    lines = lines[: next((i for i, line in enumerate(lines) if _NOT_REMARK.search(line)), len(lines))]
    words = sum(len(line.split()) for line in lines)
    formula = len(lines) == 1 and bool(_OPENED.search(lines[0])) and words < _FORMULA_WORDS
    return [] if formula else lines


def _drucksache(text: str) -> str | None:
    head = " ".join(text[:1500].split())
    spaced = _SPACED_DRUCKSACHE.search(head)
    if spaced:
        return f"{int(spaced.group(1))}/{int(spaced.group(2).replace(' ', ''))}"
    sn = _SN_DRUCKSACHE.search(head)
    if sn:
        return f"{sn.group(1)}/{int(sn.group(2))}"
    be = _BE_DRUCKSACHE.search(head)
    return f"{int(be.group(1))}/{int(be.group(2).replace(' ', ''))}" if be else None


# Thüringen's page head "06.09.2019 Drucksache 6/7695", also after the page-1 box a copy prints last and the reader
# puts first ("Kleine Anfrage des Abgeordneten Walk (CDU) und Antwort des Thüringer Ministeriums für Inneres und
# Kommunales 19.03.2019 Drucksache 6/6984 …")
_DATED_HEAD = re.compile(
    r"\s*(?:Kleine Anfrage de[sr] Abgeordneten .{0,300}? und Antwort des .{0,200}? )?"
    r"(?P<date>\d{1,2}\.\d{1,2}\.\d{4}) Drucksache\b"
)


def _answer_date(text: str, front_text: str) -> dt.date | None:
    for pattern in _ANSWER_DATES:
        found = pattern.search(_PRINT_LINE.sub("Druck:", text) if pattern is _ANSWER_DATES[-1] else text)
        if found and (day := parse_date(found.group("date"))):
            return day
    # The print date of the page head ("Drucksache 16 / 2803 11. 10. 2017"), not a date a title or the question's
    # wording cites after "vom"/"am" (Brandenburg: "Drucksache 6/523 Zum Hintergrund des Polizeieinsatzes in Cottbus
    # am 31.12.2014", "Drucksache 6/2742 Geheimbericht Wortlaut der Kleinen Anfrage 1159 vom 09.10.2015").
    head = re.search(
        r"(?:Drucksache|Wahlperiode)(?:(?!\b(?:vom|am)\s|Druck:).){0,60}?(?<!\d)(?P<date>" + _ANY_DATE + r")",
        front_text[:300],
    ) or re.match(_DATED_HEAD, front_text)  # "06.09.2019 Drucksache 6/7695"
    return parse_date(head.group("date").replace(". ", ".")) if head else None


def _ministry(text: str) -> str | None:
    for pattern in _MINISTRY:
        found = pattern.search(text)
        if found:
            place = found.groupdict().get("place")
            return _nominative_office(found.group("who").replace(place, "") if place else found.group("who"))
    return None


def _nominative_office(who: str) -> str:
    """``Der Minister für Inneres`` → ``Ministerium für Inneres``; ``Die Justizministerin`` →
    ``Justizministerium``; a letterhead in capitals → ``Sächsisches Staatsministerium des Innern``."""
    if re.search(r"[a-zäöüß]", who) and not re.search(r"[a-zäöüß]", re.sub(r"(?<=[A-ZÄÖÜ])l(?=[A-ZÄÖÜ])", "", who)):
        who = re.sub(r"(?<=[A-ZÄÖÜ])l(?=[A-ZÄÖÜ])", "I", who)  # a scan's l for an I in capitals: „LANDWlRTSCHAFT“
    if not re.search(r"[a-zäöüß]", who):  # capitals (with a scan's stray "ì")
        who = re.sub(r"^S\S?CHS\S?SCHE", "SÄCHSISCHE", who)  # a scan's "SACHSìSCHE" letterhead
        who = re.sub(r"^(?=STAATSMIN)", "SÄCHSISCHES ", who)  # the letterhead's ministry of the Freistaat Sachsen
        who = who.replace("STAATSMIN ISTERIUM", "STAATSMINISTERIUM")
        words = who.capitalize().split()
        return " ".join(w if w in ("des", "der", "für", "und") else w[:1].upper() + w[1:] for w in words)
    who = re.sub(r"^(?:Das|Der|Die|der|die)\s+", "", " ".join(who.split()))
    who = re.sub(r"^Staatskanzlei/dem Ministerium\b", "Staatskanzlei und Ministerium", who)
    if re.fullmatch(r"Chef(?:s|in)? der Staatskanzlei", who):
        return "Staatskanzlei"
    # a minister who also heads the Staatskanzlei answers from his own ministry (Thüringen: „Der Minister für Kultur,
    # Bundes- und Europaangelegenheiten und Chef der Staatskanzlei hat …“): the head's title is no part of its name
    who = re.sub(r"(?<=\w) und Chef(?:in)? der Staatskanzlei$", "", who)
    if who == "Senats":
        return "Senat"
    if re.fullmatch(r"Regierende[r]? Bürgermeister(?:in)?", who):  # Berlin: the Senatskanzlei answers for him
        return "Senatskanzlei"
    single = re.fullmatch(r"(\w+minister)(?:in|s)?", who)
    if single:
        return single.group(1) + "ium"
    return nominative(ministry_name(who))


_ANSWER_HEAD = re.compile(
    r"\bAntwort\b.{0,80}?\b(?:der (?:Landes|Bundes|Staats)regierung|des Senats|des \w*[Mm]inisteriums)"
)


def answer_first(front: Front, pages: list[list[str]]) -> Front:
    """A file holding the question paper and then the answer is the answer: its page head's
    Drucksache, the question paper's number kept as ``anfrage_drucksache``."""
    for page in pages[1:]:
        head = " ".join(" ".join(page[:15]).split())
        _parliament, period, drucksache = read_header(head)
        if drucksache and drucksache != front.drucksache and _ANSWER_HEAD.search(head):
            return replace(
                front,
                drucksache=drucksache,
                wahlperiode=period or front.wahlperiode,
                anfrage_drucksache=front.anfrage_drucksache or front.drucksache,
            )
    return front


def remark_cut_after_last(front: Front, answer_lines: list[str]) -> tuple[Front, bool]:
    """A cut copy whose last "answer" is only the answer's opening and a bare ``Vorbemerkung:`` (Brandenburg: "…
    5. Ist …? Namens der Landesregierung beantwortet der Minister … die Kleine Anfrage wie folgt: Vorbemerkung: Eine
    namentlich bekannte Anruferin …", cut before ``Frage 1:``): the remark is the government's and the last question
    has no answer of its own.  Returns the front, and whether the last answer is to be dropped."""
    lines = [line.strip() for line in answer_lines if line.strip()]
    if front.government_preamble or len(lines) < 3 or not _OPENED.search(lines[0]):
        return front, False
    if not _BARE_REMARK.match(lines[1]) or any(_BARE_REMARK.match(line) for line in lines[2:]):
        return front, False
    return replace(front, government_preamble=lines[2:]), True
