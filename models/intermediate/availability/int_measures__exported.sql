-- One row: whether every staged row of a source came from an export that has the column behind a
-- measure (staging's <column>_exported flags, from the landing step's _columns_present). A mart
-- reads these flags to make a KPI NULL, never 0, when its input was not exported, and names no
-- vendor. A source without rows counts as exported: its counts are zero.
with contacts as (
    select * from {{ ref('stg_hubspot__contacts') }}
),

traffic as (
    select * from {{ ref('stg_ga4__traffic_acquisition') }}
),

email as (
    select * from {{ ref('stg_mailchimp__campaigns') }}
),

contact_flags as (
    select
        min(case when mql_date_exported then 1 else 0 end) as mql_dates,
        min(case when sql_date_exported then 1 else 0 end) as sql_dates,
        min(case when lead_score_exported then 1 else 0 end) as lead_scores
    from contacts
),

traffic_flags as (
    select
        min(case when engaged_sessions_exported then 1 else 0 end) as engaged_sessions,
        min(case when new_users_exported then 1 else 0 end) as new_users
    from traffic
),

email_flags as (
    select
        min(case when delivered_exported then 1 else 0 end) as delivered,
        min(case when bounces_exported then 1 else 0 end) as bounces,
        min(case when unique_opens_exported then 1 else 0 end) as unique_opens,
        min(case when unique_clicks_exported then 1 else 0 end) as unique_clicks,
        min(case when unsubscribes_exported then 1 else 0 end) as unsubscribes
    from email
),

final as (
    select
        -- CRM contacts: lifecycle dates and lead score
        coalesce(contact_flags.mql_dates, 1) = 1 as mql_dates_exported,
        coalesce(contact_flags.sql_dates, 1) = 1 as sql_dates_exported,
        coalesce(contact_flags.lead_scores, 1) = 1 as lead_scores_exported,
        -- web traffic
        coalesce(traffic_flags.engaged_sessions, 1) = 1 as engaged_sessions_exported,
        coalesce(traffic_flags.new_users, 1) = 1 as new_users_exported,
        -- email campaigns
        coalesce(email_flags.delivered, 1) = 1 as emails_delivered_exported,
        coalesce(email_flags.bounces, 1) = 1 as email_bounces_exported,
        coalesce(email_flags.unique_opens, 1) = 1 as unique_opens_exported,
        coalesce(email_flags.unique_clicks, 1) = 1 as unique_clicks_exported,
        coalesce(email_flags.unsubscribes, 1) = 1 as unsubscribes_exported
    from contact_flags
    cross join traffic_flags
    cross join email_flags
)

select * from final
