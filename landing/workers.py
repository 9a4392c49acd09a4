"""Landing on several workers: how many, and a thread pool whose threads each get their own DuckDB
cursor on one connection."""

from __future__ import annotations

import contextlib
import os
import threading
from concurrent.futures import ThreadPoolExecutor


def landing_workers() -> int:
    """How many files land at once: KPI_LANDING_WORKERS, default one per core (at most 4). Each
    worker holds at most one file (a large UTF-8 CSV is never held: DuckDB streams it), so memory
    is bounded by that many files; the DuckDB memory limit is shared by all of them."""
    value = os.environ.get("KPI_LANDING_WORKERS")
    if value:
        if not value.isdigit() or int(value) < 1:
            raise SystemExit(f"KPI_LANDING_WORKERS must be a whole number of at least 1, got {value!r}")
        return int(value)
    return max(1, min(os.cpu_count() or 1, 4))


@contextlib.contextmanager
def cursor_pool(con, workers: int, jobs: int):
    """A thread pool of at most `workers` threads (no more than `jobs`), and a function giving the
    calling thread its own cursor on `con` (temp views and registered frames are per connection; the
    database, its memory limit and its threads are shared). The cursors close with the pool."""
    local, cursors = threading.local(), []

    def cursor():
        if not hasattr(local, "con"):
            local.con = con.cursor()
            cursors.append(local.con)
        return local.con

    try:
        with ThreadPoolExecutor(max_workers=max(1, min(workers, jobs or 1))) as pool:
            yield pool, cursor
    finally:
        for c in cursors:
            c.close()
