"""Bundestag answers the parser still misread after round 9 (issue 16, round 10): what the archivist sees."""

from __future__ import annotations

from indexer.ingest.extract import text_pages
from indexer.ingest.layouts.annexes import annex_start
from indexer.ingest.parse import parse_lines
from indexer.model import Document

_HEAD = [
    "Deutscher Bundestag Drucksache 21/626",
    "21. Wahlperiode 23.06.2025",
    "Antwort",
    "der Bundesregierung",
    "auf die Kleine Anfrage der Abgeordneten Michael Kellner, Andreas Audretsch,",
    "Julian Joswig, weiterer Abgeordneter und der Fraktion BÜNDNIS 90/DIE GRÜNEN",
    "– Drucksache 21/420 –",
    "Wettbewerbsfähiger Strom für die energieintensive Industrie",
]


def _head(number: str, date: str, title: str) -> list[str]:
    return [
        f"Deutscher Bundestag Drucksache 21/{number}",
        f"21. Wahlperiode {date}",
        "Antwort",
        "der Bundesregierung",
        "auf die Kleine Anfrage der Fraktion BÜNDNIS 90/DIE GRÜNEN",
        "– Drucksache 21/1100 –",
        title,
    ]


def _excerpt(lines: list[str], doc_id: str = "bt-21-626") -> Document:
    return parse_lines(text_pages("\n".join(lines)), doc_id=doc_id)


def _split_at(lines: list[str], doc_id: str, position: int, text_end: str, answer_start: str) -> Document:
    """The excerpt parsed; its question at ``position`` ends with ``text_end``, its answer begins with
    ``answer_start``."""
    document = _excerpt(lines, doc_id)
    question = document.questions[position]
    assert question.text.endswith(text_end)
    assert question.answer_text.startswith(answer_start)
    return document


# Bundestag 21/626, cut: the footnote of the Vorbemerkung ("… [234 f.]).*") printed at the page bottom, between
# questions 9 and 10 of the run answered together.
_RUN_WITH_FOOTNOTE = [
    *_HEAD,
    "V o r b e m e r k u n g  d e r  B u n d e s r e g i e r u n g",
    "Die Kontrollkompetenz des Parlaments erstreckt sich daher grundsätzlich nur auf bereits",
    "abgeschlossene Vorgänge und umfasst nicht die Befugnis, in laufende",
    "Verhandlungen und Entscheidungsvorbereitungen einzugreifen (BVerfGE 124, 78",
    "[121]; 137, 185 [234 f.]).*",
    " 1. Welche Höhe sieht die Bundesregierung für einen möglichen staatlich",
    "gestützten Industriestrompreis vor?",
    " 4. Wie will die Bundesregierung sicherstellen, dass, wie im",
    "Koalitionsvertrag angekündigt, alle Unternehmen um mindestens 5 ct/kWh entlastet",
    "werden?",
    " 9. Wer trägt innerhalb der Bundesregierung die Federführung für die",
    "Verhandlungen zum Industriestrompreis in Brüssel?",
    "* Hierzu vgl. Antwort der Bundesregierung auf die Kleine Anfrage „Transparenz in der demokratischen "
    "Willensbildung“ auf Bundestagsdrucksache 18/13360 mit",
    "Hinweisen zum Umgang mit thematisch nicht eingegrenzten Fragen sowie Kalenderanfragen (Fragen nach allen "
    "Terminen der Hausleitung in einem bestimmten",
    "Zeitraum).",
    "10. Bis wann ist die Übermittlung eines vollständigen Notifizierungsdossiers",
    "an die Europäische Kommission vorgesehen?",
    "Die Fragen 1, 4, 9 und 10 werden gemeinsam beantwortet.",
    "Auf die Vorbemerkung der Bundesregierung wird verwiesen.",
    " 2. Wie viele Unternehmen in Deutschland wären nach Auffassung der",
    "Bundesregierung potenziell anspruchsberechtigt für den Industriestrompreis?",
    "Der Bundesregierung liegt keine vollständige Übersicht aller Unternehmen der",
    "Branchen auf der KUEBLL-Liste vor.",
    " 3. Welche Verteilungswirkung erwartet die Bundesregierung bei",
    "Einführung eines Industriestrompreises?",
    "Allgemein sind Entlastungsmaßnahmen im Energiesektor unabhängig von der",
    "Größe der Unternehmen.",
]

