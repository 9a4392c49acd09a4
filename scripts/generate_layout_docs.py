"""Writes the dbt side of the rule book (landing/rulebook.py) into each
models/staging/<source>/_<source>__sources.yml: where dbt reads the landed Parquet files, the
freshness field, and one documented column per canonical column with the header spellings it is
read from (the alias table of the layout) and whether the export needs it.

    python scripts/generate_layout_docs.py           # rewrite the files
    python scripts/generate_layout_docs.py --check   # exit 1 when a file is out of date
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# the docs list the shipped spellings, never a user's own: no user alias file while the rule book
# is built, and the environment as it was afterwards (a test process imports this module)
_USER_ALIASES = os.environ.get("KPI_HEADER_ALIASES")
os.environ["KPI_HEADER_ALIASES"] = os.devnull
from landing.rulebook import LAYOUTS, PASS_THROUGH, Col, Layout  # noqa: E402

if _USER_ALIASES is None:
    del os.environ["KPI_HEADER_ALIASES"]
else:
    os.environ["KPI_HEADER_ALIASES"] = _USER_ALIASES

# the landed lineage columns' types (landing/write.py), for a switched-off source's empty relation
LINEAGE_TYPES = {
    "_source_file": "varchar", "_source_line": "bigint", "_loaded_at": "timestamp", "_exported_at": "timestamp",
    "_columns_present": "varchar",
    "_is_layout_row": "boolean", "_reject_reason": "varchar", "_reject_column": "varchar", "_raw_values": "varchar",
    "_row_hash": "bigint", "_segment": "varchar",
}  # fmt: skip
LINEAGE = {
    "_source_file": "The export file the row came from (<source>/<table>/<file> in the exports folder).",
    "_source_line": "Line of the row in that file (1 = first line, preamble included).",
    "_loaded_at": "When the landing step wrote the row (UTC).",
    "_exported_at": "When the export file was written (its modification time, UTC); source freshness reads it.",
    "_columns_present": (
        "The canonical columns the export file has, as ',a,b,' (staging reads it with macro column_exported: "
        "a KPI whose column an export lacks is NULL, never 0)."
    ),
    "_is_layout_row": "True for footer, total and summary rows recognised by content (not data).",
    "_reject_reason": "The first row rule the row breaks (NULL = good row); such rows go to quarantine.",
    "_reject_column": "The canonical column the reject reason is about.",
    "_raw_values": "The row as exported: 'Header=value | …' over the file's columns (kept on rejected rows only).",
    "_row_hash": "A hash of every cell of the row: rows of one export identical in every column are one row.",
    "_segment": (
        "On an additive table (ad reports, web traffic): the row's cells outside the rule book's columns, "
        "'Header=value | …' (a segment, a breakdown, a column the rule book does not know)."
    ),
}


class Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = ">" if len(data) > 90 and "\n" not in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


Dumper.add_representer(str, _str)


def describe(col: Col) -> str:
    spellings = ", ".join(f"'{h}'" for h in col.headers)
    what = {"id": "text id", "upper": "text, upper-cased", "lower": "text, lower-cased"}.get(col.kind, col.kind)
    if col.formats:
        what += " (" + ", ".join(col.formats) + ")"
    need = "identity: the file is rejected without it" if col.identity else "optional: NULL when the export lacks it"
    feeds = f"; feeds {', '.join(col.feeds)}" if col.feeds else ""
    pii = "; personal data, hashed in staging" if col.pii else ""
    return f"From header {spellings}: {what}; {need}{feeds}{pii}."


def table_columns(layout: Layout, typed: bool = False) -> list[dict]:
    """The landed table's columns (not a user's pass-through columns); typed: with their data_type,
    which a switched-off source's base model reads (macros/staging/landed_rows.sql)."""
    cols = [(c.name, describe(c), c.sql_type) for c in layout.columns if not c.pass_through]
    cols += [(d.name, f"Derived: {d.sql}", d.sql_type) for d in layout.derived]
    cols += [(k, v, LINEAGE_TYPES[k]) for k, v in LINEAGE.items()]
    return [
        {"name": n, "data_type": t, "description": d} if typed else {"name": n, "description": d} for n, d, t in cols
    ]


