"""Benchmark: how long, and how much memory, each step takes on a growing firm's exports.

    .venv/bin/python scripts/benchmark.py                   # about 1M and 10M raw rows (long)
    .venv/bin/python scripts/benchmark.py --rows 1000000     # one size
    .venv/bin/python scripts/benchmark.py --smoke            # the demo size, for the test suite
    .venv/bin/python scripts/benchmark.py --world-cache DIR  # generate each world once, copy it later

For each size it generates a world with the demo generator (`--scale`, real export layouts) and
measures, each step in its own process (wall time and peak RSS from wait4):

  (a) floor      DuckDB reading every raw file once (the least any tool must spend)
  (b) pandas     scripts/benchmark_pandas.py: paid media, leads, won deals in plain pandas
  (c) land       scripts/validate_exports.py: validation and landing
  (d) build      the full `dbt build`, every model and test
  (e) demo build the same build on the bundled demo data (dbt's fixed cost; measured once)
  (f) next day   one more day of exports lands: validation and landing (the ledger skips the
                 unchanged files), then an incremental `dbt build` of what the changed tables feed
                 (scripts/build_state.py --changed-only, as ./scripts/build and the runner do)

It prints a table, checks the targets of issue 16 (c <= 5a, d <= e + 2b, f <= 25 % of d, peak RSS
of c, d and f <= 2 GB) and cross-checks the pandas totals against the warehouse, and writes everything as JSON
(`--json`, default warehouse/benchmark/benchmark.json). DuckDB settings for every step:
KPI_DUCKDB_THREADS and KPI_DUCKDB_MEMORY_LIMIT (see profiles.yml).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import build_state  # noqa: E402

ROWS_AT_SCALE_1 = 27_314  # data rows of the bundled demo world (scale 1), for picking a scale
GB = 1024**3

FLOOR = """
import sys, duckdb
from pathlib import Path
from landing.sql import literal
settings = {"threads": sys.argv[2], "memory_limit": sys.argv[3]}
con = duckdb.connect(config={k: v for k, v in settings.items() if v})
lines = 0
for path in sorted(p for p in Path(sys.argv[1]).rglob("*") if p.is_file()):
    head = path.read_bytes()[:2] if path.suffix != ".gz" else b""
    enc = ", encoding = 'utf-16'" if head in (b"\\xff\\xfe", b"\\xfe\\xff") else ""
    if path.suffix == ".parquet":
        sql = f"select count(*) from read_parquet({literal(path)})"
    else:
        sql = (f"select count(*) from read_csv({literal(path)}, header = false, all_varchar = true, null_padding = true, "
               f"strict_mode = false, ignore_errors = true{enc})")
    lines += con.execute(sql).fetchone()[0]
print(lines)
"""


def run_step(name: str, argv: list[str], env: dict[str, str], log: Path) -> dict:
    """Runs one step in a child process; wall time and the child's peak RSS (wait4)."""
    started = time.monotonic()
    with open(log, "w", encoding="utf-8") as out:
        proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - started
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code
    result = {"step": name, "seconds": round(wall, 2), "peak_rss_gb": round(usage.ru_maxrss * 1024 / GB, 3),
              "exit_code": code, "log": str(log)}  # fmt: skip
    print(f"  {name:<34} {wall:8.1f} s  {result['peak_rss_gb']:6.2f} GB  (exit {code})", flush=True)
    if code != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise SystemExit(f"benchmark step {name} failed (exit {code}); end of {log}:\n{tail}")
    return result


def add_one_day(exports: Path) -> Path:
    """One more day of Google Ads: the newest daily report's last day, a day later, as a new file
    in the same layout (preamble, header, totals), as the next day's download would land."""
    from landing.header import find_header
    from landing.rulebook import LAYOUTS

    files = sorted((exports / "google_ads" / "campaign_report").glob("*.csv"))
    newest = files[-1]
    data = newest.read_bytes()
    text = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8-sig")
    lines = text.split("\n")
    index, delimiter, header, mapping = find_header(
        [ln.rstrip("\r") for ln in lines], LAYOUTS["google_ads/campaign_report"]
    )
    day_col = mapping["ad_date"]
    body = [ln for ln in lines[index + 1 :] if re.match(r"\d{4}-\d{2}-\d{2},", ln)]
    last = max(ln.split(delimiter)[day_col] for ln in body)
    nxt = (dt.date.fromisoformat(last) + dt.timedelta(days=1)).isoformat()
    rows = [nxt + ln[len(last) :] for ln in body if ln.startswith(last)]
    day = dt.date.fromisoformat(nxt)
    preamble = ["Campaign report", f'"{day:%B} {day.day}, {day.year} - {day:%B} {day.day}, {day.year}"']
    target = newest.with_name(f"campaign_report_{nxt}.csv")
    target.write_text("\n".join([*preamble, lines[index].rstrip("\r"), *rows]) + "\n", encoding="utf-8")
    return target


