"""PyX driver of the twenty-second generator's `pyx_margin` family, run by the system's Python with python3-pyx:
reads h27_layout.ops lines (y down from the top) and writes one PDF page a `P` page through PyX's own PDF writer,
text through its Unicode engine (no TeX) in the URW Nimbus Sans Type 1 fonts.

    /usr/bin/python3 h27_pyx.py OPS PDF
"""

import sys

from pyx import canvas, document, path, style, text, unit

unit.set(defaultunit="pt")
ENGINES = {}


def engine(size, bold):
    key = (size, bold)
    if key not in ENGINES:
        ENGINES[key] = text.UnicodeEngine(fontname="uhvb8a" if bold else "uhvr8a", size=size)
    return ENGINES[key]


def main(source, target):
    pages, c, height = [], None, 0.0
    thin = [style.linewidth(0.5)]
    for row in open(source, encoding="utf-8").read().splitlines():
        f = row.split("\t")
        if f[0] == "P":
            c, height = canvas.canvas(), float(f[2])
            pages.append(c)
        elif f[0] == "B":
            x0, y0, x1, y1 = map(float, f[1:5])
            c.stroke(path.rect(x0, height - y1, x1 - x0, y1 - y0), thin)
        elif f[0] in ("L", "D"):
            x0, y0, x1, y1 = map(float, f[1:5])
            c.stroke(path.line(x0, height - y0, x1, height - y1), thin)
        elif f[0] == "T":
            x, y, size = map(float, f[1:4])
            c.insert(engine(size, f[4] == "1").text(x, height - y, "\t".join(f[6:])))
    paper = document.paperformat.A4
    document.document([document.page(p, paperformat=paper, centered=0, fittosize=0) for p in pages]).writePDFfile(
        target
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
