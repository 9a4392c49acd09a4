"""The settings a landing runs with: the reporting and account currencies, the FX months covered,
the declared date orders and decimal marks, declared encodings, DuckDB's memory and threads.

Each per-source setting is read from the dbt var in dbt_project.yml and from its environment
variable, the environment winning: account_currencies / KPI_ACCOUNT_CURRENCIES="hubspot=TWD",
date_orders / KPI_DATE_ORDER="salesforce=dmy" (dmy or mdy), decimal_marks / KPI_DECIMAL_MARK=
"linkedin_ads=," ("." or ","). A key is a source (salesforce) or a table (salesforce/opportunities),
the table's winning."""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from pathlib import Path

from landing.rulebook import LAYOUTS

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Settings:
    reporting_currency: str
    account_currencies: dict[str, str]
    fx_pairs: set[tuple[str, str]]  # (currency, YYYY-MM)
    date_orders: dict[str, str] = field(default_factory=dict)  # source or source/table -> dmy | mdy
    decimal_marks: dict[str, str] = field(default_factory=dict)  # source or source/table -> . | ,

    def declared(self, table: str, what: dict[str, str]) -> str | None:
        """A per-source setting for a table: its own key, else its source's."""
        return what.get(table) or what.get(table.split("/")[0])

    def fingerprint(self) -> dict:
        """What of the settings decides how a file lands (the ledger re-lands on a change)."""
        return {"reporting": self.reporting_currency, "accounts": self.account_currencies,
                "date_orders": self.date_orders, "decimal_marks": self.decimal_marks}  # fmt: skip


def per_source(variables: dict, var: str, env: str, allowed: tuple[str, ...], what: str) -> dict[str, str]:
    """A per-source setting from its dbt var and its environment variable (which wins)."""
    out = {str(k): str(v) for k, v in (variables.get(var) or {}).items()}
    for pair in os.environ.get(env, "").split(","):
        if not pair.strip():
            continue
        key, _, value = pair.partition("=")
        out[key.strip()] = value.strip()
    for key, value in out.items():
        if key not in LAYOUTS and key not in {k.split("/")[0] for k in LAYOUTS}:
            raise SystemExit(
                f"{env} / var {var}: {key!r} is not a source or table (e.g. salesforce or salesforce/opportunities)"
            )
        if value not in allowed:
            raise SystemExit(f"{env} / var {var}: {key}={value!r}: {what} must be one of {', '.join(allowed)}")
    return out


def project_vars() -> dict:
    """dbt_project.yml's vars, as dbt reads them without --vars."""
    import yaml

    return yaml.safe_load((ROOT / "dbt_project.yml").read_text(encoding="utf-8")).get("vars", {})


def reporting_currency(variables: dict | None = None) -> str:
    return str((variables if variables is not None else project_vars()).get("reporting_currency", "USD")).upper()


def load_settings(cli_currencies: list[str]) -> Settings:
    variables = project_vars()
    accounts = {k: str(v).upper() for k, v in (variables.get("account_currencies") or {}).items()}
    pairs = cli_currencies + [p for p in os.environ.get("KPI_ACCOUNT_CURRENCIES", "").split(",") if p.strip()]
    for pair in pairs:
        source, _, currency = pair.partition("=")
        if not source.strip() or len(currency.strip()) != 3:
            raise SystemExit(f"--account-currency expects <source>=<ISO currency>, got {pair!r}")
        accounts[source.strip()] = currency.strip().upper()
    with open(ROOT / "seeds" / "reference" / "fx_rates.csv", newline="", encoding="utf-8") as fh:
        fx = {(r["currency_code"].upper(), r["rate_month"][:7]) for r in csv.DictReader(fh)}
    return Settings(
        reporting_currency(variables),
        accounts,
        fx,
        per_source(variables, "date_orders", "KPI_DATE_ORDER", ("dmy", "mdy"), "a date order"),
        per_source(variables, "decimal_marks", "KPI_DECIMAL_MARK", (".", ","), "a decimal mark"),
    )


# -- one file -----------------------------------------------------------------------------------


DEFAULT_MEMORY_LIMIT = "1.5GB"  # as profiles.yml: a 10M-raw-row landing peaks at 2.0 GB RSS instead of 6.1 GB


def duckdb_config() -> dict[str, str]:
    """DuckDB settings from the environment, as profiles.yml reads them for dbt: KPI_DUCKDB_THREADS
    (default: every core) and KPI_DUCKDB_MEMORY_LIMIT (default 1.5GB, DuckDB spills beyond it)."""
    config = {"memory_limit": os.environ.get("KPI_DUCKDB_MEMORY_LIMIT") or DEFAULT_MEMORY_LIMIT}
    if os.environ.get("KPI_DUCKDB_THREADS"):
        config["threads"] = os.environ["KPI_DUCKDB_THREADS"]
    return config


def parse_encodings(values: list[str]) -> dict[str, str]:
    pairs = list(values) + [p for p in os.environ.get("KPI_EXPORT_ENCODINGS", "").split(",") if p.strip()]
    out = {}
    for pair in pairs:
        key, _, enc = pair.partition("=")
        if key.strip() not in LAYOUTS or not enc.strip():
            raise SystemExit(f"--encoding expects <source>/<table>=<encoding> with a known table, got {pair!r}")
        out[key.strip()] = enc.strip()
    return out
