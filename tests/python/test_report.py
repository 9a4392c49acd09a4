"""The offline KPI report as an owner sees it: scripts/report.py writes the pages from the warehouse
./scripts/test built, headless Chromium opens them from file:// with every host unreachable, and the
tests assert on the DOM Chromium rendered, against the marts read here: every chart drew one bar or
point per row of its mart; the headline's tiles show each KPI's latest value with its unit and
currency, a sparkline of its stored months and its target status; the targets missed and met are
those of the scorecard, sorted by the gap computed here; a young cohort is marked as maturing, not
a drop; NPS bars are coloured by sign; a second language formats numbers its own way; an empty
warehouse names the exports that would fill each section; nothing is loaded from a network.
Screenshots are kept in the test's temporary folder. Skipped, saying why, only where Chromium is not
installed and cannot be (./scripts/test installs it as root)."""

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
        self.tiles: dict[str, dict] = {}
        self._tile: str | None = None
        self._tile_depth = 0
        self.targets: list[dict[str, str]] = []
        self.empty: list[str] = []
        self.texts: list[str] = []
        self.rows_text: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append((tag, a))
        if "data-tile" in a:
            self._tile, self._tile_depth = a["data-tile"], 0
            self.tiles[self._tile] = {**a, "spark": [], "text": ""}
        if self._tile and tag == "div":
            self._tile_depth += 1
        if "data-target-kpi" in a:
            self.targets.append(a)
        if "data-empty" in a:
            self.empty.append(a["data-empty"])
        if tag == "svg" and a.get("data-chart") == "spark":
            self.chart = "spark"
        elif tag == "svg" and "data-chart" in a:
            self.chart = a["data-chart"]
            self.charts[self.chart] = []
        if tag in ("rect", "circle") and self.chart == "spark" and self._tile:
            self.tiles[self._tile]["spark"].append(a)
        elif tag in ("rect", "circle") and self.chart and a.get("class") in ("bar", "point"):
            self.charts[self.chart].append(a)
        if tag == "tr" and "data-kpi" in a:
            self._row = a["data-kpi"]
            self.kpi_rows[self._row] = {"data-value": a.get("data-value", ""), "text": "",
                                        "maturing": a.get("data-maturing", "")}  # fmt: skip
            self.rows_text[self._row] = ""
        if tag == "td" and "value" in a.get("class", "").split() and self._row:
            self._in_value = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg":
            self.chart = None
        if self._tile and tag == "div":
            self._tile_depth -= 1
            if self._tile_depth == 0:
                self._tile = None
        if tag == "td":
            self._in_value = False
        if tag == "tr":
            self._row = None

    def handle_data(self, data: str) -> None:
        self.texts.append(data)
        if self._tile:
            self.tiles[self._tile]["text"] += data
        if self._row:
            self.rows_text[self._row] += data
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
            "select count(customer_retention_rate) from kpi_retention where period_grain = 'month' and segment_type = 'all'").fetchone()[0],
        "churn": warehouse.execute(
            "select count(churn_rate) from kpi_retention where period_grain = 'month' and segment_type = 'all'").fetchone()[0],
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
    assert [p["data-label"] for p in english.charts["cac_clv"] if p["data-series"].endswith("(CAC)")] == months


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


def test_each_language_has_its_page_with_its_words_and_number_format(report, warehouse, tmp_path) -> None:
    """One page per glossary language, linked from every page; KPI names from the registry, numbers
    in the language's own format (checked by hand: Russian groups with a space and writes a decimal
    comma, Vietnamese groups with a dot)."""
    month = latest_month(warehouse)
    sessions = int(warehouse.execute(
        "select kpi_value from kpi_scorecard where kpi_name = 'sessions' and period_grain = 'month' "
        "and channel = 'all' and period_start = ?", [month]).fetchone()[0])  # fmt: skip
    assert sessions >= 1000  # so that it has a thousands separator
    english_style = f"{sessions:,}"
    for page, words, grouped in (
        ("index.ru.html", ("Отчёт по KPI", "Новые лиды", "Как у нас дела"), english_style.replace(",", "\u00a0")),
        (
            "index.vi.html",
            ("Báo cáo KPI", "Khách hàng tiềm năng mới", "Tình hình hiện tại"),
            english_style.replace(",", "."),
        ),
        ("index.zh_hant.html", ("KPI 報告", "新潛在客戶數"), english_style),
        ("index.zh_hans.html", ("KPI 报告", "新潜在客户数"), english_style),
    ):
        dom, _ = render(report.parent / page, "", tmp_path / f"{page}.png")
        for word in words:
            assert word in dom, (page, word)
        parsed = Elements()
        parsed.feed(dom)
        assert parsed.kpi_rows["sessions"]["text"].strip() == grouped, page
        assert parsed.tiles["sessions"]["text"].count(grouped) == 1, page
        links = {a["href"] for tag, a in parsed.tags if tag == "a" and a.get("hreflang")}
        assert links == {"index.html", "index.ru.html", "index.vi.html", "index.zh_hant.html", "index.zh_hans.html"}
    ru = (report.parent / "index.ru.html").read_text(encoding="utf-8")
    rate = float(warehouse.execute(
        "select kpi_value from kpi_scorecard where kpi_name = 'email_open_rate' and period_grain = 'month' "
        "and channel = 'all' and period_start = ?", [month]).fetchone()[0])  # fmt: skip
    assert f"{rate * 100:.1f}".replace(".", ",") + "\u00a0%" in ru or f"{rate * 100:.1f}".replace(".", ",") + "%" in ru


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


