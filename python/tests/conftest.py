"""Shared fixtures: the repo's corpus (always there) and ../shared (when present; tests that need it skip)."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("VANBAN_SHARED", ROOT.parent / "shared"))
REPO_DOCS = sorted((ROOT / "corpus" / "docs").glob("*.txt"))
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
SHARED_TEXTS = sorted((SHARED / "corpus" / "text").glob("*.txt"))


def cli_path():
    """The vanban binary built by cargo (the newest of debug and release, honouring CARGO_TARGET_DIR), or None."""
    targets = [Path(os.environ["CARGO_TARGET_DIR"])] if os.environ.get("CARGO_TARGET_DIR") else []
    targets.append(ROOT / "target")
    found = [t / profile / "vanban" for t in targets for profile in ("debug", "release")]
    found = [p for p in found if p.exists()]
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


@pytest.fixture(scope="session")
def corpus_paths():
    """The repo's documents and, when present, the five seeds."""
    return REPO_DOCS + SEEDS


@pytest.fixture(scope="session")
def corpus_docs(corpus_paths):
    import vanban

    return vanban.parse_many(corpus_paths)
