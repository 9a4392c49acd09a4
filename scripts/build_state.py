"""What the next `dbt build` of a warehouse must do: a full refresh, an incremental build of
everything, or an incremental build of only what the newly landed exports feed.

    python scripts/build_state.py flags  <warehouse.duckdb> [--changed-only]
        # prints the dbt arguments: --full-refresh; or nothing (everything, incrementally); or,
        # with --changed-only, --select <the changed landed tables and everything downstream>
        # --exclude-resource-type unit_test;
        # or the word NOTHING when nothing landed since the last build. Then forgets the record
        # until `record`, so a build that fails half-way is followed by a full refresh (before a
        # full refresh, removes the file: the build starts a new one).
    python scripts/build_state.py record <warehouse.duckdb>   # after a successful build
    python scripts/build_state.py build  <warehouse.duckdb> [--changed-only] [-- <dbt args>]
        # the whole sequence (build()): says what it does, flags, dbt build, record; exits as dbt

The incremental models (base_ by file, day-grain staging by key: macros/staging/incremental.sql) keep the
rows they computed; rows computed by other model code would stay as that code made them. So a build
is incremental only when the code that shapes rows (models/, macros/, seeds/reference/, seeds/definitions/,
dbt_project.yml) and the settings (the vars as dbt resolves them, environment and KPI_DBT_VARS
included) hash to what the warehouse's table build_state recorded after its last build;
otherwise, or when the table is missing, the build is a full refresh. KPI_FULL_REFRESH=1 forces one.

The record also holds a fingerprint of each landed table (its Parquet files' names, sizes and
modification times under KPI_LANDING_DIR): the landing step rewrites a table's Parquet only when an
export of it is new, changed or gone. With --changed-only, a table whose fingerprint is the one
recorded feeds models that would compute the same rows and tests that would give the same verdicts,
so only the changed tables' downstream models and tests are built (`source:<source>.<table>+`),
and the calendar models (they extend to a year after today) when the day changed since. Not the
tests that read none of those (dbt unit tests on fixed rows, a singular test that reads only
unchanged models or none): their verdicts depend on code that has not changed since the recorded
build ran them. When a dbt test (any .sql file under tests/, tests/generic/) was added or changed
since the recorded build, everything is built and tested.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CODE = ("models", "macros", "seeds/reference", "seeds/definitions", "dbt_project.yml")
# dbt's own tests (singular and generic): when they changed, the next build runs every test
TEST_CODE = ("tests/generic",)
# models that read the current date: rebuilt (with everything downstream) when the day changed
CLOCK_MODELS = ("int_calendar__days", "int_calendar__months")
NOTHING = "NOTHING"
NO_UNIT_TESTS = ["--exclude-resource-type", "unit_test"]


def code_fingerprint(root: Path = ROOT, parts: tuple[str, ...] = CODE) -> str:
    digest = hashlib.sha256()
    for name in parts:
        base = root / name
        for path in sorted([base] if base.is_file() else base.rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def settings_fingerprint() -> str:
    """The vars as dbt resolves them (dbt_project.yml, their environment variables, KPI_DBT_VARS:
    landing/settings.py): a build whose settings changed (another reporting currency) rebuilds
    every row, as a code change does."""
    sys.path.insert(0, str(ROOT))
    from landing.settings import project_vars

    return hashlib.sha256(json.dumps(project_vars(), sort_keys=True, default=str).encode()).hexdigest()


def test_fingerprint(root: Path = ROOT) -> str:
    """The dbt tests' code: tests/generic/ and the singular tests (every other .sql file under tests/,
    in any subfolder, as dbt finds them)."""
    generic = root / TEST_CODE[0]
    singular = tuple(
        p.relative_to(root).as_posix() for p in sorted((root / "tests").rglob("*.sql")) if generic not in p.parents
    )
    return code_fingerprint(root, TEST_CODE + singular)


def landing_dir() -> Path:
    path = Path(os.environ.get("KPI_LANDING_DIR", "warehouse/landing"))
    return path if path.is_absolute() else ROOT / path


def landed_tables(landing: Path) -> dict[str, str]:
    """{source.table: fingerprint of its landed Parquet files}."""
    out = {}
    for table in sorted(p for p in landing.glob("*/*") if p.is_dir() and not p.parent.name.startswith("_")):
        digest = hashlib.sha256()
        for f in sorted(table.glob("*.parquet")):
            st = f.stat()
            digest.update(f"{f.name}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
        out[f"{table.parent.name}.{table.name}"] = digest.hexdigest()
    return out


def recorded(db: Path) -> dict | None:
    """The record of the warehouse's last successful build: code, tables, built_at (None if none)."""
    import duckdb

    if not db.exists():
        return None
    con = duckdb.connect(str(db), read_only=True)
    try:
        columns = [
            r[0]
            for r in con.execute(
                "select column_name from information_schema.columns "
                "where table_schema = 'main' and table_name = 'build_state'"
            ).fetchall()
        ]
        if not columns:
            return None
        row = con.execute(f"select {', '.join(columns)} from build_state").fetchall()[0]
        found = dict(zip(columns, row, strict=True))
        found["landed_tables"] = json.loads(found.get("landed_tables") or "{}")
        return found
    finally:
        con.close()


def full_refresh_needed(db: Path) -> bool:
    if os.environ.get("KPI_FULL_REFRESH") == "1":
        return True
    found = recorded(db)
    return (
        found is None
        or found["code_sha256"] != code_fingerprint()
        or found.get("settings_sha256") != settings_fingerprint()
    )


