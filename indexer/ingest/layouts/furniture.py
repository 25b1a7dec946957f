"""Each parliament's printed furniture, declared as patterns: what is layout, not text.

One row per parliament: running heads and footers that fall into the middle of the text
(``Drucksache 18/4741 Schleswig-Holsteinischer Landtag - 18. Wahlperiode 2``), the imprint and
issue notes, the page-1 header blocks some extractions put at the very end, and words that
name the parliament where the header is missing.  :mod:`indexer.ingest.layouts.flat` applies
them to text whose line breaks were lost; patterns here match inside one long line.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from indexer.dates import MONTH_WORD
from indexer.ingest.layouts.askers import PARTIES
from indexer.parliaments import find_parliament

# How far a sender, or the ministries it agreed with, may run inside its sentence — a repetition for ``[^.]`` („das
# Innenministerium im Einvernehmen mit dem Ministerium für …, … und dem Ministerium für …“): the longest the held texts
# name is 80 characters, a list of eight ministries some 600.  Read „to the next full stop“ instead, each such phrase
# of a text without full stops (a flattened table) read the whole rest of it again: quadratic, 5 s for 2.5 MB.
SENDER_SPAN = "{1,1000}?"
_DS = r"Drucksache\s*\d{1,2}\s*/\s*\d{1,3}(?:\s?\d{3})?"
_WP = r"\d{1,2}\.\s*Wahlperiode"
# A portfolio after "Minister"/"Ministerium": "für Inneres, Sport und Digitalisierung"; an item may be a noun with
# its adjective ("für Ländlichen Raum und Verbraucherschutz", "für wirtschaftliche Zusammenarbeit"), a second
# portfolio may follow a comma with its own "für" ("des Inneren, für Digitalisierung und Kommunen").
_PORTFOLIO_ITEM = r"(?:\w+(?:lich|isch)e[nrs]? )?[\w-]+"
# (a copy may drop the space after a comma: „Ministeriums für Bildung,Wissenschaft,Weiterbildung und Kultur“)
PORTFOLIO = (
    r"(?:für|der|des) "
    + _PORTFOLIO_ITEM
    + r"(?:(?:(?:, für|,| und für| und| für) |,(?=[A-ZÄÖÜ]))"
    + _PORTFOLIO_ITEM
    + r")*"
)
_MINISTRY = r"\S*[Mm]inister\w*(?: " + PORTFOLIO + r")?"
# Bayern's request before the questions: "Ich frage die Staatsregierung", also "Daher frage ich die Staatsregierung".
# (also after the introduction's clause: „Da am 30. Dezember 2015 … eingeführt worden ist, frage ich die
# Staatsregierung:“), or after a phrase that leads it in („… überprüft werden. Vor diesem Hintergrund frage ich die
# Staatsregierung:“, which ends the introduction, not the title)
# (also more askers than one: „Schriftliche Anfrage der Abgeordneten Jürgen Mistol, Rosi Steinberger … vom 20.09.2017
# Schutz von Baudenkmälern in Bayern Wir fragen die Staatsregierung:“)
_ASKS_BY = (
    r"(?:Ich frage|Wir fragen|(?:Vor diesem Hintergrund|Aus diesem Grund|In diesem Zusammenhang) frage(?:n wir| ich)"
    r"|[A-ZÄÖÜ][a-zäöü]+ frage(?:n wir| ich)|(?<=, )frage(?:n wir| ich))"
    r"(?: daher| deshalb| deswegen)? die Staatsregierung"
)
# The words that open a clause the next words belong to: a question word or a conjunction.
_CLAUSE_WORDS = (
    "wo", "was", "warum", "wie", "wann", "wer", "wen", "wem", "wessen", "wieso", "weshalb", "weswegen", "wofür", "wozu",
    "womit", "wodurch", "wohin", "woher", "worauf", "worin", "wovon", "inwiefern", "inwieweit", "viel", "viele", "ob",
    "dass", "daß", "weil", "wenn", "falls", "sobald", "solange", "damit", "obwohl", "bevor", "nachdem", "während",
    "und", "oder", "aber", "denn", "sondern", "doch",
)  # fmt: skip
_IN_A_CLAUSE = "".join(rf"(?<!\b{word[0].upper()}{word[1:]} )(?<!\b{word} )" for word in _CLAUSE_WORDS)
# A capitalised function word or sentence adverb starts the preamble sentence after a title (a title
# capitalises its nouns only).
_OPENER = (
    r"(?:Im|In|Am|An|Die|Der|Das|Den|Dem|Ein|Eine|Seit|Nach|Laut|Mit|Auf|Bei|Vor|Es|Aus|Wir|Ich|Zum|Zur|Als"
    r"|Auch|Um|Über|Durch|Gemäß|Wie (?:aus|der|die|das|dem|den|bereits|schon)|Bereits|Bisher|Bislang|Derzeit"
    r"|Aktuell|Immer|Zudem|Außerdem|Insbesondere|Möglichst|Viele|Alle|Einige|Zahlreiche|Dies|Diese|Dieser"
    r"|Dieses|Nachdem|Obwohl|Während|Leider|Offenbar|Rund|Längst|Schon|Bekanntlich|Jüngst|Kürzlich|Zuletzt|Zurzeit"
    r"|Seitdem|Medienberichten|Presseberichten|Berichten"
    # (Hamburg: „… und Groß Borstel Unsere 86 Freiwilligen Feuerwehren …“, „… am Kiwittsmoor? Einem Bericht der …“)
    r"|Unsere|Unser|Unserer|Einem|Einer"
    # (Bayern: „… Auskunftsrecht § 36 BayDSG Da am 30. Dezember 2015 …“, „… Informationsansprüchen Wenn …“)
    r"|Da|Wenn"
    # (Bayern: „… – Förderung Imkernachwuchs Sowohl in Fachpublikationen als auch …“; a reason or concession first)
    r"|Sowohl|Trotz|Aufgrund|Angesichts"
    # (Hamburg: „… – Eine Bilanz für 2018 Für die dynamisch wachsende Stadt …“)
    r"|Für (?:die|den|das|eine|einen)"
    # (Hamburg: „… Ausbau des Hallenbads Elbgaustraße 2016 hat der Senat den Masterplan …“: a year and its verb)
    r"|(?:19|20)\d{2} (?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|gab)"
    # (Bayern: „Streuobstwiesen 2014 Bayern beteiligt sich neben den Bundesländern …“: the Land or the country and its
    # verb; a title names a Land without a verb after it, or with its verb inside the clause a question word or a
    # conjunction opens: „Wo Bayern steht beim Breitbandausbau“, „Warum Europa zählt – …“)
    r"|"
    + _IN_A_CLAUSE
    + r"(?:Bayern|Deutschland|Europa|Der Freistaat) (?:hat|ist|war|wird|will|soll|plant|beteiligt|verfügt|gehört"
    r"|liegt|steht|gilt|zählt|braucht|fördert)\b)"
)
# (not right after a dash that opens a subtitle: Hamburg's „Straßenbäume in Hamburg – Eine Bilanz für 2018 Für die …“)
_SENTENCE = r"(?<! [–-])(?= " + _OPENER + r" |$)"
_NO_OPENER = r"(?:(?! " + _OPENER + r" )[^.!?])"  # a character of a sentence that no opener has begun again
_DATE = r"\d{1,2}\.\s*(?:\d{1,2}\.\s*\d{2,4}|[A-ZÄÖÜ][a-zäöü]+\s+\d{4})"
# A corrected print names itself between the Kleine Anfrage's number and its date: "Die Kleine Anfrage 1297
# - korrigierte Fassung - vom 27. Juli 2016".
CORRECTED = r"(?: [-–] (?:korrigierte|berichtigte|geänderte|neue) Fassung [-–])?"


def _after_previous_page(head: str) -> str:
    """A later page's ``head`` up to its page number, the previous page's number (one less) before it where printed
    there: one alternative per page up to 199, as a pattern cannot count; tried only where a number and the head
    follow (without that guard the alternatives cost 0.9 s on 200 KB of text)."""
    previous = "|".join(f"{page - 1} (?={head}{page} )" for page in range(2, 200))
    return rf"(?:(?=\d{{1,3}} {head})(?:{previous}))?{head}\d{{1,3}}"


@dataclass(frozen=True)
class Furniture:
    """Patterns of one parliament's layout (all optional)."""

    code: str
    # Running heads, page footers, issue notes, imprint: removed wherever they occur.
    furniture: tuple[str, ...] = ()
    # Header blocks printed (or extracted) after the answers: moved in front of the text.
    tail_front: tuple[str, ...] = ()
    # Words that name the parliament where the header does not (cut excerpts, letters).
    signals: tuple[str, ...] = ()
    # Where the title stands in the front matter read as one line (group ``title``).
    title: str = ""


