# Two commands do all set-up on a fresh machine:
#   make serve   install into .venv and serve the search (index built from corpus/ on first run)
#   make test    install into .venv with test extras, lint (ruff, mypy) and run the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: serve test lint

serve: $(VENV)/.installed
	$(BIN)/anfragen serve

test: $(VENV)/.installed-test lint
	sh scripts/install-test-deps
	$(BIN)/python -m pytest -n auto --dist loadfile  # one worker per core; a file's tests stay in one worker

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

$(VENV)/.installed: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@
