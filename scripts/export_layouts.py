"""The export layouts the warehouse reads: one entry per raw table (<source>/<table>).

This is what scripts/validate_exports.py checks a landed file against, and how it writes the file
into the landing folder dbt reads. The dbt side of the same facts (encoding, delimiter, preamble
lines) is in each models/staging/<source>/_<source>__sources.yml; tests/python/test_validate_exports.py
checks that the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ISO_DAY = ["%Y-%m-%d"]
US_DAY = ["%m/%d/%Y", "%Y-%m-%d"]
HUBSPOT_TS = ["%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d", "%m/%d/%Y %H:%M", "%m/%d/%Y"]
STRIPE_TS = ["%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"]
MONTH = ["%Y-%m-%d", "%Y-%m"]


@dataclass(frozen=True)
class Layout:
    """How one raw table's export files look.

    required: header names that must be present (a name ending in '*' or starting with '*' is a
        pattern: 'Amount spent (*' matches Meta's 'Amount spent (TWD)').
    known: other header names the vendor writes (anything else is reported as a new column).
    ids: columns that must be filled on every data row; key: the natural key.
    dates: column -> accepted strptime formats. numbers: column -> (min, max), None = open.
    activity_dates: date columns that cannot lie in the future (staging quarantines such rows too).
    layout_first_cell: prefixes of the first cell that mark footer / total rows (not data).
    """

    name: str
    required: tuple[str, ...]
    known: tuple[str, ...] = ()
    encoding: str = "utf-8"  # what dbt's read_csv expects in the landing folder
    delimiter: str = ","
    skip: int = 0  # preamble lines before the header
    key: tuple[str, ...] = ()  # natural key: rows sharing it are duplicates (the newest file wins)
    ids: tuple[str, ...] = ()
    dates: dict[str, list[str]] = field(default_factory=dict)
    activity_dates: tuple[str, ...] = ()
    numbers: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)
    currency: str | None = None  # column whose ISO code must be in the fx_rates seed
    rate_columns: tuple[str, ...] = ()  # vendor-computed rates: out of range is a warning, not quarantine
    layout_first_cell: tuple[str, ...] = ()
    layout_single_cell: bool = False  # a row with only its first cell filled is a footer line
    parquet_allowed: bool = True  # False when the preamble carries data (GA4's period)

    @property
    def source(self) -> str:
        return self.name.split("/")[0]

    @property
    def table(self) -> str:
        return self.name.split("/")[1]


LAYOUTS: dict[str, Layout] = {
    layout.name: layout
    for layout in [
        Layout(
            "hubspot/contacts",
            key=("Record ID",),
            required=(
                "Record ID",
                "Email",
                "Company Name",
                "Country/Region",
                "Create Date",
                "Lifecycle Stage",
                "Became a Lead Date",
                "Became a Marketing Qualified Lead Date",
                "Became a Sales Qualified Lead Date",
                "Became an Opportunity Date",
                "Became a Customer Date",
                "Original Source",
                "Original Source Drill-Down 1",
                "Original Source Drill-Down 2",
                "HubSpot Score",
            ),
            known=(
                "First Name",
                "Last Name",
                "Phone Number",
                "Company Name",
                "Country/Region",
                "Became a Lead Date",
                "Became a Marketing Qualified Lead Date",
                "Became a Sales Qualified Lead Date",
                "Became an Opportunity Date",
                "Became a Customer Date",
                "Original Source Drill-Down 1",
                "Original Source Drill-Down 2",
                "HubSpot Score",
                "Contact owner",
            ),  # fmt: skip
            ids=("Record ID",),
            dates={"Create Date": HUBSPOT_TS},
            numbers={"HubSpot Score": (0, None)},
        ),
        Layout(
            "hubspot/deals",
            currency="Currency",
            key=("Record ID",),
            required=(
                "Record ID",
                "Deal Name",
                "Deal Stage",
                "Pipeline",
                "Amount",
                "Currency",
                "Create Date",
                "Close Date",
                "Deal owner",
                "HubSpot Team",
                "Associated Contact IDs",
            ),
            known=(
                "Deal Name",
                "Pipeline",
                "Close Date",
                "Deal owner",
                "HubSpot Team",
                "Deal Type",
                "Associated Contact IDs",
            ),  # fmt: skip
            ids=("Record ID",),
            dates={"Create Date": HUBSPOT_TS, "Close Date": HUBSPOT_TS},
            numbers={"Amount": (0, None)},
        ),
        Layout(
            "hubspot/deal_stage_history",
            key=("Record ID", "Deal Stage", "Date entered"),
            required=("Record ID", "Deal Stage", "Date entered", "Source"),
            known=("Source",),
            ids=("Record ID",),
            dates={"Date entered": HUBSPOT_TS},
        ),
        Layout(
            "salesforce/opportunities",
            rate_columns=("Probability (%)",),
            currency="Amount Currency",
            key=("Opportunity ID",),
            required=(
                "Opportunity ID",
                "Opportunity Owner",
                "Account Name",
                "Opportunity Name",
                "Stage",
                "Amount",
                "Amount Currency",
                "Close Date",
                "Created Date",
                "Lead Source",
                "HubSpot Contact ID",
                "Owner Role",
            ),
            known=(
                "Opportunity Owner",
                "Account Name",
                "Opportunity Name",
                "Probability (%)",
                "Lead Source",
                "Type",
                "HubSpot Contact ID",
                "Owner Role",
            ),  # fmt: skip
            ids=("Opportunity ID",),
            dates={"Created Date": US_DAY, "Close Date": US_DAY},
            numbers={"Amount": (0, None), "Probability (%)": (0, 100)},
            layout_single_cell=True,  # the footer lines fill only the first column
        ),
        Layout(
            "google_ads/campaign_report",
            rate_columns=("CTR", "Conv. rate"),
            currency="Currency code",
            key=("Day", "Campaign ID"),
            required=("Day", "Campaign ID", "Campaign", "Currency code", "Impr.", "Clicks", "Cost", "Conversions"),
            known=("Campaign status", "Campaign type", "CTR", "Avg. CPC", "Conversions", "Conv. rate", "Cost / conv."),
            skip=2,
            ids=("Campaign ID",),
            dates={"Day": ISO_DAY},
            activity_dates=("Day",),
            numbers={
                "Impr.": (0, None),
                "Clicks": (0, None),
                "Cost": (0, None),
                "Conversions": (0, None),
                "CTR": (0, 100),
                "Conv. rate": (0, 100),
            },  # fmt: skip
            layout_first_cell=("Total:",),
        ),
        Layout(
            "linkedin_ads/campaign_report",
            rate_columns=("Click Through Rate",),
            currency="Currency",
            key=("Start Date (in UTC)", "Campaign ID"),
            required=(
                "Start Date (in UTC)",
                "Account Name",
                "Currency",
                "Campaign ID",
                "Campaign Name",
                "Total Spent",
                "Impressions",
                "Clicks",
                "Conversions",
            ),
            known=(
                "Account Name",
                "Campaign Group ID",
                "Campaign Group Name",
                "Campaign Name",
                "Campaign Status",
                "Click Through Rate",
                "Average CPM",
                "Average CPC",
                "Conversions",
                "Leads",
            ),  # fmt: skip
            encoding="utf-16",
            delimiter="\t",
            skip=5,
            ids=("Campaign ID",),
            dates={"Start Date (in UTC)": US_DAY},
            activity_dates=("Start Date (in UTC)",),
            numbers={
                "Total Spent": (0, None),
                "Impressions": (0, None),
                "Clicks": (0, None),
                "Click Through Rate": (0, 100),
            },  # fmt: skip
            layout_first_cell=("Total",),
        ),
        Layout(
            "meta_ads/campaign_report",
            key=("Reporting starts", "Campaign ID"),
            required=(
                "Reporting starts",
                "Campaign name",
                "Campaign ID",
                "Results",
                "Impressions",
                "Amount spent (*",
                "Link clicks",
            ),
            known=(
                "Reporting ends",
                "Campaign delivery",
                "Attribution setting",
                "Results",
                "Result indicator",
                "Reach",
                "Cost per results",
                "Link clicks",
                "CTR (link click-through rate)",
                "Ends",
            ),  # fmt: skip
            ids=(),  # the summary row has no campaign; data rows are checked through Campaign name
            dates={"Reporting starts": ISO_DAY},
            activity_dates=("Reporting starts",),
            numbers={"Impressions": (0, None), "Amount spent (*": (0, None), "Link clicks": (0, None)},
        ),
        Layout(
            "microsoft_ads/campaign_report",
            rate_columns=("CTR (%)",),
            currency="Currency code",
            key=("Gregorian date", "Campaign ID"),
            required=(
                "Gregorian date",
                "Account name",
                "Campaign name",
                "Campaign ID",
                "Currency code",
                "Impressions",
                "Clicks",
                "Spend",
                "Conversions",
            ),
            known=(
                "Account name",
                "Campaign name",
                "Campaign status",
                "CTR (%)",
                "Average CPC",
                "Conversions",
                "Conversion rate (%)",
            ),  # fmt: skip
            skip=10,
            ids=("Campaign ID",),
            dates={"Gregorian date": US_DAY},
            activity_dates=("Gregorian date",),
            numbers={"Impressions": (0, None), "Clicks": (0, None), "Spend": (0, None), "CTR (%)": (0, 100)},
            layout_first_cell=("©", "(c)"),
        ),
        Layout(
            "mailchimp/campaigns",
            rate_columns=("Open Rate", "Click Rate"),
            key=("Unique Id",),
            required=(
                "Unique Id",
                "Title",
                "Subject",
                "List",
                "Send Date",
                "Total Recipients",
                "Successful Deliveries",
                "Soft Bounces",
                "Hard Bounces",
                "Total Bounces",
                "Unique Opens",
                "Total Opens",
                "Unique Clicks",
                "Total Clicks",
                "Unsubscribes",
                "Abuse Complaints",
            ),
            dates={"Send Date": ["%b %d, %Y %I:%M %p", "%Y-%m-%d %H:%M", "%m/%d/%y %H:%M"]},
            numbers={
                "Total Recipients": (0, None),
                "Successful Deliveries": (0, None),
                "Unique Opens": (0, None),
                "Unique Clicks": (0, None),
                "Open Rate": (0, 100),
                "Click Rate": (0, 100),
            },  # fmt: skip
        ),
        Layout(
            "ga4/traffic_acquisition",
            key=(),
            required=(
                "Session source / medium",
                "Session campaign",
                "Sessions",
                "Engaged sessions",
                "Active users",
                "New users",
                "Views",
                "Event count",
                "Key events",
            ),
            known=(
                "Session campaign",
                "Engagement rate",
                "Active users",
                "Views",
                "Event count",
                "Key events",
                "Total revenue",
            ),  # fmt: skip
            skip=9,
            numbers={"Sessions": (0, None), "Engaged sessions": (0, None), "New users": (0, None), "Views": (0, None)},
            layout_first_cell=("Grand total",),
            parquet_allowed=False,
        ),
        Layout(
            "stripe/subscriptions",
            currency="Currency",
            key=("id",),
            required=(
                "id",
                "Customer ID",
                "Plan",
                "Quantity",
                "Currency",
                "Interval",
                "Amount",
                "Status",
                "Created (UTC)",
                "Start Date (UTC)",
                "Canceled At (UTC)",
                "Ended At (UTC)",
                "hubspot_contact_id (metadata)",
            ),
            known=(
                "Customer Email",
                "Plan",
                "Interval",
                "Created (UTC)",
                "Current Period Start (UTC)",
                "Current Period End (UTC)",
                "Canceled At (UTC)",
                "Ended At (UTC)",
                "Customer Name",
                "hubspot_contact_id (metadata)",
            ),  # fmt: skip
            ids=("id", "Customer ID"),
            dates={"Start Date (UTC)": STRIPE_TS, "Canceled At (UTC)": STRIPE_TS, "Ended At (UTC)": STRIPE_TS},
            activity_dates=("Start Date (UTC)",),
            numbers={"Quantity": (0, None), "Amount": (0, None)},
        ),
        Layout(
            "stripe/invoices",
            currency="Currency",
            key=("id",),
            required=(
                "id",
                "Number",
                "Customer",
                "Subscription",
                "Status",
                "Currency",
                "Amount Due",
                "Amount Paid",
                "Date (UTC)",
            ),
            known=("Number", "Customer Name", "Customer Email", "Subscription", "Status", "Amount Paid"),
            ids=("id", "Customer"),
            dates={"Date (UTC)": STRIPE_TS},
            activity_dates=("Date (UTC)",),
            numbers={"Amount Due": (0, None), "Amount Paid": (0, None)},
        ),
        Layout(
            "surveys/nps_responses",
            key=("#",),
            required=("#", "*recommend*", "customer_id", "Response Type", "Submit Date (UTC)"),
            known=("Response Type", "Start Date (UTC)", "Stage Date (UTC)", "Network ID"),
            ids=("#",),
            dates={"Submit Date (UTC)": STRIPE_TS},
            activity_dates=("Submit Date (UTC)",),
            numbers={"*recommend*": (0, 10)},
        ),
        Layout(
            "surveys/csat_responses",
            key=("#",),
            required=("#", "*satisf*", "customer_id", "Response Type", "Submit Date (UTC)"),
            known=("Response Type", "Start Date (UTC)", "Stage Date (UTC)", "Network ID"),
            ids=("#",),
            dates={"Submit Date (UTC)": STRIPE_TS},
            activity_dates=("Submit Date (UTC)",),
            numbers={"*satisf*": (1, 5)},
        ),
        Layout(
            "surveys/brand_awareness",
            key=("quarter_start",),
            required=("quarter_start", "respondents", "aided_aware", "unaided_aware"),
            dates={"quarter_start": ISO_DAY},
            numbers={"respondents": (0, None), "aided_aware": (0, None), "unaided_aware": (0, None)},
        ),
        Layout(
            "social/linkedin_page",
            key=("Date",),
            required=(
                "Date",
                "Impressions (total)",
                "Reactions (total)",
                "Comments (total)",
                "Reposts (total)",
                "New followers",
                "Total followers",
            ),
            known=("Comments (total)", "Reposts (total)", "New followers"),
            dates={"Date": US_DAY},
            numbers={"Impressions (total)": (0, None), "Reactions (total)": (0, None), "Total followers": (0, None)},
        ),
        Layout(
            "events/events",
            currency="currency",
            key=("event_id",),
            required=(
                "event_id",
                "event_name",
                "event_type",
                "country",
                "event_date",
                "registrants",
                "attendees",
                "target_attendees",
                "cost",
                "currency",
            ),
            known=("country", "registrants", "target_attendees"),
            ids=("event_id",),
            dates={"event_date": ["%Y-%m-%d", "%m/%d/%Y"]},
            numbers={
                "attendees": (0, None),
                "registrants": (0, None),
                "target_attendees": (0, None),
                "cost": (0, None),
            },
        ),
        Layout(
            "finance/expenses",
            currency="Currency",
            key=("Month", "Category"),
            required=("Month", "Category", "Amount", "Currency"),
            dates={"Month": MONTH},
            numbers={"Amount": (None, None)},
        ),
        Layout(
            "finance/pnl",
            currency="Currency",
            key=("Month",),
            required=("Month", "Net Sales", "Net Income", "Currency"),
            dates={"Month": MONTH},
            numbers={"Net Sales": (None, None), "Net Income": (None, None)},
        ),
        Layout(
            "market/market_size",
            key=("quarter_start", "region"),
            required=("quarter_start", "region", "total_market_revenue_usd"),
            dates={"quarter_start": ISO_DAY},
            numbers={"total_market_revenue_usd": (0, None)},
        ),
        Layout(
            "market/brand_signals",
            key=("month",),
            required=("month", "social_mentions", "branded_search_volume"),
            dates={"month": MONTH},
            numbers={"social_mentions": (0, None), "branded_search_volume": (0, None)},
        ),
    ]
}


def matches(pattern: str, name: str) -> bool:
    """A required/number column name, possibly a '*' pattern, against a header name (case-insensitive)."""
    p, n = pattern.lower(), name.strip().lower()
    if p.startswith("*") and p.endswith("*"):
        return p.strip("*") in n
    if p.endswith("*"):
        return n.startswith(p[:-1])
    return n == p
