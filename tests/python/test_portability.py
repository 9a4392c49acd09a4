"""What BI drivers and other warehouses need: every mart column has a type every BI driver maps
(bigint / integer counts, fixed-scale decimals, date, timestamp, text, boolean: no HUGEINT, no
DOUBLE), and no model or macro uses a DuckDB-only function outside a dispatched macro
(scripts/check_portability.py)."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import check_portability  # noqa: E402

ALLOWED = re.compile(r"^(BIGINT|INTEGER|BOOLEAN|DATE|TIMESTAMP|VARCHAR|DECIMAL\((\d+),\d+\))$")
MARTS = sorted(p.stem for p in (ROOT / "models" / "marts").rglob("*.sql"))


def test_every_mart_column_has_a_type_bi_drivers_read(warehouse) -> None:
    rows = warehouse.execute(
        "select table_name, column_name, data_type from information_schema.columns "
        f"where table_name in ({', '.join('?' for _ in MARTS)}) order by table_name, ordinal_position",
        MARTS,
    ).fetchall()
    assert {r[0] for r in rows} == set(MARTS), set(MARTS) - {r[0] for r in rows}
    print("mart column types:", dict(Counter(r[2] for r in rows)))
    bad = [f"{t}.{c}: {ty}" for t, c, ty in rows if not ALLOWED.match(ty) or (
        ty.startswith("DECIMAL") and int(ALLOWED.match(ty).group(2)) > 38)]  # fmt: skip
    assert not bad, bad


def test_no_duckdb_only_sql_outside_dispatched_macros() -> None:
    assert check_portability.problems() == []


def test_the_portability_lint_catches_duckdb_only_sql(tmp_path: Path) -> None:
    (tmp_path / "models" / "marts").mkdir(parents=True)
    (tmp_path / "macros" / "cross_database").mkdir(parents=True)
    (tmp_path / "tests").mkdir()
    (tmp_path / "models" / "marts" / "kpi_x.sql").write_text(
        "-- strftime( in a comment is fine\n"
        "select strftime(d, '%Y') as y, x::int as n, {{ dbt.datediff('a', 'b', 'day') }} as days\n"
        "{% for i in range(3) %}{% endfor %}\n"
        "from t qualify row_number() over () = 1\n",
        encoding="utf-8",
    )
    (tmp_path / "macros" / "cross_database" / "m.sql").write_text("select list_value(1)\n", encoding="utf-8")
    (tmp_path / "models" / "marts" / "kpi_x.yml").write_text(
        "models:\n"
        "- name: kpi_x\n"
        "  description: a range (of dates) in prose is fine\n"
        "  data_tests:\n"
        "  - expression_is_true:\n"
        "      arguments:\n"
        "        expression: cast(a as double) = 1\n"
        "unit_tests:\n"
        "- name: t\n"
        "  given:\n"
        "  - input: ref('x')\n"
        "    format: sql\n"
        "    rows: select i from range(3) as t (i)\n",
        encoding="utf-8",
    )
    found = check_portability.problems(tmp_path)
    assert [f.split(" is ")[0] for f in found] == [
        "models/marts/kpi_x.yml:7: as double",
        "models/marts/kpi_x.yml:13: range(",
        "models/marts/kpi_x.sql:2: ::",
        "models/marts/kpi_x.sql:2: strftime(",
        "models/marts/kpi_x.sql:4: qualify",
    ], found
