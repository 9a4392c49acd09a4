"""The house style's layer rules over target/manifest.json (scripts/check_layers.py): the project
keeps them, and each rule catches the arrow it forbids when one is added to the manifest."""

from __future__ import annotations

import copy
import sys

import pytest
import yaml
from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import check_layers  # noqa: E402


@pytest.fixture(scope="module")
def exceptions() -> list[dict]:
    return yaml.safe_load(check_layers.EXCEPTIONS.read_text(encoding="utf-8"))["exceptions"]


def uid(manifest: dict, name: str) -> str:
    return next(u for u, n in manifest["nodes"].items() if n["resource_type"] == "model" and n["name"] == name)


def with_arrow(manifest: dict, model: str, reads: str) -> dict:
    changed = copy.deepcopy(manifest)
    target = next(u for u, n in {**manifest["nodes"], **manifest["sources"]}.items() if n["name"] == reads)
    changed["nodes"][uid(manifest, model)]["depends_on"]["nodes"].append(target)
    return changed


def test_the_project_keeps_the_layer_rules(manifest, exceptions) -> None:
    assert check_layers.violations(manifest, exceptions, check_layers.family_marts()) == []
    for e in exceptions:
        assert e["reason"].strip() and e["rule"] in ("primary_key", "arrow", "prefix", "description"), e


@pytest.mark.parametrize(
    ("model", "reads", "message"),
    [
        ("kpi_paid_media_monthly", "kpi_paid_media_daily", "a mart never reads another mart"),
        ("kpi_scorecard__paid_media", "kpi_revenue", "a mart never reads another mart"),  # not its family
        ("kpi_scorecard", "kpi_revenue", "kpi_scorecard reads the family long-form models only"),
        ("kpi_revenue", "base_stripe__invoices", "only staging reads a base_ model"),
        ("int_deals__enriched", "kpi_sales_funnel", "intermediate reads staging and intermediate only"),
        ("stg_hubspot__deals", "stg_salesforce__opportunities", "a staging model reads sources, seeds"),
        ("kpi_lead_generation", "contacts", "only staging reads a source"),
    ],
)
def test_each_forbidden_arrow_is_caught(manifest, exceptions, model, reads, message) -> None:
    found = check_layers.violations(with_arrow(manifest, model, reads), exceptions, check_layers.family_marts())
    assert len(found) == 1 and found[0].startswith(f"{model} -> {reads}: {message}"), found


def test_a_model_without_primary_key_or_description_is_caught(manifest, exceptions) -> None:
    changed = copy.deepcopy(manifest)
    target = uid(manifest, "kpi_revenue")
    changed["nodes"][target]["description"] = ""
    changed["nodes"] = {
        u: n for u, n in changed["nodes"].items()
        if not (n["resource_type"] == "test" and n.get("attached_node") == target)
    }  # fmt: skip
    found = check_layers.violations(changed, exceptions, check_layers.family_marts())
    assert found == ["kpi_revenue: no description",
                     "kpi_revenue: no primary-key test (unique or unique_combination_of_columns)"]  # fmt: skip
