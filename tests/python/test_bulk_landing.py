"""Bulk landing (DuckDB tokenizes the rows) equals row-by-row landing (Python's csv module), file by
file and row by row, on every file we have: the bad-input corpus, the real-shaped exports and the
demo world. The row reader is the reference: it is the one the corpus cases were written against,
and the bulk reader hands it every file it cannot vouch for (carriage returns, unbalanced quotes,
a last line cut short), so the two must agree wherever the bulk reader says it can read a file."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from conftest import DEMO, ROOT

from landing import bulk, pipeline, workers  # noqa: E402

FOLDERS = sorted(p for p in (ROOT / "tests" / "corpus").iterdir() if p.is_dir())
FOLDERS += sorted(p for p in (ROOT / "tests" / "real_exports").iterdir() if p.is_dir()) + [DEMO]
ROW_BY_ROW = 1 << 62  # no file is this big: every file goes row by row


def outcome(results) -> dict:
    return {
        r.file: (r.status, r.data_rows, r.layout_rows, r.quarantined_rows, sorted(f.text() for f in r.findings))
        for r in results
    }


def different_rows(con, a: Path, b: Path) -> int:
    cols = [d[0] for d in con.execute(f"select * from read_parquet('{a}') limit 0").description]
    sel = ", ".join(f'"{c}"' for c in cols if c != "_loaded_at")
    one = f"select {sel} from read_parquet('{a}')"
    two = f"select {sel} from read_parquet('{b}')"
    return con.execute(
        f"select count(*) from (({one} except all {two}) union all ({two} except all {one}))"
    ).fetchall()[0][0]


@pytest.mark.parametrize("folder", FOLDERS, ids=[f"{p.parent.name}/{p.name}" for p in FOLDERS])
def test_bulk_and_row_by_row_landing_agree(folder: Path, tmp_path: Path, monkeypatch) -> None:
    taken = []
    real = pipeline.land_bulk

    def counting(*args, **kwargs):
        real(*args, **kwargs)
        taken.append(args[1].name)

    monkeypatch.setattr(pipeline, "land_bulk", counting)
    slow, _, _ = pipeline.validate_folder(folder, {}, tmp_path / "rows", bulk_min_bytes=ROW_BY_ROW)
    assert taken == []
    fast, _, _ = pipeline.validate_folder(folder, {}, tmp_path / "bulk", bulk_min_bytes=0)
    assert outcome(fast) == outcome(slow)
    con = duckdb.connect()
    landed = sorted((tmp_path / "rows").rglob("*.parquet"))
    assert sorted(p.relative_to(tmp_path / "rows") for p in landed) == sorted(
        p.relative_to(tmp_path / "bulk") for p in (tmp_path / "bulk").rglob("*.parquet")
    )
    for path in landed:
        assert different_rows(con, path, tmp_path / "bulk" / path.relative_to(tmp_path / "rows")) == 0, path
    if folder == DEMO:
        assert len(taken) == len(fast)  # every demo file is read in bulk (none needs the row reader)


def test_files_the_bulk_reader_hands_to_the_row_reader(tmp_path: Path, monkeypatch) -> None:
    from landing.rulebook import LAYOUTS

    layout = LAYOUTS["finance/expenses"]
    head = "Month,Category,Amount\n"

    def vouches(text: str) -> bool:
        path = tmp_path / "expenses.csv"
        path.write_bytes(text.encode("utf-8"))
        return bulk.scan_csv(path, layout) is not None

    assert vouches(head + "2026-10-01,Ads,1\n")
    assert vouches(head + "2026-10-01,Ads,1")  # GA4 ends without a line end: the last row is whole
    assert not vouches(head + "2026-10-01,Ads")  # a download cut short
    assert not vouches(head + '2026-10-01,"Ads,1\n')  # an unterminated quote
    assert not vouches(head.replace("\n", "\r\n") + "2026-10-01,Ads,1\r\n")  # CRLF: line numbers are the row reader's
    monkeypatch.setattr(bulk, "MAX_LINE_CHARS", 50)
    monkeypatch.setattr(bulk, "SCAN_CHUNK", 16)
    assert not vouches(head + "2026-10-01," + "x" * 60 + ",1\n")  # a line over the cap: the row reader rejects it


# files across tables and within one (duplicates across files), rejects, the row reader's fallbacks
# (a quoted newline, a cut-off file, UTF-16) and the real-shaped exports
PARALLEL_CASES = ("duplicate_ids_across_files", "quoted_newlines_and_commas", "truncated_file", "utf16_excel_variant",
                  "missing_id", "group_a", "group_b", "group_c")  # fmt: skip
SMALL = [p for p in FOLDERS if p.name in PARALLEL_CASES]


@pytest.mark.parametrize("folder", SMALL, ids=[f"{p.parent.name}/{p.name}" for p in SMALL])
def test_landing_on_parallel_workers_equals_landing_one_file_at_a_time(folder: Path, tmp_path: Path) -> None:
    """Files land on several workers at once (largest first, KPI_LANDING_WORKERS): the findings,
    their order, the counts and every landed row are those of one worker landing file after file."""
    one, _, _ = pipeline.validate_folder(folder, {}, tmp_path / "one", bulk_min_bytes=0, workers=1)
    many, _, _ = pipeline.validate_folder(folder, {}, tmp_path / "many", bulk_min_bytes=0, workers=3)
    assert [r.file for r in many] == [r.file for r in one]
    assert [(r.file, r.findings) for r in many] == [(r.file, r.findings) for r in one]
    assert outcome(many) == outcome(one)
    con = duckdb.connect()
    landed = sorted((tmp_path / "one").rglob("*.parquet"))
    assert landed, folder
    assert sorted(p.relative_to(tmp_path / "one") for p in landed) == sorted(
        p.relative_to(tmp_path / "many") for p in (tmp_path / "many").rglob("*.parquet")
    )
    for path in landed:
        assert different_rows(con, path, tmp_path / "many" / path.relative_to(tmp_path / "one")) == 0, path


def test_landing_workers_setting(monkeypatch) -> None:
    monkeypatch.setenv("KPI_LANDING_WORKERS", "3")
    assert workers.landing_workers() == 3
    monkeypatch.delenv("KPI_LANDING_WORKERS")
    assert 1 <= workers.landing_workers() <= 4
    monkeypatch.setenv("KPI_LANDING_WORKERS", "0")
    with pytest.raises(SystemExit, match="KPI_LANDING_WORKERS"):
        workers.landing_workers()


# A Google Ads report with blank lines between its rows and above its footer: lines counted by hand.
HEADER = "Day,Campaign ID,Campaign,Campaign status,Campaign type,Currency code,Impr.,Clicks,CTR,Avg. CPC,Cost,Conversions,Conv. rate,Cost / conv."  # fmt: skip
ROW = "2026-10-{day:02d},101,Brand | TW,Enabled,Search,USD,100,2,2.00%,1.00,2.00,1.00,50.00%,2.00"
GAPPED = "\n".join([
    "Campaign report",                      # 1
    "October 1, 2026 - October 31, 2026",   # 2
    HEADER,                                 # 3
    ROW.format(day=1),                      # 4
    "",                                     # 5
    ROW.format(day=2),                      # 6
    ROW.format(day=3),                      # 7
    "",                                     # 8
    "",                                     # 9
    ROW.format(day=4),                      # 10
    "",                                     # 11
    "Total: Account, --, --, --, --,USD,400,8,2.00%,1.00,8.00,4.00,50.00%,2.00",  # 12
    "Lotus Analytics",                      # 13
]) + "\n"  # fmt: skip


def landed_lines(folder: Path, landing: Path, bulk_min_bytes: int) -> list[tuple[int, bool]]:
    results, _, _ = pipeline.validate_folder(folder, {}, landing, bulk_min_bytes=bulk_min_bytes)
    assert [r.status for r in results] != ["rejected"]
    (path,) = landing.rglob("2026-10.parquet")
    return (
        duckdb.connect()
        .execute(f"select _source_line, _is_layout_row from read_parquet('{path}') order by 1")
        .fetchall()
    )


def test_the_one_pass_bulk_reader_places_records_after_blank_lines(tmp_path: Path, monkeypatch) -> None:
    report = tmp_path / "exports" / "google_ads" / "campaign_report" / "2026-10.csv"
    report.parent.mkdir(parents=True)
    report.write_text(GAPPED, encoding="utf-8")
    expected = [(4, False), (6, False), (7, False), (10, False), (12, True), (13, True)]
    shapes = []
    real = bulk.line_shape

    def spy(*args):
        shapes.append(real(*args))
        return shapes[-1]

    monkeypatch.setattr(bulk, "line_shape", spy)
    assert landed_lines(report.parents[2], tmp_path / "rows", ROW_BY_ROW) == expected
    assert landed_lines(report.parents[2], tmp_path / "one_pass", 0) == expected
    assert shapes[-1] == bulk.LineShape(True, 6, (5, 8, 9, 11))  # 10 lines after the header
    monkeypatch.setattr(bulk, "MAX_BLANK_LINES", 3)  # too many blank lines: two passes
    assert landed_lines(report.parents[2], tmp_path / "two_pass", 0) == expected
    assert shapes[-1] == bulk.LineShape(True)


def test_a_record_count_that_disagrees_with_the_lines_leaves_records_unplaced(tmp_path: Path) -> None:
    from landing.rulebook import LAYOUTS

    layout = LAYOUTS["google_ads/campaign_report"]
    report = tmp_path / "report.csv"
    report.write_text(GAPPED, encoding="utf-8")
    tok = bulk.scan_csv(report, layout)
    con = duckdb.connect()

    def unplaced(shape) -> int:
        sql = bulk.bulk_rows_sql(report.as_posix(), tok, layout, shape=shape)
        return con.execute(f"select count(*) filter (where _source_line is null) from ({sql})").fetchall()[0][0]

    assert unplaced(bulk.LineShape(True, 6, (5, 8, 9, 11))) == 0
    assert unplaced(bulk.LineShape(True, 5, (5, 8, 9, 11))) == 1  # a record beyond the lines
    assert unplaced(bulk.LineShape(True, 7, (5, 8, 9, 11))) == 1  # a line without its record