MONEY_OUT = {
    "spend_amount_local": "spend_amount",
    "conversion_value_local": "conversion_value_amount",
    "amount_local": "amount",
    "unit_amount_local": "unit_amount",
    "amount_due_local": "amount_due",
    "amount_paid_local": "amount_paid",
    "cost_amount_local": "cost_amount",
    "net_sales_local": "net_sales_amount",
    "net_income_local": "net_income_amount",
    "total_market_revenue_local": "total_market_revenue_amount",
}
HASHED = {"email": "email_hash", "owner_name": "owner_hash"}
# HubSpot deals: the amount HubSpot gives in the company's basis currency (derived amount_basis,
# currency basis_currency) is the one converted
MONEY_FROM = {("hubspot/deals", "amount_local"): "amount_basis"}
BASE_BANNER = "-- Generated by scripts/generate_layout_docs.py from landing/rulebook.py ({key}): edit the rule book.\n"


def base_model_sql(key: str, layout: Layout) -> str:
    """models/staging/<source>/base_<source>__<table>.sql: every landed row of the raw table, its
    columns written out; personal data hashed, money converted at the month of the layout's FX date
    (a data row without a rate gets a reject reason), the table's pass-through columns kept."""
    source, table = key.split("/")
    hashed = {c.name: HASHED[c.name] for c in layout.columns if c.pii}
    skip = {"_reject_reason", "_reject_column", *hashed}
    names = [c["name"] for c in table_columns(layout) if c["name"] not in skip]
    lines = [f"        landed.{n}," for n in names]
    if key in PASS_THROUGH:
        lines[-1] = (
            lines[-1].rstrip(",")
            + f"\n        {{{{- pass_through_select(pass_through_columns('{key}'), 'landed.') }}}},"
        )
    lines += [f"        {{{{ hash_pii('landed.{clear}') }}}} as {out}," for clear, out in hashed.items()]
    rate = "cast(landed.{src} * fx.rate_to_reporting as {{{{ api.Column.translate_type('decimal(38,6)') }}}})"
    lines += [
        f"        {rate.format(src=MONEY_FROM.get((key, m), m))}\n            as {MONEY_OUT[m]}," for m in layout.money
    ]
    reject = ["        landed._reject_reason"]
    if layout.money:  # a data row whose currency and month have no rate (the validator rejects such files first)
        reject = ["        case", "            when landed._reject_reason is not null then landed._reject_reason",
                  "            when not landed._is_layout_row and fx.rate_to_reporting is null",
                  "                then 'no FX rate for this currency and month'", "        end as _reject_reason"]  # fmt: skip
    join = ""
    if layout.money:
        join = f"\n    {{{{ join_fx_rate('fx', 'landed.{layout.currency}', 'landed.{layout.fx_date}') }}}}"
    what = ["hashes personal data"] if hashed else []
    what += (
        [f"converts money to the reporting currency at the rate of {layout.fx_date}'s month"] if layout.money else []
    )
    return (
        BASE_BANNER.format(key=key)
        + f"-- Every landed row of the {source} {table} exports, as the landing step wrote them (text parsed with the\n"
        "-- rule book, _is_layout_row and _reject_reason set).\n"
        + "".join(f"-- This model {w}.\n" for w in what)
        + "-- Incremental by file: a run reads the exports landed since (macros/staging/incremental.sql).\n"
        "{{ incremental_by_file() }}\n"
        "with landed as (\n"
        f"    {{{{ landed_rows(source('{source}', '{table}'), '{key}') }}}}\n"
        "),\n\n"
        "final as (\n"
        "    select\n" + "\n".join(lines + reject) + "\n    from landed" + join + "\n)\n\nselect * from final\n"
    )


def base_model_files() -> dict[Path, str]:
    """Every base_ model, written from its layout."""
    return {
        ROOT / "models" / "staging" / key.split("/")[0] / f"base_{key.replace('/', '__')}.sql": base_model_sql(
            key, layout
        )
        for key, layout in LAYOUTS.items()
    }


def quarantine_model_sql(source: str, tables: list[str]) -> str:
    """models/staging/<source>/quarantine_<source>.sql: every row of the source's base_ models that
    carries a reject reason, with the raw table it came from, its file, line, reason and raw values."""
    imports = ",\n\n".join(
        f"{table} as (\n    select * from {{{{ ref('base_{source}__{table}') }}}}\n    where _reject_reason is not null\n)"
        for table in tables
    )
    selects = "\n    union all\n".join(
        f"    select\n        '{source}__{table}' as raw_table,\n        _source_file,\n        _source_line,\n"
        f"        _loaded_at,\n        _reject_reason,\n        _raw_values\n    from {table}"
        for table in tables
    )
    return (
        BASE_BANNER.format(key=source)
        + f"-- Rows of {source} exports that break a row rule: excluded from staging and the marts, kept here\n"
        "-- with the raw values and the reason. One row per quarantined raw row.\n"
        f"with {imports},\n\nfinal as (\n{selects}\n)\n\nselect * from final\n"
    )


