"""A pdfplumber page's content as a viewer shows it, read with pdfminer: the I/O edge for optional
content and annotation appearances.

pdfminer draws every content stream whole. A viewer leaves out content in an optional-content group
the document's default configuration switches off (optional_content decides which), and draws each
visible annotation's normal appearance stream over the page. `visible_layout` is the page's layout
without the hidden content; `appearance_layout` is one annotation's appearance drawn where the
viewer puts it (its /Rect, PDF 32000-1 12.5.5); `layout_objects` turns either into the plain
character, line, rectangle and picture dicts the rest of extraction reads.
"""

from __future__ import annotations

import functools
from typing import Any

from bilagor.extractor.page_boxes import page_matrix
from bilagor.extractor.optional_content import Expression, Membership, groups_off, hidden
from bilagor.extractor.text_layer import glyph_text

_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def document_groups_off(pdf) -> frozenset[int] | None:
    """The optional-content groups (object numbers) the document's default configuration switches off; None
    for a document without optional content (nothing can be hidden). An empty set still hides content whose
    membership wants its groups off (an /OCMD policy /AllOff or /AnyOff, a /Not expression)."""
    from pdfminer.pdftypes import PDFObjRef, resolve1

    try:
        properties = resolve1(pdf.doc.catalog.get("OCProperties"))
        if not isinstance(properties, dict):
            return None
        default = resolve1(properties.get("D"))
        default = default if isinstance(default, dict) else {}

        def numbers(value) -> list[int]:
            value = resolve1(value)
            return [r.objid for r in value if isinstance(r, PDFObjRef)] if isinstance(value, list) else []

        return groups_off(
            numbers(properties.get("OCGs")),
            _name(resolve1(default.get("BaseState"))) or "ON",
            numbers(default.get("ON")),
            numbers(default.get("OFF")),
        )
    except Exception:  # a broken configuration: everything shown, as before
        return None


def membership_hidden(reference, off: frozenset[int] | None) -> bool:
    """Whether content marked with `reference` (an /OC entry: a group or a membership dictionary) is hidden."""
    if off is None:
        return False
    membership = _membership(reference)
    return membership is not None and hidden(membership, off)


def _membership(reference, depth: int = 0) -> int | Membership | None:
    from pdfminer.pdftypes import PDFObjRef, resolve1

    target = resolve1(reference)
    if not isinstance(target, dict):
        return None
    if _name(resolve1(target.get("Type"))) != "OCMD":
        return reference.objid if isinstance(reference, PDFObjRef) else None
    groups = resolve1(target.get("OCGs"))
    groups = groups if isinstance(groups, list) else [groups]
    expression = _expression(resolve1(target.get("VE")), depth)
    return Membership(
        tuple(g.objid for g in groups if isinstance(g, PDFObjRef)),
        _name(resolve1(target.get("P"))) or "AnyOn",
        expression if isinstance(expression, Expression) else None,
    )


def _expression(value, depth: int) -> int | Expression | None:
    from pdfminer.pdftypes import PDFObjRef, resolve1

    if isinstance(value, PDFObjRef):
        inner = resolve1(value)
        return _expression(inner, depth + 1) if isinstance(inner, list) else value.objid
    if not isinstance(value, list) or not value or depth > 20:
        return None
    operands = tuple(o for o in (_expression(v, depth + 1) for v in value[1:]) if o is not None)
    return Expression(_name(resolve1(value[0])), operands)


def visible_layout(page, off: frozenset[int] | None):
    """The page's layout (pdfminer's LTPage) without the content the groups in `off` hide."""
    if off is None:
        return page.layout
    device = _device(page, off)
    _interpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    return device.get_result()


