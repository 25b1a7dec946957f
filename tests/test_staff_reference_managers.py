"""A parliament's staff take citations into their reference manager (twenty-seventh new-user pass).

Zotero reads a RIS ``GOVDOC`` as a report: ``SN`` is its report number, ``M3`` its report type, ``AU`` its authors
— while ``A2`` becomes the report's series editors and ``M1`` lands in „Extra“ (zotero/translators, ``RIS.js``).
"""

import rispy

NRW_ASKERS = ["Lüders, Nadja", "Baran, Volkan", "Jahl, Armin", "Butschkau, Anja"]


def test_ris_gives_a_reference_manager_the_drucksache_as_report_number_and_the_askers_as_authors(client):
    """Imported into Zotero, the answer had no report number (the Drucksache sat in „Extra“ as „Drs. 17/6448“) and
    its askers were the series editors of a report series: a style printed „hg. v. Lüders, Nadja …“ and no
    Drucksache."""
    text = client.get("/dokument/nw-17-6448/zitat.ris?frage=4").get_data(as_text=True)
    (entry,) = rispy.loads(text)
    assert entry["type_of_reference"] == "GOVDOC"
    assert entry["authors"] == ["Landesregierung Nordrhein-Westfalen,", *NRW_ASKERS]
    assert "secondary_authors" not in entry
    assert entry["issn"] == "17/6448"  # SN: Zotero's report number
    assert entry["type_of_work"] == "Antwort auf Kleine Anfrage, Drucksache"  # M3: its report type
    assert "\r\nM1  - " not in text