def quarantine_model_files() -> dict[Path, str]:
    """Every quarantine_ model: one per source, over its base_ models."""
    by_source: dict[str, list[str]] = {}
    for key in LAYOUTS:
        source, table = key.split("/")
        by_source.setdefault(source, []).append(table)
    return {
        ROOT / "models" / "staging" / source / f"quarantine_{source}.sql": quarantine_model_sql(source, sorted(tables))
        for source, tables in by_source.items()
    }


TEMPLATES = ROOT / "scripts" / "templates"
TEMPLATE_BANNER = (
    "-- Generated by scripts/generate_layout_docs.py from scripts/templates/{template} ({key}): edit the template.\n"
)
# The staging models whose body several sources share: the template, and per model its base_ model
# and (deals) the CRM's merged contacts model
SHARED_STAGING = {
    **{
        f"{p}/stg_{p}__campaign_report": ("stg_ad_report.sql", f"base_{p}__campaign_report", None)
        for p in ("google_ads", "linkedin_ads", "meta_ads", "microsoft_ads")
    },
    "hubspot/stg_hubspot__deals": ("stg_deals.sql", "base_hubspot__deals", "stg_hubspot__contact_merges"),
    "salesforce/stg_salesforce__opportunities": ("stg_deals.sql", "base_salesforce__opportunities", None),
    "surveys/stg_surveys__nps_responses": ("stg_survey_responses.sql", "base_surveys__nps_responses", None),
    "surveys/stg_surveys__csat_responses": ("stg_survey_responses.sql", "base_surveys__csat_responses", None),
}
MERGES = re.compile(r"    \{%- if contact_merges %\}\n(.*?)    \{%- else %\}\n(.*?)    \{%- endif %\}\n", re.S)


def shared_staging_sql(template: str, base_model: str, contact_merges: str | None) -> str:
    """A staging model written out from its template: the base_ model and table named, the merged
    contacts' join kept only for a CRM that has them."""
    key = base_model.removeprefix("base_").replace("__", "/")
    text = (TEMPLATES / template).read_text(encoding="utf-8")
    text = MERGES.sub(lambda m: m.group(1) if contact_merges else m.group(2), text)
    text = text.replace("__BASE_MODEL__", base_model).replace("__TABLE_KEY__", key)
    text = text.replace("__CONTACT_MERGES__", contact_merges or "")
    return TEMPLATE_BANNER.format(template=template, key=key) + text


def shared_staging_files() -> dict[Path, str]:
    return {
        ROOT / "models" / "staging" / f"{name}.sql": shared_staging_sql(*spec) for name, spec in SHARED_STAGING.items()
    }


def base_columns(layout: Layout) -> list[dict]:
    """The columns of base_<source>__<table>: the landed ones, personal data hashed, money converted."""
    cols = []
    for col in table_columns(layout):
        if col["name"] == "_reject_column":
            continue
        if col["name"] in HASHED:
            cols.append({"name": HASHED[col["name"]], "description": f"Hash of {col['name']} (MD5 of the trimmed, "
                         "lower-cased value); the clear value is not kept."})  # fmt: skip
            continue
        cols.append(col)
    cols += [{"name": MONEY_OUT[m], "description": "{{ doc('col_amount_reporting') }}"} for m in layout.money]
    return cols


# The first lines of every staging YAML this script rewrites: which parts are generated, from what
SOURCES_BANNER = (
    "# Partly generated by scripts/generate_layout_docs.py: each table's columns, schema, identifier and\n"
    "# external_location are written from landing/rulebook.py (edit the rule book, then run it); the\n"
    "# descriptions and freshness are written here by hand.\n"
)
MODELS_BANNER = (
    "# Partly generated by scripts/generate_layout_docs.py: the columns of the base_ models are written from\n"
    "# landing/rulebook.py (edit the rule book, then run it); everything else is written here by hand.\n"
)


def render_models(path: Path) -> str:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    for model in doc["models"]:
        if model["name"].startswith("base_"):
            source, table = model["name"][len("base_") :].split("__")
            model["columns"] = base_columns(LAYOUTS[f"{source}/{table}"])
    return MODELS_BANNER + yaml.dump(doc, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100)


