# Two commands do all set-up on a fresh machine:
#   make serve   install into .venv and serve the search (index built from corpus/ on first run)
#   make test    install into .venv with test extras and run the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: serve test

serve: $(VENV)/.installed
	$(BIN)/anfragen serve

test: $(VENV)/.installed-test
	sh scripts/install-test-deps
	$(BIN)/python -m pytest

$(VENV)/.installed: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@
