"""Measuring „Ähnliche Antworten“: are the answers shown about the same thing as the answer read?

The judgments (``queries/similar.json``) name, per answer read, the shown answers judged to be
about the same topic (``same``) and those judged not to be (``other``).  The measure is the share
of shown answers judged the same; showing fewer answers is allowed (a short list of good ones
beats five bad ones), so the number shown is reported too.  An answer shown but never judged is
listed: judge it and add it to the file before trusting the figure.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from indexer.errors import AnfragenError
from indexer.search.engine import Engine

LIMIT = 5


@dataclass
class Judged:
    answer: str
    same: frozenset[str]
    other: frozenset[str]


@dataclass
class SimilarResult:
    answers: int = 0
    shown: int = 0
    same: int = 0
    other: int = 0
    unjudged: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        judged = self.same + self.other
        return {
            "answers": self.answers,
            "shown": self.shown,
            "same": self.same,
            "other": self.other,
            "share_same": round(self.same / judged, 3) if judged else None,
            "unjudged": self.unjudged,
        }


def load_judgments(path: Path) -> list[Judged]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return [
            Judged(entry["answer"], frozenset(entry.get("same", ())), frozenset(entry.get("other", ())))
            for entry in data["answers"]
        ]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise AnfragenError(
            f"Die Urteile in {path} sind nicht lesbar ({error}); erwartet: "
            '{"answers": [{"answer": "ni-19-1#2", "same": […], "other": […]}]}'
        ) from error


def measure(engine: Engine, judgments: list[Judged], limit: int = LIMIT) -> SimilarResult:
    result = SimilarResult()
    for judged in judgments:
        doc_id, _, question = judged.answer.partition("#")
        if engine.document(doc_id) is None:
            raise AnfragenError(f"Der Index enthält {doc_id} nicht: mit dem Korpus der Urteile bauen.")
        result.answers += 1
        for hit in engine.similar(doc_id, int(question) if question else None, limit=limit):
            shown = f"{hit.doc_id}#{hit.question}"
            result.shown += 1
            if shown in judged.same:
                result.same += 1
            elif shown in judged.other:
                result.other += 1
            else:
                result.unjudged.append(f"{judged.answer} → {shown}")
    return result


def run(judgments_path: Path, index: Path) -> dict:
    return measure(Engine(index), load_judgments(judgments_path)).to_json()


def format_report(result: dict) -> str:
    share = "–" if result["share_same"] is None else f"{result['share_same']:.2f}"
    lines = [
        f"{result['answers']} Antworten, {result['shown']} ähnliche gezeigt: {result['same']} themengleich, "
        f"{result['other']} nicht; Anteil themengleich {share}"
    ]
    if result["unjudged"]:
        lines.append("Noch nicht beurteilt: " + "; ".join(result["unjudged"]))
    return "\n".join(lines)
