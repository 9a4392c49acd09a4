"""Every setting is read the same way by the landing step and by dbt (landing/settings.py): the value
in dbt_project.yml, then its environment variable, then KPI_DBT_VARS (what dbt's --vars takes,
which the scripts give dbt), the last winning. dbt's own reading is asked of dbt itself
(`dbt compile --inline`), never assumed; a changed setting makes the next build a full refresh."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import build_state  # noqa: E402

from landing import settings  # noqa: E402


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KPI_")}
    return {**env, "DBT_PROFILES_DIR": str(ROOT), **extra}


def landing_reads(env: dict[str, str]) -> str:
    code = "from landing.settings import project_vars; print(project_vars()['reporting_currency'])"
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return run.stdout.strip()


def dbt_reads(env: dict[str, str], tmp: Path) -> str:
    dbt = str(Path(sys.executable).with_name("dbt"))
    extra = ["--vars", env["KPI_DBT_VARS"]] if env.get("KPI_DBT_VARS") else []  # as scripts/_setup.sh gives it
    run = subprocess.run(
        [dbt, "compile", "--quiet", "--target-path", str(tmp / "target"), "--inline",
         "select '{{ var(\"reporting_currency\") }}' as currency", *extra],
        cwd=ROOT, env={**env, "KPI_DUCKDB_PATH": str(tmp / "w.duckdb")}, capture_output=True, text=True,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    return run.stdout.split("select '")[1].split("'")[0]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({}, "USD"),  # dbt_project.yml
        ({"KPI_REPORTING_CURRENCY": "TWD"}, "TWD"),  # its environment variable
        ({"KPI_REPORTING_CURRENCY": "TWD", "KPI_DBT_VARS": "{reporting_currency: VND}"}, "VND"),  # --vars
    ],
    ids=["file", "environment", "dbt-vars"],
)
def test_the_landing_step_and_dbt_read_the_reporting_currency_alike(tmp_path, extra, expected) -> None:
    env = clean_env(**extra)
    assert landing_reads(env) == expected
    assert dbt_reads(env, tmp_path) == expected


def test_a_per_source_setting_merges_file_environment_and_dbt_vars(monkeypatch) -> None:
    monkeypatch.setenv("KPI_DATE_ORDER", "salesforce=dmy,linkedin_ads=mdy")
    monkeypatch.setenv("KPI_DBT_VARS", "{date_orders: {salesforce: mdy}, account_currencies: {hubspot: twd}}")
    loaded = settings.load_settings([])
    assert loaded.date_orders == {"salesforce": "mdy", "linkedin_ads": "mdy"}  # KPI_DBT_VARS wins
    assert loaded.account_currencies["hubspot"] == "TWD"
    monkeypatch.setenv("KPI_DBT_VARS", "[not, a, mapping]")
    with pytest.raises(SystemExit, match="KPI_DBT_VARS"):
        settings.project_vars()


def test_a_changed_setting_makes_the_next_build_a_full_refresh(tmp_path, monkeypatch) -> None:
    import duckdb

    db, landing = tmp_path / "w.duckdb", tmp_path / "landing"
    landing.mkdir()
    duckdb.connect(str(db)).close()
    monkeypatch.delenv("KPI_REPORTING_CURRENCY", raising=False)
    monkeypatch.delenv("KPI_DBT_VARS", raising=False)
    monkeypatch.delenv("KPI_FULL_REFRESH", raising=False)
    build_state.record(db, landing)
    assert not build_state.full_refresh_needed(db)
    assert build_state.recorded(db)["reporting_currency"] == "USD"
    monkeypatch.setenv("KPI_REPORTING_CURRENCY", "TWD")
    assert build_state.full_refresh_needed(db)  # rows converted to USD must be converted again
