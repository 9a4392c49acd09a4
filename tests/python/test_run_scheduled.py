"""scripts/run_scheduled.py under concurrency and faults, as cron and BI tools would meet it.

One published warehouse in a temporary folder; the runner is run as a separate process, on small
real-shaped export folders (tests/real_exports). A reader process opens the published file
read-only with a fresh connection per query, as a BI tool would, while the runner publishes twice
with changed input; then the runner is killed (SIGTERM, SIGKILL) mid-build, runs on stale and
rejected exports, and on a project copy whose tests fail. Each time the published warehouse must be
exactly the last good build, and the exit code and run history must say what happened.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "real_exports"
RUNNER = ROOT / "scripts" / "run_scheduled.py"
sys.path.insert(0, str(ROOT / "scripts"))
import run_scheduled  # noqa: E402
from conftest import OLDEST_DUCKDB, mart_digests, open_warehouse  # noqa: E402

SNAPSHOT = (
    "select (select build_id from main.published_build), count(*), count(kpi_value), cast(sum(kpi_value) as varchar) "
    "from marts.kpi_scorecard"
)

READER = textwrap.dedent(
    """
    import json, sys, time, duckdb
    path, stop, out = sys.argv[1:4]
    seen, errors = [], []
    import os
    while not os.path.exists(stop):
        try:
            con = duckdb.connect(path, read_only=True)
            try:
                seen.append(list(con.execute(sys.argv[4]).fetchone()))
            finally:
                con.close()
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
        time.sleep(0.005)
    json.dump({"seen": seen, "errors": errors}, open(out, "w"))
    """
)

# Superset's way in: a SQLAlchemy engine (duckdb-engine) on the file, read-only, with its pool.
SUPERSET = textwrap.dedent(
    """
    import json, os, sys, time
    import sqlalchemy as sa
    path, stop, out, sql = sys.argv[1:5]
    engine = sa.create_engine(f"duckdb:///{path}?access_mode=read_only")
    def query():
        with engine.connect() as con:
            return list(con.execute(sa.text(sql)).fetchone())
    seen, errors = [], []
    while not os.path.exists(stop):
        try:
            seen.append(query())
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
        time.sleep(0.01)
    stale = query()
    engine.dispose()  # what Superset's reconnect (or a restart) does
    json.dump({"seen": seen, "errors": errors, "before_reconnect": stale, "after_reconnect": query()}, open(out, "w"))
    """
)


class World:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.warehouse = tmp / "wh" / "kpi.duckdb"
        self.runs = tmp / "wh" / "runs"
        self.builds: list[list] = []

    def orphans(self) -> list[str]:
        """Processes still working in this world's folders (a dbt the runner left behind)."""
        found = []
        for proc in Path("/proc").glob("[0-9]*"):
            try:
                cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if str(self.warehouse.parent) in cmd:
                found.append(cmd)
        return found

    def argv(self, exports: Path, runner: Path = RUNNER) -> list[str]:
        return [sys.executable, str(runner), "--exports", str(exports), "--warehouse", str(self.warehouse),
                "--runs-dir", str(self.runs)]  # fmt: skip

    def run(self, exports: Path, runner: Path = RUNNER) -> subprocess.CompletedProcess:
        return subprocess.run(self.argv(exports, runner), capture_output=True, text=True, cwd=self.tmp, env=env())

    def start(self, exports: Path) -> subprocess.Popen:
        return subprocess.Popen(self.argv(exports), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                cwd=self.tmp, env=env())  # fmt: skip

    def snapshot(self) -> list:
        con = open_warehouse(str(self.warehouse))
        try:
            return list(con.execute(SNAPSHOT).fetchone())
        finally:
            con.close()

    def digest(self) -> str:
        return hashlib.sha256(self.warehouse.read_bytes()).hexdigest()

    def history(self) -> list[dict]:
        lines = (self.runs / "history.jsonl").read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines]

    def wait_for_build(self, proc: subprocess.Popen, timeout: float = 120) -> str:
        """Reads the runner's output until its dbt build has been running for a few nodes."""
        lines, deadline, nodes = [], time.monotonic() + timeout, 0
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if "==> [3/4]" in line:
                nodes = 1
            elif nodes and " START " in line:
                nodes += 1
                if nodes > 30:
                    return "".join(lines)
            assert time.monotonic() < deadline, "".join(lines)[-3000:]
        raise AssertionError("the runner ended before its build: " + "".join(lines)[-3000:])


