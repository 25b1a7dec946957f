"""Settings: one default each, one ``ANFRAGEN_*`` variable each, the same for CLI and web."""

from pathlib import Path

import pytest

from indexer.config import DEFAULTS, Settings
from indexer.errors import ConfigError
from web import create_app

VARIABLES = ("ANFRAGEN_INDEX", "ANFRAGEN_INDEX_DIR", "ANFRAGEN_PER_PAGE", "ANFRAGEN_SEARCH_TIME_LIMIT")


@pytest.fixture
def env(monkeypatch):
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_the_web_app_takes_the_defaults_and_the_environment(env, index_dir):
    assert create_app().config["PER_PAGE"] == DEFAULTS.per_page == 10
    env.setenv("ANFRAGEN_INDEX", str(index_dir))
    env.setenv("ANFRAGEN_PER_PAGE", "3")
    env.setenv("ANFRAGEN_SEARCH_TIME_LIMIT", "null")
    app = create_app()
    assert (app.config["INDEX_DIR"], app.config["PER_PAGE"], app.config["SEARCH_TIME_LIMIT"]) == (
        str(index_dir),
        3,
        None,
    )
    page = app.test_client().get("/?q=Arbeit").get_data(as_text=True)
    assert "Seite 1 von" in page  # three hits a page: the seed's answers need more than one


def test_the_old_index_variable_still_works_with_a_warning(env):
    env.setenv("ANFRAGEN_INDEX_DIR", "/alt/index")
    with pytest.warns(DeprecationWarning, match="ANFRAGEN_INDEX"):
        assert Settings.from_env().index == Path("/alt/index")
    env.setenv("ANFRAGEN_INDEX", "/neu/index")
    assert Settings.from_env().index == Path("/neu/index")


def test_a_wrong_value_is_a_german_error(env):
    env.setenv("ANFRAGEN_PER_PAGE", "zehn")
    with pytest.raises(ConfigError, match="ANFRAGEN_PER_PAGE='zehn': erwartet wird eine ganze Zahl"):
        Settings.from_env()
