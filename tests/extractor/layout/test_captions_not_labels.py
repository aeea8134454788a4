"""Layout: captions and file names are answer text, never labels or headings."""

from bilagor.extractor.words import Page

from factories import words
from layout_builders import LABEL_X, TITLE, VALUE_X, lay, summary


def ocr_words(text: str, x: float, top: float, size: float = 11.0):
    """OCR words: no font names, sizes as line heights."""
    return words(text, x, top, size=size, font="")


def test_a_caption_standing_apart_on_an_ocr_page_is_no_heading():
    ws = ocr_words("Bilaga 5 - Uppföljning trygghetsinvestering", 70, 60, size=16)
    ws += ocr_words("Projektnamn", 70, 100) + ocr_words("Trygghetsbelysning vid torget.", 70, 116)
    ws += ocr_words("Bilder före", 70, 150) + ocr_words("Se bilden nedan.", 70, 166)
    ws += ocr_words("Vy från norr", 160, 270)  # under a picture (166..262), centred under it
    ws += ocr_words("Bild tagen i maj", 70, 300)  # a caption at the margin: standing apart, but in no label form
    ws += ocr_words("Bilder efter", 70, 340) + ocr_words("Inga bilder har tagits.", 70, 356)
    page = Page(1, 595.0, 842.0, ws, images=[(70.0, 182.0, 250.0, 262.0)])
    rows = [(label, text) for label, text, _ in summary(lay([page]))]
    assert [label for label, _ in rows] == ["Projektnamn", "Bilder före", "Bilder efter"]
    assert rows[1][1] == "Se bilden nedan. Vy från norr Bild tagen i maj"


def test_a_file_name_in_the_label_column_is_answer_text():
    ws = list(TITLE)
    ws += words("Projektnamn", LABEL_X, 100) + words("Trygghetsbelysning vid torget", VALUE_X, 100)
    ws += words("Bilder före", LABEL_X, 122) + words("Se bilden nedan.", VALUE_X, 122)
    ws += words("IMG_4021.JPG", LABEL_X, 230)  # under a picture drawn across the label column
    ws += words("Bilder efter", LABEL_X, 260) + words("Inga bilder har tagits.", VALUE_X, 260)
    page = Page(1, 595.0, 842.0, ws, images=[(LABEL_X, 140.0, 300.0, 225.0)])
    rows = [(label, text) for label, text, _ in summary(lay([page]))]
    assert rows == [
        ("Projektnamn", "Trygghetsbelysning vid torget"),
        ("Bilder före", "Se bilden nedan. IMG_4021.JPG"),
        ("Bilder efter", "Inga bilder har tagits."),
    ]