def appearance_layout(page, annotation: dict, off: frozenset[int] | None):
    """The layout of `annotation`'s normal appearance drawn at its /Rect on the page, None without one."""
    from pdfminer.pdftypes import PDFStream, resolve1
    from pdfminer.utils import apply_matrix_rect, mult_matrix

    appearances = resolve1(annotation.get("AP"))
    normal = resolve1(appearances.get("N")) if isinstance(appearances, dict) else None
    if isinstance(normal, dict):  # one appearance per state (a check box): the current one
        normal = resolve1(normal.get(_name(resolve1(annotation.get("AS")))))
    rect = resolve1(annotation.get("Rect"))
    if not isinstance(normal, PDFStream) or not isinstance(rect, list) or len(rect) != 4:
        return None
    bbox = [float(resolve1(v)) for v in resolve1(normal.get("BBox")) or []]
    matrix = tuple(float(resolve1(v)) for v in resolve1(normal.get("Matrix")) or _IDENTITY)
    if len(bbox) != 4 or len(matrix) != 6:
        return None
    # 12.5.5: the BBox, transformed by the form's Matrix, is mapped onto the annotation's Rect.
    tx0, ty0, tx1, ty1 = apply_matrix_rect(matrix, (bbox[0], bbox[1], bbox[2], bbox[3]))
    rx0, ry0, rx1, ry1 = (float(resolve1(v)) for v in rect)
    rx0, rx1, ry0, ry1 = min(rx0, rx1), max(rx0, rx1), min(ry0, ry1), max(ry0, ry1)
    sx = (rx1 - rx0) / (tx1 - tx0) if tx1 - tx0 > 0 else 1.0
    sy = (ry1 - ry0) / (ty1 - ty0) if ty1 - ty0 > 0 else 1.0
    onto_rect = (sx, 0.0, 0.0, sy, rx0 - sx * tx0, ry0 - sy * ty0)
    page_ctm = page_matrix(page.page_obj)
    device = _device(page, off)
    device.begin_page(page.page_obj, page_ctm)
    resources = resolve1(normal.get("Resources")) or page.page_obj.resources
    interpreter = _interpreter(page.pdf.rsrcmgr, device)
    interpreter.render_contents(resources, [normal], ctm=mult_matrix(mult_matrix(matrix, onto_rect), page_ctm))
    device.end_page(page.page_obj)
    return device.get_result()


def _device(page, off: frozenset[int] | None):
    return _device_class()(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams, off=off)


@functools.cache
def _device_class():
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent

    class Device(PDFPageAggregatorWithMarkedContent):
        """pdfplumber's aggregator that drops what is drawn while hidden content is open."""

        def __init__(self, rsrcmgr, pageno: int, laparams, off: frozenset[int] | None) -> None:
            super().__init__(rsrcmgr, pageno=pageno, laparams=laparams)
            self.off = off
            self.marks: list[bool] = []  # per open marked-content sequence: whether it hides

        def _dropping(self, draw, *args, **kwargs):
            count = len(self.cur_item._objs)
            result = draw(*args, **kwargs)
            if any(self.marks):
                del self.cur_item._objs[count:]
            return result

        def render_char(self, *args, **kwargs):
            return self._dropping(super().render_char, *args, **kwargs)

        def paint_path(self, *args, **kwargs):
            return self._dropping(super().paint_path, *args, **kwargs)

        def render_image(self, *args, **kwargs):
            return self._dropping(super().render_image, *args, **kwargs)

    return Device


@functools.cache
def _interpreter_class():
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfminer.pdftypes import resolve1, stream_value
    from pdfminer.psparser import PSLiteral

    class Interpreter(PDFPageInterpreter):
        """pdfminer's interpreter that tells its device when optional content is hidden."""

        properties: dict[Any, Any] = {}

        def init_resources(self, resources) -> None:
            super().init_resources(resources)
            found = resolve1(resources.get("Properties")) if isinstance(resources, dict) else None
            self.properties = found if isinstance(found, dict) else {}

        def do_BMC(self, tag) -> None:
            self.device.marks.append(False)  # type: ignore[attr-defined]
            super().do_BMC(tag)

        def do_BDC(self, tag, props) -> None:
            hides = False
            if isinstance(tag, PSLiteral) and _name(tag) == "OC":
                reference = self.properties.get(_name(props)) if isinstance(props, PSLiteral) else props
                hides = membership_hidden(reference, self.device.off)  # type: ignore[attr-defined]
            self.device.marks.append(hides)  # type: ignore[attr-defined]
            super().do_BDC(tag, props)

        def do_EMC(self) -> None:
            if self.device.marks:  # type: ignore[attr-defined]
                self.device.marks.pop()  # type: ignore[attr-defined]
            super().do_EMC()

        def do_Do(self, xobjid_arg) -> None:
            try:
                reference = stream_value(self.xobjmap[_name(xobjid_arg)]).get("OC")
            except Exception:  # pdfminer reports an unknown XObject itself
                reference = None
            if reference is not None and membership_hidden(reference, self.device.off):  # type: ignore[attr-defined]
                return
            super().do_Do(xobjid_arg)

    return Interpreter


def _interpreter(rsrcmgr, device):
    # The classes are made on first use: pdfminer stays off the import of this module.
    return _interpreter_class()(rsrcmgr, device)


def _name(value) -> str:
    """A PDF name (pdfminer's PSLiteral) or string as text."""
    name = getattr(value, "name", value)
    if isinstance(name, bytes):
        return name.decode("latin-1")
    return "" if name is None else str(name)


