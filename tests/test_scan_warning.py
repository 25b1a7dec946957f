"""The archivist is warned of a bad text layer only when there is one: an answer of statistics tables or of
paragraphs of a law ("StGB") is real text, while OCR noise still gets the warning."""

from __future__ import annotations

from indexer.ingest.parse import looks_like_scan, odd_words

# Niedersachsen, Drucksache 19/11136, answer 1: staff per court, one row per Amtsgericht.
STAFF_TABLE = """Konkret wird der durchschnittliche Personalbestand gemäß Personalübersichten in AKA ohne Per-
sonal in Ausbildung wie folgt angegeben:
Clausthal-Zellerfeld 3,00 - 3,75 2,00 8,07 2,00
Duderstadt 3,85 - 3,94 2,00 10,12 2,00
Einbeck 3,25 - 4,38 2,00 10,55 2,00
Goslar 9,84 - 12,70 5,00 30,29 5,23
Göttingen 19,38 - 22,77 9,00 53,78 11,76
Hann. Münden 4,92 - 4,57 2,00 12,33 3,28
Helmstedt 10,75 - 9,00 4,75 29,11 4,75
Herzberg am Harz 3,90 - 5,41 2,88 12,69 3,00
Northeim 8,00 - 9,25 4,50 18,57 4,00
Osterode am Harz 3,50 - 5,06 2,25 13,29 2,56
Salzgitter 12,13 - 11,77 8,00 36,99 6,00
Seesen 3,66 - 3,50 2,00 10,10 2,00
Wolfenbüttel 8,00 - 12,08 5,00 24,25 4,75
Wolfsburg 12,38 - 14,66 6,25 36,05 5,75""".splitlines()

# Bundestag, Drucksache 21/1956, annex: one row per offence.
OFFENCE_TABLE = [f"{n} Berlin BE Körperverletzung § 223 StGB" for n in range(1, 40)]

OCR_NOISE = [
    "STAATSM1N1STER1UM FUR UNTERR1CHT vonDER Lan|d ~ tag {Kle1ne} An^frage",
    "deRREGIERUNG w1rd |m Sch<eiben ~ vom ^ 1. Ju|i vonDEN Abg. <D1e>",
] * 12


def test_tables_of_figures_are_no_scan() -> None:
    assert not looks_like_scan(STAFF_TABLE)


def test_law_abbreviations_are_no_ocr_errors() -> None:
    assert odd_words(["Körperverletzung § 223 StGB, § 136 (StPO) und BauGB"]) == []
    assert not looks_like_scan(OFFENCE_TABLE)


def test_ocr_noise_is_still_a_scan() -> None:
    assert looks_like_scan(OCR_NOISE)
    assert looks_like_scan(["- . , ' ; : „ “ — ‚ ‘ . . - -"] * 20)


def test_a_text_layer_of_figures_only_is_a_scan() -> None:
    assert looks_like_scan(["1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20"] * 30)
