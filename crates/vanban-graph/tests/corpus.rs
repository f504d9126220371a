//! Issue 8 on the corpus: Kon Tum's 23-NQ/TU is cited by seeds 001 and 003; Kiên Giang's 23-NQ/TU (a document of
//! the repo's corpus) is another node. Skipped where ../shared is absent.

use std::path::PathBuf;
use vanban_graph::Graph;

fn records() -> Option<Vec<vanban_core::record::Record>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let shared = std::env::var("VANBAN_SHARED").map(PathBuf::from).unwrap_or_else(|_| root.join("../shared"));
    let seeds = shared.join("seeds");
    if !seeds.exists() {
        return None;
    }
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&seeds).ok()?.map(|e| e.unwrap().path()).collect();
    paths.extend(std::fs::read_dir(root.join("corpus/docs")).ok()?.map(|e| e.unwrap().path()));
    paths.sort();
    Some(
        paths
            .iter()
            .map(|p| {
                let mut r = vanban_core::parse(&std::fs::read_to_string(p).unwrap()).record();
                r.source.path = p.file_stem().unwrap().to_string_lossy().into_owned();
                r
            })
            .collect(),
    )
}

#[test]
fn kon_tum_23_nq_tu_is_cited_by_seeds_001_and_003() {
    let Some(recs) = records() else {
        eprintln!("skipped: ../shared is absent");
        return;
    };
    let g = Graph::build(&recs);
    let kt = g.node("kon-tum:23-NQ/TU:2023").expect("Kon Tum's resolution is a node");
    let mut citing: Vec<String> = g.cited_by(kt).map(|e| g.nodes[e.from].path.clone().unwrap()).collect();
    citing.sort();
    citing.dedup();
    assert_eq!(citing, ["001_a1fa60a055c0942b", "003_56bdbea5d1b1712c"]);
    assert!(g.nodes[kt].is_placeholder(), "not in the archive: a placeholder");

    let kg = g.node("kien-giang:23-NQ/TU:2023").expect("Kiên Giang's resolution is a document of the archive");
    assert_ne!(kt, kg);
    assert_eq!(g.nodes[kg].path.as_deref(), Some("kiengiang_nq_23"));
    assert!(g.cited_by(kg).all(|e| g.nodes[e.from].jurisdiction.as_deref() == Some("kien-giang")));
    // Gia Lai's plan cites Gia Lai's own 23-NQ/TU, not Kon Tum's
    assert!(g.nodes.iter().any(|n| n.key.starts_with("gia-lai:23-NQ/TU")));
}
