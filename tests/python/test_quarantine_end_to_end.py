"""End to end on bad input: corpus files with bad rows are validated, landed and built by dbt
(the whole dbt build, into a throw-away DuckDB file, most tables empty). Each bad row must be in its source's quarantine
model with the reason, the reconciliation tests (raw = staged + layout + quarantined + duplicates,
money included) must pass, and the validator must predict as many quarantined rows as dbt finds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, open_warehouse

from landing import cli, pipeline  # noqa: E402
from landing.rulebook import LAYOUTS  # noqa: E402

LAYOUT_TABLES = [key.replace("/", "__") for key in LAYOUTS]

CORPUS = ROOT / "tests" / "corpus"
# (case, file inside the case) -> name in the combined folder
FILES = {
    ("negative_spend", "google_ads/campaign_report/2026-10.csv"): "google_ads/campaign_report/2026-10-a.csv",
    ("future_dates", "google_ads/campaign_report/2026-10.csv"): "google_ads/campaign_report/2026-10-b.csv",
    ("totals_rows_at_bottom", "google_ads/campaign_report/2026-10.csv"): "google_ads/campaign_report/2026-10-c.csv",
    ("missing_id", "stripe/invoices/invoices.csv"): "stripe/invoices/invoices-b.csv",
    ("nps_score_11", "surveys/nps_responses/nps.csv"): "surveys/nps_responses/nps.csv",
    ("mixed_date_formats", "social/linkedin_page/page.csv"): "social/linkedin_page/page.csv",
    ("non_ascii_names", "hubspot/contacts/contacts.csv"): "hubspot/contacts/contacts.csv",
    # schema drift: a new column, and columns in another order, must not break the build
    ("extra_column", "hubspot/deals/deals.csv"): "hubspot/deals/deals.csv",
    ("reordered_columns", "stripe/invoices/invoices.csv"): "stripe/invoices/invoices-c.csv",
}
EXPECTED_REASONS = {
    "quarantine_google_ads": {"negative spend", "period_start in the future"},
    "quarantine_stripe": {"missing invoice_id"},
    "quarantine_surveys": {"score outside 0-10"},
    "quarantine_social": {
        "stat_date not readable: date in none of the formats of this file (%m/%d/%Y, %Y-%m-%d, %Y-%m-%d %H:%M:%S …)"
    },
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, dict]:
    tmp = tmp_path_factory.mktemp("e2e")
    exports, landing, db = tmp / "exports", tmp / "landing", tmp / "e2e.duckdb"
    for (case, name), target in FILES.items():
        (exports / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS / case / name, exports / target)
    code = cli.main(["--exports", str(exports), "--landing", str(landing), "--report", str(tmp), "--quiet"])
    assert code == 0
    results, _, _ = pipeline.validate_folder(exports, {})
    env = dict(os.environ, KPI_LANDING_DIR=str(landing), KPI_DUCKDB_PATH=str(db), DBT_PROFILES_DIR=str(ROOT))
    dbt = str(Path(sys.executable).with_name("dbt"))
    for command in (["build"],):
        run = subprocess.run([dbt, *command, "--target-path", str(tmp / "target")], cwd=ROOT, env=env,
                             capture_output=True, text=True)  # fmt: skip
        assert run.returncode == 0, run.stdout[-4000:]
    predicted = {
        (r.table.replace("/", "__"), f.file, f.line, f.message.removesuffix("; the row goes to quarantine"))
        for r in results
        for f in r.findings
        if f.severity == "quarantine"
    }
    return db, predicted


def test_bad_rows_are_quarantined_with_their_reason(built) -> None:
    db, _ = built
    con = open_warehouse(str(db))
    for model, reasons in EXPECTED_REASONS.items():
        rows = con.execute(f"select _reject_reason, _raw_values, _source_file from {model}").fetchall()
        assert {r[0] for r in rows} == reasons, model
        assert all(r[1] and "=" in r[1] and r[2] for r in rows)  # raw values and the file are kept
    con.close()


def test_validator_predicts_the_quarantine_row_by_row(built) -> None:
    """The rows the validation report lists for quarantine (file, line, reason) are exactly the rows
    of dbt's quarantine models."""
    db, predicted = built
    con = open_warehouse(str(db))
    sources = {table.split("__")[0] for table in LAYOUT_TABLES}
    actual = set()
    for source in sources:
        actual |= set(
            con.execute(
                f"select raw_table, _source_file, _source_line, _reject_reason from quarantine_{source}"
            ).fetchall()
        )
    con.close()
    assert len(predicted) == 5
    assert actual == predicted