def layout_objects(page, layout) -> tuple[list[dict], list[dict], list[dict], list[tuple[float, float, float, float]]]:
    """Characters (as the dicts word grouping reads), lines, rectangles and picture boxes of a pdfminer
    layout of `page`, in page order.

    Coordinates as pdfplumber gives them: top-down, shifted by the MediaBox origin. Characters a viewer
    does not show (covered_text: under paper-coloured paint drawn after them, or paper-coloured on paper) are
    left out.
    """
    from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTLine, LTRect
    from pdfplumber.page import fix_fontname_bytes

    from bilagor.extractor.covered_text import Paint, paper_coloured, seen
    from bilagor.extractor.drawn_bullets import is_dot, with_drawn_bullets
    from bilagor.extractor.stamp_chars import lightness

    mb_x0, mb_top = float(page.mediabox[0]), float(page.mediabox[1])
    height, doctop = float(page.height), float(page.initial_doctop)
    chars: list[dict] = []
    lines: list[dict] = []
    rects: list[dict] = []
    images: list[tuple[float, float, float, float]] = []
    drawn: list[tuple[int, bool]] = []  # each character's place in the drawing, and whether it is paper-coloured
    paints: list[Paint] = []  # filled areas in drawing order
    dots: list[tuple[float, float, float, float]] = []  # small filled shapes

    def box(obj) -> tuple[float, float, float, float]:
        return (obj.x0 + mb_x0, height - obj.y1 + mb_top, obj.x1 + mb_x0, height - obj.y0 + mb_top)

    def walk(objects) -> None:
        for obj in objects:
            order = len(drawn) + len(paints)
            if isinstance(obj, LTChar):
                x0, top, x1, bottom = box(obj)
                drawn.append((order, paper_coloured(getattr(obj.graphicstate, "ncolor", None))))
                fontname = obj.fontname
                if isinstance(fontname, bytes):  # rare; decoded the way pdfplumber does
                    fontname = fix_fontname_bytes(fontname)
                chars.append(
                    {
                        "text": glyph_text(obj.get_text(), fontname),
                        "x0": x0,
                        "x1": x1,
                        "top": top,
                        "bottom": bottom,
                        "doctop": doctop + top,
                        "upright": obj.upright,
                        "fontname": fontname,
                        "size": obj.size,
                        # A watermark's or stamp's letters are told by these (stamp_chars): turned far off the
                        # page's axes, or large and pale.
                        "matrix": obj.matrix,
                        "lightness": lightness(getattr(obj.graphicstate, "ncolor", None)),
                    }
                )
            elif isinstance(obj, LTContainer):  # a figure: its children are the page's objects
                walk(obj)
            elif isinstance(obj, LTRect) or (isinstance(obj, LTCurve) and _is_box_path(obj.pts)):
                x0, top, x1, bottom = box(obj)
                if obj.fill:
                    paints.append(Paint(order, (x0, top, x1, bottom), paper_coloured(obj.non_stroking_color)))
                rects.append(
                    {
                        "x0": x0,
                        "top": top,
                        "x1": x1,
                        "bottom": bottom,
                        "object_type": "rect",
                        "stroke": obj.stroke,
                        "fill": obj.fill,
                        "evenodd": obj.evenodd,
                        # A shaded answer field is told by its tint (shaded_fields).
                        "lightness": lightness(obj.non_stroking_color) if obj.fill else None,
                    }
                )
            elif isinstance(obj, LTLine):
                x0, top, x1, bottom = box(obj)
                lines.append({"x0": x0, "top": top, "x1": x1, "bottom": bottom, "object_type": "line"})
            elif isinstance(obj, LTImage):
                images.append(box(obj))
                paints.append(Paint(order, box(obj), False))
            elif isinstance(obj, LTCurve) and obj.fill and not paper_coloured(obj.non_stroking_color):
                # a dark shape of another outline (a rounded bar): what white text on it is seen against
                paints.append(Paint(order, box(obj), False))
                if is_dot(box(obj)):  # maybe a list's bullet drawn, not typed (drawn_bullets)
                    dots.append(box(obj))

    walk(layout)
    if paints or any(paper for _, paper in drawn):
        boxes = [(c["x0"], c["top"], c["x1"], c["bottom"]) for c in chars]
        shown = seen([(order, b, paper) for (order, paper), b in zip(drawn, boxes, strict=True)], paints)
        chars = [char for char, show in zip(chars, shown, strict=True) if show]
    return with_drawn_bullets(chars, dots), lines, rects, images


def _is_box_path(points: list[tuple[float, float]]) -> bool:
    """A path that only visits the four corners of its bounding box: a rectangle drawn as lines (a
    closing segment or path more than pdfminer's own rectangle test allows, as PyMuPDF draws a frame)."""
    corners = {(round(x, 1), round(y, 1)) for x, y in points}
    xs, ys = {x for x, _ in corners}, {y for _, y in corners}
    return len(xs) == 2 and len(ys) == 2 and corners == {(x, y) for x in xs for y in ys}
