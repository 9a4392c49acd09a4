"""The rule book of the raw exports: one declaration per raw table (<source>/<table>).

Each layout says which canonical columns a table has, which identify a usable row (without them the
file is rejected) and which are optional (missing: NULL in staging, and the KPIs they feed are
reported unavailable), which kind each is (landing/values.py reads each kind from vendor text), and
the row rules that send a row to quarantine. The header spellings of each column (labels, internal
names, UI languages) are data: landing/header_aliases.csv, plus the user's own file
(landing/aliases.py). landing/apply.py turns a layout into the one DuckDB statement that lands a
file: the landed Parquet holds the parsed columns, `_is_layout_row` and `_reject_reason`, and the dbt
base_ models read exactly that. So the validator's report and dbt's quarantine are the same decision,
made in one place.

Column names here are the staging column names. Header spellings are documented per layout in the
README table and in models/staging/<source>/_<source>__sources.yml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from landing.values import (
    DAY_ANY,
    HUBSPOT_TS,
    ISO_DAY,
    MAILCHIMP_ACTIVITY_TS,
    MAILCHIMP_TS,
    MONTH,
    SF_DAY,
    STRIPE_TS,
    SURVEY_TS,
    US_DAY,
    WEEK_DAY,
    sql_deal_status,
    sql_text,
)

KINDS = ("text", "id", "upper", "lower", "integer", "number", "timestamp", "date", "month", "quarter", "year")


@dataclass(frozen=True)
class Col:
    """A canonical column read from the export.

    identity: the file is rejected without it. feeds: KPIs that are NULL in the marts when the
    column is missing. headers: the header spellings it is read from, filled in from
    landing/header_aliases.csv and the user's aliases (landing/aliases.py); the first is its label."""

    name: str
    kind: str = "text"
    formats: tuple[str, ...] = ()
    identity: bool = False
    feeds: tuple[str, ...] = ()
    pii: bool = False  # read only to be hashed in staging
    headers: tuple[str, ...] = ()
    pass_through: str | None = None  # the var that added it (a pass-through column), else None

    @property
    def label(self) -> str:
        """How the vendor's English UI names the column (its first spelling)."""
        return self.headers[0] if self.headers else self.name

    @property
    def sql_type(self) -> str:
        kinds = {"integer": "bigint", "number": "decimal(38, 6)", "timestamp": "timestamp", "date": "date"}
        return kinds.get(self.kind, "date" if self.kind in ("month", "quarter", "year") else "varchar")


@dataclass(frozen=True)
class Derived:
    """A column computed from the parsed ones (p.<name>) or from file facts (f.<name>: the period
    on the preamble, the currency in a header, the account in the file name)."""

    name: str
    sql: str
    sql_type: str = "varchar"


@dataclass(frozen=True)
class Rule:
    """A row rule: when `sql` (over the parsed and derived columns, as p.<name>) is true the row
    goes to quarantine with `reason`; `column` names the canonical column it is about."""

    sql: str
    reason: str
    column: str


# The date column whose month converts a table's money (ad platforms: period_start)
FX_DATE = {
    "hubspot/deals": "created_at",
    "salesforce/opportunities": "created_at",
    "stripe/subscriptions": "started_at",
    "stripe/invoices": "invoiced_at",
    "events/events": "event_date",
    "finance/expenses": "expense_month",
    "finance/pnl": "pnl_month",
    "market/market_size": "quarter_start",
}


@dataclass(frozen=True)
class Layout:
    name: str
    columns: tuple[Col, ...]
    derived: tuple[Derived, ...] = ()
    required: tuple[str, ...] = ()  # parsed columns that must hold a value on a data row
    rules: tuple[Rule, ...] = ()
    not_in_future: tuple[str, ...] = ()  # activity dates: a row dated after today is quarantined
    key: tuple[str, ...] = ()  # natural key (after parsing): rows sharing it are duplicates
    money: tuple[str, ...] = ()  # local-currency amounts converted in staging
    currency: str | None = None  # parsed column holding the ISO currency of `money`
    rate_columns: tuple[str, ...] = ()  # vendor-computed percent rates: out of range = warning
    footer_patterns: tuple[str, ...] = ()  # regexes a whole cell matches on a footer / total row
    summary_when_empty: tuple[str, ...] = ()  # a row with all of these empty is a summary row
    default_encoding: str = "utf-8"  # how the vendor writes it (reported, not required)
    period_from_preamble: bool = False  # rows may take their period from the preamble
    # the zone the vendor writes its timestamps in, when it is always the same (Stripe, Typeform:
    # UTC); None: the account's own zone (HubSpot portal, Salesforce user, Mailchimp account), which
    # var source_timezones declares (landing/settings.py), else taken to be the reporting zone
    timezone: str | None = None
    parquet_allowed: bool = True
    # measures add up across segments: rows of one file that share the key but differ in another
    # column (a segment, a breakdown, an unknown column) are summed, never taken for duplicates
    additive: bool = False
    segment_headers: tuple[str, ...] = ()  # known segment / breakdown headers (header_aliases.csv, "(segment)")
    # groups of columns of which the export needs at least one (GA4: source / medium or the channel group)
    identity_any: tuple[tuple[str, ...], ...] = ()

    @property
    def source(self) -> str:
        return self.name.split("/")[0]

    @property
    def table(self) -> str:
        return self.name.split("/")[1]

    @property
    def identity(self) -> tuple[Col, ...]:
        return tuple(c for c in self.columns if c.identity)

    @property
    def fx_date(self) -> str | None:
        """The date whose month's FX rate converts money: the validator checks the rate exists,
        the base_ model (generated from this) converts at it."""
        return "period_start" if self.source.endswith("_ads") else FX_DATE.get(self.name)

    def column(self, name: str) -> Col:
        return next(c for c in self.columns if c.name == name)


