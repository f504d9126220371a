"""The citation graph's GraphML export reads back in networkx with the same nodes and edges (issue 8)."""

import json
import os
import subprocess
from pathlib import Path

import pytest

nx = pytest.importorskip("networkx")

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / "target" / "debug" / "vanban"
SHARED = Path(os.environ.get("VANBAN_SHARED", ROOT.parent / "shared"))


@pytest.mark.skipif(not CLI.exists(), reason="CLI not built (cargo build -p vanban-cli)")
def test_graphml_round_trip(tmp_path):
    inputs = [str(ROOT / "corpus" / "docs")]
    if (SHARED / "seeds").exists():
        inputs.append(str(SHARED / "seeds"))
    db = tmp_path / "v.db"
    subprocess.run([str(CLI), "index", *inputs, "--db", str(db), "--progress", "none"], check=True, capture_output=True)
    gml = tmp_path / "g.graphml"
    out = subprocess.run([str(CLI), "graph", "--db", str(db), "export", "--format", "graphml"], check=True, capture_output=True)
    gml.write_bytes(out.stdout)
    js = json.loads(
        subprocess.run([str(CLI), "graph", "--db", str(db), "export", "--format", "json"], check=True, capture_output=True).stdout
    )
    g = nx.read_graphml(gml)
    # a document citing another twice is two edges: networkx reads them into a directed multigraph
    assert g.is_directed() and g.is_multigraph()
    assert g.number_of_nodes() == len(js["nodes"]) > 10
    assert g.number_of_edges() == len(js["edges"]) > 10
    # attributes survive: a placeholder node and an edge role
    some = next(n for n, d in g.nodes(data=True) if d.get("placeholder") in ("true", True))
    assert some
    assert any(d.get("role") for _, _, d in g.edges(data=True))
    if (SHARED / "seeds").exists():
        cited_by = {Path(g.nodes[u]["path"]).stem for u, v in g.in_edges("kon-tum:23-NQ/TU:2023")}
        assert cited_by == {"001_a1fa60a055c0942b", "003_56bdbea5d1b1712c"}
