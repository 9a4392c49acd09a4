"""dbt's output made readable on a terminal: `dbt build ... | python scripts/dbt_progress.py`.

dbt prints two lines per node (START, then OK / PASS): about 1,500 lines for this project. This
filter prints instead a count of nodes done at every tenth of the run (and at least every 15 s),
every node that did not simply pass (WARN, ERROR, FAIL, SKIP, with dbt's own text), dbt's other
messages, and everything from "Finished running" on (dbt's summary and the failures' details).
dbt's full output stays in logs/dbt.log. The exit code is dbt's: the caller pipes with pipefail.
"""

from __future__ import annotations

import re
import sys
import time

ANSI = re.compile(r"\x1b\[[0-9;]*m")
NODE = re.compile(r"^\S*\s*(\d+) of (\d+) (START|OK|PASS|WARN|ERROR|FAIL|SKIP|NO-OP)\b")
QUIET = ("START", "OK", "PASS", "NO-OP")


def main() -> int:
    done, total, last_tenth, last_print, tail, shown = 0, 0, 0, time.monotonic(), False, -1
    counts: dict[str, int] = {}
    for raw in sys.stdin:
        line = ANSI.sub("", raw.rstrip("\n"))
        if tail:
            print(line, flush=True)
            continue
        if "Finished running" in line:
            tail = True
            if shown != done:
                print(f"    dbt: {done}/{total} nodes done ({describe(counts)})", flush=True)
            print(line, flush=True)
            continue
        match = NODE.match(line)
        if not match:
            if line.strip():
                print(line, flush=True)
            continue
        status = match[3]
        if int(match[2]) < total:  # an on-run-end hook's own "1 of 1"
            continue
        total = int(match[2])
        if status == "START":
            continue
        done += 1
        counts[status] = counts.get(status, 0) + 1
        if status not in QUIET:
            print(line, flush=True)
        tenth = done * 10 // max(total, 1)
        if tenth > last_tenth or time.monotonic() - last_print > 15:
            last_tenth, last_print, shown = tenth, time.monotonic(), done
            print(f"    dbt: {done}/{total} nodes done ({describe(counts)})", flush=True)
    return 0


def describe(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {status.lower()}" for status, n in sorted(counts.items())) or "none yet"


if __name__ == "__main__":
    sys.exit(main())