# HubSpot deals and Salesforce opportunities: dates compare at day precision (a deal closed on its
# create day at an earlier clock time is fine); an open deal may have no close date.
DEAL_RULES = (
    Rule("p.amount_local < 0", "negative amount", "amount_local"),
    Rule("p.deal_status <> 'open' and p.closed_at is null", "won or lost deal without a close date", "closed_at"),
    Rule(
        "p.deal_status <> 'open' and cast(p.closed_at as date) > current_date",
        "won or lost deal with a close date in the future",
        "closed_at",
    ),
    Rule("cast(p.closed_at as date) < cast(p.created_at as date)", "close date before create date", "closed_at"),
)


def lifecycle_date(name: str, feeds: tuple[str, ...] = ()) -> Col:
    """A HubSpot lifecycle-stage date ('Became a … Date', 'Become a …', hs_lifecyclestage_…_date)."""
    return Col(name, "timestamp", HUBSPOT_TS, feeds=feeds)


# the footer of a Salesforce "Details Only" report, in either order, and its total rows
SALESFORCE_FOOTERS = (
    r".*salesforce\.com, inc\. All rights reserved\.?.*",
    r"Confidential Information - Do Not Distribute",
    r"Generated By:.*",
    r"Grand Totals \(\d+ records?\)",
    r"Total",
)

AD_REPORT_RULES = (
    Rule("p.spend_amount_local < 0", "negative spend", "spend_amount_local"),
    Rule("p.clicks > p.impressions", "clicks above impressions", "clicks"),
    Rule("p.period_end < p.period_start", "period end before period start", "period_end"),
)
AD_KEY = ("period_start", "period_end", "campaign_key", "ad_group_key")
AD_FEEDS_CONVERSIONS = ("conversion_rate",)
# the three columns without which an ad report is not read, and the entity columns every platform has
AD_MEASURES = (
    Col("campaign_name", identity=True),
    Col("impressions", "integer", identity=True),
    Col("spend_amount_local", "number", identity=True),
)
AD_ENTITIES = (
    Col("campaign_id", "id"),
    Col("ad_group_id", "id"),
    Col("ad_group_name"),
    Col("ad_id", "id"),
    Col("ad_name"),
    Col("account_name"),
)


def ad_clicks(conversions: str = "conversions") -> tuple[Col, ...]:
    """Clicks, the platform's conversions column (Meta: Results), their value (money, in the
    account currency as spend) and its reported CTR."""
    return (
        Col("clicks", "integer", feeds=("ctr", "cpc")),
        Col(conversions, "number", feeds=AD_FEEDS_CONVERSIONS),
        Col("conversion_value_local", "number"),
        Col("ctr_reported", "number"),
    )


# what the four ad reports share past their columns: measures add up across segments and breakdowns
AD_REPORT = {
    "required": ("campaign_name", "period_start", "impressions", "spend_amount_local"),
    "not_in_future": ("period_start",),
    "key": AD_KEY,
    "money": ("spend_amount_local", "conversion_value_local"),
    "currency": "currency",
    "additive": True,
}


# -- period segments: a report segmented by Week, Month, Quarter or Year has one row per period, each
# inside the report's date range; such a row covers its own period (clipped to the range), and the
# even spread of a period row (DECISIONLOG.md) applies within that period only.


def segment_period(
    day: str, week: str | None, month: str | None, quarter: str | None, year: str | None
) -> tuple[str, str]:
    """SQL of a row's (period_start, period_end): its day; else its Week (the week starting on the
    value's day), Month, Quarter or Year segment (parsed to its first day: kinds month, quarter,
    year) clipped to the report's range; else the range."""
    starts, ends = [], []
    for col, span in ((week, "7 day"), (month, "1 month"), (quarter, "3 month"), (year, "1 year")):
        if col:
            starts.append(col)
            ends.append(f"cast({col} + interval {span} - interval 1 day as date)")
    if not starts:
        return f"coalesce({day}, f.period_start)", f"coalesce({day}, f.period_end)"
    seg_start, seg_end = f"coalesce({', '.join(starts)})", f"coalesce({', '.join(ends)})"
    start = f"coalesce({day}, greatest({seg_start}, coalesce(f.period_start, {seg_start})), f.period_start)"
    end = f"coalesce({day}, least({seg_end}, coalesce(f.period_end, {seg_end})), f.period_end)"
    return start, end


PERIOD_SEGMENT_RULES = (
    Rule("p.period_start > p.period_end", "segment period outside the report's date range", "period_start"),
)


def period_segment_columns() -> tuple[Col, ...]:
    """Google Ads' and Microsoft Advertising's time segments other than the day."""
    return (
        Col("segment_week", "date", WEEK_DAY),
        Col("segment_month", "month"),
        Col("segment_quarter", "quarter"),
        Col("segment_year", "year"),
    )


