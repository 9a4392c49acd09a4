"""The layer rules of the house style, over dbt's target/manifest.json (run after `dbt parse`):

- a model's name prefix matches its folder (staging: base_, stg_, quarantine_; intermediate: int_;
  marts: kpi_, dq_);
- only staging reads sources; a staging model reads sources, seeds and the base_ and stg_ models of
  its own source folder (the records its source folded: merged contacts, converted leads), never
  another source's staging;
- intermediate models read staging (stg_) and intermediate models and seeds, never a base_ model
  or a mart;
- a mart reads intermediate and stg_ models and seeds, never a base_ model and never another mart,
  except the scorecard: kpi_scorecard__<family> reads the marts of its family (the KPI registry's
  family column) and kpi_scorecard reads only the kpi_scorecard__<family> models;
- every model has a description and a primary-key test (unique, or unique_combination_of_columns).

Exceptions live in tests/layer_exceptions.yml, each with its reason.

    python scripts/check_layers.py [--manifest target/manifest.json]
"""

from __future__ import annotations

import argparse
import csv
import fnmatch
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
EXCEPTIONS = ROOT / "tests" / "layer_exceptions.yml"
REGISTRY = ROOT / "seeds" / "definitions" / "kpi_registry.csv"
PREFIXES = {"staging": ("base_", "stg_", "quarantine_"), "intermediate": ("int_",), "marts": ("kpi_", "dq_")}
PRIMARY_KEY_TESTS = {"unique", "unique_combination_of_columns"}


def family_marts(registry: Path = REGISTRY) -> dict[str, set[str]]:
    with open(registry, newline="", encoding="utf-8") as fh:
        out: dict[str, set[str]] = {}
        for r in csv.DictReader(fh):
            out.setdefault(r["family"], set()).add(r["mart"])
        return out


def excepted(exceptions: list[dict], rule: str, model: str) -> bool:
    return any(e["rule"] == rule and fnmatch.fnmatch(model, e["models"]) for e in exceptions)


def arrow_problem(name: str, layer: str, folder: str, dep: dict, families: dict[str, set[str]]) -> str | None:
    """Why the arrow model -> dep breaks a rule, or None."""
    kind, dep_name = dep["resource_type"], dep["name"]
    if kind == "seed":
        return None
    if kind == "source":
        return None if layer == "staging" else "only staging reads a source"
    dep_layer = dep["original_file_path"].split("/")[1]
    dep_folder = dep["original_file_path"].split("/")[2]
    if layer == "staging":
        if dep_name.startswith(("base_", "stg_")) and dep_folder == folder:
            return None  # its own source's rows, or the records its source folded (merged contacts)
        return "a staging model reads sources, seeds and its own source's base_ and stg_ models only"
    if dep_name.startswith("base_"):
        return "only staging reads a base_ model (it holds rejected rows too)"
    if layer == "intermediate":
        return "intermediate reads staging and intermediate only" if dep_layer == "marts" else None
    if layer == "marts" and dep_layer == "marts":
        if name == "kpi_scorecard":
            return (
                None
                if dep_name.startswith("kpi_scorecard__")
                else "kpi_scorecard reads the family long-form models only"
            )
        family = name.removeprefix("kpi_scorecard__") if name.startswith("kpi_scorecard__") else None
        if family is not None and dep_name in families.get(family, set()):
            return None
        return "a mart never reads another mart"
    return None


def violations(manifest: dict, exceptions: list[dict], families: dict[str, set[str]]) -> list[str]:
    nodes = {**manifest["nodes"], **manifest["sources"]}
    tests: dict[str, set[str]] = {}
    for node in manifest["nodes"].values():
        if node["resource_type"] == "test" and node.get("test_metadata") and node.get("attached_node"):
            tests.setdefault(node["attached_node"], set()).add(node["test_metadata"]["name"])
    out = []
    for uid, node in sorted(manifest["nodes"].items()):
        if node["resource_type"] != "model" or node.get("package_name") != "kpi_warehouse":
            continue
        name, parts = node["name"], node["original_file_path"].split("/")
        layer, folder = parts[1], parts[2] if len(parts) > 3 else ""
        if layer in PREFIXES and not name.startswith(PREFIXES[layer]) and not excepted(exceptions, "prefix", name):
            out.append(f"{name}: in models/{layer}/ but not named {' or '.join(PREFIXES[layer])}*")
        for dep_uid in node["depends_on"]["nodes"]:
            problem = arrow_problem(name, layer, folder, nodes[dep_uid], families)
            if problem and not excepted(exceptions, "arrow", name):
                out.append(f"{name} -> {nodes[dep_uid]['name']}: {problem}")
        if not node.get("description", "").strip() and not excepted(exceptions, "description", name):
            out.append(f"{name}: no description")
        if not (tests.get(uid, set()) & PRIMARY_KEY_TESTS) and not excepted(exceptions, "primary_key", name):
            out.append(f"{name}: no primary-key test (unique or unique_combination_of_columns)")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--manifest", type=Path, default=ROOT / "target" / "manifest.json")
    args = parser.parse_args(argv)
    manifest = json.loads(args.manifest.read_text(encoding="utf-8"))
    exceptions = yaml.safe_load(EXCEPTIONS.read_text(encoding="utf-8"))["exceptions"]
    found = violations(manifest, exceptions, family_marts())
    for line in found:
        print(f"layer rule broken: {line}", file=sys.stderr)
    print(f"check_layers: {len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
