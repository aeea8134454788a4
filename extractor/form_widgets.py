"""Form-field widgets of a pdfplumber page (AcroForm /Annots) as plain `Widget` data: type, value, flags
and appearance, inherited from parent fields where the widget lacks them. form_fields turns them into
the words a viewer shows."""

from __future__ import annotations

from bilagor.extractor.form_fields import (
    CHECKBOX,
    CHOICE,
    COMB_FLAG,
    HIDDEN_ANNOTATION_FLAG,
    MULTILINE_FLAG,
    PUSHBUTTON_FLAG,
    RADIO,
    RADIO_FLAG,
    TEXT,
    Widget,
    font_size_of,
)
from bilagor.extractor.page_boxes import layout_transform


def form_appearance(pdf) -> str:
    """The document's default appearance for form fields (AcroForm /DA), "" without a form."""
    from pdfminer.pdftypes import resolve1

    try:
        form = resolve1(pdf.doc.catalog.get("AcroForm"))
        return _text(resolve1(form.get("DA"))) if isinstance(form, dict) else ""
    except Exception:  # a broken form dictionary: read the page content only
        return ""


_FIELD_KINDS = {"Tx": TEXT, "Ch": CHOICE}
_MAX_FIELD_DEPTH = 20  # /Parent links followed for inherited field attributes (a loop stops here)


def page_widgets(page, form_appearance: str, origin: tuple[float, float] = (0.0, 0.0)) -> list[Widget]:
    """The page's form-field widgets as plain data, boxes in the words' coordinates.

    A field's type, value, flags and appearance may sit on the widget or be
    inherited from its parent fields. A broken annotation is skipped.
    """
    from pdfminer.pdftypes import resolve1

    page_obj = page.page_obj
    try:
        annotations = resolve1(page_obj.annots) or []
    except Exception:
        return []
    if not isinstance(annotations, list):
        return []
    to_layout = layout_transform(page, origin)
    widgets = []
    for ref in annotations:
        try:
            widget = read_widget(resolve1(ref), form_appearance, to_layout)
        except Exception:  # pdfminer raises many types for a malformed object
            continue
        if widget is not None:
            widgets.append(widget)
    return widgets


def read_widget(annotation, form_appearance: str, to_layout) -> Widget | None:
    from pdfminer.pdftypes import resolve1

    if not isinstance(annotation, dict) or _name(resolve1(annotation.get("Subtype"))) != "Widget":
        return None
    attributes: dict = {}
    node, depth = annotation, 0
    while isinstance(node, dict) and depth < _MAX_FIELD_DEPTH:
        for key in ("FT", "V", "Ff", "DA", "MaxLen"):
            if key not in attributes and key in node:
                attributes[key] = resolve1(node[key])
        node, depth = resolve1(node.get("Parent")), depth + 1
    field_type, flags = _name(attributes.get("FT")), int(attributes.get("Ff") or 0)
    rect = resolve1(annotation.get("Rect"))
    if not isinstance(rect, list) or len(rect) != 4:
        return None
    (ax, ay), (bx, by) = to_layout(float(rect[0]), float(rect[1])), to_layout(float(rect[2]), float(rect[3]))
    box = (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
    hidden = bool(int(resolve1(annotation.get("F")) or 0) & HIDDEN_ANNOTATION_FLAG)
    size = font_size_of(_text(attributes.get("DA")) or form_appearance)
    if field_type == "Btn":
        if flags & PUSHBUTTON_FLAG:
            return None
        state = resolve1(annotation.get("AS")) or attributes.get("V")
        kind = RADIO if flags & RADIO_FLAG else CHECKBOX
        return Widget(kind, _name(state), box, size, hidden=hidden)
    if field_type not in _FIELD_KINDS:
        return None
    value = attributes.get("V")
    if isinstance(value, list):  # a multiple-choice list: its chosen values
        value = ", ".join(_text(resolve1(v)) for v in value)
    return Widget(
        _FIELD_KINDS[field_type],
        _text(value),
        box,
        size,
        multiline=bool(flags & MULTILINE_FLAG),
        comb=bool(flags & COMB_FLAG),
        max_len=int(attributes.get("MaxLen") or 0),
        hidden=hidden,
    )


def _name(value) -> str:
    """A PDF name (pdfminer's PSLiteral) or string as text."""
    name = getattr(value, "name", value)
    return _text(name)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        from pdfminer.utils import decode_text

        return decode_text(value)
    return str(value)
