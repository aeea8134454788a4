"""The thirteenth held-out generator's truth matches what it drew (bench/heldout13_forms), on a seed other than
the held-out one: every word of the truth is on the pages, and nothing else is but the page's furniture.

The text layer is read back with pdfplumber's words only, never with bilagor's extractor. A family whose
producer is missing here (typst, img2pdf and pikepdf come from pip, wkhtmltopdf and Ghostscript from apt; none is
a project dependency) is skipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest


from forms_generator_checks import CREST, generator, text_family_read_back
from generator_truth_words import load_module, pdf_words

SEED = 5  # not the held-out seed
H13 = generator(13, SEED)
h13_build, h13_content = H13.build, H13.content


@pytest.mark.parametrize("family", ["typst_grid", "typst_stacked", "wk_table", "wk_dl"])
def test_text_layer_holds_the_truth_and_only_furniture_besides(family: str, tmp_path: Path) -> None:
    for path, truth in text_family_read_back(H13, family, tmp_path, hidden=CREST):
        if truth["stage"] and truth["title"].startswith("Bilaga"):
            assert truth["stage"] in pdf_words(path)[0]


def test_broken_font_draws_glyph_numbers_only(tmp_path: Path) -> None:
    for path, truth in H13.built("cid_broken", tmp_path):
        got, _ = pdf_words(path)
        assert got and all("cid:" in w for w in got), got[:5]
        assert truth["layer"] == "broken-font"


@pytest.mark.parametrize("family", ["highlight_scan", "screenshot_scan", "outline_text"])
def test_image_and_outline_pages_have_no_text_layer(family: str, tmp_path: Path) -> None:
    for path, truth in H13.built(family, tmp_path, turns=1):
        got, pages = pdf_words(path)
        assert got == [] and pages == truth["pages"] >= 1
        assert truth["layer"] in ("image", "outlines")


def test_truth_follows_the_district_mergers() -> None:
    from h13_content import district_in, district_today

    assert district_in(2019, "Älvsjö") == "Älvsjö" and district_in(2022, "Älvsjö") == "Hägersten-Älvsjö"
    assert district_in(2022, "Norrmalm") == "Norrmalm" and district_in(2024, "Norrmalm") == "Norra innerstaden"
    assert district_today("Spånga-Tensta") == "Järva" and district_today("Hägersten-Liljeholmen") == "Hägersten-Älvsjö"
    assert district_today("Farsta") == "Farsta"


def test_halves_take_every_other_turn_of_the_families() -> None:
    score = load_module("h13_score", H13.folder / "score.py")
    from layout_scoring import in_turn_half

    assert score.TURN == len(h13_build.FAMILIES)
    names = [f"h13-{i:03d}-{h13_build.FAMILIES[i % 8]}.pdf" for i in range(32)]
    dev = [n for n in names if in_turn_half(Path(n), "dev", score.TURN)]
    keep = [n for n in names if in_turn_half(Path(n), "keep", score.TURN)]
    assert len(dev) == len(keep) == 16 and not set(dev) & set(keep)
    assert (
        {n.split("-", 2)[2] for n in dev}
        == {n.split("-", 2)[2] for n in keep}
        == {f + ".pdf" for f in h13_build.FAMILIES}
    )
