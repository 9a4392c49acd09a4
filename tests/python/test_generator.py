"""The demo generator is deterministic, and the committed demo set is exactly its output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import DEMO, ROOT


def files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def generate(out: Path, *extra: str) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_demo_data.py"), "--out", str(out), *extra],
        check=True,
        capture_output=True,
    )


def test_same_seed_gives_byte_identical_files(tmp_path: Path) -> None:
    generate(tmp_path / "a")
    generate(tmp_path / "b")
    a, b = files(tmp_path / "a"), files(tmp_path / "b")
    assert a.keys() == b.keys()
    assert [name for name in a if a[name] != b[name]] == []


def test_committed_demo_set_is_the_generator_output(tmp_path: Path) -> None:
    generate(tmp_path / "fresh")
    fresh, committed = files(tmp_path / "fresh"), files(DEMO)
    assert fresh.keys() == committed.keys()
    assert [name for name in fresh if fresh[name] != committed[name]] == []


def test_demo_set_is_under_5_mb() -> None:
    assert sum(len(v) for v in files(DEMO).values()) < 5_000_000


def test_other_seed_changes_the_data(tmp_path: Path) -> None:
    generate(tmp_path / "a")
    generate(tmp_path / "c", "--seed", "7")
    assert files(tmp_path / "a") != files(tmp_path / "c")


def test_refuses_to_overwrite_a_foreign_folder(tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_demo_data.py"), "--out", str(tmp_path / "mine")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"


def test_scale_multiplies_volume(tmp_path: Path) -> None:
    generate(tmp_path / "s2", "--scale", "2")
    one = (DEMO / "hubspot" / "contacts" / "hubspot-crm-exports-all-contacts-2026-11-01.csv").read_bytes().count(b"\n")
    two = (
        (tmp_path / "s2" / "hubspot" / "contacts" / "hubspot-crm-exports-all-contacts-2026-11-01.csv")
        .read_bytes()
        .count(b"\n")
    )
    assert 1.6 < two / one < 2.4
