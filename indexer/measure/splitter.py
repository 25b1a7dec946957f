"""Measuring the compound splitter against a list of split compounds and a list of simple words.

Gold data is not shipped (its licence is unclear): the caller names the files.  The compound
list has one ``Kompositum<TAB>unmittelbare Teile<TAB>…`` per line (GermaNet's split-compound
list in this shape); the simple-word list one word per line.  Words with hyphens or digits are
left out: the analyzer splits those at their hyphens before the splitter sees them.

Both lists are divided deterministically by a hash of the word into a tuning part and a
held-back part (one word in five); rules and thresholds are only ever tuned on the tuning part.

A compound's head counts as right when the gold head (its last immediate part, e.g.
``Sozialarbeit`` of ``Schulsozialarbeit``) is one of the heads the splitter indexes (its
right-hand sub-compounds), compared stemmed, as the index compares them.  A simple word counts
as split when the splitter splits it at all.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path

from indexer.analysis.analyzer import GermanStemFilter
from indexer.analysis.compounds import CompoundSplitter, default_splitter
from indexer.errors import AnfragenError

HELD_BACK = "zurückgehalten"
TUNING = "Abstimmung"
SAMPLES = 15


def part_of(word: str) -> str:
    """The part a word belongs to, fixed by its hash: one word in five is held back."""
    return HELD_BACK if hashlib.sha1(word.encode("utf-8")).digest()[0] % 5 == 0 else TUNING


def _usable(word: str) -> bool:
    return word.isalpha()


def load_compounds(path: Path) -> list[tuple[str, str]]:
    """(compound, gold head) of each usable line of the gold list."""
    pairs = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise AnfragenError(f"Die Kompositaliste {path} ist nicht lesbar: {error}") from error
    for line in lines:
        columns = line.split("\t")
        if line.startswith("#") or len(columns) < 2 or not columns[1].strip():
            continue
        compound, head = columns[0].strip(), columns[1].split()[-1]
        if _usable(compound) and _usable(head):
            pairs.append((compound, head))
    if not pairs:
        raise AnfragenError(f"{path} enthält keine Zeile der Form „Kompositum<TAB>Teile“.")
    return pairs


def load_simple(path: Path) -> list[str]:
    try:
        words = Path(path).read_text(encoding="utf-8").split()
    except (OSError, UnicodeDecodeError) as error:
        raise AnfragenError(f"Die Liste einfacher Wörter {path} ist nicht lesbar: {error}") from error
    words = [word for word in words if _usable(word)]
    if not words:
        raise AnfragenError(f"{path} enthält keine Wörter.")
    return words


@dataclass
class PartResult:
    """The figures of one part (tuning or held back)."""

    compounds: int = 0
    heads_right: int = 0
    simple: int = 0
    simple_split: int = 0
    wrong_heads: list[str] = field(default_factory=list)
    split_simple: list[str] = field(default_factory=list)

    @property
    def head_share(self) -> float:
        return self.heads_right / self.compounds if self.compounds else 0.0

    @property
    def split_share(self) -> float:
        return self.simple_split / self.simple if self.simple else 0.0

    def to_json(self) -> dict:
        return {
            "compounds": self.compounds,
            "head_right": round(self.head_share, 4),
            "simple_words": self.simple,
            "simple_split": round(self.split_share, 4),
            "wrong_heads_sample": self.wrong_heads[:SAMPLES],
            "split_simple_sample": self.split_simple[:SAMPLES],
        }


def _describe(word: str, splitter: CompoundSplitter) -> str:
    split = splitter.split(word.lower().replace("ß", "ss"))
    return word if split is None else f"{word} → {' + '.join(split.surfaces)}"


def evaluate(
    compounds: list[tuple[str, str]], simple: list[str], splitter: CompoundSplitter | None = None
) -> dict[str, PartResult]:
    """Head accuracy and simple words split, per part."""
    splitter = splitter or default_splitter()
    stem = GermanStemFilter().stem
    results = {TUNING: PartResult(), HELD_BACK: PartResult()}
    for compound, head in compounds:
        result = results[part_of(compound)]
        result.compounds += 1
        split = splitter.split(compound.lower().replace("ß", "ss"))
        heads = {stem(h) for h in split.heads} if split else set()
        if stem(head.lower().replace("ß", "ss")) in heads:
            result.heads_right += 1
        elif len(result.wrong_heads) < SAMPLES:
            result.wrong_heads.append(f"{_describe(compound, splitter)} (Kopf: {head})")
    for word in simple:
        result = results[part_of(word)]
        result.simple += 1
        if splitter.split(word.lower().replace("ß", "ss")) is not None:
            result.simple_split += 1
            if len(result.split_simple) < SAMPLES:
                result.split_simple.append(_describe(word, splitter))
    return results


def run(gold: Path, simple_path: Path) -> dict:
    """Load both lists, measure, and time the splitting (words per CPU second, cold cache)."""
    compounds, simple = load_compounds(gold), load_simple(simple_path)
    splitter = CompoundSplitter(default_splitter().lexicon)
    started = time.process_time()
    results = evaluate(compounds, simple, splitter)
    elapsed = time.process_time() - started
    return {
        "parts": {name: result.to_json() for name, result in results.items()},
        "words_per_second": round((len(compounds) + len(simple)) / elapsed),
    }


def format_report(result: dict) -> str:
    lines = [
        "| Teil | Komposita | Kopf richtig | einfache Wörter | davon zerlegt |",
        "|---|---|---|---|---|",
    ]
    for name, part in result["parts"].items():
        lines.append(
            f"| {name} | {part['compounds']} | {part['head_right']:.1%} | {part['simple_words']} "
            f"| {part['simple_split']:.1%} |"
        )
    lines.append(f"Geschwindigkeit: {result['words_per_second']} Wörter/s")
    tuning = result["parts"][TUNING]
    lines.append("Beispiele falscher Köpfe (Abstimmungsteil): " + "; ".join(tuning["wrong_heads_sample"]))
    lines.append("Beispiele zerlegter einfacher Wörter (Abstimmungsteil): " + "; ".join(tuning["split_simple_sample"]))
    return "\n".join(lines)