def test_quarantined_rows_never_reach_staging_and_names_pass_unchanged(built) -> None:
    db, _ = built
    con = open_warehouse(str(db))
    assert (
        con.execute("select count(*) from stg_google_ads__campaign_report where spend_amount_local < 0").fetchone()[0]
        == 0
    )
    assert con.execute("select count(*) from stg_stripe__invoices").fetchone()[0] == 1
    assert con.execute("select deal_id, amount_local from stg_hubspot__deals").fetchall() == [("1", 1440)]
    companies = {r[0] for r in con.execute("select company_name from stg_hubspot__contacts").fetchall()}
    assert companies == {"台灣雲端科技股份有限公司", "ООО «ТехноПром»", "Công ty TNHH Phần mềm Đông Á"}
    con.close()


def test_a_folder_with_one_source_builds(tmp_path: Path) -> None:
    """A user who only exports Google Ads: every other table is an empty placeholder, and the
    whole build (marts, scorecard and all their tests) still passes."""
    exports, landing, db = tmp_path / "exports", tmp_path / "landing", tmp_path / "one.duckdb"
    target = exports / "google_ads" / "campaign_report" / "2026-10.csv"
    target.parent.mkdir(parents=True)
    shutil.copy(CORPUS / "negative_spend" / "google_ads" / "campaign_report" / "2026-10.csv", target)
    assert cli.main(["--exports", str(exports), "--landing", str(landing), "--report", str(tmp_path), "--quiet"]) == 0
    env = dict(os.environ, KPI_LANDING_DIR=str(landing), KPI_DUCKDB_PATH=str(db), DBT_PROFILES_DIR=str(ROOT))
    dbt = str(Path(sys.executable).with_name("dbt"))
    run = subprocess.run(
        [dbt, "build", "--target-path", str(tmp_path / "target")], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout[-4000:]
    con = open_warehouse(str(db))
    assert con.execute("select _reject_reason from quarantine_google_ads").fetchall() == [("negative spend",)]
    assert con.execute("select sum(impressions) from kpi_paid_media_monthly").fetchone()[0] == 1053
    con.close()


def test_every_accepted_corpus_file_validator_quarantine_equals_dbt(tmp_path: Path) -> None:
    """Every file of every corpus case the validator accepts, landed together (file names prefixed
    with the case) and built by dbt: the rows the report sends to quarantine are exactly the rows
    of the quarantine models, file by file and line by line."""
    import yaml

    cases = yaml.safe_load((CORPUS / "cases.yml").read_text(encoding="utf-8"))
    exports, landing, db = tmp_path / "exports", tmp_path / "landing", tmp_path / "all.duckdb"
    encodings: dict[str, str] = {}
    copied = 0
    for case in cases:
        files = case["expect"]["files"]
        if not files or set(files.values()) != {"accepted"} or case.get("env"):
            continue  # (a case with its own settings is landed in its own corpus test)
        encodings.update(case.get("encodings") or {})
        for name in files:
            target = exports / Path(name).parent / f"{case['case']}__{Path(name).name}"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(CORPUS / case["case"] / name, target)
            copied += 1
    args = ["--exports", str(exports), "--landing", str(landing), "--report", str(tmp_path), "--quiet"]
    for table, encoding in encodings.items():
        args += ["--encoding", f"{table}={encoding}"]
    assert cli.main(args) == 0
    results, _, _ = pipeline.validate_folder(exports, encodings)
    predicted = {
        (r.table.replace("/", "__"), f.file, f.line, f.message.removesuffix("; the row goes to quarantine"))
        for r in results
        for f in r.findings
        if f.severity == "quarantine"
    }
    env = dict(os.environ, KPI_LANDING_DIR=str(landing), KPI_DUCKDB_PATH=str(db), DBT_PROFILES_DIR=str(ROOT))
    dbt = str(Path(sys.executable).with_name("dbt"))
    for command in (["seed"], ["run", "--select", "staging"]):
        run = subprocess.run([dbt, *command, "--target-path", str(tmp_path / "target")], cwd=ROOT, env=env,
                             capture_output=True, text=True)  # fmt: skip
        assert run.returncode == 0, run.stdout[-4000:]
    con = open_warehouse(str(db))
    actual = set()
    for source in {t.split("__")[0] for t in LAYOUT_TABLES}:
        actual |= set(
            con.execute(
                f"select raw_table, _source_file, _source_line, _reject_reason from quarantine_{source}"
            ).fetchall()
        )
    con.close()
    assert copied >= 20 and len(predicted) >= 5
    assert actual == predicted
