"""Construction: a portrait form drawn sideways on a landscape page that /Rotate turns upright, the whole file
encrypted with an owner password only (AES-128 or AES-256; opens without a password; copying text sometimes
not permitted). Each original page becomes a form XObject drawn through a rotating matrix (pikepdf).
"""

from __future__ import annotations

import random
from pathlib import Path


def available() -> bool:
    try:
        import pikepdf  # noqa: F401
    except ImportError:
        return False
    return True


def sideways_encrypted(src: Path, out: Path, rng: random.Random) -> str:
    """Write `out` from the portrait pages of `src`; returns how (rotation and cipher) for the producer note."""
    import pikepdf

    rotate = rng.choice([90, 270])
    with pikepdf.open(src) as pdf, pikepdf.new() as new:
        for page in pdf.pages:
            w, h = (float(v) for v in page.mediabox[2:4])
            form = new.copy_foreign(page.as_form_xobject())
            # drawn turned against the /Rotate, so that a viewer shows it upright
            matrix = f"0 1 -1 0 {h:.2f} 0" if rotate == 90 else f"0 -1 1 0 0 {w:.2f}"
            content = new.make_stream(f"q {matrix} cm /Fm0 Do Q".encode())
            landscape = pikepdf.Dictionary(
                Type=pikepdf.Name.Page,
                MediaBox=[0, 0, h, w],
                Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Fm0=form)),
                Contents=content,
                Rotate=rotate,
            )
            new.pages.append(pikepdf.Page(landscape))
        aes256 = rng.random() < 0.5
        allow = pikepdf.Permissions(extract=rng.random() < 0.5)
        secret = f"h12-{rng.randrange(10**8):08d}"
        encryption = pikepdf.Encryption(owner=secret, user="", R=6 if aes256 else 4, aes=True, allow=allow)
        new.save(out, encryption=encryption)
    return f"rotate{rotate}-aes{256 if aes256 else 128}"
