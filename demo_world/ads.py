"""The four ad platforms' campaign reports, each in its vendor's layout."""

from __future__ import annotations

import csv
import datetime as dt

from demo_world import model as w
from demo_world.formats import csv_text, local_amount, mdy, meta_line, pct, thousands, us_long


class AdsExports:
    """The four ad platforms' campaign reports, each in its vendor's layout."""

    # -- ad platform files, one per platform and month ------------------------------------------
    def write_ads(self, mo: int, ads: dict[str, list[list]]) -> None:
        first, last = w.month_start(mo), w.month_end(mo)
        tag = first.strftime("%Y-%m")
        self.write_google_ads(tag, first, last, ads["google_ads"])
        self.write_linkedin(tag, first, last, ads["linkedin_ads"])
        self.write_meta(tag, first, last, ads["meta_ads"])
        self.write_microsoft(tag, first, last, ads["microsoft_ads"])

    def write_google_ads(self, tag: str, first: dt.date, last: dt.date, rows: list[list]) -> None:
        """Google Ads UI 'Campaign report' download (.csv, en-US), segmented by Day."""
        cur = w.PLATFORM_CURRENCY["google_ads"]
        lines = [["Campaign report"], [f"{us_long(first)} - {us_long(last)}"], [
            "Day", "Campaign ID", "Campaign", "Campaign status", "Campaign type", "Currency code",
            "Impr.", "Clicks", "CTR", "Avg. CPC", "Cost", "Conversions", "Conv. rate", "Cost / conv.",
        ]]  # fmt: skip
        tot = [0, 0, 0.0, 0.0]
        for d, c, impr, clicks, spend_usd, conv in rows:
            cost = local_amount(spend_usd, cur, d)
            tot[0] += impr
            tot[1] += clicks
            tot[2] += cost
            tot[3] += conv
            lines.append([
                d.isoformat(), c.campaign_id, c.name, "Enabled", "Search", cur, thousands(impr),
                thousands(clicks), pct(clicks / impr) if impr else "0.00%",
                f"{cost / clicks:.2f}" if clicks else "0", f"{cost:.2f}", thousands(conv, 2),
                pct(conv / clicks) if clicks else "0.00%",
                f"{cost / conv:.2f}" if conv else "0",
            ])  # fmt: skip
        ctr = pct(tot[1] / tot[0]) if tot[0] else "0.00%"
        cpc = f"{tot[2] / tot[1]:.2f}" if tot[1] else " --"
        for label, ctype in [("Total: Campaigns", " --"), ("Total: Account", " --"), ("Total: Search", "Search")]:
            lines.append([
                label, " --", " --", " --", ctype, cur, thousands(tot[0]), thousands(tot[1]), ctr,
                cpc, f"{tot[2]:.2f}", thousands(tot[3], 2), pct(tot[3] / tot[1]) if tot[1] else "0.00%",
                f"{tot[2] / tot[3]:.2f}" if tot[3] else " --",
            ])  # fmt: skip
        text = csv_text(lines)
        self.out.path("google_ads", "campaign_report", f"campaign_report_{tag}.csv").write_text(text, encoding="utf-8")

    def write_linkedin(self, tag: str, first: dt.date, last: dt.date, rows: list[list]) -> None:
        """LinkedIn Campaign Manager campaign performance export: UTF-16LE + BOM, TAB, 5-line preamble."""
        generated = last + dt.timedelta(days=2)
        pre = (
            "Campaign Performance Report (in UTC)\n"
            f'"Report Start: {us_long(first)}, 12:00 AM"\n'
            f'"Report End: {us_long(last)}, 11:59 PM"\n'
            f'"Date Generated: {us_long(generated)}, 9:14 AM"\n'
            "\n"
        )
        lines = [[
            "Start Date (in UTC)", "Account Name", "Currency", "Campaign Group ID",
            "Campaign Group Name", "Campaign ID", "Campaign Name", "Campaign Status", "Total Spent",
            "Impressions", "Clicks", "Click Through Rate", "Average CPM", "Average CPC",
            "Conversions", "Leads",
        ]]  # fmt: skip
        cur = w.PLATFORM_CURRENCY["linkedin_ads"]
        for d, c, impr, clicks, spend_usd, conv in rows:
            spent = local_amount(spend_usd, cur, d)
            lines.append([
                mdy(d), "Lotus Analytics Ltd.", cur, "61000", "Lotus | Always on", c.campaign_id,
                c.name, "ACTIVE", f"{spent:.2f}", str(impr), str(clicks),
                f"{clicks / impr * 100:.3f}%" if impr else "0%",
                f"{spent / impr * 1000:.2f}" if impr else "0", f"{spent / clicks:.2f}" if clicks else "0",
                str(int(conv)), str(int(conv * 0.6)),
            ])  # fmt: skip
        text = pre + csv_text(lines, delimiter="\t")
        p = self.out.path("linkedin_ads", "campaign_report", f"campaign_performance_report_{tag}.csv")
        p.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))

    def write_meta(self, tag: str, first: dt.date, last: dt.date, rows: list[list]) -> None:
        """Meta Ads Manager export (Campaigns level, broken down by Day) with its summary row."""
        cur = w.PLATFORM_CURRENCY["meta_ads"]
        header = [
            "Reporting starts", "Reporting ends", "Campaign name", "Campaign ID", "Campaign delivery",
            "Attribution setting", "Results", "Result indicator", "Reach", "Impressions",
            "Cost per results", f"Amount spent ({cur})", "Link clicks", "CTR (link click-through rate)",
            "Ends",
        ]  # fmt: skip
        body = []
        tot = [0, 0, 0.0, 0, 0]
        for d, c, impr, clicks, spend_usd, conv in rows:
            spent = local_amount(spend_usd, cur, d)
            results = int(conv)
            reach = int(impr * 0.71)
            tot[0] += impr
            tot[1] += clicks
            tot[2] += spent
            tot[3] += results
            tot[4] += reach
            body.append([
                d.isoformat(), d.isoformat(), c.name, c.campaign_id, "active", "7-day click or 1-day view",
                str(results) if results else "", "actions:onsite_conversion.lead_grouped", str(reach),
                str(impr), f"{spent / results:.6f}" if results else "", f"{spent:.2f}", str(clicks),
                f"{clicks / impr * 100:.8f}" if impr else "0", "Ongoing",
            ])  # fmt: skip
        summary = [
            first.isoformat(), last.isoformat(), "", "", "", "", str(tot[3]), "", str(tot[4]), str(tot[0]),
            f"{tot[2] / tot[3]:.6f}" if tot[3] else "", f"{tot[2]:.2f}", str(tot[1]),
            f"{tot[1] / tot[0] * 100:.8f}" if tot[0] else "0", "",
        ]  # fmt: skip
        text = "".join(meta_line(x) for x in [header, summary, *body])
        name = (
            f"Lotus-Analytics-Campaigns-{first.day}-{first.strftime('%b-%Y')}-{last.day}-{last.strftime('%b-%Y')}.csv"
        )
        self.out.path("meta_ads", "campaign_report", name).write_text(text, encoding="utf-8")

    def write_microsoft(self, tag: str, first: dt.date, last: dt.date, rows: list[list]) -> None:
        """Microsoft Advertising UI campaign report: UTF-8 BOM, quoted preamble, copyright footer."""
        cur = w.PLATFORM_CURRENCY["microsoft_ads"]
        generated = last + dt.timedelta(days=1)
        pre = [
            ["Report Name: Campaign performance"],
            [f"Report Time: {mdy(first)},{mdy(last)}"],
            ["Time Zone: (GMT+08:00) Taipei"],
            [f"Last Completed Available Day: {mdy(generated)} 7:20:00 AM (GMT)"],
            [f"Last Completed Available Hour: {mdy(generated)} 7:20:00 AM (GMT)"],
            ["Report Aggregation: Daily"],
            ["Report Filter: "],
            ["Potential Incomplete Data: false"],
            [f"Rows: {len(rows)}"],
        ]
        lines = [[
            "Gregorian date", "Account name", "Campaign name", "Campaign ID", "Campaign status",
            "Currency code", "Impressions", "Clicks", "CTR (%)", "Average CPC", "Spend",
            "Conversions", "Conversion rate (%)",
        ]]  # fmt: skip
        for d, c, impr, clicks, spend_usd, conv in rows:
            spend = local_amount(spend_usd, cur, d)
            lines.append([
                mdy(d), "Lotus Analytics VN", c.name, c.campaign_id, "Active", cur, str(impr),
                str(clicks), pct(clicks / impr) if impr else "0.00%",
                f"{spend / clicks:.2f}" if clicks else "0.00", f"{spend:.2f}", f"{conv:.2f}",
                pct(conv / clicks) if clicks else "0.00%",
            ])  # fmt: skip
        text = (
            csv_text(pre, csv.QUOTE_ALL) + "\n" + csv_text(lines, csv.QUOTE_ALL) + "\n"
            + f'"©{generated.year} Microsoft Corporation. All rights reserved. "\n'
        )  # fmt: skip
        p = self.out.path("microsoft_ads", "campaign_report", f"Campaign_performance_{tag}.csv")
        p.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
