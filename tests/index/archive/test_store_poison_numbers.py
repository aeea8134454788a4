"""Numbers are range-checked where they enter the record, the store and the index."""

from __future__ import annotations

import json

from factories import make_report, validate_record
from poison_records import HUGE_SEK

from bilagor.cli.app import run
from bilagor.extractor.record import MAX_PLAUSIBLE_SEK, Amount, Section, bound_amounts
from bilagor.index.reports.amounts import summarise_archive
from bilagor.index.archive import Archive
from bilagor.index.search.schema import report_document


def _amount(sek: int, role: str = "budget") -> Amount:
    return Amount(f"{sek} kr", sek, False, role, "ekonomiskt_utfall", 1, "Budget.")


def test_an_implausible_amount_is_kept_as_text_with_a_warning():
    amounts, warnings = bound_amounts([_amount(MAX_PLAUSIBLE_SEK), _amount(MAX_PLAUSIBLE_SEK + 1)])
    assert [a.sek for a in amounts] == [MAX_PLAUSIBLE_SEK, None]
    assert amounts[1].text == f"{MAX_PLAUSIBLE_SEK + 1} kr"
    assert len(warnings) == 1 and "summeras inte" in warnings[0]


def test_index_sums_leave_out_implausible_and_out_of_range_figures():
    report = make_report(
        "n", year=2**40, amounts=[_amount(2**62), _amount(2**62 + 1), _amount(1_000_000), _amount(HUGE_SEK, "utfall")]
    )
    doc = report_document(report)
    assert doc["budget"] == 1_000_000
    assert doc["outcome"] == 0
    assert "year" not in doc


def test_the_store_takes_any_int_and_never_sums_the_implausible(tmp_path):
    report = make_report(
        "n",
        year=2**70,
        pages=2**70,
        amounts=[_amount(HUGE_SEK), _amount(2**63 + 7, "utfall"), _amount(5_000_000)],
        sections=[
            Section("ekonomiskt_utfall", "Ekonomiskt utfall", "Kostnader (tkr): 450 300 120 800 900 200 700", 2**70)
        ],
    )
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([report])
        stored = archive.records.get(report.id)
        assert [a.sek for a in stored.amounts] == [None, None, 5_000_000]
        assert sum("summeras inte" in w for w in stored.warnings) == 2
        validate_record(
            {
                **stored.to_dict(),
                "year": None,
                "pages": 1,
                "sections": [{**s, "page": 1} for s in stored.to_dict()["sections"]],
            }
        )
        rows = archive.records.query("SELECT sek FROM amounts")
        assert [r["sek"] for r in rows] == [5_000_000]
        assert archive.records.query("SELECT year FROM reports")[0]["year"] is None
        summary = summarise_archive(archive, by="year")
        assert summary.to_dict()["total"]["budget"] == 5_000_000
        assert archive.search("kostnader").total == 1


def _pdf(path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.cell(0, 10, "Bilaga 5 - Uppföljning trygghetsinvestering")
    pdf.ln()
    pdf.multi_cell(
        0,
        6,
        "Ekonomiskt utfall: Kostnader (tkr): 450 300 120 800 900 200 700. "
        "Budgeten var 99999999999999999999 kr. Utfallet blev 1,2 mnkr.",
    )
    pdf.output(str(path))
    return path


def test_importing_a_report_with_a_19_digit_amount_succeeds(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    _pdf(folder / "stora-tal.pdf")
    archive = str(tmp_path / "arkiv")
    assert run(["import", str(folder), "--archive", archive, "--workers", "1", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["imported"] == 1 and not summary["failed"]
    with Archive.open(archive) as opened:
        report = next(opened.records.iter_reports())
    implausible = [a for a in report.amounts if a.sek is None]
    assert len(implausible) >= 1
    assert any("summeras inte" in w for w in report.warnings)
    for command in (["stats"], ["amounts"], ["search", "utfallet"], ["reindex"], ["show", report.id[:12]]):
        assert run([*command, "--archive", archive]) == 0, command


def test_implausible_amounts_an_older_bilagor_stored_are_no_longer_summed(tmp_path):
    report = make_report("old", amounts=[_amount(5 * MAX_PLAUSIBLE_SEK), _amount(5_000_000)])
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([report])
        # as an older bilagor left it: the figure in the record and in the summed table
        record = archive.records.get(report.id).to_dict()
        record["amounts"][0]["sek"], record["warnings"] = 5 * MAX_PLAUSIBLE_SEK, []
        archive.records.db.execute("UPDATE reports SET record=?", (json.dumps(record),))
        archive.records.db.execute(
            "INSERT INTO amounts SELECT report_id, 99, text, ?, approx, role, section, page, sentence FROM amounts",
            (5 * MAX_PLAUSIBLE_SEK,),
        )
        archive.records.db.execute("DELETE FROM meta WHERE key='amounts_bounded'")
    with Archive.open_for_reading(tmp_path) as archive:
        stored = archive.records.get(report.id)
        assert [a.sek for a in stored.amounts] == [None, 5_000_000]
        assert [r["sek"] for r in archive.records.query("SELECT sek FROM amounts")] == [5_000_000]
        assert any("summeras inte" in w for w in stored.warnings)
        assert summarise_archive(archive, by="year").to_dict()["total"]["budget"] == 5_000_000