def ad_derived(
    platform: str,
    currency_sql: str,
    account_sql: str = "p.account_name",
    segments: bool = False,
    period: tuple[str, str] | None = None,
) -> tuple[Derived, ...]:
    """The columns every ad platform ends with: one campaign key (the vendor's campaign id, else
    account + campaign name), a sub-campaign key (ad set / ad group / ad, '' at campaign level),
    and the period of the row (`period` when given; else its day; else its period segment, inside
    the report's range; else the report period on the preamble)."""
    if period:
        start, end = period
    elif segments:
        start, end = segment_period(
            "p.ad_date", "p.segment_week", "p.segment_month", "p.segment_quarter", "p.segment_year"
        )
    else:
        start, end = segment_period("p.ad_date", None, None, None, None)
    return (
        Derived("platform", f"'{platform}'"),
        Derived("account_name_resolved", account_sql),
        Derived("currency", currency_sql),
        Derived(
            "campaign_key",
            "coalesce(p.campaign_id, 'name:' || coalesce(" + account_sql + ", '') || ' / ' || p.campaign_name)",
        ),
        Derived(
            "ad_group_key",
            "concat_ws(' / ', p.ad_group_id, p.ad_group_name, p.ad_id, p.ad_name)",
        ),
        Derived("period_start", start, "date"),
        Derived("period_end", end, "date"),
    )


def linkedin_period(derived: tuple[Derived, ...]) -> tuple[Derived, ...]:
    """LinkedIn's period: a row's Start Date, through its End Date when exported (a monthly time
    breakdown). Without a time breakdown LinkedIn writes one row per entity dated the range's first
    day (a 3-day report booked on day 1): when every row of a multi-day report is dated its first
    day, the rows cover the whole report period."""
    aggregated = (
        "(f.period_end > f.period_start and p.ad_date = f.period_start "
        "and max(p.ad_date) over () = f.period_start and p.ad_date_end is null)"
    )
    end = f"coalesce(p.ad_date_end, case when {aggregated} then f.period_end end, p.ad_date, f.period_end)"
    return tuple(Derived("period_end", end, "date") if d.name == "period_end" else d for d in derived)


def survey_layout(name: str, low: int, high: int, customer_feeds: tuple[str, ...]) -> Layout:
    """A Typeform / SurveyMonkey responses export: the score column is the question whose text
    matches its spelling ('*recommend*'); scores outside low-high and partial responses go to quarantine."""
    return Layout(
        name,
        timezone="UTC",  # Submit Date (UTC)
        columns=(
            Col("response_id", "id", identity=True),
            Col("score", "integer", identity=True),
            Col("submitted_at", "timestamp", SURVEY_TS, identity=True),
            Col("customer_id", "id", feeds=customer_feeds),
            Col("response_type", "lower"),
        ),
        required=("response_id", "score", "submitted_at"),
        rules=(
            Rule(f"p.score not between {low} and {high}", f"score outside {low}-{high}", "score"),
            Rule("coalesce(p.response_type, 'completed') <> 'completed'", "partial response", "response_type"),
        ),
        not_in_future=("submitted_at",),
        key=("response_id",),
    )


