"""A PDF written object by object by hand (no PDF library): base-14 Helvetica in WinAnsiEncoding, text
placed absolutely with Tm, rules and boxes as paths, a logo as a Flate-compressed image XObject."""

from __future__ import annotations

import zlib
from pathlib import Path

from layout import Page
from reportlab.pdfbase.pdfmetrics import stringWidth


def width(text: str, bold: bool, size: float) -> float:
    # Helvetica's AFM widths (reportlab only measures here; it writes nothing).
    return stringWidth(text, "Helvetica-Bold" if bold else "Helvetica", size)


def _literal(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _logo() -> bytes:
    """A 32x32 RGB shield: blue with a yellow band (not text, so nothing for a reader to read)."""
    rows = []
    for y in range(32):
        row = bytearray([0])
        for x in range(32):
            inside = abs(x - 15.5) < 14 - max(0, y - 18) * 0.9
            band = 12 <= y <= 17
            row += bytes((250, 205, 40) if inside and band else (20, 70, 150) if inside else (255, 255, 255))
        rows.append(bytes(row))
    return zlib.compress(b"".join(rows))


def _content(page: Page) -> bytes:
    h = page.height
    ops: list[bytes] = [b"0.5 w"]
    for x0, y0, x1, y1 in page.rules:
        ops.append(f"{x0:.2f} {h - y0:.2f} m {x1:.2f} {h - y1:.2f} l S".encode())
    for x, y, w, bh in page.boxes:
        ops.append(f"0.95 g {x:.2f} {h - y - bh:.2f} {w:.2f} {bh:.2f} re B 0 g".encode())
    if page.logo:
        x, y, s = page.logo
        ops.append(f"q {s:.2f} 0 0 {s:.2f} {x:.2f} {h - y - s:.2f} cm /Logo Do Q".encode())
    ops.append(b"BT")
    for t in page.texts:
        font = b"/F2" if t.bold else b"/F1"
        ops.append(b"0.4 g" if t.grey else b"0 g")
        ops.append(font + f" {t.size:.2f} Tf 1 0 0 1 {t.x:.2f} {h - t.y:.2f} Tm ".encode() + _literal(t.text) + b" Tj")
    ops.append(b"ET")
    return b"\n".join(ops)


def write(pages: list[Page], path: Path, title: str) -> None:
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    logo = _logo()
    img = add(
        b"<< /Type /XObject /Subtype /Image /Width 32 /Height 32 /ColorSpace /DeviceRGB /BitsPerComponent 8 "
        b"/Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 3 /Columns 32 >> /Length "
        + str(len(logo)).encode()
        + b" >>\nstream\n"
        + logo
        + b"\nendstream"
    )
    pages_id = len(objects) + 2 * len(pages) + 1
    kids = []
    for page in pages:
        data = zlib.compress(_content(page))
        content = add(
            b"<< /Filter /FlateDecode /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"\nendstream"
        )
        kids.append(
            add(
                f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {page.width:.0f} {page.height:.0f}] "
                f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> /XObject << /Logo {img} 0 R >> >> "
                f"/Contents {content} 0 R >>".encode()
            )
        )
    add(f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode())
    info = add(b"<< /Producer (bilagor heldout8 hand-written PDF) /Title " + _literal(title) + b" >>")
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
