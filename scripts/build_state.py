"""Whether the next `dbt build` of a warehouse may be incremental.

    python scripts/build_state.py flags  <warehouse.duckdb>   # prints --full-refresh, or nothing;
                                                              # and forgets the record until `record`
    python scripts/build_state.py record <warehouse.duckdb>   # after a successful build

The incremental models (base_ by file, day-grain staging by key: macros/staging/incremental.sql) keep the
rows they computed; rows computed by other model code would stay as that code made them. So a build
is incremental only when the code that shapes rows (models/, macros/, seeds/reference/, seeds/definitions/,
dbt_project.yml) hashes to what the warehouse's table build_state recorded after its last build;
otherwise, or when the table is missing, the build is a full refresh. KPI_FULL_REFRESH=1 forces one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CODE = ("models", "macros", "seeds/reference", "seeds/definitions", "dbt_project.yml")


def code_fingerprint(root: Path = ROOT) -> str:
    digest = hashlib.sha256()
    for name in CODE:
        base = root / name
        for path in sorted([base] if base.is_file() else base.rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def recorded(db: Path) -> str | None:
    import duckdb

    if not db.exists():
        return None
    con = duckdb.connect(str(db), read_only=True)
    try:
        found = con.execute(
            "select 1 from information_schema.tables where table_schema = 'main' and table_name = 'build_state'"
        ).fetchall()
        return con.execute("select code_sha256 from build_state").fetchall()[0][0] if found else None
    finally:
        con.close()


def full_refresh_needed(db: Path) -> bool:
    return os.environ.get("KPI_FULL_REFRESH") == "1" or recorded(db) != code_fingerprint()


def forget(db: Path) -> None:
    """Drops the record before a build: a build that fails half-way is followed by a full refresh."""
    import duckdb

    if db.exists():
        con = duckdb.connect(str(db))
        try:
            con.execute("drop table if exists build_state")
        finally:
            con.close()


def record(db: Path) -> None:
    import duckdb

    con = duckdb.connect(str(db))
    try:
        con.execute("create or replace table build_state (code_sha256 varchar, built_at timestamp)")
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        con.execute("insert into build_state values (?, ?)", [code_fingerprint(), now])
    finally:
        con.close()


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("flags", "record"):
        print(__doc__, file=sys.stderr)
        return 2
    db = Path(argv[1])
    if argv[0] == "flags":
        print("--full-refresh" if full_refresh_needed(db) else "")
        forget(db)
    else:
        record(db)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