LAYOUT_LIST: list[Layout] = [
    Layout(
        "hubspot/contacts",
        columns=(
            Col("contact_id", "id", identity=True),
            Col("created_at", "timestamp", HUBSPOT_TS, identity=True),
            Col("email", pii=True),
            Col("company_name"),
            Col("country_code", "upper", feeds=("churn_rate by country",)),
            Col("lifecycle_stage_raw"),
            Col(
                "original_source",
                feeds=("every KPI by channel (without it contacts read as channel Other)",),
            ),  # fmt: skip
            Col("original_source_detail"),
            Col(
                "utm_campaign",
                feeds=("roas", "campaign_roi (first-touch campaign revenue)"),
            ),  # fmt: skip
            Col("lead_score", "integer", feeds=("avg_lead_score",)),
            lifecycle_date("became_lead_at"),
            lifecycle_date("became_mql_at", ("mqls", "lead_to_mql_rate", "mql_to_sql_rate")),
            lifecycle_date("became_sql_at", ("sqls", "mql_to_sql_rate", "sql_to_opportunity_rate", "cost_per_sql")),
            lifecycle_date("became_opportunity_at"),
            lifecycle_date("became_customer_at"),
            # the ids of the contacts merged into this one (';'-separated): folded into it, so that
            # one person counts once (stg_hubspot__contact_merges)
            Col("merged_contact_ids", feeds=("one person counted once (contacts merged in HubSpot)",)),
        ),
        required=("contact_id", "created_at"),
        rules=(Rule("p.lead_score not between 0 and 100", "lead score outside 0-100", "lead_score"),),
        key=("contact_id",),
    ),
    Layout(
        "hubspot/deals",
        columns=(
            Col("deal_id", "id", identity=True),
            Col("deal_stage", identity=True),
            Col("amount_local", "number", identity=True),
            Col("created_at", "timestamp", HUBSPOT_TS, identity=True),
            Col("closed_at", "timestamp", HUBSPOT_TS, identity=True),
            Col("deal_name"),
            Col("pipeline"),
            Col("currency_raw"),
            # a multi-currency portal's amount converted by HubSpot to the company currency
            Col("amount_company", "number"),
            Col("owner_name", pii=True),
            Col("team_name", feeds=("win rate and revenue by team",)),
            Col("deal_type"),
            Col(
                "associated_contact_ids",
                feeds=("deals by channel (the channel of the deal's contact)",),
            ),  # fmt: skip
        ),
        derived=(
            Derived("contact_id", sql_text("split_part(p.associated_contact_ids, ';', 1)")),
            Derived("source_system", "'hubspot'"),
            Derived("lead_source", "cast(null as varchar)"),  # not exported by HubSpot deals
            Derived("deal_status", sql_deal_status("p.deal_stage", "hubspot")),
            Derived("currency", "coalesce(p.currency_raw, f.account_currency)"),
            # the amount the reporting amount is converted from: HubSpot's own conversion to the
            # company currency (the hubspot account currency) when the export has it, else the
            # deal's amount in its own currency (DECISIONLOG.md, "Money the vendor already converted")
            Derived(
                "amount_basis",
                "case when p.amount_company is not null then p.amount_company else p.amount_local end",
                "decimal(38, 6)",
            ),
            Derived(
                "basis_currency",
                "case when p.amount_company is not null then f.account_currency "
                "else coalesce(p.currency_raw, f.account_currency) end",
            ),
        ),
        required=("deal_id", "deal_stage", "created_at", "amount_local"),
        rules=DEAL_RULES,
        key=("deal_id",),
        money=("amount_local",),
        currency="basis_currency",
    ),
    Layout(
        "hubspot/deal_stage_history",
        columns=(
            Col("deal_id", "id", identity=True),
            Col("deal_stage", identity=True),
            Col("entered_at", "timestamp", HUBSPOT_TS, identity=True),
            Col("change_source"),
        ),
        required=("deal_id", "deal_stage", "entered_at"),
        key=("deal_id", "deal_stage", "entered_at"),
    ),
    Layout(
        "salesforce/opportunities",
        columns=(
            Col("deal_id", "id", identity=True),
            Col("deal_stage", identity=True),
            Col("amount_local", "number", identity=True),
            Col(
                "created_at",
                "timestamp",
                SF_DAY,
                identity=True,
            ),  # fmt: skip
            Col("closed_at", "timestamp", SF_DAY, identity=True),  # fmt: skip
            Col("owner_name", pii=True),
            Col("account_name"),
            Col("deal_name"),
            Col("currency_raw"),
            Col("probability", "number"),
            Col("lead_source", feeds=("won revenue by channel (lead source)",)),
            Col("deal_type"),
            Col(
                "contact_id",
                "id",
                feeds=("the contact's funnel dates (a deal without it starts its cycle on its created date)",),
            ),  # fmt: skip
            Col("team_name", feeds=("win rate and revenue by team",)),
        ),
        derived=(
            Derived("source_system", "'salesforce'"),
            Derived("deal_status", sql_deal_status("p.deal_stage", "salesforce")),
            Derived("pipeline", "'Salesforce'"),
            Derived("currency", "coalesce(p.currency_raw, f.account_currency)"),
        ),
        required=("deal_id", "deal_stage", "created_at", "amount_local"),
        rules=DEAL_RULES,
        key=("deal_id",),
        money=("amount_local",),
        currency="currency",
        rate_columns=("probability",),
        footer_patterns=SALESFORCE_FOOTERS,
    ),
    Layout(
        # Salesforce report type "Campaigns with Campaign Members" (or a Campaign Member report),
        # "Details Only" CSV: one row per member of a campaign. A responded member is a touch.
        "salesforce/campaign_members",
        columns=(
            Col("campaign_name", identity=True),
            Col(
                "member_created_at",
                "timestamp",
                SF_DAY,
                identity=True,
            ),  # fmt: skip
            Col("email", pii=True),
            # without it members link to contacts by e-mail: no KPI is lost
            Col("contact_id", "id"),
            Col("salesforce_contact_id", "id"),
            Col("salesforce_lead_id", "id"),
            Col("campaign_id", "id"),
            Col(
                "campaign_type",
                feeds=("the touch's channel (without it the touch reads as channel Other)",),
            ),  # fmt: skip
            Col("member_type"),
            Col("member_status"),
            Col("has_responded", "lower"),
            Col(
                "first_responded_at",
                "timestamp",
                SF_DAY,
                feeds=("the touch date (else the member's created date)",),
            ),  # fmt: skip
        ),
        derived=(
            # who the member is: the Salesforce contact or lead, else the HubSpot id, else the
            # hashed e-mail (the clear e-mail never keys anything past staging)
            Derived(
                "member_key",
                "coalesce(p.salesforce_contact_id, p.salesforce_lead_id, p.contact_id, md5(lower(trim(p.email))))",
            ),
        ),
        required=("campaign_name", "member_created_at"),
        not_in_future=("member_created_at",),
        key=("campaign_name", "member_key"),
        footer_patterns=SALESFORCE_FOOTERS,
        identity_any=(("email", "contact_id"),),
    ),
    Layout(
        "google_ads/campaign_report",
        columns=(
            *AD_MEASURES,
            Col("ad_date", "date", ISO_DAY),
            *AD_ENTITIES,
            Col("currency_raw"),
            *ad_clicks(),
            Col("conversion_rate_reported", "number"),
            *period_segment_columns(),
        ),
        derived=ad_derived("google_ads", "coalesce(p.currency_raw, f.account_currency)", segments=True),
        rules=(*AD_REPORT_RULES, *PERIOD_SEGMENT_RULES),
        **AD_REPORT,
        rate_columns=("ctr_reported", "conversion_rate_reported"),
        footer_patterns=(r"Total: .*", r"Total:"),
        period_from_preamble=True,
    ),
    Layout(
        "linkedin_ads/campaign_report",
        columns=(
            *AD_MEASURES,
            Col("ad_date", "date", US_DAY),
            Col("ad_date_end", "date", US_DAY),
            *AD_ENTITIES,
            Col("currency_raw"),
            *ad_clicks(),
        ),
        derived=linkedin_period(ad_derived("linkedin_ads", "coalesce(p.currency_raw, f.account_currency)")),
        rules=AD_REPORT_RULES,
        **AD_REPORT,
        rate_columns=("ctr_reported",),
        footer_patterns=(r"Total.*",),
        default_encoding="utf-16",
        period_from_preamble=True,
    ),
    Layout(
        "meta_ads/campaign_report",
        columns=(
            Col("ad_date", "date", ISO_DAY, identity=True),
            *AD_MEASURES,
            Col("reporting_ends", "date", ISO_DAY),
            *AD_ENTITIES,
            *ad_clicks("results"),
        ),
        derived=(
            # Meta leaves Results blank on a day without results: 0 when the column is exported
            Derived("conversions", "case when f.has_results then coalesce(p.results, 0) end", "decimal(38, 6)"),
            *ad_derived(
                "meta_ads",
                "coalesce(f.header_currency, f.account_currency)",
                account_sql="coalesce(p.account_name, f.file_account)",
                period=("p.ad_date", "coalesce(p.reporting_ends, p.ad_date)"),
            ),
        ),
        rules=AD_REPORT_RULES,
        **AD_REPORT,
        footer_patterns=(r"No data available\.?",),
        summary_when_empty=("campaign_name", "campaign_id", "ad_group_name", "ad_name"),
    ),
    Layout(
        "microsoft_ads/campaign_report",
        columns=(
            *AD_MEASURES,
            Col("ad_date", "date", US_DAY),
            *AD_ENTITIES,
            Col("currency_raw"),
            *ad_clicks(),
            *period_segment_columns(),
        ),
        derived=ad_derived("microsoft_ads", "coalesce(p.currency_raw, f.account_currency)", segments=True),
        rules=(*AD_REPORT_RULES, *PERIOD_SEGMENT_RULES),
        **AD_REPORT,
        rate_columns=("ctr_reported",),
        footer_patterns=(r".*Microsoft Corporation\. All rights reserved\..*",),
        period_from_preamble=True,
    ),
    Layout(
        "mailchimp/campaigns",
        columns=(
            Col("email_campaign_id", "id", identity=True),
            Col("sent_at", "timestamp", MAILCHIMP_TS, identity=True),
            Col("sent", "integer", identity=True),
            Col(
                "delivered",
                "integer",
                feeds=("email_open_rate", "email_click_rate", "email_bounce_rate"),
            ),  # fmt: skip
            Col("campaign_title"),
            Col("subject_line"),
            Col("audience_name"),
            Col("soft_bounces", "integer"),
            Col("hard_bounces", "integer"),
            Col("bounces", "integer", feeds=("email_bounce_rate",)),
            Col("unique_opens", "integer", feeds=("email_open_rate", "email_click_to_open_rate")),
            Col("total_opens", "integer"),
            Col("unique_clicks", "integer", feeds=("email_click_rate", "email_click_to_open_rate")),
            Col("total_clicks", "integer"),
            Col("unsubscribes", "integer", feeds=("email_unsubscribe_rate",)),
            Col("abuse_complaints", "integer"),
            Col("open_rate_reported", "number"),
            Col("click_rate_reported", "number"),
        ),
        required=("email_campaign_id", "sent_at", "sent"),
        rules=(
            Rule("p.delivered > p.sent", "delivered above recipients", "delivered"),
            Rule("p.unique_opens > p.delivered", "unique opens above deliveries", "unique_opens"),
            Rule("p.unique_clicks > p.unique_opens", "unique clicks above unique opens", "unique_clicks"),
        ),
        key=("email_campaign_id",),
        rate_columns=("open_rate_reported", "click_rate_reported"),
    ),
    Layout(
        # per-recipient e-mail activity: Mailchimp's email-activity report (Marketing API
        # /reports/{campaign_id}/email-activity, one row per action, flattened to CSV) or a
        # campaign's "Clicked" activity export; project-defined CSV [unsure]. A click is a touch.
        "mailchimp/email_activity",
        columns=(
            Col("email", pii=True, identity=True),
            Col("email_campaign_id", "id", identity=True),
            Col(
                "activity_at",
                "timestamp",
                MAILCHIMP_ACTIVITY_TS,
                identity=True,
            ),  # fmt: skip
            Col("activity_action_raw", "lower"),
            Col("campaign_title"),
            Col("clicked_url"),
        ),
        derived=(
            # an export of the "Clicked" list has no action column: every row is a click
            Derived("activity_action", "coalesce(p.activity_action_raw, 'click')"),
        ),
        required=("email", "email_campaign_id", "activity_at"),
        not_in_future=("activity_at",),
        key=("email_campaign_id", "email", "activity_at", "activity_action", "clicked_url"),
    ),
    Layout(
        "ga4/traffic_acquisition",
        columns=(
            Col("sessions", "integer", identity=True),
            Col("source_medium"),
            Col(
                "channel_group",
            ),
            Col("traffic_campaign_raw"),
            Col("engaged_sessions", "integer", feeds=("bounce_rate",)),
            Col("active_users", "integer"),
            Col("new_users", "integer", feeds=("traffic_to_lead_rate",)),
            Col("views", "integer"),
            Col("event_count", "integer"),
            Col("key_events", "number"),
            Col("ga4_date", "date", ("%Y%m%d",)),
            Col("segment_month", "month"),
        ),
        derived=(
            Derived("traffic_source", "trim(split_part(p.source_medium, ' / ', 1))"),
            Derived("traffic_medium", "trim(split_part(p.source_medium, ' / ', 2))"),
            Derived("traffic_campaign", "coalesce(p.traffic_campaign_raw, '(not set)')"),
            # the row's dimension: source / medium when exported, else the default channel group
            Derived("traffic_dimension", "coalesce(p.source_medium, p.channel_group)"),
            Derived("period_start", segment_period("p.ga4_date", None, "p.segment_month", None, None)[0], "date"),
            Derived("period_end", segment_period("p.ga4_date", None, "p.segment_month", None, None)[1], "date"),
        ),
        required=("period_start", "traffic_dimension", "sessions"),
        rules=(
            Rule("p.engaged_sessions > p.sessions", "engaged sessions above sessions", "engaged_sessions"),
            *PERIOD_SEGMENT_RULES,
        ),
        key=("period_start", "traffic_dimension", "traffic_campaign"),
        footer_patterns=(r"Grand total",),
        summary_when_empty=("source_medium", "channel_group"),
        period_from_preamble=True,
        parquet_allowed=False,
        identity_any=(("source_medium", "channel_group"),),
        additive=True,
    ),
    Layout(
        "stripe/subscriptions",
        timezone="UTC",
        columns=(
            Col("subscription_id", "id", identity=True),
            Col("customer_id", "id", identity=True),
            Col(
                "started_at",
                "timestamp",
                STRIPE_TS,
                identity=True,
            ),  # fmt: skip
            Col("unit_amount_local", "number", identity=True),
            Col("quantity", "integer", identity=True),
            Col("plan_id"),
            Col("subscription_status", "lower"),
            Col("billing_interval", "lower", feeds=("mrr_amount", "new_mrr_amount", "churned_mrr_amount")),
            Col("currency_raw", "upper"),
            Col("created_at", "timestamp", STRIPE_TS),
            Col("canceled_at", "timestamp", STRIPE_TS, feeds=("churn_rate", "customer_retention_rate")),
            Col("ended_at", "timestamp", STRIPE_TS, feeds=("churn_rate", "customer_retention_rate")),
            Col(
                "contact_id",
                "id",
                feeds=("revenue and retention by channel and country",),
            ),  # fmt: skip
        ),
        derived=(Derived("currency", "coalesce(p.currency_raw, f.account_currency)"),),
        required=("subscription_id", "customer_id", "started_at", "unit_amount_local", "quantity"),
        rules=(Rule("p.unit_amount_local < 0", "negative amount", "unit_amount_local"),),
        key=("subscription_id",),
        money=("unit_amount_local",),
        currency="currency",
    ),
    Layout(
        "stripe/invoices",
        timezone="UTC",
        columns=(
            Col("invoice_id", "id", identity=True),
            Col("customer_id", "id", identity=True),
            Col("amount_due_local", "number", identity=True),
            Col("invoiced_at", "timestamp", STRIPE_TS, identity=True),
            Col("invoice_number"),
            Col("subscription_id", "id"),
            Col("invoice_status", "lower"),
            Col("currency_raw", "upper"),
            Col("amount_paid_local", "number"),
        ),
        derived=(Derived("currency", "coalesce(p.currency_raw, f.account_currency)"),),
        required=("invoice_id", "customer_id", "invoiced_at", "amount_due_local"),
        rules=(Rule("p.amount_due_local < 0", "negative amount", "amount_due_local"),),
        not_in_future=("invoiced_at",),
        key=("invoice_id",),
        money=("amount_due_local", "amount_paid_local"),
        currency="currency",
    ),
    survey_layout("surveys/nps_responses", 0, 10, ("nps by channel and country",)),
    survey_layout("surveys/csat_responses", 1, 5, ()),
    Layout(
        "surveys/brand_awareness",
        columns=(
            Col("quarter_start", "date", ISO_DAY, identity=True),
            Col("respondents", "integer", identity=True),
            Col("aided_aware", "integer", identity=True),
            Col("unaided_aware", "integer", identity=True),
        ),
        required=("quarter_start", "respondents", "aided_aware", "unaided_aware"),
        rules=(
            Rule("p.aided_aware > p.respondents", "aided aware above respondents", "aided_aware"),
            Rule("p.unaided_aware > p.aided_aware", "unaided aware above aided aware", "unaided_aware"),
        ),
        key=("quarter_start",),
    ),
    Layout(
        "social/linkedin_page",
        columns=(
            Col("stat_date", "date", US_DAY, identity=True),
            Col("impressions", "integer", identity=True),
            Col("reactions", "integer", feeds=("social_engagement_rate",)),
            Col("comments", "integer", feeds=("social_engagement_rate",)),
            Col("shares", "integer", feeds=("social_engagement_rate",)),
            Col("new_followers", "integer"),
            Col("followers_total", "integer", feeds=("follower_growth_rate",)),
        ),
        derived=(Derived("social_platform", "'linkedin'"),),
        required=("stat_date", "impressions"),
        key=("stat_date",),
    ),
    Layout(
        "events/events",
        columns=(
            Col("event_id", "id", identity=True),
            Col("event_date", "date", DAY_ANY, identity=True),
            Col("event_type", "lower", identity=True),
            Col("attendees", "integer", identity=True),
            Col("target_attendees", "integer", identity=True),
            Col("cost_amount_local", "number", identity=True),
            Col("event_name"),
            Col("country_code", "upper"),
            Col("registrants", "integer", feeds=("event_attendance_rate",)),
            Col("currency_raw", "upper"),
        ),
        derived=(Derived("currency", "coalesce(p.currency_raw, f.account_currency)"),),
        required=("event_id", "event_date", "event_type", "attendees", "target_attendees", "cost_amount_local"),
        rules=(
            Rule("p.event_type not in ('online', 'offline')", "event type not online or offline", "event_type"),
            Rule("p.target_attendees > p.attendees", "target attendees above attendees", "target_attendees"),
            Rule("p.cost_amount_local < 0", "negative cost", "cost_amount_local"),
        ),
        key=("event_id",),
        money=("cost_amount_local",),
        currency="currency",
    ),
    Layout(
        "finance/expenses",
        columns=(
            Col("expense_month", "date", MONTH, identity=True),
            Col("expense_category", identity=True),
            Col("amount_local", "number", identity=True),
            Col("currency_raw", "upper"),
        ),
        derived=(Derived("currency", "coalesce(p.currency_raw, f.account_currency)"),),
        required=("expense_month", "expense_category", "amount_local"),
        key=("expense_month", "expense_category"),
        money=("amount_local",),
        currency="currency",
    ),
    Layout(
        "finance/pnl",
        columns=(
            Col("pnl_month", "date", MONTH, identity=True),
            Col("net_sales_local", "number", identity=True),
            Col("net_income_local", "number", identity=True),
            Col("currency_raw", "upper"),
        ),
        derived=(Derived("currency", "coalesce(p.currency_raw, f.account_currency)"),),
        required=("pnl_month", "net_sales_local", "net_income_local"),
        key=("pnl_month",),
        money=("net_sales_local", "net_income_local"),
        currency="currency",
    ),
    Layout(
        "market/market_size",
        columns=(
            Col("quarter_start", "date", ISO_DAY, identity=True),
            Col("market_region", identity=True),
            Col("total_market_revenue_local", "number", identity=True),
        ),
        derived=(Derived("currency", "'USD'"),),
        required=("quarter_start", "market_region", "total_market_revenue_local"),
        rules=(Rule("p.total_market_revenue_local <= 0", "market revenue not positive", "total_market_revenue_local"),),
        key=("quarter_start", "market_region"),
        money=("total_market_revenue_local",),
        currency="currency",
    ),
    Layout(
        "market/brand_signals",
        columns=(
            Col("signal_month", "date", MONTH, identity=True),
            Col("social_mentions", "integer", identity=True),
            Col("branded_search_volume", "integer", identity=True),
        ),
        required=("signal_month", "social_mentions", "branded_search_volume"),
        key=("signal_month",),
    ),
]

