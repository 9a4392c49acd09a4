"""The offline KPI report: self-contained HTML pages an owner opens from file:// (no network, no CDN,
no JavaScript; charts are inline SVG), one page per language of the glossary: index.html (English)
and index.<lang>.html, linked to each other. Written after every successful build to
warehouse/report/.

    python scripts/report.py [--warehouse warehouse/kpi.duckdb] [--out warehouse/report]

It answers "how are we doing, and what should I look at?": a headline of the KPIs the source
articles put first (tiles with value, unit, a sparkline of the last 13 months and the target's
status), the targets missed (largest gap first) and met, the goals' pace, then the whole scorecard
and the charts. Every number shown is read from a mart (kpi_scorecard, kpi_lead_generation,
kpi_revenue, kpi_retention, kpi_attribution) or from the validation summary, as the warehouse
stores it; where a section sums mart rows (attribution over all months) the database does it in
the query. Python formats (Babel, in the page's language) and sorts, it never computes a KPI.

Words: the KPI names and their translations come from the KPI registry
(seeds/definitions/kpi_registry.csv), the report's own words from scripts/report/words.csv; the
page is the Jinja2 template scripts/report/report.html.j2.

Every chart is an <svg data-chart="..."> whose bars (rect.bar) and points (circle.point) carry
data-value (the stored value) and data-label, so a test can check the drawing against the mart.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

import duckdb
import jinja2
from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal, format_percent
from babel.units import format_unit
from markupsafe import Markup, escape

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent / "report"
REGISTRY = ROOT / "seeds" / "definitions" / "kpi_registry.csv"
LANGS = ("en", "zh_hant", "zh_hans", "ru", "vi")
LANG_NAMES = {"en": "English", "zh_hant": "繁體中文", "zh_hans": "简体中文", "ru": "Русский", "vi": "Tiếng Việt"}
LOCALES = {"en": "en_US", "zh_hant": "zh_Hant_TW", "zh_hans": "zh_Hans_CN", "ru": "ru_RU", "vi": "vi_VN"}
# the headline: the KPIs the source articles put first (sales cycle, CAC, CLV, traffic and
# engagement, marketing ROI, retention and NPS)
HEADLINE = (
    "sales_cycle_days_mean", "cac", "clv", "sessions", "email_open_rate", "marketing_roi",
    "customer_retention_rate", "nps",
)  # fmt: skip
SPARK_MONTHS = 13
FUNNEL = ("new_leads", "mqls", "sqls", "opportunities", "wins")
# the export(s) whose rows fill each section (landing/rulebook.py LAYOUTS keys), named when it is empty
SECTION_EXPORTS = {
    "scorecard": ("hubspot/contacts", "hubspot/deals"),
    "funnel": ("hubspot/contacts", "hubspot/deals"),
    "channels": ("hubspot/contacts", "google_ads/campaign_report", "finance/expenses"),
    "cac_clv": ("stripe/invoices", "finance/expenses"),
    "retention": ("stripe/subscriptions",),
    "churn": ("stripe/subscriptions",),
    "nps": ("surveys/nps_responses",),
    "attribution": ("hubspot/contacts", "hubspot/deals", "hubspot/contact_touches"),
}
GOOD, BAD, NEUTRAL = "#2e8b57", "#c0392b", "#2f6db5"
COLORS = ("#2f6db5", "#e07b39", "#3a9d5d", "#c44e52", "#8172b2", "#937860", "#da8bc3", "#8c8c8c", "#ccb974", "#64b5cd")


def registry() -> dict[str, dict]:
    with open(REGISTRY, newline="", encoding="utf-8") as fh:
        return {r["kpi_name"]: r for r in csv.DictReader(fh)}


def words() -> dict[str, dict[str, str]]:
    with open(HERE / "words.csv", newline="", encoding="utf-8") as fh:
        return {r["key"]: {lang: r[lang] or r["en"] for lang in LANGS} for r in csv.DictReader(fh)}


def kpi_name(kpi: dict, lang: str) -> str:
    """A KPI's name in a language: the registry's translation, English where one is missing."""
    return kpi["title"] if lang == "en" else (kpi[f"name_{lang}"] or kpi["title"])


class Page:
    """Formatting for one language: numbers, money, durations and dates by Babel's locale data."""

    def __init__(self, lang: str, currency: str, kpis: dict[str, dict], vocabulary: dict[str, dict[str, str]]) -> None:
        self.lang, self.locale, self.currency = lang, LOCALES[lang], currency
        self.kpis, self.vocabulary = kpis, vocabulary
        pattern = Locale.parse(self.locale).currency_formats["standard"].pattern
        self.whole_money = pattern.split(";")[0].replace(".00", "")

    def w(self, key: str, **values) -> str:
        text = self.vocabulary[key][self.lang]
        return text.format(**values) if values else text

    def name(self, kpi: str) -> str:
        return kpi_name(self.kpis[kpi], self.lang) if kpi in self.kpis else kpi

    def channel(self, channel: str) -> str:
        key = f"channel:{channel}"
        return self.w(key) if key in self.vocabulary else channel

    def model(self, model: str) -> str:
        key = f"model:{model}"
        return self.w(key) if key in self.vocabulary else model.replace("_", " ").capitalize()

    def month(self, d: dt.date, short: bool = False) -> str:
        return format_date(d, "LLL yy" if short else "LLLL yyyy", locale=self.locale)

    def day(self, d: dt.date) -> str:
        return format_date(d, "medium", locale=self.locale)

    def count(self, v) -> str:
        return format_decimal(float(v), "#,##0", locale=self.locale)

    def money(self, v) -> str:
        v = float(v)
        if abs(v) >= 1000:
            return format_currency(v, self.currency, self.whole_money, locale=self.locale, currency_digits=False)
        return format_currency(v, self.currency, locale=self.locale)

    def percent(self, v, signed: bool = False) -> str:
        pattern = "+#,##0.0%;-#,##0.0%" if signed else "#,##0.0%"
        return format_percent(float(v), pattern, locale=self.locale)

    def value(self, v, unit: str) -> str:
        """A stored value with its unit, as the report shows it (formatting only)."""
        if v is None:
            return "–"
        if unit.startswith("fraction"):
            text = self.percent(v)
            return f"{text} / {self.w('per_year')}" if unit == "fraction per year" else text
        if unit.startswith("reporting currency"):
            return self.money(v)
        if unit == "count":
            return self.count(v)
        if unit == "days":
            return format_unit(float(v), "duration-day", format="#,##0.0", locale=self.locale)
        if unit == "years":
            return format_unit(float(v), "duration-year", format="#,##0.0", locale=self.locale)
        if unit == "ratio":
            return format_decimal(float(v), "#,##0.0", locale=self.locale) + " ×"
        if unit.startswith("score (1"):
            return format_decimal(float(v), "#,##0.00", locale=self.locale) + " / 5"
        return format_decimal(float(v), "#,##0.0", locale=self.locale)

    def axis(self, unit: str) -> str:
        if unit.startswith("reporting currency"):
            return self.w("axis_money", currency=self.currency)
        return {"fraction": self.w("axis_rate"), "score": self.w("axis_nps"), "count": self.w("axis_count")}.get(
            unit, unit
        )


