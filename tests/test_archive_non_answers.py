"""A file that is no answer is refused, whatever its metadata file says; a parliament the id names is kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer import Engine
from indexer.ingest.answer_signs import shows_answer_signs
from indexer.ingest.extract import extract_pages

from .archive_helpers import archive_cli, snapshot

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_PDFS = Path(__file__).resolve().parents[1].parent / "shared" / "pdfs"

# A supervisory reporting form (BaFin, Finanzanalyseverordnung) as its scan reads: numbered items with
# question marks, so a parser finds "questions" in it, but no word of a parliamentary answer.
FORM = """STKK Konzeption des Steuerungskreises - Steuerungskreis KNR ...
1. Verfahren
Konzeption des verwendeten Verfahrens:
Erläuterungen:
2. RTF-Betrachtungshorizont
2.1 Konzeption des RTF-Betrachtungshorizonts
2.2 Betrachtungshorizont für diese RTF-Meldung
3. Zielsetzung und Motivation des Steuerungskreises
3.1 Liegt dem Steuerungskreis ein einheitliches Konfidenzniveau zu Grunde?
Falls ja, geben Sie dieses bitte an. Höhe des Konfidenzniveaus (in Prozent)
3.2 Welche Ziele liegen dem Steuerungskreis zu Grunde? (Mehrfachnennung möglich)
Einhaltung folgender Zielkapitalkennziffer(n): Harte Kernkapitalquote (in Prozent), Gesamtkapitalquote.
"""


@pytest.fixture
def site(tmp_path):
    return archive_cli(tmp_path / "site")


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _refused(site, file: Path) -> str:
    """What adding ``file`` says; it must be refused and change nothing."""
    before = snapshot(site.corpus, site.index)
    result = site("add", str(file))
    assert result.exit_code == 1, result.output
    assert snapshot(site.corpus, site.index) == before
    return result.output


@pytest.mark.parametrize("with_id", [True, False])
def test_a_form_is_refused_as_no_answer_even_when_a_metadata_file_gives_its_id(site, tmp_path, with_id):
    form = _write(tmp_path / "in" / "scan.txt", FORM)
    args = ["add", str(form)]
    if with_id:
        args += ["--meta", str(_write(tmp_path / "in" / "m.json", json.dumps({"id": "nw-17-9999"})))]
    before = snapshot(site.corpus, site.index)
    result = site(*args)
    assert result.exit_code == 1, result.output
    assert "scan.txt: abgelehnt, nichts geändert" in result.output
    assert "Der Text zeigt kein Zeichen einer Antwort auf eine parlamentarische Anfrage" in result.output
    assert "Metadaten-Datei (JSON) mit 'id'" not in result.output  # no advice that would let it through
    assert snapshot(site.corpus, site.index) == before


def test_every_answer_the_project_has_shows_the_signs_of_one():
    texts = sorted(FIXTURES.rglob("*.txt"))
    assert len(texts) > 140
    refused = [path.name for path in texts if not shows_answer_signs(path.read_text(encoding="utf-8").splitlines())]
    assert refused == []


@pytest.mark.skipif(not SHARED_PDFS.is_dir(), reason="../shared/pdfs fehlt")
def test_official_forms_show_no_sign_of_an_answer_and_a_gesetzentwurf_does():
    """Forms with a text layer (no OCR needed): one says "verantwortlichen", which is no "Antwort"."""
    names = [
        "bgbl-a_abfaev_bgbl1_2013_j4043-1_0090.pdf",
        "bgbl-z_zustvv_bgbl1_2002_j0671_0020.pdf",
        "bw-landtag-drs-17-0273-gesetzentwurf.pdf",
    ]
    signs = [
        shows_answer_signs([line for page in extract_pages(SHARED_PDFS / name) for line in page]) for name in names
    ]
    assert signs == [False, False, True]


def test_the_parliament_and_drucksache_an_id_names_are_kept_when_the_text_names_none(site, tmp_path):
    answer = _write(
        tmp_path / "in" / "park.txt",
        "Antwort auf die Kleine Anfrage 12\n\nQuokkas im Stadtpark\n\n1. Wie viele Quokkas leben im Stadtpark?\n\n"
        "Im Stadtpark leben drei Quokkas.\n\n2. Wer füttert sie?\n\nDie Stadtverwaltung füttert sie jeden Morgen.\n",
    )
    meta = _write(tmp_path / "in" / "m.json", json.dumps({"id": "nw-17-9999"}))
    result = site("add", str(answer), "--meta", str(meta))
    assert result.exit_code == 0, result.output
    assert "Parlament nicht erkannt" not in result.output
    assert (
        "Parlament nicht im Text gefunden; aus der Kennung der Metadaten-Datei übernommen: Landtag Nordrhein-Westfalen."
        in result.output
    )
    document = Engine(site.index).document("nw-17-9999")
    assert (document.parliament, document.drucksache, document.wahlperiode) == ("nw", "17/9999", 17)


def test_the_question_paper_without_its_answer_is_refused_and_says_which_drucksache_to_add(site, tmp_path):
    """The Kleine Anfrage's own Drucksache (downloaded in place of the answer's) was taken as an answer: 12 questions
    „gemeinsam beantwortet“ by nothing, its closing's date as „Beantwortet“, found by its words as an answer."""
    from indexer import load_document

    answer = load_document(FIXTURES / "bt-21-1212.txt")
    paper = "\n".join(
        [
            "Deutscher Bundestag Drucksache 21/1083",
            "21. Wahlperiode 28.07.2025",
            "Kleine Anfrage",
            "der Abgeordneten Ruben Rupp, Robin Jünger, Alexander Arpaschi und der Fraktion der AfD",
            "",
            answer.title,
            "",
            *answer.preamble,
            "",
            "Wir fragen die Bundesregierung:",
            "",
            *(f"{q.number}. {q.text}" for q in answer.questions),
            "",
            "Berlin, den 23. Juli 2025",
            "",
            "Alice Weidel, Tino Chrupalla und Fraktion",
        ]
    )
    output = _refused(site, _write(tmp_path / "in" / "Kleine Anfrage digital only.txt", paper))
    assert (
        "Keine der 12 Fragen hat eine Antwort: Das Dokument ist wohl nur die Kleine Anfrage, Drucksache 21/1083, "
        "noch ohne die Antwort der Bundesregierung. Bitte die Fassung mit der Antwort hinzufügen – sie ist eine "
        "eigene Drucksache mit eigener Nummer." in " ".join(output.split())
    )
    assert site("search", "Erwachsenen digital").output.startswith("0 Antworten")


