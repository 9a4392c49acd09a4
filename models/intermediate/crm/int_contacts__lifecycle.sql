-- One row per contact: the lifecycle dates every funnel KPI counts from, the channel and the UTM
-- campaign (HubSpot Original Source Drill-Down 2). The ad campaign a lead is attributed to is
-- joined in int_campaign_attribution__daily, so that a new day of ad exports does not rebuild the
-- CRM models.
-- Stage dates, one rule for every funnel KPI (see DECISIONLOG.md), compared at day precision:
--   * opportunity = the earlier of HubSpot's "Became an Opportunity" date and the contact's first
--     deal (HubSpot or Salesforce); customer = the earlier of "Became a Customer" and the first
--     won deal;
--   * a skipped stage counts as reached on the date of the first later stage the contact reached
--     (lead -> SQL directly makes the contact an MQL on its SQL date), so a stage date is never
--     after the next stage's date and every cohort count is <= the previous stage's;
--   * a stage dated before the contact's create date counts as reached on the create date.
with contacts as (
    select * from {{ ref('stg_hubspot__contacts') }}
),

deals as (
    select * from {{ ref('int_deals__stage_dates') }}
),

deal_dates as (
    select
        contact_id,
        min(opportunity_at) as first_opportunity_at,
        min(won_at) as first_won_at
    from deals
    where contact_id is not null
    group by contact_id
),

stage_dates as (
    select
        contacts.contact_id,
        cast(contacts.created_at as date) as lead_date,
        cast(least(contacts.became_customer_at, deal_dates.first_won_at) as date) as won_date,
        cast(least(contacts.became_opportunity_at, deal_dates.first_opportunity_at) as date) as opportunity_date,
        cast(contacts.became_sql_at as date) as sql_date,
        cast(contacts.became_mql_at as date) as mql_date
    from contacts
    left join deal_dates on contacts.contact_id = deal_dates.contact_id
),

-- skip rule: a stage is reached no later than the first later stage
skip_filled as (
    select
        contact_id,
        lead_date,
        won_date as customer_date,
        least(opportunity_date, won_date) as opportunity_date,
        least(sql_date, opportunity_date, won_date) as sql_date,
        least(mql_date, sql_date, opportunity_date, won_date) as mql_date
    from stage_dates
),

-- before-create rule: real CRMs hold stage dates before the contact's create date (an imported
-- contact, a deal won before the contact was created); such a stage counts as reached on the
-- create date, so no stage date precedes the lead date (listed in dq_crm_date_adjustments)
filled_dates as (
    select
        contact_id,
        lead_date,
        case when customer_date is not null then greatest(customer_date, lead_date) end as customer_date,
        case when opportunity_date is not null then greatest(opportunity_date, lead_date) end as opportunity_date,
        case when sql_date is not null then greatest(sql_date, lead_date) end as sql_date,
        case when mql_date is not null then greatest(mql_date, lead_date) end as mql_date
    from skip_filled
),

final as (
    select
        -- ids
        contacts.contact_id,
        -- dimensions
        contacts.channel,
        contacts.original_source,
        contacts.utm_campaign,
        contacts.country_code,
        contacts.lifecycle_stage
        {{- pass_through_select(pass_through_columns('hubspot/contacts'), 'contacts.') }},
        -- lead date = create date; later stages by the stage-date rule above
        filled_dates.lead_date,
        filled_dates.mql_date,
        filled_dates.sql_date,
        filled_dates.opportunity_date,
        filled_dates.customer_date,
        cast({{ dbt.date_trunc('month', 'filled_dates.lead_date') }} as date) as lead_month,
        cast({{ dbt.date_trunc('month', 'filled_dates.mql_date') }} as date) as mql_month,
        cast({{ dbt.date_trunc('month', 'filled_dates.sql_date') }} as date) as sql_month,
        cast({{ dbt.date_trunc('month', 'filled_dates.opportunity_date') }} as date) as opportunity_month,
        cast({{ dbt.date_trunc('month', 'filled_dates.customer_date') }} as date) as customer_month,
        -- flags (computed once, then only read)
        filled_dates.mql_date is not null as is_mql,
        filled_dates.sql_date is not null as is_sql,
        filled_dates.opportunity_date is not null as is_opportunity,
        filled_dates.customer_date is not null as is_customer,
        contacts.channel <> 'Events' as is_web_lead,
        -- whether the contact's export has the column (int_measures__exported)
        contacts.mql_date_exported,
        contacts.sql_date_exported,
        contacts.lead_score_exported,
        -- measures
        contacts.lead_score
    from contacts
    inner join filled_dates on contacts.contact_id = filled_dates.contact_id
)

select * from final
