"""The offline KPI report: one self-contained HTML page an owner opens from file:// (no network,
no CDN, no JavaScript library; charts are inline SVG, a few lines of inline JavaScript switch the
language). Written after every successful build to warehouse/report/index.html.

    python scripts/report.py [--warehouse warehouse/kpi.duckdb] [--out warehouse/report]

Every number shown is read from a mart (kpi_scorecard, kpi_sales_funnel via the scorecard,
kpi_lead_generation, kpi_revenue, kpi_retention, kpi_attribution) or from the validation summary,
as the warehouse stores it; where a section sums mart rows (attribution over all months) the sum
is done by the database in the query. Python formats, it never computes a KPI.

Every chart is an <svg data-chart="..."> whose bars (rect.bar) and points (circle.point) carry
data-value (the stored value) and data-label, so a test can check the drawing against the mart.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import json
import os
import sys
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = ROOT / "seeds" / "definitions" / "kpi_registry.csv"
LANGS = ("en", "zh_hant", "zh_hans", "ru", "vi")
LANG_NAMES = {"en": "English", "zh_hant": "繁體中文", "zh_hans": "简体中文", "ru": "Русский", "vi": "Tiếng Việt"}
# the report's own words, in the glossary's five languages
UI = {
    "title": ("KPI report", "KPI 報告", "KPI 报告", "Отчёт по KPI", "Báo cáo KPI"),
    "built": (
        "Built from the warehouse on",
        "資料倉儲建置於",
        "数据仓库构建于",
        "Построено по хранилищу",
        "Tạo từ kho dữ liệu lúc",
    ),
    "month": ("Month", "月份", "月份", "Месяц", "Tháng"),
    "scorecard": ("Scorecard", "記分卡", "记分卡", "Сводная таблица KPI", "Bảng điểm KPI"),
    "kpi": ("KPI", "KPI", "KPI", "KPI", "KPI"),
    "value": ("Value", "數值", "数值", "Значение", "Giá trị"),
    "trend": ("Trend", "趨勢", "趋势", "Тренд", "Xu hướng"),
    "mom": ("vs previous month", "較上月", "较上月", "к прошлому месяцу", "so với tháng trước"),
    "yoy": ("vs a year ago", "較去年同期", "较去年同期", "к прошлому году", "so với cùng kỳ năm trước"),
    "target": ("Target", "目標", "目标", "Цель", "Mục tiêu"),
    "met": ("Met", "達成", "达成", "Выполнено", "Đạt"),
    "goal": ("Goal pace", "目標進度", "目标进度", "Темп к цели", "Tiến độ mục tiêu"),
    "on_track": ("on track", "進度正常", "进度正常", "в графике", "đúng tiến độ"),
    "off_track": ("behind", "落後", "落后", "отстаёт", "chậm tiến độ"),
    "funnel": ("Funnel", "銷售漏斗", "销售漏斗", "Воронка продаж", "Phễu bán hàng"),
    "channels": (
        "Spend, leads and cost per lead by channel",
        "各渠道花費、潛在客戶與單一潛在客戶成本",
        "各渠道花费、线索与单条线索成本",
        "Расходы, лиды и стоимость лида по каналам",
        "Chi phí, khách hàng tiềm năng và chi phí mỗi lead theo kênh",
    ),
    "spend": ("Marketing spend", "行銷花費", "营销花费", "Маркетинговые расходы", "Chi phí marketing"),
    "cac_clv": ("CAC against CLV", "CAC 與 CLV", "CAC 与 CLV", "CAC и CLV", "CAC so với CLV"),
    "retention": ("Retention and churn", "留存與流失", "留存与流失", "Удержание и отток", "Giữ chân và rời bỏ"),
    "nps": ("Net Promoter Score", "淨推薦值", "净推荐值", "Индекс NPS", "Chỉ số NPS"),
    "attribution": (
        "Revenue by attribution model",
        "各歸因模型的營收",
        "各归因模型的营收",
        "Выручка по моделям атрибуции",
        "Doanh thu theo mô hình phân bổ",
    ),
    "share": ("Share of revenue", "營收占比", "营收占比", "Доля выручки", "Tỷ trọng doanh thu"),
    "model": ("Model", "模型", "模型", "Модель", "Mô hình"),
    "channel": ("Channel", "渠道", "渠道", "Канал", "Kênh"),
    "dq": ("Data quality", "資料品質", "数据质量", "Качество данных", "Chất lượng dữ liệu"),
    "files": (
        "Export files read",
        "已讀取的匯出檔",
        "已读取的导出文件",
        "Прочитано файлов выгрузки",
        "Số tệp xuất đã đọc",
    ),
    "rejected": ("Files rejected", "被拒絕的檔案", "被拒绝的文件", "Отклонено файлов", "Tệp bị từ chối"),
    "quarantined": ("Rows quarantined", "隔離的資料列", "隔离的数据行", "Строк в карантине", "Dòng bị cách ly"),
    "unavailable": (
        "KPIs unavailable for lack of a column",
        "因缺少欄位而無法計算的 KPI",
        "因缺少字段而无法计算的 KPI",
        "KPI, недоступные из-за отсутствия столбца",
        "KPI không tính được do thiếu cột",
    ),
    "none": ("none", "無", "无", "нет", "không có"),
    "no_data": ("no data", "無資料", "无数据", "нет данных", "không có dữ liệu"),
}
FAMILY = {
    "lead_generation": ("Lead generation", "潛在客戶開發", "线索获取", "Привлечение лидов", "Tạo khách hàng tiềm năng"),
    "engagement": ("Engagement", "互動", "互动", "Вовлечённость", "Tương tác"),
    "paid_media": ("Paid media", "付費媒體", "付费媒体", "Платная реклама", "Quảng cáo trả phí"),
    "sales_funnel": ("Sales funnel", "銷售漏斗", "销售漏斗", "Воронка продаж", "Phễu bán hàng"),
    "revenue": (
        "Revenue and unit economics",
        "營收與單位經濟",
        "营收与单位经济",
        "Выручка и юнит-экономика",
        "Doanh thu và kinh tế đơn vị",
    ),
    "retention": (
        "Retention and loyalty",
        "留存與忠誠度",
        "留存与忠诚度",
        "Удержание и лояльность",
        "Giữ chân và trung thành",
    ),
    "brand_market": ("Brand and market", "品牌與市場", "品牌与市场", "Бренд и рынок", "Thương hiệu và thị trường"),
}
FUNNEL = ("new_leads", "mqls", "sqls", "opportunities", "wins")
COLORS = ("#2f6db5", "#e07b39", "#3a9d5d", "#c44e52", "#8172b2", "#937860", "#da8bc3", "#8c8c8c", "#ccb974", "#64b5cd")


def t(key: str | tuple, tag: str = "span") -> str:
    """An element whose text follows the language switch (English without JavaScript)."""
    words = UI[key] if isinstance(key, str) else key
    attrs = " ".join(f'data-{lang}="{html.escape(w)}"' for lang, w in zip(LANGS, words, strict=True))
    return f'<{tag} class="t" {attrs}>{html.escape(words[0])}</{tag}>'


def registry() -> dict[str, dict]:
    with open(REGISTRY, newline="", encoding="utf-8") as fh:
        return {r["kpi_name"]: r for r in csv.DictReader(fh)}


def kpi_names(kpi: dict) -> tuple[str, ...]:
    """A KPI's name in the five languages (the registry's translations; English where one is missing)."""
    names = (kpi["title"], kpi["name_zh_hant"], kpi["name_zh_hans"], kpi["name_ru"], kpi["name_vi"])
    return tuple(n or kpi["title"] for n in names)


def kpi_label(kpi: dict) -> str:
    return t(kpi_names(kpi))


def fmt(value: float | None, unit: str) -> str:
    """A stored value as the report shows it (formatting only)."""
    if value is None:
        return "–"
    v = float(value)
    if unit.startswith("fraction"):
        return f"{v * 100:,.1f} %"
    if unit.startswith("reporting currency"):
        return f"{v:,.0f}" if abs(v) >= 1000 else f"{v:,.2f}"
    if unit == "count":
        return f"{v:,.0f}"
    return f"{v:,.2f}"


# -- inline SVG charts ------------------------------------------------------------------------------


def label_text(label: str | tuple, x: float, y: float, anchor: str = "end") -> str:
    """An SVG label: plain text, or the five translations of a KPI name (follows the language switch)."""
    if isinstance(label, tuple):
        attrs = " ".join(f'data-{lang}="{html.escape(w)}"' for lang, w in zip(LANGS, label, strict=True))
        return f'<text class="t" {attrs} x="{x}" y="{y}" text-anchor="{anchor}">{html.escape(label[0])}</text>'
    return f'<text x="{x}" y="{y}" text-anchor="{anchor}">{html.escape(label)}</text>'


def bar_chart(
    chart: str, items: list[tuple[str | tuple, float | None]], unit: str, width: int = 640, label_w: int = 240
) -> str:
    """Horizontal bars, one per item (label, stored value) from a zero axis (negative values to the
    left); a NULL value draws no bar."""
    drawn = [(label, float(v)) for label, v in items if v is not None]
    if not drawn:
        return f'<p class="empty">{t("no_data")}</p>'
    lo, hi = min(0.0, *(v for _, v in drawn)), max(0.0, *(v for _, v in drawn))
    span = (hi - lo) or 1.0
    plot = width - label_w - 80
    zero = label_w + plot * (-lo / span)
    row = 26
    height = row * len(drawn) + 10
    out = [f'<svg class="chart" data-chart="{chart}" width="{width}" height="{height}" role="img" viewBox="0 0 {width} {height}">',
           f'<line x1="{zero:.1f}" y1="2" x2="{zero:.1f}" y2="{height - 4}" stroke="#bbb"/>']  # fmt: skip
    for i, (label, v) in enumerate(drawn):
        y = 5 + i * row
        w = max(1.0, plot * abs(v) / span)
        x = zero if v >= 0 else zero - w
        name = label[0] if isinstance(label, tuple) else label
        out.append(label_text(label, label_w - 8, y + 16))
        out.append(f'<rect class="bar" x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" fill="{COLORS[i % len(COLORS)]}" '
                   f'data-label="{html.escape(name)}" data-value="{v!r}"><title>{html.escape(name)}: {fmt(v, unit)}</title></rect>')  # fmt: skip
        out.append(f'<text x="{max(x + w, zero) + 6:.1f}" y="{y + 16}">{fmt(v, unit)}</text>')
    out.append("</svg>")
    return "".join(out)


def line_chart(chart: str, series: dict[str, list[tuple[dt.date, float | None]]], unit: str, width: int = 760) -> str:
    """One line per series over the months; a point per month with a stored value."""
    points = [(name, p, float(v)) for name, values in series.items() for p, v in values if v is not None]
    if not points:
        return f'<p class="empty">{t("no_data")}</p>'
    periods = sorted({p for _, p, _ in points})
    lo, hi = min(0.0, min(v for *_, v in points)), max(v for *_, v in points)
    hi = hi if hi > lo else lo + 1
    height, left, right, top, bottom = 280, 80, 30, 40, 40
    x = {p: left + (width - left - right) * (i / max(1, len(periods) - 1)) for i, p in enumerate(periods)}

    def y(v: float) -> float:
        return top + (height - top - bottom) * (1 - (v - lo) / (hi - lo))

    out = [f'<svg class="chart" data-chart="{chart}" width="{width}" height="{height}" role="img" viewBox="0 0 {width} {height}">',
           f'<line x1="{left}" y1="{y(lo):.1f}" x2="{width - right}" y2="{y(lo):.1f}" stroke="#999"/>',
           f'<text x="{left - 6}" y="{y(hi) + 4:.1f}" text-anchor="end">{fmt(hi, unit)}</text>',
           f'<text x="{left - 6}" y="{y(lo) + 4:.1f}" text-anchor="end">{fmt(lo, unit)}</text>']  # fmt: skip
    for p, anchor in ((periods[0], "start"), (periods[len(periods) // 2], "middle"), (periods[-1], "end")):
        out.append(f'<text x="{x[p]:.1f}" y="{height - 12}" text-anchor="{anchor}">{p:%Y-%m}</text>')
    for i, (name, values) in enumerate(series.items()):
        color = COLORS[i % len(COLORS)]
        kept = [(p, float(v)) for p, v in values if v is not None]
        path = " ".join(f"{x[p]:.1f},{y(v):.1f}" for p, v in kept)
        out.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{path}"/>')
        for p, v in kept:
            out.append(f'<circle class="point" cx="{x[p]:.1f}" cy="{y(v):.1f}" r="3" fill="{color}" data-series="{html.escape(name)}" '
                       f'data-label="{p:%Y-%m}" data-value="{v!r}"><title>{html.escape(name)} {p:%Y-%m}: {fmt(v, unit)}</title></circle>')  # fmt: skip
        out.append(f'<text x="{left + 110 * i}" y="14" fill="{color}">■ {html.escape(name)}</text>')
    out.append("</svg>")
    return "".join(out)


def stacked_shares(chart: str, rows: list[tuple[str, str, float]], channels: list[str], width: int = 760) -> str:
    """One bar per attribution model, split by channel share (stored shares, summed by SQL)."""
    models = list(dict.fromkeys(m for m, _, _ in rows))
    row, label_w = 28, 110
    height = row * len(models) + 20 + 18 * ((len(channels) + 4) // 5)
    color = {ch: COLORS[i % len(COLORS)] for i, ch in enumerate(channels)}
    out = [
        f'<svg class="chart" data-chart="{chart}" width="{width}" height="{height}" role="img" viewBox="0 0 {width} {height}">'
    ]
    for i, model in enumerate(models):
        y, x0 = 5 + i * row, float(label_w)
        out.append(f'<text x="{label_w - 6}" y="{y + 17}" text-anchor="end">{html.escape(model)}</text>')
        for m, ch, share in rows:
            if m != model or share <= 0:
                continue
            w = (width - label_w - 20) * float(share)
            out.append(f'<rect class="bar" x="{x0:.1f}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" fill="{color[ch]}" '
                       f'data-model="{html.escape(model)}" data-label="{html.escape(ch)}" data-value="{float(share)!r}">'
                       f'<title>{html.escape(model)} · {html.escape(ch)}: {float(share) * 100:.1f} %</title></rect>')  # fmt: skip
            x0 += w
    legend_y = row * len(models) + 22
    for i, ch in enumerate(channels):
        out.append(
            f'<text x="{label_w + (i % 5) * 125}" y="{legend_y + (i // 5) * 18}" fill="{color[ch]}">■ {html.escape(ch)}</text>'
        )
    out.append("</svg>")
    return "".join(out)


# -- sections ----------------------------------------------------------------------------------------


def latest_month(con: duckdb.DuckDBPyConnection) -> dt.date | None:
    return con.execute(
        """select max(period_start) from kpi_scorecard
           where period_grain = 'month' and channel = 'all' and kpi_value is not null"""
    ).fetchone()[0]


def arrow(change: float | None, direction: str) -> str:
    if change is None:
        return '<span class="arrow none">·</span>'
    if change == 0:
        return '<span class="arrow flat">→</span>'
    good = (change > 0) == (direction != "down")
    return f'<span class="arrow {"good" if good else "bad"}">{"▲" if change > 0 else "▼"}</span>'


def pct(v: float | None) -> str:
    return "–" if v is None else f"{float(v) * 100:+.1f} %"


def scorecard_section(con: duckdb.DuckDBPyConnection, month: dt.date, kpis: dict[str, dict]) -> str:
    rows = con.execute(
        """select kpi_name, family, unit, direction, kpi_value, change_abs, change_rate, yoy_change_rate,
                  target_value, is_target_met, goal_progress, is_goal_on_track, goal_deadline
           from kpi_scorecard
           where period_grain = 'month' and channel = 'all' and period_start = ?
           order by family, kpi_name""",
        [month],
    ).fetchall()
    out = [f'<section id="scorecard"><h2>{t("scorecard")} · {month:%Y-%m}</h2><table class="scorecard"><thead><tr>'
           f'<th>{t("kpi")}</th><th>{t("value")}</th><th>{t("trend")}</th><th>{t("mom")}</th><th>{t("yoy")}</th>'
           f'<th>{t("target")}</th><th>{t("met")}</th><th>{t("goal")}</th></tr></thead><tbody>']  # fmt: skip
    family = None
    for name, fam, unit, direction, value, change, change_rate, yoy, target, met, progress, on_track, deadline in rows:
        if fam != family:
            family = fam
            out.append(f'<tr class="family"><th colspan="8">{t(FAMILY.get(fam, (fam,) * 5))}</th></tr>')
        goal = ""
        if on_track is not None:
            goal = f"{pct(progress)[1:] if progress is not None else '–'} · {t('on_track' if on_track else 'off_track')} ({deadline:%Y-%m})"
        mark = "" if met is None else ("✓" if met else "✗")
        raw = "" if value is None else repr(float(value))
        out.append(f'<tr data-kpi="{name}" data-value="{raw}"><td>{kpi_label(kpis[name]) if name in kpis else html.escape(name)}</td>'
                   f'<td class="num value">{fmt(value, unit)}</td><td>{arrow(change, direction)}</td><td class="num">{pct(change_rate)}</td>'
                   f'<td class="num">{pct(yoy)}</td><td class="num">{fmt(target, unit)}</td><td>{mark}</td><td>{goal}</td></tr>')  # fmt: skip
    out.append("</tbody></table></section>")
    return "".join(out)


def funnel_section(con: duckdb.DuckDBPyConnection, month: dt.date, kpis: dict[str, dict]) -> str:
    values = dict(
        con.execute(
            f"""select kpi_name, kpi_value from kpi_scorecard
                where period_grain = 'month' and channel = 'all' and period_start = ?
                  and kpi_name in ({", ".join("?" for _ in FUNNEL)})""",
            [month, *FUNNEL],
        ).fetchall()
    )
    items = [(kpi_names(kpis[k]) if k in kpis else k, values.get(k)) for k in FUNNEL]
    return f'<section id="funnel"><h2>{t("funnel")} · {month:%Y-%m}</h2>{bar_chart("funnel", items, "count")}</section>'


def channel_section(con: duckdb.DuckDBPyConnection, month: dt.date) -> str:
    rows = con.execute(
        """select channel, marketing_spend_amount, new_leads, cost_per_lead from kpi_lead_generation
           where period_grain = 'month' and period_start = ? order by channel""",
        [month],
    ).fetchall()
    spend = bar_chart("channel_spend", [(r[0], r[1]) for r in rows], "reporting currency")
    leads = bar_chart("channel_leads", [(r[0], r[2]) for r in rows], "count")
    cpl = bar_chart("channel_cpl", [(r[0], r[3]) for r in rows], "reporting currency")
    return (f'<section id="channels"><h2>{t("channels")} · {month:%Y-%m}</h2><div class="grid">'
            f'<div><h3>{t("spend")}</h3>{spend}</div><div><h3>{t(("New leads", "新潛在客戶數", "新潜在客户数", "Новые лиды", "Khách hàng tiềm năng mới"))}</h3>{leads}</div>'
            f'<div><h3>{t(("Cost per lead", "單一潛在客戶成本", "单条线索成本", "Стоимость лида", "Chi phí mỗi lead"))}</h3>{cpl}</div></div></section>')  # fmt: skip


def month_series(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


def cac_clv_section(con: duckdb.DuckDBPyConnection) -> str:
    rows = month_series(
        con, "select period_start, cac, clv from kpi_revenue where period_grain = 'month' order by period_start"
    )
    chart = line_chart(
        "cac_clv", {"CAC": [(r[0], r[1]) for r in rows], "CLV": [(r[0], r[2]) for r in rows]}, "reporting currency"
    )
    return f'<section id="cac_clv"><h2>{t("cac_clv")}</h2>{chart}</section>'


def retention_section(con: duckdb.DuckDBPyConnection) -> str:
    rows = month_series(
        con,
        """select period_start, customer_retention_rate, churn_rate from kpi_retention
           where period_grain = 'month' and segment_type = 'all' order by period_start""",
    )
    chart = line_chart(
        "retention", {"retention": [(r[0], r[1]) for r in rows], "churn": [(r[0], r[2]) for r in rows]}, "fraction"
    )
    nps = month_series(
        con,
        """select period_start, nps from kpi_retention
           where period_grain = 'month' and segment_type = 'all' and nps is not null order by period_start""",
    )
    nps_chart = bar_chart("nps", [(f"{p:%Y-%m}", v) for p, v in nps], "score")
    return (f'<section id="retention"><h2>{t("retention")}</h2>{chart}</section>'
            f'<section id="nps"><h2>{t("nps")}</h2>{nps_chart}</section>')  # fmt: skip


def attribution_section(con: duckdb.DuckDBPyConnection) -> str:
    # summed and divided by the database over the mart's rows (all months)
    rows = con.execute(
        """with totals as (
               select attribution_model, channel, sum(attributed_revenue_amount) as revenue
               from kpi_attribution group by attribution_model, channel
           )
           select attribution_model, channel, revenue,
                  revenue / nullif(sum(revenue) over (partition by attribution_model), 0) as share
           from totals order by attribution_model, revenue desc"""
    ).fetchall()
    if not rows:
        return f'<section id="attribution"><h2>{t("attribution")}</h2><p class="empty">{t("no_data")}</p></section>'
    channels = sorted({r[1] for r in rows})
    chart = stacked_shares("attribution", [(m, ch, share or 0) for m, ch, _, share in rows], channels)
    table = [
        f'<table class="attribution"><thead><tr><th>{t("model")}</th><th>{t("channel")}</th><th>{t("share")}</th></tr></thead><tbody>'
    ]
    seen: dict[str, int] = {}
    for model, channel, revenue, share in rows:
        seen[model] = seen.get(model, 0) + 1
        if seen[model] <= 3:
            table.append(f'<tr data-model="{model}" data-channel="{html.escape(channel)}" data-revenue="{float(revenue)!r}">'
                         f'<td>{model}</td><td>{html.escape(channel)}</td><td class="num">{float(share or 0) * 100:.1f} %</td></tr>')  # fmt: skip
    table.append("</tbody></table>")
    return f'<section id="attribution"><h2>{t("attribution")}</h2>{chart}{"".join(table)}</section>'


def quality_section(validation: Path) -> str:
    if not validation.exists():
        return f'<section id="data_quality"><h2>{t("dq")}</h2><p class="empty">{t("no_data")}</p></section>'
    summary = json.loads(validation.read_text(encoding="utf-8"))
    unavailable = summary.get("unavailable_kpis") or {}
    items = "".join(
        f"<li><b>{html.escape(k)}</b>: {html.escape(', '.join(v) if isinstance(v, list) else str(v))}</li>"
        for k, v in sorted(unavailable.items())
    )
    return (f'<section id="data_quality"><h2>{t("dq")}</h2><table class="dq">'
            f'<tr><th>{t("files")}</th><td class="num" data-dq="files">{summary.get("files", 0):,}</td></tr>'
            f'<tr><th>{t("rejected")}</th><td class="num" data-dq="rejected">{summary.get("rejected", 0):,}</td></tr>'
            f'<tr><th>{t("quarantined")}</th><td class="num" data-dq="quarantined_rows">{summary.get("quarantined_rows", 0):,}</td></tr>'
            f'<tr><th>{t("unavailable")}</th><td data-dq="unavailable_kpis">{f"<ul>{items}</ul>" if items else t("none")}</td></tr>'
            f"</table></section>")  # fmt: skip


STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK TC",sans-serif;margin:24px;color:#222;max-width:1200px}
h1{margin:0 0 4px}h2{margin-top:32px;border-bottom:2px solid #2f6db5;padding-bottom:4px}h3{font-size:14px;margin:8px 0}
table{border-collapse:collapse;font-size:13px}td,th{padding:3px 8px;border-bottom:1px solid #eee;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}tr.family th{background:#f3f6fb;font-size:14px}
.arrow.good{color:#2e8b57}.arrow.bad{color:#c0392b}.arrow.flat,.arrow.none{color:#999}
svg.chart{font-size:11px;display:block;margin:4px 0 12px}.grid{display:flex;flex-wrap:wrap;gap:12px}
.grid>div{flex:1 1 360px}.meta{color:#666;font-size:13px}nav a{margin-right:10px}.empty{color:#999}
"""
SCRIPT = """
(function(){
  function apply(lang){
    document.documentElement.lang = lang.replace('_','-');
    document.querySelectorAll('.t').forEach(function(el){ el.textContent = el.dataset[lang] || el.dataset.en; });
    var sel = document.getElementById('lang'); if (sel) sel.value = lang;
  }
  var m = /lang=([a-z_]+)/.exec(location.hash);
  apply(m ? m[1] : 'en');
  document.getElementById('lang').addEventListener('change', function(e){ location.hash = 'lang=' + e.target.value; apply(e.target.value); });
})();
"""


