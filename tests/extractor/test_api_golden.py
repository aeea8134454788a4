"""extract_report() against generated forms, hand-drawn forms and bad files.

Golden: one PDF per fixturegen variant and producer, every field and every
section compared with the generator's truth. Generalisation: forms drawn here
with fpdf2's own table and text-flow code (other column widths, bold labels,
answers below the label, Letter paper), unlike the generator's layout.
"""

from __future__ import annotations

import json
import random

import pytest
from fixturegen.spec import RECORD_FIELDS

from bilagor.cli.app import run
from bilagor.extractor import extract_report
from bilagor.extractor.errors import BadInputError
from factories import validate_record

fixturegen = pytest.importorskip("fixturegen")

FIELDS = RECORD_FIELDS


def _golden_cases():
    return [(v, p) for v in fixturegen.VARIANTS for p in fixturegen.PRODUCERS]


@pytest.mark.parametrize("variant, producer", _golden_cases())
def test_golden_variant(tmp_path, variant, producer):
    spec = fixturegen.random_spec(random.Random(f"golden-{variant}-{producer}"), variant, producer)
    path = tmp_path / f"{spec.name}.pdf"
    truth = fixturegen.render(spec, path)
    report = extract_report(path, entities=False)
    data = report.to_dict()
    assert {f: data[f] for f in FIELDS} == {f: truth[f] for f in FIELDS}
    got = [(s["key"], s["label"], s["text"], s["page"]) for s in data["sections"]]
    assert got == [(s["key"], s["label"], s["text"], s["page"]) for s in truth["sections"]]
    validate_record(data)


# ---------------------------------------------------------------- hand-drawn forms


def _fpdf(page="A4"):
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=page)
    pdf.set_margins(60, 60, 60)
    pdf.set_auto_page_break(True, margin=60)
    pdf.add_page()
    return pdf


def _title(pdf, text, size=16):
    pdf.set_font("helvetica", "B", size)
    pdf.multi_cell(0, size * 1.3, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)


ROWS = [
    ("Projektets namn", "Trygghetsbelysning i Tunnlandsparken"),
    ("Plats", "Tunnlandsparken, Hässelby-Vällingby stadsdelsnämnd"),
    (
        "Syfte och mål",
        "Belysningen ska göra gångvägarna genom parken tryggare att använda under kvällar och "
        "nätter, särskilt för äldre och för barn på väg till och från fritidsaktiviteter.",
    ),
    (
        "Resultat",
        "Under 2019 har 46 armaturer bytts ut och ljuset är nu jämnare längs hela stråket. "
        "Boende som deltog i trygghetsvandringen efteråt upplever parken som mer öppen.",
    ),
    ("Ekonomiskt utfall", "Utfallet för 2019 blev 1 480 000 kr mot budgeterade 1 650 000 kr."),
]
EXPECTED_KEYS = ["projektnamn", "plats", "mal_och_syfte", "slutresultat", "ekonomiskt_utfall"]


def _check(report, rows=ROWS, keys=EXPECTED_KEYS):
    assert [s.key for s in report.sections] == keys
    assert [s.text for s in report.sections] == [" ".join(text.split()) for _, text in rows]
    assert report.title == "Bilaga 5 - Uppföljning trygghetsinvestering"
    assert (report.form_kind, report.appendix, report.year) == ("uppfoljning", "5", 2019)
    assert (report.district, report.project) == ("Hässelby-Vällingby", "Trygghetsbelysning i Tunnlandsparken")


@pytest.mark.parametrize("borders, label_share, page", [(False, 28, "A4"), (True, 40, "Letter"), (False, 45, "Letter")])
def test_fpdf2_table_form(tmp_path, borders, label_share, page):
    pdf = _fpdf(page)
    _title(pdf, "Bilaga 5 - Uppföljning trygghetsinvestering")
    pdf.set_font("helvetica", size=10.5)
    with pdf.table(
        col_widths=(label_share, 100 - label_share),
        first_row_as_headings=False,
        text_align="LEFT",
        borders_layout="ALL" if borders else "NONE",
        line_height=13,
        padding=4,
    ) as table:
        for label, text in ROWS[:3]:
            row = table.row()
            pdf.set_font("helvetica", "B", 10.5)
            row.cell(label)
            pdf.set_font("helvetica", "", 10.5)
            row.cell(text)
        table.row().cell("")  # no label: the stage marker row
        table.rows[-1].cell("Slutredovisning")
        for label, text in ROWS[3:]:
            row = table.row()
            row.cell(label)
            row.cell(text)
    path = tmp_path / "tabell.pdf"
    pdf.output(str(path))
    report = extract_report(path, entities=False)
    _check(report)
    assert report.stage == "slutredovisning"


