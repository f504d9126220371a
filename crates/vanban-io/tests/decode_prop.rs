//! Property test: any bytes given as a text file decode to text or a typed error, never a panic, whichever decoder
//! they reach (UTF-16, UTF-8, the 8-bit Vietnamese encodings TCVN3 and VNI, VIQR); and UTF-8 Vietnamese text comes
//! back as it was.

use proptest::prelude::*;
use vanban_io::decode_text;

/// Bytes with the shape of 8-bit Vietnamese text: ASCII letters, spaces and punctuation, and high bytes.
fn eight_bit() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(b"abcdeghiklmnopqrstuvxyDNTHBCS .,:;/-0123456789\n".to_vec()),
            3 => 0x80u8..=0xFF,
            1 => any::<u8>(),
        ],
        0..600,
    )
}

/// Vietnamese text in UTF-8, with at least one letter beyond ASCII.
fn vietnamese() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "Ủy ban", "nhân dân", "tỉnh", "Số:", "12/KH-UBND", "ngày", "tháng", "năm", "2024", "Điều 1.", "đ", "ư", "ơ",
        "ộ", "ữ", "Quyết định", "kế hoạch", " ", "\n", ",", ".", "(", ")", "“", "”", "–", "a", "b",
    ]);
    prop::collection::vec(piece, 1..60).prop_map(|v| format!("Việt {}", v.concat()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_give_text_or_an_error(b in prop::collection::vec(any::<u8>(), 0..2000)) {
        let _ = decode_text(&b);
    }

    #[test]
    fn eight_bit_bytes_give_text_or_an_error(b in eight_bit()) {
        if let Ok(t) = decode_text(&b) {
            prop_assert!(!t.trim().is_empty());
        }
    }

    #[test]
    fn utf16_with_a_bom_gives_text_or_an_error(units in prop::collection::vec(any::<u16>(), 0..500), le in any::<bool>()) {
        let mut b = if le { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
        for u in units {
            b.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        let _ = decode_text(&b);
    }

    #[test]
    fn utf8_vietnamese_comes_back_as_it_was(s in vietnamese(), bom in any::<bool>()) {
        let mut b = if bom { vec![0xEF, 0xBB, 0xBF] } else { vec![] };
        b.extend(s.as_bytes());
        prop_assert_eq!(decode_text(&b).unwrap(), s);
    }
}
