"""`bilagor amounts --chart`: many groups as top N + övriga, every year, hedged bars, titles, pdf."""

import xml.etree.ElementTree as ET

import pytest

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode
from bilagor.index.reports.amounts import AmountRow, ReportRow, summarise
from bilagor.index.reports.chart import ChartContext, chart_bars, draw_chart
from factories import build_archive


def many_projects(count=40):
    reports = [ReportRow(f"r{i}", project=f"Projekt {i:02d}", district_today="Farsta") for i in range(count)]
    amounts = [AmountRow(f"r{i}", 100_000 * (i + 1), "budget") for i in range(count)]
    return summarise(reports, amounts, by="project")


def test_many_groups_become_horizontal_bars_with_the_largest_and_others():
    plan = chart_bars(many_projects())
    assert plan.horizontal
    names = [b.name for b in plan.bars]
    assert names[0] == "Projekt 39 (Farsta)" and len(names) == 21 and names[-1] == "övriga (20)"
    assert plan.bars[-1].values[0] == sum(100_000 * (i + 1) for i in range(20))


def test_few_groups_stay_vertical():
    assert not chart_bars(many_projects(10)).horizontal


def test_every_year_in_the_range_is_on_the_axis():
    reports = [ReportRow("a", year=2016), ReportRow("b", year=2019)]
    amounts = [AmountRow("a", 1_000_000, "budget"), AmountRow("b", 2_000_000, "budget")]
    summary = summarise(reports, amounts, by="year")
    assert [b.name for b in chart_bars(summary).bars] == ["2016", "2017", "2018", "2019"]
    summary.years = (2015, 2020)  # the --year filter's range
    assert [b.name for b in chart_bars(summary).bars] == [str(y) for y in range(2015, 2021)]


def test_hedged_figures_are_marked_and_titles_name_grouping_and_filters():
    reports = [ReportRow("a", year=2018)]
    amounts = [AmountRow("a", 1_000_000, "budget"), AmountRow("a", 900_000, "utfall", approx=True, ord=1)]
    plan = chart_bars(
        summarise(reports, amounts, by="year"), ChartContext(query="kamera", year="2018", district="Farsta")
    )
    assert plan.bars[0].hedged == [False, True]
    assert plan.title == "Budget och utfall per år"
    assert "kamera" in plan.subtitle and "2018" in plan.subtitle and "Farsta" in plan.subtitle
    assert chart_bars(summarise(reports, amounts, by="year")).subtitle == "hela arkivet"


def test_pdf_and_svg_carry_titles(tmp_path):
    pytest.importorskip("matplotlib")
    summary = many_projects()
    pdf = draw_chart(summary, tmp_path / "c.pdf", context=ChartContext(query="belysning"))
    assert pdf.read_bytes()[:5] == b"%PDF-"
    svg = draw_chart(summary, tmp_path / "c.svg", context=ChartContext(query="belysning"))
    text = " ".join(t.text or "" for t in ET.parse(svg).getroot().iter("{http://www.w3.org/2000/svg}text"))
    assert "Budget och utfall per projekt" in text and "belysning" in text and "övriga (20)" in text


def test_cli_chart_pdf(tmp_path, capsys):
    pytest.importorskip("matplotlib")
    folder = build_archive(tmp_path / "arkiv")
    target = tmp_path / "utfall.pdf"
    assert run(["amounts", "--archive", str(folder), "--year", "2016-2020", "--chart", str(target)]) == ExitCode.OK
    assert target.read_bytes()[:5] == b"%PDF-"
