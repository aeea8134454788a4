"""A page the renderer cannot draw is a one-line error page (404, as a file that cannot be read), never
a server error: a page so large that its image would not fit in memory (595 x 2 147 483 647 pt). A page
pdfium refuses but pdfminer read (a page outside its page tree; a catalog without its page tree, h31) is
drawn from its text layer under a banner saying so (it was a 404: a broken image in the page view). All
came from real files in bench/robustness.py's runs; these are generated reductions of them."""

from __future__ import annotations

import hashlib
import warnings

import numpy as np
import pytest

pytest.importorskip("starlette")
from factories import make_report  # noqa: E402
from odd_pdfs import catalog_without_pages_pdf, one_page_pdf, page_outside_its_tree_pdf  # noqa: E402
from PIL import Image  # noqa: E402

from bilagor.cli.web.app import create_app  # noqa: E402
from bilagor.extractor.errors import BadInputError  # noqa: E402
from bilagor.extractor.render import DEFAULT_SCALE, MAX_PIXELS, TEXT_LAYER_BANNER, render_page  # noqa: E402
from bilagor.index.archive import Archive  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

BASE = "http://127.0.0.1"
ODD = {
    "outside.pdf": page_outside_its_tree_pdf(),
    "no-tree.pdf": catalog_without_pages_pdf(),
    "tall.pdf": one_page_pdf("[0 0 595 2147483647]"),
    "poster.pdf": one_page_pdf("[0 0 14400 14400]"),  # the largest page the PDF standard allows
    "plain.pdf": one_page_pdf(),
}


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    folder = tmp_path_factory.mktemp("odd")
    ids = {}
    reports = []
    for name, data in ODD.items():
        path = folder / name
        path.write_bytes(data)
        ids[name] = hashlib.sha256(data).hexdigest()  # the file is found again by its content
        reports.append(make_report(name, id=ids[name], paths=[str(path)], filename=name))
    with Archive.open(folder / "arkiv", writable=True) as archive:
        archive.add(reports)
    with TestClient(create_app(folder / "arkiv", prepare_amounts=False), base_url=BASE) as client:
        yield client, ids


@pytest.mark.parametrize(("name", "size"), [("outside.pdf", (595, 842)), ("no-tree.pdf", (612, 792))])
def test_a_page_pdfium_refuses_is_drawn_from_its_text_layer(served, name, size, tmp_path):
    client, ids = served
    response = client.get(f"/report/{ids[name]}/page/1.png")
    assert response.status_code == 200 and response.headers["content-type"] == "image/png"
    (tmp_path / "page.png").write_bytes(response.content)
    with Image.open(tmp_path / "page.png") as image:
        grey = image.convert("L")
    width, height = grey.size
    assert abs(width - size[0] * DEFAULT_SCALE) <= 1 and abs(height - size[1] * DEFAULT_SCALE) <= 1
    pixels = np.asarray(grey)
    assert pixels[:16].min() < 128  # the banner's words
    assert pixels[20:].min() < 64  # the page's words, in black
    assert TEXT_LAYER_BANNER.startswith("Sidan återgiven ur textlagret")


def test_a_page_drawn_from_its_text_layer_keeps_its_highlights(tmp_path):
    path = tmp_path / "no-tree.pdf"
    path.write_bytes(ODD["no-tree.pdf"])
    box = (72.0, 70.0, 160.0, 100.0)  # points, around the word "Budget"
    for highlights, expected in (([], False), ([box], True)):
        (tmp_path / "page.png").write_bytes(render_page(path, 1, highlights=highlights))
        with Image.open(tmp_path / "page.png") as image:
            rgb = np.asarray(image.convert("RGB"), dtype=int)[20:]
        assert bool((rgb[..., 2] < rgb[..., 0] - 60).any()) is expected


@pytest.mark.parametrize("name", ["tall.pdf"])
def test_a_page_that_cannot_be_drawn_is_an_error_page(served, name):
    client, ids = served
    response = client.get(f"/report/{ids[name]}/page/1.png")
    assert response.status_code == 404
    assert name in response.text and "kan inte ritas upp" in response.text
    assert client.get(f"/report/{ids[name]}").status_code == 200  # the report itself is shown


@pytest.mark.parametrize("name", ["poster.pdf", "plain.pdf"])
def test_a_large_page_is_drawn_smaller_within_the_pixel_cap(served, name, tmp_path):
    client, ids = served
    response = client.get(f"/report/{ids[name]}/page/1.png")
    assert response.status_code == 200 and response.headers["content-type"] == "image/png"
    (tmp_path / "page.png").write_bytes(response.content)
    with Image.open(tmp_path / "page.png") as image:
        width, height = image.size
    assert width * height <= MAX_PIXELS
    if name == "plain.pdf":  # an ordinary page keeps its scale
        assert abs(width - 595 * DEFAULT_SCALE) <= 1 and abs(height - 842 * DEFAULT_SCALE) <= 1
    else:  # drawn as large as the cap allows, not as a thumbnail
        assert width * height > MAX_PIXELS * 0.9


def test_render_page_says_why_in_one_line(tmp_path):
    path = tmp_path / "tall.pdf"
    path.write_bytes(ODD["tall.pdf"])
    with pytest.raises(BadInputError) as caught:
        render_page(path, 1)
    assert "\n" not in caught.value.one_line() and "tall.pdf" in caught.value.one_line()
