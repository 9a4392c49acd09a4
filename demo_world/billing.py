"""Stripe customers, subscriptions and invoices, and the NPS and CSAT responses of the customers."""

from __future__ import annotations

import datetime as dt

from demo_world import model as w
from demo_world.formats import csv_text, local_amount, money, month_offset


class BillingExports:
    """Stripe customers, subscriptions and invoices, and the NPS and CSAT responses of the customers."""

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
