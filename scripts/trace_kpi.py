"""The files a reader opens to find a KPI's formula, docs and tests: the trace of issue 36.

    python scripts/trace_kpi.py ctr win_rate        # the traces of some KPIs
    python scripts/trace_kpi.py --all               # every KPI of the registry, largest trace first
    python scripts/trace_kpi.py --all --json FILE   # the same as JSON
    python scripts/trace_kpi.py --check             # fails (exit 1) when a KPI needs more than 3 files

Read from target/manifest.json (run `dbt parse` first) and the registry:
  formula   the mart's SQL, and every macro of this project the mart calls whose SQL writes
            `as <column>` (a column-list macro that hides the formula);
  docs      the file of the column's docs block (`{{ doc('kpi_x') }}`), else the mart's YAML;
  tests     the YAML files of the data tests on the column or mentioning it, and of the unit tests
            whose expected rows hold it;
  source    seeds/definitions/kpi_registry.csv, where the definition is written.
A file that scripts/generate_from_registry.py writes (docs blocks, semantic layer) is generated
from the registry: it is listed, and not counted apart from the registry.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = "seeds/definitions/kpi_registry.csv"
GENERATED = ("models/docs/kpis.md", "models/docs/overview.md", "models/semantic/")
LIMIT = 3  # issue 36: any KPI's formula, docs and tests in at most 3 files
# KPIs still over the limit, each with why; --check fails when another KPI goes over, and when one
# of these comes within the limit (then remove it here: the list only shrinks). Empty since the
# revenue sums moved into kpi_revenue (2026-12-05).
OVER_LIMIT: dict[str, str] = {}


def load(manifest_path: Path) -> tuple[dict, list[dict]]:
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    with open(ROOT / REGISTRY, newline="", encoding="utf-8") as fh:
        registry = list(csv.DictReader(fh))
    return manifest, registry


def trace(manifest: dict, kpi: dict) -> dict:
    mart, column = kpi["mart"], kpi["value_column"]
    node = next(n for n in manifest["nodes"].values() if n["resource_type"] == "model" and n["name"] == mart)
    formula = defining_files(manifest, node, Defines(column), set())
    description = (node["columns"].get(column) or {}).get("description", "")
    docs = []
    for name in re.findall(r"doc\(\s*['\"]([a-z0-9_]+)['\"]\s*\)", node.get("patch_path") and _raw_description(
            node, column) or ""):  # fmt: skip
        block = next((d for d in manifest["docs"].values() if d["name"] == name), None)
        if block:
            docs.append(block["original_file_path"])
    if not docs and description:
        docs.append(node["patch_path"].split("://", 1)[-1])
    mentions = re.compile(rf"\b{re.escape(column)}\b")
    tests = set()
    for test in manifest["nodes"].values():
        if test["resource_type"] != "test" or node["unique_id"] not in test["depends_on"]["nodes"]:
            continue
        kwargs = json.dumps((test.get("test_metadata") or {}).get("kwargs", {}))
        if test.get("column_name") == column or mentions.search(kwargs):
            tests.add(test["original_file_path"])
    for unit in manifest.get("unit_tests", {}).values():
        if unit["model"] == mart and mentions.search(json.dumps(unit["expect"])):
            tests.add(unit["original_file_path"])
    files = [*formula, *docs, *sorted(tests), REGISTRY]
    distinct = list(dict.fromkeys(files))
    counted = [f for f in distinct if not f.startswith(GENERATED)]
    return {"kpi": kpi["kpi_name"], "mart": mart, "column": column, "formula": formula, "docs": docs,
            "tests": sorted(tests), "files": distinct, "counted": counted}  # fmt: skip


class Defines:
    """Whether SQL computes a column: a line `<expression> as <column>` whose expression is not the
    column passed on (`funnel.mqls as mqls`, `coalesce(funnel.mqls, 0) as mqls`, a macro guarding
    `funnel.mqls`); an `as <column>` that starts its line ends a multi-line expression. The sum of
    the rows' own measure (`sum(mrr_amount) as mrr_amount` over customer months) is the formula at
    the model's grain: the KPI is that total."""

    def __init__(self, column: str) -> None:
        self.column = re.compile(rf"\b{re.escape(column)}\b")
        self.line = re.compile(rf"^(.*?)\bas\s+{re.escape(column)}\b", re.IGNORECASE | re.MULTILINE)
        self.total = re.compile(rf"^\s*(cast\()?sum\(\s*([a-z_]+\.)?{re.escape(column)}\s*\)", re.IGNORECASE)

    def search(self, sql: str) -> bool:
        return any(not self.column.search(m.group(1)) or self.total.match(m.group(1)) for m in self.line.finditer(sql))


