"""The settings a landing runs with: the reporting and account currencies, the FX months covered,
the declared date orders and decimal marks, declared encodings, DuckDB's memory and threads.

Every setting is read as dbt reads its var, so the validator and dbt agree: dbt_project.yml's
value (one written `{{ env_var('KPI_X', 'default') }}` from the environment, as dbt does), then
KPI_DBT_VARS over it: the YAML mapping dbt's `--vars` takes, which ./scripts/build, ./scripts/test
and the scheduled runner also give dbt. The order, last wins: dbt_project.yml, the environment
variable, KPI_DBT_VARS.

Each per-source setting merges its var and its environment variable: account_currencies /
KPI_ACCOUNT_CURRENCIES="hubspot=TWD", date_orders / KPI_DATE_ORDER="salesforce=dmy" (dmy or mdy),
decimal_marks / KPI_DECIMAL_MARK="linkedin_ads=," ("." or ","). A key is a source (salesforce) or a
table (salesforce/opportunities), the table's winning."""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from pathlib import Path

from landing.rulebook import LAYOUTS
from landing.variables import command_line_vars, file_vars, project_vars  # noqa: F401 (read here and by scripts)

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Settings:
    reporting_currency: str
    account_currencies: dict[str, str]
    fx_pairs: set[tuple[str, str]]  # (currency, YYYY-MM)
    date_orders: dict[str, str] = field(default_factory=dict)  # source or source/table -> dmy | mdy
    decimal_marks: dict[str, str] = field(default_factory=dict)  # source or source/table -> . | ,
    reporting_timezone: str = "UTC"  # days and months are cut in this zone
    source_timezones: dict[str, str] = field(default_factory=dict)  # source or source/table -> IANA zone

    def declared(self, table: str, what: dict[str, str]) -> str | None:
        """A per-source setting for a table: its own key, else its source's."""
        return what.get(table) or what.get(table.split("/")[0])

    def zone_shift(self, layout) -> tuple[str, str] | None:
        """(the zone a table's timestamps are written in, the reporting zone) when they differ: the
        declared zone of the source (var source_timezones / KPI_SOURCE_TIMEZONES), else the
        vendor's fixed one (Stripe, Typeform: UTC), else none (taken to be the reporting zone)."""
        written = self.declared(layout.name, self.source_timezones) or layout.timezone or self.reporting_timezone
        return None if written == self.reporting_timezone else (written, self.reporting_timezone)

    def fingerprint(self) -> dict:
        """What of the settings decides how a file lands (the ledger re-lands on a change)."""
        from landing.rulebook import LAYOUTS, conversion_columns

        return {"reporting": self.reporting_currency, "accounts": self.account_currencies,
                "date_orders": self.date_orders, "decimal_marks": self.decimal_marks,
                "timezones": [self.reporting_timezone, self.source_timezones],
                "conversions": {f"{t}:{c}": list(h) for (t, c), h in conversion_columns().items()},
                "pass_through": {t: [[c.name, c.kind, *c.headers] for c in layout.columns if c.pass_through]
                                 for t, layout in LAYOUTS.items() if any(c.pass_through for c in layout.columns)}}  # fmt: skip


def per_source(variables: dict, var: str, env: str, allowed: tuple[str, ...] | None, what: str) -> dict[str, str]:
    """A per-source setting: dbt_project.yml's var, then its environment variable, then KPI_DBT_VARS."""
    out = {str(k): str(v) for k, v in (variables.get(var) or {}).items()}
    for pair in os.environ.get(env, "").split(","):
        if not pair.strip():
            continue
        key, _, value = pair.partition("=")
        out[key.strip()] = value.strip()
    out.update({str(k): str(v) for k, v in (command_line_vars().get(var) or {}).items()})
    for key, value in out.items():
        if key not in LAYOUTS and key not in {k.split("/")[0] for k in LAYOUTS}:
            raise SystemExit(
                f"{env} / var {var}: {key!r} is not a source or table (e.g. salesforce or salesforce/opportunities)"
            )
        if allowed is not None and value not in allowed:
            raise SystemExit(f"{env} / var {var}: {key}={value!r}: {what} must be one of {', '.join(allowed)}")
    return out


def source_enabled(source: str, variables: dict | None = None) -> bool:
    """Var <source>__enabled (default true), as dbt reads it (macros/staging/landed_rows.sql)."""
    value = (variables if variables is not None else project_vars()).get(f"{source}__enabled", True)
    return value in (True, "true", "True")


def reporting_currency(variables: dict | None = None) -> str:
    return str((variables if variables is not None else project_vars()).get("reporting_currency", "USD")).upper()


def load_settings(cli_currencies: list[str]) -> Settings:
    variables = file_vars()
    accounts = {k: str(v).upper() for k, v in (variables.get("account_currencies") or {}).items()}
    pairs = cli_currencies + [p for p in os.environ.get("KPI_ACCOUNT_CURRENCIES", "").split(",") if p.strip()]
    for pair in pairs:
        source, _, currency = pair.partition("=")
        if not source.strip() or len(currency.strip()) != 3:
            raise SystemExit(f"--account-currency expects <source>=<ISO currency>, got {pair!r}")
        accounts[source.strip()] = currency.strip().upper()
    accounts.update({str(k): str(v).upper() for k, v in (command_line_vars().get("account_currencies") or {}).items()})
    with open(ROOT / "seeds" / "reference" / "fx_rates.csv", newline="", encoding="utf-8") as fh:
        fx = {(r["currency_code"].upper(), r["rate_month"][:7]) for r in csv.DictReader(fh)}
    return Settings(
        reporting_currency(project_vars()),
        accounts,
        fx,
        per_source(variables, "date_orders", "KPI_DATE_ORDER", ("dmy", "mdy"), "a date order"),
        per_source(variables, "decimal_marks", "KPI_DECIMAL_MARK", (".", ","), "a decimal mark"),
        zone(str(project_vars().get("reporting_timezone") or "UTC"), "KPI_REPORTING_TIMEZONE / var reporting_timezone"),
        {
            k: zone(v, f"KPI_SOURCE_TIMEZONES / var source_timezones ({k})")
            for k, v in per_source(variables, "source_timezones", "KPI_SOURCE_TIMEZONES", None, "a time zone").items()
        },
    )


def zone(name: str, where: str) -> str:
    """An IANA time zone name, checked (a typo would shift every timestamp silently)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise SystemExit(
            f"{where}: {name!r} is not a time zone; use an IANA name such as Europe/Berlin or UTC"
        ) from None
    return name


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
