"""Web sessions (GA4), e-mail campaigns (Mailchimp) and events: the owned and earned channels."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from demo_world import model as w
from demo_world.formats import csv_text, local_amount, meta_line, money, pct


class MarketingExports:
    """Web sessions (GA4), e-mail campaigns (Mailchimp) and events: the owned and earned channels."""

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
        self.email_clicks(d, row["Unique Id"], title)
        self.web(mo, d, "mailchimp", "email", title, r.binomial(unique_clicks, 0.85), w.PAID_LEAD_RATE["email"])

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