_JOINT = (
    "Die Fragen 1, 4, 9 und 10 werden gemeinsam beantwortet.\n\n"
    "Auf die Vorbemerkung der Bundesregierung wird verwiesen."
)


def test_a_starred_footnote_between_questions_breaks_no_run() -> None:
    """Before, the footnote between questions 9 and 10 broke the run: question 10 was not found, 1 and 4 had no answer
    and 9 had the footnote as its answer.  Now the footnote is a footnote and the run is answered together."""
    document = _excerpt(_RUN_WITH_FOOTNOTE)
    assert [q.number for q in document.questions] == [1, 2, 3, 4, 9, 10]
    by_number = {q.number: q for q in document.questions}
    assert {by_number[n].answer_text for n in (1, 4, 9, 10)} == {_JOINT}
    assert by_number[9].text.endswith("Verhandlungen zum Industriestrompreis in Brüssel?")
    assert [note.text[:30] for note in document.footnotes] == ["* Hierzu vgl. Antwort der Bund"]
    assert document.footnotes[0].text.endswith("in einem bestimmten Zeitraum).")
    assert document.warnings == ("Nummerierung lückenhaft: Fragen 5 bis 8 fehlen.",)  # cut from the excerpt


# Bundestag 21/1635, cut: a note of the answer's annex printed between questions 8 and 9 of a joint answer.
_NOTE_BEFORE_NEXT_QUESTION = [
    *_head("1635", "05.09.2025", "Förderprogramm „Demokratie leben!“"),
    " 6. Welchen zivilgesellschaftlichen Organisationen wurde im",
    "Haushaltsjahr 2024 in den beteiligten Kommunen die Rolle der Koordinierungs-",
    "und Fachstelle zugewiesen?",
    "Die entsprechenden Informationen können der Anlage* entnommen werden.",
    " 7. Welches waren im Haushaltsjahr 2024 in den beteiligten Kommunen die",
    "Letztempfänger der Fördermittel (bitte differenziert nach Kommune und",
    "den Letztempfängern aufschlüsseln)?",
    " 8. Wie hoch waren die weitergegebenen Fördermittel an die",
    "Letztempfänger im Einzelnen (bitte differenziert nach Kommune und den",
    "Letztempfängern aufschlüsseln)?",
    "* Von einer Drucklegung der Anlage wird abgesehen. Diese ist auf Bundestagsdrucksache 21/1635 auf der "
    "Internetseite des Deutschen Bundestages abrufbar.",
    " 9. Welche Projekte wurden dabei im Detail gefördert (bitte differenziert",
    "nach Kommune und den Letztempfängern aufschlüsseln)?",
    "Die Fragen 7 bis 9 werden gemeinsam beantwortet.",
    "Zum aktuellen Zeitpunkt können dazu keine Aussagen getroffen werden.",
]


def test_a_starred_note_is_no_answer() -> None:
    """Before, question 8's "answer" was the note "* Von einer Drucklegung der Anlage wird abgesehen …"."""
    document = _excerpt(_NOTE_BEFORE_NEXT_QUESTION, "bt-21-1635")
    answers = {q.number: q.answer_text for q in document.questions[1:]}
    joint = "Die Fragen 7 bis 9 werden gemeinsam beantwortet.\n\nZum aktuellen Zeitpunkt können dazu keine Aussagen"
    assert set(answers.values()) == {joint + " getroffen werden."}
    assert [note.text[:24] for note in document.footnotes] == ["* Von einer Drucklegung "]


def test_a_starred_line_without_its_marker_stays() -> None:
    """A line opening with "* " where no "*" marks a word above is no footnote of this text: it stays where it is."""
    lines = [line.replace("Anlage*", "Anlage") for line in _NOTE_BEFORE_NEXT_QUESTION]
    document = _excerpt(lines, "bt-21-1635")
    assert not document.footnotes
    assert document.questions[2].answer_text.startswith("* Von einer Drucklegung der Anlage")