from landing.aliases import normalize, with_aliases  # noqa: E402  (the aliases fill in the layouts above)

# Which export column counts as the conversions of each ad report: var <source>__conversion_columns,
# a list of headers in order of preference (the first one a file has is read), in place of the
# shipped spellings; e.g. google_ads__conversion_columns: ["All conv."], meta_ads__conversion_columns:
# ["Leads", "Website purchases"]. A file without any of them has no conversions: the KPIs the column
# feeds are NULL and the validation report names them.
CONVERSIONS = {
    "google_ads/campaign_report": "conversions",
    "linkedin_ads/campaign_report": "conversions",
    "meta_ads/campaign_report": "results",
    "microsoft_ads/campaign_report": "conversions",
}
# and their value, var <source>__conversion_value_columns the same way: e.g. ["All conv. value"],
# ["Website purchases conversion value"]; shipped: Google Conv. value, LinkedIn Total Conversion
# Value, Meta Purchases conversion value, Microsoft Revenue
CHOSEN = {
    "conversion_columns": CONVERSIONS,
    "conversion_value_columns": dict.fromkeys(CONVERSIONS, "conversion_value_local"),
}


def conversion_columns() -> dict[tuple[str, str], tuple[str, ...]]:
    """{(table, column): the headers chosen for it} for the ad reports' conversions and conversion
    value columns whose var is set."""
    from landing.variables import project_vars

    variables, out = project_vars(), {}
    for suffix, columns in CHOSEN.items():
        for table, column in columns.items():
            var = f"{table.split('/')[0]}__{suffix}"
            value = variables.get(var) or []
            value = [value] if isinstance(value, str) else value
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise SystemExit(f"var {var}: a list of export column headers, e.g. ['All conv.'], got {value!r}")
            if value:
                out[(table, column)] = tuple(v.strip() for v in value)
    return out


