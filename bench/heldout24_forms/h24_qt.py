"""The nineteenth generator's Qt driver, run by the system's Python with Debian's PyQt5 (not the project's
virtualenv): draws h23_layout.ops pages with QPainter on a QPdfWriter at 720 dpi, every coordinate times ten (at 72 dpi Qt
rounds a font's size to whole points).

    /usr/bin/python3 h24_qt.py OPS OUT FAMILY      (FAMILY a font family Qt finds, e.g. "Liberation Sans")
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PyQt5.QtCore import QMarginsF, QPointF, QRectF  # noqa: E402
from PyQt5.QtGui import QColor, QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen  # noqa: E402


def main() -> None:
    ops, out, family = sys.argv[1:4]
    app = QGuiApplication(sys.argv[:1])
    writer = QPdfWriter(out)
    writer.setResolution(720)
    writer.setCreator("Ärendehantering")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = None
    with open(ops, encoding="utf-8") as lines:
        for line in lines:
            op, *rest = line.rstrip("\n").split("\t")
            if op == "P":
                if painter is None:
                    painter = QPainter(writer)
                else:
                    writer.newPage()
            elif op == "B":
                x0, y0, x1, y1, fill, stroke = (float(v) * k for v, k in zip(rest, (10, 10, 10, 10, 1, 1)))
                pen = QPen(QColor(0, 0, 0))
                pen.setWidthF(5)
                painter.setPen(pen)
                if y0 == y1:
                    painter.drawLine(QPointF(x0, y0), QPointF(x1, y1))
                    continue
                rect = QRectF(x0, y0, x1 - x0, y1 - y0)
                if fill >= 0:
                    level = round(fill * 255)
                    painter.fillRect(rect, QColor(level, level, level))
                if stroke:
                    painter.drawRect(rect)
            elif op == "T":
                x, y, size, bold, grey = map(float, rest[:5])
                x, y = x * 10, y * 10
                font = QFont(family)
                font.setPointSizeF(size)
                font.setBold(bool(bold))
                painter.setFont(font)
                level = round(grey * 255)
                painter.setPen(QColor(level, level, level))
                painter.drawText(QPointF(x, y), "\t".join(rest[5:]))
    painter.end()
    del app


main()
