"""The offline KPI report as an owner sees it: scripts/report.py writes the page from the warehouse
./scripts/test built, headless Chromium opens it from file:// with every host unreachable, and the
test asserts on the DOM Chromium rendered: every chart drew one bar or point per row of its mart,
five KPI values shown equal kpi_scorecard, the language switch shows the glossary's languages, and
nothing is loaded from a network. Screenshots are kept in the test's temporary folder. Skipped,
saying why, only where Chromium is not installed and cannot be (./scripts/test installs it as root)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT
from test_docs_site import CHROMIUM

FIVE_KPIS = ("new_leads", "sessions", "cost_per_lead", "win_rate", "mrr_amount")


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text of each <tr data-kpi> row's value cell."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.chart: str | None = None
        self.charts: dict[str, list[dict[str, str]]] = {}
        self.kpi_rows: dict[str, dict[str, str]] = {}
        self._row: str | None = None
        self._in_value = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append((tag, a))
        if tag == "svg" and "data-chart" in a:
            self.chart = a["data-chart"]
            self.charts[self.chart] = []
        if tag in ("rect", "circle") and self.chart and a.get("class") in ("bar", "point"):
            self.charts[self.chart].append(a)
        if tag == "tr" and "data-kpi" in a:
            self._row = a["data-kpi"]
            self.kpi_rows[self._row] = {"data-value": a.get("data-value", ""), "text": ""}
        if tag == "td" and "value" in a.get("class", "").split() and self._row:
            self._in_value = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg":
            self.chart = None
        if tag == "td":
            self._in_value = False
        if tag == "tr":
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._in_value and self._row:
            self.kpi_rows[self._row]["text"] += data


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (apt-get install -y chromium needs root here); report not rendered")
    out = tmp_path_factory.mktemp("report")
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "report.py"), "--out", str(out)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    return out / "index.html"


def render(page: Path, fragment: str, screenshot: Path) -> tuple[str, float]:
    """The DOM after the page's script ran, from file:// with no host reachable; and the seconds it took."""
    common = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND",
        "--virtual-time-budget=5000", "--window-size=1280,2400",
    ]  # fmt: skip
    url = page.as_uri() + fragment
    subprocess.run([*common, f"--screenshot={screenshot}", url], capture_output=True, timeout=120, check=False)
    started = time.perf_counter()
    dom = subprocess.run([*common, "--dump-dom", url], capture_output=True, text=True, timeout=120, check=True).stdout
    return dom, time.perf_counter() - started


@pytest.fixture(scope="module")
def english(report: Path, tmp_path_factory) -> Elements:
    shot = tmp_path_factory.mktemp("shots") / "report_en.png"
    dom, seconds = render(report, "", shot)
    print(
        f"report: {report.stat().st_size / 1024:.0f} KiB, rendered by Chromium in {seconds:.1f} s (screenshot {shot})"
    )
    assert shot.exists() and shot.stat().st_size > 20_000
    parsed = Elements()
    parsed.feed(dom)
    return parsed


def latest_month(warehouse) -> str:
    return warehouse.execute(
        "select max(period_start) from kpi_scorecard where period_grain = 'month' and channel = 'all' and kpi_value is not null"
    ).fetchone()[0]