def good_or_bad(value: float, direction: str) -> str:
    return GOOD if (value > 0) == (direction != "down") else BAD


# -- inline SVG charts (Markup: the page's template inserts them as they are) -------------------


def svg_text(text: str, x: float, y: float, anchor: str = "end", extra: str = "") -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{extra}>{escape(text)}</text>'


def text_width(text: str) -> float:
    """About how wide an 11px label is: CJK characters are about twice a Latin one."""
    return sum(11.0 if ord(c) >= 0x2E80 else 6.4 for c in text)


def bar_chart(page: Page, chart: str, items: list[tuple[str, float | None]], unit: str, colors=None,
              plot_w: int = 330) -> Markup:  # fmt: skip
    """Horizontal bars, one per item (label, stored value) from a zero axis (negative values to the
    left), the value written after each bar, the unit under the axis; a NULL value draws no bar.
    The labels' column is as wide as the longest label. colors(value) gives a bar's colour (its
    meaning), else one neutral colour."""
    drawn = [(label, float(v)) for label, v in items if v is not None]
    label_w = int(max(60.0, *(text_width(label) for label, _ in drawn)) + 14)
    width = label_w + plot_w + 110
    lo, hi = min(0.0, *(v for _, v in drawn)), max(0.0, *(v for _, v in drawn))
    span = (hi - lo) or 1.0
    plot = plot_w
    zero = label_w + plot * (-lo / span)
    row = 26
    height = row * len(drawn) + 34
    out = [f'<svg class="chart" data-chart="{chart}" width="{width}" height="{height}" role="img" viewBox="0 0 {width} {height}">',
           f'<line x1="{zero:.1f}" y1="2" x2="{zero:.1f}" y2="{height - 28}" stroke="#bbb"/>']  # fmt: skip
    for i, (label, v) in enumerate(drawn):
        y = 5 + i * row
        w = max(1.0, plot * abs(v) / span)
        x = zero if v >= 0 else zero - w
        color = colors(v) if colors else NEUTRAL
        shown = page.value(v, unit)
        out.append(svg_text(label, label_w - 8, y + 16))
        out.append(f'<rect class="bar" x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" fill="{color}" '
                   f'data-label="{escape(label)}" data-value="{v!r}"><title>{escape(label)}: {escape(shown)}</title></rect>')  # fmt: skip
        out.append(svg_text(shown, max(x + w, zero) + 6, y + 16, "start"))
    out.append(svg_text(page.axis(unit), label_w + plot / 2, height - 8, "middle", ' class="axis-title"'))
    out.append("</svg>")
    return Markup("".join(out))


