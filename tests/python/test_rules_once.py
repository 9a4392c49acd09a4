"""Each business rule is stated once and read from there (issue 36, "each rule once"); these tests
fail when a second statement creeps back or the reader stops following the one statement.

Won and lost: seeds/reference/deal_stage_map.csv says which CRM stage closes a deal (funnel_step
won or lost); the landing step's deal_status (landing/values.py) is built from it, and
int_deals__stage_dates reads the same seed for the stage order."""

from __future__ import annotations

import csv
import re

import duckdb
from conftest import ROOT

from landing.values import deal_outcomes, sql_deal_status

SEED = ROOT / "seeds" / "reference" / "deal_stage_map.csv"


def status(stage: str, source: str, outcomes: dict[str, str] | None = None) -> str:
    con = duckdb.connect()
    return con.execute(f"select {sql_deal_status('s', source, outcomes)} from (select ? as s)", [stage]).fetchone()[0]


def test_the_deal_status_follows_the_stage_seed_row_for_row() -> None:
    with open(SEED, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["funnel_step"] for r in rows} >= {"won", "lost", "opportunity"}
    for row in rows:
        want = row["funnel_step"] if row["funnel_step"] in ("won", "lost") else "open"
        for written in (row["deal_stage"], row["deal_stage"].upper(), f"  {row['deal_stage']} "):
            assert status(written, row["source_system"]) == want, (row, written)
    assert status("Closed Won (old)", "hubspot") == "open"  # not a stage of the seed: open


def test_a_stage_added_to_the_seed_closes_deals_without_a_code_change(tmp_path) -> None:
    seed = tmp_path / "deal_stage_map.csv"
    seed.write_text(SEED.read_text(encoding="utf-8") + "hubspot,Won - signed,7,won\n", encoding="utf-8")
    outcomes = deal_outcomes(seed)["hubspot"]
    assert status("Won - Signed", "hubspot", outcomes) == "won"
    assert status("Won - Signed", "hubspot") == "open"  # the shipped seed does not have it


def test_no_closed_stage_is_spelled_in_the_landing_code() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "landing").glob("*.py"))
    assert not re.search(r"closed\s*won|closed\s*lost", code, re.IGNORECASE)


# A ratio KPI's formula: the registry's numerator, denominator and multiplier, the one statement;
# every model that computes the KPI's column writes it as ratio() (or roi()) on those parts.
FORMULA = re.compile(
    r"\{\{\s*(ratio|roi)\(\s*'([^']*)'\s*,\s*'([^']*)'\s*(?:,\s*([0-9.]+)\s*)?\)\s*\}\}\s+as\s+([a-z0-9_]+)"
)


def plain(expression: str) -> str:
    """An expression without relation prefixes (events.cost_amount) and coalesce(x, 0) wrappers."""
    expression = re.sub(r"coalesce\(\s*([^(),]+?)\s*,\s*0\s*\)", r"\1", expression)
    return re.sub(r"\b[a-z_]+\.([a-z_][a-z0-9_]*)", r"\1", expression).strip()


def same_part(written: str, part: str, sql: str) -> bool:
    """The part as written is the registry's column, or the expression the model names it by
    (`promoters - detractors as net_promoters` beside ratio('promoters - detractors', …))."""
    written = plain(written)
    if written == part:
        return True
    named = re.findall(rf"\n\s*([^\n]+?)\s+as\s+{re.escape(part)}\b", sql)
    return any(plain(n.removeprefix("{{ ").strip().rstrip(",")) == written for n in named)


def test_every_ratio_kpi_is_computed_from_its_registry_parts() -> None:
    with open(ROOT / "seeds" / "definitions" / "kpi_registry.csv", newline="", encoding="utf-8") as fh:
        registry = [r for r in csv.DictReader(fh) if r["rollup"] == "ratio"]
    sources = {p: p.read_text(encoding="utf-8") for p in (ROOT / "models").rglob("*.sql")}
    calls: dict[str, list[tuple]] = {}
    for path, sql in sources.items():
        for how, num, den, mult, column in FORMULA.findall(sql):
            calls.setdefault(column, []).append((path, sql, how, num, den, mult or "1"))
    assert len(registry) > 30
    for kpi in registry:
        found = calls.get(kpi["value_column"], [])
        assert found, f"{kpi['kpi_name']}: no model writes {kpi['value_column']} as ratio() or roi()"
        for path, sql, how, num, den, mult in found:
            where = f"{kpi['kpi_name']} in {path.relative_to(ROOT)}"
            if how == "roi":  # roi(return, investment) = ratio(return - investment, investment)
                num = f"{num} - {den}"
            assert same_part(num, kpi["numerator"], sql), f"{where}: numerator {num!r}, registry {kpi['numerator']!r}"
            assert same_part(den, kpi["denominator"], sql), (
                f"{where}: denominator {den!r}, registry {kpi['denominator']!r}"
            )
            assert float(mult) == float(kpi["multiplier"]), f"{where}: multiplier {mult}, registry {kpi['multiplier']}"