def problems(traces: list[dict]) -> list[str]:
    """What --check reports: a KPI over the limit that is not a known one, a known one now within it."""
    found = []
    for t in traces:
        over = len(t["counted"]) > LIMIT
        if over and t["kpi"] not in OVER_LIMIT:
            found.append(f"{t['kpi']}: formula, docs and tests in {len(t['counted'])} files: {', '.join(t['counted'])}")
        if not over and t["kpi"] in OVER_LIMIT:
            found.append(f"{t['kpi']}: now within {LIMIT} files: remove it from OVER_LIMIT in scripts/trace_kpi.py")
    return found


def defining_files(manifest: dict, node: dict, defined_as: Defines, seen: set[str]) -> list[str]:
    """The model's file, the project macros it calls that write `as <column>`, and, when neither
    does (the model selects the column from upstream), the same for the upstream models."""
    seen.add(node["unique_id"])
    files = [node["original_file_path"]]
    if defined_as.search(node["raw_code"]):
        return files
    macros = [manifest["macros"][m] for m in node["depends_on"]["macros"] if m in manifest["macros"]]
    macros = [m for m in macros if m["package_name"] == node["package_name"] and defined_as.search(m["macro_sql"])]
    if macros:
        return files + [m["original_file_path"] for m in macros]
    for parent_id in node["depends_on"]["nodes"]:
        parent = manifest["nodes"].get(parent_id)
        if parent and parent["resource_type"] == "model" and parent_id not in seen:
            found = defining_files(manifest, parent, defined_as, seen)
            if len(found) > 1 or defined_as.search(parent["raw_code"]):
                return files + found
    return files


def _raw_description(node: dict, column: str) -> str:
    """The column's description as written in the YAML (the manifest holds it rendered)."""
    import yaml

    path = ROOT / node["patch_path"].split("://", 1)[-1]
    for model in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("models") or []:
        if model.get("name") == node["name"]:
            for col in model.get("columns") or []:
                if col.get("name") == column:
                    return str(col.get("description", ""))
    return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("kpis", nargs="*")
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--manifest", type=Path, default=ROOT / "target" / "manifest.json")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--check", action="store_true", help=f"every KPI in at most {LIMIT} files (OVER_LIMIT aside)")
    args = parser.parse_args(argv)
    manifest, registry = load(args.manifest)
    by_name = {r["kpi_name"]: r for r in registry}
    if args.check:
        traces = [trace(manifest, kpi) for kpi in registry]
        found = problems(traces)
        for line in found:
            print(line, file=sys.stderr)
        within = sum(len(t["counted"]) <= LIMIT for t in traces)
        print(f"{within} of {len(traces)} KPIs have their formula, docs and tests in at most {LIMIT} files"
              f" ({len(OVER_LIMIT)} known exceptions)")  # fmt: skip
        return 1 if found else 0
    names = list(by_name) if args.all else args.kpis
    unknown = [n for n in names if n not in by_name]
    if unknown or not names:
        print(f"unknown KPI(s): {unknown}" if unknown else "name KPIs or give --all", file=sys.stderr)
        return 2
    traces = sorted((trace(manifest, by_name[n]) for n in names), key=lambda t: (-len(t["counted"]), t["kpi"]))
    for t in traces:
        print(f"{t['kpi']} ({t['mart']}.{t['column']}): {len(t['counted'])} files")
        for f in t["files"]:
            print(f"    {f}{'' if f in t['counted'] else '   (generated from the registry)'}")
    if args.json:
        args.json.write_text(json.dumps(traces, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