def test_fpdf2_answers_below_labels_with_bold_labels(tmp_path):
    pdf = _fpdf("Letter")
    _title(pdf, "Bilaga 5 - Uppföljning\ntrygghetsinvestering", size=13)
    for label, text in ROWS:
        pdf.set_font("times", "B", 11)
        pdf.set_x(60)
        pdf.multi_cell(150, 14, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("times", "", 11)
        pdf.set_x(230)
        pdf.multi_cell(320, 14, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)
    path = tmp_path / "under.pdf"
    pdf.output(str(path))
    _check(extract_report(path, entities=False))


def test_fpdf2_one_column_headings_over_pages(tmp_path):
    pdf = _fpdf("A4")
    _title(pdf, "Bilaga 5 - Uppföljning trygghetsinvestering", size=15)
    rows = [*ROWS[:3], (ROWS[3][0], " ".join([ROWS[3][1]] * 40)), ROWS[4]]
    for label, text in rows:
        pdf.set_font("helvetica", "B", 12)
        pdf.multi_cell(0, 16, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", "", 10)
        pdf.multi_cell(0, 13, text, new_x="LMARGIN", new_y="NEXT", align="J")
        pdf.ln(10)
    path = tmp_path / "rubriker.pdf"
    pdf.output(str(path))
    report = extract_report(path, entities=False)
    assert report.pages >= 2
    _check(report, rows)


# ---------------------------------------------------------------- bad input


def _plain_pdf(path, pages=1, **encryption):
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    for n in range(pages):
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        pdf.text(20, 20, f"Projektnamn Sida {n + 1}")
    if encryption:
        pdf.set_encryption(encryption_method=EncryptionMethod.RC4, **encryption)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda p: p.write_bytes(b""), "tom fil"),
        (lambda p: p.write_text("hej, inte en pdf"), "inte en PDF"),
        (lambda p: p.write_bytes(_plain_pdf(p).read_bytes()[:400]), "skadad PDF"),
        (lambda p: p.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8), "skadad PDF"),
        (
            lambda p: _plain_pdf(p, owner_password="ägare", user_password="hemlig"),
            "krypterad: behöver ett lösenord (--password)",
        ),
        (lambda p: _plain_pdf(p, pages=3), "3 sidor, fler än --max-pages 2"),
    ],
)
def test_bad_files_raise_bad_input_with_a_reason(tmp_path, make, reason):
    path = tmp_path / "fil.pdf"
    make(path)
    with pytest.raises(BadInputError) as err:
        extract_report(path, max_pages=2, entities=False)
    assert err.value.reason.startswith(reason)
    assert str(path) in err.value.one_line() and "\n" not in err.value.one_line()


def test_passwords(tmp_path):
    locked = _plain_pdf(tmp_path / "låst.pdf", owner_password="ägare", user_password="hemlig")
    assert extract_report(locked, password="hemlig", entities=False).pages == 1
    with pytest.raises(BadInputError, match="fel lösenord"):
        extract_report(locked, password="fel", entities=False)
    owner_only = _plain_pdf(tmp_path / "ägare.pdf", owner_password="ägare")
    assert extract_report(owner_only, entities=False).sections[0].text.startswith("Projektnamn")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(BadInputError, match="filen finns inte"):
        extract_report(tmp_path / "saknas.pdf")
    with pytest.raises(BadInputError, match="är en mapp"):
        extract_report(tmp_path)


def test_page_without_text_layer_warns(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 50, 50, style="F")  # an image-only page, as a scan looks to pdfplumber
    path = tmp_path / "skannad.pdf"
    pdf.output(str(path))
    report = extract_report(path, ocr="never", entities=False)
    assert report.sections == [] and report.warnings[0] == "sida 1 saknar textlager (OCR avstängd)"
    # Nothing names a year, so the creation date gives it, with a warning (issue #12).
    assert report.year_source == "metadata" and "skapandedatum" in report.warnings[1]
    validate_record(report.to_dict())


def test_cli_json_validates_and_bad_file_is_one_line(tmp_path, capsys):
    good = _plain_pdf(tmp_path / "ok.pdf")
    assert run(["extract", str(good), "--json"]) == 0
    validate_record(json.loads(capsys.readouterr().out))
    bad = tmp_path / "tom.pdf"
    bad.write_bytes(b"")
    assert run(["extract", str(bad)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"bilagor: fel: {bad}: tom fil"]


def test_corrupted_bytes_give_a_record_or_bad_input_and_print_nothing(tmp_path, capfd):
    spec = fixturegen.random_spec(random.Random("fuzz"), "followup_bordered", "fpdf2")
    original = tmp_path / "original.pdf"
    fixturegen.render(spec, original)
    rng = random.Random(7)
    outcomes = set()
    for i in range(25):
        data = bytearray(original.read_bytes())
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if i % 3 == 0:
            data = data[: rng.randrange(len(data))]
        damaged = tmp_path / f"skadad{i}.pdf"
        damaged.write_bytes(bytes(data))
        try:
            validate_record(extract_report(damaged, entities=False).to_dict())
            outcomes.add("record")
        except BadInputError as exc:
            assert str(damaged) in exc.one_line()
            outcomes.add("bad input")
    assert "bad input" in outcomes
    assert capfd.readouterr().err == ""  # pdfminer's repair warnings stay out of the terminal