# Bundestag 21/1422, cut: question 8's request wraps after the label "e)"; the next line goes on in lower case.
_LABEL_AT_LINE_END = [
    *_head("1422", "01.09.2025", "Entwicklung des sozialen Arbeitsmarkts im Zweiten Buch Sozialgesetzbuch"),
    " 7. Welchen Bruttomonatsverdienst erreichten die nach § 16i SGB II",
    "geförderten Leistungsberechtigten nach Kenntnis der Bundesregierung",
    "durchschnittlich (bitte zusätzlich nach a) weiblich, b) männlich, c) Mütter,",
    "d) Väter, e) alleinerziehend, f) über 45 Jahre differenzieren)?",
    " 8. Welchen Stundenlohn erreichten die nach § 16i SGB II geförderten",
    "Leistungsberechtigten nach Kenntnis der Bundesregierung durchschnittlich",
    "(bitte zusätzlich nach a) weiblich, b) männlich, c) Mütter, d) Väter, e)",
    "alleinerziehend, f) über 45 Jahre, g) über 55 Jahre alt, h) mit einer",
    "Behinderung lebend differenzieren und letzten",
    "verfügbaren Stand angeben)?",
    "Die Fragen 7 und 8 werden gemeinsam beantwortet.",
    "Das Institut für Arbeitsmarkt- und Berufsforschung (IAB) hat in der dritten",
    "Welle der Panelbefragung „Lebensqualität und Teilhabe“ nach § 16i des",
    "SGB II Geförderte befragt.",
]


def test_a_request_wrapped_after_an_item_label_goes_on() -> None:
    """Before, question 8 ended at "… d) Väter, e)" (a ")" after "bitte"): the rest of its request was its answer and
    question 7 had none."""
    document = _excerpt(_LABEL_AT_LINE_END, "bt-21-1422")
    seventh, eighth = document.questions
    assert eighth.text.endswith(
        "h) mit einer Behinderung lebend differenzieren und letzten verfügbaren Stand angeben)?"
    )
    assert seventh.answer_text == eighth.answer_text
    assert eighth.answer_text.startswith("Die Fragen 7 und 8 werden gemeinsam beantwortet.")
    assert document.warnings == ("Nummerierung lückenhaft: Fragen 1 bis 6 fehlen.",)  # cut from the excerpt


# Bundestag 21/1336, cut: "… der Forderung der" / "104. UMK – gegenüber …" inside question 3.
_ORDINAL_AFTER_ARTICLE = [
    *_head("1336", "21.08.2025", "Ewigkeitschemikalien"),
    " 1. Wie bewertet die Bundesregierung das von der 104.",
    "Umweltministerkonferenz (UMK) erkannte Erfordernis einer umfassenden Regulierung aller",
    "per- und polyfluorierten Alkylsubstanzen (PFAS)?",
    " 2. Inwiefern will die Bundesregierung eine entsprechende Regulierung auf",
    "europäischer Ebene unterstützen?",
    " 3. Wie wird sich die Bundesregierung – angesichts der Forderung der",
    "104. UMK – gegenüber der Europäischen Kommission dafür einsetzen,",
    "den Beschränkungsvorschlag zu PFAS nach Abschluss der fachlichen",
    "Bewertung schnell vorzulegen?",
    "Die Fragen 1 bis 3 werden wegen des Sachzusammenhangs gemeinsam",
    "beantwortet.",
    "Die Bundesregierung teilt die Auffassung der Umweltministerkonferenz",
    "(UMK), dass die Belastung der Umwelt durch PFAS weiter zunimmt.",
]


