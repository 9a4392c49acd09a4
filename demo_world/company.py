"""The monthly files: finance (expenses, P&L), market size, brand signals, the awareness survey and LinkedIn page statistics."""

from __future__ import annotations

from demo_world import model as w
from demo_world.formats import csv_text, daterange, mdy, month_offset


class CompanyExports:
    """The monthly files: finance (expenses, P&L), market size, brand signals, the awareness survey and LinkedIn page statistics."""

    # -- files written once the simulation has run ---------------------------------------------
    def write_monthly_files(self) -> None:
        """Every file written once the simulation has run, in this order (the random draws too)."""
        self.write_ga4()
        self.write_mailchimp()
        self.write_finance()
        self.write_market()
        self.write_linkedin_page()

    def write_finance(self) -> None:
        """Expenses by category and a monthly P&L, in TWD (the company books in Taipei)."""
        r = self.rnd
        exp = [["Month", "Category", "Amount", "Currency"]]
        pnl = [["Month", "Net Sales", "Net Income", "Currency"]]
        for mo in range(w.MONTHS):
            month = w.month_start(mo)
            twd = w.fx_rate("TWD", mo)
            costs = {"Advertising": round(self.ad_spend_usd[mo] * twd)}
            costs["Events"] = round(self.event_cost_usd[mo] * twd)
            for cat, base in w.EXPENSES_TWD.items():
                costs[cat] = round(base * self.scale * (1 + mo * 0.008) * r.noise(0.04))
            for cat, amount in costs.items():
                exp.append([month.isoformat(), cat, str(amount), "TWD"])
            net_sales = round(self.revenue_usd[mo] * twd)
            pnl.append([month.isoformat(), str(net_sales), str(net_sales - sum(costs.values())), "TWD"])
        self.out.path("finance", "expenses", "expenses.csv").write_text(csv_text(exp), encoding="utf-8")
        self.out.path("finance", "pnl", "pnl.csv").write_text(csv_text(pnl), encoding="utf-8")

    def write_market(self) -> None:
        """Total market size per quarter, the brand signals per month and the awareness survey."""
        r = self.rnd
        market = [["quarter_start", "region", "total_market_revenue_usd"]]
        for q in range(w.MONTHS // 3):
            market.append(
                [
                    w.month_start(q * 3).isoformat(),
                    "SMB marketing analytics, US + APAC",
                    f"{41_500_000 * (1 + q * 0.012):.0f}",
                ]
            )
        self.out.path("market", "market_size", "market_size.csv").write_text(csv_text(market), encoding="utf-8")
        signals = [["month", "social_mentions", "branded_search_volume"]]
        for mo in range(w.MONTHS):
            signals.append(
                [
                    w.month_start(mo).isoformat(),
                    str(int((30 + self.leads_by_month[mo] / 6) * r.noise(0.15))),
                    str(int(self.brand_impressions[mo] * 1.6)),
                ]
            )
        self.out.path("market", "brand_signals", "brand_signals.csv").write_text(csv_text(signals), encoding="utf-8")
        survey = [["quarter_start", "respondents", "aided_aware", "unaided_aware"]]
        for q in range(w.MONTHS // 3):
            n = 400
            survey.append(
                [
                    w.month_start(q * 3).isoformat(),
                    str(n),
                    str(r.binomial(n, 0.17 + q * 0.012)),
                    str(r.binomial(n, 0.045 + q * 0.004)),
                ]
            )
        self.out.path("surveys", "brand_awareness", "brand_awareness.csv").write_text(
            csv_text(survey), encoding="utf-8"
        )

    def write_linkedin_page(self) -> None:
        """The LinkedIn company page, daily, as converted from the page analytics .xls sheets."""
        r = self.rnd
        page = [
            [
                "Date",
                "Impressions (total)",
                "Reactions (total)",
                "Comments (total)",
                "Reposts (total)",
                "New followers",
                "Total followers",
            ]
        ]
        followers = 1_850 * self.scale
        for d in daterange(w.START, w.END):
            impressions = int(
                900 * self.scale * (1 + month_offset(d) * 0.02) * (1.0 if d.weekday() < 5 else 0.4) * r.noise(0.25)
            )
            new = r.binomial(impressions, 0.0022)
            followers += new
            page.append(
                [
                    mdy(d),
                    str(impressions),
                    str(r.binomial(impressions, 0.021)),
                    str(r.binomial(impressions, 0.0025)),
                    str(r.binomial(impressions, 0.0014)),
                    str(new),
                    str(followers),
                ]
            )
        self.out.path("social", "linkedin_page", "linkedin_page_stats.csv").write_text(csv_text(page), encoding="utf-8")
