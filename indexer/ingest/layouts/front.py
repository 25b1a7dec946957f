"""The front matter before question 1: who asked, who answered, when, and about what.

One small function per fact and layout.  NRW prints ``Antwort der Landesregierung auf die
Kleine Anfrage 2509 vom 26. April 2019 der Abgeordneten … SPD Drucksache 17/6031`` and a
ministry sentence; Niedersachsen prints ``Anfrage der Abgeordneten … (CDU), eingegangen am …
- Drs. 19/10822`` and ``Antwort des Niedersächsischen Ministeriums … vom 13.07.2026``.
Facts a layout does not print stay ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from indexer.dates import MONTH_WORD, parse_date
from indexer.ingest.layouts.askers import PARTIES, names_further_askers, parse_askers
from indexer.ingest.layouts.furniture import SENDER_SPAN, parliament_in
from indexer.ingest.layouts.kind import read_anfrage_name, read_kind
from indexer.ingest.layouts.questions import ASKING_WORDS
from indexer.ingest.text import join_lines, normalise_space
from indexer.model import Asker

_DATE = r"\d{1,2}\.\s*(?:\d{1,2}\.\s*\d{2,4}|[A-Za-zäÄ]+\s+\d{4})"
PREAMBLE_HEADING = re.compile(
    r"^Vor(?:be)?merkung(?:en)?(?:/Begründung)? (?:der|des)"
    r" (?:Kleinen Anfrage|Abgeordneten|Frage?stell\w*|Fraktion)\s*:?$",
    re.I,
)
GOV_PREAMBLE_HEADING = re.compile(
    # Saarland also leaves the article out: "Vorbemerkung Landesregierung:"; Hessen names the minister who answers:
    # "Vorbemerkung des Ministers des Innern und für Sport:", "Vorbemerkung der Ministerin für Soziales …:",
    # "Vorbemerkung des Kultusministers:"
    r"^Vor(?:be)?merkung (?:de[rs] )?(?:(?:Landes|Bundes|Staats)regierung|Senats|Verwaltung|Chefs der Staatskanzlei"
    r"|Minister(?:s|in)? (?:de[rs]|für) [^:]{3,80}(?=:)|[A-ZÄÖÜ]\w+minister(?:s|in)(?=\s*:))"
    r"\s*:?$",
    re.I,
)
# "Der Minister für … hat [im Einvernehmen mit …] die Kleine Anfrage 2509 mit Schreiben vom 4. Juni 2019
# namens der Landesregierung [im Einvernehmen mit …] [wie folgt] beantwortet."  The article is missing
# in some 18th-period answers, the portfolio when the Ministerpräsident answers; no period inside.
_MINISTRY_SENTENCE = re.compile(
    r"(?P<who>(?:(?:Der|Die) )?(?:stellvertretende )?"
    r"(?:Ministerpräsidentin|Ministerpräsident|Ministerin|Minister|Chefin|Chef)\b[^.]{0,250}?)"
    r"\s+hat\s+(?:im Einvernehmen mit (?P<co1>[^.]" + SENDER_SPAN + r")\s+)?die Kleine Anfrage (?P<nr>\d+)"
    r"(?:\s+vom(?:\s+" + _DATE + r")?)?"  # "die Kleine Anfrage 295 vom [8. August 2022] mit Schreiben vom …"
    r"\s+mit Schreiben vom (?P<date>" + _DATE + r")"
    r"\s+(?:namens|für) (?:der|die) Landesregierung"
    r"(?:\s+im Einvernehmen mit (?P<co2>[^.]" + SENDER_SPAN + r"))?(?:\s+wie folgt)?\s+beantwortet\b",
)
_ANSWER_OPENING = re.compile(r"\bbeantwort\w*\b[^.]{0,120}\bwie folgt\s*:\s*$")
# The answer's cover after the askers' Vorbemerkung: "Antwort der Landesregierung / erstellt vom Ministerium …".
_ANSWER_START = re.compile(r"^Antwort der (?:Landes|Staats)regierung\b")
_MINISTRY_START = re.compile(
    r"^(?:(?:Der|Die) )?(?:stellvertretende )?(?:Minister|Ministerin|Ministerpräsident\w*|Chef|Chefin)\b"
)


@dataclass
class Front:
    """What the front matter says; every field may be missing."""

    parliament: str | None = None
    wahlperiode: int | None = None
    drucksache: str | None = None
    anfrage_nr: int | None = None
    anfrage_drucksache: str | None = None
    title: str = ""
    askers: tuple[Asker, ...] = ()
    further_askers: bool = False
    ministry: str | None = None
    co_ministries: tuple[str, ...] = ()
    date_answered: dt.date | None = None
    date_asked: dt.date | None = None
    preamble: list[str] = field(default_factory=list)
    government_preamble: list[str] = field(default_factory=list)
    kind: str = ""
    resolution_drucksache: str | None = None
    resolution_date: dt.date | None = None
    anfrage_name: str = ""
    reprint: bool = False
    anfrage_reprint: bool = False


def read_front(front: list[str], first_page: list[str], body: list[str] | None = None) -> Front:
    """Read all facts the front matter carries, whatever the layout.

    ``body`` (the whole text) is searched for the facts some layouts print after the questions
    (Baden-Württemberg's covering letter, the Bundestag's transmission note)."""
    text = join_lines(front)
    result = Front()
    result.parliament, result.wahlperiode, result.drucksache = read_header(" ".join(first_page[:25]))
    result.reprint = reprinted(" ".join(first_page[:25]), result.drucksache)
    result.ministry, result.co_ministries, result.anfrage_nr, result.date_answered = read_ministry_sentence(text)
    nrw = read_nrw_answer_block(text)
    ni = read_ni_answer_block(front)
    generic = read_generic_answer_facts(join_lines(body) if body else text, result.drucksache, text)
    for facts in (nrw, ni, generic):
        for name, value in facts.items():
            if not _unset(value) and _unset(getattr(result, name)):
                setattr(result, name, value)
    block = _title_block(front)
    result.title = join_lines(block)
    result.preamble = section(front, PREAMBLE_HEADING)
    if not result.preamble and len(result.title) > MAX_TITLE:
        title, rest = _unheaded_preamble(block)
        result.title = join_lines(title)
        # where the askers end it by asking („… frage ich den Senat:“), :mod:`.introduction` reads it instead
        result.preamble = [] if any(_ASKING.search(line) for line in rest) else rest
    result.government_preamble = section(front, GOV_PREAMBLE_HEADING)
    result.kind, result.resolution_drucksache, result.resolution_date = read_kind(first_page)
    result.anfrage_name = read_anfrage_name(first_page)
    return result


def _unset(value: object) -> bool:
    """Is a fact not given (``False`` too, not ``0``)?"""
    return value is None or value is False or value in ((), "")


_CITED_BEFORE = re.compile(r"(?:\b(?:der|die|des|in|auf|zur|siehe)|\() ?$")


def read_header(text: str) -> tuple[str | None, int | None, str | None]:
    """Parliament code, Wahlperiode and Drucksache from the page-1 header, where present."""
    text = " ".join(text.split())
    parliament = parliament_in(text)
    period = re.search(r"(\d{1,2})\.\s*Wahlperiode", text)
    # The answer's own number, not the question's ("der Abgeordneten … SPD Drucksache 17/6031"):
    # the one beside the Wahlperiode in the page head, else the first not after the askers.
    # Berlin prints the number's thousands apart: "Drucksache 17 / 16 953".
    numbers = list(re.finditer(r"Drucksache\s*(\d{1,2})\s*/\s*(\d{1,3} \d{3}(?!\d)|\d{1,6})", text))
    drucksache = next(
        (m for m in numbers if period and abs(m.start() - period.start()) < 60),
        next(
            (
                m
                for m in numbers
                if not re.search(r"Abgeordnete|Kleine Anfrage|Fraktion", text[max(0, m.start() - 300) : m.start()])
                # nor one a sentence cites: „… in der Antwort auf die zweite Frage der Drucksache 19/1767“, „(Drucksache
                # 19/1767)“ (Hessen's copies that lack the page head)
                and not _CITED_BEFORE.search(text[max(0, m.start() - 7) : m.start()])
            ),
            None,
        ),
    )
    # Bayern's page head as some copies print it, without the word: "17. Wahlperiode 06.11.2017 17/18012 Bayerischer
    # Landtag" (the number's period is the Wahlperiode's, right after the head's date).
    drucksache = drucksache or re.search(
        r"(?P<p>\d{1,2})\.\s*Wahlperiode\s+\d{1,2}\.\d{1,2}\.\d{4}\s+(?P=p)\s*/\s*(\d{1,6})\b", text
    )
    return (
        parliament,
        int(period.group(1)) if period else None,
        f"{int(drucksache.group(1))}/{int(drucksache.group(2).replace(' ', ''))}" if drucksache else None,
    )


def reprinted(head: str, drucksache: str | None) -> bool:
    """Does the page head print the Drucksache as reprinted, „Drucksache 21/309 (neu)“?  The new print replaces the
    first under the same number, and citations name it so: „BT-Drs. 21/309 (neu)“ is not the superseded text."""
    if drucksache is None:
        return False
    period, number = drucksache.split("/")
    digits = r"\s?".join(number)  # Berlin's „17 / 16 953“
    return re.search(rf"Drucksache\s*{period}\s*/\s*{digits}\s*\(neu\)", " ".join(head.split())) is not None


def read_ministry_sentence(text: str) -> tuple[str | None, tuple[str, ...], int | None, dt.date | None]:
    """Answering ministry, co-ministries, KA number and date from the NRW answer sentence."""
    match = _MINISTRY_SENTENCE.search(text)
    if not match:
        return None, (), None, None
    ministry = ministry_name(match.group("who"))
    co_text = match.group("co1") or match.group("co2") or ""
    co_ministries = tuple(ministry_name(part) for part in _split_co_ministries(co_text))
    return ministry, co_ministries, int(match.group("nr")), parse_date(match.group("date"))


def read_nrw_answer_block(text: str) -> dict:
    """``auf die Kleine Anfrage 2509 vom 26. April 2019 der Abgeordneten … SPD Drucksache 17/6031``."""
    match = re.search(
        r"auf die Kleine Anfrage (?P<nr>\d+) vom (?P<date>" + _DATE + r")\s+"
        r"(?:des|der) Abgeordneten (?P<askers>.+?)\s+Drucksache\s*(?P<ds>\d{1,2}\s*/\s*\d{1,6})",
        text,
    )
    if not match:
        return {}
    return {
        "anfrage_nr": int(match.group("nr")),
        "date_asked": parse_date(match.group("date")),
        "askers": parse_askers(match.group("askers")),
        "anfrage_drucksache": re.sub(r"\s", "", match.group("ds")),
    }


def read_ni_answer_block(front: list[str]) -> dict:
    """``Anfrage der Abgeordneten … (CDU), eingegangen am … - Drs. 19/10822`` and
    ``Antwort des Niedersächsischen Ministeriums für … namens der Landesregierung vom 13.07.2026``."""
    text = join_lines(front)
    asked = re.search(
        r"Anfrage (?:des|der) (?:Abgeordneten )?(?P<askers>(?:(?!Anfrage |Antwort ).)+?),?\s+eingegangen am (?P<date>"
        + _DATE
        + r")"
        r"(?:\s*[-–]\s*Drs\.\s*(?P<ds>\d{1,2}/\d{1,6}))?",
        text,
    )
    answered = re.search(
        # not Schleswig-Holstein's cover "Antwort der Landesregierung - Ministerin für …" before a Vorbemerkung, nor an
        # earlier answer a Vorbemerkung cites (Hamburg: "In der Antwort des Senats vom 07.08.2018 auf die …")
        r"(?<![Dd]er )(?<![Dd]ie )(?<![Ee]ine )(?<![Ee]iner )(?<![Ii]hrer )(?<![Ss]einer )(?<![Mm]einer )"
        r"Antwort (?:des|der) (?!(?:Landes|Bundes|Staats)regierung\b)"
        r"(?P<who>(?:(?!Antwort |Anfrage )[^,;])*?(?:[Mm]inisteri\w*|Staatskanzlei|Senat\w*)"
        r"(?: (?:für|der|des) (?:(?!Antwort |Anfrage )[^.?!:]){0,150}?)?)"
        r"(?: namens der Landesregierung)? vom (?P<date>" + _DATE + r")"
        # the sender without an article, set off by a comma: „Antwort Niedersächsisches Ministerium für Inneres und
        # Sport, namens der Landesregierung vom 29.06.2015, gezeichnet …“ (17th period)
        r"|(?<![a-zäöüß] )Antwort (?P<office>(?:[A-ZÄÖÜ]\w+ )?(?:Ministerium|Staatskanzlei)\b[^;.]{0,160}?),"
        r" namens der Landesregierung vom (?P<date2>" + _DATE + r")",
        text,
    )
    facts: dict = {}
    if asked:
        facts["askers"] = parse_askers(asked.group("askers"))
        facts["date_asked"] = parse_date(asked.group("date"))
        facts["anfrage_drucksache"] = asked.group("ds")
    if answered:
        facts["date_answered"] = parse_date(answered.group("date") or answered.group("date2"))
        facts["ministry"] = nominative(answered.group("who") or answered.group("office"))
    return facts


_NOT_CITED_LETTER = r"(?! (?:wurde|worden|hat|haben)\b)"
# an office the note names as a ministry's („mit Schreiben des Bundesministeriums des Auswärtigen Amts“, „… des
# Beauftragten der Bundesregierung für Kultur und Medien“): the office sends it
_OFFICE_AS_MINISTRY = re.compile(
    r"^Bundesministeriums (?:des|der) (?P<office>(?:\S+ ){0,2}\S*(?:[Aa]mte?s|Beauftragten)\b.*)$"
)


def _sender(phrase: str) -> str:
    """The sender of a transmission note in the nominative, as the other notes name it: the office a ministry's name
    wraps, the Presse- und Informationsamt with its full name, no comma before the last „und“ of a portfolio
    („… Naturschutz, und nukleare Sicherheit“, 21/1336)."""
    phrase = normalise_space(phrase)
    office = _OFFICE_AS_MINISTRY.match(phrase)
    name = nominative(office["office"] if office else phrase).replace(", und ", " und ")
    return name + " der Bundesregierung" if name == "Presse- und Informationsamt" else name


def read_generic_answer_facts(text: str, own_drucksache: str | None, front: str | None = None) -> dict:
    """Facts other parliaments print in prose: ``Mit Schreiben vom 6. Juli 2021 … beantwortet das
    Ministerium für Verkehr die Kleine Anfrage`` (Baden-Württemberg), ``… mit Schreiben des
    Bundesministeriums der Finanzen vom 4. Juni 2019 übermittelt`` (Bundestag), and the question's
    Drucksache (``Kleine Anfrage … – Drucksache 19/9876 –``), looked for in the ``front`` matter where it is
    given: a Drucksache the questions or answers cite (``meiner Kleinen Anfrage (Drs. 18/1108)``) is another."""
    facts: dict = {}
    match = re.search(
        r"Mit Schreiben vom (?P<date>"
        + _DATE
        + r").{0,80}? beantwortet (?:das|die|der) (?P<who>[^.]"
        + SENDER_SPAN
        + r") die Kleine Anfrage",
        text,
    ) or re.search(
        # also sent by an office in its own name: „Die Antwort wurde namens des Bundeskanzleramtes mit Schreiben vom …“
        # (the transmission note, not a letter the askers cite: „… der dem Haushaltsausschuss … mit Schreiben des
        # Bundesministeriums der Finanzen (BMF) vom 06.09.2024 übermittelt wurde“, 21/1261)
        r"mit Schreiben (?:des|der) (?P<who>[^.]"
        + SENDER_SPAN
        + r") vom (?P<date>"
        + _DATE
        + r") übermittelt"
        + _NOT_CITED_LETTER
        # a government (``namens der Sächsischen Staatsregierung``) names no ministry, but the date is the answer's
        + r"|namens (?:des|der) (?:(?:\w+ )?(?:Bundes|Landes|Staats)regierung|Senats"
        + r"|(?P<office>(?:(?!mit Schreiben )[^.])"
        + SENDER_SPAN
        + r"))"
        # (or without the letter: „Die Antwort wurde namens des Bundeskanzleramtes vom 15. Oktober 2025 übermittelt.“)
        + r" (?:mit Schreiben )?vom (?P<date2>"
        + _DATE
        + r") übermittelt"
        + _NOT_CITED_LETTER,
        text,
    )
    if match:
        facts["date_answered"] = parse_date(match.group("date") or match.group("date2"))
        sender = match.group("who") or match.group("office")
        if sender:
            # Baden-Württemberg's letter names the ministries it agreed with: „… beantwortet das Innenministerium im
            # Einvernehmen mit dem Ministerium für Umwelt, …, und dem Ministerium für … die Kleine Anfrage“
            sender, _, agreed = sender.partition(" im Einvernehmen mit ")
            facts["ministry"] = _sender(sender)
            facts["co_ministries"] = tuple(ministry_name(part.strip(" ,")) for part in _split_co_ministries(agreed))
    else:
        # not an earlier answer the askers cite, an article before it („In der Antwort der Landesregierung vom 28. Juni
        # 2016 auf meine Kleine Anfrage …“, Sachsen-Anhalt)
        match = re.search(
            r"(?<!\bder )(?<!\bdie )(?<!\beiner )(?<!\bseiner )(?<!\bihrer )(?<!\bmeiner )"
            r"Antwort der (?:Landes|Bundes|Staats)regierung vom (?P<date>" + _DATE + r")",
            text,
        )
        facts["date_answered"] = parse_date(match.group("date")) if match else None
    asked = (
        # Sachsen-Anhalt's cover: "… zur schriftlichen Beantwortung Abgeordneter Rüdiger Erben (SPD) <title>", before
        # any Kleine Anfrage „des Abgeordneten …“ the Vorbemerkungen cite; each of several askers on a line of their
        # own, "Abgeordneter Frank Bommersbach (CDU) Abgeordneter Ralf Wunschinski (CDU)"; the PDF's text may keep the
        # cover's line break „zur schrift- lichen Beantwortung“
        re.search(
            r"zur schrift-?\s?lichen Beantwortung\s+Abgeordnete[rn]?\s+(?P<askers>[^()]{3,200}?\([^()]+\)"
            r"(?:(?:\s*(?:,|und)\s*|\s+Abgeordnete[rn]?\s+)[^()]{3,200}?\([^()]+\))*)(?P<date>)",
            text,
        )
        or re.search(
            # Berlin's page copy glues "Schriftliche Anfragedes Abgeordneten …"; a name begins with no figure (a cut
            # copy's cover moved before the date of the head: „Kleine Anfrage der Abgeordneten 31.08.2016 Drucksache“)
            # (Rheinland-Pfalz's joint answer to several: „K l e i n e A n f r a g e n der Abgeordneten … und
            # A n t w o r t“)
            r"(?:Schriftliche |Kleine |Schriftliche Kleine |zu der )Anfrage(?:n(?= der Abgeordneten))?"
            r"(?: Nr\.)?(?: \d+)?"
            r" ?(?:des|der) (?:Abgeordneten|Abg\.) (?P<askers>(?!\d).{3,"
            + str(MAX_ASKERS)
            + r"}?)(?: vom (?P<date>"
            + _DATE
            + r")| und Antwort\b|\s*[-–]\s*Drucksache|\s+Drucksache|\s+Drs\.-Nr|\s+eingegangen| Ich frage|\s+betr\.:"
            # (Baden-Württemberg's Kleine Anfrage alone: the party, then the title, then the request: „Kleine Anfrage
            # des Abg. Stefan Herre AfD Eintreffzeiten der Polizeikräfte … Ich frage die Landesregierung:“)
            + r"| (?P<party>"
            + PARTIES
            + r")(?= [A-ZÄÖÜ][^?!:]{3,300}? (?:Ich|Wir) fragen? die Landesregierung:))",
            text,
        )
        # Bremen: "Antwort des Senats auf die Kleine Anfrage der Fraktion der SPD vom 7. September 2021"
        or re.search(
            r"(?:Kleine|Schriftliche|Große) Anfrage (?P<askers>(?:der|die) Fraktion(?:en)? (?:der )?(?:"
            + PARTIES
            + r")(?:(?:,\s*|\s+und\s+(?:der\s+)?)(?:"
            + PARTIES
            + r"))*)(?!\S)(?: vom (?P<date>"
            + _DATE
            + r"))?",
            text,
        )
        or re.search(  # Mecklenburg-Vorpommern: "KLEINE ANFRAGE des Abgeordneten Tino Müller, Fraktion der NPD <title>"
            r"KLEINE ANFRAGE (?:des|der) Abgeordneten (?P<askers>.{3,200}?,\s*(?:Fraktion (?:der )?(?:"
            + PARTIES
            + r")\b|fraktionslos))(?P<date>)",
            text,
        )
        # Bremen's Fragestunde: "Anfrage 1: <title> Anfrage der Abgeordneten … und Fraktion der SPD vom …"
        or re.search(
            r"Anfrage \d{1,2}: .{3,300}? Anfrage (?:des|der) Abgeordneten (?P<askers>.{3,400}?) vom (?P<date>"
            + _DATE
            + r")",
            text,
        )
        # the Bundestag's list printed without „der Abgeordneten“ (Drucksache 21/1432)
        or re.search(
            r"auf die Kleine Anfrage (?P<askers>[A-ZÄÖÜ][^–]{3,"
            + str(MAX_ASKERS)
            + r"}?\bund der (?:Fraktion|Gruppe) [^–]{2,60}?)(?P<date>)(?=\s*[-–]\s*Drucksache)",
            text,
        )
        # Hessen's 20th period names the askers without article: "Kleine Anfrage Dr. Daniela Sommer (SPD) vom
        # 22.07.2020"
        or re.search(
            r"\bKleine Anfrage (?P<askers>[A-ZÄÖÜ][^()]{2,120}? \((?:"
            + PARTIES
            + r")\)) vom (?P<date>\d{2}\.\d{2}\.\d{4})",
            text,
        )
    )
    if asked:
        named = asked.group("askers")
        if "party" in asked.re.groupindex and asked.group("party"):
            named = f"{named} {asked.group('party')}"
        facts["askers"] = _askers_with_fraktion(named)
        facts["further_askers"] = names_further_askers(asked.group("askers"))
        facts["date_asked"] = parse_date(asked.group("date")) if asked.group("date") else None
        # the Bundestag's „… und der Fraktion der AfD – Drucksache 21/1123 –“, however long the list before
        after = re.match(r"\s*[-–]\s*Drucksache\s*(\d{1,2})\s*/\s*(\d{1,6})", text[asked.end("askers") :])
        if after and f"{int(after.group(1))}/{int(after.group(2))}" != own_drucksache:
            facts["anfrage_drucksache"] = f"{int(after.group(1))}/{int(after.group(2))}"
            return facts
    front = text if front is None else front
    # the head names the Anfrage's own Drucksache; a Vorbemerkung after it cites others („Die Landesregierung erklärte
    # bei der Beantwortung der Kleinen Anfrage, Drs. 18/3391, …“ in a Nachfrage, sh-18-3566)
    front = _BEFORE_PREAMBLE.split(front, maxsplit=1)[0]
    for found in re.finditer(r"(?:Drucksache|Drs\.)\s*(\d{1,2})\s*/\s*(\d{1,6})", front):
        number = f"{int(found.group(1))}/{int(found.group(2))}"
        before = front[max(0, found.start() - 400) : found.start()]
        words = before.split()
        cited = bool(words) and words[-1] in _CITING  # "Wie der Drs. 21/3109 …": another paper
        # a title citing the earlier one in brackets: „betreffend Unklarheiten in der Kleinen Anfrage
        # "Großraubtiermanagement in Hessen" (Drucksache 19/1767)“
        cited = cited or front[max(0, found.start() - 1) : found.start()] == "("
        if number != own_drucksache and "Kleine Anfrage" in before and not cited:
            facts["anfrage_drucksache"] = number
            break
    return facts


# The heading of a Vorbemerkung (the askers', the government's), where the head with the Anfrage's own numbers ends
_BEFORE_PREAMBLE = re.compile(r"\bVorbemerkung(?:en)?\b(?= (?:des|der|zur|zu)\b|\s*:)")
# Twenty-five members of the Bundestag and their Fraktion, as a list of askers may name them (Drucksache 21/1178)
MAX_ASKERS = 1500
# Words before a Drucksache the text cites rather than the one it answers ("in Drs. 21/1333", "laut Drucksache …").
_CITING = ("der", "die", "das", "den", "dem", "des", "in", "im", "laut", "vgl.", "siehe", "s.", "aus", "nach", "zur")


def _askers_with_fraktion(text: str) -> tuple[Asker, ...]:
    """``Jessica Tatti, Susanne Ferschl und der Fraktion DIE LINKE.`` → both with party DIE LINKE and the Fraktion
    itself, which asks with them (the Bundestag's Kleine Anfragen are the Fraktion's);
    ``Valentin Lippmann, Fraktion BÜNDNIS 90/DIE GRÜNEN`` (Sachsen) and ``Sven Petke und Steeven Bretz der
    CDU-Fraktion`` (Brandenburg) or ``Andre Barth, AfD-Fraktion`` (Sachsen) name the members' Fraktion only: both with
    its party.  A Gruppe of the Bundestag,
    too small to be a Fraktion, asks as one (``Clara Bünger, weiterer Abgeordneter und der Gruppe Die Linke``)."""
    fraktion = re.search(
        r"(?:,\s*|(?P<joined>\s+und\s+))(?:der |die )?"
        r"(?P<fraktion>(?:Fraktion|Gruppe) (?:der )?(?P<party>.+?))\.?$"
        # (the party alone before „-Fraktion“, not the names of a list before it: „Henryk Wichmann, Sven Petke und
        # Gordon Hoffmann der CDU-Fraktion“)
        r"|(?:\s+der |,\s*)(?P<suffixed>(?:(?! (?:und|der|sowie) )[\w/ ])+?)-Fraktion\.?$",
        text,
    )
    if not fraktion:
        return parse_askers(text)
    # „BÜNDNIS 90/“ at a line's end and „DIE GRÜNEN“ on the next are one name
    party = re.sub(r"/\s+", "/", fraktion.group("party") or fraktion.group("suffixed"))
    members = tuple(Asker(a.name, a.party or party) for a in parse_askers(text[: fraktion.start()]))
    if not fraktion.group("joined") or not members:
        return members
    return (*members, Asker(re.sub(r"/\s+", "/", normalise_space(fraktion.group("fraktion"))), party))


def nominative(phrase: str) -> str:
    """``Niedersächsischen Ministeriums für Inneres`` → ``Niedersächsisches Ministerium für Inneres``; offices too:
    ``Auswärtigen Amts`` → ``Auswärtiges Amt``, ``Bundeskanzleramtes`` → ``Bundeskanzleramt``, ``Beauftragten der
    Bundesregierung für …`` (or a Land's ``Landesbeauftragten für …``) → ``Beauftragte der Bundesregierung für …``."""
    phrase = _BROKEN_MINISTER.sub(_mended_minister, normalise_space(phrase))
    phrase = re.sub(r"^(\w+?)en (\w*[Mm]inisterium|Amt)(?:es|s)?\b", r"\1es \2", phrase)
    phrase = re.sub(r"^(\w+?)en Staatskanzlei\b", r"\1e Staatskanzlei", phrase)
    phrase = re.sub(r"^(\w*[Bb]eauftragt)en\b", r"\1e", phrase)
    # only an office the phrase begins with (``Bundeskanzleramtes``); one named later keeps its genitive, as the
    # text writes it (``Bundesministerium des Auswärtigen Amts``)
    phrase = re.sub(r"^((?:\w+- und )?\w*[Aa]mt)e?s\b", r"\1", phrase)
    return re.sub(r"\b(\w*[Mm]inisterium)s\b", r"\1", phrase)


# No title is this long (the longest of the 672 Bundestag answers of BundestagDigest has 274 characters): a longer
# one ran on into a preamble printed without its heading.
MAX_TITLE = 400
MAX_TITLE_LINES = 4
MIN_PREAMBLE_LINES = 3  # a text re-segmented from one line (kleineanfragen.de) has no lines to tell the title by
_ASKING = re.compile(ASKING_WORDS)
_BARE_HEADING = re.compile(r"^Vor(?:be)?merkung(?:en)?\s*:?\s*$")  # Bundestag 21/1093: no „der Fragesteller“
_BARE_COLON_HEADING = re.compile(r"^Vorbemerkung(?:en)?\s*:\s*$")
# A title line ending so goes on in the next line („… Satz 6 des“ / „Bundesministergesetzes“, „… 2017 –“ / „…“).
_TITLE_GOES_ON = re.compile(
    r"(?:[-–,:;/(]|\b(?:der|die|das|des|dem|den|und|oder|sowie|für|von|vom|zum|zur|im|in|bei|mit|nach|auf|über|"
    r"gegen|aus|am|an|zu|ein|eine|einer|eines|einem|einen))\s*$"
)


def _unheaded_preamble(block: list[str]) -> tuple[list[str], list[str]]:
    """A title that ran on into the askers' preamble printed without its heading (Bundestag 21/1134: „Aufrüstung und
    Klimaneutralität“, then 7,000 characters of preamble), cut after its first line that is shorter than the preamble's
    and does not go on; the rest, after a bare „Vorbemerkung“, is the preamble. Unchanged where no line of the first few
    is so."""
    widest = max(len(line.rstrip()) for line in block)
    for end, line in enumerate(block[:MAX_TITLE_LINES], start=1):
        if len(block) - end < MIN_PREAMBLE_LINES:
            break
        if len(line.rstrip()) < 0.8 * widest and not _TITLE_GOES_ON.search(line):
            rest = block[end:]
            return block[:end], rest[1:] if _BARE_HEADING.match(rest[0]) else rest
    return block, []


def _title_block(front: list[str]) -> list[str]:
    """The lines of the title: the first block of the front matter that is not layout furniture.

    In the full NRW layout it follows the question's Drucksache line; in Niedersachsen it
    follows ``Antwort des … namens der Landesregierung``; elsewhere it is the first block that
    is not part of the form (``Kleine Anfrage``, ``des Abg. …``, ``Antwort``, ``vom …``).
    """
    start = _title_start(front)
    block: list[str] = []
    for line in front[start:]:
        if PREAMBLE_HEADING.match(line) or GOV_PREAMBLE_HEADING.match(line) or _MINISTRY_START.match(line):
            break
        if re.match(r"^(?:Anfrage|Antrag|Beschluss) (?:des|der) |^\d+\.\s(?!" + MONTH_WORD + r")|^Ich frage", line):
            break
        if not line or re.match(r"^(?:Kleine Anfrage|Schriftliche (?:Kleine )?Anfrage|Antwort|Neudruck\b.*)\s*$", line):
            if block:
                break
            continue
        block.append(re.sub(r"^Betr(?:eff)?\.?:\s*", "", line))
    return block


# A Drucksache printed anew after its number: the Bundestag's „– Drucksache 21/1026 (neu) –“.
_REPRINT = r"(?:\s*\(neu\))?"
# Lines of the cover form around the title in other parliaments' layouts.
_FORM_LINE = re.compile(
    r"^(?:Antwort|und|Kleine Anfrage|Schriftliche (?:Kleine )?Anfrage|Unterrichtung|Gesetzentwurf|Antrag"
    r"|der (?:Landes|Bundes|Staats)regierung|des Senats|auf die (?:Kleine|Schriftliche) Anfrage\b.*"
    r"|(?:des|der) Abg(?:eordneten|\.)\s.*|(?:des|der) (?:\w+ )?(?:Staats)?[Mm]inisteri\w*\b.*|der Fraktion\b.*"
    # Thüringen's cover, the askers and their party on the line before „Antwort des Thüringer Ministeriums …“:
    # „Kleine Anfrage der Abgeordneten Hoffmann (AfD) und“
    r"|Kleine Anfrage de[rs] Abgeordneten [^()]{2,120} \([^()]{2,40}\) und"
    r"|vom \d{1,2}\.\s*(?:\d{1,2}\.\s*\d{2,4}|[A-Za-zä]+ \d{4})|[-–]?\s*Drucksache\s*\d{1,2}\s*/\s*\d+"
    + _REPRINT
    + r"\s*[-–]?"
    r"|(?:mit )?Antwort (?:des|der)\b.*|Hannover, den .*|Die Präsidentin .*|Der Präsident .*"
    r"|- Landtagsverwaltung -|Neudruck\b.*)\s*$"
)


def _title_start(front: list[str]) -> int:
    for index, line in enumerate(front):
        if (
            re.match(r"^[-–]?\s*Drucksache\s*\d{1,2}\s*/\s*\d+" + _REPRINT + r"\s*[-–]?\s*$", line)
            and index > 0
            and _near_askers(front, index)
        ):
            return index + 1
    for index, line in enumerate(front):  # Niedersachsen: after the first "Antwort des … Landesregierung"
        if re.match(r"^Antwort (?:des|der) ", line):
            for end in range(index, min(index + 4, len(front))):
                if join_lines(front[index : end + 1]).endswith("Landesregierung"):
                    return end + 1
    index = _skip_header_block(front)
    while index < len(front) and (not front[index] or _FORM_LINE.match(front[index])):
        index += 1
    return index


def _near_askers(front: list[str], index: int) -> bool:
    window = " ".join(front[max(0, index - 12) : index])
    return bool(re.search(r"Abgeordneten|Kleine Anfrage", window))


def _skip_header_block(front: list[str]) -> int:
    """Skip a page-1 header block (parliament, Wahlperiode, Drucksache, date) if present."""
    index = 0
    while index < len(front) and (
        not front[index]
        or re.match(
            r"^(?:LANDTAG|Landtag|Deutscher Bundestag|\d{1,2}\.\s*Wahlperiode|Drucksache\s|\d{1,2}\.\d{1,2}\.\d{2,4}$)",
            front[index],
        )
    ):
        index += 1
    return index


def section(front: list[str], heading: re.Pattern[str]) -> list[str]:
    """Lines under a heading up to the next heading or the ministry sentence; the askers' also up to the
    answer's opening ``… beantworte ich die Kleine Anfrage wie folgt:``, which is the government's."""
    askers = heading is PREAMBLE_HEADING
    ends = (PREAMBLE_HEADING, GOV_PREAMBLE_HEADING, *((_ANSWER_START,) if askers else ()))
    for index, line in enumerate(front):
        if heading.match(line):
            body: list[str] = []
            for position in range(index + 1, len(front)):
                following = front[position]
                if any(end.search(following) for end in ends) or (askers and _opens_answer(front, position)):
                    break
                # a bare „Vorbemerkung:“ after the askers' own (Brandenburg) heads the government's
                if askers and body and _BARE_COLON_HEADING.match(following):
                    break
                # their asking sentence on its own line closes it, asks and says nothing („Ich frage daher die
                # Landesregierung:“, Brandenburg)
                if askers and body and _ASKING_LINE.fullmatch(following.strip()):
                    break
                if _MINISTRY_START.match(following) and _MINISTRY_SENTENCE.match(join_lines(front[position:][:8])):
                    break
                body.append(following)
            return body
    return []


_ASKING_LINE = re.compile(r"(?:Ich|Wir) fragen? (?:daher |deshalb )?die (?:Landes|Staats)regierung\s*:?")


def _opens_answer(front: list[str], position: int) -> bool:
    """Does the answer's opening sentence start on line ``position`` (it may wrap onto the next line)?"""
    line = front[position]
    opening = _ANSWER_OPENING.search(join_lines(front[position : position + 2]))
    return bool(_ANSWER_OPENING.search(line)) or (opening is not None and opening.start() < len(line))


# "Minister…" broken at a line's end, its hyphen kept: "das Mi- nisterium für Umwelt", "Ministe - rium für Verkehr";
# Baden-Württemberg's one-line copies also split the rest of the word once more ("das Mi - nis terium für …").
_BROKEN_MINISTER = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]*) ?- ([a-zäöüß]+)(?: ([a-zäöüß]+))?\b")


