"""Formatting helpers of the demo generator: how vendors write dates, numbers and CSV, a seeded
random source, currency conversion and the file writer."""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import random
import re
from pathlib import Path

from demo_world import model as w

MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def us_long(d: dt.date) -> str:
    """'November 1, 2024' (Google Ads / LinkedIn preamble, en-US)."""
    return f"{MONTH_NAMES[d.month - 1]} {d.day}, {d.year}"


def mdy(d: dt.date) -> str:
    """'11/1/2024' (LinkedIn, Microsoft Ads UI, Salesforce en_US): no zero padding."""
    return f"{d.month}/{d.day}/{d.year}"


def thousands(n: float, decimals: int = 0) -> str:
    return f"{n:,.{decimals}f}"


def pct(x: float, decimals: int = 2) -> str:
    return f"{x * 100:.{decimals}f}%"


def meta_cell(v: str) -> str:
    """Meta / Mailchimp quoting: bare when a single token, quoted when it has spaces/punctuation."""
    if v == "" or re.fullmatch(r"[A-Za-z0-9_.\-]+", v):
        return v
    return '"' + v.replace('"', '""') + '"'


def meta_line(cells: list[str]) -> str:
    return ",".join(meta_cell(c) for c in cells) + "\n"


def csv_text(rows: list[list[str]], quoting: int = csv.QUOTE_MINIMAL, delimiter: str = ",") -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=quoting, delimiter=delimiter, lineterminator="\n")
    writer.writerows(rows)
    return buf.getvalue()


class Rand:
    """Deterministic draws; normal approximation for large binomials so big scales stay fast."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def binomial(self, n: int, p: float) -> int:
        if n <= 0 or p <= 0:
            return 0
        if n * p > 25 and n * (1 - p) > 25:
            x = round(self.r.gauss(n * p, math.sqrt(n * p * (1 - p))))
            return max(0, min(n, x))
        return sum(1 for _ in range(n) if self.r.random() < p)

    def noise(self, spread: float = 0.15) -> float:
        return max(0.2, self.r.gauss(1.0, spread))

    def expo_days(self, mean: float) -> int:
        return int(self.r.expovariate(1.0 / mean))

    def pick(self, seq):  # noqa: ANN001, ANN201 - any sequence
        return seq[self.r.randrange(len(seq))]

    def token(self, n: int = 14) -> str:
        alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        return "".join(alphabet[self.r.randrange(62)] for _ in range(n))


def month_offset(d: dt.date) -> int:
    return (d.year - w.START.year) * 12 + d.month - w.START.month


def daterange(a: dt.date, b: dt.date):  # noqa: ANN201 - generator
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def local_amount(usd: float, currency: str, when: dt.date) -> float:
    rate = w.fx_rate(currency, max(0, min(w.MONTHS - 1, month_offset(when))))
    value = usd * rate
    if currency == "VND":
        return float(round(value / 1000) * 1000)
    if currency == "TWD":
        return float(round(value))
    return round(value, 2)


def money(v: float, currency: str) -> str:
    return f"{v:.0f}" if currency == "VND" else f"{v:.2f}"


# ----------------------------------------------------------------------------- writers
class Out:
    """Opens files under <out>/<source>/<table>/ and keeps the handles it still needs."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.handles: dict[tuple[str, str, str], io.TextIOBase] = {}

    def path(self, source: str, table: str, name: str) -> Path:
        p = self.root / source / table / name
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def open(self, source: str, table: str, name: str, encoding: str = "utf-8"):  # noqa: ANN201
        key = (source, table, name)
        if key not in self.handles:
            self.handles[key] = open(  # noqa: SIM115 - closed in close()
                self.path(source, table, name), "w", encoding=encoding, newline=""
            )
        return self.handles[key]

    def close(self, key: tuple[str, str, str] | None = None) -> None:
        keys = [key] if key else list(self.handles)
        for k in keys:
            self.handles.pop(k).close()
