"""The twenty-first generator's borb driver, run by its own Python (`.venv/h26-tools`): draws h26_layout's drawing
operations with borb 3 (a pure-Python PDF library): text as borb's `Chunk`s in standard Helvetica at their
baselines, boxes and rules as path operators on borb's content stream.

    python h26_borb.py OPS OUT.pdf
"""

import sys

from borb.pdf import PDF, Chunk, Document, GrayscaleColor, Page  # type: ignore[import-not-found]
from borb.pdf.layout_element.layout_element import LayoutElement  # type: ignore[import-not-found]


def _stream(page: Page, ops: str) -> None:
    LayoutElement._append_to_content_stream(page=page, bytes_or_string=ops)


def main(source: str, target: str) -> None:
    document = Document()
    page = None
    height = 842.0
    for line in open(source, encoding="utf-8").read().splitlines():
        f = line.split("\t")
        if f[0] == "P":
            height = float(f[2])
            page = Page(width_in_points=round(float(f[1])), height_in_points=round(height))
            document.append_page(page)
            continue
        assert page is not None
        if f[0] == "B":
            x0, y0, x1, y1, fill, stroke = map(float, f[1:7])
            paint = f"{fill:.3f} g " if fill >= 0 else ""
            op = ("B" if stroke else "f") if fill >= 0 else "S"
            _stream(page, f"\nq 0.6 w 0 G {paint}{x0:.2f} {height - y1:.2f} {x1 - x0:.2f} {y1 - y0:.2f} re {op} Q\n")
        elif f[0] in ("L", "D"):
            x0, y0, x1, y1 = map(float, f[1:5])
            dash = "[0.8 2.2] 0 d 1 J " if f[0] == "D" else ""
            _stream(page, f"\nq 0.6 w 0 G {dash}{x0:.2f} {height - y0:.2f} m {x1:.2f} {height - y1:.2f} l S Q\n")
        elif f[0] == "T":
            x, y, size, bold, grey = map(float, f[1:6])
            # borb writes a standard font's text as Latin-1 bytes: the WinAnsi byte of an en dash or a bullet
            text = "\t".join(f[6:]).encode("cp1252", errors="replace").decode("latin1")
            chunk = Chunk(
                text,
                font="Helvetica-Bold" if bold else "Helvetica",
                font_size=size,
                font_color=GrayscaleColor(level=grey),
            )
            w, h = chunk.get_size(available_space=(2000, 2000))
            chunk.paint(available_space=(x, height - y, w + 2, h), page=page)
    PDF.write(what=document, where_to=target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
