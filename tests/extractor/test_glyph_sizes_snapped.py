"""A glyph set in its own scaled text matrix: sizes that differ in the last digits are one size, so its letters
make words again (docs/benchmarks.md, the twenty-ninth round's lead section)."""

from __future__ import annotations

from pathlib import Path

from bilagor.extractor.glyphs import with_sizes_snapped, words_from_chars


def _chars(text: str, sizes: list[float], x: float = 72.0) -> list[dict]:
    chars = []
    for char, size in zip(text, sizes):
        width = size * 0.55
        chars.append(
            {
                "text": char,
                "x0": x,
                "x1": x + width,
                "top": 100.0,
                "bottom": 100.0 + size,
                "doctop": 100.0,
                "upright": True,
                "fontname": "Helvetica",
                "size": size,
                "width": width,
                "height": size,
            }
        )
        x += width
    return chars


def test_sizes_differing_in_the_last_digits_make_one_word():
    noisy = [10 * (1 + ((i * 7919) % 13 - 6) * 1e-6) for i in range(9)]
    words = words_from_chars(_chars("Ansökan", noisy))
    assert [w.text for w in words] == ["Ansökan"]
    assert words[0].size == 10.0


def test_real_sizes_stay_apart():
    chars = _chars("ab", [10.0, 10.0]) + _chars("cd", [10.5, 10.5], x=83.0)
    assert {c["size"] for c in with_sizes_snapped(chars)} == {10.0, 10.5}
    # a chain of tiny steps never spans more than a few hundredths of a point
    stepped = _chars("abcdefghij", [10.0 + 0.004 * i for i in range(10)])
    assert (
        max(c["size"] for c in with_sizes_snapped(stepped)) - min(c["size"] for c in with_sizes_snapped(stepped)) > 0.01
    )


def test_a_page_of_glyphs_each_in_its_own_matrix_reads_its_labels(tmp_path: Path):
    from reportlab.pdfgen import canvas

    from bilagor.extractor import extract_report

    path = tmp_path / "matrices.pdf"
    pdf = canvas.Canvas(str(path))
    y = 700.0
    for line in ("Projektets namn: Trygghetsvandring i Skarpnäck", "Kontaktperson: Anna Berg, 08-508 123 45"):
        x = 72.0
        for i, char in enumerate(line):
            text = pdf.beginText()
            size = 10 * (1 + ((i * 7919) % 13 - 6) * 1e-6)
            text.setTextTransform(size, 0, 0, size, x, y)  # font size 1, the size in the matrix
            text.setFont("Helvetica", 1)
            text.textOut(char)
            pdf.drawText(text)
            x += pdf.stringWidth(char, "Helvetica", 10)
        y -= 14
    pdf.save()
    sections = {s["key"]: s["text"] for s in extract_report(path, entities=False).to_dict()["sections"]}
    assert sections["projektnamn"] == "Trygghetsvandring i Skarpnäck"
    assert sections["kontaktperson"] == "Anna Berg, 08-508 123 45"
