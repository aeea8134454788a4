"""Eighth round (f-scans): an e-mail answer starting in lowercase is no sign of a centred-label table."""

from dataclasses import replace

from bilagor.extractor.labels import is_known_wording, is_label, is_label_word, stage_of
from bilagor.extractor.layout import layout_pages
from layout_builders import two_column

ROWS = [
    (["Namn på insats"], ["Energieffektiv belysning i förvaltningens lokaler,", "Farsta centrum"], 0),
    (["Sökt belopp (kr)"], ["875 tkr"], 0),
    (["Sökande nämnd"], ["Farsta stadsdelsnämnd"], 0),
    (["Kontaktperson"], ["Ingrid Wallin, miljösamordnare"], 0),
    (["E-post"], ["ingrid.wallin@stockholm.se"], 0),
    (["Eventuell samverkan"], ["Fastighetsavdelningen"], 0),
]


def _answers(fontname: str) -> dict[str, str]:
    page = two_column(ROWS)
    page = replace(page, words=[replace(w, fontname=fontname) for w in page.words])
    layout = layout_pages(
        [page], is_label=is_label, stage_of=stage_of, is_label_word=is_label_word, is_known_wording=is_known_wording
    )
    return {b.label: " ".join(b.lines) for b in layout.blocks}


def test_a_wrapped_answer_stays_in_its_row_when_an_email_answer_starts_lowercase():
    for fontname in ("", "Helvetica"):  # OCR'd and text layer alike
        answers = _answers(fontname)
        assert answers["Namn på insats"] == "Energieffektiv belysning i förvaltningens lokaler, Farsta centrum"
        assert answers["Sökt belopp (kr)"] == "875 tkr"
        assert answers["Sökande nämnd"] == "Farsta stadsdelsnämnd"