def env() -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith("KPI_")}
    return dict(keep, DBT_SEND_ANONYMOUS_USAGE_STATS="false")


def copy_exports(name: str, dest: Path, drop: tuple[str, ...] = ()) -> Path:
    shutil.copytree(CASES / name, dest)
    for rel in drop:
        shutil.rmtree(dest / rel)
    return dest


def age(folder: Path, days: float) -> None:
    """Sets every file's modification time `days` in the past (an export downloaded then)."""
    then = time.time() - days * 86400
    for path in folder.rglob("*"):
        if path.is_file():
            os.utime(path, (then, then))


# every path of this world (exports, landing, warehouse, runs) lives in a folder whose name would
# be shell or SQL if anything pasted it into a command: it must stay a name (tests/python/test_hostile_names.py)
HOSTILE_FOLDER = 'o\'brien "q"; $(touch PWNED_SHELL) `touch PWNED_TICK` -ünï'


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    base = tmp_path_factory.mktemp("scheduled") / HOSTILE_FOLDER
    base.mkdir()
    return World(base)


def test_readers_never_fail_and_always_see_one_whole_build(world: World) -> None:
    tmp = world.tmp
    first = world.run(copy_exports("group_a", tmp / "in_a"))
    assert first.returncode == run_scheduled.OK, first.stdout[-4000:] + first.stderr[-2000:]
    builds = world.builds
    builds.append(world.snapshot())
    stop, out = tmp / "stop_reader", tmp / "reader.json"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(world.warehouse), str(stop), str(out), SNAPSHOT])
    try:
        for exports in (copy_exports("group_b", tmp / "in_b"),
                        copy_exports("group_a", tmp / "in_a2", drop=("meta_ads", "google_ads"))):  # fmt: skip
            done = world.run(exports)
            assert done.returncode == run_scheduled.OK, done.stdout[-4000:] + done.stderr[-2000:]
            builds.append(world.snapshot())
        time.sleep(1.0)  # the reader sees the last build too
    finally:
        stop.touch()
        reader.wait(timeout=60)
    polls = json.loads(out.read_text())
    print(f"reader: {len(polls['seen'])} queries, {len(polls['errors'])} errors")
    assert polls["errors"] == []
    assert len({tuple(b[1:]) for b in builds}) == 3, builds  # the three inputs give three scorecards
    assert len(polls["seen"]) > 100
    assert all(seen in builds for seen in polls["seen"]), [s for s in polls["seen"] if s not in builds][:5]
    order = [builds.index(seen) for seen in polls["seen"]]
    assert order == sorted(order), "a reader saw an older build after a newer one"
    assert order[-1] == 2
    history = world.history()
    assert [h["status"] for h in history] == ["published"] * 3
    assert [h["run_id"] for h in history] == [b[0] for b in builds]
    assert all(h["publish_seconds"] is not None and h["publish_seconds"] < 30 for h in history)
    modes = [(world.runs / h["run_id"] / "run.log").read_text(encoding="utf-8") for h in history]
    assert ["incremental build" in log for log in modes] == [False, True, True]  # on a copy of the published one
    con = open_warehouse(str(world.warehouse))
    try:
        table = con.execute(
            "select run_id, status, exit_code, tests_run from run_history order by started_at"
        ).fetchall()
        as_of = con.execute("select data_as_of, exports_seen, rows_landed from published_build").fetchone()
    finally:
        con.close()
    assert [(r[0], r[1], r[2]) for r in table] == [(h["run_id"], "published", 0) for h in history]
    assert all(r[3] > 400 for r in table)
    files = [p for p in (tmp / "in_a2").rglob("*") if p.is_file()]
    assert as_of[1] == len(files) and as_of[2] == history[-1]["rows_landed"] > 0
    assert as_of[0] is not None
    assert not (world.warehouse.parent / ".runner" / "work").exists()
    assert not [p for p in (*tmp.parent.rglob("PWNED*"), *ROOT.glob("PWNED*"))], "a folder name ran as a command"


