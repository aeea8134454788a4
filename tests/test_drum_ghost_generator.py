"""The drum-ghost and watermark scan generator (tests/fixturegen/drum_ghost.py): the ghost repeats the print a
drum's turn lower at the share asked (a second, weaker repeat a turn further), the watermark only darkens and no
more than asked; the corpus is image-only grey scans at the resolutions in turn carrying their source's truth, and
OCR reads each scan's own words back (slow)."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

pytest.importorskip("fpdf")

from fixturegen.drum_ghost import DPIS, build_drum_ghost_corpus, ghosted, watermarked  # noqa: E402
from fixturegen.families import build_layout_corpus  # noqa: E402
from generator_truth_words import check_read_back, ocr_words, pdf_words  # noqa: E402

DPI = 100


def _band(height: int = 1200, width: int = 200, top: int = 50, rows: int = 20):
    ink = np.zeros((height, width), dtype=np.float32)
    ink[top : top + rows] = 1.0
    return ink


def test_the_ghost_repeats_the_print_a_turn_lower_at_its_share():
    ink = _band()
    out = ghosted(ink, random.Random(1), DPI, share=0.2, offset_mm=80.0, second=False, stripe=0.0)
    shift = round(80.0 / 25.4 * DPI)
    assert np.allclose(out[50:70], 1.0)  # the print itself
    assert np.allclose(out[50 + shift : 70 + shift], 0.2)  # its pale repeat
    assert np.allclose(out[70 : 50 + shift], 0.0) and np.allclose(out[70 + shift :], 0.0)  # nothing between


def test_a_second_repeat_is_a_third_as_dark_a_turn_further():
    ink = _band()
    out = ghosted(ink, random.Random(1), DPI, share=0.3, offset_mm=80.0, second=True, stripe=0.0)
    shift = round(80.0 / 25.4 * DPI)
    assert np.allclose(out[50 + 2 * shift : 70 + 2 * shift], 0.1)


def test_a_low_toner_stripe_lightens_a_band_of_columns_only():
    ink = np.ones((40, 400), dtype=np.float32)
    out = ghosted(ink, random.Random(3), DPI, share=0.2, offset_mm=80.0, second=False, stripe=0.5)
    columns = out.mean(axis=0)
    assert 0.45 <= columns.min() <= 0.55 and columns.max() > 0.95


def test_a_watermark_only_darkens_and_no_more_than_asked():
    from PIL import Image

    page = Image.new("L", (600, 800), 240)
    marked = np.asarray(watermarked(page, random.Random(2), DPI, ("KOPIA",), darkness=0.3, angle=40), np.float32)
    assert marked.max() <= 240 and marked.min() >= 240 * (1 - 0.3) - 1
    assert (marked < 235).mean() > 0.01  # the word is there


@pytest.fixture(scope="module")
def scans(tmp_path_factory):
    paths = build_drum_ghost_corpus(tmp_path_factory.mktemp("ghost"), 2, 5)
    sources = build_layout_corpus(tmp_path_factory.mktemp("sources"), 2, 5)
    read = [json.loads(p.with_suffix(".truth.json").read_text("utf-8")) for p in (*paths, *sources)]
    return list(zip(paths, read[:2], read[2:]))


def test_the_scans_are_image_only_grey_at_the_resolutions_in_turn_with_their_sources_truth(scans):
    import pypdfium2 as pdfium

    from bilagor.extractor.ocr_render import page_images

    # the kinds in turn, each resolution for a ghost and a watermark
    for n, (path, truth, source) in enumerate(scans):
        kind, dpi = ("ghost", "watermark")[n % 2], DPIS[n // 2 % len(DPIS)]
        assert path.name.endswith(f"-{kind}.pdf") and truth["variant"] == kind and f"{dpi} dpi" in truth["scan"]
        assert {k: v for k, v in truth.items() if k not in ("variant", "scan")} == {
            k: v for k, v in source.items() if k != "variant"
        }
        words, pages = pdf_words(path)
        assert words == [] and pages == truth["pages"]
        document = pdfium.PdfDocument(str(path))
        found = page_images(document[0])
        assert not found.bilevel and found.resolution is not None
        assert [round(v * 72) for v in found.resolution] == [dpi, dpi]
        document.close()


@pytest.mark.slow
def test_ocr_reads_each_scans_own_words_back(scans):
    (first, truth_a, _), (second, truth_b, _) = scans
    check_read_back(ocr_words(first), truth_a, truth_b, first.name, 0.8)
    check_read_back(ocr_words(second), truth_b, truth_a, second.name, 0.8)
