"""An NRW-layout corpus at archive scale, from real metadata and real German paragraphs.

Titles, dates, ministries, parties and askers are rows of the NRW metadata CSVs
(16th and 17th period, ~10,600 answers).  Tiers larger than that reuse the rows for
earlier periods (wahlperiode 14/15, 12/13, … with dates shifted back), as an archive of
all periods would hold.  Questions are real titles of other Anfragen; answer paragraphs
are real paragraphs of Bundestag speeches and federal laws.  Each answer has 1–12
questions with 1–6 paragraphs each.  Files are written as the corpus expects them:
``<id>.txt`` with PDF-like hard line wraps, page breaks and running headers, plus the
``<id>.json`` sidecar — so the benchmark runs the real parser on them.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
import random
import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from indexer.dates import german_date

TIERS = {"smoke": 300, "1k": 1_000, "10k": 10_000, "60k": 60_000}
LINE_WIDTH = 92
LINES_PER_PAGE = 48
_QUESTION_LIKE = re.compile(r"^\d{1,3}\.\s")


@dataclass(frozen=True)
class Meta:
    """One real row of the NRW metadata: the answer's archive facts."""

    term: int
    reference: int
    title: str
    date: dt.date
    parties: tuple[str, ...]
    people: tuple[str, ...]
    ministry: str
    url: str


