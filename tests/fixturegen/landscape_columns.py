"""Landscape form pages whose label column stands beside its answer column, wide apart: the look-alikes of pages side
by side on one wide sheet (nup_sheets' `landscape_columns*` layouts, the guard's tuning pages).

A form's sections (its truth's labels and answers) drawn as rows of a table on A4 landscape pages: each label in a
narrow column, its answer wrapped in a wider one beside it, a wide gutter between them (40-110 pt); one pair of
columns across the page, or two (rows running down the first pair, then the second); ruled as a grid or not. The
title and a line naming the district and year head the first page, a running header and "Sida x (y)" every page.
"""

from __future__ import annotations

import random

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FACES = (("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"), ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"))
PAGE = (842.0, 595.0)  # pt, A4 landscape


def pages(truth: dict, dpi: int, rng: random.Random, pairs: int, ruled: bool) -> list:
    """The form of `truth` as grey PIL images of landscape pages at `dpi` (see the module's docstring)."""
    from PIL import Image, ImageDraw, ImageFont

    scale = dpi / 72
    regular, bold = rng.choice(FACES)
    size = rng.uniform(9.0, 10.5)
    font = ImageFont.truetype(FONT_DIR + regular, round(size * scale))
    heavy = ImageFont.truetype(FONT_DIR + bold, round(size * scale))
    pitch = size * 1.35
    margin = rng.uniform(45, 65)
    pair_gap = rng.uniform(30, 50)
    gutter = rng.uniform(40, 110) if pairs == 1 else rng.uniform(30, 60)
    pair_width = (PAGE[0] - 2 * margin - (pairs - 1) * pair_gap) / pairs
    label_width = pair_width * rng.uniform(0.22, 0.32)
    answer_width = pair_width - label_width - gutter
    top, bottom = margin + 20, PAGE[1] - margin - 10

    def width(text: str, face) -> float:
        return face.getlength(text) / scale

    def wrapped(text: str, face, room: float) -> list[str]:
        lines, line = [], ""
        for word in text.split():
            trial = f"{line} {word}".strip()
            if line and width(trial, face) > room:
                lines.append(line)
                line = word
            else:
                line = trial
        return lines + [line] if line else lines

    # rows of (label lines, answer lines), split over pages and pairs where they run out of room
    rows = [
        (wrapped(s["label"], heavy, label_width), wrapped(s["text"], font, answer_width)) for s in truth["sections"]
    ]
    placed: list[list[tuple[int, float, list[str], list[str]]]] = [[]]  # per page: (pair, y, label, answer)
    pair, y = 0, top + 2 * pitch + 14  # the title and the district's line above the first page's rows
    for label, answer in rows:
        while True:
            room = int((bottom - y) // pitch) - 1
            if room >= max(1, len(label)):
                shown = answer[:room]
                placed[-1].append((pair, y, label, shown))
                y += (max(len(label), len(shown)) + 1) * pitch
                answer, label = answer[len(shown) :], []
                if not answer:
                    break
            pair += 1  # the column pair (or the page) ran out
            y = top
            if pair == pairs:
                placed.append([])
                pair = 0
    images = []
    for number, page_rows in enumerate(placed, 1):
        image = Image.new("L", (round(PAGE[0] * scale), round(PAGE[1] * scale)), 255)
        draw = ImageDraw.Draw(image)

        def text(x: float, at: float, words: str, face=font, draw=draw) -> None:
            draw.text((x * scale, at * scale), words, font=face, fill=20)

        text(PAGE[0] - margin - width("Dnr 1.2.3-456-2025", font), margin - 22, "Dnr 1.2.3-456-2025")
        if number == 1:
            text(margin, top, truth.get("title") or "Bilaga", heavy)
            text(margin, top + pitch + 4, f"{truth.get('district') or ''} stadsdelsnämnd, {truth.get('year') or ''}")
        footer = f"Sida {number} ({len(placed)})"
        text((PAGE[0] - width(footer, font)) / 2, PAGE[1] - margin + 6, footer)
        for pair, at, label, answer in page_rows:
            left = margin + pair * (pair_width + pair_gap)
            for k, line in enumerate(label):
                text(left, at + k * pitch, line, heavy)
            for k, line in enumerate(answer):
                text(left + label_width + gutter, at + k * pitch, line)
            if ruled:  # the row's frame and the rule between its columns
                height = (max(len(label), len(answer)) + 1) * pitch
                box = [v * scale for v in (left - 4, at - 4, left + pair_width + 4, at + height - 4)]
                draw.rectangle(box, outline=60, width=max(1, dpi // 150))
                rule = (left + label_width + gutter / 2) * scale
                draw.line((rule, box[1], rule, box[3]), fill=60, width=max(1, dpi // 150))
        images.append(image)
    return images
