"""KPI targets the way people write them, checked, and written as the dbt seed the scorecard reads.

The file people edit: config/kpi_targets.csv (another one: KPI_TARGETS_FILE), `#` starts a comment
line, one target per row:

    kpi,grain,period,channel,target,goal_start,goal_deadline,baseline

- kpi: the KPI as the report shows it, in any of its languages ("Click-through rate (CTR)") or
  its column name (ctr); case and spacing do not matter.
- target (and baseline): in the KPI's unit as the report shows it. A rate takes a percentage with
  its sign ("1.5 %") or a fraction (0.015); a rate that cannot exceed 100 % written as a bare number
  above 1 is refused (write "1.5 %"). Money is in the reporting currency: "6000", "6,000", "$6,000"
  or "6000 USD"; another currency is refused. Thousands may be grouped with commas; the decimal
  mark is a dot.
- grain: month (default) or quarter. period: empty for every period, or one period
  (2026-10 or 2026-10-01). channel: empty for all channels, or one of seeds/reference/channel_map.csv.
- goal_start, goal_deadline, baseline: a SMART goal (all three, and no period): the scorecard
  paces the KPI from baseline to target between the two months.

Every row is checked; the first problem stops the validation step with the file, the line and the
fix (TargetsError, exit code 2): an unknown KPI (with the closest names), a value that does not
read, an unknown grain or channel, a goal without its three parts, the same target twice. The
rows are then written, in the KPI's stored unit (fractions for rates), to
seeds/reference/kpi_targets.csv, the seed dbt loads (only when that changes it).
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import os
import re
from decimal import Decimal
from pathlib import Path

from landing.aliases import ROOT, _rows

USER_DEFAULT = ROOT / "config" / "kpi_targets.csv"
SEED = ROOT / "seeds" / "reference" / "kpi_targets.csv"
REGISTRY = ROOT / "seeds" / "definitions" / "kpi_registry.csv"
CHANNELS = ROOT / "seeds" / "reference" / "channel_map.csv"
COLUMNS = ("kpi", "grain", "period", "channel", "target", "goal_start", "goal_deadline", "baseline")
SEED_COLUMNS = ("kpi_name", "period_grain", "period_start", "channel", "target_value", "goal_start", "goal_deadline",
                "baseline_value")  # fmt: skip
GRAINS = ("month", "quarter")
NAME_COLUMNS = ("kpi_name", "title", "name_zh_hant", "name_zh_hans", "name_ru", "name_vi")
CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "TWD": "NT$", "VND": "₫", "RUB": "₽", "CNY": "¥"}
NUMBER = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")


class TargetsError(ValueError):
    """A row of the targets file that cannot be used; the message names the file, line and fix."""


def targets_path() -> Path:
    return Path(os.environ.get("KPI_TARGETS_FILE") or USER_DEFAULT)


def fold(name: str) -> str:
    return " ".join(name.casefold().split())


def registry() -> dict[str, dict[str, str]]:
    with open(REGISTRY, newline="", encoding="utf-8") as fh:
        return {r["kpi_name"]: r for r in csv.DictReader(fh)}


def names(kpis: dict[str, dict[str, str]]) -> dict[str, str]:
    """{folded name as people write it: kpi_name}, every language of the registry."""
    return {fold(r[c]): k for k, r in kpis.items() for c in NAME_COLUMNS if r.get(c)}


def channels() -> set[str]:
    with open(CHANNELS, newline="", encoding="utf-8") as fh:
        return {r["channel"] for r in csv.DictReader(fh)}


def read_value(text: str, unit: str, currency: str, where: str, what: str) -> Decimal:
    """A target or baseline as written, in the KPI's stored unit."""
    raw = text.strip()
    percent = raw.endswith("%")
    body = raw.rstrip("%").strip()
    for mark in (currency, CURRENCY_SYMBOLS.get(currency, "\0")):
        if body.upper().startswith(mark.upper()):
            body = body[len(mark) :].strip()
        elif body.upper().endswith(mark.upper()):
            body = body[: -len(mark)].strip()
    if re.search(r"^[A-Za-z]{3}\s*\d|\d\s*[A-Za-z]{3}$|[$€£¥₫₽]", body):
        raise TargetsError(f"{where}: {what} {text!r}: money is in the reporting currency {currency}; "
                           f"write the amount alone (e.g. 6000) or with {currency}")  # fmt: skip
    if not NUMBER.match(body):
        raise TargetsError(f"{where}: {what} {text!r} is not a number: write e.g. 150, 6,000, 0.015 or 1.5 % "
                           "(a dot for decimals)")  # fmt: skip
    value = Decimal(body.replace(",", ""))
    is_rate = unit.startswith("fraction")
    if percent and not is_rate:
        raise TargetsError(f"{where}: {what} {text!r} has a % sign, but this KPI's unit is {unit}")
    if percent:
        return value / 100
    if unit == "fraction" and abs(value) > 1:
        raise TargetsError(f"{where}: {what} {text!r} for a rate: write a percentage with its sign "
                           f"({text.strip()} %) or a fraction ({value / 100})")  # fmt: skip
    return value


