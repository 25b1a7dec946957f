"""The evaluation as a table: one row per kind, our engine beside both baselines, recall side and precision side."""

from __future__ import annotations

from pathlib import Path

from indexer.measure.evaluate import Evaluation

METRICS = (("recall@10", "R@10"), ("mrr", "MRR"), ("ndcg@10", "nDCG10"), ("precision@10", "P@10"))
PRECISION_KIND = "precision"


def format_table(evaluation: Evaluation) -> str:
    """Per kind (and ``gesamt``): R@10, MRR, nDCG@10, P@10 and false full matches (FV) per system,
    then the precision queries' line and every document the parser refused."""
    summaries = {run.name: run.summary() for run in evaluation.runs}
    first = evaluation.runs[0].name
    kinds = ["gesamt", *sorted(k for k in summaries[first] if k != "gesamt")]
    width = 7 * len(METRICS) + 5
    header = f"{'kind':<16}{'n':>4} " + " | ".join(f"{run.name:^{width}}" for run in evaluation.runs)
    labels = [label for _, label in METRICS]
    sub = f"{'':<21}" + " | ".join(" ".join(f"{label:>6}" for label in labels) + f" {'FV':>4}" for _ in evaluation.runs)
    lines = [header, sub]
    for kind in kinds:
        n = summaries[first][kind]["queries"]
        cells = " | ".join(
            " ".join(_cell(summaries[run.name][kind][m]) for m, _ in METRICS)
            + f" {int(summaries[run.name][kind]['false_full']):>4}"
            for run in evaluation.runs
        )
        lines.append(f"{kind:<16}{n:>4} {cells}")
    lines.append(
        f"{evaluation.documents} Dokumente indexiert; R@10 = recall@10, MRR und nDCG10 über Anfragen mit relevanten "
        "Antworten; P@10 = precision@10 der Volltreffer, FV = falsche Volltreffer (in der Gesamtzahl gezählt, "
        "nicht als relevant beurteilt)"
    )
    capped = " · ".join(
        f"{run.name} {_cell(summaries[run.name]['gesamt']['recall_capped@10']).strip()}" for run in evaluation.runs
    )
    lines.append(f"R@10 gekappt (mehr als 10 relevante Antworten: geteilt durch 10, was zehn Plätze fassen): {capped}")
    if PRECISION_KIND in summaries[first]:
        counts = ", ".join(
            f"{run.name} {int(summaries[run.name][PRECISION_KIND]['queries_with_false_full'])}"
            f" ({int(summaries[run.name][PRECISION_KIND]['false_full'])} Antworten)"
            for run in evaluation.runs
        )
        total = int(summaries[first][PRECISION_KIND]["queries"])
        lines.append(f"Präzisionsanfragen mit falschem Volltreffer (von {total}): {counts}")
    lines.extend(_refused(evaluation))
    return "\n".join(lines)


def _cell(value: float | None) -> str:
    return f"{value:6.3f}" if value is not None else f"{'–':>6}"


def _refused(evaluation: Evaluation) -> list[str]:
    """Documents the parser refused, and how many judged queries they cost (counted as misses)."""
    lines = []
    for name, error in evaluation.failed:
        doc = Path(name).stem
        affected = sum(any(d == doc for d, _ in query.relevant) for query, _r, _s in evaluation.runs[0].per_query)
        cost = f" — {affected} Anfrage(n) mit relevanten Antworten darin zählen als verfehlt" if affected else ""
        lines.append(f"übersprungen (nicht lesbar): {name}: {error}{cost}")
    return lines


__all__ = ["format_table"]