def read_metadata(shared: Path) -> list[Meta]:
    rows: list[Meta] = []
    for path in sorted((shared / "corpus" / "nrw-metadata").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if not row["title"].strip() or not row["answering_ministries_wikidata"].strip():
                    continue
                rows.append(
                    Meta(
                        term=int(row["legislative_term"]),
                        reference=int(row["reference"]),
                        title=" ".join(row["title"].split()),
                        date=dt.date.fromisoformat(row["published_at"]),
                        parties=tuple(p for p in row["inquiring_parties_wikidata"].split(";") if p),
                        people=tuple(p for p in row["inquiring_people_wikidata"].split(";") if p),
                        ministry=row["answering_ministries_wikidata"].split(";")[0].strip(),
                        url=row["html_url"],
                    )
                )
    if not rows:
        raise FileNotFoundError(f"keine NRW-Metadaten in {shared}/corpus/nrw-metadata")
    return rows


def read_paragraphs(shared: Path, wanted: int) -> list[str]:
    """About ``wanted`` real German paragraphs: two of speeches for each one of law text."""
    speeches = _speech_paragraphs(shared / "bench" / "bundestag_wp20_reden.jsonl.gz")
    laws = _law_paragraphs(shared / "bench" / "gesetze_bund_md.jsonl.gz")
    pool: list[str] = []
    for n in range(wanted):
        source = laws if n % 3 == 2 else speeches
        paragraph = next(source, None) or next(speeches, None) or next(laws, None)
        if paragraph is None:
            break
        pool.append(paragraph)
    return pool


def _usable(text: str) -> bool:
    return 60 <= len(text) <= 1500 and not _QUESTION_LIKE.match(text) and not text.rstrip().endswith("?")


def _speech_paragraphs(path: Path) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            for paragraph in json.loads(line)["paragraphs"]:
                paragraph = " ".join(paragraph.split())
                if _usable(paragraph):
                    yield paragraph


def _law_paragraphs(path: Path) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            for block in json.loads(line)["text"].split("\n\n"):
                if block.lstrip().startswith(("#", ":", "|", "*", "-")):
                    continue
                paragraph = " ".join(block.split())
                if _usable(paragraph):
                    yield paragraph


def generate(shared: Path, out: Path, answers: int, seed: int = 6448) -> dict[str, int]:
    """Write ``answers`` documents (text + sidecar) into ``out``; return counts of what was written."""
    rng = random.Random(seed)
    metadata = read_metadata(shared)
    pool = read_paragraphs(shared, min(250_000, max(2_000, answers * 12)))
    questions = [question_text(m.title) for m in metadata]
    out.mkdir(parents=True, exist_ok=True)
    counts = {"documents": 0, "questions": 0, "paragraphs": 0, "bytes": 0}
    for n in range(answers):
        cycle, position = divmod(n, len(metadata))
        meta = _shifted(metadata[position], cycle)
        doc_id = f"nw-{meta.term}-{meta.reference}"
        body: list[tuple[str, list[str]]] = []
        for _ in range(rng.randint(1, 12)):
            answer = [pool[rng.randrange(len(pool))] for _ in range(rng.randint(1, 6))]
            body.append((questions[rng.randrange(len(questions))], answer))
        preamble = [pool[rng.randrange(len(pool))] for _ in range(rng.randint(1, 2))]
        text = nrw_text(meta, rng.randint(100, 6000), preamble, body)
        (out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        (out / f"{doc_id}.json").write_text(json.dumps(sidecar(meta, doc_id), ensure_ascii=False), encoding="utf-8")
        counts["documents"] += 1
        counts["questions"] += len(body)
        counts["paragraphs"] += sum(len(a) for _, a in body) + len(preamble) + len(body) + 1
        counts["bytes"] += len(text.encode("utf-8"))
    return counts


def _shifted(meta: Meta, cycle: int) -> Meta:
    """Row ``meta`` moved ``cycle`` archive generations back: two periods and ten years earlier."""
    if cycle == 0:
        return meta
    date = meta.date.replace(year=meta.date.year - 10 * cycle, day=min(meta.date.day, 28))
    return Meta(
        meta.term - 2 * cycle, meta.reference, meta.title, date, meta.parties, meta.people, meta.ministry, meta.url
    )


def question_text(title: str) -> str:
    """A real title as a numbered question: it must start with a capital and end with '?'."""
    if title.endswith("?") and title[:1].isupper():
        return title
    return f"Wie bewertet die Landesregierung: {title.rstrip('?')}?"


def sidecar(meta: Meta, doc_id: str) -> dict[str, object]:
    party = meta.parties[0] if meta.parties else None
    return {
        "id": doc_id,
        "parliament_code": "nw",
        "wahlperiode": meta.term,
        "drucksache": f"{meta.term}/{meta.reference}",
        "title": meta.title,
        "askers": [{"name": name, "party": party} for name in meta.people],
        "ministry": meta.ministry,
        "date_answered": meta.date.isoformat(),
        "source_url": meta.url,
    }


def nrw_text(meta: Meta, anfrage_nr: int, preamble: list[str], body: list[tuple[str, list[str]]]) -> str:
    """The answer as text extracted from an NRW Drucksache PDF."""
    date = german_date(meta.date)
    lines: list[str] = []
    lines += [*_wrap(meta.title), "", ""]
    lines += ["Vorbemerkung der Kleinen Anfrage", ""]
    for paragraph in preamble:
        lines += [*_wrap(paragraph), ""]
    lines += [
        "",
        *_wrap(
            f"{minister(meta.ministry)} hat die Kleine Anfrage {anfrage_nr} mit Schreiben vom {date} "
            "namens der Landesregierung beantwortet."
        ),
        "",
        "",
    ]
    for number, (question, answer) in enumerate(body, start=1):
        lines += [*_wrap(f"{number}. {question}"), ""]
        for paragraph in answer:
            lines += [*_wrap(paragraph), ""]
        lines.append("")
    header = f"Landtag Nordrhein-Westfalen {meta.term}. Wahlperiode Drucksache {meta.term}/{meta.reference}"
    pages = [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]
    return (
        "\f".join("\n".join([header, "", *page, "", str(number)]) for number, page in enumerate(pages, start=1)) + "\n"
    )


def minister(ministry: str) -> str:
    """The signing minister of the ministry sentence ("Der Minister für …")."""
    if ministry.startswith("Ministerium "):
        return "Der Minister " + ministry.removeprefix("Ministerium ")
    if ministry.endswith("ministerium"):
        return f"Der Minister der {ministry.removesuffix('ministerium')}"
    return "Der Ministerpräsident"


def _wrap(text: str) -> list[str]:
    """Hard-wrapped lines; a line never starts with "12. " — that would read as a new question."""
    lines: list[str] = []
    for line in textwrap.wrap(text, LINE_WIDTH, break_long_words=False, break_on_hyphens=False):
        number = _QUESTION_LIKE.match(line)
        if lines and number:
            lines[-1] += " " + number.group(0).strip()
            line = line[number.end() :]
        lines.append(line)
    return [line + " " for line in lines if line]
