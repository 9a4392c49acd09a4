"""great-expectations as the landing contract: for every landed table a suite generated from the rule
book, run in DuckDB through great-expectations' SQL datasource (not over pandas frames), its Data
Docs written beside the validation report, and its failures turned into the report's row-level
findings.

Two kinds of expectation (`Check.kind`):
  - vendor: what an export may get wrong that the landing step lets through, judged over every
    data row: IDs in the scientific notation Excel gives long numbers (the file is rejected:
    digits are lost), vendor-computed rates outside 0-100 % (a warning: the warehouse recomputes
    every rate);
  - contract: what the landing step promises of every valid landed row (no reject reason): the
    rule book's required columns hold a value, no row breaks one of its row rules, no activity is
    dated after today, a deal's status is open, won or lost, each column has the rule book's type. A failure is a bug of the landing
    step, and its file is rejected: never a silent wrong number.

The suite is data (`suite()`, no great-expectations import), so it can be listed and tested; the
package is imported only when a table is checked (it costs seconds)."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path

from landing.results import FileResult
from landing.rulebook import Layout
from landing.sql import literal_list

# A cell Excel wrote in scientific notation, whole (1.23457E+11, " 4.5E-3 "): a regular expression
# DuckDB runs (RE2: \s and [0-9] are ASCII, as Excel writes them). Lower-case or unsigned forms are
# left alone: hex IDs such as Mailchimp's 99e2191556 look alike.
SCIENTIFIC = r"^\s*-?[0-9]+(\.[0-9]+)?E[+-][0-9]+\s*$"


# Derived columns with a closed set of values: a deal's status (landing/values.py sql_deal_status:
# won or lost in a closed stage of the stage map, every other stage open)
ALLOWED = {"deal_status": ("open", "won", "lost")}


@dataclass(frozen=True)
class Check:
    """One expectation of a table's suite. rows: 'data' (every data row) or 'valid' (no reject
    reason). gx: the great-expectations class name; args: its arguments ({batch} is the table in
    an UnexpectedRowsExpectation's query)."""

    kind: str  # 'vendor' or 'contract'
    rows: str
    gx: str
    column: str
    args: dict = field(default_factory=dict)
    what: str = ""


def suite(layout: Layout) -> list[Check]:
    """The table's expectations, generated from its layout in the rule book."""
    checks = []
    ids = [c.name for c in layout.columns if c.kind == "id"]
    for name in ids:
        # one row per file: the file is rejected once, at its first such ID
        query = (
            f'select _source_file, min(_source_line) as _source_line, arg_min("{name}", _source_line) as value '
            f"from {{batch}} where regexp_matches(\"{name}\", '{SCIENTIFIC}') group by _source_file"
        )
        checks.append(Check("vendor", "data", "UnexpectedRowsExpectation", name, {"unexpected_rows_query": query},
                            f"{name}: IDs not in scientific notation"))  # fmt: skip
    for name in layout.rate_columns:
        checks.append(Check("vendor", "data", "ExpectColumnValuesToBeBetween", name,
                            {"column": name, "min_value": 0, "max_value": 100}, f"{name}: a rate in 0-100 %"))  # fmt: skip
    for name in layout.required:
        checks.append(Check("contract", "valid", "ExpectColumnValuesToNotBeNull", name, {"column": name},
                            f"{name} holds a value on every valid row"))  # fmt: skip
    for n, rule in enumerate(layout.rules):
        query = f"select _source_file, _source_line from (select * from {{batch}}) as p where {rule.sql}"
        checks.append(Check("contract", "valid", "UnexpectedRowsExpectation", rule.column,
                            {"unexpected_rows_query": query}, f"no valid row with {rule.reason} (rule {n + 1})"))  # fmt: skip
    for name in layout.not_in_future:
        query = f'select _source_file, _source_line from {{batch}} where cast("{name}" as date) > current_date'
        checks.append(Check("contract", "valid", "UnexpectedRowsExpectation", name, {"unexpected_rows_query": query},
                            f"{name} not after today"))  # fmt: skip
    derived = {d.name for d in layout.derived}
    for name, values in ALLOWED.items():
        if name in derived:
            checks.append(Check("contract", "valid", "ExpectColumnValuesToBeInSet", name,
                                {"column": name, "value_set": list(values)}, f"{name} is one of {', '.join(values)}"))  # fmt: skip
    typed = [(c.name, duck_type(c.sql_type)) for c in layout.columns if not c.pass_through]
    if typed:
        expected = ", ".join(f"('{name}', '{sql_type}')" for name, sql_type in typed)
        query = (
            "select expected.column_name, expected.column_type, actual.column_type as landed_type "
            f"from (values {expected}) as expected (column_name, column_type) "
            "left join (select column_name, column_type from (describe select * from {batch})) as actual "
            "on expected.column_name = actual.column_name "
            "where actual.column_type is distinct from expected.column_type"
        )
        checks.append(Check("contract", "valid", "UnexpectedRowsExpectation", "", {"unexpected_rows_query": query},
                            "every column of the rule book, of its type"))  # fmt: skip
    assert len({c.what for c in checks}) == len(checks), layout.name  # a result finds its check by description
    return checks


def duck_type(sql_type: str) -> str:
    """A rule-book type as DuckDB's describe writes it: decimal(38, 6) -> DECIMAL(38,6)."""
    return sql_type.upper().replace(" ", "")


GX_LOCK = threading.Lock()  # one great-expectations run at a time (its context is not thread-safe)


def asset_name(layout: Layout, rows: str) -> str:
    return f"{layout.name.replace('/', '__')}__{rows}"


def validate(tables: dict[Layout, list[Path]], by_file: dict[str, FileResult], data_docs: Path | None) -> dict:
    """Runs each table's suite over its landed files, in DuckDB, as one great-expectations
    checkpoint; writes its Data Docs under data_docs (offline: see offline_data_docs); adds the
    failures to the files' results. Returns {table: (expectations, failed)}."""
    tables = {layout: paths for layout, paths in tables.items() if paths and suite(layout)}
    if not tables:
        return {}
    with GX_LOCK:
        return _validate(tables, by_file, data_docs)


def _validate(tables: dict[Layout, list[Path]], by_file: dict[str, FileResult], data_docs: Path | None) -> dict:
    import duckdb
    import duckdb_engine
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    class SharedConnection(duckdb_engine.ConnectionWrapper):
        """The one in-memory DuckDB connection holding the tables' views, each DB-API cursor on its
        own DuckDB cursor (duckdb-engine shares one result per connection, which breaks
        great-expectations' metric queries: stack-notes); never closed by SQLAlchemy's pool."""

        def __init__(self, con):
            super().__init__(con)
            self._con = con

        def cursor(self):
            return duckdb_engine.CursorWrapper(self._con.cursor(), self)

        def close(self):
            pass

    con = duckdb.connect()
    for layout, paths in tables.items():
        files = f"read_parquet({literal_list(paths)}, union_by_name = true)"
        con.execute(f'create view "{asset_name(layout, "data")}" as select * from {files} where not _is_layout_row')
        con.execute(
            f'create view "{asset_name(layout, "valid")}" as select * from {files} '
            "where not _is_layout_row and _reject_reason is null"
        )
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = context.data_sources.add_sql(
        name="landed", connection_string="duckdb:///:memory:", kwargs={"creator": lambda: SharedConnection(con)}
    )
    definitions, checks_of = [], {}
    for layout in tables:
        for rows in ("data", "valid"):
            checks = [c for c in suite(layout) if c.rows == rows]
            if not checks:
                continue
            name = asset_name(layout, rows)
            batch = source.add_table_asset(name=name, table_name=name).add_batch_definition_whole_table("landed rows")
            expectation_suite = context.suites.add(gx.ExpectationSuite(name=name))
            for check in checks:
                expectation = getattr(gx.expectations, check.gx)(**check.args, description=check.what)
                expectation_suite.add_expectation(expectation)
            checks_of[name] = (layout, checks)
            definitions.append(
                context.validation_definitions.add(
                    gx.ValidationDefinition(name=name, data=batch, suite=expectation_suite)
                )
            )
    if data_docs is not None:
        context.add_data_docs_site(
            site_name="landing",
            site_config={
                "class_name": "SiteBuilder",
                "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(data_docs)},
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            },
        )
    checkpoint = context.checkpoints.add(
        gx.Checkpoint(
            name="landing_contract",
            validation_definitions=definitions,
            result_format={
                "result_format": "COMPLETE",
                "unexpected_index_column_names": ["_source_file", "_source_line"],
            },
        )
    )
    outcome = checkpoint.run()
    con.close()
    if data_docs is not None:  # once, for every suite (an UpdateDataDocsAction rebuilds the site per suite)
        for name in checks_of:  # a table's earlier results give way to this run's
            shutil.rmtree(data_docs / "validations" / name, ignore_errors=True)
        context.build_data_docs(site_names=["landing"])
    summary: dict[str, list[int]] = {}
    pages: dict[str, dict] = {}
    for run in outcome.run_results.values():
        name = run.suite_name
        layout, checks = checks_of[name]
        by_what = {check.what: check for check in checks}  # each check's description is its own
        counts = summary.setdefault(layout.name, [0, 0])
        failed_before = counts[1]
        for result in run.results:
            check = by_what[result.expectation_config.description]
            counts[0] += 1
            if result.success:
                continue
            counts[1] += 1
            add_findings(check, result, by_file, layout)
        pages[name] = {"table": layout.name, "rows": "every data row" if name.endswith("__data") else "valid rows",
                       "expectations": len(run.results), "failed": counts[1] - failed_before,
                       "validated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}  # fmt: skip
    if data_docs is not None:
        offline_data_docs(data_docs)
        write_index(data_docs, pages)
    return summary


def failed_rows(result) -> list[dict]:
    """The rows an expectation's result names: (file, line, value)."""
    rows = result.result.get("unexpected_index_list") or (result.result.get("details") or {}).get("unexpected_rows")
    return list(rows or [])


def add_findings(check: Check, result, by_file: dict[str, FileResult], layout: Layout) -> None:
    """A failed expectation as findings on the files it names."""
    rows = failed_rows(result)
    error = (result.exception_info or {}).get("exception_message") if not rows else None
    if check.kind == "contract" or error:
        # a bug of the landing step (or an expectation that could not run): every file it names,
        # or every file of the table, is rejected with the expectation named
        named = sorted({r["_source_file"] for r in rows if r.get("_source_file") in by_file})
        named = named or sorted(name for name, r in by_file.items() if r.table == layout.name)
        for name in named:
            first = next((r for r in rows if r.get("_source_file") == name), {})
            by_file[name].add(
                "reject",
                f"the landed rows break the landing contract ({check.what}"
                + (f": {error}" if error else "")
                + "): a bug of the landing step, not of your file; please report it with this file",
                line=first.get("_source_line"),
                column=by_file[name].columns.get(check.column, check.column) or None,
            )
        return
    reported: set[str] = set()
    for row in rows:
        name = row["_source_file"]
        result_of_file = by_file.get(name)
        if result_of_file is None:
            continue
        line, header = int(row["_source_line"]), result_of_file.columns.get(check.column, check.column)
        value = row.get("value", row.get(check.column))
        if check.gx == "ExpectColumnValuesToBeBetween":
            result_of_file.add("warning", f"vendor-computed rate {value!r} outside [0, 100] % (a warning only: the "
                               "warehouse recomputes it)", line=line, column=header)  # fmt: skip
        elif name not in reported:
            reported.add(name)
            result_of_file.add(
                "reject",
                f"ID {value!r} is in scientific notation: Excel rounded the IDs and lost digits, so records no "
                "longer join and different ones can collide. Re-download the export from the vendor and do "
                f"not open it in Excel, or format column {header!r} as Text before saving",
                line=line,
                column=header,
            )


CDN = re.compile(r"<(script|link)\b[^>]*(?:src|href)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.IGNORECASE)
OFFLINE_STYLE = (
    "<style>body{font-family:sans-serif;margin:1em 2em}table{border-collapse:collapse}"
    "td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top}.collapse{display:block}"
    ".d-none{display:none}</style>"
)


def offline_data_docs(site: Path) -> None:
    """Data Docs pages load Bootstrap, jQuery and Vega from CDNs, which an offline machine cannot
    reach (the page then waits on them): every such tag is removed and a small inline style added.
    The pages are rendered server-side, so their tables and results stay complete."""
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        cleaned = CDN.sub("", text)
        if "OFFLINE_STYLE" not in cleaned:
            cleaned = cleaned.replace("</head>", f"<!-- OFFLINE_STYLE -->{OFFLINE_STYLE}</head>", 1)
        if cleaned != text:
            page.write_text(cleaned, encoding="utf-8")


def write_index(site: Path, pages: dict[str, dict]) -> None:
    """The site's index.html as plain HTML: great-expectations' own index lists the suites with
    JavaScript from a CDN, blank offline. One row per suite (a table's data rows or valid rows):
    its last run, expectations, failures, and links to its results and to the suite. The suites of
    tables not checked in this run keep their row from the run that last checked them
    (landing_contract.json)."""
    state = site / "landing_contract.json"
    known = json.loads(state.read_text(encoding="utf-8")) if state.exists() else {}
    known.update(pages)
    state.write_text(json.dumps(known, indent=2, sort_keys=True), encoding="utf-8")
    rows = []
    for name, page in sorted(known.items()):
        results = sorted((site / "validations" / name).rglob("*.html"))
        link = results[-1].relative_to(site).as_posix() if results else None
        status = "passed" if page["failed"] == 0 else f"{page['failed']} failed"
        rows.append(
            f"<tr><td>{html.escape(page['table'])}</td><td>{html.escape(page['rows'])}</td>"
            f"<td>{page['expectations']}</td><td>{status}</td><td>{html.escape(page['validated_at'])}</td>"
            + (f"<td><a href='{html.escape(link)}'>results</a>" if link else "<td>")
            + f" · <a href='expectations/{html.escape(name)}.html'>suite</a></td></tr>"
        )
    (site / "index.html").write_text(
        "<!doctype html><html><head><meta charset='utf-8'><title>Landing contract</title>"
        + OFFLINE_STYLE
        + "</head><body><h1>Landing contract (great-expectations)</h1><p>Each landed table's suite, generated from "
        "the rule book (landing/rulebook.py) and run in DuckDB over the landed files: over every data row, what an "
        "export may get wrong (IDs in scientific notation, vendor rates outside 0-100 %); over every valid row, "
        "what the landing step promises (required columns, row rules, dates not in the future, column types). "
        "Failures are the validation report's findings.</p><table><tr><th>table</th><th>rows</th>"
        "<th>expectations</th><th>result</th><th>last run</th><th></th></tr>"
        + "".join(rows)
        + "</table></body></html>",
        encoding="utf-8",
    )