def _mended_minister(found: re.Match[str]) -> str:
    """The word set solid where only the joined pieces spell "Minister" ("Staats- und …" stays); a third piece
    after a space is joined only where the first two do not spell it and all three do ("Mi - nis terium")."""
    first, second, third = found.group(1), found.group(2), found.group(3) or ""
    pieces = f"{first} {second} {third}".lower()
    if "minister" in pieces:
        return found.group(0)
    if "minister" in (first + second).lower():
        return first + second + (f" {third}" if third else "")
    if third and "minister" in (first + second + third).lower():
        return first + second + third
    return found.group(0)


def ministry_name(phrase: str) -> str:
    """``Der Minister für Arbeit, …`` / ``der Ministerin für …`` → ``Ministerium für …``."""
    phrase = normalise_space(phrase)
    if re.match(r"^(?:der|die)\s+Chef(?:in)?\s+der\s+Staatskanzlei$", phrase, re.I):
        return "Staatskanzlei"
    match = re.match(
        r"^(?:der|die|dem|den|des)?\s*(?:(?P<land>\S+)\s+)?(?:Ministerin|Ministers?|Ministeriums|Ministerium)\s+"
        r"(für|der|des)\s+(.*)$",
        phrase,
        re.I,
    )
    if match:
        return f"{_land_adjective(match['land'])}Ministerium {match.group(2)} {match.group(3)}".strip()
    phrase = re.sub(r"^(?:der|die|dem|den|des)\s+", "", phrase, flags=re.I)
    # "Der Minister Bundes- und Europaangelegenheiten …": the preposition was left out.
    missing = re.match(r"^(?:stellvertretende\s+)?(?:Ministerin|Minister)\s+(?!für\b|der\b|des\b)([A-ZÄÖÜ].*)$", phrase)
    return f"Ministerium für {missing.group(1)}" if missing else phrase


def _land_adjective(word: str | None) -> str:
    """The Land's adjective a ministry's name begins with, as the text prints it and in the nominative, followed by
    a space: ``Thüringer``, ``Hessischen``, ``Sächsischer`` → ``Hessisches``, ``Sächsisches``; empty for any other
    word (``stellvertretende``)."""
    if word is None or not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:er|isch(?:e|en|er|es)?)", word):
        return ""
    return re.sub(r"isch(?:e|en|er|es)?$", "isches", word) + " "


def _split_co_ministries(text: str) -> list[str]:
    if not text:
        return []
    parts = re.split(r"(?:,|,?\s+(?:und|sowie))\s+(?=(?:der|dem|den|des)\s+(?:\S+\s+)?(?:Minister|Chef))", text)
    return [part for part in parts if part.strip()]
