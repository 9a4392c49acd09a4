"""The scheduled run: validate and land the exports, check their freshness, build and test the
warehouse in a separate working copy, and publish it atomically over the file BI tools read.

    ./scripts/run_scheduled                      # the wrapper: set-up, then this script
    .venv/bin/python scripts/run_scheduled.py --exports /srv/exports

One run at a time (a lock); BI readers of the published warehouse are never blocked and never see
a half-built one (the build writes another file, renamed over the published one only when every
error-severity test passed); every run is recorded (warehouse/runs/history.jsonl, and the tables
run_history and published_build in the published warehouse); each run's log is kept in
warehouse/runs/<run id>/ for the last --keep-runs runs.

Exit codes (see EXIT_CODES): 0 published, 3 another run holds the lock, 4 exports rejected,
5 stale exports (a source past its freshness error threshold), 6 error-severity tests failed,
7 a model or seed failed to build, 8 terminated by a signal, 1 anything else.
"""

from __future__ import annotations

import argparse
import ctypes
import datetime as dt
import fcntl
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import build_state  # noqa: E402

OK, FAILED, LOCK_HELD, REJECTED, STALE, TESTS_FAILED, BUILD_FAILED, TERMINATED = 0, 1, 3, 4, 5, 6, 7, 8
EXIT_CODES = {
    OK: "published",
    FAILED: "failed",
    LOCK_HELD: "lock_held",
    REJECTED: "rejected_exports",
    STALE: "stale_exports",
    TESTS_FAILED: "tests_failed",
    BUILD_FAILED: "build_failed",
    TERMINATED: "terminated",
}

HISTORY_COLUMNS = {
    "run_id": "varchar",
    "started_at": "timestamp",
    "ended_at": "timestamp",
    "status": "varchar",
    "exit_code": "integer",
    "exports_dir": "varchar",
    "exports_seen": "integer",
    "files_accepted": "integer",
    "files_rejected": "integer",
    "rows_landed": "bigint",
    "rows_quarantined": "bigint",
    "stale_warnings": "varchar",
    "stale_errors": "varchar",
    "models_run": "integer",
    "tests_run": "integer",
    "tests_warned": "integer",
    "failures": "varchar",
    "warehouse_bytes": "bigint",
    "build_seconds": "double",
    "publish_seconds": "double",
    "message": "varchar",
}


class Terminated(Exception):
    """Raised in the main thread when SIGTERM / SIGINT / SIGHUP arrives."""


