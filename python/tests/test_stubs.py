"""The stubs (vanban/__init__.pyi) are kept true: mypy's stubtest compares them with the runtime package."""

import subprocess
import sys
from pathlib import Path

import pytest

import vanban

PKG = Path(vanban.__file__).parent


def test_py_typed_and_stubs_ship():
    assert (PKG / "py.typed").exists() and (PKG / "__init__.pyi").exists()


def test_stubtest(tmp_path):
    pytest.importorskip("mypy")
    allow = Path(__file__).with_name("stubtest_allowlist.txt")
    config = tmp_path / "mypy.ini"
    # the optional libraries are not what is checked: skipping them keeps this test at seconds, not a minute
    config.write_text(
        f"[mypy]\ncache_dir = {tmp_path / 'cache'}\n"
        "[mypy-dask.*,distributed.*,pandas.*,numpy.*,polars.*,pyarrow.*]\nfollow_imports = skip\n"
    )
    r = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "vanban", "--mypy-config-file", str(config),
         "--allowlist", str(allow), "--ignore-unused-allowlist"],  # fmt: skip
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stdout + r.stderr


def test_all_is_public_and_exists():
    for name in vanban.__all__:
        assert hasattr(vanban, name), name
