#!/usr/bin/env python3
"""Generate the demo world: one B2B company over 24 months, written in the vendors' export layouts.

One causal chain, deterministic from ``--seed``:
ad impressions and clicks per platform and campaign -> web sessions by source/medium/campaign ->
form fills creating CRM contacts (original source, UTM campaign) -> lifecycle stages (lead, MQL,
SQL, opportunity, customer) and lead scores -> deals (HubSpot, and Salesforce for the Vietnam
team) with stage history -> subscriptions and monthly invoices (MRR, expansion, churn,
reactivation) -> NPS and CSAT responses. Email campaigns, events, LinkedIn page statistics,
finance (expenses, P&L), market size, brand signals and an awareness survey complete the world.

Files are written as ``<out>/<source>/<table>/<file>`` -- the same layout as a landing folder of
real exports -- and every file imitates the layout of the vendor report named in
``models/staging/<source>/_<source>__sources.yml``.

Memory stays flat at any ``--scale``: every contact's future is simulated when the contact is
created and written at once; only per-month aggregates are kept.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import math
import random
import re
import shutil
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import demo_world as w  # noqa: E402

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "seeds" / "demo_exports"
MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


# ----------------------------------------------------------------------------- formatting helpers
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


# ----------------------------------------------------------------------------- the world
class World:
    def __init__(self, seed: int, scale: int, out: Path) -> None:
        self.rnd = Rand(seed)
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

    # -- contacts and everything that follows from one -------------------------------------
    def create_contact(self, created: dt.datetime, source: str, medium: str, campaign: str) -> None:
        r = self.rnd
        cid = self.next_contact_id
        self.next_contact_id += 1
        market = self.pick_market()
        country, currency, _, team, crm = market
        original_source = w.HUBSPOT_ORIGINAL_SOURCE[medium]
        drill1 = {"cpc": source.upper(), "paid_social": source.capitalize()}.get(medium, source)
        drill2 = campaign if medium in ("cpc", "paid_social", "email", "offline") else ""
        first = r.pick(w.FIRST_NAMES[country])
        last = r.pick(w.LAST_NAMES[country])
        company = r.pick(w.COMPANY_STEMS[country])
        email = f"contact{cid}@{re.sub(r'[^a-z]', '', company.lower())[:12] or 'mail'}.example"
        phone = f"{w.PHONE_PREFIX[country]} {r.r.randrange(1000, 9999)}"
        self.leads_by_month[month_offset(created.date())] += 1

        # lifecycle: each later stage is reached with a probability, after a delay
        mql = sql = opp = None
        will_mql = r.r.random() < w.P_MQL[original_source]
        score = int(min(100, max(0, r.r.gauss(62 if will_mql else 38, 14))))
        if will_mql:
            mql = created + dt.timedelta(days=r.expo_days(6), hours=r.r.randrange(0, 8))
            if r.r.random() < w.P_SQL:
                sql = mql + dt.timedelta(days=1 + r.expo_days(12), hours=r.r.randrange(0, 6))
                if r.r.random() < w.P_OPPORTUNITY:
                    opp = sql + dt.timedelta(days=r.expo_days(7), hours=r.r.randrange(0, 5))
        customer_at = None
        if opp is not None and opp.date() <= w.END:
            customer_at = self.create_deal(cid, company, opp, country, currency, team, crm, original_source)

        contact = {
            "id": cid, "first": first, "last": last, "email": email, "phone": phone,
            "company": company, "country": country, "created": created, "mql": mql, "sql": sql,
            "opp": opp, "customer": customer_at, "source": original_source, "drill1": drill1,
            "drill2": drill2, "score": score, "owner": r.pick(w.SALES_OWNERS[team]),
        }  # fmt: skip
        self.write_contact("hubspot-crm-exports-all-contacts-2026-11-01.csv", contact, w.END)
        if created.date() < self.snapshot_date:
            self.write_contact(
                "hubspot-crm-exports-all-contacts-2026-05-01.csv",
                contact,
                self.snapshot_date - dt.timedelta(days=1),
            )

    def pick_market(self) -> tuple:
        x = self.rnd.r.random()
        acc = 0.0
        for m in w.MARKETS:
            acc += m[2]
            if x < acc:
                return m
        return w.MARKETS[-1]

    def write_contact(self, file_name: str, c: dict, asof: dt.date) -> None:
        def until(ts: dt.datetime | None) -> str:
            return ts.strftime("%Y-%m-%d %H:%M") if ts is not None and ts.date() <= asof else ""

        stage = "Lead"
        for label, key in [
            ("Marketing Qualified Lead", "mql"),
            ("Sales Qualified Lead", "sql"),
            ("Opportunity", "opp"),
            ("Customer", "customer"),
        ]:
            if until(c[key]):
                stage = label
        f = self.out.open("hubspot", "contacts", file_name)
        if f.tell() == 0:
            f.write(csv_text([[
                "Record ID", "First Name", "Last Name", "Email", "Phone Number", "Company Name",
                "Country/Region", "Create Date", "Lifecycle Stage", "Became a Lead Date",
                "Became a Marketing Qualified Lead Date", "Became a Sales Qualified Lead Date",
                "Became an Opportunity Date", "Became a Customer Date", "Original Source",
                "Original Source Drill-Down 1", "Original Source Drill-Down 2", "HubSpot Score",
                "Contact owner",
            ]], csv.QUOTE_ALL))  # fmt: skip
        created = c["created"].strftime("%Y-%m-%d %H:%M")
        f.write(csv_text([[
            str(c["id"]), c["first"], c["last"], c["email"], c["phone"], c["company"],
            c["country"], created, stage, created, until(c["mql"]), until(c["sql"]),
            until(c["opp"]), until(c["customer"]), c["source"], c["drill1"], c["drill2"],
            str(c["score"]), c["owner"],
        ]], csv.QUOTE_ALL))  # fmt: skip

    def create_deal(self, contact_id, company, opened, country, currency, team, crm, source):  # noqa: ANN001, ANN201, PLR0913
        r = self.rnd
        seats = min(25, 1 + int(r.r.expovariate(1 / 3.2)))
        amount = local_amount(seats * w.ACV_PER_SEAT_USD, currency, opened.date())
        same_day = r.r.random() < 0.01
        close = opened + dt.timedelta(days=0 if same_day else 14 + r.expo_days(45), hours=2)
        outcome = "won" if r.r.random() < w.P_WIN else "lost"
        if close.date() > w.END:
            outcome = "open"
        owner = r.pick(w.SALES_OWNERS[team])
        if crm == "hubspot":
            self.write_hubspot_deal(contact_id, company, opened, close, outcome, amount, currency, seats, team, owner)
        else:
            self.write_salesforce_opp(
                contact_id, company, opened, close, outcome, amount, currency, seats, owner, source
            )
        if outcome != "won":
            return None
        self.create_customer(contact_id, company, close, currency, seats)
        return close

    def write_hubspot_deal(self, contact_id, company, opened, close, outcome, amount, currency, seats, team, owner):  # noqa: ANN001, PLR0913
        r = self.rnd
        deal_id = self.next_deal_id
        self.next_deal_id += 7
        stages = list(w.HUBSPOT_DEAL_STAGES)
        # stage history: start at the first stage, move forward, sometimes skip or go back one
        history: list[tuple[str, dt.datetime]] = [(stages[0], opened)]
        span = max(1, (close - opened).days)
        i = 0
        t = opened
        last_stage = 4 if outcome == "won" else r.r.randrange(0, 5)
        if outcome == "open":
            last_stage = r.r.randrange(0, 5)
        while i < last_stage:
            step = 2 if (r.r.random() < 0.15 and i + 2 <= last_stage) else 1
            t = t + dt.timedelta(days=max(0, span // 6), hours=1)
            if t >= close:
                t = close - dt.timedelta(minutes=30 * (last_stage - i))
            if step == 1 and i >= 2 and r.r.random() < 0.08:
                history.append((stages[i - 1], t))  # revisited an earlier stage
                t = t + dt.timedelta(hours=3)
                history.append((stages[i], t))
            i += step
            history.append((stages[i], t))
        if outcome == "won":
            final = "Closed Won"
        elif outcome == "lost":
            final = "Closed Lost"
        else:
            final = stages[last_stage]
        if outcome != "open":
            history.append((final, close))
        f = self.out.open("hubspot", "deals", "hubspot-crm-exports-all-deals-2026-11-01.csv")
        if f.tell() == 0:
            f.write(csv_text([[
                "Record ID", "Deal Name", "Deal Stage", "Pipeline", "Amount", "Currency",
                "Create Date", "Close Date", "Deal owner", "HubSpot Team", "Deal Type",
                "Associated Contact IDs",
            ]], csv.QUOTE_ALL))  # fmt: skip
        f.write(csv_text([[
            str(deal_id), f"{company} - {seats} seats", final, "Sales Pipeline",
            money(amount, currency), currency, opened.strftime("%Y-%m-%d %H:%M"),
            close.strftime("%Y-%m-%d %H:%M"), owner, team, "New Business", str(contact_id),
        ]], csv.QUOTE_ALL))  # fmt: skip
        h = self.out.open("hubspot", "deal_stage_history", "deal_stage_history.csv")
        if h.tell() == 0:
            h.write(csv_text([["Record ID", "Deal Stage", "Date entered", "Source"]]))
        h.write(csv_text([
            [str(deal_id), stage, ts.strftime("%Y-%m-%d %H:%M"), "CRM_UI"]
            for stage, ts in history
            if ts.date() <= w.END
        ]))  # fmt: skip

    def write_salesforce_opp(self, contact_id, company, opened, close, outcome, amount, currency, seats, owner, source):  # noqa: ANN001, PLR0913
        r = self.rnd
        opp_id = f"0065g00000{self.next_opp:05d}ABC"
        self.next_opp += 1
        if outcome == "won":
            stage, prob = "Closed Won", 100
        elif outcome == "lost":
            stage, prob = "Closed Lost", 0
        else:
            stage, prob = w.SALESFORCE_STAGES[r.r.randrange(0, 5)]
        f = self.out.open("salesforce", "opportunities", "report1762041600000.csv")
        if f.tell() == 0:
            f.write(csv_text([[
                "Opportunity Owner", "Account Name", "Opportunity Name", "Stage", "Amount",
                "Amount Currency", "Probability (%)", "Close Date", "Created Date", "Lead Source",
                "Type", "Opportunity ID", "HubSpot Contact ID", "Owner Role",
            ]], csv.QUOTE_ALL))  # fmt: skip
        f.write(csv_text([[
            owner, company, f"{company} - {seats} seats", stage, money(amount, currency),
            currency, str(prob), mdy(close.date()), mdy(opened.date()), source, "New Customer",
            opp_id, str(contact_id), "Hanoi Sales",
        ]], csv.QUOTE_ALL))  # fmt: skip

    def write_salesforce_footer(self) -> None:
        """The 'Details Only' footer: two blank lines, report name, copyright, confidential, who, org."""
        f = self.out.open("salesforce", "opportunities", "report1762041600000.csv")
        f.write("\n\n" + csv_text([
            ["Opportunity Pipeline"],
            ["Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."],
            ["Confidential Information - Do Not Distribute"],
            ["Generated By:  Nguyễn Thị Lan  11/2/2026 9:41 AM"],
            ["Lotus Analytics Ltd."],
        ], csv.QUOTE_ALL))  # fmt: skip

    def create_customer(self, contact_id, company, start, currency, seats) -> None:  # noqa: ANN001
        r = self.rnd
        cus = f"cus_{r.token()}"
        self.next_customer += 1
        unit_usd = w.ACV_PER_SEAT_USD / 12
        start_date = start.date()
        m = month_offset(start_date)
        sub_no = 0
        while m < w.MONTHS:
            sub_no += 1
            sub = f"sub_{r.token()}"
            unit = local_amount(unit_usd, currency, w.month_start(m))
            active_from = m
            churn_month = None
            quantity = seats
            invoices = []
            while m < w.MONTHS:
                inv_date = start_date if (m == active_from and sub_no == 1) else w.month_start(m)
                invoices.append((inv_date, quantity))
                if r.r.random() < w.P_CHURN_MONTHLY and m > active_from:
                    churn_month = m
                    break
                if r.r.random() < w.P_EXPAND_MONTHLY:
                    quantity += 1 + int(r.r.random() < 0.3)
                elif quantity > 1 and r.r.random() < w.P_CONTRACT_MONTHLY:
                    quantity -= 1
                m += 1
            self.write_subscription(cus, sub, company, contact_id, currency, unit, quantity, invoices, churn_month)
            self.write_surveys(cus, invoices)
            if churn_month is None or r.r.random() >= w.P_REACTIVATE:
                break
            m = churn_month + 2 + r.r.randrange(0, 5)  # comes back later with a new subscription

    def write_subscription(self, cus, sub, company, contact_id, currency, unit, quantity, invoices, churn_month):  # noqa: ANN001, PLR0913
        r = self.rnd
        first = invoices[0][0]
        canceled = w.month_end(churn_month) if churn_month is not None else None
        status = "canceled" if canceled else "active"
        last_inv = invoices[-1][0]
        period_start = dt.date(last_inv.year, last_inv.month, 1)
        period_end = w.month_end(month_offset(last_inv))
        f = self.out.open("stripe", "subscriptions", "subscriptions.csv")
        if f.tell() == 0:
            f.write(csv_text([[
                "id", "Customer ID", "Customer Email", "Plan", "Quantity", "Currency",
                "Interval", "Amount", "Status", "Created (UTC)", "Start Date (UTC)",
                "Current Period Start (UTC)", "Current Period End (UTC)", "Canceled At (UTC)",
                "Ended At (UTC)", "Customer Name", "hubspot_contact_id (metadata)",
            ]]))  # fmt: skip
        ts = lambda d: f"{d.isoformat()} 0{r.r.randrange(0, 10)}:{r.r.randrange(10, 60)}" if d else ""  # noqa: E731
        f.write(csv_text([[
            sub, cus, f"billing{contact_id}@example.com", f"price_seat_{currency.lower()}",
            str(quantity), currency.lower(), "month", money(unit, currency), status, ts(first),
            ts(first), ts(period_start), ts(period_end), ts(canceled), ts(canceled), company,
            str(contact_id),
        ]]))  # fmt: skip
        inv = self.out.open("stripe", "invoices", "invoices.csv")
        if inv.tell() == 0:
            inv.write(csv_text([[
                "id", "Number", "Customer", "Customer Name", "Customer Email", "Subscription",
                "Status", "Currency", "Amount Due", "Amount Paid", "Date (UTC)",
            ]]))  # fmt: skip
        for n, (d, q) in enumerate(invoices, start=1):
            amount = unit * q
            mo = month_offset(d)
            self.revenue_usd[mo] += amount / w.fx_rate(currency, mo)
            self.revenue_local[mo][currency] += amount
            inv.write(csv_text([[
                f"in_{r.token()}", f"{cus[4:12].upper()}-{n:04d}", cus, company,
                f"billing{contact_id}@example.com", sub, "paid", currency.lower(),
                money(amount, currency), money(amount, currency), ts(d),
            ]]))  # fmt: skip

    def write_surveys(self, cus: str, invoices: list) -> None:
        r = self.rnd
        months = sorted({month_offset(d) for d, _ in invoices})
        nps = self.out.open("surveys", "nps_responses", "nps_responses.csv")
        if nps.tell() == 0:
            nps.write(csv_text([[
                "#", "How likely are you to recommend Lotus Analytics to a colleague?",
                "customer_id", "Response Type", "Start Date (UTC)", "Stage Date (UTC)",
                "Submit Date (UTC)", "Network ID",
            ]]))  # fmt: skip
        csat = self.out.open("surveys", "csat_responses", "csat_responses.csv")
        if csat.tell() == 0:
            csat.write(csv_text([[
                "#", "How satisfied are you with the support you received?", "customer_id",
                "Response Type", "Start Date (UTC)", "Stage Date (UTC)", "Submit Date (UTC)",
                "Network ID",
            ]]))  # fmt: skip
        for mo in months:
            d = w.month_start(mo) + dt.timedelta(days=14 + r.r.randrange(0, 10))
            if d > w.END:
                continue
            stamp = f"{d.isoformat()} 1{r.r.randrange(0, 10)}:{r.r.randrange(10, 60)}:{r.r.randrange(10, 60)}"
            if w.month_start(mo).month % 3 == 0 and r.r.random() < 0.45:  # quarterly NPS survey
                x = r.r.random()
                score = r.r.choice([9, 10]) if x < 0.5 else (r.r.choice([7, 8]) if x < 0.8 else r.r.randrange(0, 7))
                nps.write(
                    csv_text(
                        [[r.token(32).lower(), str(score), cus, "completed", stamp, "", stamp, r.token(10).lower()]]
                    )
                )
            if r.r.random() < 0.18:  # CSAT after a support ticket
                x = r.r.random()
                score = 5 if x < 0.45 else (4 if x < 0.8 else r.r.randrange(1, 4))
                csat.write(
                    csv_text(
                        [[r.token(32).lower(), str(score), cus, "completed", stamp, "", stamp, r.token(10).lower()]]
                    )
                )

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
        self.write_salesforce_footer()
        self.out.close()
        self.write_monthly_files()

    def web(self, mo, d, source, medium, campaign, sessions, lead_rate) -> None:  # noqa: ANN001, PLR0913
        r = self.rnd
        if sessions <= 0:
            return
        leads = r.binomial(sessions, lead_rate)
        engaged = r.binomial(sessions, 0.58 if medium != "(none)" else 0.5)
        users = max(1, int(sessions * 0.82))
        new_users = int(users * (0.74 if medium in ("cpc", "paid_social") else 0.6))
        agg = self.ga4[(mo, source, medium, campaign)]
        for i, v in enumerate([sessions, engaged, users, new_users, int(sessions * 2.4), int(sessions * 7.1), leads]):
            agg[i] += v
        for _ in range(leads):
            created = dt.datetime(d.year, d.month, d.day, r.r.randrange(7, 22), r.r.randrange(0, 60))
            self.create_contact(created, source, medium, campaign)

    def email_campaign(self, mo: int, d: dt.date) -> None:
        r = self.rnd
        self.list_size = int(self.list_size * 1.012)
        recipients = self.list_size
        bounces_soft = r.binomial(recipients, 0.006)
        bounces_hard = r.binomial(recipients, 0.003)
        delivered = recipients - bounces_soft - bounces_hard
        unique_opens = r.binomial(delivered, 0.24 * r.noise(0.1))
        total_opens = int(unique_opens * 1.7)
        unique_clicks = r.binomial(unique_opens, 0.13 * r.noise(0.1))
        total_clicks = int(unique_clicks * 1.4)
        unsub = r.binomial(delivered, 0.002)
        self.list_size -= unsub + bounces_hard
        title = f"[{d.strftime('%m-%d-%y')}] Lotus KPI Digest"
        row = {
            "Title": title,
            "Subject": r.pick(["Your monthly KPI benchmarks", "Bản tin KPI tháng này", "本月 KPI 重點", "Новые отчёты по KPI", "CAC vs CLV: what changed"]),
            "List": "Lotus newsletter (all subscribers)",
            "Send Date": d.strftime("%b %d, %Y") + " 09:30 am",
            "Send Weekday": d.strftime("%A"),
            "Total Recipients": recipients, "Successful Deliveries": delivered,
            "Soft Bounces": bounces_soft, "Hard Bounces": bounces_hard,
            "Total Bounces": bounces_soft + bounces_hard, "Times Forwarded": r.r.randrange(0, 4),
            "Forwarded Opens": r.r.randrange(0, 3), "Unique Opens": unique_opens,
            "Open Rate": pct(unique_opens / delivered), "Total Opens": total_opens,
            "Unique Clicks": unique_clicks, "Click Rate": pct(unique_clicks / delivered),
            "Total Clicks": total_clicks, "Unsubscribes": unsub,
            "Abuse Complaints": r.binomial(delivered, 0.0002), "Times Liked on Facebook": 0,
            "Folder Id": 0, "Unique Id": f"{r.r.getrandbits(40):010x}", "Total Orders": 0,
            "Total Gross Sales": 0, "Total Revenue": 0,
        }  # fmt: skip
        self.mailchimp_rows.setdefault(mo, []).append(row)
        self.web(mo, d, "mailchimp", "email", title, r.binomial(unique_clicks, 0.85), w.PAID_LEAD_RATE["email"])

    mailchimp_rows: dict[int, list[dict]] = {}

    def event(self, mo: int, d: dt.date, ev: tuple) -> None:
        r = self.rnd
        _, kind, name, country, registrants, rate, cost_usd = ev
        registrants = registrants * self.scale
        attendees = r.binomial(registrants, rate)
        target = r.binomial(attendees, 0.72)
        leads = r.binomial(target, 0.45)
        currency = {"US": "USD", "TW": "TWD", "VN": "VND", "RU": "USD"}[country]
        self.event_cost_usd[mo] += cost_usd
        f = self.out.open("events", "events", "events.csv")
        if f.tell() == 0:
            f.write(csv_text([[
                "event_id", "event_name", "event_type", "country", "event_date", "registrants",
                "attendees", "target_attendees", "cost", "currency",
            ]]))  # fmt: skip
        event_id = f"EV-{d.strftime('%Y%m')}-{kind[:3].upper()}"
        f.write(
            csv_text(
                [
                    [
                        event_id,
                        name,
                        kind,
                        country,
                        d.isoformat(),
                        str(registrants),
                        str(attendees),
                        str(target),
                        money(local_amount(cost_usd, currency, d), currency),
                        currency,
                    ]
                ]
            )
        )
        for _ in range(leads):
            created = dt.datetime(d.year, d.month, d.day, r.r.randrange(9, 18), r.r.randrange(0, 60))
            self.create_contact(created, "event", "offline", event_id)

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

    # -- files written once the simulation has run ---------------------------------------------
    def write_monthly_files(self) -> None:
        r = self.rnd
        self.write_ga4()
        self.write_mailchimp()
        # finance: expenses by category and a monthly P&L, in TWD (the company books in Taipei)
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
        # market: total market size per quarter, and the company's brand signals per month
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
        # LinkedIn company page, daily, as converted from the page analytics .xls sheets
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

    def write_ga4(self) -> None:
        """GA4 standard report 'Traffic acquisition: Session source / medium', one file a month."""
        by_month: dict[int, list] = defaultdict(list)
        for (mo, source, medium, campaign), v in self.ga4.items():
            by_month[mo].append((source, medium, campaign, v))
        for mo in range(w.MONTHS):
            first, last = w.month_start(mo), w.month_end(mo)
            pre = (
                "# ----------------------------------------\n"
                "# Traffic acquisition: Session source / medium\n"
                "# Account: Lotus Analytics\n"
                "# Property: Lotus Analytics - GA4\n"
                "# ----------------------------------------\n"
                "# \n"
                "# All Users\n"
                f"# Start date: {first.strftime('%Y%m%d')}\n"
                f"# End date: {last.strftime('%Y%m%d')}\n"
            )
            lines = [[
                "Session source / medium", "Session campaign", "Sessions", "Engaged sessions",
                "Engagement rate", "Active users", "New users", "Views", "Event count", "Key events",
                "Total revenue",
            ]]  # fmt: skip
            rows = sorted(by_month[mo], key=lambda x: -x[3][0])
            for source, medium, campaign, v in rows:
                s, e, u, n, views, events, keys = (int(x) for x in v)
                lines.append(
                    [
                        f"{source} / {medium}",
                        campaign,
                        str(s),
                        str(e),
                        repr(e / s) if s else "0",
                        str(u),
                        str(n),
                        str(views),
                        str(events),
                        str(keys),
                        "0",
                    ]
                )
            text = pre + csv_text(lines)
            self.out.path(
                "ga4", "traffic_acquisition", f"traffic_acquisition_{first.strftime('%Y-%m')}.csv"
            ).write_text(text.rstrip("\n"), encoding="utf-8")

    def write_mailchimp(self) -> None:
        """Mailchimp aggregated campaign report; each monthly export repeats the last campaign of
        the month before with its later (higher) opens, as overlapping exports do."""
        header = None
        previous_last: dict | None = None
        for mo in range(w.MONTHS):
            rows = self.mailchimp_rows.get(mo, [])
            if not rows:
                continue
            header = list(rows[0].keys())
            out_rows = []
            if previous_last is not None:
                again = dict(previous_last)
                extra = 3
                again["Unique Opens"] += extra
                again["Total Opens"] += extra
                again["Open Rate"] = pct(again["Unique Opens"] / again["Successful Deliveries"])
                out_rows.append(again)
            out_rows.extend(rows)
            previous_last = rows[-1]
            text = meta_line(header) + "".join(meta_line([str(x[k]) for k in header]) for x in out_rows)
            self.out.path("mailchimp", "campaigns", f"campaigns_{w.month_start(mo).strftime('%Y-%m')}.csv").write_text(
                text, encoding="utf-8"
            )


def write_reference(out_root: Path) -> None:
    """Nothing: the reference seeds (channel map, FX, targets, benchmarks) are hand-edited files."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20241101, help="random seed (default: %(default)s)")
    parser.add_argument("--scale", type=int, default=1, help="volume multiplier (default: 1)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: seeds/demo_exports)")
    args = parser.parse_args(argv)
    if args.scale < 1:
        parser.error("--scale must be a whole number >= 1")
    out: Path = args.out
    if out.exists():
        owned = {p.name for p in out.iterdir()} <= {
            "hubspot", "salesforce", "google_ads", "linkedin_ads", "meta_ads", "microsoft_ads",
            "mailchimp", "ga4", "stripe", "surveys", "social", "events", "finance", "market",
        }  # fmt: skip
        if not owned:
            print(f"error: {out} holds folders this generator did not write; choose an empty --out", file=sys.stderr)
            return 2
        shutil.rmtree(out)
    out.mkdir(parents=True)
    World.mailchimp_rows = {}
    world = World(args.seed, args.scale, out)
    world.run()
    files = sorted(p for p in out.rglob("*") if p.is_file())
    size = sum(p.stat().st_size for p in files)
    print(f"wrote {len(files)} files, {size / 1e6:.2f} MB, under {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
