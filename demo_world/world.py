"""The demo world: one B2B company over 24 months, simulated day by day; each export family is written by its mixin."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from demo_world import model as w
from demo_world.ads import AdsExports
from demo_world.billing import BillingExports
from demo_world.company import CompanyExports
from demo_world.crm import CrmExports
from demo_world.formats import Out, Rand, daterange
from demo_world.marketing import MarketingExports
from demo_world.touches import TouchExports


class World(CrmExports, BillingExports, MarketingExports, AdsExports, CompanyExports, TouchExports):
    """The demo world: one B2B company over 24 months, simulated day by day; each export family is written by its mixin."""

    def __init__(self, seed: int, scale: int, out: Path) -> None:
        self.rnd = Rand(seed)
        self.touch_rnd = Rand(seed + 1)  # touches: a stream of their own
        self.audience: list = []  # (e-mail, created) of newsletter subscribers
        self.scale = scale
        self.out = Out(out)
        self.campaigns = w.campaigns(scale)
        self.next_contact_id = 51_000_001
        self.next_deal_id = 18_900_000_001
        self.next_opp = 1
        self.next_customer = 1
        self.snapshot_date = w.month_start(18)  # an older full contacts export, 2026-05-01
        # per-month aggregates only (small at any scale)
        self.ga4: dict[tuple[int, str, str, str], list[float]] = defaultdict(lambda: [0.0] * 7)
        self.ad_spend_usd: dict[int, float] = defaultdict(float)
        self.revenue_usd: dict[int, float] = defaultdict(float)
        self.revenue_local: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        self.brand_impressions: dict[int, float] = defaultdict(float)
        self.leads_by_month: dict[int, int] = defaultdict(int)
        self.event_cost_usd: dict[int, float] = defaultdict(float)
        self.list_size = 2_400 * scale
        self.mailchimp_rows: dict[int, list[dict]] = {}

    # -- the daily loop --------------------------------------------------------------------
    def run(self) -> None:
        r = self.rnd
        for mo in range(w.MONTHS):
            first, last = w.month_start(mo), w.month_end(mo)
            ads: dict[str, list[list]] = defaultdict(list)
            growth = 1.0 + mo * 0.02
            for d in daterange(first, last):
                weekday = 1.0 if d.weekday() < 5 else 0.45
                for c in self.campaigns:
                    impressions = int(c.base_impressions * weekday * growth * r.noise(0.18))
                    clicks = r.binomial(impressions, c.ctr * r.noise(0.1))
                    spend_usd = round(clicks * c.cpc_usd * r.noise(0.12), 2)
                    conversions = round(clicks * c.conv_rate * r.noise(0.4), 2)
                    ads[c.platform].append([d, c, impressions, clicks, spend_usd, conversions])
                    self.ad_spend_usd[mo] += spend_usd
                    if c.name.startswith("GS | Brand"):
                        self.brand_impressions[mo] += impressions
                    sessions = r.binomial(clicks, 0.9)
                    self.web(
                        mo,
                        d,
                        c.source,
                        c.medium,
                        c.name,
                        sessions,
                        w.PAID_LEAD_RATE[c.medium] * (0.45 if c.platform == "meta_ads" else 1.0),
                    )
                for source, medium, campaign, per_day, lead_rate in w.ORGANIC:
                    sessions = int(per_day * self.scale * weekday * growth * r.noise(0.2))
                    self.web(mo, d, source, medium, campaign, sessions, lead_rate)
                if d.weekday() == 1:  # newsletter every Tuesday
                    self.email_campaign(mo, d)
                for ev in w.EVENTS:
                    if ev[0] == mo and d.day == 12:
                        self.event(mo, d, ev)
            self.write_ads(mo, ads)
        self.write_salesforce_footer("opportunities", "report1762041600000.csv", "Opportunity Pipeline")
        self.write_salesforce_footer("campaign_members", "report1762041700000.csv", "Campaign Members")
        self.out.close()
        self.write_monthly_files()
