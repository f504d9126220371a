"""vanban.graph(): the citation graph of parsed documents as networkx (issue 8's Python side)."""

import os
from pathlib import Path

import pytest

import vanban

nx = pytest.importorskip("networkx")

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("VANBAN_SHARED", ROOT.parent / "shared"))


def _docs():
    paths = sorted((ROOT / "corpus" / "docs").glob("*.txt"))
    if (SHARED / "seeds").exists():
        paths += sorted((SHARED / "seeds").glob("*.txt"))
    return vanban.parse_many(paths)


def test_graph_nodes_edges_and_queries():
    docs = _docs()
    g = vanban.graph(docs)
    assert isinstance(g, nx.MultiDiGraph)
    assert g.number_of_edges() > 10
    kg = "kien-giang:23-NQ/TU:2023"
    assert g.nodes[kg]["placeholder"] is False
    assert g.nodes[kg]["kind"] == "Nghị quyết"
    # a node's title: the document's subject
    kg_doc = next(d for d in docs if getattr(d, "code", None) == "23-NQ/TU" and d.issuer.jurisdiction == "kien-giang")
    assert g.nodes[kg]["title"] == kg_doc.subject
    # a decree nobody in the archive issued is a placeholder with what the citations say
    missing = [n for n, d in g.nodes(data=True) if d["placeholder"]]
    assert missing
    # edges carry the role of the citation
    roles = {d["role"] for _, _, d in g.edges(data=True)}
    assert "thực hiện" in roles
    if (SHARED / "seeds").exists():
        kt = "kon-tum:23-NQ/TU:2023"
        citing = {Path(g.nodes[u]["path"]).stem for u, _ in g.in_edges(kt)}
        assert citing == {"001_a1fa60a055c0942b", "003_56bdbea5d1b1712c"}
        assert kt != kg and not any(g.nodes[u]["jurisdiction"] == "kon-tum" for u, _ in g.in_edges(kg))
        # what seed 003 rests on, transitively (edges point to what a document cites)
        plan = next(n for n, d in g.nodes(data=True) if (d.get("path") or "").endswith("003_56bdbea5d1b1712c.txt"))
        assert kt in nx.descendants(g, plan)


def test_graph_skips_error_results_and_rejects_junk():
    docs = vanban.parse_many(["Căn cứ Nghị định số 24/2024/NĐ-CP ngày 27/02/2024 của Chính phủ."])
    g = vanban.graph(docs + [vanban.InputError("empty", "empty document", "x.txt")])
    assert "24/2024/NĐ-CP" in g
    with pytest.raises(ValueError):
        vanban._vanban.graph_json(["{not json"])
