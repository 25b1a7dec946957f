"""The project's own scale benchmark (``anfragen bench``).

It generates an archive-scale corpus in the real NRW layout (:mod:`.corpus`), runs the
real pipeline on it (parse → index → search with snippets → HTTP under gunicorn) and the
same corpus and queries through two baselines in the same run (:mod:`indexer.measure.baselines`:
SQLite FTS5 and plain Whoosh), and reports ratios (:mod:`.report`).  It needs
``../shared`` (metadata CSVs and bulk German text); the project does not.
"""
