"""A pdfplumber page's annotations (/Annots) as plain data: form-field widgets as `Widget`s (type, value,
flags and appearance, inherited from parent fields where the widget lacks them), other annotations that
may show text as `Note`s (their text and the words their appearance draws). form_fields and
annotation_notes turn them into the words a viewer shows. An annotation flagged Hidden or NoView, or in
an optional-content group switched off, shows nothing."""

from __future__ import annotations

from bilagor.extractor.annotation_notes import Note, rich_text, shows_text
from bilagor.extractor.form_fields import (
    CHECKBOX,
    CHOICE,
    COMB_FLAG,
    COMBO_FLAG,
    MULTILINE_FLAG,
    PUSHBUTTON_FLAG,
    RADIO,
    RADIO_FLAG,
    TEXT,
    Widget,
    chosen_options,
    font_size_of,
    hidden_by_flags,
)
from bilagor.extractor.glyphs import words_from_chars
from bilagor.extractor.page_boxes import layout_transform
from bilagor.extractor.visible_content import appearance_layout, layout_objects, membership_hidden


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


def page_annotations(
    page, form_appearance: str, origin: tuple[float, float] = (0.0, 0.0), off: frozenset[int] | None = None
) -> tuple[list[Widget], list[Note]]:
    """The page's form-field widgets and text-showing annotations as plain data, boxes in the words'
    coordinates (from `origin`, the visible box's corner). A broken annotation is skipped.

    A field's type, value, flags and appearance may sit on the widget or be
    inherited from its parent fields.
    """
    from pdfminer.pdftypes import resolve1

    try:
        annotations = resolve1(page.page_obj.annots) or []
    except Exception:
        return [], []
    if not isinstance(annotations, list):
        return [], []
    to_layout = layout_transform(page, origin)
    widgets, notes = [], []
    for ref in annotations:
        try:
            annotation = resolve1(ref)
            if not isinstance(annotation, dict) or membership_hidden(annotation.get("OC"), off):
                continue
            widget = read_widget(annotation, form_appearance, to_layout)
            note = None if widget else read_note(page, annotation, to_layout, origin, off)
        except Exception:  # pdfminer raises many types for a malformed object
            continue
        widgets += [widget] if widget else []
        notes += [note] if note else []
    return widgets, notes


def read_note(
    page, annotation: dict, to_layout, origin: tuple[float, float], off: frozenset[int] | None
) -> Note | None:
    """An annotation that may show text on the page as a `Note`, None for one that shows none."""
    from pdfminer.pdftypes import resolve1

    subtype = _name(resolve1(annotation.get("Subtype")))
    if not shows_text(subtype, int(resolve1(annotation.get("F")) or 0)):
        return None
    box = _box(annotation, to_layout)
    if box is None:
        return None
    layout = appearance_layout(page, annotation, off)
    chars = layout_objects(page, layout)[0] if layout is not None else []
    left, top = origin
    drawn = words_from_chars(
        [
            {**c, "x0": c["x0"] - left, "x1": c["x1"] - left, "top": c["top"] - top, "bottom": c["bottom"] - top}
            for c in chars
        ]
    )
    rich = _text(resolve1(annotation.get("RC")))
    text = rich_text(rich) if rich.strip() else _text(resolve1(annotation.get("Contents")))
    return Note(subtype, box, text, font_size_of(_text(resolve1(annotation.get("DA")))), tuple(drawn))


def _box(annotation: dict, to_layout) -> tuple[float, float, float, float] | None:
    """An annotation's /Rect in the words' coordinates."""
    from pdfminer.pdftypes import resolve1

    rect = resolve1(annotation.get("Rect"))
    if not isinstance(rect, list) or len(rect) != 4:
        return None
    x0, y0, x1, y1 = (float(resolve1(v)) for v in rect)
    (ax, ay), (bx, by) = to_layout(x0, y0), to_layout(x1, y1)
    return (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))


def read_widget(annotation, form_appearance: str, to_layout) -> Widget | None:
    from pdfminer.pdftypes import resolve1

    if not isinstance(annotation, dict) or _name(resolve1(annotation.get("Subtype"))) != "Widget":
        return None
    attributes: dict = {}
    node, depth = annotation, 0
    while isinstance(node, dict) and depth < _MAX_FIELD_DEPTH:
        for key in ("FT", "V", "Ff", "DA", "MaxLen", "Opt", "I"):
            if key not in attributes and key in node:
                attributes[key] = resolve1(node[key])
        node, depth = resolve1(node.get("Parent")), depth + 1
    field_type, flags = _name(attributes.get("FT")), int(attributes.get("Ff") or 0)
    box = _box(annotation, to_layout)
    if box is None:
        return None
    hidden = hidden_by_flags(int(resolve1(annotation.get("F")) or 0))
    size = font_size_of(_text(attributes.get("DA")) or form_appearance)
    if field_type == "Btn":
        if flags & PUSHBUTTON_FLAG:
            return None
        state = resolve1(annotation.get("AS")) or attributes.get("V")
        kind = RADIO if flags & RADIO_FLAG else CHECKBOX
        return Widget(kind, _name(state), box, size, hidden=hidden)
    if field_type not in _FIELD_KINDS:
        return None
    if field_type == "Ch":
        # A list box shows its chosen items a row each; a drop-down its one choice on a line.
        list_box = not flags & COMBO_FLAG
        chosen = chosen_options(_texts(attributes.get("V")), _options(attributes.get("Opt")), _indices(attributes))
        value = ("\n" if list_box else ", ").join(chosen)
    else:
        list_box, value = False, _text(attributes.get("V"))
    return Widget(
        _FIELD_KINDS[field_type],
        value,
        box,
        size,
        multiline=bool(flags & MULTILINE_FLAG) or list_box,
        comb=bool(flags & COMB_FLAG),
        max_len=int(attributes.get("MaxLen") or 0),
        hidden=hidden,
        field=_field_number(annotation),
    )


def _field_number(annotation: dict) -> int:
    """The object number of a widget's field: its /Parent's when the widget is one of the field's kids,
    0 when the widget is itself the field (it has no other widgets to share its value with)."""
    return int(getattr(annotation.get("Parent"), "objid", 0) or 0)


def _texts(value) -> list[str]:
    """A choice field's value (/V): one text, or an array of them for a multiple selection."""
    from pdfminer.pdftypes import resolve1

    if isinstance(value, list):
        return [_text(resolve1(v)) for v in value]
    return [_text(value)] if value is not None else []


def _options(value) -> list[tuple[str, str]]:
    """A choice field's options (/Opt) as (export value, display text): an entry is a text (both) or a
    pair of them."""
    from pdfminer.pdftypes import resolve1

    options = []
    for entry in value if isinstance(value, list) else []:
        entry = resolve1(entry)
        if isinstance(entry, list) and len(entry) == 2:
            options.append((_text(resolve1(entry[0])), _text(resolve1(entry[1]))))
        elif not isinstance(entry, list):
            options.append((_text(entry), _text(entry)))
    return options


def _indices(attributes: dict) -> list[int]:
    """A choice field's selected option indices (/I)."""
    from pdfminer.pdftypes import resolve1

    value = attributes.get("I")
    return [int(resolve1(i)) for i in value if isinstance(resolve1(i), int)] if isinstance(value, list) else []


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
