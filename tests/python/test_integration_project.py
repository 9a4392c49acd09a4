"""The KPI warehouse installed as a dbt package by another project (integration_tests/, as
Fivetran's packages ship one): `dbt deps` installs it by local path, offline; the host's raw tables
are seeds in the landing step's shape, in a schema of the host (make_seeds.py), and the package's
sources read them through vars instead of the landed Parquet files; `dbt build` builds and tests
everything, the host's own model on a public mart included. Every mart equals, row for row, the
standalone build of the same exports."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, open_warehouse
from test_real_exports import build


def test_the_package_in_a_host_project_builds_the_marts_of_the_standalone_build(tmp_path: Path) -> None:
    standalone, _ = build("group_a", tmp_path / "standalone")
    host = tmp_path / "host"
    shutil.copytree(ROOT / "integration_tests", host, ignore=shutil.ignore_patterns(
        "dbt_packages", "target", "logs", "seeds", "*.duckdb*"))  # fmt: skip
    packages = (host / "packages.yml").read_text(encoding="utf-8")
    assert "local: ../" in packages
    (host / "packages.yml").write_text(packages.replace("local: ../", f"local: {ROOT}"), encoding="utf-8")
    python, dbt = sys.executable, str(Path(sys.executable).with_name("dbt"))
    seeds = subprocess.run([python, str(ROOT / "integration_tests" / "make_seeds.py"), "--landing",
                            str(tmp_path / "standalone" / "landing"), "--out", str(host / "seeds")],
                           capture_output=True, text=True)  # fmt: skip
    assert seeds.returncode == 0, seeds.stderr
    env = {k: v for k, v in os.environ.items() if not k.startswith("KPI_")}
    env.update(DBT_PROFILES_DIR=str(host), KPI_INTEGRATION_DUCKDB_PATH=str(tmp_path / "host.duckdb"))
    deps = subprocess.run([dbt, "deps"], cwd=host, env=env, capture_output=True, text=True)
    assert deps.returncode == 0, deps.stdout[-3000:]
    # the raw tables first, as a connector's sync would have them before any build (the package's
    # sources are not refs of the host's seeds, so one `dbt build` would not order them)
    seed = subprocess.run([dbt, "seed", "--select", "kpi_warehouse_integration_tests"], cwd=host, env=env,
                          capture_output=True, text=True)  # fmt: skip
    assert seed.returncode == 0, seed.stdout[-3000:]
    run = subprocess.run([dbt, "build"], cwd=host, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-6000:]
    assert "ERROR=0" in run.stdout and "Installing" not in run.stdout
    con = open_warehouse(tmp_path / "host.duckdb")
    try:
        raw = {
            r[0]
            for r in con.execute("select table_name from duckdb_tables() where schema_name = 'main_raw'").fetchall()
        }
        assert {"hubspot__contacts", "google_ads__campaign_report"} <= raw
        marts = [r[0] for r in standalone.execute(
            "select table_name from duckdb_tables() where schema_name = 'marts' order by 1").fetchall()]  # fmt: skip
        assert len(marts) > 20
        for mart in marts:
            ours = sorted(map(repr, standalone.execute(f'select * from marts."{mart}"').fetchall()))
            theirs = sorted(map(repr, con.execute(f'select * from marts."{mart}"').fetchall()))
            assert theirs == ours, mart
        assert sum(len(standalone.execute(f'select * from marts."{m}"').fetchall()) for m in marts) > 1000
        summary = con.execute("select count(*), count(kpi_value) from main.host_kpi_summary").fetchone()
        assert summary[0] > 20 and summary[1] > 0  # the host's own model on the package's public mart
    finally:
        con.close()
        standalone.close()