def with_conversion_columns(
    layouts: dict[str, Layout], chosen: dict[tuple[str, str], tuple[str, ...]]
) -> dict[str, Layout]:
    """The layouts with each chosen column read from the chosen headers only (no other column of
    the table reads them)."""
    import dataclasses

    for (table, column), headers in chosen.items():
        taken = {normalize(h) for h in headers}
        columns = tuple(
            dataclasses.replace(c, headers=headers)
            if c.name == column
            else dataclasses.replace(c, headers=tuple(h for h in c.headers if normalize(h) not in taken))
            for c in layouts[table].columns
        )
        layouts[table] = dataclasses.replace(layouts[table], columns=columns)
    return layouts


# Pass-through columns (Fivetran's *_pass_through_columns): var <source>__<table>_pass_through_columns,
# a list of {name: <export header>, alias: <column name>, type: text | number | integer}, e.g.
# hubspot__contacts_pass_through_columns: [{name: Industry, alias: industry}]. The landing step reads
# each as a column of the table; staging passes it through to the marts at their grain (a text column
# kept as a dimension, a number summed where rows are summed). The tables that reach a mart, and the
# models they flow through (macros/staging/pass_through.sql carries them in dbt):
AD_CHAIN = ("int_ad_performance__unioned", "int_paid_media__daily", "kpi_paid_media_daily", "kpi_paid_media_monthly")
PASS_THROUGH = {
    "hubspot/contacts": ("stg_hubspot__contacts", "int_contacts__lifecycle", "kpi_funnel_contacts"),
    **{f"{p}/campaign_report": (f"stg_{p}__campaign_report", *AD_CHAIN)
       for p in ("google_ads", "linkedin_ads", "meta_ads", "microsoft_ads")},
}  # fmt: skip
PASS_THROUGH_TYPES = ("text", "number", "integer")
SQL_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}")  # an alias: a lower-case SQL name, never quoted or escaped


