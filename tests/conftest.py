"""Shared test helpers."""

from __future__ import annotations

import json

import pytest

from factories import SCHEMA_PATH

# The `corpus` fixture (a small archive of varied reports) for the search tests.
pytest_plugins = ["search_corpus"]


@pytest.fixture(scope="session")
def report_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