def render(path: Path) -> str:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    for source in doc["sources"]:
        # raw tables (PostgreSQL, Spark, a host project: macros/staging/raw_tables.sql) are read
        # from <source>_schema, else the raw schema, as <source>_<table>_identifier, else
        # <source>__<table> (Fivetran's var names)
        if source["name"].endswith("_ads"):  # an ad platform can be switched off (dbt_project.yml)
            source.setdefault("config", {})["enabled"] = f"{{{{ var('{source['name']}__enabled', true) | as_bool }}}}"
        source["schema"] = (
            f"{{{{ var('{source['name']}_schema', var('kpi_warehouse__raw_schema', env_var('KPI_RAW_SCHEMA', 'raw'))) }}}}"
        )
        tables = []
        for table in source["tables"]:
            key = f"{source['name']}/{table['name']}"
            if key not in LAYOUTS:
                continue
            layout = LAYOUTS[key]
            config = table.setdefault("config", {})
            config.setdefault("meta", {})["external_location"] = (
                # DuckDB reads the landed Parquet in place, unless var kpi_warehouse__raw_tables says
                # the sources are tables; a quote in the landing folder's path is doubled: the path
                # is data, never SQL
                "{% if not var('kpi_warehouse__raw_tables', false) %}"
                "read_parquet('{{ env_var('KPI_LANDING_DIR', 'warehouse/landing') | replace(\"'\", \"''\") }}/"
                + key
                + "/*.parquet', "
                "union_by_name=true)"
                # with raw tables, the source's own table (dbt-duckdb reads any external_location:
                # this one names the table; {database} … are the source's, filled by dbt-duckdb)
                '{% else %}(select * from "{database}"."{schema}"."{identifier}"){% endif %}'
            )
            config["loaded_at_field"] = "_exported_at"
            # other targets (PostgreSQL): scripts/load_landed.py copies the landed files into
            # the raw schema, one table per raw table
            table["identifier"] = (
                f"{{{{ var('{source['name']}_{table['name']}_identifier', '{source['name']}__{table['name']}') }}}}"
            )
            table["columns"] = table_columns(layout, typed=True)
            tables.append(table)
        source["tables"] = tables
    return SOURCES_BANNER + yaml.dump(doc, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100)


README_START, README_END = (
    "<!-- layouts:start (generated by scripts/generate_layout_docs.py) -->",
    "<!-- layouts:end -->",
)


def layouts_table() -> str:
    """The README's table of export layouts: the minimal column set (identity columns) and every
    optional column with the KPIs it enables."""
    lines = [
        "| source / table | minimal columns (the file is rejected without them) | optional columns (→ KPIs they enable) |",
        "|---|---|---|",
    ]
    for key, layout in LAYOUTS.items():
        minimal = ", ".join(
            [f"`{c.label}`" for c in layout.identity]
            + ["one of " + " / ".join(f"`{layout.column(n).label}`" for n in group) for group in layout.identity_any]
        )
        optional = ", ".join(
            f"`{c.label}`" + (f" (→ {'; '.join(c.feeds)})" if c.feeds else "")
            for c in layout.columns
            if not c.identity and not any(c.name in group for group in layout.identity_any)
        )
        lines.append(f"| {key} | {minimal} | {optional or '–'} |")
    return "\n".join(lines)


def render_readme(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    start, end = text.index(README_START), text.index(README_END)
    return text[: start + len(README_START)] + "\n" + layouts_table() + "\n" + text[end:]


def generated_files() -> list[tuple[Path, Callable[[Path], str]]]:
    """Every file this script rewrites, with the function that renders it."""
    paths = [(p, render) for p in sorted((ROOT / "models" / "staging").glob("*/_*__sources.yml"))]
    paths += [(p, render_models) for p in sorted((ROOT / "models" / "staging").glob("*/_*__models.yml"))]
    paths += [(p, lambda path: base_model_files()[path]) for p in sorted(base_model_files())]
    paths += [(p, lambda path: quarantine_model_files()[path]) for p in sorted(quarantine_model_files())]
    paths += [(p, lambda path: shared_staging_files()[path]) for p in sorted(shared_staging_files())]
    return [*paths, (ROOT / "README.md", render_readme)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    stale = []
    for path, renderer in generated_files():
        text = renderer(path)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            if args.check:
                stale.append(str(path.relative_to(ROOT)))
            else:
                path.write_text(text, encoding="utf-8")
    if stale:
        print(f"out of date (run python scripts/generate_layout_docs.py): {stale}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