def read_month(text: str, where: str, what: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    match = re.fullmatch(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", text)
    try:
        if not match:
            raise ValueError
        day = dt.date(int(match[1]), int(match[2]), int(match[3] or 1))
    except ValueError:
        raise TargetsError(f"{where}: {what} {text!r}: write a month as 2026-10 (or 2026-10-01)") from None
    if day.day != 1:
        raise TargetsError(f"{where}: {what} {text!r}: a period is a month; write {day:%Y-%m}")
    return day


def plain(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return text


def read_targets(path: Path, currency: str) -> list[dict[str, str]]:
    """The seed's rows from a targets file; TargetsError on the first row that cannot be used."""
    kpis = registry()
    known, known_channels = names(kpis), channels()
    rows, seen = [], {}
    for line, row in _rows(path):
        where = f"{path}, line {line}"
        extra = set(row) - set(COLUMNS)
        if extra:
            raise TargetsError(
                f"{where}: unknown column(s) {', '.join(sorted(extra))}; the columns are {','.join(COLUMNS)}"
            )
        name = row.get("kpi", "")
        kpi = known.get(fold(name))
        if kpi is None:
            close = difflib.get_close_matches(fold(name), list(known), n=3, cutoff=0.5)
            hint = f"; did you mean {' or '.join(repr(kpis[known[c]]['title']) for c in close)}?" if close else ""
            raise TargetsError(f"{where}: unknown KPI {name!r}{hint} (the report's names, or the column names "
                               "of seeds/definitions/kpi_registry.csv)")  # fmt: skip
        unit = kpis[kpi]["unit"]
        grain = (row.get("grain") or "month").strip().lower()
        if grain not in GRAINS:
            raise TargetsError(f"{where}: grain {row['grain']!r}: month or quarter")
        channel = (row.get("channel") or "").strip()
        if channel and channel not in known_channels:
            raise TargetsError(f"{where}: channel {channel!r} is not one of {', '.join(sorted(known_channels))} "
                               "(seeds/reference/channel_map.csv); leave it empty for all channels")  # fmt: skip
        if not (row.get("target") or "").strip():
            raise TargetsError(f"{where}: no target for {name!r}: fill it in, or make the line a comment (#)")
        target = read_value(row["target"], unit, currency, where, "target")
        period = read_month(row.get("period", ""), where, "period")
        goal = [row.get("goal_start", ""), row.get("goal_deadline", ""), row.get("baseline", "")]
        if any(g.strip() for g in goal):
            if not all(g.strip() for g in goal) or period is not None:
                raise TargetsError(f"{where}: a SMART goal needs goal_start, goal_deadline and baseline, and no period")
            start, deadline = read_month(goal[0], where, "goal_start"), read_month(goal[1], where, "goal_deadline")
            if deadline < start:
                raise TargetsError(f"{where}: goal_deadline {goal[1]} is before goal_start {goal[0]}")
            baseline = read_value(goal[2], unit, currency, where, "baseline")
        else:
            start = deadline = baseline = None
        key = (kpi, grain, period, channel, start)
        if key in seen:
            raise TargetsError(f"{where}: the same target as line {seen[key]} ({kpi}, {grain}, "
                               f"{period or 'every period'}, {channel or 'all channels'})")  # fmt: skip
        seen[key] = line
        rows.append({
            "kpi_name": kpi, "period_grain": grain, "period_start": period.isoformat() if period else "",
            "channel": channel, "target_value": plain(target), "goal_start": start.isoformat() if start else "",
            "goal_deadline": deadline.isoformat() if deadline else "", "baseline_value": plain(baseline),
        })  # fmt: skip
    return rows


def seed_text(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=SEED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def write_seed(currency: str, path: Path | None = None, seed: Path = SEED) -> int | None:
    """Checks the targets file and writes the seed when it changes; the number of targets, or None
    when there is no targets file (the seed is then left as it is)."""
    path = path or targets_path()
    if not path.exists():
        if os.environ.get("KPI_TARGETS_FILE"):
            raise TargetsError(f"KPI_TARGETS_FILE={path} does not exist")
        return None
    text = seed_text(read_targets(path, currency))
    if not seed.exists() or seed.read_text(encoding="utf-8") != text:
        seed.write_text(text, encoding="utf-8")
    return text.count("\n") - 1


def unused(path: Path) -> list[str]:
    """The registry's KPIs that the file names nowhere, neither in a row nor in a comment line."""
    kpis = registry()
    text = fold(path.read_text(encoding="utf-8"))
    return [k for k, r in kpis.items() if fold(r["title"]) not in text and k not in text]
