"""Touches per person: Salesforce campaign members and Mailchimp per-recipient click activity.

Drawn from their own random stream (seeded from the world's seed), so adding them left every
other export of the demo world byte for byte as it was."""

from __future__ import annotations

import csv
import datetime as dt

from demo_world import model as w
from demo_world.formats import csv_text, mdy

CAMPAIGN_MEMBERS_FILE = "report1762041700000.csv"


class TouchExports:
    """Touches per person: Salesforce campaign members and Mailchimp per-recipient click activity."""

    def campaign_touches(self, c: dict) -> None:
        """0-4 campaign memberships after the contact was created; more for contacts that go further."""
        t = self.touch_rnd
        n = t.r.choice((0, 0, 0, 1, 1)) + (1 if c["mql"] else 0) + (1 if c["opp"] else 0)
        # a person is a member of a campaign once (Salesforce keeps one member per campaign)
        for name, kind, campaign_id, statuses in t.r.sample(w.SF_CAMPAIGNS, n):
            joined = c["created"] + dt.timedelta(days=t.expo_days(40), hours=t.r.randrange(0, 9))
            if joined.date() > w.END:
                continue
            responded = t.r.random() < 0.75
            first_responded = joined + dt.timedelta(days=t.r.randrange(0, 4)) if responded else None
            if first_responded is not None and first_responded.date() > w.END:
                first_responded = joined
            f = self.out.open("salesforce", "campaign_members", CAMPAIGN_MEMBERS_FILE)
            if f.tell() == 0:
                f.write(csv_text([[
                    "Campaign Name", "Campaign Type", "Member Type", "Email", "Status", "Responded", "First Responded Date",
                    "Created Date", "HubSpot Contact ID", "Campaign ID",
                ]], csv.QUOTE_ALL))  # fmt: skip
            f.write(csv_text([[
                name, kind, "Contact" if c["opp"] else "Lead", c["email"], t.pick(statuses) if responded else "Sent", "1" if responded else "0",
                mdy(first_responded.date()) if first_responded else "", mdy(joined.date()),
                str(c["id"]), campaign_id,
            ]], csv.QUOTE_ALL))  # fmt: skip
        if t.r.random() < w.P_EMAIL_SUBSCRIBER and len(self.audience) < w.MAX_AUDIENCE * self.scale:
            self.audience.append((c["email"], c["created"]))

    def email_clicks(self, d: dt.date, campaign_id: str, title: str) -> None:
        """Subscribed contacts created before the send click the newsletter (one row per click)."""
        t = self.touch_rnd
        sent = dt.datetime(d.year, d.month, d.day, 9, 30)
        name = f"email-activity-{d.strftime('%Y-%m')}.csv"
        for email, created in self.audience:
            if created >= sent or t.r.random() >= w.P_NEWSLETTER_CLICK:
                continue
            f = self.out.open("mailchimp", "email_activity", name)
            if f.tell() == 0:
                f.write(csv_text([["Email Address", "Campaign ID", "Campaign Title", "Action", "Timestamp", "URL"]]))
            at = sent + dt.timedelta(minutes=t.r.randrange(5, 60 * 48))
            url = t.pick(
                (
                    "https://lotus.example/benchmarks",
                    "https://lotus.example/pricing",
                    "https://lotus.example/blog/cac-clv",
                )
            )
            f.write(csv_text([[email, campaign_id, title, "click", at.strftime("%Y-%m-%d %H:%M:%S"), url]]))
