"""The fixed query mix, written once per system: our syntax, FTS5's and plain Whoosh's.

Every kind the issue names is here: single terms, two- and three-term AND, phrases,
compound parts, hyphenated compounds, prefixes (≥ 4 characters), facet filters and
date sort.  Each system gets the closest equivalent in its own syntax; facets are a
filter on the facet field (ours and plain Whoosh) or a WHERE clause (FTS5).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BenchQuery:
    kind: str
    ours: str
    fts5: str
    plain: str
    facet: tuple[str, str | int] | None = None  # (field, value): ministerium or jahr
    date_sort: bool = False


MINISTRY = "Ministerium für Schule und Weiterbildung"  # in every tier (16th period)

MIX: tuple[BenchQuery, ...] = (
    BenchQuery("single", "Klimaschutz", "Klimaschutz", "Klimaschutz"),
    BenchQuery("single", "Polizei", "Polizei", "Polizei"),
    BenchQuery("single", "Inflation", "Inflation", "Inflation"),
    BenchQuery("single", "Wasserstoff", "Wasserstoff", "Wasserstoff"),
    BenchQuery("and2", "Schulen Kinder", "Schulen Kinder", "Schulen Kinder"),
    BenchQuery("and2", "Steuer Inflation", "Steuer Inflation", "Steuer Inflation"),
    BenchQuery(
        "and3",
        "Bundesregierung Rente Mindestlohn",
        "Bundesregierung Rente Mindestlohn",
        "Bundesregierung Rente Mindestlohn",
    ),
    BenchQuery("and3", "Polizei Gewalt Schutz", "Polizei Gewalt Schutz", "Polizei Gewalt Schutz"),
    BenchQuery("phrase", '"erneuerbaren Energien"', '"erneuerbaren Energien"', '"erneuerbaren Energien"'),
    BenchQuery("phrase", '"Bürgerinnen und Bürger"', '"Bürgerinnen und Bürger"', '"Bürgerinnen und Bürger"'),
    BenchQuery("compound_part", "Schutz", "Schutz", "Schutz"),
    BenchQuery("compound_part", "Minister", "Minister", "Minister"),
    BenchQuery("hyphenated", "Nordrhein-Westfalen", '"Nordrhein-Westfalen"', "Nordrhein-Westfalen"),
    BenchQuery("hyphenated", "Rhein-Kreis", '"Rhein-Kreis"', "Rhein-Kreis"),
    BenchQuery("prefix", "Digital*", "Digital*", "digital*"),
    BenchQuery("prefix", "Klima*", "Klima*", "klima*"),
    BenchQuery("facet", "Schulen", "Schulen", "Schulen", facet=("ministerium", MINISTRY)),
    BenchQuery("facet", "Polizei", "Polizei", "Polizei", facet=("jahr", 2017)),  # a year of every tier
    BenchQuery("date_sort", "Klimaschutz", "Klimaschutz", "Klimaschutz", date_sort=True),
    BenchQuery("date_sort", "Landesregierung", "Landesregierung", "Landesregierung", date_sort=True),
)
