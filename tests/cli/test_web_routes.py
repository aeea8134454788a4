"""`bilagor serve`: every route through Starlette's TestClient over the examples/ archive.

Figures and JSON are compared with what the CLI prints for the same archive,
so the browser view cannot drift from the terminal one.
"""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from urllib.parse import parse_qs, urlsplit

import pytest

pytest.importorskip("starlette")
from PIL import Image  # noqa: E402
from web_archive import SEED_PDF, build_examples_archive, yellow_pixels  # noqa: E402

from bilagor.cli.app import run  # noqa: E402
from bilagor.cli.money import format_sek  # noqa: E402
from bilagor.cli.web import pages  # noqa: E402
from bilagor.cli.web.app import create_app  # noqa: E402
from bilagor.extractor.errors import ExitCode  # noqa: E402

with warnings.catch_warnings():  # newer Starlette prefers httpx2 (a warning); httpx works the same
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

BASE = "http://127.0.0.1"
SECURITY = {"x-frame-options": "DENY", "x-content-type-options": "nosniff"}


@pytest.fixture(scope="module")
def examples(tmp_path_factory):
    return build_examples_archive(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def client(examples):
    archive, _ = examples
    with TestClient(create_app(archive), base_url=BASE) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def seed_id(client):
    data = client.get("/api/search", params={"q": "kameraövervakning"}).json()
    return next(h["id"] for h in data["hits"] if h["filename"] == SEED_PDF)


def cli_json(capsys, *args):
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == ExitCode.OK, err
    return json.loads(out)


def cli_text(capsys, *args) -> str:
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == ExitCode.OK, err
    return out


def links(html: str) -> list[str]:
    return [h.replace("&amp;", "&") for h in re.findall(r'href="([^"]+)"', html)]


# -- search ---------------------------------------------------------------------


def test_search_page_shows_hits_snippets_and_facets(client, seed_id):
    response = client.get("/search", params={"q": "kameraövervakning"})
    assert response.status_code == 200
    html = response.text
    assert f"/report/{seed_id}" in html
    assert "Norrmalm · 2018 · slutredovisning" in html
    assert re.search(r"<mark>[Kk]ameraövervakning</mark>", html)
    assert re.search(r'<a class="where" href="/report/[0-9a-f]+/page/1\?q=[^"]+">[^<]+, s\. 1</a>', html)
    for facet in ("year", "district", "org"):
        assert f'id="facet-{facet}"' in html
    assert "Polisen" in html


def test_facet_counts_are_the_searchs_and_their_links_filter(client):
    api = client.get("/api/search", params={"q": "kameraövervakning"}).json()
    html = client.get("/search", params={"q": "kameraövervakning"}).text
    facet = re.search(r'id="facet-year">(.*?)</ul>', html, re.S).group(1)
    shown = dict(re.findall(r'>(\d{4})</a> <span class="count">(\d+)</span>', facet))
    assert shown == {year: str(n) for year, n in api["facets"]["year"].items()}
    year, count = next(iter(shown.items()))
    href = next(h for h in links(facet) if f"year={year}" in h)
    filtered = client.get(href)
    assert re.search(rf'id="total"><strong>{count}</strong>', filtered.text)
    org_facet = re.search(r'id="facet-org">(.*?)</ul>', html, re.S).group(1)
    org_href = next(h for h in links(org_facet) if "org=Polisen" in h)
    org_count = int(
        re.search(r'org=Polisen[^>]*>Polisen</a> <span class="count">(\d+)', org_facet.replace("&amp;", "&")).group(1)
    )
    by_org = client.get("/api/search", params={"q": "kameraövervakning", "org": "Polisen"}).json()
    assert by_org["total"] == org_count
    assert re.search(rf'id="total"><strong>{org_count}</strong>', client.get(org_href).text)


def test_filters_narrow_the_hits(client):
    everything = client.get("/api/search", params={"q": "kameraövervakning"}).json()
    assert {h["year"] for h in everything["hits"]} >= {2018, 2019}
    html = client.get("/search", params={"q": "kameraövervakning", "year": "2019"}).text
    assert "Blackebergs centrum" in html and "Norrmalm · 2018" not in html
    html = client.get("/search", params={"q": "kameraövervakning", "district": "Norra innerstaden"}).text
    assert "Norrmalm · 2018" in html and "Blackebergs centrum" not in html


def test_paging(client, monkeypatch):
    monkeypatch.setattr(pages, "PAGE_SIZE", 3)
    first = client.get("/search").text  # no query: every report, newest first
    total = int(re.search(r'id="total"><strong>(\d+)</strong>', first).group(1))
    assert total == 8 and first.count('class="hit"') == 3
    assert "visar 1–3" in first
    last = client.get("/search", params={"page": 3}).text
    assert last.count('class="hit"') == 2 and "visar 7–8" in last
    assert client.get("/search", params={"page": 0}).status_code == 400
    assert client.get("/search", params={"page": "x"}).status_code == 400


@pytest.mark.parametrize("query", ['"kamera', "(kamera", "år:20x8"])
def test_malformed_query_is_a_400_page_with_its_message(client, query):
    response = client.get("/search", params={"q": query})
    assert response.status_code == 400
    assert 'id="error"' in response.text and "Traceback" not in response.text
    api = client.get("/api/search", params={"q": query})
    assert api.status_code == 400 and api.json()["error"]


def test_bad_filter_is_a_400(client):
    response = client.get("/search", params={"q": "kamera", "district": "Atlantis"})
    assert response.status_code == 400 and "Atlantis" in response.text


# -- report, page, pdf ----------------------------------------------------------


def test_report_page(client, seed_id, capsys, examples):
    record = cli_json(capsys, "show", seed_id, "--json", "--archive", examples[0])
    html = client.get(f"/report/{seed_id}").text
    assert record["project"] in html and "Norrmalm" in html
    for section in record["sections"]:
        assert section["label"] in html
        assert f"/report/{seed_id}/page/{section['page']}" in html
    for index, amount in enumerate(record["amounts"]):
        row = re.search(rf'<tr id="amount-{index}">(.*?)</tr>', html, re.S).group(1)
        assert amount["role"] in row and f"/report/{seed_id}/page/{amount['page']}" in row
        assert format_sek(amount["sek"]) in row
    for org in record["organisations"]:
        assert org["name"] in html
    assert f'href="/report/{seed_id}/pdf"' in html


def test_report_page_lists_warnings_and_check_reasons(tmp_path, capsys):
    from factories import make_report

    from bilagor.extractor.record import Amount
    from bilagor.index.archive import Archive

    sentence = "Budgeten var 5,0 mnkr och senare 4,0 mnkr."
    report = make_report(
        "checked",
        warnings=["a warning from extraction"],
        amounts=[
            Amount("5,0 mnkr", 5_000_000, False, "budget", "ekonomiskt_utfall", 1, sentence, "cue"),
            Amount("4,0 mnkr", 4_000_000, False, "budget", "ekonomiskt_utfall", 1, sentence, "cue"),
        ],
    )
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([report])
    checks = cli_json(capsys, "amounts", "--check", "--json", "--archive", tmp_path)
    assert [c["reason"] for c in checks] == ["two_budgets"]
    with TestClient(create_app(tmp_path), base_url=BASE) as client:
        html = client.get(f"/report/{report.id}").text
        amounts_html = client.get("/amounts").text
    section = re.search(r'id="warnings">(.*?)</section>', html, re.S).group(1)
    assert checks[0]["why"] in section and "a warning from extraction" in section
    assert '<a href="#amount-1">4,0 mnkr</a>' in section  # the second budget is the one to look at
    assert re.search(r'<tr id="amount-1">\s*<td>4,0 mnkr</td>', html)
    listed = re.search(r'id="granska">(.*?)</section>', amounts_html, re.S).group(1)
    assert checks[0]["why"] in listed and f'href="/report/{report.id}#amount-1"' in listed
    assert re.search(r'<td class="marks">\s*<a href="#granska">!</a>', amounts_html)


def test_report_by_prefix_redirects_and_unknown_ids_are_404(client, seed_id):
    response = client.get(f"/report/{seed_id[:10]}", follow_redirects=False)
    assert response.status_code == 307 and response.headers["location"] == f"/report/{seed_id}"
    for path in (
        "/report/0000000000",
        "/report/xyz",
        "/report/0000/pdf",
        "/report/0000/page/1.png",
        "/api/reports/0000000",
        f"/report/{seed_id}/page/9.png",
        f"/report/{seed_id}/page/0",
    ):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "Traceback" not in response.text


def test_page_image_highlights_the_query_words(client, seed_id, examples):
    from bilagor.extractor.render import DEFAULT_SCALE, page_words, pixel_box

    plain = Image.open(io.BytesIO(client.get(f"/report/{seed_id}/page/1.png").content))
    response = client.get(f"/report/{seed_id}/page/1.png", params={"q": "kameraövervakning"})
    assert response.status_code == 200 and response.headers["content-type"] == "image/png"
    marked = Image.open(io.BytesIO(response.content))
    assert marked.size == plain.size and marked.size[0] > 500
    words = page_words(examples[1] / SEED_PDF, 1)
    word = next(w for w in words if w.text == "Kameraövervakning")
    box = pixel_box((word.x0, word.top, word.x1, word.bottom), DEFAULT_SCALE)
    area = (box[2] - box[0]) * (box[3] - box[1])
    assert yellow_pixels(plain, box) == 0
    assert yellow_pixels(marked, box) > area // 2
    other = next(w for w in words if w.text == "Geografisk")  # a label, not a match
    assert yellow_pixels(marked, pixel_box((other.x0, other.top, other.x1, other.bottom), DEFAULT_SCALE)) == 0


def test_a_report_opened_from_a_split_compounds_hit_marks_what_the_hit_marked(client, seed_id):
    # No report writes "trygghetskameror"; the search finds the seed report by its parts, and the
    # report page (and its page image) must mark the words the hit's snippet marked.
    hits = client.get("/api/search", params={"q": "trygghetskameror"}).json()["hits"]
    snippet = next(h["snippet"] for h in hits if h["id"] == seed_id)
    marked_in_hit = {w.lower() for w in re.findall(r"\*\*(.+?)\*\*", snippet)}
    html = client.get(f"/report/{seed_id}", params={"q": "trygghetskameror"}).text
    marked_on_page = {w.lower() for w in re.findall(r"<mark>(.*?)</mark>", html)}
    assert marked_in_hit and marked_in_hit <= marked_on_page


def test_page_view_and_pdf(client, seed_id, examples):
    html = client.get(f"/report/{seed_id}/page/1", params={"q": "kamera"}).text
    assert f'src="/report/{seed_id}/page/1.png?q=kamera"' in html
    assert f"/report/{seed_id}/pdf#page=1" in html
    pdf = client.get(f"/report/{seed_id}/pdf")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content == (examples[1] / SEED_PDF).read_bytes()
    assert pdf.headers["content-disposition"].startswith("inline")


# -- amounts --------------------------------------------------------------------


def test_amounts_page_has_the_cli_figures(client, examples, capsys):
    summary = cli_json(capsys, "amounts", "--by", "year", "--json", "--archive", examples[0])
    table = cli_text(capsys, "amounts", "--by", "year", "--archive", examples[0])
    html = client.get("/amounts", params={"by": "year"}).text
    for group in summary["groups"]:
        row = re.search(rf'<tr id="group-\d+" data-group="{group["group"]}">(.*?)</tr>', html, re.S).group(1)
        cli_row = next(line for line in table.splitlines() if line.startswith(group["group"]))
        # The same cells in the same words: group, reports, budget, outcome, deviation, %, marks.
        assert " ".join(re.sub(r"<[^>]+>", " ", row).split()) == " ".join(cli_row.split())
    row2018 = re.search(r'data-group="2018">(.*?)</tr>', html, re.S).group(1)
    assert ">5,00<" in row2018 and ">2,60<" in row2018  # mnkr, the unit in the header as in the CLI
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in html and html.count('class="bar-budget"') == len(
        summary["groups"]
    )
    foot = re.search(r"<tfoot>(.*?)</tfoot>", html, re.S).group(1)
    cli_total = next(line for line in table.splitlines() if line.startswith("Totalt"))
    assert " ".join(re.sub(r"<[^>]+>", " ", foot).split()) == " ".join(cli_total.split())


def test_amounts_groups_link_to_their_reports(client):
    html = client.get("/amounts", params={"by": "year"}).text
    row = re.search(r'data-group="2018">(.*?)</tr>', html, re.S).group(1)
    href = links(row)[0]
    assert urlsplit(href).path == "/search" and parse_qs(urlsplit(href).query)["year"] == ["2018"]
    reports = int(re.findall(r'<td class="num">(\d+)</td>', row)[0])
    assert re.search(rf'id="total"><strong>{reports}</strong>', client.get(href).text)
    html = client.get("/amounts", params={"by": "district-today"}).text
    href = next(h for h in links(html) if "district=Norra+innerstaden" in h)
    assert client.get(href).status_code == 200


def test_a_figure_links_to_its_sentence(client):
    html = client.get("/amounts", params={"by": "year"}).text
    row = re.search(r'data-group="2015">(.*?)</tr>', html, re.S).group(1)
    budget = re.search(r'class="num budget"><a href="([^"]+)">2,30</a>', row).group(1)
    report_path, anchor = budget.split("#")
    page = client.get(report_path).text
    sentence_row = re.search(rf'<tr id="{anchor}">(.*?)</tr>', page, re.S).group(1)
    assert "beviljades 2,3 mnkr" in sentence_row
    # 2023 sums two reports' budgets: the figure opens the list of that group's amounts.
    row = re.search(r'data-group="2023">(.*?)</tr>', html, re.S).group(1)
    group_href = re.search(r'class="num budget"><a href="([^"]+)"', row).group(1).replace("&amp;", "&")
    assert "group=2023" in group_href and group_href.endswith("#belopp")
    listing = client.get(group_href.split("#")[0]).text
    detail = re.search(r'id="belopp">(.*?)</section>', listing, re.S).group(1)
    assert detail.count("summerad som budget") == 2
    assert {"1,668\u00a0mnkr", "4,9\u00a0mnkr"} <= set(re.findall(r'<td class="num">([^<]+)</td>', detail))
    years = re.findall(r"<td>(\d{4})</td>", detail)
    assert years and set(years) == {"2023"}


def test_amounts_downloads_are_the_cli_files(client, examples, capsys, tmp_path):
    import openpyxl

    cli_csv = cli_text(capsys, "amounts", "--by", "district", "--format", "csv", "--archive", examples[0])
    web_csv = client.get("/amounts.csv", params={"by": "district"})
    assert web_csv.headers["content-disposition"].startswith("attachment")
    assert list(csv.reader(io.StringIO(web_csv.text))) == list(csv.reader(io.StringIO(cli_csv)))
    detail_csv = cli_text(capsys, "amounts", "--detail", "--format", "csv", "--archive", examples[0])
    assert client.get("/amounts.csv", params={"detail": "1"}).text == detail_csv
    target = tmp_path / "cli.xlsx"
    assert run(["amounts", "--format", "xlsx", "-o", str(target), "--archive", str(examples[0])]) == 0
    web = openpyxl.load_workbook(io.BytesIO(client.get("/amounts.xlsx").content))
    cli = openpyxl.load_workbook(target)
    assert web.sheetnames == cli.sheetnames
    assert [list(r) for r in web.active.values] == [list(r) for r in cli.active.values]


def test_amounts_bad_options_are_400(client):
    for params in ({"by": "weekday"}, {"role": "nope"}, {"year": "20x8"}, {"q": "(kamera"}):
        response = client.get("/amounts", params=params)
        assert response.status_code == 400, params
        assert 'id="error"' in response.text
        assert client.get("/api/amounts", params=params).status_code == 400


# -- JSON API = the CLI's --json ---------------------------------------------------


@pytest.mark.parametrize(
    "args, params",
    [
        (["kameraövervakning"], {"q": "kameraövervakning"}),
        (["trygghet", "--year", "2015-2019", "--sort", "year"], {"q": "trygghet", "year": "2015-2019", "sort": "year"}),
        (["övervakning", "--district", "Norra innerstaden"], {"q": "övervakning", "district": "Norra innerstaden"}),
        (["kamera", "--org", "Polisen", "--limit", "1"], {"q": "kamera", "org": "Polisen", "limit": "1"}),
    ],
)
def test_api_search_is_the_cli_json(client, examples, capsys, args, params):
    assert client.get("/api/search", params=params).json() == cli_json(
        capsys, "search", *args, "--json", "--archive", examples[0]
    )


def test_api_report_and_amounts_are_the_cli_json(client, examples, capsys, seed_id):
    assert client.get(f"/api/reports/{seed_id[:12]}").json() == cli_json(
        capsys, "show", seed_id[:12], "--json", "--archive", examples[0]
    )
    for args, params in (
        (["--by", "year"], {"by": "year"}),
        (["--by", "org", "--detail"], {"by": "org", "detail": "1"}),
        (["kameraövervakning", "--by", "district"], {"q": "kameraövervakning", "by": "district"}),
        (["--check"], {"check": "1"}),
    ):
        assert client.get("/api/amounts", params=params).json() == cli_json(
            capsys, "amounts", *args, "--json", "--archive", examples[0]
        ), args