class RunFailed(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Run:
    run_id: str
    started_at: str
    exports_dir: str
    status: str = "running"
    exit_code: int | None = None
    ended_at: str | None = None
    exports_seen: int | None = None
    files_accepted: int | None = None
    files_rejected: int | None = None
    rows_landed: int | None = None
    rows_quarantined: int | None = None
    stale_warnings: str | None = None
    stale_errors: str | None = None
    models_run: int | None = None
    tests_run: int | None = None
    tests_warned: int | None = None
    failures: str | None = None
    warehouse_bytes: int | None = None
    build_seconds: float | None = None
    publish_seconds: float | None = None
    message: str | None = None
    pid: int = field(default_factory=os.getpid)

    def record(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k in HISTORY_COLUMNS}


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def stamp(t: dt.datetime | None = None) -> str:
    return (t or now()).strftime("%Y-%m-%d %H:%M:%S")


class Log:
    """Prints to stdout and appends to the run's log file, each line with the time."""

    def __init__(self) -> None:
        self.fh = None

    def open(self, path: Path) -> None:
        self.fh = open(path, "a", encoding="utf-8")

    def __call__(self, text: str, raw: bool = False) -> None:
        line = text if raw else f"{dt.datetime.now():%H:%M:%S} {text}"
        print(line, flush=True)
        if self.fh:
            self.fh.write(line + "\n")
            self.fh.flush()

    def close(self) -> None:
        if self.fh:
            self.fh.close()
            self.fh = None


log = Log()


# -- the lock ---------------------------------------------------------------------------------------


class Lock:
    """An exclusive flock on runs/runner.lock. The kernel releases it when the holder dies, however
    it dies, so a lock left by a killed run is free; the file still names that run, which tells the
    next run to record it as killed and clean its working copy."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None
        self.previous: dict = {}

    def acquire(self, run: Run) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.previous = self._read(fd)
            os.close(fd)
            return False
        self.previous = self._read(fd)
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps({"run_id": run.run_id, "pid": run.pid, "host": socket.gethostname(),
                                  "started_at": run.started_at}).encode(), 0)  # fmt: skip
        os.fsync(fd)
        self.fd = fd
        return True

    @staticmethod
    def _read(fd: int) -> dict:
        try:
            return json.loads(os.pread(fd, 4096, 0).decode() or "{}")
        except (ValueError, OSError):
            return {}

    def release(self) -> None:
        if self.fd is not None:
            os.ftruncate(self.fd, 0)
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None


# -- the steps --------------------------------------------------------------------------------------


def _die_with_parent() -> None:
    """In the child: SIGKILL it when the runner dies (even by SIGKILL), so no orphaned dbt writes on."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:
        pass


class Steps:
    def __init__(self, args: argparse.Namespace, run: Run, work: Path, target: Path, run_dir: Path) -> None:
        self.args = args
        self.run = run
        self.work = work
        self.target = target
        self.run_dir = run_dir
        # kept between runs, with its ledger: an unchanged export is not landed again
        self.landing = work.parent / "landing"
        self.child: subprocess.Popen | None = None
        self.env = dict(
            os.environ,
            DBT_PROFILES_DIR=str(ROOT),
            DBT_SEND_ANONYMOUS_USAGE_STATS="false",
            DBT_USE_COLORS="false",
            DBT_LOG_PATH=str(run_dir),
            KPI_LANDING_DIR=str(self.landing),
            KPI_DUCKDB_PATH=str(work / "kpi.duckdb"),
            KPI_EXPORTS_DIR=str(args.exports),
        )
        self.bin = Path(sys.executable).parent

    def call(self, argv: list[str]) -> int:
        """Runs a step's command, its output streamed to the console and the run log."""
        self.child = subprocess.Popen(
            argv, cwd=ROOT, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            bufsize=1, start_new_session=True, preexec_fn=_die_with_parent,
        )  # fmt: skip
        assert self.child.stdout is not None
        for line in self.child.stdout:
            log("    " + line.rstrip("\n"), raw=True)
        code = self.child.wait()
        self.child = None
        return code

    def stop_child(self) -> None:
        if self.child and self.child.poll() is None:
            os.killpg(self.child.pid, signal.SIGTERM)
            try:
                self.child.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.child.pid, signal.SIGKILL)

    def validate_and_land(self) -> dict:
        argv = [sys.executable, "-m", "landing", "--exports", str(self.args.exports),
                "--landing", str(self.landing), "--report", str(self.work / "validation")]  # fmt: skip
        code = self.call(argv)
        summary_path = self.work / "validation" / "validation_summary.json"
        if code not in (0, 1) or not summary_path.exists():
            raise RunFailed(FAILED, f"export validation failed to run (exit {code})")
        summary = json.loads(summary_path.read_text(encoding="utf-8"))
        accepted = [r for r in summary["results"] if r["status"] == "accepted"]
        self.run.exports_seen = summary["files"]
        self.run.files_accepted = summary["accepted"]
        self.run.files_rejected = summary["rejected"]
        self.run.rows_landed = sum(r["data_rows"] - r["quarantined_rows"] for r in accepted)
        self.run.rows_quarantined = summary["quarantined_rows"]
        shutil.copytree(self.work / "validation", self.run_dir / "validation")
        if summary["rejected"] and not self.args.allow_rejected:
            names = [r["file"] for r in summary["results"] if r["status"] == "rejected"]
            raise RunFailed(REJECTED, f"{len(names)} export(s) rejected: {', '.join(names[:10])} (see "
                            f"{self.run_dir / 'validation' / 'validation_report.html'}; --allow-rejected builds without them)")  # fmt: skip
        return summary

    def freshness(self, summary: dict) -> dict:
        """dbt source freshness over the tables that have an export (a table left out is not stale)."""
        tables = sorted({r["table"] for r in summary["results"] if r["status"] == "accepted"})
        if not tables:
            raise RunFailed(REJECTED, "no accepted export in the exports folder: nothing to build")
        sys.path.insert(0, str(ROOT))
        from landing.settings import source_enabled  # a source switched off is not read: not checked

        select = [f"source:{t.replace('/', '.')}" for t in tables if source_enabled(t.split("/")[0])]
        if not select:
            return {"data_as_of": None, "exports_newest_at": None}
        code = self.call([str(self.bin / "dbt"), "source", "freshness", "--target-path", str(self.target),
                          "--output", str(self.target / "sources.json"), "--select", *select])  # fmt: skip
        path = self.target / "sources.json"
        if not path.exists():
            raise RunFailed(FAILED, f"dbt source freshness failed to run (exit {code})")
        results = json.loads(path.read_text(encoding="utf-8"))["results"]
        shutil.copy2(path, self.run_dir / "sources.json")
        by_status: dict[str, list[str]] = {}
        for r in results:
            by_status.setdefault(r["status"], []).append(r["unique_id"].removeprefix("source.kpi_warehouse."))
        self.run.stale_warnings = ", ".join(sorted(by_status.get("warn", []))) or None
        errors = sorted(by_status.get("error", []) + by_status.get("runtime error", []))
        self.run.stale_errors = ", ".join(errors) or None
        if self.run.stale_warnings:
            log(f"WARNING: exports older than their warn threshold: {self.run.stale_warnings}")
        if errors:
            raise RunFailed(STALE, f"exports older than their error threshold (freshness in the sources YAML): "
                            f"{', '.join(errors)}; download newer exports (or run with --skip-freshness)")  # fmt: skip
        newest = sorted(utc_text(r["max_loaded_at"]) for r in results if r.get("max_loaded_at"))
        return {"data_as_of": newest[0] if newest else None, "exports_newest_at": newest[-1] if newest else None}

    def build(self) -> None:
        """dbt build into the working copy, which starts as a copy of the published warehouse so the
        incremental models only read what landed since (a full refresh when the model code changed)."""
        started = time.monotonic()
        db = self.work / "kpi.duckdb"
        if self.args.warehouse.exists():
            shutil.copy2(self.args.warehouse, db)
        flags, code = build_state.build(db, True, self.landing, ["--target-path", str(self.target)], self.call,
                                        lambda text: log(f"      {text}"))  # fmt: skip
        if flags == [build_state.NOTHING]:
            self.run.models_run, self.run.tests_run, self.run.tests_warned = 0, 0, 0
            self.run.build_seconds = round(time.monotonic() - started, 1)
            return
        self.run.build_seconds = round(time.monotonic() - started, 1)
        path = self.target / "run_results.json"
        if not path.exists():
            raise RunFailed(BUILD_FAILED, f"dbt build failed before running any node (exit {code})")
        shutil.copy2(path, self.run_dir / "run_results.json")
        outcome = classify(json.loads(path.read_text(encoding="utf-8"))["results"])
        self.run.models_run, self.run.tests_run, self.run.tests_warned = (
            outcome["models_run"], outcome["tests_run"], outcome["tests_warned"])  # fmt: skip
        self.run.failures = "; ".join(outcome["build_errors"] + outcome["test_failures"]) or None
        skipped = f" ({outcome['skipped']} node(s) after them skipped)" if outcome["skipped"] else ""
        if outcome["build_errors"]:
            names = "; ".join(outcome["build_errors"][:10])
            raise RunFailed(BUILD_FAILED, f"{len(outcome['build_errors'])} node(s) failed to build{skipped}: {names}")
        if outcome["test_failures"]:
            names = "; ".join(outcome["test_failures"][:10])
            raise RunFailed(
                TESTS_FAILED, f"{len(outcome['test_failures'])} error-severity test(s) failed{skipped}: {names}"
            )
        if code != 0:
            raise RunFailed(BUILD_FAILED, f"dbt build exited {code}")


