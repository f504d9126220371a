//! Property test: references written in every printed variant into filler text are each recovered, once, with
//! their exact span, code and date; spans stay right when the input is decomposed (NFD) Unicode.

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

#[derive(Debug, Clone)]
struct Printed {
    /// the reference as printed
    text: String,
    /// expected normalized code
    code: String,
    kind: &'static str,
    date: Option<String>,
}

const KINDS: &[&str] = &["Nghị định", "Kế hoạch", "Nghị quyết", "Thông tư", "Quyết định", "Công văn", "Chỉ thị", "Chương trình"];
const FILLER: &[&str] = &[
    "công tác", "tuyên truyền", "đẩy mạnh", "các đơn vị", "nhân dân", "hòa bình", "thủy lợi", "khỏe mạnh",
    "địa phương", "triển khai kịp thời", "bảo đảm", "an toàn", "trên địa bàn", "đồng bào", "hiệu quả",
];

fn code_variant() -> impl Strategy<Value = (String, String)> {
    let n = 1u32..9999;
    prop_oneof![
        // state: 1234/KH-UBND
        (n.clone(), prop::sample::select(vec!["KH-UBND", "QĐ-UBND", "UBND-KGVX", "STTTT-TTBCXB", "KH-BCĐ", "TB-VP"]))
            .prop_map(|(n, s)| (format!("{n}/{s}"), format!("{n}/{s}"))),
        // normative: 45/2024/NĐ-CP
        (n.clone(), 2000u32..2030, prop::sample::select(vec!["NĐ-CP", "TT-BTC", "NQ-HĐND", "QĐ-TTg"]))
            .prop_map(|(n, y, s)| (format!("{n}/{y}/{s}"), format!("{n}/{y}/{s}"))),
        // Party: 23-NQ/TU
        (n.clone(), prop::sample::select(vec!["NQ/TU", "KH/TU", "CV/BTGTU", "CTr/TU", "QĐ/TW"]))
            .prop_map(|(n, s)| (format!("{n}-{s}"), format!("{n}-{s}"))),
        // stray space: 255/KH- BCĐ
        n.clone().prop_map(|n| (format!("{n}/KH- BCĐ"), format!("{n}/KH-BCĐ"))),
        // missing hyphen: 155KH/TU
        n.clone().prop_map(|n| (format!("{n}KH/TU"), format!("{n}-KH/TU"))),
        // broken across lines: 1438-\nCV/VPTU
        n.prop_map(|n| (format!("{n}-\nCV/VPTU"), format!("{n}-CV/VPTU"))),
    ]
}

fn date_variant() -> impl Strategy<Value = Option<(String, String)>> {
    prop_oneof![
        Just(None),
        (1u32..29, 1u32..13, 2000u32..2030).prop_map(|(d, m, y)| Some((
            format!("ngày {d} tháng {m} năm {y}"),
            format!("{y:04}-{m:02}-{d:02}")
        ))),
        (1u32..29, 1u32..13, 2000u32..2030)
            .prop_map(|(d, m, y)| Some((format!("ngày {d}/{m}/{y}"), format!("{y:04}-{m:02}-{d:02}")))),
        (1u32..29, 1u32..13, 2000u32..2030)
            .prop_map(|(d, m, y)| Some((format!("ngày {d:02}-{m:02}-{y}"), format!("{y:04}-{m:02}-{d:02}")))),
    ]
}

fn reference() -> impl Strategy<Value = Printed> {
    (prop::sample::select(KINDS.to_vec()), any::<bool>(), code_variant(), date_variant(), any::<bool>()).prop_map(
        |(kind, so, (printed, code), date, comma)| {
            let mut text = format!("{kind} {}{printed}", if so { "số " } else { "" });
            if let Some((d, _)) = &date {
                text.push_str(if comma { ", " } else { " " });
                text.push_str(d);
            }
            Printed { text, code, kind, date: date.map(|d| d.1) }
        },
    )
}

fn filler() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FILLER.to_vec()), 1..6).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn every_variant_recovered_with_its_span(
        parts in prop::collection::vec((filler(), reference()), 1..6),
        tail in filler(),
        nfd in any::<bool>(),
    ) {
        // build the document in NFC, remembering where each reference starts and ends in the text as read
        // (a code broken across lines at its hyphen is read joined: "1438-\nCV/VPTU" -> "1438-CV/VPTU")
        let mut printed = String::new();
        let mut doc = String::new();
        let mut expected = Vec::new();
        for (f, r) in &parts {
            for s in [&mut printed, &mut doc] {
                s.push_str(f);
                s.push_str(". Tiếp tục ");
            }
            printed.push_str(&r.text);
            let start = doc.len();
            let mut read = r.clone();
            read.text = r.text.replace("-\n", "-");
            doc.push_str(&read.text);
            expected.push((start, doc.len(), read));
            printed.push_str("; ");
            doc.push_str("; ");
        }
        for s in [&mut printed, &mut doc] {
            s.push_str(&tail);
            s.push('.');
        }
        let input: String = if nfd { printed.nfd().collect() } else { printed.clone() };
        let parsed = vanban_core::parse(&input);
        prop_assert_eq!(&parsed.text, &doc);
        let refs = &parsed.record.references;
        // every reference leads back to its place in the input
        for (r, (_, _, want)) in refs.iter().zip(&expected) {
            let src = parsed.source_offset(r.span[0]);
            let printed_nfc: String = if nfd { input[src..].nfc().take(want.kind.chars().count()).collect() } else { input[src..].chars().take(want.kind.chars().count()).collect() };
            prop_assert_eq!(printed_nfc, want.kind.to_string());
        }
        prop_assert_eq!(refs.len(), expected.len(), "{:?}", refs);
        for (got, (s, e, want)) in refs.iter().zip(&expected) {
            prop_assert_eq!(got.span, [*s, *e]);
            prop_assert_eq!(&got.text, &want.text);
            prop_assert_eq!(got.code.as_deref(), Some(want.code.as_str()));
            prop_assert_eq!(got.kind.as_deref(), Some(want.kind));
            prop_assert_eq!(&got.date, &want.date);
        }
        // the JSON record: code-point spans give the same words
        let rec = parsed.record();
        let chars: Vec<char> = parsed.text.chars().collect();
        for r in &rec.references {
            prop_assert_eq!(chars[r.span[0]..r.span[1]].iter().collect::<String>(), r.text.clone());
        }
    }
}
