"""A text layer in another script than Latin is text, not glyph numbers (bench/robustness.py, OCR on:
pdfplumber's issue-67 and pr-136, pdfminer's nlp2004slides and kampo files, CJK reports and slides).

The shape test of text_layer (vowels, case, consonant runs) is a test of Latin words: Chinese,
Japanese, Cyrillic or Greek words failed it, their pages were judged "typsnitt utan Unicode-tabell",
their text dropped and read again with a Swedish OCR (letter soup, 20 pages past the 60 s limit).
Glyph numbers read as code points still fail: they scatter over scripts within one word."""

from __future__ import annotations

import pytest

import bilagor.extractor.ocr as ocr
from bilagor.extractor import extract_report
from bilagor.extractor.ocr_plan import plan_ocr
from bilagor.extractor.pdf_reader import read_pdf
from bilagor.extractor.pdfium_text import read_with_pdfium
from bilagor.extractor.text_layer import NO_UNICODE_MAP, unreadable_reason
from bilagor.extractor.words import Page, Word
from odd_pdfs import unicode_text_pdf

PAGES = {
    "chinese": [
        "东北电气发展 股份有限公司 2018年 第一季度报告全文",
        "营业收入（元） 4,755,785.11 归属于上市公司股东的净利润",
        "基本每股收益 稀释每股收益 加权平均 净资产收益率",
    ],
    "japanese": [
        "研究の背景 固有表現抽出： 文脈、あるいは字句的な知識",
        "コンパラブルコーパスを使う 1995年の記事１年分",
        "評価方法 無作為に 抽出した単語 本手法のスコア",
    ],
    "russian": ["Отчёт о проекте безопасности в парке Тензта", "Бюджет проекта: 100 000 крон, итог 2019 года."],
    "greek": ["Έκθεση για το έργο ασφάλειας στο πάρκο", "Προϋπολογισμός του έργου 100 000 κορώνες"],
    "arabic": ["تقرير عن مشروع السلامة في الحديقة", "ميزانية المشروع 100 000 كرونة"],
}


@pytest.fixture(scope="module")
def scripts_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("scripts") / "skriftsystem.pdf"
    path.write_bytes(unicode_text_pdf(list(PAGES.values())))
    return path


def test_every_script_reads_as_text_with_both_readers(scripts_pdf):
    main = read_pdf(scripts_pdf).pages
    second = read_with_pdfium(scripts_pdf, password=None, max_pages=10).pages
    assert len(main) == len(second) == len(PAGES)
    for name, page, fallback in zip(PAGES, main, second):
        assert len(page.words) >= 8, name  # judged by shape, not let through for being short
        assert unreadable_reason(page) is None, name
        # The same characters (pdfium puts right-to-left runs in visual order: compared as a multiset).
        assert sorted(c["text"] for c in fallback.chars if not c["text"].isspace()) == sorted(
            "".join(PAGES[name]).replace(" ", "")
        )
    assert plan_ocr(main, "auto").recognise == []


def test_a_report_in_another_script_keeps_its_text_and_no_warning(scripts_pdf, monkeypatch):
    # Without Tesseract an unreadable page is left out: a page judged so would lose its words here.
    monkeypatch.setattr(ocr, "ocr_unavailable_reason", lambda: ocr.OCR_MISSING)
    report = extract_report(scripts_pdf, entities=False)
    text = " ".join([report.title or "", *(f"{s.label} {s.text}" for s in report.sections)])
    assert report.ocr is False
    assert not [w for w in report.warnings if NO_UNICODE_MAP in w]
    for word in ("股份有限公司", "固有表現抽出", "безопасности", "ασφάλειας", "الحديقة"):
        assert word in text, word


def test_glyph_numbers_scattered_over_scripts_are_still_unreadable():
    # Glyph numbers taken as code points: each word's letters from several scripts at once.
    soup = "жλѣאσ ѣאσԱж ԱδжҚξ ҚξΩԲж ωԲжяλ яλħѨδ ѨδאσЖ σжԳπҖ πҖħжλ".split()
    page = Page(1, 595, 842, [Word(t, 0, 1, 0, 1) for t in soup])
    assert unreadable_reason(page) == NO_UNICODE_MAP


def test_latin_abbreviations_inside_cjk_words_are_judged_as_words_of_their_own():
    # pdfplumber's issue-461, a Chinese lab report: CJK has no spaces, so Latin runs sit inside words.
    words = "姓名: 样本类型:EDTA抗凝血 年龄:50岁 2021-06-04 检验项目 白细胞WBC 红细胞RBC 血红蛋白HGB 参考区间".split()
    assert unreadable_reason(Page(1, 595, 842, [Word(t, 0, 1, 0, 1) for t in words])) is None
    # A Latin run inside a CJK word that is no word still counts against the page.
    soup = "样本Eed4M5 检验hi5jln55 血红BBe3x 参考Vfgdl2D 白细a346Dd 红细PdR21q 年龄Ok0zz 项目hiJkl".split()
    assert unreadable_reason(Page(1, 595, 842, [Word(t, 0, 1, 0, 1) for t in soup])) == NO_UNICODE_MAP
