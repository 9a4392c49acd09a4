"""The dbt vars as dbt resolves them, for the landing step (no other landing module needed, so the
rule book can read them while it is built): dbt_project.yml's value (one written
`{{ env_var('KPI_X', 'default') }}` from the environment, as dbt does), then KPI_DBT_VARS over it
(what dbt's --vars takes; the scripts give dbt the same). landing/settings.py says which settings."""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENV_DEFAULT = re.compile(r"^\s*\{\{\s*env_var\(\s*'([A-Za-z0-9_]+)'\s*,\s*'([^']*)'\s*\)\s*\}\}\s*$")


def command_line_vars() -> dict:
    """KPI_DBT_VARS: what dbt's --vars takes (a YAML mapping, e.g. '{reporting_currency: EUR}')."""
    import yaml

    text = os.environ.get("KPI_DBT_VARS", "").strip()
    value = yaml.safe_load(text) if text else {}
    if not isinstance(value, dict):
        raise SystemExit(f"KPI_DBT_VARS={text!r}: a YAML mapping, as dbt's --vars takes: '{{reporting_currency: EUR}}'")
    return value


@functools.lru_cache(maxsize=4)
def _declared_vars(path: Path, mtime_ns: int) -> dict:
    """dbt_project.yml's vars as written, parsed once per version of the file (the landing step asks
    for every file it judges: parsing the YAML each time cost seconds of a next-day landing)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader).get("vars", {})  # noqa: S506 (a safe loader)


def file_vars() -> dict:
    """dbt_project.yml's vars, a value `{{ env_var('KPI_X', 'default') }}` read from the environment."""
    path = ROOT / "dbt_project.yml"
    out = {}
    for key, value in _declared_vars(path, path.stat().st_mtime_ns).items():
        match = ENV_DEFAULT.match(value) if isinstance(value, str) else None
        out[key] = os.environ.get(match[1], match[2]) if match else value
    return out


def project_vars() -> dict:
    """The vars as dbt resolves them: dbt_project.yml's (with their environment variables), then
    KPI_DBT_VARS (dbt's --vars) over them."""
    return {**file_vars(), **command_line_vars()}
