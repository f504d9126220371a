"""Document._repr_html_: a compact card with the cited words highlighted; everything escaped."""

import html
import re

import vanban
from test_api import LETTER


def test_card_shows_the_header_fields_and_references():
    doc = vanban.parse(LETTER)
    card = doc._repr_html_()
    for s in ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "UBND TỈNH KON TUM", "1234/STTTT-TTBCXB", "2024-03-12", "Công văn",
              "tuyên truyền Giải báo chí", "Mai Thoan", "1 references"):  # fmt: skip
        assert s in card, s
    assert card.count("<tr>") == 2  # header row + one reference
    marked = re.findall(r"<mark[^>]*>(.*?)</mark>", card)
    assert [html.unescape(m) for m in marked] == [doc.references[0].text]
    # the words around the citation are there too
    assert "Thực hiện" in card and "Ban Thường vụ Tỉnh ủy" in card


def test_card_escapes_everything():
    evil = LETTER.replace("V/v tuyên truyền Giải báo chí", "V/v <script>alert(1)</script> & <b>x</b>")
    evil = evil.replace("ngày 12/03/2024 của Ban", "ngày 12/03/2024 <img src=x onerror=alert(1)> của Ban")
    card = vanban.parse(evil)._repr_html_()
    assert "<script>" not in card and "<img" not in card and "<b>x</b>" not in card
    assert "&lt;script&gt;" in card


def test_card_limits_long_reference_lists():
    body = "".join(f"Căn cứ Kế hoạch số {i}/KH-UBND ngày 01/02/2024 của UBND tỉnh;\n" for i in range(1, 60))
    doc = vanban.parse(LETTER.replace("Thực hiện", body + "Thực hiện"))
    assert len(doc.references) > 40
    card = doc._repr_html_()
    assert card.count("<mark") == 30 and f"and {len(doc.references) - 30} more references" in card


def test_card_of_a_document_without_text_uses_the_reference_text():
    doc = vanban.parse(LETTER)
    bare = vanban.Document.from_dict(doc.to_dict())
    assert html.unescape(re.findall(r"<mark[^>]*>(.*?)</mark>", bare._repr_html_())[0]) == doc.references[0].text


def test_card_on_the_corpus(corpus_docs):
    for d in corpus_docs:
        card = d._repr_html_()
        assert card.startswith("<div") and card.endswith("</div>")
        assert card.count("<mark") == min(len(d.references), 30)