def test_every_chart_draws_one_mark_per_mart_row(warehouse, english) -> None:
    month = latest_month(warehouse)
    expected = {
        "funnel": warehouse.execute(
            """select count(*) from kpi_scorecard where period_grain = 'month' and channel = 'all'
               and period_start = ? and kpi_value is not null
               and kpi_name in ('new_leads', 'mqls', 'sqls', 'opportunities', 'wins')""", [month]).fetchone()[0],
        "channel_spend": warehouse.execute(
            "select count(marketing_spend_amount) from kpi_lead_generation where period_grain = 'month' and period_start = ?", [month]).fetchone()[0],
        "channel_leads": warehouse.execute(
            "select count(new_leads) from kpi_lead_generation where period_grain = 'month' and period_start = ?", [month]).fetchone()[0],
        "channel_cpl": warehouse.execute(
            "select count(cost_per_lead) from kpi_lead_generation where period_grain = 'month' and period_start = ?", [month]).fetchone()[0],
        "cac_clv": warehouse.execute("select count(cac) + count(clv) from kpi_revenue where period_grain = 'month'").fetchone()[0],
        "retention": warehouse.execute(
            "select count(customer_retention_rate) + count(churn_rate) from kpi_retention where period_grain = 'month' and segment_type = 'all'").fetchone()[0],
        "nps": warehouse.execute(
            "select count(nps) from kpi_retention where period_grain = 'month' and segment_type = 'all'").fetchone()[0],
        "attribution": warehouse.execute(
            """select count(*) from (select attribution_model, channel from kpi_attribution
               group by attribution_model, channel having sum(attributed_revenue_amount) > 0)""").fetchone()[0],
    }  # fmt: skip
    drawn = {chart: len(marks) for chart, marks in english.charts.items()}
    assert drawn == expected
    assert all(n > 0 for n in expected.values()), expected  # the demo data fills every chart
    # the months of the CAC / CLV line are the mart's months, in order
    months = [str(m)[:7] for (m,) in warehouse.execute(
        "select period_start from kpi_revenue where period_grain = 'month' and cac is not null order by period_start").fetchall()]  # fmt: skip
    assert [p["data-label"] for p in english.charts["cac_clv"] if p["data-series"] == "CAC"] == months


def number(text: str) -> float:
    return float(re.sub(r"[^0-9.\-]", "", text.replace("−", "-")))


def test_five_kpi_values_shown_equal_the_scorecard(warehouse, english) -> None:
    month = latest_month(warehouse)
    for kpi in FIVE_KPIS:
        value, unit = warehouse.execute(
            """select kpi_value, unit from kpi_scorecard
               where kpi_name = ? and period_grain = 'month' and channel = 'all' and period_start = ?""",
            [kpi, month],
        ).fetchone()
        row = english.kpi_rows[kpi]
        assert float(row["data-value"]) == pytest.approx(float(value), rel=1e-12), kpi
        shown = number(row["text"])
        if unit.startswith("fraction"):
            assert row["text"].strip().endswith("%") and shown == pytest.approx(float(value) * 100, abs=0.05), kpi
        elif unit == "count" or abs(float(value)) >= 1000:
            assert shown == pytest.approx(float(value), abs=0.5), kpi
        else:
            assert shown == pytest.approx(float(value), abs=0.005), kpi


def test_language_switch_shows_each_glossary_language(report, tmp_path) -> None:
    for fragment, words in (
        ("#lang=ru", ("Отчёт по KPI", "Новые лиды")),
        ("#lang=vi", ("Báo cáo KPI", "Khách hàng tiềm năng mới")),
        ("#lang=zh_hant", ("KPI 報告", "新潛在客戶數")),
        ("#lang=zh_hans", ("KPI 报告", "新潜在客户数")),
    ):
        dom, _ = render(report, fragment, tmp_path / f"report_{fragment[6:]}.png")
        for word in words:
            assert word in dom, (fragment, word)


def test_page_is_self_contained(report, english) -> None:
    """No script, style, image or font from anywhere: the page opens offline from file://."""
    external = [
        (tag, a)
        for tag, a in english.tags
        for k in ("src", "href")
        if a.get(k, "").split(":")[0] in ("http", "https", "file")
    ]
    assert external == []
    text = report.read_text(encoding="utf-8")
    assert "<link" not in text and "@import" not in text and "url(" not in text


def test_data_quality_section_shows_the_validation_summary(tmp_path) -> None:
    """Files, rejections, quarantined rows and the KPIs a missing column makes unavailable, as the
    validation summary of the last landing gives them (no Chromium needed: the page's HTML)."""
    summary = {
        "files": 7, "rejected": 2, "quarantined_rows": 1234,
        "unavailable_kpis": {"hubspot/contacts": ["avg_lead_score: needs column 'HubSpot Score' (in 0 of 1 file(s))"]},
    }  # fmt: skip
    (tmp_path / "summary.json").write_text(json.dumps(summary), encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "report.py"), "--out", str(tmp_path),
                          "--validation", str(tmp_path / "summary.json")], capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 0, run.stderr
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    section = page[page.index('<section id="data_quality">') :]
    for shown in (
        'data-dq="files">7<',
        'data-dq="rejected">2<',
        'data-dq="quarantined_rows">1,234<',
        "avg_lead_score: needs column",
    ):
        assert shown in section, shown