def test_sigterm_mid_build_and_a_second_run_meanwhile(world: World) -> None:
    before, digest = world.snapshot(), world.digest()
    proc = world.start(world.tmp / "in_b")
    world.wait_for_build(proc)
    second = world.run(world.tmp / "in_b")
    assert second.returncode == run_scheduled.LOCK_HELD
    assert "another run holds the lock" in second.stderr
    proc.send_signal(signal.SIGTERM)
    rest = proc.communicate(timeout=60)[0]
    assert proc.returncode == run_scheduled.TERMINATED, rest[-3000:]
    assert "TERMINATED by SIGTERM" in rest
    time.sleep(2)  # an orphaned dbt would write on
    assert world.orphans() == []
    assert not (world.warehouse.parent / ".runner" / "work").exists()
    assert world.digest() == digest and world.snapshot() == before
    last = world.history()[-1]
    assert (last["status"], last["exit_code"]) == ("terminated", run_scheduled.TERMINATED)


def test_sigkill_mid_build_then_the_next_run_takes_over(world: World) -> None:
    before, digest = world.snapshot(), world.digest()
    proc = world.start(world.tmp / "in_b")
    world.wait_for_build(proc)
    killed_id = json.loads((world.runs / "runner.lock").read_text())["run_id"]
    proc.kill()
    proc.wait(timeout=30)
    time.sleep(2)
    assert world.orphans() == []  # its dbt died with it (PR_SET_PDEATHSIG)
    assert world.digest() == digest and world.snapshot() == before
    # the next run, on exports one of which (HubSpot contacts) is past its 35-day warn threshold
    exports = copy_exports("group_a", world.tmp / "in_a3")
    age(exports / "hubspot" / "contacts", 40)
    done = world.run(exports)
    assert done.returncode == run_scheduled.OK, done.stdout[-4000:] + done.stderr[-2000:]
    assert f"run {killed_id}" in done.stdout and "recorded as killed" in done.stdout
    history = world.history()
    assert [(h["run_id"], h["status"]) for h in history[-2:]] == [
        (killed_id, "killed"),
        (world.snapshot()[0], "published"),
    ]
    assert history[-1]["stale_warnings"] == "hubspot.contacts"
    assert world.snapshot()[1:] == world.builds[0][1:]  # the same input as the first build, the same scorecard


def test_superset_reads_through_a_publish_then_the_oldest_client_reads_it(world: World, oldest_duckdb) -> None:
    """Superset connects through SQLAlchemy with duckdb-engine (README "Connect your BI tool"). Its
    pooled connection, in its own process, reads the marts read-only while the runner publishes,
    without an error; it keeps the file it opened (the build it saw) until it reconnects, then it
    reads the new build. The published file is one the oldest client the README names opens, every
    mart as ours reads it."""
    before = world.snapshot()
    stop, out = world.tmp / "stop_superset", world.tmp / "superset.json"
    reader = subprocess.Popen([sys.executable, "-c", SUPERSET, str(world.warehouse), str(stop), str(out), SNAPSHOT])
    try:
        time.sleep(2.0)  # connected and polling before the run
        done = world.run(world.tmp / "in_b")
        assert done.returncode == run_scheduled.OK, done.stdout[-4000:] + done.stderr[-2000:]
    finally:
        stop.touch()
        reader.wait(timeout=60)
    after = world.snapshot()
    assert after[0] != before[0] and after[1:] == world.builds[1][1:]  # group_b's scorecard again
    polls = json.loads(out.read_text())
    assert polls["errors"] == [] and len(polls["seen"]) > 50
    assert all(s == before for s in polls["seen"]), "the pooled connection left the file it opened"
    assert polls["before_reconnect"] == before and polls["after_reconnect"] == after
    old = mart_digests(oldest_duckdb, world.warehouse)
    assert old["client"] == OLDEST_DUCKDB
    assert old["marts"] == mart_digests(sys.executable, world.warehouse)["marts"]
    assert len(old["marts"]) > 20 and all(comment for _, _, comment in old["marts"].values())


