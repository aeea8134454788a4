"""Files an import must refuse or handle: empty, not a PDF, truncated,
corrupt, password-protected, very long, and scanned (image-only) PDFs.

Each maker writes one file and returns its path.
"""

from __future__ import annotations

import random
from pathlib import Path

from .content import random_spec
from .render import render, truth_path

USER_PASSWORD = "hemligt"
OWNER_PASSWORD = "agare-2019"


def _valid_pdf_bytes(seed: int = 0) -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "valid.pdf"
        render(random_spec(random.Random(seed), "followup_borderless", "fpdf2"), path)
        return path.read_bytes()


def zero_byte(path: str | Path) -> Path:
    path = Path(path)
    path.write_bytes(b"")
    return path


def text_named_pdf(path: str | Path) -> Path:
    path = Path(path)
    path.write_text("Bilaga 5 - Uppföljning trygghetsinvestering\nDetta är en textfil, ingen PDF.\n", encoding="utf-8")
    return path


def truncated_pdf(path: str | Path, keep: float = 0.4) -> Path:
    """The first `keep` share of a valid PDF: header present, xref and trailer gone."""
    path = Path(path)
    data = _valid_pdf_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def corrupt_pdf(path: str | Path, seed: int = 0) -> Path:
    """A PDF header followed by garbled objects and a garbled xref/trailer."""
    path = Path(path)
    data = bytearray(_valid_pdf_bytes())
    rng = random.Random(seed)
    for i in range(16, len(data)):  # keep "%PDF-1.x" and the binary comment line
        if rng.random() < 0.3:
            data[i] = rng.randrange(256)
    tail = data.rfind(b"startxref")
    if tail != -1:
        data[tail:] = b"startxref\n99999999\n%%EOF\n"
    path.write_bytes(bytes(data).replace(b"xref", b"xr#f").replace(b"endobj", b"end0bj"))
    return path


def _fpdf_with_text(pages: int = 1):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.cell(0, 10, f"Bilaga 5 - Uppföljning trygghetsinvestering, sida {number}")
        pdf.ln()
        pdf.multi_cell(
            0, 6, "Projektnamn: Trygghetsbelysning Årsta IP. Det ekonomiska utfallet för 2019 blev 1,2 mnkr."
        )
    return pdf


def user_password_pdf(path: str | Path, password: str = USER_PASSWORD) -> Path:
    """Needs `password` to open."""
    path = Path(path)
    pdf = _fpdf_with_text()
    pdf.set_encryption(owner_password=OWNER_PASSWORD, user_password=password)
    pdf.output(str(path))
    return path


def owner_password_pdf(path: str | Path) -> Path:
    """Encrypted with an owner password only: opens (and extracts) without a password."""
    path = Path(path)
    pdf = _fpdf_with_text()
    pdf.set_encryption(owner_password=OWNER_PASSWORD)
    pdf.output(str(path))
    return path


def many_pages_pdf(path: str | Path, pages: int = 60) -> Path:
    path = Path(path)
    _fpdf_with_text(pages).output(str(path))
    return path


def make_scanned(pdf_in: str | Path, pdf_out: str | Path, dpi: int = 200) -> Path:
    """Rasterise every page and write an image-only PDF (no text layer), as a scanner would.
    A truth sidecar of pdf_in is copied beside pdf_out."""
    import pypdfium2

    pdf_out = Path(pdf_out)
    document = pypdfium2.PdfDocument(str(pdf_in))
    try:
        images = [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in document]
    finally:
        document.close()
    first, rest = images[0], images[1:]
    first.save(pdf_out, "PDF", save_all=True, append_images=rest, resolution=float(dpi), quality=80)
    truth = truth_path(pdf_in)
    if truth.exists():  # same expected record: OCR tests score against it
        truth_path(pdf_out).write_text(truth.read_text(encoding="utf-8"), encoding="utf-8")
    return pdf_out


MAKERS = {
    "zero-byte.pdf": zero_byte,
    "text-file.pdf": text_named_pdf,
    "truncated.pdf": truncated_pdf,
    "corrupt.pdf": corrupt_pdf,
    "user-password.pdf": user_password_pdf,
    "owner-password-only.pdf": owner_password_pdf,
    "many-pages.pdf": many_pages_pdf,
}


def make_all(out_dir: str | Path) -> dict[str, Path]:
    """Every bad file above (not the scanned one) in out_dir, by file name."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    return {name: maker(out / name) for name, maker in MAKERS.items()}