def test_a_saarland_answer_cut_after_its_first_question_is_taken_not_refused_as_the_question_paper(site, tmp_path):
    """Saarland prints its head letter-spaced („A N T W O R T / zu der / Anfrage …“): a copy cut before the first
    answer was refused as the question paper, though its head names the answer."""
    cut = (FIXTURES / "sl-16-1234.txt").read_text(encoding="utf-8").splitlines()[:23]
    result = site("add", str(_write(tmp_path / "in" / "sl-16-1234.txt", "\n".join(cut))))
    assert result.exit_code == 0, result.output
    assert "sl-16-1234: 1 Frage" in result.output and "hinzugefügt" in result.output
    assert "wohl nur die" not in result.output


_OWN_NUMBER = "Bitte die Fassung mit der Antwort hinzufügen – sie ist eine eigene Drucksache mit eigener Nummer."
_NW_HEAD = [
    "LANDTAG",
    "NORDRHEIN-WESTFALEN",
    "17. Wahlperiode",
    "",
    "Drucksache 17/6220",
    "",
    "14.05.2019",
    "",
    "Kleine Anfrage 2509",
    "",
    "des Abgeordneten Stefan Kämmerling SPD",
    "",
]
_HE_HEAD = [
    "HESSISCHER LANDTAG",
    "19. Wahlperiode Drucksache 19/1054",
    "12. 11. 2014",
    "Kleine Anfrage",
    "des Abg. Stefan Kämmerling (SPD) vom 10.11.2014",
    "betreffend",
]


@pytest.mark.parametrize(
    ("head", "closing", "to_add"),
    [
        (_NW_HEAD, ["Stefan Kämmerling"], _OWN_NUMBER),
        (_NW_HEAD, ["Düsseldorf, den 14.05.2019"], _OWN_NUMBER),
        # Hessen prints the answer under the Anfrage's own number: no other Drucksache to look for
        (
            _HE_HEAD,
            ["Wiesbaden, 10. November 2014", "Stefan Kämmerling"],
            "Bitte die Fassung mit der Antwort hinzufügen.",
        ),
    ],
    ids=["nw-name", "nw-place-date", "he-place-date-name"],
)
def test_a_question_paper_closed_by_its_askers_name_or_place_and_date_is_refused(site, tmp_path, head, closing, to_add):
    """After the last question a paper prints its closing — the asker's name, a place and date: read as the answer
    to all questions („gemeinsam beantwortet“), it made the paper an answer dated by its closing."""
    paper = "\n".join(
        [
            *head,
            "Sanierung der Brücke über die Rur in Jülich",
            "",
            "Die Brücke ist seit Monaten gesperrt. Pendlerinnen und Pendler nehmen weite Umwege in Kauf.",
            "",
            "Ich frage die Landesregierung:",
            "",
            "1. Wann wird die Sanierung der Brücke abgeschlossen?",
            "",
            "2. Welche Kosten entstehen dem Land?",
            "",
            "3. Welche Umleitungen sind eingerichtet?",
            "",
            *closing,
        ]
    )
    before = snapshot(site.corpus, site.index)
    result = site("add", str(_write(tmp_path / "in" / "xx-17-6220.txt", paper)))
    assert result.exit_code == 1, result.output
    said = " ".join(result.output.split())
    assert "Keine der 3 Fragen hat eine Antwort: Das Dokument ist wohl nur die Kleine Anfrage" in said
    assert said.endswith(to_add) or f"{to_add} " in said
    assert snapshot(site.corpus, site.index) == before


def test_a_copy_without_any_answer_says_so_once(site, tmp_path):
    """A Bremen copy that holds the Kleine Anfrage alone (a download cut in question 12) was reported with twelve
    lines „Frage 1 hat keine Antwort.“ … „Frage 12 hat keine Antwort.“ and no word of what that means or what to do."""
    source = tmp_path / "in" / "hb-18-495.txt"
    source.parent.mkdir()
    source.write_bytes((FIXTURES / "cut" / "hb-18-495.txt").read_bytes())
    result = site("add", str(source))
    said = " ".join(result.output.split())
    assert result.exit_code == 0, result.output
    assert (
        "Warnung: Keine der 12 Fragen hat eine Antwort: Der Text endet vor der ersten Antwort, oder er ist die Kleine "
        "Anfrage allein. Suchbar sind nur die Fragen; die vollständige Fassung mit der Antwort hinzufügen, sobald sie "
        "vorliegt." in said
    )
    assert "hat keine Antwort." not in said


# A ministry's press release about an answer, as archivists download it beside the answer: every word of an answer
# (Kleine Anfrage, Landesregierung, Abgeordnete, Antwort), numbered points, no question.
PRESS_RELEASE = """PRESSEMITTEILUNG Nr. 45/2026
Niedersächsisches Ministerium für Inneres und Sport
Hannover, 12.03.2026
Innenministerin beantwortet Kleine Anfrage zur Polizeipräsenz
Die Landesregierung hat heute die Antwort auf eine Kleine Anfrage der Abgeordneten Müller (CDU) zur Polizeipräsenz
im ländlichen Raum veröffentlicht. Darin heißt es, die Zahl der Stellen sei seit 2020 um 1.200 gestiegen.
1. Mehr Stellen: Die Zahl der Polizeivollzugsbeamten steigt weiter.
2. Neue Wachen: In drei Landkreisen werden Wachen eröffnet.
Pressestelle, Telefon 0511 120-0
"""


def test_a_press_release_about_an_answer_is_refused_as_one(site, tmp_path):
    """It was refused as „Keine nummerierten Fragen gefunden“ alone, as if the parser had failed on an answer."""
    output = _refused(site, _write(tmp_path / "in" / "pm-polizei.txt", PRESS_RELEASE))
    assert (
        "pm-polizei.txt: abgelehnt, nichts geändert:\n  - Nach seinem Kopf ist das Dokument eine Pressemitteilung, "
        "keine Antwort auf eine Kleine Anfrage. Keine nummerierten Fragen gefunden"
    ) in output
