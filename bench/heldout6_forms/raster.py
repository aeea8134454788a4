"""Image-only copies of a text PDF, as an office scanner or fax would make them (the OCR path).

Each page is rendered by pypdfium2 at 150-300 dpi, turned by its own small angle (up to 1.5 degrees),
then either saved through a lossy JPEG or thresholded to one bit with scattered fax-like specks, and the
pages are written as one image-only PDF by Pillow.
"""

from __future__ import annotations

import io
import random
from pathlib import Path


def rasterise(text_pdf: Path, out: Path, rng: random.Random) -> dict:
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    dpi = rng.choice((150, 200, 240, 300))
    mode = rng.choice(("jpeg", "jpeg", "bilevel"))
    quality = rng.randint(22, 55)
    angles = []
    images = []
    doc = pdfium.PdfDocument(str(text_pdf))
    try:
        for page in doc:
            image = page.render(scale=dpi / 72).to_pil().convert("L")
            page.close()
            angle = rng.uniform(-1.5, 1.5)
            angles.append(round(angle, 2))
            image = image.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
            if mode == "jpeg":
                if rng.random() < 0.4:
                    image = image.filter(ImageFilter.GaussianBlur(0.6))
                buffer = io.BytesIO()
                image.save(buffer, "JPEG", quality=quality)
                image = Image.open(io.BytesIO(buffer.getvalue())).convert("L")
            else:
                threshold = rng.randint(150, 190)
                image = image.point(lambda v, t=threshold: 255 if v > t else 0).convert("1")
                pixels = image.load()
                w, h = image.size
                for _ in range(int(w * h / 4000)):  # fax noise: isolated black specks
                    pixels[rng.randrange(w), rng.randrange(h)] = 0
            images.append(image)
    finally:
        doc.close()
    images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return {
        "scan_dpi": dpi,
        "scan_mode": mode,
        "scan_angles": angles,
        **({"jpeg_quality": quality} if mode == "jpeg" else {}),
    }