def test_an_ordinal_after_its_article_starts_no_question() -> None:
    """Before, "104. UMK – gegenüber …" was read as a question numbered 104: question 3 was missing ("Frage 3 fehlt")
    and question 1 had no answer."""
    document = _excerpt(_ORDINAL_AFTER_ARTICLE, "bt-21-1336")
    assert [q.number for q in document.questions] == [1, 2, 3]
    assert document.questions[2].text.startswith(
        "Wie wird sich die Bundesregierung – angesichts der Forderung der 104."
    )
    assert {q.answered_with for q in document.questions} == {(2, 3), (1, 3), (1, 2)}
    assert not document.warnings


def test_a_joint_statement_without_its_verb_or_with_a_glued_number() -> None:
    """Bundestag 21/1727 prints "Die Fragen 26 und 27 gemeinsam beantwortet." (no "werden"), 21/2236 "Die Fragen47 und
    48 werden gemeinsam beantwortet." (the number glued to the word): before, the first question had no answer in
    those documents (where other statements are read); here, numbered 1 and 2, the joint answer was only guessed."""
    for statement in ("Die Fragen 1 und 2 gemeinsam beantwortet.", "Die Fragen1 und 2 werden gemeinsam beantwortet."):
        document = _excerpt(
            [
                *_head("2236", "15.10.2025", "Lieferkettensorgfaltspflichtengesetz"),
                " 1. In wie vielen dieser Fälle hat das BAFA eine Entscheidung über",
                "geeignete Anordnungen bzw. Maßnahmen getroffen?",
                " 2. Welchen Inhalt hatten diese Entscheidungen nach",
                "Kenntnis der Bundesregierung jeweils (bitte nach Inhalt und Anzahl",
                "tabellarisch aufschlüsseln)?",
                statement,
                "Das BAFA hat in diesen Fällen keine Anordnung erlassen.",
            ],
            "bt-21-2236",
        )
        first, second = document.questions
        assert (first.answered_with, second.answered_with) == ((2,), (1,))
        assert first.answer_text == second.answer_text
        assert second.answer_text.startswith(statement)
        assert not document.warnings  # read, not guessed


# Bundestag 21/820, cut: question 24 wraps a time to a line start ("… um" / "15.00 Uhr …"); question 34 (here
# numbered 25, the questions between are cut) is one sentence of 17 lines.
_TIME_AND_LONG_SENTENCE = [
    *_head("820", "08.07.2025", "Zurückweisung von Schutzsuchenden"),
    "24. Wie waren die Reaktionen der laut Medienberichten (vgl. z. B. Post von",
    "Robin Alexander auf „X“ vom 8. Mai 2025) am 7. Mai 2025 um 23.16 Uhr vom Leiter des",
    "Stabes E, Internationale und EU-Angelegenheiten, für den 8. Mai 2025 um",
    "15.00 Uhr ins BMI zu einer Besprechung eingeladenen Botschafter der",
    "Nachbarstaaten Deutschlands (bitte so ausführlich",
    "wie möglich darstellen)?",
    "Die Gespräche waren vertrauensvoll.",
    "25. Teilt die Bundesregierung die Auffassung der Fragestellenden, dass",
    "Artikel 72 AEUV nur Abweichungen vom Titel V des AEUV betrifft und",
    "sich z. B. nicht auf die in der EU-Grundrechte-Charta verbürgten",
    "Grundrechte erstreckt (etwa das Gebot der Nicht-Zurückweisung, das Recht auf",
    "Asyl, das Verbot von Kollektivausweisungen), dass weiterhin das Recht",
    "auf effektiven Rechtsschutz nicht unter Verweis auf Artikel 72 AEUV",
    "suspendiert werden kann und schließlich auch die Rechte aus der",
    "Europäischen Menschenrechtskonvention und die diesbezügliche",
    "Rechtsprechung des Europäischen Gerichtshofs für Menschenrechte unabhängig",
    "von der Frage der Berufung auf Artikel 72 AEUV uneingeschränkt",
    "gelten und von der Bundespolizei zu beachten sind – was direkten",
    "Zurückweisungen ohne Prüfung etwaig drohender Gefahren nach Auffassung",
    "der Fragestellenden schon aus diesem Grunde entgegensteht (vgl. https://",
    "verfassungsblog.de/der-mythos-von-der-notlage/), wenn nein, bitte",
    "differenziert begründen, und wenn ja, welche Konsequenzen zieht die",
    "Bundesregierung hieraus in Bezug auf die unmittelbare Zurückweisung von",
    "Schutzsuchenden (bitte ausführen)?",
    "Die Berufung auf Artikel 72 AEUV ermöglicht nach Auffassung der",
    "Bundesregierung ein Abweichen von konkret zu bestimmenden Rechtsakten.",
]


