"""HubSpot contacts and deals, Salesforce opportunities: every contact's future is simulated when it is created and written at once."""

from __future__ import annotations

import csv
import datetime as dt
import re

from demo_world import model as w
from demo_world.formats import csv_text, local_amount, mdy, money, month_offset


class CrmExports:
    """HubSpot contacts and deals, Salesforce opportunities: every contact's future is simulated when it is created and written at once."""

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
        self.campaign_touches(contact)
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

    def write_salesforce_footer(self, table: str, file_name: str, report: str) -> None:
        """The 'Details Only' footer: two blank lines, report name, copyright, confidential, who, org."""
        f = self.out.open("salesforce", table, file_name)
        f.write("\n\n" + csv_text([
            [report],
            ["Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."],
            ["Confidential Information - Do Not Distribute"],
            ["Generated By:  Nguyễn Thị Lan  11/2/2026 9:41 AM"],
            ["Lotus Analytics Ltd."],
        ], csv.QUOTE_ALL))  # fmt: skip