def changed_selection(db: Path, landing: Path) -> list[str] | None:
    """dbt selectors of what the exports landed since the last build feed: None when a full refresh
    is needed, [] when nothing changed."""
    if full_refresh_needed(db):
        return None
    found = recorded(db)
    before, now = found["landed_tables"], landed_tables(landing)
    changed = sorted(t for t in before.keys() | now.keys() if before.get(t) != now.get(t))
    selectors = [f"source:{t}+" for t in changed]
    if found["built_at"].date() != dt.datetime.now(dt.UTC).date():
        selectors += [f"{m}+" for m in CLOCK_MODELS]
    # The tests outside what the selectors reach read only unchanged tables, seeds and macros (the
    # unchanged code): their verdicts are those of the recorded build, as for the unit tests. That
    # includes a singular test that reads no model (tests/ratio_macro_contract.sql): it tests code.
    return selectors


def build_flags(db: Path, changed_only: bool, landing: Path | None = None) -> list[str]:
    """The dbt build arguments for the next build (['NOTHING'] when there is nothing to build)."""
    if full_refresh_needed(db):
        return ["--full-refresh"]
    if not changed_only or recorded(db).get("test_sha256") != test_fingerprint():
        return []  # everything (incrementally); also when a dbt test was added or changed
    selectors = changed_selection(db, landing or landing_dir())
    # dbt unit tests run on fixed input rows: their verdicts depend on the code alone, which is the
    # code they passed on in the recorded build (a code change means a full build, every test)
    return ["--select", *selectors, *NO_UNIT_TESTS] if selectors else [NOTHING]


def forget(db: Path, full_refresh: bool = False) -> None:
    """Drops the record before a build: a build that fails half-way is followed by a full refresh.
    Before a full refresh, the file itself: the build starts a new one, so no relation that older
    model code made stays behind (a mart moved to another schema, a model removed), and the file
    takes the storage format the profile sets (config_options in profiles.yml), which only applies
    to a file DuckDB creates. A reader that has the old file open keeps reading it until it closes."""
    import duckdb

    if full_refresh:
        for path in (db, Path(f"{db}.wal")):
            path.unlink(missing_ok=True)
    elif db.exists():
        con = duckdb.connect(str(db))
        try:
            con.execute("drop table if exists build_state")
        finally:
            con.close()


def record(db: Path, landing: Path | None = None) -> None:
    import duckdb

    sys.path.insert(0, str(ROOT))
    from landing.settings import reporting_currency

    tables = json.dumps(landed_tables(landing or landing_dir()), sort_keys=True)
    con = duckdb.connect(str(db))
    try:
        con.execute(
            "create or replace table build_state (code_sha256 varchar, test_sha256 varchar, built_at timestamp, "
            "landed_tables varchar, settings_sha256 varchar, reporting_currency varchar)"
        )
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        values = [code_fingerprint(), test_fingerprint(), now, tables, settings_fingerprint(), reporting_currency()]
        con.execute("insert into build_state values (?, ?, ?, ?, ?, ?)", values)
    finally:
        con.close()


def describe(flags: list[str]) -> str:
    """What a build with these flags does, in words (./scripts/build and the runner print it)."""
    if flags == ["--full-refresh"]:
        return "full refresh build: a new warehouse, model code or settings changed since its last build, or KPI_FULL_REFRESH=1"
    if flags == [NOTHING]:
        return "nothing landed since the last build: the warehouse is current, no model to rebuild, no test to rerun"
    if flags and flags[0] == "--select":
        return "incremental build of only what the changed exports feed: " + " ".join(flags[1:])
    return "incremental build: only the exports landed since the last build are read"


def build(db: Path, changed_only: bool, landing: Path | None, dbt_args: list[str], run, say) -> tuple[list[str], int]:
    """The one build sequence of ./scripts/build, ./scripts/test and the scheduled runner: decide
    the flags and say what the build does (say: str -> None); with nothing to build, stop (0); else
    forget the record, `dbt build` through run (argv -> exit code; the settings of KPI_DBT_VARS
    given as --vars, as the landing step reads them) and record the build when dbt succeeded.
    Returns the flags and dbt's exit code."""
    flags = build_flags(db, changed_only, landing)
    say(describe(flags))
    if flags == [NOTHING]:
        return flags, 0
    forget(db, flags == ["--full-refresh"])
    settings = ["--vars", os.environ["KPI_DBT_VARS"]] if os.environ.get("KPI_DBT_VARS") else []
    dbt = str(Path(sys.executable).with_name("dbt"))
    code = run([dbt, "build", *flags, *settings, *dbt_args])
    if code == 0:
        record(db, landing)
    return flags, code


def run_here(argv: list[str]) -> int:
    """dbt in this process's terminal (./scripts/build pipes it through scripts/dbt_progress.py)."""
    import subprocess

    return subprocess.call(argv, cwd=ROOT)


def main(argv: list[str]) -> int:
    dbt_args = argv[argv.index("--") + 1 :] if "--" in argv else []
    argv = argv[: argv.index("--")] if "--" in argv else argv
    if len(argv) < 2 or argv[0] not in ("flags", "record", "build") or set(argv[2:]) - {"--changed-only"}:
        print(__doc__, file=sys.stderr)
        return 2
    db = Path(argv[1])
    if argv[0] == "build":

        def say(text: str) -> None:
            print(f"    {text}", flush=True)
            if text != describe([NOTHING]):
                print("    dbt: parsing the project (a minute or so on a fresh clone), then building; full log: "
                      "logs/dbt.log", flush=True)  # fmt: skip

        return build(db, "--changed-only" in argv[2:], None, dbt_args, run_here, say)[1]
    if argv[0] == "flags":
        flags = build_flags(db, "--changed-only" in argv[2:])
        print(" ".join(flags))
        if flags != [NOTHING]:
            forget(db, flags == ["--full-refresh"])
    else:
        record(db)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
