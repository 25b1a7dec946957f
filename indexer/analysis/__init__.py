"""German text analysis: tokenizer, compounds, abbreviations, spelling vocabulary."""
