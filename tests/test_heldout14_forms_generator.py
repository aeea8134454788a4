"""The fourteenth held-out generator (bench/heldout14_forms) draws what its truth says, on a seed other than the
held-out one (14083).

Text layers are read back with pdfplumber's words only (a tight x tolerance: LuaTeX and the kerned family put no
space glyph between words), never with bilagor's extractor: every word of the truth's title, labels and answers is
on the pages, and nothing else is but the page's furniture (running header, Dnr, footer, crest, stage marker,
placeholder, bullets). A family whose producer is missing here (fop, lualatex, abiword, tiff2pdf, Ghostscript:
none is a project dependency) is skipped.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest


from forms_generator_checks import (
    CREST,
    generator,
    assert_drawn,
    assert_image_only,
    check_set_shape,
    text_family_read_back,
)
from generator_truth_words import pdf_words, tokens

SEED = 5
LIBERATION = Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
H14 = generator(14, SEED, programs=("gs",))  # Ghostscript counts every family's pages
h14_content = H14.content


@pytest.mark.parametrize("family", ["fop_table", "lua_fontspec", "abiword_rtf"])
def test_text_families_draw_their_truth(family: str, tmp_path: Path) -> None:
    assert text_family_read_back(H14, family, tmp_path, hidden=CREST)


def test_typewriter_answers_in_annotations_or_appended_text(tmp_path: Path) -> None:
    (first, t1), (second, t2) = H14.built("typewriter_fill", tmp_path)
    assert (t1["layer"], t2["layer"]) == ("annotations", "text")
    assert_drawn(first, t1, CREST, annotations=True)
    assert_drawn(second, t2, CREST)
    # the annotated file's page text is the blank form: no answer sentence is in it
    blank, _ = pdf_words(first)
    long_answer = max((s["text"] for s in t1["sections"]), key=len)
    assert " ".join(tokens(long_answer)) not in " ".join(blank)
    # the appended answers came in an incremental update over the blank form
    data = second.read_bytes()
    assert data.count(b"startxref") == 2 and b"/Prev" in data


@pytest.mark.skipif(not LIBERATION.exists(), reason="Liberation Sans (the kerned family's metrics) missing")
def test_kerned_lines_have_no_spaces_and_guidance_is_in_a_hidden_layer(tmp_path: Path) -> None:
    import h14_raw

    pdfplumber = pytest.importorskip("pdfplumber")
    for n in range(3):
        rng = random.Random(SEED * 100 + n)
        form = h14_content.make_form(rng, ("f5", "a5b", "traffic")[n])
        path = tmp_path / f"k{n}.pdf"
        pages = h14_raw.render(form, rng, path)
        truth = form.truth("tj_layers", "positioned-text", "text") | {"pages": pages}
        hidden = frozenset(t for g in h14_raw.GUIDANCE.values() for t in tokens("Anvisning: " + g))
        assert_drawn(path, truth, CREST | hidden)
        with pdfplumber.open(path) as pdf:
            assert not any(c["text"] == " " for page in pdf.pages for c in page.chars)
            from pdfminer.pdftypes import resolve1

            off = resolve1(resolve1(resolve1(pdf.doc.catalog["OCProperties"])["D"])["OFF"])
            assert len(off) == 1
        assert b"/OC /oc1 BDC" in __import__("zlib").decompress(
            path.read_bytes().split(b"stream\n", 1)[1].split(b"\nendstream", 1)[0]
        )


@pytest.mark.parametrize("family", ["tiff_dither", "halftone_scan", "colour_scan"])
def test_scans_are_images_only(family: str, tmp_path: Path) -> None:
    for path, truth in H14.built(family, tmp_path, turns=1):
        assert_image_only(path, truth)


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_set_shape(H14)
    for n in range(300):
        truth = h14_content.make_form(random.Random(n)).truth("x", "y", "z")
        assert truth["district_today"] in h14_content.district_today(truth["district"])