TESTS = ("test", "unit_test")


def classify(results: list[dict]) -> dict:
    """What a dbt build's run_results say: a model, seed or snapshot in error is a build failure; a
    test that fails (or errors) at error severity is a test failure; nodes dbt skipped because of
    either are their consequence, counted apart; warn-severity tests only warn."""
    kind = [r["unique_id"].split(".")[0] for r in results]
    return {
        "models_run": sum(1 for k in kind if k == "model"),
        "tests_run": sum(1 for k in kind if k in TESTS),
        "tests_warned": sum(1 for r in results if r["status"] == "warn"),
        "build_errors": [
            r["unique_id"] for r, k in zip(results, kind, strict=True) if k not in TESTS and r["status"] == "error"
        ],
        "test_failures": [
            r["unique_id"]
            for r, k in zip(results, kind, strict=True)
            if k in TESTS and r["status"] in ("fail", "error")
        ],
        "skipped": sum(1 for r in results if r["status"] == "skipped"),
    }


# -- history and publishing -------------------------------------------------------------------------


def read_history(path: Path) -> list[dict]:
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            rows.append(json.loads(line))
        except ValueError:
            continue  # a line cut short by a kill mid-write
    return rows


def append_history(path: Path, record: dict) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def published_build_id(warehouse: Path) -> str | None:
    import duckdb

    if not warehouse.exists():
        return None
    try:
        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            return con.execute("select build_id from published_build").fetchone()[0]
        finally:
            con.close()
    except duckdb.Error:
        return None


