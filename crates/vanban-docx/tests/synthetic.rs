//! Small DOCX packages written in the test: the WordprocessingML constructs the python-docx fixtures do not have
//! (text boxes with a VML fallback, fields, endnotes, style caps, nested tables, numbering overrides, a main part
//! found through the package relationships), and layouts of the fixtures pinned small (a footer table with what
//! the document prints after it).

use std::io::Write;
use vanban_docx::{extract, ErrorKind, Limits};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

fn package(parts: &[(&str, String)]) -> Vec<u8> {
    let mut zw = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, body) in parts {
        zw.start_file(*name, opts).unwrap();
        zw.write_all(body.as_bytes()).unwrap();
    }
    zw.finish().unwrap().into_inner()
}

fn document(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    )
}

fn text_of(parts: &[(&str, String)]) -> String {
    extract(&package(parts), &Limits::default()).unwrap()
}

fn p(t: &str) -> String {
    format!(r#"<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>"#)
}

#[test]
fn runs_tabs_breaks_fields() {
    let body = format!(
        r#"<w:p><w:r><w:t>Nơi nhận:</w:t></w:r><w:r><w:tab/><w:t>KT. CHỦ TỊCH</w:t></w:r></w:p>
        <w:p><w:r><w:t>dòng một</w:t><w:br/><w:t>dòng hai</w:t></w:r></w:p>
        <w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
        <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>A&amp;B</w:t></w:r><w:r><w:noBreakHyphen/><w:t>C</w:t></w:r></w:p>
        <w:p><w:ins w:id="1"><w:r><w:t>thêm</w:t></w:r></w:ins><w:del w:id="2"><w:r><w:delText>bỏ</w:delText></w:r></w:del><w:hyperlink><w:r><w:t xml:space="preserve"> liên kết</w:t></w:r></w:hyperlink></w:p>
        {}"#,
        p("cuối")
    );
    let t = text_of(&[("word/document.xml", document(&body))]);
    assert_eq!(t, "Nơi nhận:\tKT. CHỦ TỊCH\ndòng một\ndòng hai\nTrang 3\nA&B-C\nthêm liên kết\ncuối\n");
}

#[test]
fn text_boxes_once_and_after_their_paragraph() {
    let body = r#"<w:p><w:r><w:t>trước</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>trong hộp</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>trong hộp</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"#;
    let t = text_of(&[("word/document.xml", document(body))]);
    assert_eq!(t, "trước\ntrong hộp\n");
}

#[test]
fn tables_interleave_cells_and_nest() {
    let cell = |paras: &[&str]| format!("<w:tc>{}</w:tc>", paras.iter().map(|x| p(x)).collect::<String>());
    let nested = format!("<w:tbl><w:tr>{}{}</w:tr></w:tbl>", cell(&["x"]), cell(&["y"]));
    let body = format!(
        "<w:tbl><w:tblPr/><w:tr>{}{}</w:tr><w:tr>{}<w:tc>{}{}</w:tc>{}</w:tr></w:tbl>{}",
        cell(&["ỦY BAN NHÂN DÂN", "TỈNH KON TUM", ""]),
        cell(&["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]),
        cell(&["Số: 12/KH-UBND"]),
        p("Kon Tum, ngày 1 tháng 2 năm 2024"),
        nested,
        cell(&[""]),
        p("KẾ HOẠCH")
    );
    let t = text_of(&[("word/document.xml", document(&body))]);
    let lines: Vec<&str> = t.lines().collect();
    assert_eq!(lines[0], "ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    assert_eq!(lines[1], "TỈNH KON TUM      Độc lập - Tự do - Hạnh phúc");
    assert_eq!(lines[2], "Số: 12/KH-UBND   Kon Tum, ngày 1 tháng 2 năm 2024");
    assert_eq!(lines[3], "                 x   y");
    assert_eq!(lines[4], "");
    assert_eq!(lines[5], "KẾ HOẠCH");
}

#[test]
fn deeply_nested_tables_take_linear_time() {
    // a table in a cell of a table, 60 deep (180 elements: within the XML depth limit), a cell of text beside each:
    // each level's cells were rendered twice (the grid test, then the layout), 2^60 renderings of the innermost
    let depth = 60;
    let mut body = String::new();
    for i in 0..depth {
        body.push_str(&format!("<w:tbl><w:tr><w:tc>{}</w:tc><w:tc>", p(&format!("mức {i}"))));
    }
    body.push_str(&p("đáy"));
    for _ in 0..depth {
        body.push_str("</w:tc></w:tr></w:tbl>");
    }
    let parts = [("word/document.xml", document(&body))];
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(text_of(&parts));
    });
    let t = rx.recv_timeout(std::time::Duration::from_secs(20)).expect("60 nested tables extracted within 20 s");
    assert!(t.contains("mức 0") && t.contains("mức 59") && t.contains("đáy"), "{t}");
}

#[test]
fn footnotes_and_endnotes() {
    let body = r#"<w:p><w:r><w:t xml:space="preserve">Ban Tuyên giáo Tỉnh ủy </w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="2"/></w:r><w:r><w:t>. Từ tuần 46</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>"#;
    let notes = |kind: &str, id: u32, text: &str| {
        format!(
            r#"<w:{kind}s xmlns:w="{W}"><w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}><w:{kind} w:id="0" w:type="continuationSeparator"><w:p><w:r><w:t>bỏ qua</w:t></w:r></w:p></w:{kind}><w:{kind} w:id="{id}"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p><w:p><w:r><w:t>tiếp.</w:t></w:r></w:p></w:{kind}></w:{kind}s>"#
        )
    };
    let t = text_of(&[
        ("word/document.xml", document(body)),
        ("word/footnotes.xml", notes("footnote", 2, "Kế hoạch số 3929/KH-UBND ngày 01/11/2024.")),
        ("word/endnotes.xml", notes("endnote", 1, "Ghi chú cuối.")),
    ]);
    assert_eq!(
        t,
        "Ban Tuyên giáo Tỉnh ủy¹. Từ tuần 46²\n\n¹ Kế hoạch số 3929/KH-UBND ngày 01/11/2024. tiếp.\n² Ghi chú cuối. tiếp.\n"
    );
}

#[test]
fn notes_that_cite_notes_end() {
    // a footnote citing itself and two citing each other, cited hundreds of times: the extraction ends, its text bounded
    let body = format!(
        r#"<w:p><w:r><w:t>Văn bản</w:t></w:r>{}</w:p>"#,
        (0..300).map(|i| format!(r#"<w:r><w:footnoteReference w:id="{}"/></w:r>"#, 2 + i % 3)).collect::<String>()
    );
    let note = |id: u32, cites: &[u32]| {
        let refs: String = cites.iter().map(|c| format!(r#"<w:r><w:footnoteReference w:id="{c}"/></w:r>"#)).collect();
        format!(r#"<w:footnote w:id="{id}"><w:p><w:r><w:t>chú thích {id}</w:t></w:r>{refs}</w:p></w:footnote>"#)
    };
    let notes = format!(r#"<w:footnotes xmlns:w="{W}">{}{}{}</w:footnotes>"#, note(2, &[2]), note(3, &[4]), note(4, &[3]));
    let parts = [("word/document.xml", document(&body)), ("word/footnotes.xml", notes)];
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(text_of(&parts));
    });
    let t = rx.recv_timeout(std::time::Duration::from_secs(20)).expect("extracted within 20 s");
    assert!(t.starts_with("Văn bản") && t.contains("chú thích 2") && t.contains("chú thích 4"), "{t}");
    assert!(t.len() < 100_000, "{} bytes of text", t.len());
}

#[test]
fn numbering_direct_by_style_and_overrides() {
    let numbering = format!(
        r#"<w:numbering xmlns:w="{W}">
        <w:abstractNum w:abstractNumId="1">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
          <w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61623;"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Điều %1."/><w:suff w:val="space"/></w:lvl></w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
        </w:numbering>"#
    );
    let styles = format!(
        r#"<w:styles xmlns:w="{W}">
        <w:style w:type="paragraph" w:styleId="Dieu"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="DieuCon"><w:basedOn w:val="Dieu"/></w:style>
        <w:style w:type="paragraph" w:styleId="Hoa"><w:rPr><w:caps/></w:rPr></w:style>
        </w:styles>"#
    );
    let np = |num: u32, lvl: u32, t: &str| {
        format!(
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>"#
        )
    };
    let sp = |style: &str, t: &str| {
        format!(r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>"#)
    };
    let body = [
        np(1, 0, "MỤC TIÊU"),
        np(1, 1, "Một"),
        np(1, 2, "con a"),
        np(1, 2, "con b"),
        np(1, 3, "gạch"),
        np(1, 1, "Hai"),
        np(1, 0, "NHIỆM VỤ"),
        np(1, 1, "Lại một"),
        sp("Dieu", "Phạm vi"),
        sp("DieuCon", "Đối tượng"),
        r#"<w:p><w:pPr><w:pStyle w:val="Dieu"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Không số</w:t></w:r></w:p>"#.into(),
        np(3, 1, "Năm"),
        sp("Hoa", "quyết định"),
        r#"<w:p><w:r><w:rPr><w:caps w:val="0"/></w:rPr><w:t>thường</w:t></w:r><w:r><w:rPr><w:caps/></w:rPr><w:t xml:space="preserve"> hoa</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r></w:p>"#.into(),
        r#"<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr></w:p>"#.into(),
    ]
    .concat();
    let t = text_of(&[
        ("word/document.xml", document(&body)),
        ("word/numbering.xml", numbering),
        ("word/styles.xml", styles),
    ]);
    assert_eq!(
        t,
        "I. MỤC TIÊU\n1. Một\na) con a\nb) con b\n- gạch\n2. Hai\nII. NHIỆM VỤ\n1. Lại một\nĐiều 1. Phạm vi\nĐiều 2. Đối tượng\nKhông số\n5. Năm\nQUYẾT ĐỊNH\nthường HOA\n"
    );
}

#[test]
fn main_part_from_package_relationships() {
    let rels = r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/doc/main.xml"/></Relationships>"#;
    let drels = r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="notes/fn.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.invalid" TargetMode="External"/></Relationships>"#;
    let body = r#"<w:p><w:r><w:t>chính</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>"#;
    let fnotes = format!(
        r#"<w:footnotes xmlns:w="{W}"><w:footnote w:id="1"><w:p><w:r><w:t>ghi chú</w:t></w:r></w:p></w:footnote></w:footnotes>"#
    );
    let t = text_of(&[
        ("_rels/.rels", rels.into()),
        ("doc/main.xml", document(body)),
        ("doc/_rels/main.xml.rels", drels.into()),
        ("doc/notes/fn.xml", fnotes),
    ]);
    assert_eq!(t, "chính¹\n\n¹ ghi chú\n");
}

#[test]
fn strict_namespace_and_utf16() {
    let strict = r#"<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:r><w:t>Số: 5</w:t></w:r></w:p></w:body></w:document>"#;
    assert_eq!(text_of(&[("word/document.xml", strict.into())]), "Số: 5\n");
    // a foreign namespace's "t" is not text
    let other = format!(
        r#"<w:document xmlns:w="{W}" xmlns:x="urn:x"><w:body><w:p><w:r><x:t>không</x:t><w:t>có</w:t></w:r></w:p></w:body></w:document>"#
    );
    assert_eq!(text_of(&[("word/document.xml", other)]), "có\n");
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(document(&p("Hà Nội")).encode_utf16().flat_map(|u| u.to_le_bytes()));
    let mut zw = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zw.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
    zw.write_all(&utf16).unwrap();
    let bytes = zw.finish().unwrap().into_inner();
    assert_eq!(extract(&bytes, &Limits::default()).unwrap(), "Hà Nội\n");
}

#[test]
fn errors() {
    assert_eq!(extract(b"", &Limits::default()).unwrap_err().kind, ErrorKind::NotDocx);
    assert_eq!(extract(b"PK\x03\x04garbage", &Limits::default()).unwrap_err().kind, ErrorKind::Corrupt);
    let xlsx = package(&[("xl/workbook.xml", "<workbook/>".into())]);
    let e = extract(&xlsx, &Limits::default()).unwrap_err();
    assert_eq!(e.kind, ErrorKind::NotDocx);
    assert!(e.message.contains("Excel"), "{e}");
    // an unclosed element at the end of the part
    let open = package(&[("word/document.xml", format!(r#"<w:document xmlns:w="{W}"><w:body><w:p>"#))]);
    assert_eq!(extract(&open, &Limits::default()).unwrap_err().kind, ErrorKind::Corrupt);
    // many entries
    let many: Vec<(String, String)> = (0..50).map(|i| (format!("word/media/{i}.xml"), String::new())).collect();
    let mut parts: Vec<(&str, String)> = many.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    parts.push(("word/document.xml", document(&p("x"))));
    let limits = Limits { max_entries: 20, ..Limits::default() };
    assert_eq!(extract(&package(&parts), &limits).unwrap_err().kind, ErrorKind::LimitExceeded);
}

#[test]
fn tables_of_three_columns_keep_their_columns() {
    // a table of tasks: every row on the same columns, an empty cell kept as spaces
    let cell = |x: &str| format!("<w:tc>{}</w:tc>", p(x));
    let row = |cs: &[&str]| format!("<w:tr>{}</w:tr>", cs.iter().map(|c| cell(c)).collect::<String>());
    let body = format!(
        "<w:tbl>{}{}{}</w:tbl>",
        row(&["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"]),
        row(&["1", "Rà soát hạ tầng", "Sở Y tế", ""]),
        row(&["2", "Thu phí", "Văn phòng UBND tỉnh", "Sở Tài chính"])
    );
    let t = text_of(&[("word/document.xml", document(&body))]);
    let lines: Vec<&str> = t.lines().collect();
    assert_eq!(lines[0], "STT   Nhiệm vụ          Cơ quan chủ trì       Cơ quan phối hợp");
    assert_eq!(lines[1], "1     Rà soát hạ tầng   Sở Y tế");
    assert_eq!(lines[2], "2     Thu phí           Văn phòng UBND tỉnh   Sở Tài chính");
}

#[test]
fn footer_table_then_what_follows_the_signature() {
    // the Nơi nhận list printed before the signer, beside it in a two-column table, and after the table what the
    // document prints under the signer's name (a note typed after a rule, a report form): the list's lines are
    // interleaved with the signature's, the table stands apart from what follows, and all nine items are read
    let cell = |paras: &[&str]| format!("<w:tc>{}</w:tc>", paras.iter().map(|x| p(x)).collect::<String>());
    let cc = [
        "Nơi nhận:",
        "- Như trên;",
        "- Bộ GDĐT (để b/c);",
        "- UBND thành phố (để b/c);",
        "- Công an thành phố (để p/h);",
        "- Công đoàn ngành Giáo dục thành phố;",
        "- Giám đốc, các PGĐ Sở;",
        "- Các phòng thuộc Sở;",
        "- Cổng TTĐT Sở;",
        "- Lưu: VT, VP.",
    ];
    let body = format!(
        "{}<w:tbl><w:tr>{}{}</w:tr></w:tbl>{}{}{}",
        p("Đề nghị các đơn vị báo cáo về Sở trước ngày 20/02/2027."),
        cell(&cc),
        cell(&["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Lâm Hoàng Phúc"]),
        p("_______________"),
        p("Mẫu báo cáo"),
        p("NGƯỜI LẬP BIỂU")
    );
    let t = text_of(&[("word/document.xml", document(&body))]);
    let lines: Vec<&str> = t.lines().collect();
    assert_eq!(lines[2], "Nơi nhận:                               KT. GIÁM ĐỐC");
    assert_eq!(lines[5], "- UBND thành phố (để b/c);              Lâm Hoàng Phúc");
    assert_eq!(lines[11], "- Lưu: VT, VP.");
    assert_eq!(lines[12..], ["", "_______________", "Mẫu báo cáo", "NGƯỜI LẬP BIỂU"]);
    let r = vanban_core::parse(&t).record();
    let want: Vec<&str> = cc[1..].iter().map(|c| c.trim_start_matches("- ").trim_end_matches([';', '.'])).collect();
    assert_eq!(r.cc, want);
    assert_eq!(r.signer.name.as_deref(), Some("Lâm Hoàng Phúc"));
}