# Furniture common to all layouts.
COMMON = (
    r"\(Ausgegeben am " + _DATE + r"\)",
    r"(?:(?<= )\d{1,3})?Eingegangen(?: am|:)\s*" + _DATE + r"\s*[·/]\s*Ausgegeben(?: am|:)\s*" + _DATE,
    r"Die Antwort wurde namens der Bundesregierung mit Schreiben (?:des|der) [^.]{5,200}? vom "
    + _DATE
    + r" übermittelt\.",
    r"Die Drucksache enthält zusätzlich\s*[–-]\s*in kleinerer Schrifttype\s*[–-]\s*den Fragetext\.",
)

LAYOUTS = (
    Furniture(
        "bt",
        furniture=(
            r"Deutscher Bundestag\s*[–-]\s*" + _WP + r"\s*[–-]\s*\d{1,3}\s*[–-]\s*" + _DS,
            # the even page's head, the Drucksache first: "Drucksache 19/8737 – 2 – Deutscher Bundestag – 19. WP"
            _DS + r"\s*[–-]\s*\d{1,3}\s*[–-]\s*Deutscher Bundestag\s*[–-]\s*" + _WP,
            # the stamp of a preliminary version on each page (a flat copy may break its words: "w ird")
            r"Vorabfassung\s*[–-]\s*w ?ird durch die lektorierte (?:Version|Fassung) ersetzt\.",
            # the imprint on the last page: printer, distributor, ISSN
            r"Gesamtherstellung: .{5,200}?www\.[\w.-]+\.de",
            r"Vertrieb: Bundesanzeiger Verlag GmbH.{0,250}?www\.bundesanzeiger-verlag\.de",
            r"ISSN 0722-8333",
        ),
        # the cover where a copy drops the page head: "Antwort der Bundesregierung auf die Kleine Anfrage der
        # Abgeordneten … – Drucksache 19/15017 –" (a Landtag's text cites a "Bundestagsdrucksache", no such cover)
        signals=(
            r"Antwort der Bundesregierung auf die (?:Kleine|Große) Anfrage de[rs] .{3,600}?[–-] " + _DS + r" [–-]",
        ),
        # question 1 ends the title; a date's day („… am 1. Juli 2025“) or an ordinal („12. Aktionstag“) does not
        title=r"[–-] " + _DS + r" [–-] (?P<title>.+?)(?= Vorbemerkung| 1\. (?!" + MONTH_WORD + r")|$)",
    ),
    Furniture(
        "bw",
        title=r"und Antwort de[rs] (?:" + _MINISTRY + r"|Landesregierung) (?P<title>.+?)"
        r"(?= Begründung| Antwort| Kleine Anfrage| Landtag von Baden-Württemberg| Ich frage| Wir fragen"
        r"| \d{1,3}\. (?!" + MONTH_WORD + r")[A-ZÄÖÜ]|$)"
        # the Kleine Anfrage alone: its title between the askers' party and the request („Kleine Anfrage des Abg.
        # Stefan Herre AfD Eintreffzeiten der Polizeikräfte … Ich frage die Landesregierung:“)
        r"|Kleine Anfrage de[rs] Abg\. [^?!:]{3,120}? (?:" + PARTIES + r") (?P<title_alone>[A-ZÄÖÜ][^?!:]{3,300}?)"
        r"(?= (?:Ich|Wir) fragen? die Landesregierung:)",
        # A flat copy puts page 1's cover after the question list, behind the askers' dated signature ("26. 01.
        # 2017 Dr. Bullinger FDP/DVP Kleine Anfrage des Abg. … und Antwort des Ministeriums … <title>"), where the
        # imprint (a page break by then) ends it: it is front matter, no words of the last question.
        tail_front=(
            r"(?:\d{1,2}\.\s*\d{1,2}\.\s*\d{4} [^¶]{3,200}? )?(?:Kleine|Große) Anfrage de[rs] (?:Abg\.|Fraktion)"
            r" [^¶]{3,400}? und Antwort de[rs] [^¶]{5,400}?(?= ¶)",
        ),
        furniture=(
            r"Drucksachen und Plenarprotokolle sind im Internet abrufbar unter:\s*www\.landtag-bw\.de/Dokumente",
            # (also where a copy stops inside its first words: „… Kreis Freudenstadt Drucksachen und Plenarprotokoll“)
            r"Drucksachen und Plenarprot[\w ]{0,40}(?:abrufbar(?: unter:?(?: www\.landtag-bw\.[\w/]{0,15})?)?)?$",
            # (also where a copy stops inside it, even inside its first words: "… Der Landtag druc")
            r"Der Landtag druckt auf Recyclingpapier"
            r"(?:, ausgezeichnet mit dem Umweltzeichen „Der Blaue Engel“\.|.{0,70}$)",
            # (also cut in its next words: „… Der Landtag druckt auf“)
            r"Der Landtag(?: d\w{0,5}(?: a\w{0,2}(?: R\w{0,16})?)?)?$",
            r"Landtag von Baden-Württemberg " + _DS + r"(?: \d{1,3})?(?= |$)",
        ),
    ),
    Furniture(
        "by",
        # The askers' introduction may follow the title: it opens a sentence with a function word ("für Alle"
        # is no sentence).  The lookahead fails at once where the phrase is missing ("Wir fragen …").
        title=r"vom "
        + _DATE
        + r" (?=.*? "
        + _ASKS_BY
        + r")(?P<title>.+?)(?<![:–-])(?<!\bfür)(?: (?:"
        + _OPENER
        + r"|(?<=\? )[A-ZÄÖÜ][\w-]*"  # after a title that asks, any sentence is the introduction
        # (or a quoted sentence opens it, its full stop inside the quotation: „… „Bayernnetz für Radler“ „Auf
        # familienfreundlichen … „erfahren“ und erleben.“ So lädt …“; a quoted name ends on no stop, and a slogan the
        # title quotes is followed by the introduction's own opener: „Kampagne „Bayern – hier lässt es sich … gut
        # leben.“ Die Kampagne …“)
        + r"|„(?=(?:[^„“]|„[^„“]*“){40,400}?[.!?]“ (?!"
        + _OPENER
        + r" ))[A-ZÄÖÜ][\w-]*"
        + r") .{10,}?[.,][“\"]?)? "
        + _ASKS_BY  # (the introduction may end on a quotation: „… in Deutschland dar.“ Ich frage daher …)
        # the cover with no request before the questions, question 1 right after the title: „Schriftliche Anfrage der
        # Abgeordneten Dr. Simone Strohmayr SPD vom 13.06.2014 Sprachförderung an Grundschulen und
        # Kindertagesstätten 1. In welchem Umfang …?“ (a question word after „1.“; no '?', no request and no sentence's
        # full stop before it, a full stop only after a digit: „im 1. Quartal“)
        + r"|Schriftliche Anfrage de[rs] Abgeordneten (?:[^()]|\([\w /]{2,30}\)){2,200}? vom "
        + _DATE
        + r" (?P<title_unasked>(?:(?!"
        + _ASKS_BY
        + r")(?:[^?.]|(?<=\d)\.)){5,300}?) 1\. (?=(?:Wie|Welche[mnrs]?|Was|Wer|Wann|Wo|Warum|Weshalb|Inwie(?:weit|fern)"
        + r"|(?:Aus|In|An|Auf|Für|Mit|Von|Nach|Bei|Unter) welche[mnrs]?|Ist|Sind|Gibt|Gab|Hat|Haben|Plant|Kann"
        + r"|Können|Wird|Werden|Wurde|Wurden|Liegen|Liegt|Sieht|Beabsichtigt|Trifft|Besteht|Bestehen)\b)",
        # a copy without the page head: the cover's own form, dated as only Bayern dates it, asking the Staatsregierung
        # ("Schriftliche Anfrage der Abgeordneten Christine Kamm BÜNDNIS 90/DIE GRÜNEN vom 08.01.2014 …")
        signals=(
            # (also a party in brackets: "Alexander Muthmann (fraktionslos)")
            r"^Schriftliche Anfrage de[rs] Abgeordneten (?:[^()]|\([\w /]{2,30}\)){2,200}? vom \d\d\.\d\d\.\d{4}"
            r" .{5,3000}?" + _ASKS_BY,
        ),
        furniture=(
            r"Drucksachen, Plenarprotokolle sowie die Tagesordnungen der Vollversammlung und der Ausschüsse sind im"
            r" Internet unter www\.bayern\.landtag\.de\s*[–-]\s*Dokumente abrufbar\.",
            r"Die aktuelle Sitzungsübersicht steht unter www\.bayern\.landtag\.de\s*[–-]\s*Aktuelles/Sitzungen/"
            r"Tagesübersicht zur Verfügung\.",
        ),
    ),
    Furniture(
        "be",
        # (anchored: the cover of a copy without the parliament's full name, „Drucksache 17 / 11 126 Kleine Anfrage 17.
        # Wahlperiode Kleine Anfrage des Abgeordneten … vom … (Eingang beim Abgeordnetenhaus am …)“, names Berlin
        # before the questions name another Land: „… zwischen Berlin und Brandenburg …“)
        signals=(r"Abgeordnetenhaus", r"Senats von Berlin", r"^.{0,300}?\(Eingang beim Abgeordnetenhaus am "),
        # (the answer's heading „Antwort“ may stand between the cover's furniture and the letter: „… entwickelt?
        # Die Drucksachen … Telefax: 6 61 78 28. Antwort Im Namen des Senats …“, not the title's last word)
        title=r"zum Thema:\s*(?P<title>.+?)(?= und Antwort|$)"
        r"|und Antwort (?P<title2>.+?)(?: Antwort)?(?= Im Namen des Senats|$)",
        furniture=(
            r"Die Drucksachen des Abgeordnetenhauses sind bei der Kulturbuch-Verlag GmbH zu beziehen\..{0,200}?"
            r"Telefax:\s*[\d ]+\.",
            # the letter's page count, also inside a table a page break cuts („… FF 2201 Wittenau 1* 1 Seite 2 von 3 FF
            # 2301 Hermsdorf …“)
            r"Seite \d{1,2} von \d{1,2}",
        ),
    ),
    Furniture(
        "hb",
        furniture=(r"—\s*\d{1,3}\s*—", r"Dazu(?= Antwort des Senats vom)"),
        signals=(r"\bBremischen Bürgerschaft\b",),  # "Fragestunde der Bremischen Bürgerschaft (Landtag)"
        # The Fragestunde's "Anfrage 1: <title> Anfrage der Abgeordneten … vom …" comes first.
        title=r"Anfrage \d{1,2}: (?P<title_hour>.+?) Anfrage de[rs] Abgeordneten"
        # (the askers' introduction after it opens as Hamburg's does: „… Stadtgemeinde Bremen Die Regierungsparteien …“)
        r"|vom " + _DATE + r" (?P<title>.+?)(?= Die Fraktion| Wir fragen| " + _OPENER + r" |$)",
    ),
    Furniture(
        "bb",
        # The head of page 2 where a copy stops inside it, right after a question („… warum nicht? Landtag Brandenburg
        # Drucksa“): no answer to that question
        furniture=(r"(?<=\?) Landtag Brandenburg(?: D(?:r(?:u(?:c(?:k(?:s(?:a(?:c(?:he?)?)?)?)?)?)?)?)?)?$",),
        # (not a Drucksache the title cites between dashes: „Drucksache 6/7982 Nachfrage zur Kleinen Anfrage Nr. 3003 -
        # Drucksache 6/7325 - Wolfshybriden in Brandenburg?“)
        # Also the title printed after the wording's heading, before the askers' introduction („Drucksache 6/543
        # Wortlaut der Kleinen Anfrage 253 vom 02.02.2015: Begleitetes Fahren in Brandenburg Seit dem Jahr 2006 …“).
        title=r".*(?<![-–] )Drucksache \d{1,2}/\d{1,6} (?:Wortlaut der Kleinen Anfrage (?:Nr\.\s*)?\d{1,5} vom "
        + _DATE
        + r":? (?P<title_after>[^.:!?]{3,200}?)(?= "
        + _OPENER
        + r" )|(?P<title>.+?) (?:Wortlaut der Kleinen Anfrage|Namens der Landesregierung))",
    ),
    # A title that asks ends at its question mark where the askers' introduction follows ("… selbst? Rund …"),
    # not before any capital ("Wo bleibt das Geld? Stand der Planungen …").
    Furniture(
        "hh",
        # the running head of a flat copy, even pages "Drucksache 21/16339 Bürgerschaft der Freien und Hansestadt
        # Hamburg – 21. Wahlperiode 2", odd ones "Bürgerschaft der Freien und Hansestadt Hamburg – 21. Wahlperiode
        # Drucksache 21/16339 3"
        furniture=(
            _DS + r" Bürgerschaft der Freien und Hansestadt Hamburg\s*[–-]\s*" + _WP + r"(?: \d{1,3})?(?= |$)",
            r"Bürgerschaft der Freien und Hansestadt Hamburg\s*[–-]\s*" + _WP + r" " + _DS + r"(?: \d{1,3})?(?= |$)",
        ),
        # (also where the sentence after it opens with any word but holds no opener before its full stop: „… Was hat
        # die Umfrage gebracht? Bewohner von Großstädten sind naturgemäß erheblich mehr Lärm ausgesetzt als …“; a
        # subtitle runs on to the introduction's opener: „… Geld? Stand der Planungen in Harburg Die Schulbehörde …“)
        # A series number in brackets ends the title („… zur „Fahrradstadt“ (II) SPD und GRÜNE verfolgen …“, „Evaluation
        # am Mühlenkamp (VII)“) where the introduction's sentence follows it, whatever word opens that.
        # (the cover's „Betr.:“ also spelled out: „Betreff: Verbringung von Sedimenten (XXXVII) – Mindertiefen im Hafen
        # Auch in diesem Jahr …“)
        title=r"(?:Betr\.|Betreff):\s*(?P<title>[^.!?]+\?)(?= [„\"]?"
        + _OPENER
        + r" | [A-ZÄÖÜ]"
        + _NO_OPENER
        + r"{30,300}\.)"
        r"|(?:Betr\.|Betreff):\s*(?P<title_series>[^.!?()]{3,300}\((?:[IVX]{1,5}|Teil \d{1,2})\))(?= [A-ZÄÖÜ]"
        + _NO_OPENER
        + r"{10,300}\.)"
        r"|(?:Betr\.|Betreff):\s*(?P<title2>.+?)" + _SENTENCE,
    ),
    Furniture(
        "he",
        furniture=(
            r"Herstellung: Kanzlei des Hessischen Landtags(?: · Postfach \d+ · \d{5} Wiesbaden"
            r" · www\.Hessischer-Landtag\.de)?\.?",
            # the foot of page 1 before the imprint, also where a copy stops after its first date („Eingegangen am
            # 5. September 2013 ·“)
            r"Eingegangen am \d{1,2}\.\s*[A-ZÄÖÜ][a-zäöü]+ \d{4}(?: · Ausgegeben am \d{1,2}\.\s*[A-ZÄÖÜ][a-zäöü]+ \d{4}"
            r"| ·\s*$|\s*$)",
        ),
        # the rules of procedure, or the imprint at the foot of page 1
        # also the cover's own form: "Kleine Anfrage des Abg. Weiß (SPD) vom 04.02.2014 betreffend …"
        signals=(
            r"\bGOHLT\b",
            r"Kanzlei des Hessischen Landtags",
            r"www\.Hessischer-Landtag\.de",
            r"^Kleine Anfrage de[rs] Abg\. .{2,200}? vom \d{2}\.\d{2}\.\d{4} betreffend ",
        ),
        # the 20th period's cover: "Kleine Anfrage Dr. Daniela Sommer (SPD) vom 22.07.2020 <title> und Antwort Minister
        # des Innern und für Sport"
        title=r"betreffend (?P<title>.+?) und Antwort (?:des|der) "
        r"|\bKleine Anfrage (?!de[rs] )[^()]{3,120}? \([^()]{2,40}\) vom \d{2}\.\d{2}\.\d{4} (?P<title2>.+?)"
        r" und Antwort (?:des |der )?(?:Minister|Chef)",
        # the page-1 head, extracted last: "Drucksache 19/5203 16. 11. 2017 19. Wahlperiode HESSISCHER LANDTAG"
        tail_front=(
            _DS + r"\s+\d{1,2}\.\s*\d{1,2}\.\s*\d{4}(?:\s+\d{1,2}\.(?:\s*Wahlperiode)?(?:\s+HESSISCHER LANDTAG)?)?\s*$",
        ),
    ),
    Furniture(
        "mv",
        # a party of two words ("Fraktion DIE LINKE", "Fraktion BÜNDNIS 90/DIE GRÜNEN") is no part of the title
        title=r"(?:Fraktion (?:der )?(?:(?:" + PARTIES + r")(?!\S)|\S+)|fraktionslos) (?P<title>.+?) und ANTWORT",
        furniture=(
            # the footnote on page 1: first in a flat extraction, at the page bottom in a printed one
            r"(?<!\S)(?:Der|Die) [^.]{0,120} hat namens der Landesregierung die Kleine Anfrage mit Schreiben vom "
            + _DATE
            + r" beantwortet\.",
            r"" + _DS + r" Landtag Mecklenburg-Vorpommern\s*[–-]\s*" + _WP + r"(?: \d{1,3})?(?= |$)",
        ),
    ),
    # Niedersachsen's cover of 2013/14, read as one line: "Kleine Anfrage zur schriftlichen Beantwortung mit Antwort
    # Anfrage des Abgeordneten … (FDP), eingegangen am 02.12.2013 <title> <introduction> … frage ich die
    # Landesregierung: 1. … (An die Staatskanzlei übersandt am 11.12.2013 - II/725 - 528) Antwort der Landesregierung
    # Niedersächsisches Ministerium Hannover, den 15.01.2014 für Umwelt, … - Ref17-01425/17/7/02-0037 - <answer>": the
    # title runs from the date to the introduction's first sentence; the transmission note and the letterhead (its
    # place and date printed inside the ministry's name, its file number between dashes) are no answer's words.
    Furniture(
        "ni",
        title=r"Kleine Anfrage zur schriftlichen Beantwortung mit Antwort Anfrage de[rs] Abgeordneten [^,]{3,300},"
        r" eingegangen am \d{2}\.\d{2}\.\d{4} (?P<title>[A-ZÄÖÜ„\"].+?)"
        + _SENTENCE
        # the 17th period's cover, read as one line: "… Kleine Anfrage zur schriftlichen Beantwortung mit Antwort der
        # Landesregierung - Drucksache 17/7652 - <title> Anfrage der Abgeordneten …": the title runs from the Kleine
        # Anfrage's Drucksache between dashes to the askers, no word of the page head before it
        + r"|Kleine Anfrage zur schriftlichen Beantwortung mit Antwort der Landesregierung [-–] "
        + _DS
        + r" [-–]"
        r" (?P<title_cited>[A-ZÄÖÜ„\"].{2,300}?) (?=Anfrage de[rs] Abgeordnete[nr]? )"
        # the 17th period's older cover, read as one line: "Antwort auf eine Kleine schriftliche Anfrage - Drucksache
        # 17/3339 - Wortlaut der Anfrage der Abgeordneten … (CDU), eingegangen am 15.04.2015 <title> <introduction>":
        # the title ends on its '?' or before the introduction's opener
        + r"|Antwort auf eine Kleine schriftliche Anfrage [-–] "
        + _DS
        + r" [-–] Wortlaut der Anfrage de[rs] Abgeordneten [^,]{3,300}, eingegangen am \d{2}\.\d{2}\.\d{4}"
        r" (?P<title_wording>[A-ZÄÖÜ„\"][^?]{2,250}\?(?= [A-ZÄÖÜ])|[A-ZÄÖÜ„\"].+?" + _SENTENCE + r")",
        furniture=(
            # (also without the reference where the copy is cut short: "(An die Staatskanzlei übersandt am
            # 21.04.2015)")
            r"\(An die Staatskanzlei übersandt am \d{2}\.\d{2}\.\d{4}(?:\s*-\s*[IVX]{1,4}/\d{1,4}\s*-\s*\d{1,5})?\)",
            # (the answer's head the copy stops in: "… Hannover, den 15.07.2015 für Umwelt, Energie und Klimaschutz -
            # MinB")
            r"(?<= )Antwort der Landesregierung Niedersächsisches (?:Ministerium|Finanzministerium|Kultusministerium)"
            r" Hannover, den \d{2}\.\d{2}\.\d{4}(?: (?:für|des|der) [^-]{3,150}?)? - [A-Za-z][\w./-]{3,60}"
            r"(?: -(?= )|$)",
            # the head of a later page inside the text, its page number between the Wahlperiode and the Drucksache (the
            # last page's number, one less, may stand before it): „… LK Göttingen 0 2 5 5 4 6 1 Niedersächsischer
            # Landtag – 18. Wahlperiode 2 Drucksache 18/3147 Stadt Göttingen …“ — another number there is the table's
            # („LK Hameln-Pyrmont 4 4 5 6 2 3 Niedersächsischer Landtag – 18. Wahlperiode 3 …“ keeps its 3); not the
            # cover, which prints no number there („… Verstärkungen? Niedersächsischer Landtag - 14. Wahlperiode
            # Drucksache 14/1080 Kleine Anfrage …“)
            r"(?<=\S )" + _after_previous_page(r"Niedersächsischer Landtag [–−-] " + _WP + " ") + " " + _DS + "(?= |$)",
        ),
    ),
    Furniture(
        "nw",
        # The title follows the Kleine Anfrage's Drucksache after the askers and ends before the askers'
        # Vorbemerkung ("Vormerkung" in some prints), the ministry's sentence or question 1.
        title=r"(?:des|der) Abgeordneten .{3,400}? " + _DS + r" (?:Neudruck )?(?P<title>.+?)"
        r"(?= Vor(?:be)?merkung der| (?:Der|Die) (?:stellvertretende )?(?:Minister|Chef)\w* | 1\. |$)",
        furniture=(
            r"Die Veröffentlichungen des Landtags Nordrhein-Westfalen sind einzeln gegen eine Schutzgebühr .{0,300}?"
            r" unter www\.landtag\.nrw\.de",
            r"Datum des Originals:\s*" + _DATE + r"\s*/\s*Ausgegeben:\s*" + _DATE,
            # the head of every later page: "LANDTAG NORDRHEIN-WESTFALEN - 17. Wahlperiode Drucksache 17/1824 2"
            r"LANDTAG NORDRHEIN-WESTFALEN\s*[–-]\s*" + _WP + r"\s+" + _DS + r"(?: \d{1,3})?(?= |$)",
        ),
    ),
    Furniture(
        "rp",
        # 17th period: "… – Drucksache 17/1571 – <title> Die Kleine Anfrage"; 16th: "Kleine Anfrage des Abgeordneten …
        # und Antwort des Ministeriums <name> <title> Die Kleine Anfrage 4086 vom …", the name repeated in "Das
        # Ministerium <name> hat die Kleine Anfrage …" (that is where the name ends and the title begins).
        # the cover where a copy drops the page head and the print line: "A n t w o r t des Ministeriums für Bildung
        # auf die Große Anfrage der Fraktion der CDU – Drucksache 17/1218 –" (the Länder that answer for a ministry
        # name it with an adjective, "des Thüringer Ministeriums", or print no "auf die … Anfrage … – Drucksache –")
        signals=(
            r"(?:A n t w o r t|Antwort) des (?:Ministeriums|Chefs der Staatskanzlei)\b[^–]{0,150}? auf die"
            r" (?:Kleine|Große) Anfrage de[rs] .{3,600}?[–-] " + _DS + r" [–-]",
            # the 16th period's cover, its ministry named again in the letter's sentence (Thüringen's says "des
            # Thüringer Ministeriums"): "… und A n t w o r t des Ministeriums des Innern, für Sport und Infrastruktur
            # <title> Die Kleine Anfrage 2589 vom … Das Ministerium des Innern, für Sport und Infrastruktur hat die …"
            r"und (?:A n t w o r t|Antwort) des Ministeriums (?P<office>[^()]{5,160}?) [^()]+? Die Kleine Anfrage \d+"
            r" vom .{5,4000}? Das Ministerium (?P=office) hat die Kleine Anfrage",
            # that cover opening a copy without the page head and cut before "Das Ministerium … hat" (the askers'
            # introduction may name another Land first): "Drucksache 16/2941 31. 10. 2013 K l e i n e A n f r a g e des
            # Abgeordneten … (CDU) und A n t w o r t des Ministeriums des Innern, … <title> Die Kleine Anfrage 1943 vom
            # 9. Oktober 2013 hat folgenden Wortlaut:"
            r"^(?:" + _DS + r" " + _DATE + r" )?(?:K l e i n e A n f r a g e|Kleine Anfrage) de[rs] Abgeordneten"
            r" [^()]{3,200}\([^()]{2,40}\) und (?:A n t w o r t|Antwort) des Ministeriums "
            + PORTFOLIO
            + r" [^()]{3,300}?"
            r" Die Kleine Anfrage \d+ vom " + _DATE + r" hat folgenden Wortlaut:",
        ),
        title=r"[–-] " + _DS + r" [–-] (?P<title>.+?) Die (?:Kleine|Große) Anfrage"
        # one answer to several: "… und A n t w o r t des Ministeriums <name> <title> Das Ministerium <name> hat namens
        # der Landesregierung zu den Kleinen Anfragen Nrn. 1254, 1255 und 1256 … eine Sammelantwort vorgelegt."
        r"|und Antwort des Ministeriums (?P<office_joint>[^()]{5,160}?) (?P<title_joint>[^()]+?) Das Ministerium"
        r" (?P=office_joint) hat namens der Landesregierung zu den Kleinen Anfragen\b"
        r"|und Antwort des Ministeriums (?P<office>[^()]{5,160}?) (?P<title_cover>[^()]+?) Die Kleine Anfrage \d+ vom"
        r" .{5,4000}? Das Ministerium (?P=office) hat die Kleine Anfrage"
        r"|und Antwort de[rs] Chef(?:s|in) der Staatskanzlei (?P<title_chief>.+?) Die Kleine Anfrage \d+ vom"
        # a copy cut before "Das Ministerium … hat": the portfolio's words end the name ("und A n t w o r t des
        # Ministeriums des Innern, für Sport und Infrastruktur <title> Die Kleine Anfrage 1068 vom")
        r"|und (?:A n t w o r t|Antwort) des Ministeriums "
        + PORTFOLIO
        + r" (?P<title_cut>[^()]+?) Die Kleine Anfrage \d+ vom",
        tail_front=(r"Druck: Landtag Rheinland-Pfalz, " + _DATE + r"\s+LANDTAG RHEINLAND-PFALZ\s+" + _WP + r"\s*$",),
    ),
    Furniture(
        "sh",
        # "… und Antwort der Landesregierung - Ministerin für … - <title>"; 1978: "… Landesregierung Kultusminister"
        title=r"und Antwort der Landesregierung\s*[-–]?\s*" + _MINISTRY + r"(?:\s*[-–])? (?P<title>.+?)"
        r"(?:(?= Vorbemerkung)|" + _SENTENCE + ")",
        furniture=(
            r"" + _DS + r" Schleswig-Holsteinischer Landtag\s*[–-]\s*" + _WP + r"(?: \d{1,3})?(?= |$)",
            r"Die Landtagsdrucksachen sind .{0,200}? zu beziehen\.",  # the publisher's imprint
        ),
    ),
    Furniture(
        "sl",
        title=r"[Bb]etr\.:\s*(?P<title>.+?)(?= Vorbemerkung|$)",
        furniture=(
            r"Ausgegeben: " + _DATE + r"(?: \(" + _DATE + r"\))?",  # issue date, the question's in brackets
            # the head of every later page, after the turn note at the foot of page 1: "bitte wenden Drucksache
            # 16/501 (16/472) Landtag des Saarlandes - 16. Wahlperiode - - 2 -" (the answer's number, the question's)
            r"(?:bitte wenden )?"
            + _DS
            + r"(?: \(\d{1,2}/\d{1,5}\))? Landtag des Saarlandes\s*-\s*"
            + _WP
            + r"\s*-(?:\s*-\s*\d{1,3}\s*-)?",
            r"(?<![^\s¶])- \d{1,3} -(?= LANDTAG DES SAARLANDES\b)",  # page 1's number printed over the cover
        ),
    ),
    Furniture(
        "sn",
        signals=(r"Sächsischen Landtag", r"Sächsischen Staatsregierung"),
        # The letterhead's name in capitals repeated at the top of a later page, after a sentence — or after the
        # label of the question it breaks, a scan's reading "STAATSMlNlSTERlUM DER JUSTIZ ~SACHsEN" ("Frage 2: … Kann")
        furniture=(
            r"(?<=[.?!)] )(?:SÄCHSISCHES )?STAATSMINISTERIUM (?:DES|DER|FÜR) [A-ZÄÖÜ]+(?: UND [A-ZÄÖÜ]+)?"
            r"(?= [A-ZÄÖÜ][a-zäöü])",
            r"(?:(?<=Frage \d: )|(?<=Frage \d\d: ))STAATSM[Il]N[Il]STER[Il]UM (?:DES|DER|FÜR) [A-ZÄÖÜ]+"
            r"(?: UND [A-ZÄÖÜ]+)?(?: ~?(?:Freistaat )?SAC[Hh][Ss]EN)? (?=[A-ZÄÖÜ][a-zäöü])",
            r"Seite [\dIl]{1,2} von [\dIl]{1,2}",  # the letter's page count, also read "Seite I von 1"
            # the e-archive's stamp on the last page
            r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{4} GRP: Elektronisches Dokumentations- und Archivsystem"
            r"(?: Erstellung des Nachweisdokumentes)?",
        ),
        # (the salutation as a scan reads it, „Sehr geehfter Herr Präsident“; the letterhead's side column between
        # the title and the salutation, where a scan reads it there, „… (Landkreis Mittelsach¬ sen) Aktenzeichen
        # (bitte bei Antwort angeben) 64-1053/50/64 Dresden, ^ 0. April o n Sehr geehrter …“, is not the title's)
        title=r"Thema:\s*(?P<title>.+?)(?: Aktenzeichen \(bitte bei Antwort angeben\)[^()]{0,80}?)?"
        r" Sehr gee[a-zäöü]{1,3}te",
    ),
    # The title follows the askers "Abgeordneter Rüdiger Erben (SPD)", each named so ("Abgeordneter Frank Bommersbach
    # (CDU) Abgeordneter Ralf Wunschinski (CDU)"), and may hold brackets itself.
    Furniture(
        "st",
        title=r"Abgeordnete[rn]? [^()]+\([^()]+\)(?:\s+Abgeordnete[rn]? [^()]+\([^()]+\))*\s+"
        r"(?P<title>.+?) Kleine Anfrage\s*-\s*KA",
    ),
    Furniture(
        "th",
        # The page-1 block extracted last ends with the question paper's empty headings "Zu 1.: Zu 2.:".
        furniture=(
            r"Druck: Thüringer Landtag, " + _DATE,
            r"Ich frage die Landesregierung:(?:\s*Zu \d{1,3}\.:)+\s*$",
            # the head of a later page, after the page-1 block: "2 Thüringer Landtag - 6. WahlperiodeDrucksache 6/7909"
            r"\b\d{1,3} Thüringer Landtag - " + _WP + r" ?" + _DS,
            # page 1's head where the page opens on the box, as a document host's transcript prints it (the number
            # dropped: „Thüringer LandTag 5. Wahlperiode Drucksache 5/ K l e i n e A n f r a g e der …“)
            r"^Thüringer LandTag \d{1,2}\. Wahlperiode Drucksache \d{1,2}/\d{0,5}(?= Kleine Anfrage de[sr] )",
        ),
        tail_front=(r"Kleine Anfrage de[sr] .*$",),  # des Abgeordneten, der Abgeordneten
        title=r"(?:Wahlperiode|Ministeriums? " + PORTFOLIO + r") "
        r"(?P<title>(?:(?!Wahlperiode|Kleine Anfrage des|Antwort des).)+?) Die Kleine Anfrage \d+" + CORRECTED + " vom",
    ),
)
BY_CODE = {layout.code: layout for layout in LAYOUTS}


