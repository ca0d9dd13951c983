"""Shared fixtures: the seed corpus, loaded once per test session."""

from __future__ import annotations

import pandas as pd
import pytest

import helpers


@pytest.fixture(scope="session")
def seeds() -> pd.DataFrame:
    """The five seed articles, loaded and cleaned."""
    return helpers.load_corpus(helpers.config.SEEDS_DIR)


@pytest.fixture(scope="session")
def seed(seeds):
    """Look up one seed row by its three-digit prefix."""
    def get(prefix: str) -> pd.Series:
        return seeds.loc[seeds["doc_id"].str.startswith(prefix)].iloc[0]
    return get
