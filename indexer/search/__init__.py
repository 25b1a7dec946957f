"""Query → ranked answers: query language, filters, ranking, facets, snippets, autocomplete."""
