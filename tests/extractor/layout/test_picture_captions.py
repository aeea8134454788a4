"""Layout: a caption or file name right under a picture stays with the picture's row."""

from bilagor.extractor.words import Page

from factories import words
from layout_builders import LABEL_X, TITLE, VALUE_X, lay, summary


def test_a_file_name_under_the_before_picture_stays_in_the_before_row():
    ws = list(TITLE)
    ws += words("Projektnamn", LABEL_X, 100) + words("Trygghetsbelysning i parken", VALUE_X, 100)
    ws += words("Plats", LABEL_X, 122) + words("Parken vid torget", VALUE_X, 122)
    ws += words("Bilder före", LABEL_X, 144) + words("Se bilderna nedan.", VALUE_X, 144)
    picture = (VALUE_X, 160.0, VALUE_X + 100.0, 222.0)
    ws += words("IMG_4021.JPG", VALUE_X, 224)  # right under the picture, tight above the next label
    ws += words("Bilder efter", LABEL_X, 239) + words("Inga bilder har tagits.", VALUE_X, 239)
    page = Page(1, 595.0, 842.0, ws, images=[picture])
    rows = [(label, text) for label, text, _ in summary(lay([page]))]
    assert rows[-2:] == [
        ("Bilder före", "Se bilderna nedan. IMG_4021.JPG"),
        ("Bilder efter", "Inga bilder har tagits."),
    ]
