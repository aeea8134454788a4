"""An auditor follows one project over the years on the web's amounts page: a project's row links to the search
for that project's reports, across a district merger too (its delredovisning under the former committee's name,
its slutredovisning under today's). The link searched the group's label, name and district in brackets, as a
phrase, which no report's project holds: the search found none and was relaxed to every report with a word of it."""

from __future__ import annotations

import re
import warnings
from html import unescape
from urllib.parse import unquote_plus

import pytest

pytest.importorskip("starlette")
from factories import make_report  # noqa: E402

from bilagor.cli.web.app import create_app  # noqa: E402
from bilagor.extractor.record import Section  # noqa: E402
from bilagor.index.archive import Archive  # noqa: E402
from bilagor.index.reports.amounts import project_group_parts  # noqa: E402

with warnings.catch_warnings():  # newer Starlette prefers httpx2 (a warning); httpx works the same
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient


def _report(seed, project, year, district, today, stage):
    return make_report(
        seed,
        project=project,
        year=year,
        district=district,
        district_today=today,
        stage=stage,
        location=f"Rinkeby torg, {district}s stadsdelsnämnd",
        sections=[Section("projektnamn", "Projektnamn", project, 1)],
    )


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    folder = tmp_path_factory.mktemp("projecthistory")
    with Archive.open(folder, writable=True) as opened:
        opened.add(
            [
                _report(
                    "rk2019", "Trygghetskameror vid Rinkeby torg", 2019, "Rinkeby-Kista", "Järva", "delredovisning"
                ),
                _report("j2024", "Trygghetskameror på Rinkeby torg", 2024, "Järva", "Järva", "slutredovisning"),
                _report("husby", "Trygghetskameror vid Husby torg", 2022, "Rinkeby-Kista", "Järva", "slutredovisning"),
                _report("bromma", "Trygghetskameror vid Rinkeby torg", 2020, "Bromma", "Bromma", "slutredovisning"),
            ]
        )
    with TestClient(create_app(folder), base_url="http://127.0.0.1") as test_client:
        yield test_client


def _project_link(html: str, name: str) -> str:
    links = [unescape(href) for href in re.findall(r'href="(/search\?[^"]*)"', html)]
    found = [link for link in links if f'projekt:"{name}"' in unquote_plus(link)]
    assert len(found) == 1, links
    return found[0]


def _hit_ids(html: str) -> set[str]:
    return set(re.findall(r'href="/report/([0-9a-f]{12})', html))


def test_a_projects_row_links_to_its_reports_across_a_merger(client):
    html = client.get("/amounts", params={"by": "project", "q": "trygghetskameror"}).text
    link = _project_link(html, "Trygghetskameror på Rinkeby torg")
    page = client.get(link).text
    assert "andra av orden" not in page  # not relaxed: every report found holds the project's name
    ids = {make_report(seed).id[:12] for seed in ("rk2019", "j2024")}
    assert _hit_ids(page) == ids  # not Husby's project, nor the namesake in Bromma


def test_a_projects_row_keeps_the_pages_district():
    assert project_group_parts("Trygghetskameror på Rinkeby torg (Järva)") == (
        "Trygghetskameror på Rinkeby torg",
        "Järva",
    )


@pytest.mark.parametrize("group", ["Belysning (etapp 2)", "Kameror", "Kameror (Järvafältet)"])
def test_a_projects_own_bracket_is_no_district(group):
    assert project_group_parts(group) == (group, None)
