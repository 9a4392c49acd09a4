"""great-expectations as the landing contract (landing/contract.py): each landed table's suite,
generated from the rule book, runs in DuckDB through great-expectations' SQL datasource; its
failures are the validation report's findings; its Data Docs open offline and the report links
them.

Expected verdicts are written by hand per value."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import duckdb
from conftest import DEMO, ROOT

from landing import contract
from landing.report import DATA_DOCS, write_report
from landing.results import FileResult
from landing.rulebook import LAYOUTS, Col

# (value, Excel's scientific notation?) by hand: the whole cell is digits[.digits]E+/-digits
IDS = [("1.23457E+11", True), ("1.2E+05", True), (" 4.5E-3 ", True), ("-1E+5", True), ("9.99E+2 ", True),
       ("12345", False), ("", False), (None, False), ("E+", False), ("ABCE+1", False), ("1e+5", False),
       ("1,23E+11", False), ("E-mail", False), ("123E", False), ("E+1", False), ("99e2191556", False)]  # fmt: skip
# (value, outside 0-100 %?) by hand, as decimal(38, 6) holds them; NULL is not a value to judge
RATES = [(-0.1, True), (0.0, False), (100.0, False), (100.0001, True), (None, False), (50.0, False),
         (-0.000001, True), (1e20, True), (99.999999, False)]  # fmt: skip


def land(folder: Path, name: str, rows: list[dict], types: dict[str, str]) -> Path:
    """A landed Parquet file as the landing step writes one: the layout's columns and the lineage."""
    con = duckdb.connect()
    cols = ", ".join(f"{k} {v}" for k, v in types.items())
    con.execute(
        f"create table t (_source_file varchar, _source_line bigint, _is_layout_row boolean, _reject_reason varchar, {cols})"
    )
    for row in rows:
        names = list(row)
        con.execute(f"insert into t ({', '.join(names)}) values ({', '.join('?' for _ in names)})", list(row.values()))
    path = folder / f"{name}.parquet"
    con.execute(f"copy t to '{path}' (format parquet)")
    return path


def results_for(paths: list[Path], table: str) -> dict[str, FileResult]:
    names = {r[0] for p in paths for r in duckdb.sql(f"select distinct _source_file from '{p}'").fetchall()}
    return {n: FileResult(file=n, table=table) for n in names}


def test_id_and_rate_expectations_judge_each_value_in_duckdb(tmp_path: Path) -> None:
    """One file per ID value: a file is rejected exactly when its ID is in scientific notation,
    at its line; each rate outside 0-100 % is a warning at its line, nothing else is."""
    layout = dataclasses.replace(
        LAYOUTS["linkedin_ads/campaign_report"],
        columns=(Col("campaign_id", "id"), Col("ctr_reported", "number")),
        required=(), rules=(), not_in_future=(), rate_columns=("ctr_reported",),
    )  # fmt: skip
    types = {c.name: c.sql_type for c in layout.columns}
    assert types == {"campaign_id": "varchar", "ctr_reported": "decimal(38, 6)"}
    rows = [{"_source_file": f"ids_{i}.csv", "_source_line": 10 + i, "_is_layout_row": False, "campaign_id": value,
             "ctr_reported": 1.0} for i, (value, _) in enumerate(IDS)]  # fmt: skip
    rows += [{"_source_file": "rates.csv", "_source_line": 100 + i, "_is_layout_row": False, "campaign_id": "7",
              "ctr_reported": value} for i, (value, _) in enumerate(RATES)]  # fmt: skip
    rows.append({"_source_file": "rates.csv", "_source_line": 1, "_is_layout_row": True, "campaign_id": "1E+5"})
    path = land(tmp_path, "landed", rows, types)
    by_file = results_for([path], layout.name)
    summary = contract.validate({layout: [path]}, by_file, tmp_path / "docs")

    rejected = {n for n, r in by_file.items() if r.status == "rejected"}
    assert rejected == {f"ids_{i}.csv" for i, (_, sci) in enumerate(IDS) if sci}
    for i, (_, sci) in enumerate(IDS):
        findings = by_file[f"ids_{i}.csv"].findings
        assert [(f.severity, f.line, f.column) for f in findings] == (
            [("reject", 10 + i, "campaign_id")] if sci else []
        )
    assert "scientific notation" in by_file["ids_0.csv"].findings[0].message
    warned = sorted(f.line for f in by_file["rates.csv"].findings)
    assert warned == [100 + i for i, (_, outside) in enumerate(RATES) if outside]  # the layout row is not judged
    assert all(f.severity == "warning" and "outside [0, 100] %" in f.message for f in by_file["rates.csv"].findings)
    assert summary[layout.name] == [3, 2]  # ID, rate and the column types; two failed


