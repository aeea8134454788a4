"""The web search page on an archive without reports says what the CLI says, in the same words."""

from __future__ import annotations

import html
import warnings

import pytest

pytest.importorskip("starlette")
from bilagor.cli.web.app import create_app  # noqa: E402
from bilagor.extractor.glossary import EMPTY_ARCHIVE  # noqa: E402
from bilagor.index.archive import Archive  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient


def test_the_empty_archive_page_uses_the_glossary_words(tmp_path):
    folder = tmp_path / "arkiv"
    with Archive.open(folder, writable=True):
        pass  # an archive with no report yet
    with TestClient(create_app(folder), base_url="http://127.0.0.1") as client:
        response = client.get("/")
    assert response.status_code == 200
    assert html.escape(EMPTY_ARCHIVE) in response.text
    assert "PATH" not in response.text