def test_a_wrapped_time_and_a_question_of_one_long_sentence() -> None:
    """Before, "15.00 Uhr ins BMI …" was read as a question numbered 15 and ended question 24, and question 34 ran
    past the 16 lines a question was given: both were missing ("Frage 24, 34 fehlt")."""
    document = _excerpt(_TIME_AND_LONG_SENTENCE, "bt-21-820")
    assert [q.number for q in document.questions] == [24, 25]
    time, long = document.questions
    assert "für den 8. Mai 2025 um 15.00 Uhr ins BMI" in time.text
    assert time.answer_text == "Die Gespräche waren vertrauensvoll."
    assert long.text.endswith("die unmittelbare Zurückweisung von Schutzsuchenden (bitte ausführen)?")
    assert long.answer_text.startswith("Die Berufung auf Artikel 72 AEUV ermöglicht")


def test_parts_answered_one_by_one_are_no_long_question() -> None:
    """Bundestag 21/835 answers each lettered part right after it ("a) …, Es wird auf die Antwort zu Frage 16a
    verwiesen. b) …"): a finished sentence inside, so the question is not run on past 16 lines to the last part's '?'
    (its parts' answers would become question text)."""
    parts = [
        f"{letter}) Leistungen nach dem {n}. Kapitel,\nEs wird auf die Antwort zu Frage 16{letter} verwiesen."
        for n, letter in enumerate("abcdefghij", 2)
    ]
    lines = [
        *_head("835", "10.07.2025", "Sozialleistungen"),
        "16. Wie viele Leistungsberechtigte gab es?",
        "Die Zahlen sind der Tabelle zu entnehmen.",
        "17. Wie hoch waren in den Jahren von 2022 bis 2024 jeweils die Ausgaben für",
        *"\n".join(parts).split("\n"),
        "k) Wohngeld, die an Personen aus den Top-8 Asylherkunftsländern gezahlt wurden?",
        "Es wird auf die Antwort zu Frage 16k verwiesen.",
        "18. Wie viele Personen erhielten diese Leistungen?",
        "Auf die Antwort zu Frage 16 wird verwiesen.",
    ]
    questions = _excerpt(lines, "bt-21-835").questions
    assert [q.number for q in questions] == [16, 17, 18]
    assert "verwiesen" not in questions[1].text


def test_the_verb_after_the_request_belongs_to_the_question() -> None:
    """Bundestag 21/1172: "… (bitte" / "auflisten)" / "umzusetzen?" — the question's verb after its request."""
    lines = [
        *_head("1172", "28.07.2025", "Datenaustausch zu psychisch erkrankten Personen"),
        " 6. Welche rechtlichen Möglichkeiten gibt es nach",
        "Kenntnis der Bundesregierung, um einen Datenaustausch",
        "zwischen Sicherheitsbehörden und weiteren Institutionen (bitte",
        "auflisten)",
        "umzusetzen?",
        "Das Recht auf informationelle Selbstbestimmung garantiert, dass jede Person selbst",
        "über die Preisgabe und Verwendung eigener Daten bestimmen kann.",
    ]
    _split_at(lines, "bt-21-1172", 0, "(bitte auflisten) umzusetzen?", "Das Recht auf informationelle Selbstbestimmung")