def test_stale_and_rejected_exports_stop_before_the_build(world: World) -> None:
    digest = world.digest()
    stale = copy_exports("group_a", world.tmp / "in_stale")
    age(stale / "hubspot" / "deals", 100)  # past the 70-day error threshold
    done = world.run(stale)
    assert done.returncode == run_scheduled.STALE, done.stdout[-4000:]
    assert "hubspot.deals" in done.stdout and "==> [3/4]" not in done.stdout
    rejected = world.run(CASES / "rejected_scientific_ids")
    assert rejected.returncode == run_scheduled.REJECTED, rejected.stdout[-4000:]
    assert "rejected" in rejected.stdout and "==> [2/4]" not in rejected.stdout
    assert world.digest() == digest
    assert [h["status"] for h in world.history()[-2:]] == ["stale_exports", "rejected_exports"]
    assert world.history()[-2]["stale_errors"] == "hubspot.deals"


def test_failing_tests_keep_the_previous_warehouse(world: World, tmp_path: Path) -> None:
    before, digest = world.snapshot(), world.digest()
    project = tmp_path / "project"
    tracked = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    for rel in filter(None, tracked.stdout.split("\0")):
        if (ROOT / rel).is_file():
            (project / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / rel, project / rel)
    (project / "tests" / "assert_runner_sees_a_failing_test.sql").write_text(
        "-- error severity: one failing row\nselect 1 as failing_row\n", encoding="utf-8"
    )
    done = world.run(world.tmp / "in_b", runner=project / "scripts" / "run_scheduled.py")
    assert done.returncode == run_scheduled.TESTS_FAILED, done.stdout[-4000:]
    assert world.digest() == digest and world.snapshot() == before
    last = world.history()[-1]
    assert last["status"] == "tests_failed"
    assert last["failures"] == "test.kpi_warehouse.assert_runner_sees_a_failing_test"
    assert (world.runs / last["run_id"] / "run.log").exists()


# -- the runner's pieces, without a build -----------------------------------------------------------


def test_a_failing_test_is_a_test_failure_even_when_dbt_skips_what_follows() -> None:
    results = [
        {"unique_id": "model.kpi_warehouse.stg_a", "status": "success"},
        {"unique_id": "test.kpi_warehouse.ratio_matches_x", "status": "fail"},
        {"unique_id": "test.kpi_warehouse.conversion_le_clicks", "status": "warn"},
        {"unique_id": "unit_test.kpi_warehouse.kpi_x.case", "status": "pass"},
        {"unique_id": "model.kpi_warehouse.kpi_scorecard", "status": "skipped"},
    ]
    out = run_scheduled.classify(results)
    assert (out["models_run"], out["tests_run"], out["tests_warned"], out["skipped"]) == (2, 3, 1, 1)
    assert out["build_errors"] == [] and out["test_failures"] == ["test.kpi_warehouse.ratio_matches_x"]
    results[0]["status"] = "error"
    assert run_scheduled.classify(results)["build_errors"] == ["model.kpi_warehouse.stg_a"]


def test_log_folders_are_pruned_to_keep_runs_and_the_lock_is_exclusive(tmp_path: Path) -> None:
    for n in range(5):
        (tmp_path / f"2026120{n}T000000Z-1").mkdir()
        (tmp_path / f"2026120{n}T000000Z-1" / "run.json").write_text("{}")
    (tmp_path / "history.jsonl").write_text("")
    run_scheduled.prune_runs(tmp_path, keep=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["20261203T000000Z-1", "20261204T000000Z-1", "history.jsonl"]
    run = run_scheduled.Run(run_id="r1", started_at="2026-12-01 00:00:00", exports_dir="x")
    first, second = run_scheduled.Lock(tmp_path / "runner.lock"), run_scheduled.Lock(tmp_path / "runner.lock")
    assert first.acquire(run)
    assert not second.acquire(run) and second.previous["run_id"] == "r1"
    first.release()
    assert second.acquire(run)
    second.release()
    assert run_scheduled.utc_text("2026-12-01T10:00:00+02:00") == "2026-12-01 08:00:00"
