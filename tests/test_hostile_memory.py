"""A long-running worker's memory levels off: every new query word used to stay in caches
sized for an index build (a million substrings, half a million words), ~1 MB per 1,000 requests."""

from __future__ import annotations

import random

from indexer.analysis.compounds import SERVING_CACHES, bound_caches, default_splitter
from indexer.analysis.query_text import query_terms


def test_serving_caches_stay_bounded_however_many_new_words(engine):
    rng = random.Random(14)
    before = bound_caches(*SERVING_CACHES)
    try:
        for _ in range(6000):
            word = "".join(rng.choice("abcdefghiklmnoprstuwäöüß") for _ in range(rng.randint(8, 16)))
            query_terms(engine.analyzer, word)
        splitter = default_splitter()
        assert splitter.split.cache_info().currsize <= SERVING_CACHES[1]
        assert splitter.lexicon.cached_parts() <= SERVING_CACHES[0]
    finally:
        bound_caches(*before)
