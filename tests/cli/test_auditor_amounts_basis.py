"""`bilagor amounts --json` (and the web's /api/amounts) says its unit and the query and filters it was made
with: an auditor's saved JSON of "budget": 5000000 is otherwise a figure without its unit or its basis."""

from __future__ import annotations

import json

import pytest
from factories import build_archive

from bilagor.cli.app import run


def amounts_json(capsys, *args) -> dict:
    assert run(["amounts", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_json_names_its_unit_and_the_query_and_filters_it_was_made_with(tmp_path, capsys):
    archive = str(build_archive(tmp_path / "arkiv"))
    data = amounts_json(
        capsys, "kameraövervakning", "--year", "2017-2018", "--district", "Norrmalm", "--archive", archive
    )
    assert data["unit"] == "kr"
    assert data["filters"] == {"query": "kameraövervakning", "year": "2017-2018", "district": "Norrmalm"}
    assert data["total"]["budget"] == 5_000_000  # whole kronor, as the unit says
    everything = amounts_json(capsys, "--by", "district", "--archive", archive)
    assert everything["unit"] == "kr" and everything["filters"] == {}


def test_the_web_api_gives_the_same_basis(tmp_path, capsys):
    pytest.importorskip("starlette")
    from starlette.testclient import TestClient

    from bilagor.cli.web.app import create_app

    archive = build_archive(tmp_path / "arkiv")
    cli = amounts_json(capsys, "kamera", "--year", "2018", "--role", "budget", "--archive", str(archive))
    with TestClient(create_app(archive), base_url="http://127.0.0.1") as client:
        api = client.get("/api/amounts", params={"q": "kamera", "year": "2018", "role": "budget"}).json()
    assert api["filters"] == cli["filters"] == {"query": "kamera", "year": "2018", "role": "budget"}
    assert api["unit"] == "kr"
