"""Corpus files → Document: extraction, text clean-up, layouts, sidecars."""
