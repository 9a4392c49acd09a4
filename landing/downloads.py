"""Which report to download into each folder of the exports folder, and the skeleton of that folder.

    python -m landing --init my-exports

creates my-exports/<source>/<table>/README.txt for every table of the rule book, each naming the
report to download there and the columns it must have (the rest are optional; the validation
report says which KPIs a missing column disables). Existing files are never touched, and the
README.txt files are ignored when the folder is validated.
"""

from __future__ import annotations

from pathlib import Path

from landing.rulebook import LAYOUTS, Layout

DOWNLOADS = {
    "hubspot/contacts": "HubSpot > CRM > Contacts > Export: all properties, or the view's columns (CSV or XLSX).",
    "hubspot/deals": "HubSpot > CRM > Deals > Export: all properties, or the view's columns (CSV or XLSX).",
    "hubspot/deal_stage_history": "HubSpot deal stage history: one row per deal and stage entered "
    "(Record ID, Deal Stage, Date entered), from a deal property history export.",
    "salesforce/opportunities": "Salesforce > Reports > an Opportunities report > Export > Details Only (CSV or XLSX).",
    "salesforce/campaign_members": "Salesforce > Reports > a Campaigns with Campaign Members report > Export > "
    "Details Only.",
    "google_ads/campaign_report": "Google Ads > Campaigns (or a report) > Download > CSV or Excel .csv; add the "
    "Day segment for daily rows (Week, Month and Device segments are read too).",
    "linkedin_ads/campaign_report": "LinkedIn Campaign Manager > Analyze > Export > Campaign performance (CSV), "
    "with a Daily or Monthly time breakdown.",
    "meta_ads/campaign_report": "Meta Ads Manager > Reports > Export table data (CSV or XLSX), broken down by "
    "Day (Age, Gender, Placement breakdowns are summed).",
    "microsoft_ads/campaign_report": "Microsoft Advertising > Reports > Campaign report > Download (CSV), by day.",
    "mailchimp/campaigns": "Mailchimp > Analytics > Reports > Export: the aggregated campaign report (CSV).",
    "mailchimp/email_activity": "Mailchimp > a campaign's report > Export: email activity (CSV), one per campaign.",
    "ga4/traffic_acquisition": "GA4 > Reports > Acquisition > Traffic acquisition (session source / medium) > "
    "Share > Download file > CSV; add Date as a dimension for daily rows.",
    "stripe/subscriptions": "Stripe Dashboard > Billing > Subscriptions > Export (CSV, all columns).",
    "stripe/invoices": "Stripe Dashboard > Billing > Invoices > Export (CSV).",
    "surveys/nps_responses": "Your NPS survey tool (Typeform, SurveyMonkey) > Responses > Download (CSV).",
    "surveys/csat_responses": "Your CSAT survey tool (Typeform, SurveyMonkey) > Responses > Download (CSV).",
    "surveys/brand_awareness": "A CSV you keep, one row per quarter of your brand awareness survey.",
    "social/linkedin_page": "LinkedIn page > Analytics > Updates > Export (daily metrics).",
    "events/events": "A CSV you keep, one row per event (costs, target and actual attendees).",
    "finance/expenses": "From your accounting: expenses per month and category (Advertising, Events, "
    "Marketing salaries, Sales salaries, ...).",
    "finance/pnl": "From your accounting: net sales and net income per month.",
    "market/market_size": "A CSV you keep: the market's total revenue per quarter and region.",
    "market/brand_signals": "A CSV you keep: social mentions and branded search volume per month.",
}


def minimal_columns(layout: Layout) -> list[str]:
    return [c.label for c in layout.identity] + [
        "one of " + " / ".join(layout.column(n).label for n in group) for group in layout.identity_any
    ]


def note(key: str) -> str:
    layout = LAYOUTS[key]
    return (
        f"{key}: put the {key.split('/')[1].replace('_', ' ')} exports here.\n\n"
        f"Download: {DOWNLOADS[key]}\n\n"
        f"Columns it must have: {', '.join(minimal_columns(layout))}.\n"
        "Every other column is optional; the validation report says which KPIs a missing one disables.\n"
        "Several files (one per month, overlapping ranges) are fine: keep the vendor's dated file names.\n"
        "A table you do not use can stay empty. This README.txt is ignored when the folder is read.\n"
    )


def init(folder: Path) -> list[Path]:
    """The skeleton: a README.txt in every table's folder; the notes written (none is overwritten)."""
    written = []
    for key in LAYOUTS:
        path = folder / key / "README.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            path.write_text(note(key), encoding="utf-8")
            written.append(path)
    return written