def test_an_annex_of_the_answer_in_the_genitive_opens_an_annex() -> None:
    """Bundestag 21/232 heads its annexes "Anlage 1 der Antwort der Bundesregierung auf die Kleine Anfrage …" (not
    "zur Antwort"): before, the four annexes' tables were the last answer's text; a sentence naming one still opens
    none."""
    heading = "Anlage 1 der Antwort der Bundesregierung auf die Kleine Anfrage der Fraktion der AfD, BT-Drs. 21/129"
    assert annex_start(["6. Wie hoch war …?", "Antworttext.", heading, "Fallzahlen 2016"]) == 2
    assert annex_start(["6. Wie hoch war …?", "Es wird auf die", "Anlage 1 der Antwort verwiesen."]) == 3


def test_a_line_stopping_on_an_article_ends_no_paragraph() -> None:
    """Bundestag 21/2333: a question without '?' whose first line stops on "der" before the capitalised
    "Bundesregierung": before, its guessed end was that first line, and the rest of the question began the answer."""
    lines = [
        *_head("2333", "22.10.2025", "Kinder und Jugendliche als Opfer von Sexualstraftaten"),
        "– Es gab inhaltliche Änderung des PKS-Schlüssels 111000 in den Jahren 2017",
        "und 2018: Mit dem „50. Gesetz zur Änderung des Strafgesetzbuches –",
        "Verbesserung des Schutzes der sexuellen Selbstbestimmung“ vom 4. November",
        "2016 wurden im Sexualstrafrecht bisherige Straftatbestände geändert und",
        "neue Straftatbestände geschaffen. Im PKS-Straftatenkatalog erfolgten",
        "bereits 2017 erste Umsetzungen. Die weiteren Anpassungen sind im PKS",
        "Straftatenkatalog 2018 enthalten. Dies hat zur Folge, dass der Vergleich der",
        "Straftaten gegen die sexuelle Selbstbestimmung mit den Vorjahren nicht",
        "bzw. nur eingeschränkt möglich ist.",
        "– Die PKS ist eine Ausgangsstatistik. Die Daten zu den Opfern entsprechen",
        "nicht dem Zeitpunkt der Opferwerdung, sondern dem Zeitpunkt der",
        "Erfassung nach Abschluss der polizeilichen Ermittlungen bei Abgabe der Akten",
        "an die Staatsanwaltschaft bzw. ans Gericht.",
        " 1. Wie viele Kinder und Jugendliche wurden nach Kenntnis der",
        "Bundesregierung in dem Zeitraum vom 1. Januar 2014 bis heute jährlich",
        "a) Opfer einer Straftat nach dem Dreizehnten Abschnitt des",
        "Strafgesetzbuches (StGB; Straftaten gegen die sexuelle Selbstbestimmung,",
        "§§ 174 bis 184l StGB),",
        "Die nachstehende Tabelle enthält die Anzahl der Opfer für die angefragten",
        "Altersgruppen für den PKS-Schlüssel 100000. Im Übrigen wird auf die",
        "Vorbemerkung der Bundesregierung verwiesen.",
        " 2. Wie viele Kinder wurden Opfer einer Straftat nach § 176 StGB?",
        "Auf die Antwort zu Frage 1 wird verwiesen.",
    ]
    _split_at(lines, "bt-21-2333", 0, "§§ 174 bis 184l StGB),", "Die nachstehende Tabelle enthält die Anzahl der Opfer")