HEADLINE = {  # the KPIs the source articles put first, and a word of their unit as the page shows it
    "sales_cycle_days_mean": "days", "cac": "$", "clv": "$", "sessions": "", "email_open_rate": "%",
    "marketing_roi": "%", "customer_retention_rate": "%", "nps": "",
}  # fmt: skip


def months_before(month, n: int):
    import datetime as dt

    index = month.year * 12 + month.month - 1 - n
    return dt.date(index // 12, index % 12 + 1, 1)


def test_the_headline_tiles_show_value_unit_sparkline_and_target(warehouse, english) -> None:
    month = latest_month(warehouse)
    assert list(english.tiles) == list(HEADLINE)
    for kpi, unit_word in HEADLINE.items():
        tile = english.tiles[kpi]
        stored = warehouse.execute(
            """select period_start, kpi_value from kpi_scorecard where kpi_name = ? and period_grain = 'month'
               and channel = 'all' and period_start between ? and ? and kpi_value is not null order by 1""",
            [kpi, months_before(month, 12), month],
        ).fetchall()
        assert stored, kpi  # the demo fills every tile
        assert float(tile["data-value"]) == pytest.approx(float(stored[-1][1]), rel=1e-12), kpi
        assert [p["data-label"] for p in tile["spark"]] == [f"{p:%Y-%m}" for p, _ in stored], kpi
        assert [float(p["data-value"]) for p in tile["spark"]] == pytest.approx([float(v) for _, v in stored]), kpi
        assert unit_word in tile["text"], (kpi, tile["text"])
        met = warehouse.execute(
            """select is_target_met from kpi_scorecard where kpi_name = ? and period_grain = 'month'
               and channel = 'all' and period_start = ?""",
            [kpi, month],
        ).fetchone()
        expected = "none" if met is None or met[0] is None else ("met" if met[0] else "missed")
        assert tile["data-status"] == expected, kpi
    assert english.tiles["sales_cycle_days_mean"]["text"].count("days") >= 1
    assert "USD" in "".join(english.texts)  # the currency is named once, money shows its symbol


def test_targets_missed_and_met_are_the_scorecards_sorted_by_gap(warehouse, english) -> None:
    month = latest_month(warehouse)
    rows = warehouse.execute(
        """select kpi_name, kpi_value, target_value, direction, is_target_met from kpi_scorecard
           where period_grain = 'month' and channel = 'all' and period_start = ? and is_target_met is not null""",
        [month],
    ).fetchall()
    maturing = {k for k, row in english.kpi_rows.items() if row.get("maturing")}
    shown = [t["data-target-kpi"] for t in english.targets]
    expected = {k for k, *_ in rows} - maturing
    assert sorted(shown) == sorted(expected) and len(shown) >= 5

    def gap(value, target, direction) -> float:
        raw = (float(value) - float(target)) / abs(float(target))
        return -raw if direction == "down" else raw

    gaps = {k: gap(v, t, d) for k, v, t, d, _ in rows}
    met = {k for k, *_, m in rows if m}
    missed_shown = [k for k in shown if k not in met]
    met_shown = [k for k in shown if k in met]
    assert missed_shown == sorted(missed_shown, key=lambda k: gaps[k]) and all(gaps[k] < 0 for k in missed_shown)
    assert met_shown == sorted(met_shown, key=lambda k: -gaps[k]) and all(gaps[k] >= 0 for k in met_shown)
    headline = next(a for tag, a in english.tags if "data-targets-met" in a)
    assert (int(headline["data-targets-met"]), int(headline["data-targets-total"])) == (len(met_shown), len(shown))


def test_a_young_cohort_is_maturing_not_a_drop(warehouse, english) -> None:
    """The latest month's lead-to-won cohort has had no time to win: the page marks it, and shows no
    change against the month before (the mart's change_rate for it is a fall)."""
    row = english.kpi_rows["lead_to_won_rate"]
    assert row.get("maturing") == "true"
    assert "maturing" in row["text"]
    page = english.rows_text["lead_to_won_rate"]
    assert "-100" not in page and "−100" not in page


def test_colours_follow_meaning_and_axes_say_their_unit(english) -> None:
    nps = english.charts["nps"]
    assert nps and all(b["fill"] == ("#2e8b57" if float(b["data-value"]) > 0 else "#c0392b") for b in nps
                       if float(b["data-value"]) != 0)  # fmt: skip
    titles = [t for t in english.texts if "Amount (USD)" in t or "Share of customers" in t]
    assert len(titles) >= 3  # CAC/CLV in USD; retention and churn each on its own scale
    assert english.charts["retention"] and english.charts["churn"]
    models = {a["data-model"] for a in english.charts["attribution"]}
    assert "u_shaped" in models and "U-shaped (position-based)" in english.texts


def test_each_kpi_links_to_its_mart_in_the_docs(english) -> None:
    manifest = json.loads((ROOT / "target" / "manifest.json").read_text(encoding="utf-8"))
    links = [a["href"] for tag, a in english.tags if tag == "a" and "#!/model/" in a.get("href", "")]
    assert len(links) > 70
    for link in set(links):
        path, _, node = link.partition("#!/model/")
        assert path.endswith("target/static_index.html") and node in manifest["nodes"], link


def test_an_empty_warehouse_names_the_export_for_every_section(warehouse, tmp_path) -> None:
    """The marts with no rows: every section says no data, and which export folder would fill it."""
    import duckdb

    empty = tmp_path / "empty.duckdb"
    con = duckdb.connect(str(empty))
    con.execute("create schema marts")
    for table in ("kpi_scorecard", "kpi_lead_generation", "kpi_revenue", "kpi_retention", "kpi_attribution"):
        columns = warehouse.execute(f"select column_name, data_type from duckdb_columns() where schema_name = 'marts' "
                                    f"and table_name = '{table}' order by column_index").fetchall()  # fmt: skip
        con.execute(f"create table marts.{table} ({', '.join(f'{c} {t}' for c, t in columns)})")
    con.close()
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "report.py"), "--warehouse", str(empty),
                          "--out", str(tmp_path / "out")], capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 0, run.stderr
    parsed = Elements()
    parsed.feed((tmp_path / "out" / "index.html").read_text(encoding="utf-8"))
    assert set(parsed.empty) >= {
        "scorecard",
        "funnel",
        "channels",
        "cac_clv",
        "retention",
        "churn",
        "nps",
        "attribution",
    }
    text = "".join(parsed.texts)
    for export in ("hubspot/contacts/", "stripe/subscriptions/", "surveys/nps_responses/", "stripe/invoices/"):
        assert export in text, export


def test_every_channel_and_attribution_model_has_a_readable_name_in_every_language() -> None:
    """The report's words (scripts/report/words.csv) cover every channel of the channel map and
    every attribution model the mart may hold, in all five languages."""
    import csv

    with open(ROOT / "scripts" / "report" / "words.csv", newline="", encoding="utf-8") as fh:
        words = {r["key"]: r for r in csv.DictReader(fh)}
    with open(ROOT / "seeds" / "reference" / "channel_map.csv", newline="", encoding="utf-8") as fh:
        channels = {r["channel"] for r in csv.DictReader(fh)}
    yml = (ROOT / "models" / "marts" / "attribution" / "kpi_attribution.yml").read_text(encoding="utf-8")
    models = set(re.findall(r"\b(first_touch|last_touch|linear|time_decay|u_shaped|w_shaped|full_path)\b", yml))
    assert len(models) == 7
    for key in [f"channel:{c}" for c in channels] + [f"model:{m}" for m in models]:
        assert key in words, key
        assert all(words[key][lang].strip() for lang in ("en", "zh_hant", "zh_hans", "ru", "vi")), key