def record_unfinished(runs: Path, warehouse: Path, previous: dict) -> None:
    """A run named in the lock file whose log says it is still running died without cleaning up
    (SIGKILL, power loss): record it, as published if the published warehouse is its build."""
    run_id = previous.get("run_id")
    state = runs / str(run_id) / "run.json" if run_id else None
    if not state or not state.exists():
        return
    record = json.loads(state.read_text(encoding="utf-8"))
    if record.get("status") != "running":
        return
    if published_build_id(warehouse) == run_id:
        record.update(status="published", exit_code=OK, message="published; the run was killed before it wrote its history")  # fmt: skip
    else:
        record.update(status="killed", exit_code=None, ended_at=None,
                      message=f"ended without finishing (pid {previous.get('pid')} no longer runs); lock taken over")  # fmt: skip
    state.write_text(json.dumps(record), encoding="utf-8")
    append_history(runs / "history.jsonl", {k: v for k, v in record.items() if k in HISTORY_COLUMNS})
    log(f"NOTE: run {run_id} (pid {previous.get('pid')}) ended without finishing; recorded as {record['status']}, lock taken over")  # fmt: skip


def write_run_tables(db: Path, history: list[dict], build: dict) -> None:
    """run_history (every run so far, this one included) and published_build (one row) in the copy."""
    import duckdb

    con = duckdb.connect(str(db))
    try:
        cols = ", ".join(f"{name} {kind}" for name, kind in HISTORY_COLUMNS.items())
        con.execute(f"create or replace table run_history ({cols})")
        marks = ", ".join("?" for _ in HISTORY_COLUMNS)
        rows = [[r.get(name) for name in HISTORY_COLUMNS] for r in history]
        if rows:
            con.executemany(f"insert into run_history values ({marks})", rows)
        con.execute(
            """create or replace table published_build as select
                cast(? as varchar) as build_id, cast(? as timestamp) as published_at,
                cast(? as timestamp) as started_at, cast(? as timestamp) as data_as_of,
                cast(? as timestamp) as exports_newest_at, cast(? as varchar) as exports_dir,
                cast(? as integer) as exports_seen, cast(? as bigint) as rows_landed,
                cast(? as bigint) as rows_quarantined, cast(? as integer) as tests_run,
                cast(? as integer) as tests_warned""",
            [build[k] for k in ("build_id", "published_at", "started_at", "data_as_of", "exports_newest_at",
                                "exports_dir", "exports_seen", "rows_landed", "rows_quarantined", "tests_run",
                                "tests_warned")],
        )  # fmt: skip
        con.execute("checkpoint")
    finally:
        con.close()


def publish(work_db: Path, warehouse: Path) -> None:
    """os.replace: atomic on one filesystem. A reader that opened the old file keeps reading it; the
    next open reads the new one; there is never a moment without a complete file at the path."""
    if Path(str(work_db) + ".wal").exists():
        raise RunFailed(FAILED, f"{work_db}.wal exists after the build closed: not publishing a file mid-write")
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    os.replace(work_db, warehouse)


