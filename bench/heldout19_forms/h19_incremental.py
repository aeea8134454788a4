"""`incremental_update`: a hand-written PDF (base-14 Helvetica, one `Tj` a line) rewritten by qpdf into compressed
object streams with a cross-reference stream, then changed by an incremental update appended to the file, as an
editor saves a correction: the first version held a draft answer in one section (other sentences, another amount);
the update adds a new content stream for the page that holds that answer and a new version of the page object that
points to it, with a classic cross-reference section whose /Prev is qpdf's cross-reference stream. The draft's
content stream stays in the file, no longer used. On odd turns a second update replaces a second answer the same way.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import zlib
from copy import deepcopy
from pathlib import Path

from h15_pdf import PdfFile, pdf_string, rule_ops
from h16_layout import Page
from h19_content import Form

DRAFTS = (
    "Texten kompletteras när kostnaderna är klara.",
    "Utkast: beskrivningen skrivs om efter mötet med bostadsbolaget.",
    "Preliminärt belopp 1 234 000 kr, ska stämmas av mot ekonomisystemet.",
    "Här saknas uppgifter från entreprenören.",
)


def available() -> bool:
    return shutil.which("qpdf") is not None


def page_ops(page: Page) -> bytes:
    flip = page.height
    ops = [rule_ops([(x0, flip - y0, x1, flip - y1) for x0, y0, x1, y1 in page.rules])]
    for run in page.runs:
        font = b"F2" if run.bold else b"F1"
        text = pdf_string(run.text.replace("\u00a0", " "))
        ops.append(b"BT /%s %.1f Tf %.2f %.2f Td %s Tj ET\n" % (font, run.size, run.left, flip - run.y, text))
    return b"".join(ops)


def drafted(pages: list[Page], key: str, rng: random.Random) -> list[Page]:
    """The pages as first saved: the answer runs of `key` hold a draft sentence instead of the final text."""
    out = deepcopy(pages)
    draft = rng.choice(DRAFTS)
    for page in out:
        for run in page.runs:
            if run.kind == "answer" and run.key == key:
                run.text, draft = draft, ""  # the draft on the answer's first line, the other lines empty
        page.runs = [r for r in page.runs if r.text]
    return out


def qpdf(*args: str) -> str:
    return subprocess.run(["qpdf", *args], check=True, capture_output=True, text=True).stdout


def append_update(path: Path, page_index: int, content: bytes) -> None:
    """Append an incremental update: a new content stream and a new version of page `page_index`'s object."""
    shown = qpdf("--show-pages", str(path))
    page_refs = re.findall(r"^page \d+: (\d+) (\d+) R", shown, re.M)
    number, generation = (int(n) for n in page_refs[page_index])
    page_dict = qpdf(f"--show-object={number}", str(path)).strip()
    data = path.read_bytes()
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    size = int(re.findall(rb"/Size (\d+)", data)[-1])
    body = zlib.compress(content)
    stream_number = size
    new_page = re.sub(r"/Contents (\d+ \d+ R|\[[^\]]*\])", f"/Contents {stream_number} 0 R", page_dict).encode()
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets = {}
    offsets[stream_number] = len(out)
    out += b"%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % (stream_number, len(body))
    out += body + b"\nendstream\nendobj\n"
    offsets[number] = len(out)
    out += b"%d %d obj\n" % (number, generation) + new_page + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    for n in sorted(offsets):
        gen = generation if n == number else 0
        out += b"%d 1\n%010d %05d n \n" % (n, offsets[n], gen)
    root = re.findall(rb"/Root (\d+ \d+ R)", data)[-1]
    out += b"trailer\n<< /Size %d /Root %s /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (size + 1, root, prev, xref)
    path.write_bytes(bytes(out))


def write(pages: list[Page], path: Path) -> None:
    pdf = PdfFile()
    numbers = [pdf.page(page, page_ops(page)) for page in pages]  # type: ignore[arg-type]
    pdf.write(path, numbers)


def render(form: Form, pages: list[Page], path: Path, rng: random.Random, turn: int) -> int:
    answered = [s.key for s in form.sections if s.text and len(s.text) > 30]
    changed = rng.sample(answered, min(len(answered), 2 if turn % 2 else 1))
    versions = [pages]
    for key in changed:  # each update corrects one more answer: the first version holds every draft
        versions.insert(0, drafted(versions[0], key, rng))
    first = path.with_suffix(".draft.pdf")
    write(versions[0], first)
    qpdf("--object-streams=generate", "--compress-streams=y", str(first), str(path))
    first.unlink()
    for before, after in zip(versions, versions[1:]):
        for index, (old, new) in enumerate(zip(before, after)):
            if old.runs != new.runs:
                append_update(path, index, page_ops(new))
    return len(pages)
