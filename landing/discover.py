"""Finding the exports: every file under <exports>/<source>/<table>/ of a known table."""

from __future__ import annotations

from pathlib import Path

from landing.rulebook import LAYOUTS, Layout

SUFFIXES = (".csv", ".csv.gz", ".parquet")


def discover(exports: Path) -> tuple[list[tuple[Path, str, Layout]], list[str]]:
    found, unknown = [], []
    for path in sorted(p for p in exports.rglob("*") if p.is_file()):
        rel = path.relative_to(exports)
        key = "/".join(rel.parts[:2])
        if len(rel.parts) != 3 or key not in LAYOUTS:
            unknown.append(f"{rel}: not <source>/<table>/<file> of a known table (known: {sorted(LAYOUTS)})")
        elif not path.name.endswith(SUFFIXES):
            unknown.append(f"{rel}: unsupported file type (expected {', '.join(SUFFIXES)})")
        else:
            found.append((path, rel.as_posix(), LAYOUTS[key]))
    return found, unknown