def test_a_lettered_part_of_one_long_sentence_belongs_to_the_question() -> None:
    """Bundestag 21/1732: part a) of question 6 is one sentence of 12 lines ending in '?': before, a part ran at most 8
    lines, so parts a) and b) were read as the answer and the joint statement after them was lost."""
    lines = [
        *_head("1732", "15.09.2025", "Familiennachzug zu subsidiär Schutzberechtigten"),
        "\u20026. Teilt die Bundesregierung die Auffassung der Fragestellenden, dass",
        "Ausführungen in der genannten Protokollerklärung der Regierungsfraktionen",
        "bei der Rechtsauslegung und Rechtsanwendung unberücksichtigt bleiben",
        "müssen, soweit diese der Begründung zur gesetzlichen Neuregelung",
        "widersprechen oder in Konkurrenz zu ihr treten (wenn nein, bitte",
        "begründen)?",
        "a) Stimmt die Bundesregierung vor diesem Hintergrund der Auffassung",
        "der Fragestellenden zu, dass für die Rechtsanwendung die",
        "Ausführungen zur Begründung auf Bundestagsdrucksache 21/321 (S. 13)",
        "entscheidend sind, wonach „bei den im Rahmen einer",
        "Einzelfallbetrachtung zu berücksichtigenden humanitären Gründen […] vor dem",
        "Hintergrund der Gewährleistung des Artikel 8 EMRK auch die Dauer",
        "der Trennung, das Kindeswohl sowie unüberwindbare Hindernisse,",
        "die Familieneinheit im Herkunftsland herzustellen, zu",
        "berücksichtigen“ sind, was nach Auffassung der Fragestellenden auf die",
        "Rechtsprechung des EGMR zum Familiennachzug zu subsidiär",
        "Schutzberechtigten Bezug nimmt (siehe Vorbemerkung der Fragestellenden;",
        "und wenn nein, bitte begründen)?",
        "b) Stimmt die Bundesregierung vor diesem Hintergrund der Auffassung",
        "der Fragestellenden zu, dass bei der Rechtsanwendung nicht verlangt",
        "werden darf, dass sich die Betroffenen in einer „besonders gelagerten",
        "Notsituation“ befinden müssen, die „ein Eingreifen zwingend",
        "erfordert“, und dass die Aufnahme „im konkreten Einzelfall ein Gebot der",
        "Menschlichkeit sein“ müsse, wie es in der genannten",
        "Protokollerklärung heißt (siehe Vorbemerkung der Fragestellenden; und wenn nein,",
        "bitte begründen)?",
        "Die Fragen 6 bis 6b werden gemeinsam beantwortet.",
        "Die Bundesregierung hält sich bei der Rechtsauslegung und -anwendung an",
        "Recht und Gesetz. Im Übrigen wird auf die Antwort zu Frage 1 verwiesen.",
    ]
    end = "Protokollerklärung heißt (siehe Vorbemerkung der Fragestellenden; und wenn nein, bitte begründen)?"
    _split_at(lines, "bt-21-1732", 0, end, "Die Fragen 6 bis 6b werden gemeinsam beantwortet.")


def test_a_question_line_naming_a_bundestag_drucksache_is_no_page_head() -> None:
    """Bundestag 21/2325: question 4 ends on "Bundestags-drucksache 21/1455 erklärt?", a line naming the Bundestag and
    a Drucksache as a page head does: before, it was dropped as one, so question 4 had no '?', was guessed to run into
    its answer and had none ("Frage 4 hat keine Antwort")."""
    lines = [
        *_head("2325", "20.10.2025", "Rückbau der Transrapid-Versuchsanlage Emsland"),
        " 3. Gab es Gespräche mit der seinerzeitigen Eigentümerin und Betreiberin der TVE?",
        "Nein.",
        " 4. Aus welchen Gründen ließ sich die Bundesregierung durch externe",
        "juristische Berater zum Rückbau der TVE beraten, wenn dieser bereits auf",
        "zivilrechtlicher Grundlage vertraglich in der Form geregelt war, dass die",
        "Kosten für den Rückbau der TVE durch den Bund getragen werden, wie die",
        "Bun-desregierung in ihrer Antwort zu den Fragen 10 und 11 auf",
        "Bundestags-drucksache 21/1455 erklärt?",
        "Die Finanzierungszusage der Bundesregierung erfolgte auf zivilrechtlicher",
        "Basis. Externe juristische Beratung wurde zu rechtlichen Einzelfragen in Anspruch genommen.",
        " 5. Welche nichtjuristischen Beratungs- und Ingenieurleistungen wurden beauftragt?",
        "Beauftragt wurde die EHS – beratende Ingenieure für Bauwesen Braunschweig GmbH.",
    ]
    document = _split_at(
        lines, "bt-21-2325", 1, "Bundestags-drucksache 21/1455 erklärt?", "Die Finanzierungszusage der Bundesregierung"
    )
    assert not any("Frage 4" in warning for warning in document.warnings)