def test_valid_rows_breaking_the_rule_book_reject_their_file_as_a_landing_bug(tmp_path: Path) -> None:
    """The contract over valid rows: a row rule of the rule book (Google Ads: clicks above
    impressions), a required column, a date after today and a column type. A row that breaks one
    while it has no reject reason is a bug of the landing step: its file is rejected, never a
    silent wrong number. The same rows with their reject reason set pass."""
    layout = LAYOUTS["google_ads/campaign_report"]
    types = {c.name: c.sql_type for c in layout.columns if not c.pass_through}
    types |= {d.name: d.sql_type for d in layout.derived}
    good = {"_is_layout_row": False, "campaign_name": "Brand", "ad_date": "2026-01-01", "impressions": 10,
            "clicks": 2, "spend_amount_local": 1.5, "period_start": "2026-01-01", "period_end": "2026-01-01"}  # fmt: skip
    files = {
        "ok.csv": [dict(good, _source_line=4)],
        "clicks.csv": [dict(good, _source_line=4), dict(good, _source_line=5, clicks=11)],
        "required.csv": [dict(good, _source_line=6, campaign_name=None)],
        "rejected_row.csv": [dict(good, _source_line=4, clicks=11, _reject_reason="clicks above impressions")],
    }
    paths = [land(tmp_path, Path(n).stem, [dict(r, _source_file=n) for r in rows], types) for n, rows in files.items()]
    by_file = results_for(paths, layout.name)
    contract.validate({layout: paths}, by_file, tmp_path / "docs")
    assert {n for n, r in by_file.items() if r.status == "rejected"} == {"clicks.csv", "required.csv"}
    (clicks,) = by_file["clicks.csv"].findings
    assert (clicks.line, clicks.column) == (5, "clicks") and "landing contract" in clicks.message
    assert "clicks above impressions" in clicks.message
    (required,) = by_file["required.csv"].findings
    assert "campaign_name holds a value" in required.message
    assert by_file["ok.csv"].findings == [] and by_file["rejected_row.csv"].findings == []

    # a derived column with a closed set of values: a deal status the stage map cannot give
    deals = LAYOUTS["hubspot/deals"]
    deal_types = {c.name: c.sql_type for c in deals.columns if not c.pass_through}
    deal_types |= {d.name: d.sql_type for d in deals.derived}
    deal = {"_is_layout_row": False, "deal_id": "1", "deal_stage": "closedwon", "created_at": "2026-01-05",
            "closed_at": "2026-02-01", "amount_local": 100}  # fmt: skip
    paths = [land(tmp_path, "deals", [dict(deal, _source_file="won.csv", _source_line=2, deal_status="won"),
                                      dict(deal, _source_file="maybe.csv", _source_line=2, deal_status="maybe")],
                  deal_types)]  # fmt: skip
    by_file = results_for(paths, deals.name)
    contract.validate({deals: paths}, by_file, None)
    assert by_file["won.csv"].findings == []
    (maybe,) = by_file["maybe.csv"].findings
    assert maybe.severity == "reject" and "deal_status is one of open, won, lost" in maybe.message

    # a column of another type than the rule book's: every file of the table is rejected
    wrong = land(tmp_path, "wrong_type", [dict(good, _source_file="typed.csv", _source_line=4)],
                 {**types, "impressions": "varchar"})  # fmt: skip
    by_file = results_for([wrong], layout.name)
    contract.validate({layout: [wrong]}, by_file, None)
    typed = by_file["typed.csv"].findings
    assert typed and all(f.severity == "reject" for f in typed)
    assert any("every column of the rule book, of its type" in f.message for f in typed)


def test_data_docs_open_offline_and_the_report_links_them(tmp_path: Path) -> None:
    """The demo landing writes the Data Docs beside the validation report: an index listing every
    landed table's suites with their results, pages without a script or style sheet from the
    internet, and the report links the index."""
    landing, report = tmp_path / "landing", tmp_path / "report"
    from landing import cli

    assert cli.main(["--exports", str(DEMO), "--landing", str(landing), "--report", str(report), "--quiet"]) == 0
    site = report / DATA_DOCS
    index = (site / "index.html").read_text(encoding="utf-8")
    tables = {key for key in LAYOUTS if (landing / key).exists() and any((landing / key).glob("*.parquet"))}
    assert len(tables) >= 20
    for key in tables:
        assert f"<td>{key}</td>" in index, key
    assert "failed" not in index  # the demo passes every expectation
    pages = list(site.rglob("*.html"))
    assert len(pages) > 2 * len(tables)
    remote = re.compile(r"<(script|link)\b[^>]*(src|href)=\"https?://", re.IGNORECASE)
    assert [p for p in pages if remote.search(p.read_text(encoding="utf-8"))] == []
    for link in re.findall(r"href='([^']+)'", index):
        assert (site / link).exists(), link
    assert f"href='{DATA_DOCS}/index.html'" in (report / "validation_report.html").read_text(encoding="utf-8")
    write_report([], [], {}, tmp_path / "bare")  # a report without Data Docs does not link them
    assert DATA_DOCS not in (tmp_path / "bare" / "validation_report.html").read_text(encoding="utf-8")


def test_a_landing_with_nothing_new_does_not_load_great_expectations(tmp_path: Path) -> None:
    """The suites run over the tables with a new, changed or removed file; a landing that finds
    every export unchanged reuses their findings (the ledger) and does not import
    great-expectations (seconds of a next-day landing)."""
    code = (
        "import sys, pathlib; sys.path.insert(0, sys.argv[1]); import landing.pipeline as v; "
        "results, _, _ = v.validate_folder(pathlib.Path(sys.argv[2]), {}, pathlib.Path(sys.argv[3])); "
        "assert all(r.status == 'accepted' for r in results); "
        "print('great_expectations' in sys.modules)"
    )
    argv = [sys.executable, "-c", code, str(ROOT), str(DEMO), str(tmp_path / "landing")]
    first = subprocess.run(argv, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "True"
    again = subprocess.run(argv, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "False"
