"""The settings a landing runs with: the reporting and account currencies, the FX months covered,
declared encodings, DuckDB's memory and threads, and how many files land at once."""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path

from landing.rulebook import LAYOUTS

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Settings:
    reporting_currency: str
    account_currencies: dict[str, str]
    fx_pairs: set[tuple[str, str]]  # (currency, YYYY-MM)


def load_settings(cli_currencies: list[str]) -> Settings:
    import yaml

    project = yaml.safe_load((ROOT / "dbt_project.yml").read_text(encoding="utf-8"))
    variables = project.get("vars", {})
    accounts = {k: str(v).upper() for k, v in (variables.get("account_currencies") or {}).items()}
    pairs = cli_currencies + [p for p in os.environ.get("KPI_ACCOUNT_CURRENCIES", "").split(",") if p.strip()]
    for pair in pairs:
        source, _, currency = pair.partition("=")
        if not source.strip() or len(currency.strip()) != 3:
            raise SystemExit(f"--account-currency expects <source>=<ISO currency>, got {pair!r}")
        accounts[source.strip()] = currency.strip().upper()
    with open(ROOT / "seeds" / "reference" / "fx_rates.csv", newline="", encoding="utf-8") as fh:
        fx = {(r["currency_code"].upper(), r["rate_month"][:7]) for r in csv.DictReader(fh)}
    return Settings(str(variables.get("reporting_currency", "USD")).upper(), accounts, fx)


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