# A measure two marts count at their own grain (kpi_sales_funnel by channel and
# kpi_sales_funnel_team by team; kpi_lead_generation and kpi_sales_funnel for the stage counts;
# kpi_engagement and kpi_lead_generation for new visitors; kpi_revenue and the segment totals of
# int_customers__monthly_segments for revenue) is written in each, so each KPI's formula is in its
# own mart: the same column must be the same aggregate wherever it is written.
def aggregate_definitions(sources: dict[str, str]) -> dict[str, dict[str, list[str]]]:
    """column -> aggregate expression (relation prefixes dropped) -> the files that write it; an
    expression is a line `<aggregate> as <column>`, or the line before a line `as <column>`."""
    found: dict[str, dict[str, list[str]]] = {}
    for name, sql in sources.items():
        lines = sql.splitlines()
        for i, line in enumerate(lines):
            alone = re.match(r"^\s*as\s+([a-z0-9_]+),?\s*$", line)
            inline = re.match(r"^\s*(.+?)\s+as\s+([a-z0-9_]+),?\s*$", line)
            if alone and i:
                expression, column = lines[i - 1].strip(), alone.group(1)
            elif inline:
                expression, column = inline.groups()
            else:
                continue
            if not re.search(r"\b(sum|count|median)\(", expression) or re.search(rf"\b{column}\b", expression):
                continue
            expression = re.sub(r"\b[a-z_]+\.([a-z_][a-z0-9_]*)", r"\1", expression)
            found.setdefault(column, {}).setdefault(expression, []).append(name)
    return found


def test_a_measure_written_in_two_marts_is_the_same_aggregate_in_both() -> None:
    paths = [
        *(ROOT / "models" / "marts").rglob("*.sql"),
        ROOT / "models/intermediate/revenue/int_customers__monthly_segments.sql",
    ]
    sources = {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in paths}
    found = aggregate_definitions(sources)
    shared = {c: e for c, e in found.items() if sum(len(f) for f in e.values()) > 1}
    assert {"won_amount", "open_pipeline_amount", "sales_cycle_days_median", "mqls", "new_leads"} <= set(shared)
    assert {"new_visitors", "sales_revenue_amount", "customers_at_end"} <= set(shared)
    drifted = {c: e for c, e in shared.items() if len(e) > 1}
    assert drifted == {}, f"one measure, two formulas: {drifted}"
    # and the comparison sees a drift: the team mart counting open deals by another rule
    team = "models/marts/sales_funnel/kpi_sales_funnel_team.sql"
    sources[team] = sources[team].replace(
        "is_open_at_end then deal_months.amount", "is_created_in_period then deal_months.amount"
    )
    assert len(aggregate_definitions(sources)["open_pipeline_amount"]) == 2


# The families, and so the marts the scorecard reads: the registry's family column, the one list.
# scripts/generate_from_registry.py writes a kpi_scorecard__<family> model for each and the macro
# scorecard_families() that kpi_scorecard unions; a family added to the registry reaches the
# scorecard without an edit of kpi_scorecard.sql.
def test_the_scorecard_reads_every_family_of_the_registry(manifest) -> None:
    with open(ROOT / "seeds" / "definitions" / "kpi_registry.csv", newline="", encoding="utf-8") as fh:
        families = {r["family"] for r in csv.DictReader(fh)}
    scorecard = next(
        n for n in manifest["nodes"].values() if n["resource_type"] == "model" and n["name"] == "kpi_scorecard"
    )
    read = {d.split(".")[-1] for d in scorecard["depends_on"]["nodes"] if ".kpi_scorecard__" in d}
    assert read == {f"kpi_scorecard__{f}" for f in families}
    assert len(families) == 7
    sql = (ROOT / "models" / "marts" / "scorecard" / "kpi_scorecard.sql").read_text(encoding="utf-8")
    assert not any(f"kpi_scorecard__{f}" in sql for f in families)  # named in the generated list only
