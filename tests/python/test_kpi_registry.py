"""The KPI registry (seeds/definitions/kpi_registry.csv) is the one place a KPI is defined: it covers
the catalog, names only columns its mart has, is the only statement of a ratio's parts, and the
files generated from it (docs, semantic layer, the scorecard's long-form models) are current."""

from __future__ import annotations

import csv
import subprocess
import sys

import yaml
from conftest import ROOT

REGISTRY = ROOT / "seeds" / "definitions" / "kpi_registry.csv"
# every KPI the catalog (sections 1-7) names, as the registry names it
CATALOG = {
    "new_leads", "mqls", "sqls", "lead_to_mql_rate", "mql_to_sql_rate", "cost_per_lead", "cost_per_sql",
    "traffic_to_lead_rate", "avg_lead_score", "event_attendance_rate", "event_cost_per_attendee",
    "sessions", "unique_visitors", "pageviews", "bounce_rate", "email_open_rate", "email_click_rate",
    "email_click_to_open_rate", "email_bounce_rate", "email_unsubscribe_rate", "social_engagement_rate",
    "follower_growth_rate", "ad_impressions", "ad_clicks", "ad_spend", "ad_conversions", "ctr", "cpc", "cpm",
    "conversion_rate", "paid_cost_per_lead", "roas", "campaign_roi", "opportunities", "wins",
    "sql_to_opportunity_rate", "opportunity_to_won_rate", "win_rate", "sales_cycle_days_mean",
    "sales_cycle_days_median", "open_pipeline_amount", "won_amount", "sales_revenue_amount",
    "new_customer_revenue_amount", "net_profit_margin", "marketing_roi", "cac", "clv", "clv_simple",
    "clv_to_cac_ratio", "gross_margin_per_customer", "top_decile_gross_margin_share", "mrr_amount",
    "customer_retention_rate", "churn_rate", "nps", "csat_score_mean", "csat_satisfied_rate",
    "net_revenue_retention", "aided_awareness_rate", "unaided_awareness_rate", "social_mentions",
    "branded_search_volume", "market_share", "market_share_growth_rate",
}  # fmt: skip


def registry() -> list[dict[str, str]]:
    with open(REGISTRY, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def mart_columns() -> dict[str, dict[str, dict]]:
    out = {}
    for path in (ROOT / "models" / "marts").glob("*/kpi_*.yml"):
        for model in yaml.safe_load(path.read_text(encoding="utf-8"))["models"]:
            out[model["name"]] = {c["name"]: c for c in model["columns"]}
    return out


def test_registry_covers_the_catalog_and_is_complete() -> None:
    rows = registry()
    names = [r["kpi_name"] for r in rows]
    assert len(names) == len(set(names))
    assert CATALOG <= set(names), CATALOG - set(names)
    for r in rows:
        for field in ("title", "formula", "unit", "direction", "timing", "kind", "source_article",
                      "name_zh_hant", "name_zh_hans", "name_ru", "name_vi"):  # fmt: skip
            assert r[field].strip(), (r["kpi_name"], field)
        assert r["direction"] in ("up", "down") and r["timing"] in ("leading", "lagging")
        assert r["rollup"] in ("sum", "ratio", "last", "none", "quarter")


def test_registry_names_mart_columns_and_is_the_only_statement_of_a_ratio() -> None:
    """Value, numerator and denominator are plain columns of the KPI's mart (no SQL in a CSV cell);
    no mart YAML restates a declared ratio's parts in a ratio_matches test (the generated long-form
    models test every declared ratio against its parts); and no two marts' KPI columns share a name
    unless they are the same KPI."""
    marts = mart_columns()
    by_column: dict[str, set[str]] = {}
    for r in registry():
        columns = marts[r["mart"]]
        for field in ("value_column", "numerator", "denominator"):
            if r[field]:
                assert r[field] in columns, (r["kpi_name"], field, r[field], r["mart"])
        assert bool(r["numerator"]) == bool(r["denominator"]), r["kpi_name"]
        if r["rollup"] == "ratio":
            assert r["numerator"] and r["multiplier"], r["kpi_name"]
        if r["numerator"]:
            restated = [
                t for t in columns[r["value_column"]].get("data_tests", [])
                if isinstance(t, dict) and "ratio_matches" in t
            ]  # fmt: skip
            assert not restated, (r["kpi_name"], "ratio parts restated in the mart YAML")
        by_column.setdefault(r["value_column"], set()).add(r["kpi_name"])
    shared = {c: k for c, k in by_column.items() if len(k) > 1}
    assert not shared, shared


def test_generated_docs_are_current() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_from_registry.py"), "--check"], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr


def test_every_kpi_the_rule_book_names_is_a_registry_kpi() -> None:
    """The validation report tells a user which KPIs a missing column disables (the rule book's
    feeds): a KPI named there is one of the registry, never a name the marts do not have."""
    import csv
    import re

    from landing.rulebook import LAYOUTS

    with open(ROOT / "seeds" / "definitions" / "kpi_registry.csv", newline="", encoding="utf-8") as fh:
        registry = {r["kpi_name"] for r in csv.DictReader(fh)}
    named = {
        (table, col.name, item.split(" ")[0])
        for table, layout in LAYOUTS.items()
        for col in layout.columns
        for feed in col.feeds
        for item in re.split(r"[;,]\s*", feed)
        if re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", item.split(" ")[0])  # a KPI name (snake case), not prose
    }
    assert named, "the rule book names no KPI"
    assert [n for n in named if n[2] not in registry] == []
