//! Property test: a table of tasks laid out in columns (cells wrapped to any width, as `pdftotext -layout` writes
//! them) or as a Markdown pipe table, at the end of a plan, gives each row's lead units, support units and deadline,
//! with the row's span; the spans stay right when the input is decomposed (NFD) Unicode. And no table-like junk
//! makes the parser panic.

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

const HEAD: &str = "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  TỈNH HÀ TĨNH                           Độc lập - Tự do - Hạnh phúc\nSố: 215/KH-UBND                        Hà Tĩnh, ngày 18 tháng 3 năm 2025\n\nKẾ HOẠCH\nTriển khai thanh toán không dùng tiền mặt năm 2025\n\nCác nhiệm vụ cụ thể tại Phụ lục kèm theo.\n\nPhụ lục\nDANH MỤC NHIỆM VỤ\n\n";

const TASKS: &[&str] = &[
    "Rà soát, nâng cấp hạ tầng thanh toán điện tử tại các bệnh viện, trường học",
    "Thu phí, lệ phí không dùng tiền mặt tại Trung tâm Phục vụ hành chính công tỉnh",
    "Mở rộng thanh toán qua mã QR tại chợ, điểm du lịch",
    "Tập huấn cho cán bộ, công chức cấp xã về chi trả an sinh xã hội qua tài khoản",
    "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch",
];
const UNITS: &[&str] = &[
    "Sở Y tế", "Sở Giáo dục và Đào tạo", "Văn phòng UBND tỉnh", "Sở Tài chính", "Sở Nội vụ", "Sở Công Thương",
    "Sở Văn hóa, Thể thao và Du lịch", "Bảo hiểm xã hội tỉnh", "Ngân hàng Nhà nước Khu vực 6", "Công an tỉnh",
];
/// (printed, ISO)
const DEADLINES: &[(&str, Option<&str>)] = &[
    ("Quý II/2025", Some("2025-06")),
    ("Trước ngày 30/6/2025", Some("2025-06-30")),
    ("Tháng 9/2025", Some("2025-09")),
    ("Năm 2025", Some("2025")),
    ("Hằng tháng", None),
];

#[derive(Debug, Clone)]
struct Row {
    task: &'static str,
    lead: Vec<&'static str>,
    support: Vec<&'static str>,
    deadline: usize,
}

fn row() -> impl Strategy<Value = Row> {
    (
        prop::sample::select(TASKS),
        prop::sample::subsequence(UNITS, 1..3),
        prop::sample::subsequence(UNITS, 0..3),
        0..DEADLINES.len(),
    )
        .prop_map(|(task, lead, support, deadline)| Row { task, lead, support, deadline })
}

/// Words of `s` wrapped to lines of at most `w` characters (a word longer than `w` stands alone).
fn wrap(s: &str, w: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in s.split_whitespace() {
        match out.last_mut() {
            Some(l) if l.chars().count() + 1 + word.chars().count() <= w => {
                l.push(' ');
                l.push_str(word);
            }
            _ => out.push(word.to_string()),
        }
    }
    if out.is_empty() {
        out.push(String::new());
    }
    out
}

/// The table laid out in columns of the given widths: each cell wrapped to its column, lines interleaved.
fn columns(rows: &[Row], widths: &[usize; 4]) -> String {
    let mut out = String::new();
    let mut put = |cells: [String; 5]| {
        let wrapped: Vec<Vec<String>> =
            cells.iter().enumerate().map(|(k, c)| if k == 0 { vec![c.clone()] } else { wrap(c, widths[k - 1]) }).collect();
        let n = wrapped.iter().map(|c| c.len()).max().unwrap();
        for i in 0..n {
            let mut line = String::new();
            for (k, c) in wrapped.iter().enumerate() {
                let part = c.get(i).map_or("", |s| s.as_str());
                line.push_str(part);
                let width = if k == 0 { 5 } else if k < 4 { widths[k - 1] } else { 0 };
                for _ in part.chars().count()..width + 3 {
                    line.push(' ');
                }
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
    };
    put(["STT".into(), "Nhiệm vụ".into(), "Cơ quan chủ trì".into(), "Cơ quan phối hợp".into(), "Thời gian hoàn thành".into()]);
    for (i, r) in rows.iter().enumerate() {
        put([(i + 1).to_string(), r.task.into(), r.lead.join("; "), r.support.join("; "), DEADLINES[r.deadline].0.into()]);
    }
    out
}

fn pipes(rows: &[Row]) -> String {
    let mut out = String::from("| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n");
    for (i, r) in rows.iter().enumerate() {
        out.push_str(&format!("| {} | {} | {} | {} | {} |\n", i + 1, r.task, r.lead.join("; "), r.support.join("; "), DEADLINES[r.deadline].0));
    }
    out
}

fn check(text: &str, rows: &[Row]) -> Result<(), TestCaseError> {
    let p = vanban_core::parse(text);
    let tasks: Vec<_> = p.record.tasks.iter().filter(|t| t.section.as_deref().is_some_and(|s| s.starts_with("Phụ lục"))).collect();
    prop_assert_eq!(tasks.len(), rows.len(), "{:#?}\n{}", p.record.tasks, p.text);
    for (i, (t, r)) in tasks.iter().zip(rows).enumerate() {
        prop_assert_eq!(&t.lead, &r.lead.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        prop_assert_eq!(&t.support, &r.support.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        prop_assert_eq!(t.deadline.as_deref(), DEADLINES[r.deadline].1);
        let section = format!("Phụ lục.{}", i + 1);
        prop_assert_eq!(t.section.as_deref(), Some(section.as_str()));
        prop_assert!(p.text[t.span[0]..t.span[1]].trim_start_matches(['|', ' ']).starts_with(&(i + 1).to_string()));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    #[test]
    fn rows_of_a_table_in_columns(rows in prop::collection::vec(row(), 1..6), w in (16usize..50, 12usize..34, 12usize..34, 10usize..22)) {
        let text = format!("{HEAD}{}", columns(&rows, &[w.0, w.1, w.2, w.3]));
        check(&text, &rows)?;
        // decomposed input: the same tasks, spans into the parser's text
        check(&text.nfd().collect::<String>(), &rows)?;
    }

    #[test]
    fn rows_of_a_pipe_table(rows in prop::collection::vec(row(), 1..6)) {
        check(&format!("{HEAD}{}", pipes(&rows)), &rows)?;
    }

    #[test]
    fn table_like_junk_does_not_panic(cells in prop::collection::vec("[ |\\-a-zđCĐ0-9ạ\\t]{0,12}", 0..60)) {
        let junk = format!("{HEAD}STT   Nhiệm vụ   Cơ quan chủ trì   Cơ quan phối hợp   Thời gian\n{}", cells.join("   "));
        let _ = vanban_core::parse(&junk);
        let _ = vanban_core::task_table::extract(&junk, 0, junk.len());
    }
}