def furniture_patterns(code: str | None) -> list[re.Pattern[str]]:
    """The furniture of one parliament's layout and the common notes, compiled."""
    own = BY_CODE[code].furniture if code in BY_CODE else ()
    return [re.compile(pattern) for pattern in (*COMMON, *own)]


def tail_front_patterns(code: str | None) -> list[re.Pattern[str]]:
    own = BY_CODE[code].tail_front if code in BY_CODE else ()
    return [re.compile(pattern) for pattern in own]


def parliament_in(text: str) -> str | None:
    """The parliament whose own cover form opens ``text`` (Hessen's „Kleine Anfrage der Abg. … vom … betreffend“,
    Bayern's „Schriftliche Anfrage der Abgeordneten … vom …“), else the one named first: a Land the askers name in
    their introduction („In Bayern können …“ in a Hessian Kleine Anfrage) is not the parliament asked."""
    cover = (layout.code for layout in LAYOUTS for s in layout.signals if s.startswith("^") and re.search(s, text))
    return next(cover, None) or find_parliament(text)


def parliament_by_signal(text: str) -> str | None:
    """The parliament a distinctive word names (``GOHLT``: the Hessian rules of procedure)."""
    return next((layout.code for layout in LAYOUTS for s in layout.signals if re.search(s, text)), None)