def warehouse_totals(db: Path) -> dict:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        spend, impressions, clicks = con.execute(
            "select sum(spend_amount), sum(impressions), sum(clicks) from marts.kpi_paid_media_monthly"
        ).fetchone()
        leads = con.execute(
            "select sum(new_leads) from marts.kpi_lead_generation where period_grain = 'month'"
        ).fetchone()[0]
        won, amount = con.execute("select sum(deals_won), sum(won_amount) from marts.kpi_sales_funnel").fetchone()
    finally:
        con.close()
    return {"spend_usd": round(float(spend), 2), "impressions": int(impressions), "clicks": int(clicks),
            "leads": int(leads), "won_deals": int(won), "won_revenue_usd": round(float(amount), 2)}  # fmt: skip


def generate(scale: int, exports: Path, env: dict[str, str], log: Path, cache: Path | None) -> dict:
    """The world at this scale, from the demo generator; with a cache folder, generated once into
    <cache>/scale_<N> and copied from there on later runs (a 10M-row world takes minutes to write)."""
    py = sys.executable
    if cache is None:
        return run_step("generate (not a target)", [py, "scripts/generate_demo_data.py", "--scale", str(scale),
                        "--out", str(exports)], env, log)  # fmt: skip
    world = cache / f"scale_{scale}"
    done = world / ".complete"
    step = None
    if not done.exists():
        shutil.rmtree(world, ignore_errors=True)
        step = run_step("generate (not a target)", [py, "scripts/generate_demo_data.py", "--scale", str(scale),
                        "--out", str(world)], env, log)  # fmt: skip
        done.write_text("generated by scripts/generate_demo_data.py\n", encoding="utf-8")
    started = time.monotonic()
    shutil.copytree(world, exports, ignore=shutil.ignore_patterns(".complete"))
    copied = {"step": "generate: copied from the world cache (not a target)", "seconds": round(time.monotonic() - started, 2),
              "peak_rss_gb": 0.0, "exit_code": 0, "log": str(log)}  # fmt: skip
    print(f"  {copied['step']:<34} {copied['seconds']:8.1f} s", flush=True)
    return step or copied


