"""The reading options (--ocr, --max-pages) have one definition, validated once,
so every entry point accepts and refuses the same values with the same words."""

from __future__ import annotations

import re
import tomllib

import pytest
from factories import ROOT

from bilagor.cli.app import run
from bilagor.extractor import extract_report
from bilagor.extractor.errors import ExitCode, UsageError
from bilagor.extractor.options import ExtractOptions


@pytest.fixture
def blank_pdf(tmp_path):
    """Three pages without a text layer."""
    from fpdf import FPDF

    pdf = FPDF()
    for _ in range(3):
        pdf.add_page()
    path = tmp_path / "tom.pdf"
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("options", [{"ocr": "sometimes"}, {"max_pages": 0}])
def test_the_library_refuses_a_bad_option_as_a_usage_error(blank_pdf, options):
    with pytest.raises(UsageError):
        ExtractOptions(**options)
    with pytest.raises(UsageError):
        extract_report(blank_pdf, **options)


def test_extract_and_import_refuse_a_bad_ocr_mode_with_the_same_line(blank_pdf, tmp_path, capsys):
    assert run(["extract", str(blank_pdf), "--ocr", "sometimes"]) == ExitCode.USAGE
    extract_says = capsys.readouterr().err.strip()
    assert run(["import", str(blank_pdf), "--ocr", "sometimes", "--archive", str(tmp_path / "a")]) == ExitCode.USAGE
    import_says = capsys.readouterr().err.strip()
    assert extract_says == import_says
    assert "--ocr" in extract_says and "sometimes" in extract_says


def test_pages_without_text_are_named_as_ranges(blank_pdf):
    report = extract_report(blank_pdf, ocr="never")
    assert "sidorna 1-3 saknar textlager (OCR avstängd)" in report.warnings


def test_every_install_hint_names_an_extra_that_exists():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["optional-dependencies"]
    hints = []
    for folder in ("extractor", "index", "cli"):
        for path in (ROOT / folder).rglob("*.py"):
            hints += re.findall(r"bilagor\[([\w,]+)\]", path.read_text("utf-8"))
    assert hints
    assert {extra for hint in hints for extra in hint.split(",")} <= set(extras)
