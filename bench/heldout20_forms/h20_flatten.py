"""`qpdf_flattened`: a hand-written AcroForm whose answers are text fields with appearance streams of their own
(one field an answer's block of lines on a page, the field's /V its text), then flattened by
`qpdf --flatten-annotations=all`: the widgets' appearances are merged into the page as form XObjects wrapped in
`/Tx BMC … EMC`, the fields and widgets gone. Labels, title and furniture are page text in base-14 Helvetica. Even
turns draw each appearance line by line with `Td`, odd turns a whole block with `TL` and `'` (next line and show).
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from collections import defaultdict
from pathlib import Path

from h20_pages import LAYOUTS, Page, PdfFile, Run, layout, page_rules, pdf_string, text_width
from h15_pdf import text_string

PAD = 2.0


def available() -> bool:
    return shutil.which("qpdf") is not None


def _page_text(page: Page) -> bytes:
    ops = [page_rules(page), b"BT\n"]
    for run in page.runs:
        if run.kind == "answer":
            continue
        ops.append(
            b"/F%d %.1f Tf 1 0 0 1 %.2f %.2f Tm %s Tj\n"
            % (2 if run.bold else 1, run.size, run.left, page.height - run.y, pdf_string(run.text))
        )
    ops.append(b"ET\n")
    return b"".join(ops)


def _appearance(runs: list[Run], box: tuple[float, float, float, float], page: Page, lines_by_tl: bool) -> bytes:
    x0, y0 = box[0], box[1]
    size = runs[0].size
    ops = [b"/Tx BMC q BT /Helv %.1f Tf 0 g\n" % size]
    if lines_by_tl and len({round(r.left, 1) for r in runs}) == 1 and len(runs) > 1:
        gaps = [b.y - a.y for a, b in zip(runs, runs[1:])]
        if max(gaps) - min(gaps) < 0.01:  # evenly spaced: one leading for the block
            ops.append(
                b"%.2f TL %.2f %.2f Td %s Tj\n"
                % (gaps[0], runs[0].left - x0, page.height - runs[0].y - y0, pdf_string(runs[0].text))
            )
            ops += [b"%s '\n" % pdf_string(r.text) for r in runs[1:]]
            ops.append(b"ET Q EMC")
            return b"".join(ops)
    for run in runs:
        ops.append(b"1 0 0 1 %.2f %.2f Tm %s Tj\n" % (run.left - x0, page.height - run.y - y0, pdf_string(run.text)))
    ops.append(b"ET Q EMC")
    return b"".join(ops)


def render(form: object, rng: random.Random, path: Path, turn: int, layout_name: str) -> int:
    pages = layout(form, rng, layout_name)  # type: ignore[arg-type]
    pdf = PdfFile()
    helv = b"/Font << /Helv 5 0 R >>"
    fields: list[int] = []
    numbers = []
    for page_no, page in enumerate(pages):
        blocks: dict[str, list[Run]] = defaultdict(list)
        for run in page.runs:
            if run.kind == "answer":
                blocks[run.key].append(run)
        widgets = []
        for key, runs in blocks.items():
            left = min(r.left for r in runs) - PAD
            right = max(r.left + text_width(r.text, r.size, r.bold) for r in runs) + PAD
            top = page.height - min(r.y for r in runs) + runs[0].size + PAD
            bottom = page.height - max(r.y for r in runs) - 0.3 * runs[0].size - PAD
            box = (left, bottom, right, top)
            ap = pdf.stream(
                _appearance(runs, box, page, lines_by_tl=turn % 2 == 1),
                b" /Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f] /Resources << %s >>"
                % (right - left, top - bottom, helv),
            )
            value = " ".join(r.text for r in runs)
            widgets.append(
                pdf.add(
                    b"<< /Type /Annot /Subtype /Widget /FT /Tx /Ff 4096 /F 4 /T %s /V %s /DA (/Helv %.1f Tf 0 g)"
                    b" /Rect [%.2f %.2f %.2f %.2f] /AP << /N %d 0 R >> >>"
                    % (text_string(f"{key}_{page_no + 1}"), text_string(value), runs[0].size, *box, ap)
                )
            )
        fields += widgets
        annots = b" /Annots [%s]" % b" ".join(b"%d 0 R" % w for w in widgets) if widgets else b""
        numbers.append(pdf.page(page, _page_text(page), extra=annots))  # type: ignore[arg-type]
    acro = b" /AcroForm << /Fields [%s] /DR << %s >> /DA (/Helv 10 Tf 0 g) >>" % (
        b" ".join(b"%d 0 R" % f for f in fields),
        helv,
    )
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "form.pdf"
        pdf.write(draft, numbers, catalog_extra=acro)
        subprocess.run(
            ["qpdf", "--flatten-annotations=all", "--remove-unreferenced-resources=yes", str(draft), str(path)],
            check=True,
            capture_output=True,
            timeout=120,
        )
    return len(numbers)


__all__ = ["LAYOUTS", "available", "render"]