def line_chart(page: Page, chart: str, series: dict[str, list[tuple[dt.date, float | None]]], unit: str,
               width: int = 760, height: int = 260) -> Markup:  # fmt: skip
    """One line per series over the months, on the scale of its own values; a point per month with a
    stored value; the y axis titled with its unit, the x axis with the months."""
    points = [(name, p, float(v)) for name, values in series.items() for p, v in values if v is not None]
    periods = sorted({p for _, p, _ in points})
    lo, hi = min(0.0, min(v for *_, v in points)), max(v for *_, v in points)
    hi = hi if hi > lo else lo + 1
    left, right, top, bottom = 96, 24, 30, 52
    x = {p: left + (width - left - right) * (i / max(1, len(periods) - 1)) for i, p in enumerate(periods)}

    def y(v: float) -> float:
        return top + (height - top - bottom) * (1 - (v - lo) / (hi - lo))

    out = [f'<svg class="chart" data-chart="{chart}" width="{width}" height="{height}" role="img" viewBox="0 0 {width} {height}">',
           f'<line x1="{left}" y1="{y(lo):.1f}" x2="{width - right}" y2="{y(lo):.1f}" stroke="#999"/>',
           f'<line x1="{left}" y1="{top}" x2="{left}" y2="{y(lo):.1f}" stroke="#999"/>',
           svg_text(page.value(hi, unit), left - 6, y(hi) + 4), svg_text(page.value(lo, unit), left - 6, y(lo) + 4),
           f'<text class="axis-title" transform="translate(14 {(top + height - bottom) / 2:.0f}) rotate(-90)" text-anchor="middle">{escape(page.axis(unit))}</text>',
           svg_text(page.w("axis_month"), left + (width - left - right) / 2, height - 6, "middle", ' class="axis-title"')]  # fmt: skip
    for p, anchor in ((periods[0], "start"), (periods[len(periods) // 2], "middle"), (periods[-1], "end")):
        out.append(svg_text(page.month(p, short=True), x[p], height - 26, anchor))
    for i, (name, values) in enumerate(series.items()):
        color = COLORS[i % len(COLORS)]
        kept = [(p, float(v)) for p, v in values if v is not None]
        path = " ".join(f"{x[p]:.1f},{y(v):.1f}" for p, v in kept)
        out.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{path}"/>')
        for p, v in kept:
            out.append(f'<circle class="point" cx="{x[p]:.1f}" cy="{y(v):.1f}" r="3" fill="{color}" data-series="{escape(name)}" '
                       f'data-label="{p:%Y-%m}" data-value="{v!r}"><title>{escape(name)} {escape(page.month(p))}: {escape(page.value(v, unit))}</title></circle>')  # fmt: skip
        if len(series) > 1:
            at = left + 8 + sum(text_width(n) + 30 for n in list(series)[:i])
            out.append(f'<text x="{at:.0f}" y="14" fill="{color}">■ {escape(name)}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def sparkline(values: list[tuple[dt.date, float | None]], direction: str, width: int = 150, height: int = 36) -> Markup:
    """A tile's trend: the last SPARK_MONTHS months, a point per stored value, the last one coloured
    by whether it moved the good way."""
    kept = [(p, float(v)) for p, v in values if v is not None]
    if not kept:
        return Markup("")
    lo, hi = min(v for _, v in kept), max(v for _, v in kept)
    hi = hi if hi > lo else lo + 1
    step = (width - 8) / max(1, SPARK_MONTHS - 1)
    first = values[0][0]
    months = {p: (p.year - first.year) * 12 + p.month - first.month for p, _ in values}

    def xy(p: dt.date, v: float) -> tuple[float, float]:
        return 4 + step * months[p], 4 + (height - 8) * (1 - (v - lo) / (hi - lo))

    path = " ".join("{:.1f},{:.1f}".format(*xy(p, v)) for p, v in kept)
    out = [f'<svg class="spark" data-chart="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img">',
           f'<polyline fill="none" stroke="#8aa8d0" stroke-width="1.5" points="{path}"/>']  # fmt: skip
    for i, (p, v) in enumerate(kept):
        color = (
            NEUTRAL if i == 0 else ("#8c8c8c" if v == kept[i - 1][1] else good_or_bad(v - kept[i - 1][1], direction))
        )
        cx, cy = xy(p, v)
        r = 3 if i == len(kept) - 1 else 1.6
        out.append(
            f'<circle class="point" cx="{cx:.1f}" cy="{cy:.1f}" r="{r}" fill="{color}" data-label="{p:%Y-%m}" data-value="{v!r}"/>'
        )
    out.append("</svg>")
    return Markup("".join(out))


def stacked_shares(page: Page, chart: str, rows: list[tuple[str, str, float]], channels: list[str],
                   width: int = 760) -> Markup:  # fmt: skip
    """One bar per attribution model, split by channel share (stored shares, summed by SQL)."""
    models = list(dict.fromkeys(m for m, _, _ in rows))
    row = 28
    label_w = int(max(text_width(page.model(m)) for m in models) + 14)
    height = row * len(models) + 44 + 18 * ((len(channels) + 3) // 4)
    color = {ch: COLORS[i % len(COLORS)] for i, ch in enumerate(channels)}
    out = [
        f'<svg class="chart" data-chart="{chart}" width="{width}" height="{height}" role="img" viewBox="0 0 {width} {height}">'
    ]
    for i, model in enumerate(models):
        y, x0 = 5 + i * row, float(label_w)
        out.append(svg_text(page.model(model), label_w - 6, y + 17))
        for m, ch, share in rows:
            if m != model or share <= 0:
                continue
            w = (width - label_w - 20) * float(share)
            out.append(f'<rect class="bar" x="{x0:.1f}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" fill="{color[ch]}" '
                       f'data-model="{escape(model)}" data-label="{escape(ch)}" data-value="{float(share)!r}">'
                       f'<title>{escape(page.model(model))} · {escape(page.channel(ch))}: {escape(page.percent(share))}</title></rect>')  # fmt: skip
            x0 += w
    axis_y = row * len(models) + 22
    out.append(
        svg_text(page.w("axis_share"), label_w + (width - label_w - 20) / 2, axis_y, "middle", ' class="axis-title"')
    )
    for i, ch in enumerate(channels):
        out.append(
            f'<text x="{label_w + (i % 4) * 140}" y="{axis_y + 20 + (i // 4) * 18}" fill="{color[ch]}">■ {escape(page.channel(ch))}</text>'
        )
    out.append("</svg>")
    return Markup("".join(out))


# -- what the page shows, read from the marts --------------------------------------------------------


def latest_month(con: duckdb.DuckDBPyConnection) -> dt.date | None:
    return con.execute(
        """select max(period_start) from marts.kpi_scorecard
           where period_grain = 'month' and channel = 'all' and kpi_value is not null"""
    ).fetchone()[0]


def months_back(month: dt.date, n: int) -> dt.date:
    index = month.year * 12 + month.month - 1 - n
    return dt.date(index // 12, index % 12 + 1, 1)


def month_end(month: dt.date) -> dt.date:
    return months_back(month, -1) - dt.timedelta(days=1)


def scorecard_rows(con: duckdb.DuckDBPyConnection, month: dt.date) -> list[dict]:
    cur = con.execute(
        """select kpi_name, family, unit, direction, kpi_value, change_abs, change_rate, yoy_change_rate,
                  target_value, is_target_met, goal_progress, is_goal_on_track, goal_deadline, formula, mart
           from marts.kpi_scorecard
           where period_grain = 'month' and channel = 'all' and period_start = ?
           order by family, kpi_name""",
        [month],
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def history(con: duckdb.DuckDBPyConnection, month: dt.date, kpis: tuple[str, ...]) -> dict[str, list]:
    """{kpi: [(month, stored value or None)] for the last SPARK_MONTHS months up to `month`}."""
    first = months_back(month, SPARK_MONTHS - 1)
    found: dict[tuple[str, dt.date], float] = {
        (k, p): v
        for k, p, v in con.execute(
            f"""select kpi_name, period_start, kpi_value from marts.kpi_scorecard
                where period_grain = 'month' and channel = 'all' and period_start between ? and ?
                  and kpi_name in ({", ".join("?" for _ in kpis)})""",
            [first, month, *kpis],
        ).fetchall()
    }
    months = [months_back(month, n) for n in range(SPARK_MONTHS - 1, -1, -1)]
    return {k: [(p, found.get((k, p))) for p in months] for k in kpis}


def usual_cycle_days(con: duckdb.DuckDBPyConnection, month: dt.date) -> float | None:
    """The usual time from entering the funnel to the outcome: the median, over the last 12 months,
    of the monthly mean sales cycle (stored KPI values; the database takes the median)."""
    return con.execute(
        """select median(kpi_value) from marts.kpi_scorecard
           where kpi_name = 'sales_cycle_days_mean' and period_grain = 'month' and channel = 'all'
             and period_start between ? and ? and kpi_value is not null""",
        [months_back(month, 11), month],
    ).fetchone()[0]


def maturing(kpi: dict, period: dt.date, as_of: dt.date, cycle: float | None) -> bool:
    """A cohort KPI (its registry formula starts with "cohort") of a period that entered the funnel
    less than a usual cycle before the data's end: its rate is not final."""
    return bool(cycle) and kpi["formula"].startswith("cohort") and (as_of - period).days < float(cycle)


def gap(row: dict) -> float | None:
    """How far a value is from its target, as a share of the target, positive when better."""
    if row["kpi_value"] is None or row["target_value"] in (None, 0):
        return None
    raw = (float(row["kpi_value"]) - float(row["target_value"])) / abs(float(row["target_value"]))
    return raw if row["direction"] != "down" else -raw


def docs_link(out: Path, mart: str) -> str:
    """The mart's page in the dbt docs site (target/static_index.html, a single offline file)."""
    target = os.path.relpath(ROOT / "target" / "static_index.html", out)
    return f"{Path(target).as_posix()}#!/model/model.kpi_warehouse.{mart}"


def read_data(con: duckdb.DuckDBPyConnection, validation: Path) -> dict:
    """Everything the pages show, read once, in no language."""
    data: dict = {"month": latest_month(con)}
    month = data["month"]
    if month is not None:
        data["scorecard"] = scorecard_rows(con, month)
        data["history"] = history(con, month, HEADLINE)
        data["cycle"] = usual_cycle_days(con, month)
        data["funnel"] = dict(
            con.execute(
                f"""select kpi_name, kpi_value from marts.kpi_scorecard
                    where period_grain = 'month' and channel = 'all' and period_start = ?
                      and kpi_name in ({", ".join("?" for _ in FUNNEL)})""",
                [month, *FUNNEL],
            ).fetchall()
        )
        data["channels"] = con.execute(
            """select channel, marketing_spend_amount, new_leads, cost_per_lead from marts.kpi_lead_generation
               where period_grain = 'month' and period_start = ? order by channel""",
            [month],
        ).fetchall()
    data["revenue"] = con.execute(
        "select period_start, cac, clv from marts.kpi_revenue where period_grain = 'month' order by period_start"
    ).fetchall()
    data["retention"] = con.execute(
        """select period_start, customer_retention_rate, churn_rate, nps from marts.kpi_retention
           where period_grain = 'month' and segment_type = 'all' order by period_start"""
    ).fetchall()
    data["attribution"] = con.execute(
        """with totals as (
               select attribution_model, channel, sum(attributed_revenue_amount) as revenue
               from marts.kpi_attribution group by attribution_model, channel
           )
           select attribution_model, channel, revenue,
                  revenue / nullif(sum(revenue) over (partition by attribution_model), 0) as share
           from totals order by attribution_model, revenue desc"""
    ).fetchall()
    data["quality"] = json.loads(validation.read_text(encoding="utf-8")) if validation.exists() else None
    return data


def sections(page: Page, data: dict, out: Path) -> dict:
    """The template's context for one language."""
    month, kpis = data["month"], page.kpis
    ctx: dict = {"month": month, "empty": {}}
    for section, exports in SECTION_EXPORTS.items():
        ctx["empty"][section] = ", ".join(f"{e}/" for e in exports)
    if month is None:
        return ctx
    as_of = month_end(month)
    ctx["as_of"] = page.day(as_of)
    ctx["month_label"] = page.month(month)
    rows = data["scorecard"]
    by_name = {r["kpi_name"]: r for r in rows}
    cycle = data["cycle"]
    for r in rows:
        kpi = kpis.get(r["kpi_name"], {"formula": "", "mart": r["mart"]})
        r["label"] = page.name(r["kpi_name"])
        r["shown"] = page.value(r["kpi_value"], r["unit"])
        r["target_shown"] = page.value(r["target_value"], r["unit"]) if r["target_value"] is not None else ""
        r["maturing"] = maturing(kpi, month, as_of, cycle)
        r["change_shown"] = (
            "–" if r["change_rate"] is None or r["maturing"] else page.percent(r["change_rate"], signed=True)
        )
        r["yoy_shown"] = (
            "–" if r["yoy_change_rate"] is None or r["maturing"] else page.percent(r["yoy_change_rate"], signed=True)
        )
        r["trend"] = None if r["change_abs"] is None or r["maturing"] else float(r["change_abs"])
        r["trend_good"] = r["trend"] is not None and r["trend"] != 0 and (r["trend"] > 0) == (r["direction"] != "down")
        r["gap"] = gap(r)
        r["gap_shown"] = "" if r["gap"] is None else page.percent(r["gap"], signed=True)
        r["docs"] = docs_link(out, kpi["mart"] or r["mart"])
        r["family_label"] = (
            page.w(f"family:{r['family']}") if f"family:{r['family']}" in page.vocabulary else r["family"]
        )
        if r["is_goal_on_track"] is not None:
            r["goal_shown"] = (f"{page.percent(r['goal_progress']) if r['goal_progress'] is not None else '–'} · "
                               f"{page.w('on_track' if r['is_goal_on_track'] else 'off_track')} ({page.month(r['goal_deadline'])})")  # fmt: skip
    ctx["scorecard"] = rows
    ctx["cycle_days"] = page.count(cycle) if cycle else None
    targets = [r for r in rows if r["is_target_met"] is not None and not r["maturing"]]
    ctx["targets_total"], ctx["targets_met"] = len(targets), sum(1 for r in targets if r["is_target_met"])
    ctx["missed"] = sorted((r for r in targets if not r["is_target_met"]), key=lambda r: r["gap"])
    ctx["met"] = sorted((r for r in targets if r["is_target_met"]), key=lambda r: -r["gap"])
    ctx["goals"] = [r for r in rows if r["is_goal_on_track"] is not None]
    tiles = []
    for name in HEADLINE:
        series = data["history"][name]
        stored = [(p, v) for p, v in series if v is not None]
        row = by_name.get(name)
        kpi = kpis[name]
        latest = stored[-1] if stored else None
        status = None if row is None or row["is_target_met"] is None else ("met" if row["is_target_met"] else "missed")
        tiles.append({
            "kpi": name, "label": page.name(name), "docs": docs_link(out, kpi["mart"]),
            "value": None if latest is None else latest[1],
            "shown": "–" if latest is None else page.value(latest[1], kpi["unit"]),
            "period": None if latest is None else page.month(latest[0]),
            "stale": latest is not None and latest[0] != month,
            "spark": sparkline(series, kpi["direction"]), "points": len(stored),
            "status": status, "target_shown": page.value(row["target_value"], kpi["unit"]) if status else "",
            "exports": ", ".join(f"{e}/" for e in SECTION_EXPORTS["cac_clv" if name in ("cac", "clv") else "scorecard"]),
        })  # fmt: skip
    ctx["tiles"] = tiles
    funnel = [(page.name(k), data["funnel"].get(k)) for k in FUNNEL]
    ctx["funnel_chart"] = bar_chart(page, "funnel", funnel, "count") if any(v is not None for _, v in funnel) else None
    channels = data["channels"]
    ctx["channel_charts"] = [
        (page.w("spend"), bar_chart(page, "channel_spend", [(page.channel(c[0]), c[1]) for c in channels], "reporting currency")),
        (page.name("new_leads"), bar_chart(page, "channel_leads", [(page.channel(c[0]), c[2]) for c in channels], "count")),
        (page.name("cost_per_lead"), bar_chart(page, "channel_cpl", [(page.channel(c[0]), c[3]) for c in channels], "reporting currency")),
    ] if any(v is not None for c in channels for v in c[1:]) else None  # fmt: skip
    return ctx


def charts(page: Page, data: dict) -> dict:
    """The month-by-month charts of every month the marts hold, for one language."""
    ctx = {}
    revenue = data["revenue"]
    if any(c is not None or v is not None for _, c, v in revenue):
        ctx["cac_clv_chart"] = line_chart(page, "cac_clv", {
            page.name("cac"): [(r[0], r[1]) for r in revenue], page.name("clv"): [(r[0], r[2]) for r in revenue],
        }, "reporting currency")  # fmt: skip
    retention = data["retention"]
    if any(r[1] is not None for r in retention):
        ctx["retention_chart"] = line_chart(
            page, "retention", {page.name("customer_retention_rate"): [(r[0], r[1]) for r in retention]}, "fraction"
        )
    if any(r[2] is not None for r in retention):
        ctx["churn_chart"] = line_chart(
            page, "churn", {page.name("churn_rate"): [(r[0], r[2]) for r in retention]}, "fraction"
        )
    nps = [(page.month(r[0], short=True), r[3]) for r in retention if r[3] is not None]
    if nps:
        ctx["nps_chart"] = bar_chart(
            page, "nps", nps, "score", colors=lambda v: good_or_bad(v, "up") if v else "#8c8c8c"
        )
    rows = data["attribution"]
    if rows:
        channels = sorted({r[1] for r in rows})
        ctx["attribution_chart"] = stacked_shares(
            page, "attribution", [(m, ch, share or 0) for m, ch, _, share in rows], channels
        )
        seen: dict[str, int] = {}
        top = []
        for model, channel, revenue_amount, share in rows:
            seen[model] = seen.get(model, 0) + 1
            if seen[model] <= 3:
                top.append({"model": model, "model_label": page.model(model), "channel": channel,
                            "channel_label": page.channel(channel), "revenue": float(revenue_amount),
                            "share": page.percent(share or 0)})  # fmt: skip
        ctx["attribution_top"] = top
    quality = data["quality"]
    if quality is not None:
        unavailable = quality.get("unavailable_kpis") or {}
        ctx["quality"] = {
            "files": page.count(quality.get("files", 0)), "rejected": page.count(quality.get("rejected", 0)),
            "quarantined_rows": page.count(quality.get("quarantined_rows", 0)),
            "unavailable": [(k, ", ".join(v) if isinstance(v, list) else str(v)) for k, v in sorted(unavailable.items())],
        }  # fmt: skip
    return ctx


def page_name(lang: str) -> str:
    return "index.html" if lang == "en" else f"index.{lang}.html"


def render(con: duckdb.DuckDBPyConnection, validation: Path, out: Path, currency: str) -> dict[str, str]:
    """{file name: HTML} for every language."""
    kpis, vocabulary, data = registry(), words(), read_data(con, validation)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE), autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True,
        lstrip_blocks=True,
    )  # fmt: skip
    template = env.get_template("report.html.j2")
    pages = {}
    for lang in LANGS:
        page = Page(lang, currency, kpis, vocabulary)
        built = format_datetime(dt.datetime.now(dt.UTC), "medium", tzinfo=dt.UTC, locale=page.locale)
        context = {**sections(page, data, out), **charts(page, data)}
        languages = [(code, LANG_NAMES[code], page_name(code)) for code in LANGS]
        pages[page_name(lang)] = template.render(
            p=page, lang=lang, html_lang=lang.replace("_", "-"), built=built, languages=languages,
            currency=currency, **context,
        )  # fmt: skip
    return pages


def reporting_currency(con: duckdb.DuckDBPyConnection) -> str:
    """The currency every money column of the warehouse is in: the one its last build recorded
    (table build_state, scripts/build_state.py), else the setting (landing/settings.py)."""
    try:
        recorded = con.execute("select reporting_currency from main.build_state").fetchone()
    except duckdb.Error:
        recorded = None
    if recorded and recorded[0]:
        return recorded[0]
    sys.path.insert(0, str(ROOT))
    from landing.settings import reporting_currency as configured

    return configured()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--warehouse", type=Path, default=ROOT / os.environ.get("KPI_DUCKDB_PATH", "warehouse/kpi.duckdb")
    )
    parser.add_argument("--out", type=Path, default=ROOT / "warehouse" / "report")
    parser.add_argument(
        "--validation", type=Path, default=ROOT / "warehouse" / "validation" / "validation_summary.json"
    )
    args = parser.parse_args(argv)
    if not args.warehouse.exists():
        print(f"report: {args.warehouse} does not exist: build the warehouse first (./scripts/build)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    con = duckdb.connect(str(args.warehouse), read_only=True)
    try:
        pages = render(con, args.validation, args.out.resolve(), reporting_currency(con))
    finally:
        con.close()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        target = args.out / name
        tmp = target.with_suffix(".html.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(target)  # a reader never sees half a page
    size = sum(len(t.encode()) for t in pages.values()) / 1024
    print(f"report: {args.out / 'index.html'} and {len(pages) - 1} other languages "
          f"({size:.0f} KiB, {time.perf_counter() - started:.1f} s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
