"""Layout knowledge, one module per concern: page furniture and footnotes (``pages``), the
numbered questions and their answers (``questions``) and the front matter of each
parliament's Drucksache (``front``).  :mod:`indexer.ingest.parse` puts them together."""