def pass_through_var(table: str) -> str:
    return table.replace("/", "__") + "_pass_through_columns"


def model_columns(models: tuple[str, ...]) -> set[str]:
    """The columns the models' YAML declares (a pass-through alias must not take one's name). Read
    only when a pass-through var is set: parsing every model YAML costs seconds."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    names: set[str] = set()
    for path in (Path(__file__).resolve().parents[1] / "models").rglob("*.yml"):
        for model in (yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}).get("models") or []:  # noqa: S506
            if model.get("name") in models:
                names |= {c["name"] for c in model.get("columns") or []}
    return names


def pass_through_columns(layouts: dict[str, Layout], variables: dict | None = None) -> dict[str, tuple[Col, ...]]:
    """{table: its pass-through columns} from the vars; every mistake stops with the var and the fix."""
    from landing.variables import project_vars

    variables = project_vars() if variables is None else variables
    known = {pass_through_var(t): t for t in PASS_THROUGH}
    for var in variables:
        if var.endswith("_pass_through_columns") and var not in known:
            raise SystemExit(f"var {var}: pass-through columns reach a mart from these tables only: {', '.join(known)}")
    out: dict[str, tuple[Col, ...]] = {}
    types: dict[str, tuple[str, str]] = {}  # alias -> (type, var): one alias is one column across platforms
    for var, table in known.items():
        value = variables.get(var) or []
        if not isinstance(value, list):
            raise SystemExit(f"var {var}: a list such as [{{name: Industry, alias: industry}}], got {value!r}")
        layout, cols = layouts[table], []
        if not value:
            continue
        taken = {c.name for c in layout.columns} | {d.name for d in layout.derived} | model_columns(PASS_THROUGH[table])
        for entry in value:
            entry = {"name": entry} if isinstance(entry, str) else entry
            name = entry.get("name") if isinstance(entry, dict) else None
            if not isinstance(name, str) or not name.strip() or set(entry) - {"name", "alias", "type"}:
                raise SystemExit(f"var {var}: each entry is {{name: <export header>, alias: <column>, type: "
                                 f"text | number | integer}} (alias and type optional), got {entry!r}")  # fmt: skip
            alias, kind = str(entry.get("alias") or name).strip(), str(entry.get("type") or "text").strip()
            if not SQL_NAME.fullmatch(alias):
                raise SystemExit(f"var {var}: {name!r}: give it an alias, a lower-case SQL name of letters, digits "
                                 f"and _ (e.g. alias: {re.sub(r'[^a-z0-9]+', '_', name.lower()).strip('_') or 'x'}),"
                                 f" got {alias!r}")  # fmt: skip
            if kind not in PASS_THROUGH_TYPES:
                raise SystemExit(f"var {var}: {name!r}: type {kind!r} must be one of {', '.join(PASS_THROUGH_TYPES)}")
            if alias in taken:
                raise SystemExit(f"var {var}: alias {alias!r} is already a column of {table} or of the models it reaches: "
                                 "choose another")  # fmt: skip
            owner = next((c for c in layout.columns if any(header_matches(h, name) for h in c.headers)), None)
            if owner is not None:
                raise SystemExit(f"var {var}: {name!r} is already read as {table} column {owner.name!r}: "
                                 "the warehouse has it (see the marts)")  # fmt: skip
            if types.setdefault(alias, (kind, var))[0] != kind:
                raise SystemExit(f"var {var}: alias {alias!r} is {types[alias][0]} in var {types[alias][1]}: "
                                 "one alias, one type")  # fmt: skip
            taken.add(alias)
            cols.append(Col(alias, kind, headers=(name.strip(),), pass_through=var))
        if cols:
            out[table] = tuple(cols)
    return out


def with_pass_through(layouts: dict[str, Layout], chosen: dict[str, tuple[Col, ...]]) -> dict[str, Layout]:
    import dataclasses

    for table, cols in chosen.items():
        layouts[table] = dataclasses.replace(layouts[table], columns=layouts[table].columns + cols)
    return layouts


# the header spellings of every column, from landing/header_aliases.csv and the user's aliases file,
# the conversions columns chosen by var, and the pass-through columns
LAYOUTS: dict[str, Layout] = with_conversion_columns(with_aliases(LAYOUT_LIST), conversion_columns())


# -- header matching ----------------------------------------------------------------------------


def normalize_header(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("\ufeff", "").strip()).casefold()


def header_matches(spelling: str, header: str) -> bool:
    """A declared spelling (with '*' wildcards) against a header cell, case- and white-space-insensitively."""
    s, h = normalize_header(spelling), normalize_header(header)
    if "*" not in s:
        return s == h
    return re.fullmatch(".*".join(re.escape(part) for part in s.split("*")), h) is not None


def map_header(header: list[str], layout: Layout) -> dict[str, int]:
    """canonical column -> index of the header cell that feeds it (the first spelling that matches wins)."""
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for col in layout.columns:
        for spelling in col.headers:
            hit = next((i for i, h in enumerate(header) if i not in used and header_matches(spelling, h)), None)
            if hit is not None:
                mapping[col.name] = hit
                used.add(hit)
                break
    return mapping


def output_columns(layout: Layout) -> list[tuple[str, str]]:
    """(name, SQL type) of the parsed columns of a landed table, in order."""
    cols = [(c.name, c.sql_type) for c in layout.columns]
    cols += [(d.name, d.sql_type) for d in layout.derived]
    return cols


# the pass-through columns last: their headers are checked against every other column's
LAYOUTS = with_pass_through(LAYOUTS, pass_through_columns(LAYOUTS))
