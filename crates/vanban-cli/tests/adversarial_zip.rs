//! A zip with a symlink entry and path-traversal names: every entry is one record or error row, links are not
//! followed, and nothing is written outside the output.

use std::io::Write;
use std::path::Path;
use std::process::Command;

#[test]
fn symlinks_and_traversal_in_a_zip() {
    let dir = std::env::temp_dir().join(format!("vanban-zip-adv-{}", std::process::id()));
    let work = dir.join("a/b/c");
    std::fs::create_dir_all(&work).unwrap();
    let zpath = work.join("in.zip");
    {
        let f = std::fs::File::create(&zpath).unwrap();
        let mut z = zip::ZipWriter::new(f);
        let opts = zip::write::SimpleFileOptions::default();
        z.add_symlink("passwd.txt", "/etc/passwd", opts).unwrap();
        z.start_file("../../x.txt", opts).unwrap();
        z.write_all("UBND TỈNH KON TUM\nSỞ Y TẾ\n\nSố: 7/KH-SYT\nKon Tum, ngày 1 tháng 2 năm 2024\n\nKẾ HOẠCH\nThử\n".as_bytes()).unwrap();
        z.start_file("/abs/y.txt", opts).unwrap();
        z.write_all("Căn cứ Nghị định số 24/2024/NĐ-CP ngày 27/02/2024 của Chính phủ.\n".as_bytes()).unwrap();
        z.finish().unwrap();
    }
    let before: Vec<_> = walk(&dir);
    let out = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .current_dir(&work)
        .args(["index", "in.zip", "--db", "out.db", "--progress", "none"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let exp = Command::new(env!("CARGO_BIN_EXE_vanban")).current_dir(&work).args(["export", "--db", "out.db"]).output().unwrap();
    let lines: Vec<serde_json::Value> =
        String::from_utf8(exp.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3, "one row per entry: {lines:?}");
    // the link entry is an error row: its target is not read as a document
    let link = lines.iter().find(|l| l["source"]["path"].as_str().is_some_and(|p| p.ends_with("!passwd.txt"))).unwrap();
    assert_eq!(link["error"]["kind"], "archive", "{link}");
    // the link is not followed: no record carries the system's password file
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    for l in &lines {
        let s = l.to_string();
        assert!(passwd.is_empty() || !s.contains(passwd.lines().next().unwrap_or("root:x:0:0")), "a link was followed");
    }
    // nothing new outside the working folder (the store and its journal files are inside it)
    let after: Vec<_> = walk(&dir);
    let new: Vec<_> = after.iter().filter(|p| !before.contains(p) && !p.starts_with(&work)).collect();
    assert!(new.is_empty(), "written outside: {new:?}");
    assert!(!Path::new("/abs/y.txt").exists());
    std::fs::remove_dir_all(&dir).ok();
}

fn walk(d: &Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![];
    if let Ok(rd) = std::fs::read_dir(d) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            }
            out.push(p);
        }
    }
    out
}
