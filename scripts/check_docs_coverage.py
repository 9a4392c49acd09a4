"""Documentation coverage over dbt's target/manifest.json and target/catalog.json (run after
`dbt docs generate`): every model, seed and source table has a description, and so does every
column the warehouse actually has (catalog); every macro and generic test of the project has a
description and documents each argument of its signature (the macros' properties files). Prints the figures; exits 1 below --min (default 100 %).

    python scripts/check_docs_coverage.py [--target target] [--min 100]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def coverage(target: Path) -> tuple[dict[str, list[int]], list[str]]:
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    catalog = json.loads((target / "catalog.json").read_text(encoding="utf-8"))
    documented = {"models": [0, 0], "model columns": [0, 0], "seeds": [0, 0], "seed columns": [0, 0],
                  "sources": [0, 0], "source columns": [0, 0]}  # fmt: skip
    missing: list[str] = []
    nodes = {**manifest["nodes"], **manifest["sources"]}
    catalog_nodes = {**catalog["nodes"], **catalog.get("sources", {})}
    for uid, node in nodes.items():
        kind = {"model": "models", "seed": "seeds", "source": "sources"}.get(node["resource_type"])
        if kind is None or node.get("package_name") != "kpi_warehouse":
            continue
        documented[kind][1] += 1
        if node.get("description", "").strip():
            documented[kind][0] += 1
        else:
            missing.append(f"{uid}: no description")
        columns = {name.lower(): col for name, col in node.get("columns", {}).items()}
        actual = catalog_nodes.get(uid, {}).get("columns", {})
        names = actual.keys() if actual else columns.keys()
        for name in names:
            key = f"{kind[:-1]} columns"
            documented[key][1] += 1
            if columns.get(name.lower(), {}).get("description", "").strip():
                documented[key][0] += 1
            else:
                missing.append(f"{uid}.{name}: no description")
    macro_coverage(manifest, documented, missing)
    return documented, missing


SIGNATURE = re.compile(r"{%-?\s*(?:macro|test)\s+\w+\((.*?)\)\s*-?%}", re.S)


def macro_coverage(manifest: dict, documented: dict[str, list[int]], missing: list[str]) -> None:
    """Macros (generic tests included): a description, and every signature argument documented."""
    documented["macros"] = [0, 0]
    documented["macro arguments"] = [0, 0]
    for uid, macro in manifest["macros"].items():
        if macro.get("package_name") != "kpi_warehouse":
            continue
        documented["macros"][1] += 1
        if macro.get("description", "").strip():
            documented["macros"][0] += 1
        else:
            missing.append(f"{uid}: no description ({macro['original_file_path']})")
        found = SIGNATURE.search(macro["macro_sql"])
        names = [a.split("=")[0].strip() for a in found.group(1).split(",") if a.strip()] if found else []
        described = {a["name"]: a for a in macro.get("arguments", [])}
        for name in names:
            documented["macro arguments"][1] += 1
            arg = described.get(name, {})
            if arg.get("description", "").strip() and arg.get("type"):
                documented["macro arguments"][0] += 1
            else:
                missing.append(f"{uid}({name}): argument not documented with a type")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", type=Path, default=ROOT / "target")
    parser.add_argument("--min", type=float, default=100.0)
    args = parser.parse_args(argv)
    documented, missing = coverage(args.target)
    ok = True
    for kind, (done, total) in documented.items():
        pct = 100.0 * done / total if total else 100.0
        ok &= pct >= args.min
        print(f"docs coverage, {kind}: {done}/{total} = {pct:.1f} %")
    for line in missing[:50]:
        print(f"  missing: {line}")
    if len(missing) > 50:
        print(f"  … {len(missing) - 50} more")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