def render(con: duckdb.DuckDBPyConnection, validation: Path) -> str:
    kpis = registry()
    month = latest_month(con)
    sections = []
    if month is not None:
        sections += [scorecard_section(con, month, kpis), funnel_section(con, month, kpis), channel_section(con, month)]
    sections += [cac_clv_section(con), retention_section(con), attribution_section(con), quality_section(validation)]
    options = "".join(f'<option value="{lang}">{name}</option>' for lang, name in LANG_NAMES.items())
    nav = " ".join(f'<a href="#{s}">{t(k)}</a>' for s, k in (
        ("scorecard", "scorecard"), ("funnel", "funnel"), ("channels", "channels"), ("cac_clv", "cac_clv"),
        ("retention", "retention"), ("nps", "nps"), ("attribution", "attribution"), ("data_quality", "dq")))  # fmt: skip
    built = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>KPI report</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}</style></head><body>'
            f'<h1>{t("title")}</h1><p class="meta">{t("built")} {built} · <select id="lang" aria-label="language">{options}</select></p>'
            f'<nav>{nav}</nav>{"".join(sections)}<script>{SCRIPT}</script></body></html>')  # fmt: skip


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
        page = render(con, args.validation)
    finally:
        con.close()
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / "index.html"
    tmp = target.with_suffix(".html.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(target)  # a reader never sees half a page
    print(f"report: {target} ({len(page.encode()) / 1024:.0f} KiB, {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
