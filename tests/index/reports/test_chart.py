"""`bilagor amounts --chart`: a grouped bar chart, PNG or SVG."""

import sys
import xml.etree.ElementTree as ET

import pytest

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode, MissingDependencyError, UsageError
from bilagor.index.reports.amounts import ReportRow, AmountRow, summarise
from bilagor.index.reports.chart import chart_format, draw_chart
from factories import build_archive

pytest.importorskip("matplotlib")


def small_summary(by="year"):
    reports = [ReportRow("a", year=2018), ReportRow("b", year=2019)]
    rows = [
        AmountRow("a", 5_000_000, "budget"),
        AmountRow("a", 2_600_000, "utfall", ord=1),
        AmountRow("b", 800_000, "budget"),
    ]
    return summarise(reports, rows, by=by)


def test_png_written(tmp_path):
    target = draw_chart(small_summary(), tmp_path / "chart.png")
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_svg_written_with_group_labels(tmp_path):
    target = draw_chart(small_summary("role"), tmp_path / "chart.svg")
    root = ET.parse(target).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"


def test_suffix_must_be_png_svg_or_pdf():
    assert chart_format("a.PNG") == "png"
    assert chart_format("a.pdf") == "pdf"
    with pytest.raises(UsageError):
        chart_format("a.jpg")


def test_missing_matplotlib_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)  # makes the import fail
    with pytest.raises(MissingDependencyError, match=r"pip install matplotlib"):
        draw_chart(small_summary(), tmp_path / "chart.png")
    assert not (tmp_path / "chart.png").exists()


def test_cli_chart_with_table(tmp_path, capsys):
    folder = build_archive(tmp_path / "arkiv")
    target = tmp_path / "utfall.svg"
    assert run(["amounts", "--archive", str(folder), "--by", "district-today", "--chart", str(target)]) == ExitCode.OK
    assert "Totalt" in capsys.readouterr().out
    assert ET.parse(target).getroot().tag.endswith("svg")


def test_cli_without_matplotlib_fails_before_printing(tmp_path, capsys, monkeypatch):
    import importlib.util

    folder = build_archive(tmp_path / "arkiv")
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "matplotlib" else real_find_spec(name, *a)
    )
    assert run(["amounts", "--archive", str(folder), "--chart", str(tmp_path / "c.png")]) == ExitCode.MISSING_DEPENDENCY
    captured = capsys.readouterr()
    assert captured.out == "" and "pip install matplotlib" in captured.err and "bilagor[" not in captured.err
