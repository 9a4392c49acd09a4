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
    number_from_text,
    sql_deal_status,
    sql_text,
    timestamp_from_text,
)

KINDS = ("text", "id", "upper", "lower", "integer", "number", "timestamp", "date")


@dataclass(frozen=True)
class Col:
    """A canonical column read from the export.

    headers: accepted header spellings ('*' is a wildcard: 'Amount spent (*)'); compared after
        trimming, folding case and collapsing white space. identity: the file is rejected without
        it. feeds: KPIs that are NULL in the marts when the column is missing."""

    name: str
    headers: tuple[str, ...]
    kind: str = "text"
    formats: tuple[str, ...] = ()
    identity: bool = False
    feeds: tuple[str, ...] = ()
    pii: bool = False  # read only to be hashed in staging

    def parse_sql(self, text: str) -> str:
        """The value, from the cell's text as sql_text cleans it (trimmed, NULL for a null token)."""
        if self.kind in ("text", "id"):
            return text
        if self.kind == "upper":
            return f"upper({text})"
        if self.kind == "lower":
            return f"lower({text})"
        if self.kind == "integer":
            return f"try_cast({number_from_text(text)} as bigint)"
        if self.kind == "number":
            return number_from_text(text)
        if self.kind == "timestamp":
            return timestamp_from_text(text, self.formats)
        if self.kind == "date":
            return f"cast({timestamp_from_text(text, self.formats)} as date)"
        raise ValueError(self.kind)

    @property
    def sql_type(self) -> str:
        return {"integer": "bigint", "number": "decimal(38, 6)", "timestamp": "timestamp", "date": "date"}.get(
            self.kind, "varchar"
        )


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
    parquet_allowed: bool = True
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

    def column(self, name: str) -> Col:
        return next(c for c in self.columns if c.name == name)


def became(stage: str) -> tuple[str, ...]:
    """HubSpot's lifecycle date label in both spellings: 'Became a … Date' (2023+) and 'Become a …'."""
    return (f"Became {stage} Date", f"Become {stage} Date")


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


def lifecycle_date(name: str, stage: str, internal: str, feeds: tuple[str, ...] = ()) -> Col:
    """A HubSpot lifecycle-stage date: label 'Became/Become <stage> Date' or its internal name."""
    return Col(name, (*became(stage), f"hs_lifecyclestage_{internal}_date"), "timestamp", HUBSPOT_TS, feeds=feeds)


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
AD_FEEDS_CONVERSIONS = ("conversion_rate", "cost_per_conversion")


def ad_derived(platform: str, currency_sql: str, account_sql: str = "p.account_name") -> tuple[Derived, ...]:
    """The columns every ad platform ends with: one campaign key (the vendor's campaign id, else
    account + campaign name), a sub-campaign key (ad set / ad group / ad, '' at campaign level),
    and the period of the row (its day, else the report period on the preamble)."""
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
        Derived("period_start", "coalesce(p.ad_date, f.period_start)", "date"),
        Derived("period_end", "coalesce(p.ad_date, f.period_end)", "date"),
    )