def layout_title(code: str | None, front: str) -> str:
    """The title where the layout's pattern finds it in the front matter, else ``""``."""
    layout = BY_CODE.get(code or "")
    if layout is None or not layout.title:
        return ""
    found = re.search(layout.title, front)
    named = [value for name, value in found.groupdict().items() if name.startswith("title") and value] if found else []
    title = next((value.strip() for value in named or found.groups() if value), "") if found else ""
    return title[1:-1].strip() if title.startswith("„") and title.endswith("“") else title


def strip_lines(lines: list[str], code: str | None) -> tuple[list[str], list[str]]:
    """Printed text: drop the lines the furniture patterns cover whole (a transmission note over
    two lines, an imprint), and return them as notes."""
    text = " ".join(lines)  # one offset per character: line i starts after i separators
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    dropped: set[int] = set()
    notes: list[str] = []
    for pattern in furniture_patterns(code):
        for found in pattern.finditer(text):
            # the lines that start at or after the match and end within it: one run of lines, found by halving
            # (tried line by line, each match read every line of a long text again)
            covered = range(bisect_left(starts, found.start()), bisect_right(starts, found.end() + 1) - 1)
            if covered:
                dropped.update(covered)
                notes.append(found.group(0))
    return [line for i, line in enumerate(lines) if i not in dropped], notes