def replace_dir(new: Path, target: Path) -> None:
    old = target.with_name(target.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    shutil.copytree(new, target)
    shutil.rmtree(old, ignore_errors=True)


def prune_runs(runs: Path, keep: int) -> None:
    dirs = sorted(p for p in runs.iterdir() if p.is_dir() and (p / "run.json").exists())
    for old in dirs[: max(len(dirs) - keep, 0)]:
        shutil.rmtree(old, ignore_errors=True)


# -- the run ----------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="exit codes: " + ", ".join(f"{k} {v}" for k, v in EXIT_CODES.items()))  # fmt: skip
    env = os.environ.get
    parser.add_argument("--exports", type=Path, default=Path(env("KPI_EXPORTS_DIR", ROOT / "seeds" / "demo_exports")),
                        help="the folder of exports (default KPI_EXPORTS_DIR, else the bundled demo exports)")  # fmt: skip
    parser.add_argument("--warehouse", type=Path, default=Path(env("KPI_DUCKDB_PATH", "warehouse/kpi.duckdb")),
                        help="the published warehouse BI tools read (default KPI_DUCKDB_PATH or warehouse/kpi.duckdb)")  # fmt: skip
    parser.add_argument("--runs-dir", type=Path, default=Path(env("KPI_RUNS_DIR", "warehouse/runs")),
                        help="lock, history.jsonl and one log folder per run (default warehouse/runs)")  # fmt: skip
    parser.add_argument("--keep-runs", type=int, default=int(env("KPI_KEEP_RUNS", "30")),
                        help="log folders kept (default 30, KPI_KEEP_RUNS); history.jsonl keeps every run")  # fmt: skip
    parser.add_argument("--allow-rejected", action="store_true", default=env("KPI_ALLOW_REJECTED", "0") == "1",
                        help="build without the rejected files instead of stopping (KPI_ALLOW_REJECTED=1)")  # fmt: skip
    parser.add_argument(
        "--skip-freshness", action="store_true", help="do not fail on exports past their error threshold"
    )
    args = parser.parse_args(argv)
    for name in ("exports", "warehouse", "runs_dir"):
        path = getattr(args, name)
        setattr(args, name, (path if path.is_absolute() else ROOT / path).resolve())
    return args


SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


def utc_text(value: str | None) -> str | None:
    """dbt's '2026-12-01T10:00:00+00:00' as a UTC 'YYYY-MM-DD HH:MM:SS'."""
    if not value:
        return None
    parsed = dt.datetime.fromisoformat(value)
    return stamp(parsed.astimezone(dt.UTC) if parsed.tzinfo else parsed)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = now()
    run = Run(
        run_id=f"{started:%Y%m%dT%H%M%SZ}-{os.getpid()}", started_at=stamp(started), exports_dir=str(args.exports)
    )
    runs = args.runs_dir
    lock = Lock(runs / "runner.lock")
    if not lock.acquire(run):
        held = lock.previous
        print(f"run_scheduled: another run holds the lock ({runs / 'runner.lock'}): run {held.get('run_id')}, "
              f"pid {held.get('pid')}, started {held.get('started_at')} UTC; exiting (exit {LOCK_HELD})", file=sys.stderr)  # fmt: skip
        return LOCK_HELD
    work_root = args.warehouse.parent / ".runner"
    work = work_root / "work"  # a stable path (and target folder), so dbt's partial parse is reused
    run_dir = runs / run.run_id
    steps = Steps(args, run, work, work_root / "target", run_dir)
    code = FAILED

    def on_signal(signum: int, _frame) -> None:
        raise Terminated(signal.Signals(signum).name)

    for sig in SIGNALS:
        signal.signal(sig, on_signal)
    try:
        run_dir.mkdir(parents=True)
        log.open(run_dir / "run.log")
        (run_dir / "run.json").write_text(json.dumps(asdict(run)), encoding="utf-8")
        log(f"run {run.run_id}: exports {args.exports} -> published warehouse {args.warehouse}")
        record_unfinished(runs, args.warehouse, lock.previous)
        shutil.rmtree(work, ignore_errors=True)  # the working copy of a killed run
        work.mkdir(parents=True)
        for stale in ("run_results.json", "sources.json"):
            (steps.target / stale).unlink(missing_ok=True)
        build_steps(args, run, steps, work, runs)
        code = OK
    except RunFailed as exc:
        code = exc.code
        run.message = str(exc)
        log(f"FAILED ({EXIT_CODES[code]}): {exc}; the published warehouse is unchanged")
    except Terminated as exc:
        code = TERMINATED
        run.message = f"terminated by {exc}"
        steps.stop_child()
        log(f"TERMINATED by {exc}: the published warehouse is unchanged")
    except Exception as exc:
        run.message = f"{type(exc).__name__}: {exc}"
        log(f"FAILED: {run.message}")
        raise  # the traceback, and exit 1
    finally:
        end_run(args, run, code, started, run_dir, work, runs)
        lock.release()
    return code


def build_steps(args: argparse.Namespace, run: Run, steps: Steps, work: Path, runs: Path) -> None:
    """Steps 1-3 into the working copy (validate and land, freshness, dbt build), then step 4."""
    timed = Timer()
    with timed("[1/4] validate and land the exports"):
        summary = steps.validate_and_land()
    log(f"      {run.exports_seen} files, {run.files_accepted} accepted, {run.files_rejected} rejected, "
        f"{run.rows_landed:,} rows landed, {run.rows_quarantined:,} quarantined")  # fmt: skip
    with timed("[2/4] dbt source freshness"):
        fresh = {"data_as_of": None, "exports_newest_at": None}
        try:
            fresh = steps.freshness(summary)
        except RunFailed as exc:
            if exc.code != STALE or not args.skip_freshness:
                raise
            log(f"WARNING (--skip-freshness): {exc}")
    with timed("[3/4] dbt build into the working copy (every model and test)"):
        steps.build()
    build_end = time.monotonic()
    log(f"      {run.models_run} models, {run.tests_run} tests passed ({run.tests_warned} warned)")
    publish_build(args, run, work, runs, fresh, build_end)


def publish_build(args: argparse.Namespace, run: Run, work: Path, runs: Path, fresh: dict, build_end: float) -> None:
    """Step 4: the run tables into the working copy, then the atomic publish. From here on a signal
    waits: the run ends published, or not, never in between."""
    timed = Timer()
    with timed("[4/4] publish"):
        signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
        ended = stamp()
        size = (work / "kpi.duckdb").stat().st_size
        row = {**run.record(), "status": "published", "exit_code": OK, "ended_at": ended, "warehouse_bytes": size}
        write_run_tables(work / "kpi.duckdb", read_history(runs / "history.jsonl") + [row], {
            "build_id": run.run_id, "published_at": ended, "started_at": run.started_at,
            "exports_dir": run.exports_dir, "exports_seen": run.exports_seen, "rows_landed": run.rows_landed,
            "rows_quarantined": run.rows_quarantined, "tests_run": run.tests_run,
            "tests_warned": run.tests_warned, **fresh})  # fmt: skip
        publish(work / "kpi.duckdb", args.warehouse)
        run.status, run.exit_code, run.ended_at, run.warehouse_bytes = "published", OK, ended, size
        run.publish_seconds = round(time.monotonic() - build_end, 3)
        replace_dir(work / "validation", args.warehouse.parent / "validation")
    log(f"published {args.warehouse} (build {run.run_id}), {run.publish_seconds:.2f} s after the build ended")
    write_report(args.warehouse)


def write_report(warehouse: Path) -> None:
    """The offline KPI report (scripts/report.py) from the published warehouse, opened read-only so
    BI readers are not blocked. A report that cannot be written is a warning in the log: the
    warehouse is published either way."""
    import report

    try:
        code = report.main(["--warehouse", str(warehouse), "--out", str(warehouse.parent / "report"),
                            "--validation", str(warehouse.parent / "validation" / "validation_summary.json")])  # fmt: skip
    except Exception as exc:  # noqa: BLE001 - any failure of the report is reported, never fatal
        code = f"{type(exc).__name__}: {exc}"
    if code != 0:
        log(f"WARNING: the KPI report was not written ({code}); the warehouse is published")


def end_run(
    args: argparse.Namespace, run: Run, code: int, started: dt.datetime, run_dir: Path, work: Path, runs: Path
) -> None:
    """Whatever happened: signals restored, the run's record and history written, old runs pruned,
    the working copy removed, the closing log line."""
    for sig in SIGNALS:
        signal.signal(sig, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, SIGNALS)
    if run.status == "running":
        run.status, run.exit_code, run.ended_at = EXIT_CODES[code], code, stamp()
    if run_dir.exists():
        (run_dir / "run.json").write_text(json.dumps(asdict(run)), encoding="utf-8")
        append_history(runs / "history.jsonl", run.record())
        prune_runs(runs, args.keep_runs)
    shutil.rmtree(work, ignore_errors=True)
    total = (now() - started).total_seconds()
    log(f"run {run.run_id} {run.status} (exit {run.exit_code}) in {total:.0f} s; log {run_dir / 'run.log'}")
    log.close()


class Timer:
    """`with timed("step"):` prints the step, then how long it took."""

    def __call__(self, name: str) -> Timer:
        self.name = name
        return self

    def __enter__(self) -> None:
        self.t0 = time.monotonic()
        log(f"==> {self.name}")

    def __exit__(self, kind, *_exc) -> None:
        if kind is None:
            log(f"    {self.name.split('] ')[-1]}: done in {time.monotonic() - self.t0:.1f} s")


if __name__ == "__main__":
    sys.exit(main())