def measure_size(
    label: str,
    scale: int,
    work: Path,
    env: dict[str, str],
    settings: tuple[str, str],
    build: bool = True,
    cache: Path | None = None,
) -> dict:
    print(f"== {label}: demo generator --scale {scale}", flush=True)
    exports, landing, db = work / "exports", work / "landing", work / "bench.duckdb"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    py, dbt = sys.executable, str(Path(sys.executable).with_name("dbt"))
    step_env = dict(env, KPI_LANDING_DIR=str(landing), KPI_DUCKDB_PATH=str(db))
    steps = [generate(scale, exports, env, work / "generate.log", cache)]
    size = sum(p.stat().st_size for p in exports.rglob("*") if p.is_file())
    floor = run_step("(a) floor: DuckDB reads every file", [py, "-c", FLOOR, str(exports), *settings], env,
                     work / "floor.log")  # fmt: skip
    raw_lines = int((work / "floor.log").read_text().split()[-1])
    pandas = run_step("(b) pandas script", [py, "scripts/benchmark_pandas.py", "--exports", str(exports), "--out",
                      str(work / "pandas.json")], env, work / "pandas.log")  # fmt: skip
    land = run_step("(c) validate + land", [py, "-m", "landing", "--exports", str(exports), "--landing",
                    str(landing), "--report", str(work / "validation")], step_env, work / "land.log")  # fmt: skip
    summary = json.loads((work / "validation" / "validation_summary.json").read_text(encoding="utf-8"))
    data_rows = sum(r["data_rows"] for r in summary["results"])
    steps += [floor, pandas, land]
    for step in steps[1:]:
        step["rows_per_second"] = round(data_rows / step["seconds"]) if step["seconds"] else None
    if not build:  # --no-build-above: the landing figures only
        return {"label": label, "scale": scale, "files": summary["files"], "bytes": size, "raw_lines": raw_lines,
                "data_rows": data_rows, "steps": steps, "totals": None, "totals_next_day": None}  # fmt: skip
    build = run_step("(d) dbt build (every test)", [dbt, "build", "--target-path", str(work / "target")], step_env,
                     work / "build.log")  # fmt: skip
    build_state.record(db, landing)  # as ./scripts/build and the scheduled runner record a build
    check = {"pandas": json.loads((work / "pandas.json").read_text()), "warehouse": warehouse_totals(db)}
    add_one_day(exports)
    day_land = run_step("(f) next day: validate + land", [py, "-m", "landing", "--exports", str(exports),
                        "--landing", str(landing), "--report", str(work / "validation")], step_env,
                        work / "day_land.log")  # fmt: skip
    # what ./scripts/build and the runner build: only what the changed landed tables feed
    flags = build_state.build_flags(db, changed_only=True, landing=landing)
    assert flags[0] == "--select", flags
    day_build = run_step("(f) next day: dbt build", [dbt, "build", "--target-path", str(work / "target"), *flags],
                         step_env, work / "day_build.log")  # fmt: skip
    subprocess.run([py, "scripts/benchmark_pandas.py", "--exports", str(exports), "--out", str(work / "pandas_day.json")],
                   cwd=ROOT, env=env, check=True, capture_output=True)  # fmt: skip
    check_day = {"pandas": json.loads((work / "pandas_day.json").read_text()), "warehouse": warehouse_totals(db)}
    steps += [build, day_land, day_build]
    for step in steps[1:]:
        step["rows_per_second"] = round(data_rows / step["seconds"]) if step["seconds"] else None
    return {"label": label, "scale": scale, "files": summary["files"], "bytes": size, "raw_lines": raw_lines,
            "data_rows": data_rows, "steps": steps, "totals": check, "totals_next_day": check_day}  # fmt: skip


