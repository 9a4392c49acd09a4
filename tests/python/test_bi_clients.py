"""What a BI tool meets when it opens the DuckDB warehouse that ./scripts/test built: the oldest
DuckDB client the README names reads every mart, row for row as ours does; the marts sit in their
own schema `marts`, apart from staging, intermediate, quarantine and the run tables; and every mart
and mart column carries its description (dbt's persist_docs) as a comment, which BI tools show.
The same after a scheduled publish, and through SQLAlchemy as Superset connects:
tests/python/test_run_scheduled.py. The PostgreSQL BI role: tests/python/test_postgres.py."""

from __future__ import annotations

import json
import os
import re
import sys

from conftest import OLDEST_DUCKDB, ROOT, mart_digests

WAREHOUSE = ROOT / os.environ.get("KPI_DUCKDB_PATH", "warehouse/kpi.duckdb")


def manifest_marts() -> dict[str, dict]:
    """{mart name: its manifest node}, the models under models/marts/."""
    manifest = json.loads((ROOT / "target" / "manifest.json").read_text(encoding="utf-8"))
    return {
        node["name"]: node
        for node in manifest["nodes"].values()
        if node["resource_type"] == "model" and node["fqn"][1] == "marts"
    }


def test_the_oldest_named_client_reads_every_mart_as_ours_does(oldest_duckdb) -> None:
    old = mart_digests(oldest_duckdb, WAREHOUSE)
    ours = mart_digests(sys.executable, WAREHOUSE)
    assert old["client"] == OLDEST_DUCKDB and ours["client"] != OLDEST_DUCKDB
    assert set(old["marts"]) == set(manifest_marts())
    assert old["marts"] == ours["marts"]
    assert sum(rows for rows, _, _ in old["marts"].values()) > 10_000


def test_the_readme_names_the_client_the_tests_open_the_file_with() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"DuckDB {OLDEST_DUCKDB}" in readme
    assert "storage_compatibility_version: v1.4.0" in (ROOT / "profiles.yml").read_text(encoding="utf-8")


def test_the_marts_have_their_own_schema(warehouse) -> None:
    tables = warehouse.execute(
        "select schema_name, table_name from duckdb_tables() union all "
        "select schema_name, view_name from duckdb_views() where not internal"
    ).fetchall()
    marts = set(manifest_marts())
    assert {t for s, t in tables if s == "marts"} == marts
    elsewhere = {(s, t) for s, t in tables if s != "marts"}
    assert {s for s, _ in elsewhere} == {"main"}
    assert not {t for _, t in elsewhere} & marts
    # what a BI user must not browse is all in main: hashed e-mails, quarantined raw values, logs
    names = {t for _, t in elsewhere}
    assert "stg_hubspot__contacts" in names and "build_state" in names
    assert any(t.startswith("int_") for t in names) and any(t.startswith("quarantine_") for t in names)


def flat(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def test_every_mart_and_mart_column_carries_its_description(warehouse) -> None:
    marts = manifest_marts()
    tables = dict(
        warehouse.execute("select table_name, comment from duckdb_tables() where schema_name = 'marts'").fetchall()
    )
    columns = {
        (t, c): comment
        for t, c, comment in warehouse.execute(
            "select table_name, column_name, comment from duckdb_columns() where schema_name = 'marts'"
        ).fetchall()
    }
    assert len(columns) > 300
    for name, node in marts.items():
        assert flat(tables[name]) == flat(node["description"]) != "", name
    missing = [key for key, comment in columns.items() if not flat(comment)]
    assert missing == []
    for (table, column), comment in columns.items():
        documented = marts[table]["columns"].get(column)
        assert documented is not None, (table, column)
        assert flat(comment) == flat(documented["description"]), (table, column)


def test_the_readme_query_examples_run() -> None:
    """Every `.venv/bin/duckdb` and `.venv/bin/python -c` line of the README's warehouse section runs
    on the built file and prints rows: the CLI is installed by the set-up, not assumed."""
    import shlex
    import subprocess

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## The warehouse") : readme.index("## Connect your BI tool")]
    lines = [line for line in section.splitlines() if line.startswith((".venv/bin/duckdb ", ".venv/bin/python -c "))]
    assert len(lines) == 2
    for line in lines:
        argv = shlex.split(line.replace("warehouse/kpi.duckdb", str(WAREHOUSE)))
        run = subprocess.run([str(ROOT / argv[0]), *argv[1:]], capture_output=True, text=True, cwd=ROOT)
        assert run.returncode == 0, (line, run.stderr)
        assert "kpi_scorecard" in run.stdout or "kpi_value" in run.stdout, run.stdout[:500]


def test_every_mart_is_public_with_an_enforced_contract_and_nothing_else_is_public() -> None:
    """What BI tools and other dbt projects depend on is declared: each mart's columns and types
    (dbt fails the build when the SQL differs), access public; the rest protected."""
    manifest = json.loads((ROOT / "target" / "manifest.json").read_text(encoding="utf-8"))
    models = [
        n for n in manifest["nodes"].values() if n["resource_type"] == "model" and n["package_name"] == "kpi_warehouse"
    ]
    marts = [n for n in models if n["fqn"][1] == "marts"]
    assert len(marts) == len(manifest_marts()) > 20
    for node in marts:
        assert node["config"]["contract"]["enforced"] is True, node["name"]
        assert node["access"] == "public", node["name"]
        assert node["columns"] and all(c.get("data_type") for c in node["columns"].values()), node["name"]
    others = [n for n in models if n["fqn"][1] != "marts"]
    assert others and {n["access"] for n in others} == {"protected"}