def survey_layout(name: str, question: str, low: int, high: int, customer_feeds: tuple[str, ...]) -> Layout:
    """A Typeform / SurveyMonkey responses export: the score column is the question whose text
    matches `question`; scores outside low-high and partial responses go to quarantine."""
    return Layout(
        name,
        columns=(
            Col("response_id", ("#", "Respondent ID", "Response ID"), "id", identity=True),
            Col("score", (question,), "integer", identity=True),
            Col(
                "submitted_at", ("Submit Date (UTC)", "Submitted At", "End Date"), "timestamp", SURVEY_TS, identity=True
            ),
            Col("customer_id", ("customer_id", "Customer ID"), "id", feeds=customer_feeds),
            Col("response_type", ("Response Type",), "lower"),
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
            Col("contact_id", ("Record ID", "Contact ID", "hs_object_id", "vid"), "id", identity=True),
            Col("created_at", ("Create Date", "createdate"), "timestamp", HUBSPOT_TS, identity=True),
            Col("email", ("Email", "email"), pii=True),
            Col("company_name", ("Company Name", "company", "Associated Company")),
            Col("country_code", ("Country/Region", "Country", "country"), "upper", feeds=("churn_rate by country",)),
            Col("lifecycle_stage_raw", ("Lifecycle Stage", "lifecyclestage")),
            Col(
                "original_source",
                ("Original Source", "hs_analytics_source", "Original source"),
                feeds=("every KPI by channel (without it contacts read as channel Other)",),
            ),  # fmt: skip
            Col("original_source_detail", ("Original Source Drill-Down 1", "hs_analytics_source_data_1")),
            Col(
                "utm_campaign",
                ("Original Source Drill-Down 2", "hs_analytics_source_data_2"),
                feeds=("roas", "campaign_roi (first-touch campaign revenue)"),
            ),  # fmt: skip
            Col("lead_score", ("HubSpot Score", "hubspotscore"), "integer", feeds=("avg_lead_score",)),
            lifecycle_date("became_lead_at", "a Lead", "lead"),
            lifecycle_date(
                "became_mql_at",
                "a Marketing Qualified Lead",
                "marketingqualifiedlead",
                ("mqls", "lead_to_mql_rate", "mql_to_sql_rate", "cost_per_mql"),
            ),
            lifecycle_date(
                "became_sql_at",
                "a Sales Qualified Lead",
                "salesqualifiedlead",
                ("sqls", "mql_to_sql_rate", "sql_to_opportunity_rate", "cost_per_sql"),
            ),
            lifecycle_date("became_opportunity_at", "an Opportunity", "opportunity"),
            lifecycle_date("became_customer_at", "a Customer", "customer"),  # fmt: skip
        ),
        required=("contact_id", "created_at"),
        rules=(Rule("p.lead_score not between 0 and 100", "lead score outside 0-100", "lead_score"),),
        key=("contact_id",),
    ),
    Layout(
        "hubspot/deals",
        columns=(
            Col("deal_id", ("Record ID", "Deal ID", "hs_object_id"), "id", identity=True),
            Col("deal_stage", ("Deal Stage", "dealstage", "Stage"), identity=True),
            Col("amount_local", ("Amount", "amount"), "number", identity=True),
            Col("created_at", ("Create Date", "createdate"), "timestamp", HUBSPOT_TS, identity=True),
            Col("closed_at", ("Close Date", "closedate"), "timestamp", HUBSPOT_TS, identity=True),
            Col("deal_name", ("Deal Name", "dealname")),
            Col("pipeline", ("Pipeline", "pipeline")),
            Col("currency_raw", ("Currency", "deal_currency_code", "Deal currency code")),
            Col("owner_name", ("Deal owner", "hubspot_owner_id", "Deal Owner"), pii=True),
            Col("team_name", ("HubSpot Team", "hubspot_team_id", "Team"), feeds=("win rate and revenue by team",)),
            Col("deal_type", ("Deal Type", "dealtype")),
            Col(
                "associated_contact_ids",
                ("Associated Contact IDs", "Associated Contact ID", "associatedcontactids"),
                feeds=("deals by channel (the channel of the deal's contact)",),
            ),  # fmt: skip
        ),
        derived=(
            Derived("contact_id", sql_text("split_part(p.associated_contact_ids, ';', 1)")),
            Derived("source_system", "'hubspot'"),
            Derived("lead_source", "cast(null as varchar)"),  # not exported by HubSpot deals
            Derived("deal_status", sql_deal_status("p.deal_stage")),
            Derived("currency", "coalesce(p.currency_raw, f.account_currency)"),
        ),
        required=("deal_id", "deal_stage", "created_at", "amount_local"),
        rules=DEAL_RULES,
        key=("deal_id",),
        money=("amount_local",),
        currency="currency",
    ),
    Layout(
        "hubspot/deal_stage_history",
        columns=(
            Col("deal_id", ("Record ID", "Deal ID", "hs_object_id"), "id", identity=True),
            Col("deal_stage", ("Deal Stage", "dealstage"), identity=True),
            Col("entered_at", ("Date entered", "Timestamp", "timestamp"), "timestamp", HUBSPOT_TS, identity=True),
            Col("change_source", ("Source", "sourceType")),
        ),
        required=("deal_id", "deal_stage", "entered_at"),
        key=("deal_id", "deal_stage", "entered_at"),
    ),
    Layout(
        "salesforce/opportunities",
        columns=(
            Col("deal_id", ("Opportunity ID", "Opportunity: Opportunity ID", "Id"), "id", identity=True),
            Col("deal_stage", ("Stage", "Opportunity: Stage", "StageName"), identity=True),
            Col("amount_local", ("Amount", "Opportunity: Amount"), "number", identity=True),
            Col(
                "created_at",
                ("Created Date", "Opportunity: Created Date", "CreatedDate"),
                "timestamp",
                SF_DAY,
                identity=True,
            ),  # fmt: skip
            Col(
                "closed_at", ("Close Date", "Opportunity: Close Date", "CloseDate"), "timestamp", SF_DAY, identity=True
            ),  # fmt: skip
            Col("owner_name", ("Opportunity Owner", "Owner Name", "Opportunity Owner: Full Name"), pii=True),
            Col("account_name", ("Account Name", "Account: Account Name")),
            Col("deal_name", ("Opportunity Name", "Name")),
            Col("currency_raw", ("Amount Currency", "Opportunity Currency", "Currency")),
            Col("probability", ("Probability (%)", "Probability"), "number"),
            Col("lead_source", ("Lead Source", "LeadSource"), feeds=("won revenue by channel (lead source)",)),
            Col("deal_type", ("Type",)),
            Col(
                "contact_id",
                ("HubSpot Contact ID", "Contact ID", "HubSpot contact id"),
                "id",
                feeds=("the contact's funnel dates (a deal without it starts its cycle on its created date)",),
            ),  # fmt: skip
            Col(
                "team_name", ("Owner Role", "Opportunity Owner: Role", "Role"), feeds=("win rate and revenue by team",)
            ),
        ),
        derived=(
            Derived("source_system", "'salesforce'"),
            Derived("deal_status", sql_deal_status("p.deal_stage")),
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
            Col("campaign_name", ("Campaign Name", "Campaign: Campaign Name", "Campaign"), identity=True),
            Col(
                "member_created_at",
                ("Created Date", "Member: Created Date", "Campaign Member: Created Date", "CreatedDate"),
                "timestamp",
                SF_DAY,
                identity=True,
            ),  # fmt: skip
            Col("email", ("Email", "Member: Email", "Email Address"), pii=True),
            # without it members link to contacts by e-mail: no KPI is lost
            Col("contact_id", ("HubSpot Contact ID", "HubSpot contact id"), "id"),
            Col("salesforce_contact_id", ("Contact ID", "ContactId", "Member: Contact ID"), "id"),
            Col("salesforce_lead_id", ("Lead ID", "LeadId", "Member: Lead ID"), "id"),
            Col("campaign_id", ("Campaign ID", "CampaignId", "Campaign: Campaign ID"), "id"),
            Col(
                "campaign_type",
                ("Campaign Type", "Type", "Campaign: Type"),
                feeds=("the touch's channel (without it the touch reads as channel Other)",),
            ),  # fmt: skip
            Col("member_type", ("Member Type", "Type of Member")),
            Col("member_status", ("Status", "Member Status", "Campaign Member Status")),
            Col("has_responded", ("Responded", "HasResponded", "Has Responded"), "lower"),
            Col(
                "first_responded_at",
                ("First Responded Date", "FirstRespondedDate", "First Responded"),
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
            Col("campaign_name", ("Campaign",), identity=True),
            Col("impressions", ("Impr.", "Impressions"), "integer", identity=True),
            Col("spend_amount_local", ("Cost",), "number", identity=True),
            Col("ad_date", ("Day", "Date"), "date", ISO_DAY),
            Col("campaign_id", ("Campaign ID",), "id"),
            Col("ad_group_id", ("Ad group ID",), "id"),
            Col("ad_group_name", ("Ad group",)),
            Col("ad_id", ("Ad ID",), "id"),
            Col("ad_name", ("Ad",)),
            Col("account_name", ("Account", "Account name", "Customer name")),
            Col("currency_raw", ("Currency code", "Currency")),
            Col("clicks", ("Clicks",), "integer", feeds=("ctr", "cpc")),
            Col("conversions", ("Conversions",), "number", feeds=AD_FEEDS_CONVERSIONS),
            Col("ctr_reported", ("CTR",), "number"),
            Col("conversion_rate_reported", ("Conv. rate",), "number"),
        ),
        derived=ad_derived("google_ads", "coalesce(p.currency_raw, f.account_currency)"),
        required=("campaign_name", "period_start", "impressions", "spend_amount_local"),
        rules=AD_REPORT_RULES,
        not_in_future=("period_start",),
        key=AD_KEY,
        money=("spend_amount_local",),
        currency="currency",
        rate_columns=("ctr_reported", "conversion_rate_reported"),
        footer_patterns=(r"Total: .*", r"Total:"),
        period_from_preamble=True,
    ),
    Layout(
        "linkedin_ads/campaign_report",
        columns=(
            Col("campaign_name", ("Campaign Name",), identity=True),
            Col("impressions", ("Impressions",), "integer", identity=True),
            Col("spend_amount_local", ("Total Spent", "Amount Spent", "Spent"), "number", identity=True),
            Col("ad_date", ("Start Date (in UTC)", "Start Date"), "date", US_DAY),
            Col("campaign_id", ("Campaign ID",), "id"),
            Col("ad_group_id", ("Ad Set ID",), "id"),
            Col("ad_group_name", ("Ad Set Name",)),
            Col("ad_id", ("Ad ID", "Creative ID"), "id"),
            Col("ad_name", ("Ad Name", "Creative Name")),
            Col("account_name", ("Account Name",)),
            Col("currency_raw", ("Currency",)),
            Col("clicks", ("Clicks",), "integer", feeds=("ctr", "cpc")),
            Col("conversions", ("Conversions",), "number", feeds=AD_FEEDS_CONVERSIONS),
            Col("ctr_reported", ("Click Through Rate",), "number"),
        ),
        derived=ad_derived("linkedin_ads", "coalesce(p.currency_raw, f.account_currency)"),
        required=("campaign_name", "period_start", "impressions", "spend_amount_local"),
        rules=AD_REPORT_RULES,
        not_in_future=("period_start",),
        key=AD_KEY,
        money=("spend_amount_local",),
        currency="currency",
        rate_columns=("ctr_reported",),
        footer_patterns=(r"Total.*",),
        default_encoding="utf-16",
        period_from_preamble=True,
    ),
    Layout(
        "meta_ads/campaign_report",
        columns=(
            Col("ad_date", ("Reporting starts", "Day"), "date", ISO_DAY, identity=True),
            Col("campaign_name", ("Campaign name",), identity=True),
            Col("impressions", ("Impressions",), "integer", identity=True),
            Col("spend_amount_local", ("Amount spent (*)", "Amount spent"), "number", identity=True),
            Col("reporting_ends", ("Reporting ends",), "date", ISO_DAY),
            Col("campaign_id", ("Campaign ID",), "id"),
            Col("ad_group_id", ("Ad set ID",), "id"),
            Col("ad_group_name", ("Ad set name",)),
            Col("ad_id", ("Ad ID",), "id"),
            Col("ad_name", ("Ad name",)),
            Col("account_name", ("Account name",)),
            Col("clicks", ("Link clicks", "Clicks (all)"), "integer", feeds=("ctr", "cpc")),
            Col("results", ("Results", "Leads"), "number", feeds=AD_FEEDS_CONVERSIONS),
            Col("ctr_reported", ("CTR (link click-through rate)",), "number"),
        ),
        derived=(
            # Meta leaves Results blank on a day without results: 0 when the column is exported
            Derived("conversions", "case when f.has_results then coalesce(p.results, 0) end", "decimal(38, 6)"),
            Derived("platform", "'meta_ads'"),
            Derived("account_name_resolved", "coalesce(p.account_name, f.file_account)"),
            Derived("currency", "coalesce(f.header_currency, f.account_currency)"),
            Derived(
                "campaign_key",
                "coalesce(p.campaign_id, 'name:' || coalesce(p.account_name, f.file_account, '') || ' / ' || p.campaign_name)",
            ),
            Derived("ad_group_key", "concat_ws(' / ', p.ad_group_id, p.ad_group_name, p.ad_id, p.ad_name)"),
            Derived("period_start", "p.ad_date", "date"),
            Derived("period_end", "coalesce(p.reporting_ends, p.ad_date)", "date"),
        ),
        required=("campaign_name", "period_start", "impressions", "spend_amount_local"),
        rules=AD_REPORT_RULES,
        not_in_future=("period_start",),
        key=AD_KEY,
        money=("spend_amount_local",),
        currency="currency",
        footer_patterns=(r"No data available\.?",),
        summary_when_empty=("campaign_name", "campaign_id", "ad_group_name", "ad_name"),
    ),
    Layout(
        "microsoft_ads/campaign_report",
        columns=(
            Col("campaign_name", ("Campaign name", "CampaignName"), identity=True),
            Col("impressions", ("Impressions",), "integer", identity=True),
            Col("spend_amount_local", ("Spend",), "number", identity=True),
            Col("ad_date", ("Gregorian date", "TimePeriod", "Day", "Date"), "date", US_DAY),
            Col("campaign_id", ("Campaign ID", "CampaignId"), "id"),
            Col("ad_group_id", ("Ad group ID", "AdGroupId"), "id"),
            Col("ad_group_name", ("Ad group", "AdGroupName")),
            Col("ad_id", ("Ad ID", "AdId"), "id"),
            Col("ad_name", ("Ad title", "AdTitle")),
            Col("account_name", ("Account name", "AccountName")),
            Col("currency_raw", ("Currency code", "CurrencyCode")),
            Col("clicks", ("Clicks",), "integer", feeds=("ctr", "cpc")),
            Col("conversions", ("Conversions",), "number", feeds=AD_FEEDS_CONVERSIONS),
            Col("ctr_reported", ("CTR (%)", "CTR", "Ctr"), "number"),
        ),
        derived=ad_derived("microsoft_ads", "coalesce(p.currency_raw, f.account_currency)"),
        required=("campaign_name", "period_start", "impressions", "spend_amount_local"),
        rules=AD_REPORT_RULES,
        not_in_future=("period_start",),
        key=AD_KEY,
        money=("spend_amount_local",),
        currency="currency",
        rate_columns=("ctr_reported",),
        footer_patterns=(r".*Microsoft Corporation\. All rights reserved\..*",),
        period_from_preamble=True,
    ),
    Layout(
        "mailchimp/campaigns",
        columns=(
            Col("email_campaign_id", ("Unique Id", "Campaign ID", "id"), "id", identity=True),
            Col("sent_at", ("Send Date", "Send Time"), "timestamp", MAILCHIMP_TS, identity=True),
            Col("sent", ("Total Recipients", "Emails Sent", "Recipients"), "integer", identity=True),
            Col(
                "delivered",
                ("Successful Deliveries",),
                "integer",
                feeds=("email_open_rate", "email_click_rate", "email_bounce_rate"),
            ),  # fmt: skip
            Col("campaign_title", ("Title", "Campaign Name")),
            Col("subject_line", ("Subject",)),
            Col("audience_name", ("List", "Audience")),
            Col("soft_bounces", ("Soft Bounces",), "integer"),
            Col("hard_bounces", ("Hard Bounces",), "integer"),
            Col("bounces", ("Total Bounces", "Bounces"), "integer", feeds=("email_bounce_rate",)),
            Col("unique_opens", ("Unique Opens",), "integer", feeds=("email_open_rate", "click_to_open_rate")),
            Col("total_opens", ("Total Opens",), "integer"),
            Col("unique_clicks", ("Unique Clicks",), "integer", feeds=("email_click_rate", "click_to_open_rate")),
            Col("total_clicks", ("Total Clicks",), "integer"),
            Col("unsubscribes", ("Unsubscribes",), "integer", feeds=("unsubscribe_rate",)),
            Col("abuse_complaints", ("Abuse Complaints",), "integer"),
            Col("open_rate_reported", ("Open Rate",), "number"),
            Col("click_rate_reported", ("Click Rate",), "number"),
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
            Col("email", ("Email Address", "email_address", "Email"), pii=True, identity=True),
            Col("email_campaign_id", ("Campaign ID", "campaign_id", "Unique Id"), "id", identity=True),
            Col(
                "activity_at",
                ("Timestamp", "timestamp", "Click Time", "Activity Date"),
                "timestamp",
                MAILCHIMP_ACTIVITY_TS,
                identity=True,
            ),  # fmt: skip
            Col("activity_action_raw", ("Action", "action", "Activity"), "lower"),
            Col("campaign_title", ("Campaign Title", "Title", "Campaign")),
            Col("clicked_url", ("URL", "url", "Link")),
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
            Col("sessions", ("Sessions",), "integer", identity=True),
            Col("source_medium", ("Session source / medium", "Session source/medium")),
            Col(
                "channel_group",
                (
                    "Session primary channel group (Default Channel Group)",
                    "Session default channel group",
                    "Session primary channel group",
                ),
            ),
            Col("traffic_campaign_raw", ("Session campaign", "Session campaign name")),
            Col("engaged_sessions", ("Engaged sessions",), "integer", feeds=("bounce_rate",)),
            Col("active_users", ("Active users", "Users", "Total users"), "integer"),
            Col("new_users", ("New users",), "integer", feeds=("new_visitors", "traffic_to_lead_rate")),
            Col("views", ("Views",), "integer"),
            Col("event_count", ("Event count",), "integer"),
            Col("key_events", ("Key events", "Conversions"), "number"),
        ),
        derived=(
            Derived("traffic_source", "trim(split_part(p.source_medium, ' / ', 1))"),
            Derived("traffic_medium", "trim(split_part(p.source_medium, ' / ', 2))"),
            Derived("traffic_campaign", "coalesce(p.traffic_campaign_raw, '(not set)')"),
            # the row's dimension: source / medium when exported, else the default channel group
            Derived("traffic_dimension", "coalesce(p.source_medium, p.channel_group)"),
            Derived("period_start", "f.period_start", "date"),
            Derived("period_end", "f.period_end", "date"),
        ),
        required=("period_start", "traffic_dimension", "sessions"),
        rules=(Rule("p.engaged_sessions > p.sessions", "engaged sessions above sessions", "engaged_sessions"),),
        footer_patterns=(r"Grand total",),
        summary_when_empty=("source_medium", "channel_group"),
        period_from_preamble=True,
        parquet_allowed=False,
        identity_any=(("source_medium", "channel_group"),),
    ),
    Layout(
        "stripe/subscriptions",
        columns=(
            Col("subscription_id", ("id", "Subscription ID"), "id", identity=True),
            Col("customer_id", ("Customer ID", "Customer"), "id", identity=True),
            Col(
                "started_at",
                ("Start Date (UTC)", "Start (UTC)", "Created (UTC)"),
                "timestamp",
                STRIPE_TS,
                identity=True,
            ),  # fmt: skip
            Col("unit_amount_local", ("Amount", "Plan Amount"), "number", identity=True),
            Col("quantity", ("Quantity",), "integer", identity=True),
            Col("plan_id", ("Plan", "Price ID", "Product ID")),
            Col("subscription_status", ("Status",), "lower"),
            Col("billing_interval", ("Interval", "Plan Interval"), "lower", feeds=("mrr",)),
            Col("currency_raw", ("Currency", "Plan Currency"), "upper"),
            Col("created_at", ("Created (UTC)",), "timestamp", STRIPE_TS),
            Col("canceled_at", ("Canceled At (UTC)",), "timestamp", STRIPE_TS, feeds=("churn_rate", "retention_rate")),
            Col("ended_at", ("Ended At (UTC)",), "timestamp", STRIPE_TS, feeds=("churn_rate", "retention_rate")),
            Col(
                "contact_id",
                ("hubspot_contact_id (metadata)", "hubspot_contact_id"),
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
        columns=(
            Col("invoice_id", ("id", "Invoice ID"), "id", identity=True),
            Col("customer_id", ("Customer", "Customer ID"), "id", identity=True),
            Col("amount_due_local", ("Amount Due", "Total"), "number", identity=True),
            Col("invoiced_at", ("Date (UTC)", "Created (UTC)"), "timestamp", STRIPE_TS, identity=True),
            Col("invoice_number", ("Number",)),
            Col("subscription_id", ("Subscription",), "id"),
            Col("invoice_status", ("Status",), "lower"),
            Col("currency_raw", ("Currency",), "upper"),
            Col("amount_paid_local", ("Amount Paid",), "number"),
        ),
        derived=(Derived("currency", "coalesce(p.currency_raw, f.account_currency)"),),
        required=("invoice_id", "customer_id", "invoiced_at", "amount_due_local"),
        rules=(Rule("p.amount_due_local < 0", "negative amount", "amount_due_local"),),
        not_in_future=("invoiced_at",),
        key=("invoice_id",),
        money=("amount_due_local", "amount_paid_local"),
        currency="currency",
    ),
    survey_layout("surveys/nps_responses", "*recommend*", 0, 10, ("nps by channel and country",)),
    survey_layout("surveys/csat_responses", "*satisf*", 1, 5, ()),
    Layout(
        "surveys/brand_awareness",
        columns=(
            Col("quarter_start", ("quarter_start",), "date", ISO_DAY, identity=True),
            Col("respondents", ("respondents",), "integer", identity=True),
            Col("aided_aware", ("aided_aware",), "integer", identity=True),
            Col("unaided_aware", ("unaided_aware",), "integer", identity=True),
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
            Col("stat_date", ("Date",), "date", US_DAY, identity=True),
            Col("impressions", ("Impressions (total)", "Impressions"), "integer", identity=True),
            Col("reactions", ("Reactions (total)", "Reactions"), "integer", feeds=("social_engagement_rate",)),
            Col("comments", ("Comments (total)", "Comments"), "integer", feeds=("social_engagement_rate",)),
            Col(
                "shares", ("Reposts (total)", "Reposts", "Shares (total)"), "integer", feeds=("social_engagement_rate",)
            ),
            Col("new_followers", ("New followers",), "integer"),
            Col("followers_total", ("Total followers",), "integer", feeds=("follower_growth_rate",)),
        ),
        derived=(Derived("social_platform", "'linkedin'"),),
        required=("stat_date", "impressions"),
        key=("stat_date",),
    ),
    Layout(
        "events/events",
        columns=(
            Col("event_id", ("event_id",), "id", identity=True),
            Col("event_date", ("event_date",), "date", DAY_ANY, identity=True),
            Col("event_type", ("event_type",), "lower", identity=True),
            Col("attendees", ("attendees",), "integer", identity=True),
            Col("target_attendees", ("target_attendees",), "integer", identity=True),
            Col("cost_amount_local", ("cost",), "number", identity=True),
            Col("event_name", ("event_name",)),
            Col("country_code", ("country",), "upper"),
            Col("registrants", ("registrants",), "integer", feeds=("event_attendance_rate",)),
            Col("currency_raw", ("currency",), "upper"),
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
            Col("expense_month", ("Month",), "date", MONTH, identity=True),
            Col("expense_category", ("Category",), identity=True),
            Col("amount_local", ("Amount",), "number", identity=True),
            Col("currency_raw", ("Currency",), "upper"),
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
            Col("pnl_month", ("Month",), "date", MONTH, identity=True),
            Col("net_sales_local", ("Net Sales",), "number", identity=True),
            Col("net_income_local", ("Net Income",), "number", identity=True),
            Col("currency_raw", ("Currency",), "upper"),
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
            Col("quarter_start", ("quarter_start",), "date", ISO_DAY, identity=True),
            Col("market_region", ("region",), identity=True),
            Col("total_market_revenue_local", ("total_market_revenue_usd",), "number", identity=True),
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
            Col("signal_month", ("month",), "date", MONTH, identity=True),
            Col("social_mentions", ("social_mentions",), "integer", identity=True),
            Col("branded_search_volume", ("branded_search_volume",), "integer", identity=True),
        ),
        required=("signal_month", "social_mentions", "branded_search_volume"),
        key=("signal_month",),
    ),
]

LAYOUTS: dict[str, Layout] = {layout.name: layout for layout in LAYOUT_LIST}


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