def targets(size: dict, demo_build: float | None) -> list[dict]:
    s = {step["step"][:3]: step for step in size["steps"]}
    checks = [
        ("validate + land <= 5 x floor", s["(c)"]["seconds"], 5 * s["(a)"]["seconds"]),
        # the project's steps: the floor and the pandas yardstick are not ours to bound
        (
            "peak RSS of every project step (c, d, f) <= 2 GB",
            max(x["peak_rss_gb"] for x in size["steps"] if x["step"][:3] in ("(c)", "(d)", "(f)")),
            2.0,
        ),
    ]
    if "(d)" in s:
        day = sum(x["seconds"] for x in size["steps"] if x["step"].startswith("(f)"))
        checks.insert(1, ("next day (land + build) <= 25 % of full build", day, 0.25 * s["(d)"]["seconds"]))
        if demo_build is not None:
            limit = demo_build + 2 * s["(b)"]["seconds"]
            checks.insert(1, ("dbt build <= demo build + 2 x pandas", s["(d)"]["seconds"], limit))
    return [
        {"target": name, "measured": round(value, 2), "limit": round(limit, 2), "met": value <= limit}
        for name, value, limit in checks
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("--rows", default="1000000,10000000", help="raw data rows per size, comma-separated")
    parser.add_argument("--smoke", action="store_true", help="one world at the demo's size (scale 1), no demo build")
    parser.add_argument("--work", type=Path, default=ROOT / "warehouse" / "benchmark", help="scratch folder")
    parser.add_argument("--json", type=Path, help="results file (default <work>/benchmark.json)")
    parser.add_argument("--keep", action="store_true", help="keep the generated worlds")
    parser.add_argument("--no-build-above", type=int, help="above this many rows, measure (a) to (c) only")
    parser.add_argument("--world-cache", type=Path,
                        help="generate each world once into this folder and copy it from there on later runs")  # fmt: skip
    args = parser.parse_args(argv)
    env = dict(os.environ, DBT_PROFILES_DIR=str(ROOT), DBT_SEND_ANONYMOUS_USAGE_STATS="false", TQDM_DISABLE="1")
    settings = (env.get("KPI_DUCKDB_THREADS", ""), env.get("KPI_DUCKDB_MEMORY_LIMIT", ""))
    sizes = [("smoke", 1)] if args.smoke else [
        (f"{int(n):,} rows", max(1, math.ceil(int(n) / ROWS_AT_SCALE_1))) for n in args.rows.split(",")]  # fmt: skip
    args.work.mkdir(parents=True, exist_ok=True)
    demo_build = None
    results: dict = {"measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "cpus": os.cpu_count(),
                     "duckdb_threads": settings[0] or "default", "duckdb_memory_limit": settings[1] or "default",
                     "sizes": []}  # fmt: skip
    if not args.smoke:
        print("== (e) demo build: dbt's fixed cost on the bundled demo data", flush=True)
        demo = args.work / "demo"
        shutil.rmtree(demo, ignore_errors=True)
        demo.mkdir(parents=True)
        demo_env = dict(env, KPI_LANDING_DIR=str(demo / "landing"), KPI_DUCKDB_PATH=str(demo / "demo.duckdb"))
        run_step("demo: validate + land", [sys.executable, "-m", "landing", "--landing",
                 str(demo / "landing"), "--report", str(demo / "validation"), "--quiet"], demo_env, demo / "land.log")  # fmt: skip
        step = run_step("(e) demo dbt build", [str(Path(sys.executable).with_name("dbt")), "build", "--target-path",
                        str(demo / "target")], demo_env, demo / "build.log")  # fmt: skip
        demo_build = step["seconds"]
        results["demo_build"] = step
    for label, scale in sizes:
        rows = scale * ROWS_AT_SCALE_1
        build = args.no_build_above is None or rows <= args.no_build_above
        size = measure_size(
            label, scale, args.work / f"scale_{scale}", env, settings, build=build, cache=args.world_cache
        )
        size["targets"] = targets(size, demo_build)
        results["sizes"].append(size)
        if not args.keep:
            shutil.rmtree(args.work / f"scale_{scale}" / "exports", ignore_errors=True)
            shutil.rmtree(args.work / f"scale_{scale}" / "landing", ignore_errors=True)
    report(results)
    out = args.json or args.work / "benchmark.json"
    out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"\nresults: {out}")
    return 0


def report(results: dict) -> None:
    print()
    for size in results["sizes"]:
        print(f"### {size['label']}: {size['data_rows']:,} data rows ({size['raw_lines']:,} lines), "
              f"{size['files']} files, {size['bytes'] / 1e6:,.0f} MB, scale {size['scale']}")  # fmt: skip
        print("| step | wall s | peak RSS GB | rows/s |\n|---|---:|---:|---:|")
        for step in size["steps"]:
            rate = f"{step['rows_per_second']:,}" if step.get("rows_per_second") else ""
            print(f"| {step['step']} | {step['seconds']:.1f} | {step['peak_rss_gb']:.2f} | {rate} |")
        if results.get("demo_build"):
            print(f"| (e) demo dbt build | {results['demo_build']['seconds']:.1f} | {results['demo_build']['peak_rss_gb']:.2f} | |")  # fmt: skip
        for t in size["targets"]:
            print(f"  target {'met   ' if t['met'] else 'MISSED'} {t['target']}: {t['measured']} (limit {t['limit']})")
        for key, when in (("totals", "after the build"), ("totals_next_day", "after the next day")):
            if not size[key]:
                continue
            same = size[key]["pandas"] == size[key]["warehouse"]
            print(f"  pandas and warehouse totals {when} {'agree' if same else 'DIFFER'}: {size[key]}")
    if len(results["sizes"]) == 2:
        small, big = results["sizes"]
        ratio = big["data_rows"] / small["data_rows"]
        for a, b in zip(small["steps"], big["steps"], strict=False):
            growth = b["seconds"] / a["seconds"] if a["seconds"] else float("nan")
            flag = "faster than linear" if growth > ratio * 1.1 else "at most linear"
            print(f"  growth {a['step']}: x{growth:.1f} for x{ratio:.1f} rows ({flag})")


if __name__ == "__main__":
    raise SystemExit(main())
