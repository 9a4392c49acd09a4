"""Bulk landing (DuckDB tokenizes the rows) equals row-by-row landing (Python's csv module), file by
file and row by row, on every file we have: the bad-input corpus, the real-shaped exports and the
demo world. The row reader is the reference: it is the one the corpus cases were written against,
and the bulk reader hands it every file it cannot vouch for (carriage returns, unbalanced quotes,
a last line cut short), so the two must agree wherever the bulk reader says it can read a file."""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import pytest
from conftest import DEMO, ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import validate_exports  # noqa: E402

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
    real = validate_exports.land_bulk

    def counting(*args, **kwargs):
        real(*args, **kwargs)
        taken.append(args[1].name)

    monkeypatch.setattr(validate_exports, "land_bulk", counting)
    slow, _, _ = validate_exports.validate_folder(folder, {}, tmp_path / "rows", bulk_min_bytes=ROW_BY_ROW)
    assert taken == []
    fast, _, _ = validate_exports.validate_folder(folder, {}, tmp_path / "bulk", bulk_min_bytes=0)
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


def test_files_the_bulk_reader_hands_to_the_row_reader() -> None:
    from export_reader import Tokenized, bulk_ready

    tok = Tokenized("utf-8", ",", [], ["a", "b", "c"], 1, {})
    assert bulk_ready("a,b,c\n1,2,3\n", tok)
    assert bulk_ready("a,b,c\n1,2,3", tok)  # GA4 ends without a line end: the last row is whole
    assert not bulk_ready("a,b,c\n1,2", tok)  # a download cut short
    assert not bulk_ready('a,b,c\n1,"2,3\n', tok)  # an unterminated quote
    assert not bulk_ready("a,b,c\r\n1,2,3\r\n", tok)  # CRLF: line numbers are the row reader's


# files across tables and within one (duplicates across files), rejects, the row reader's fallbacks
# (a quoted newline, a cut-off file, UTF-16) and the real-shaped exports
PARALLEL_CASES = ("duplicate_ids_across_files", "quoted_newlines_and_commas", "truncated_file", "utf16_excel_variant",
                  "missing_id", "group_a", "group_b", "group_c")  # fmt: skip
SMALL = [p for p in FOLDERS if p.name in PARALLEL_CASES]


@pytest.mark.parametrize("folder", SMALL, ids=[f"{p.parent.name}/{p.name}" for p in SMALL])
def test_landing_on_parallel_workers_equals_landing_one_file_at_a_time(folder: Path, tmp_path: Path) -> None:
    """Files land on several workers at once (largest first, KPI_LANDING_WORKERS): the findings,
    their order, the counts and every landed row are those of one worker landing file after file."""
    one, _, _ = validate_exports.validate_folder(folder, {}, tmp_path / "one", bulk_min_bytes=0, workers=1)
    many, _, _ = validate_exports.validate_folder(folder, {}, tmp_path / "many", bulk_min_bytes=0, workers=3)
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
    assert validate_exports.landing_workers() == 3
    monkeypatch.delenv("KPI_LANDING_WORKERS")
    assert 1 <= validate_exports.landing_workers() <= 4
    monkeypatch.setenv("KPI_LANDING_WORKERS", "0")
    with pytest.raises(SystemExit, match="KPI_LANDING_WORKERS"):
        validate_exports.landing_workers()
