"""Small odd PDFs written byte by byte, each the reduced form of a real-world file that broke a command
(bench/robustness.py): what a single file can do to an archive, reproduced without the file itself."""

from __future__ import annotations


def pdf_bytes(objects: list[str]) -> bytes:
    """A PDF of these objects (1, 2, ... in order; object 1 the catalog) with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def one_page_pdf(media_box: str = "[0 0 595 842]", text: str = "Budget 100 000 kronor") -> bytes:
    """One page of text in Helvetica."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET"
    return pdf_bytes(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox {media_box} /Contents 4 0 R"
            " /Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def page_outside_its_tree_pdf() -> bytes:
    """A page tree that holds only itself (/Kids of its own node, /Count 1) and the one page outside it:
    pdfminer finds the page by its /Type, pdfium cannot load it (qpdf's deep-pages.pdf, reduced)."""
    stream = "BT /F1 12 Tf 72 720 Td (Budget 100 000 kronor) Tj ET"
    return pdf_bytes(
        [
            "<< /Type /Catalog /Pages 3 0 R >>",
            "<< /Type /Page /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )
