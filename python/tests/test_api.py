"""The Python API: parse, parse_file, Document, errors. Seeds come from ../shared when present."""

import json
import os
import pickle
import subprocess
from pathlib import Path

import pytest

import vanban
from conftest import cli_path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("VANBAN_SHARED", ROOT.parent / "shared"))
SEED_003 = SHARED / "seeds" / "003_56bdbea5d1b1712c.txt"
VARIANT = ROOT / "corpus" / "docs" / "gialai_kh_45.txt"

LETTER = """UBND TỈNH KON TUM
SỞ THÔNG TIN VÀ TRUYỀN THÔNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1234/STTTT-TTBCXB
Kon Tum, ngày 12 tháng 3 năm 2024

V/v tuyên truyền Giải báo chí

Kính gửi: Sở Y tế tỉnh.

Thực hiện Kế hoạch số 130/KH-TU, ngày 12/03/2024 của Ban Thường vụ Tỉnh ủy; Sở Thông tin và Truyền thông đề nghị.

Nơi nhận:
- Như trên;
- Lưu: VT, TTBCXB.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Mai Thoan
"""


def test_parse_fields():
    doc = vanban.parse(LETTER)
    assert doc.doc_type == "Công văn"
    assert doc.code == "1234/STTTT-TTBCXB"
    assert doc.number == "1234"
    assert doc.issuer.name == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    assert doc.issuer.parent == "UBND TỈNH KON TUM"
    assert doc.issuer.jurisdiction == "kon-tum"
    assert doc.date == "2024-03-12"
    assert doc.recipients == ["Sở Y tế tỉnh"]
    assert doc.signer.authority == "KT. GIÁM ĐỐC"
    assert doc.signer.name == "Mai Thoan"
    assert doc.cc == ["Như trên", "Lưu: VT, TTBCXB"]
    assert doc.to_dict()["schema"] == "vanban/1"
    assert "Document(" in repr(doc)


def test_code_point_spans_on_combining_marks():
    # the same letter written decomposed (NFD): spans index the normalized text by code points
    import unicodedata

    doc = vanban.parse(unicodedata.normalize("NFD", LETTER))
    ref = doc.references[0]
    s, e = ref.span
    assert doc.text[s:e] == ref.text
    assert ref.code == "130/KH-TU"
    assert doc.issuer.name == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"


TABLE_PLAN = """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  TỈNH HÀ TĨNH                           Độc lập - Tự do - Hạnh phúc
Số: 215/KH-UBND                        Hà Tĩnh, ngày 18 tháng 3 năm 2025

KẾ HOẠCH
Triển khai thanh toán không dùng tiền mặt năm 2025

Các nhiệm vụ cụ thể tại Phụ lục kèm theo.

| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Nâng cấp hạ tầng thanh toán tại bệnh viện | Sở Y tế | Ngân hàng Nhà nước Khu vực 6 | Quý II/2025 |
| 2 | Thu phí không dùng tiền mặt | Văn phòng UBND tỉnh | Sở Tài chính | Trước ngày 30/6/2025 |
"""


def test_tasks_of_a_table_with_code_point_spans():
    # a Markdown table of tasks, written decomposed (NFD): one task per row, spans in code points of doc.text
    import unicodedata

    doc = vanban.parse(unicodedata.normalize("NFD", TABLE_PLAN))
    tasks = [t for t in doc.tasks if t.section in ("1", "2")]
    assert [t.lead for t in tasks] == [["Sở Y tế"], ["Văn phòng UBND tỉnh"]]
    assert [t.support for t in tasks] == [["Ngân hàng Nhà nước Khu vực 6"], ["Sở Tài chính"]]
    assert [t.deadline for t in tasks] == ["2025-06", "2025-06-30"]
    s, e = tasks[1].span
    assert doc.text[s:e].startswith("| 2 | Thu phí")


def test_pickle_and_equality():
    doc = vanban.parse(LETTER)
    again = pickle.loads(pickle.dumps(doc))
    assert again == doc
    assert again.text == doc.text
    assert vanban.parse(LETTER) == doc


def test_parse_file_matches_cli(tmp_path):
    path = VARIANT
    doc = vanban.parse_file(path)
    assert doc.source.format == "txt"
    if cli_path() is None:
        pytest.skip("CLI not built")
    out = subprocess.run([str(cli_path()), "parse", str(path)], capture_output=True, text=True, check=True).stdout
    assert doc.to_dict() == json.loads(out)


@pytest.mark.skipif(not SEED_003.exists(), reason="../shared is absent")
def test_seed_003_stacked_authority():
    doc = vanban.parse_file(SEED_003)
    assert doc.doc_type == "Kế hoạch"
    assert doc.signer.authority == "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"
    assert doc.signer.title == "PHÓ CHỦ TỊCH"
    assert doc.signer.name == "Y Ngọc"


@pytest.mark.parametrize(
    "content,kind",
    [(b"", "empty"), (b"\x00\x01\x02\x03ELF\x00", "binary"), (b"S\xe8 12/KH-UBND \xb8 \xb5", "encoding")],
)
def test_bad_input_raises_typed_error(tmp_path, content, kind):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(vanban.InputError) as e:
        vanban.parse_file(p)
    assert e.value.kind == kind
    assert isinstance(e.value, vanban.VanbanError)


def test_missing_file_and_wrong_type():
    with pytest.raises(vanban.InputError) as e:
        vanban.parse_file("/nonexistent/x.txt")
    assert e.value.kind == "io"
    with pytest.raises(TypeError):
        vanban.parse(b"bytes")


def test_records_are_read_only():
    doc = vanban.parse(LETTER)
    with pytest.raises(AttributeError):
        doc.code = "x"
    d = doc.to_dict()
    d["code"] = "x"
    assert doc.code == "1234/STTTT-TTBCXB"


def test_cited_gives_each_key_once():
    text = LETTER.replace(
        "Thực hiện Kế hoạch số 130/KH-TU, ngày 12/03/2024 của Ban Thường vụ Tỉnh ủy;",
        "Thực hiện Kế hoạch số 130/KH-TU, ngày 12/03/2024 của Ban Thường vụ Tỉnh ủy; Kế hoạch số 130-KH/TU, ngày 12/03/2024;",
    )
    doc = vanban.parse(text)
    assert len(doc.references) == 2
    assert [r.key for r in doc.cited()] == ["kon-tum:130-KH/TU:2024"]
