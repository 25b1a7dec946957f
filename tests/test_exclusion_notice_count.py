"""The notice that exclusions took every full match („12 Antworten enthalten „Boote“; „-Polizei“ schließt alle aus …“)
counts the full matches of the words kept; it does not rank a page of them."""

from indexer import Engine, IndexStore
from indexer.search.exclusions import with_exclusion_notice

from .quality_corpus import _doc


def test_no_notice_above_relaxed_answers_where_the_kept_words_meet_no_answer_in_full(tmp_path):
    """Above relaxed answers the notice searched the kept words once more, relaxed tier and scoring included, only to
    read how many answers meet them all („Landesregierung Blauwal -Frauen“ at 10k: 191 ms search, 191 ms notice, and
    then no notice, as no answer holds Blauwal); it counts the full matches now (the cost: BENCHMARKS.md)."""
    IndexStore(tmp_path).build(
        [
            _doc(5300 + n, "Polizei", [("Was tut die Polizei?", f"Die Polizei hilft im Fall {n}." + frauen)])
            for n in range(30)  # each lacks „Feuerwehr“: the relaxed tier
            for frauen in [" Auch Frauen." if n % 3 == 0 else ""]
        ]
        + [_doc(5999, "Brandschutz", [("Was tut die Feuerwehr?", "Sie löscht Brände.")])]
    )
    engine = Engine(tmp_path, result_cache=0)
    query = "Polizei Feuerwehr -Frauen"
    page = engine.search(query)
    assert (page.total, len(page.hits), page.notice) == (0, 10, None)
    assert all(hit.lacks for hit in page.hits)
    assert with_exclusion_notice(engine, page, query, None).notice is None  # the kept words meet no answer in full
    assert engine.count("Polizei Feuerwehr") == 0 and engine.count("Polizei") == 30


def test_the_count_of_the_kept_words_is_their_full_matches(tmp_path):
    """The notice's number is the answers meeting every kept word, not those short of one."""
    IndexStore(tmp_path).build(
        [
            _doc(5401, "Boote", [("Welche Boote hat die Polizei?", "Die Polizei hat zwei Boote.")]),
            _doc(5402, "Boote", [("Welche Boote hat der Zoll?", "Der Zoll hat drei Boote.")]),
            _doc(5403, "Häfen", [("Welche Häfen gibt es?", "Es gibt fünf Häfen.")]),
        ]
    )
    engine = Engine(tmp_path)
    query = "Boote Häfen -Polizei"
    page = engine.search(query)
    assert page.total == 0 and page.hits
    assert with_exclusion_notice(engine, page, query, None).notice is None
    query = "Boote -Polizei -Zoll"
    page = engine.search(query)
    assert with_exclusion_notice(engine, page, query, None).notice == (
        "2 Antworten enthalten „Boote“; „-Polizei“, „-Zoll“ schließen alle aus: eines davon steht in der Antwort oder "
        "im Titel ihrer Dokumente."
    )
    assert engine.count("Boote") == 2 and engine.count("Boote Häfen") == 0
