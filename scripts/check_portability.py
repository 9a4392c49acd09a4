"""Portability lint: no model, singular test, generic test or macro uses a DuckDB-only function or
syntax outside a dispatched macro (macros/cross_database/), so the same SQL can build on
PostgreSQL and Spark; the SQL in properties files (test arguments, unit-test fixtures) too.
Comments and Jinja comments are ignored; dbt's cross-database macros (dbt.datediff,
dbt.date_trunc …) are allowed.

    python scripts/check_portability.py            # exit 1 and list file:line: function
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ("models", "macros", "tests")
DISPATCHED = Path("macros") / "cross_database"
# DuckDB functions and syntax that PostgreSQL or Spark lack (or spell differently); each with what
# to use instead
DUCKDB_ONLY = {
    r"::": "cast(x as type)",
    r"\bstrftime\s*\(": "dbt.date_trunc or a dispatched macro",
    r"\bstrptime\s*\(": "parse dates in the landing step (landing/rulebook.py)",
    r"\b(?:list|struct|array|map)_\w+\s*\(": "plain SQL over rows",
    r"\blist\s*\(": "plain SQL over rows",
    r"\bregexp_(?:matches|full_match|extract_all|split_to_array)\s*\(": "a dispatched macro",
    r"\bepoch(?:_ms)?\s*\(": "dbt.datediff",
    r"\brange\s*\(": "int_calendar__days / a cross join of digits",
    r"\bdate_diff\s*\(": "dbt.datediff",
    r"(?<!dbt\.)\bdatediff\s*\(": "dbt.datediff",
    r"(?<!dbt\.)\bdateadd\s*\(": "dbt.dateadd",
    r"(?<!dbt\.)\bdate_trunc\s*\(": "dbt.date_trunc",
    r"\bstr(?:ing)?_split\s*\(": "split_part",
    r"\bunnest\s*\(": "plain SQL over rows",
    r"\bqualify\b": "a window in a CTE and a where clause",
    r"\bexclude\s*\(": "list the columns",
    r"\bcount_if\s*\(": "sum(case when … then 1 else 0 end)",
    r"\barg_(?:max|min)\s*\(": "row_number() in a CTE",
    r"\bany_value\s*\(": "max()",
    r"\btry_cast\s*\(": "dbt.safe_cast",
    r"\bread_(?:csv|csv_auto|parquet|json)\s*\(": "a dbt source",
    r"\bglob\s*\(": "a dbt source",
    r"\b(?:starts|ends)_with\s*\(": "like 'x%'",
    r"\bilike\b": "lower(x) like …",
    r"\bpercentile_cont\s*\(": "the median() macro",
    r"\bhugeint\b": "bigint",
    r"\bmd5\s*\(": "dbt.hash",
    r"\bas\s+double\b(?!\s+precision)": "type_double() (Spark: double, others: double precision)",
    r"\bas\s+varchar\b(?!\s*\()": "dbt.type_string() (Spark needs a length for varchar)",
}
# comments, and Jinja control tags (their range() and the like are Jinja, not SQL)
COMMENTS = re.compile(r"\{#.*?#\}|--[^\n]*|/\*.*?\*/|\{%-?\s*(?:for|if|elif)\b.*?%\}", re.S)


def strip_comments(text: str) -> str:
    """Blank out comments, keeping line numbers."""
    return COMMENTS.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def yaml_sql(node, key: str = "") -> list[str]:
    """Every string of a properties file that is SQL: test arguments (expression_is_true …), unit
    test fixtures in sql format, where configs; not descriptions, docs or meta (a source's
    external_location is DuckDB's own config)."""
    if key in ("description", "meta", "docs"):
        return []
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in yaml_sql(v, str(k))]
    if isinstance(node, list):
        return [s for v in node for s in yaml_sql(v, key)]
    return [node] if isinstance(node, str) else []


def yaml_problems(root: Path) -> list[str]:
    out = []
    for folder in ("models", "tests"):
        for path in sorted((root / folder).rglob("*.yml")):
            if path.parent.name == "semantic":
                continue  # MetricFlow's own expressions; the semantic layer is configured on DuckDB only
            raw = path.read_text(encoding="utf-8")
            for text in yaml_sql(yaml.safe_load(raw) or {}):
                for pattern, instead in DUCKDB_ONLY.items():
                    for m in re.finditer(pattern, text, re.I):
                        at = raw.find(text.splitlines()[text.count("\n", 0, m.start())].strip())
                        line = raw.count("\n", 0, at) + 1 if at >= 0 else 0
                        out.append(
                            f"{path.relative_to(root)}:{line}: {m.group(0).strip()} is DuckDB-only; use {instead}"
                        )
    return list(dict.fromkeys(out))


def problems(root: Path = ROOT) -> list[str]:
    out = yaml_problems(root)
    for folder in SCANNED:
        for path in sorted((root / folder).rglob("*.sql")):
            if root / DISPATCHED in path.parents:
                continue
            text = strip_comments(path.read_text(encoding="utf-8"))
            for pattern, instead in DUCKDB_ONLY.items():
                for m in re.finditer(pattern, text, re.I):
                    line = text.count("\n", 0, m.start()) + 1
                    out.append(f"{path.relative_to(root)}:{line}: {m.group(0).strip()} is DuckDB-only; use {instead}")
    return out


def main() -> int:
    found = problems()
    for line in found:
        print(line, file=sys.stderr)
    print(f"check_portability: {len(found)} DuckDB-only construct(s) outside macros/cross_database/")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
