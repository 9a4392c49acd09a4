
    

    create  table
      "off"."main"."int_deals__enriched__dbt_tmp"
  
    
    as (
      -- One row per deal with what the sales funnel marts group and measure by: the contact's channel
-- (Salesforce lead source through channel_map when the deal has no known contact), the months of
-- each step, and the sales cycle (first contact -> deal won, in days).
with stage_dates as (
    select * from "off"."main"."int_deals__stage_dates"
),

contacts as (
    select * from "off"."main"."int_contacts__lifecycle"
),

-- first contact = the earlier of the contact's lead date and the deal's created date, so a CRM
-- without contacts (a Salesforce-only org) still has a sales cycle, and a deal won before its
-- contact was created does not get a negative one
deals as (
    select
        stage_dates.*,
        cast(stage_dates.won_at as date) as won_date,
        case
            when contacts.lead_date is null then cast(stage_dates.created_at as date)
            else least(contacts.lead_date, cast(stage_dates.created_at as date))
        end as first_contact_date
    from stage_dates
    left join contacts on stage_dates.contact_id = contacts.contact_id
),

final as (
    select
        -- ids
        deals.deal_id,
        deals.contact_id,
        -- dimensions
        deals.source_system,
        deals.team_name,
        deals.deal_status,
        coalesce(contacts.channel, lead_source_channel.channel, 'Other') as channel,
        -- flags
        deals.is_won,
        deals.is_lost,
        deals.is_closed,
        deals.is_quoted,
        -- measures
        deals.amount,
        
        (date_diff('day', deals.first_contact_date::timestamp, deals.won_date::timestamp ))
     as sales_cycle_days,  -- noqa: LT05
        -- dates
        deals.opportunity_at,
        deals.quoted_at,
        deals.won_at,
        deals.closed_at,
        deals.expected_close_at,
        contacts.lead_date,
        deals.first_contact_date,
        cast(date_trunc('month', deals.opportunity_at) as date) as opportunity_month,
        cast(date_trunc('month', deals.quoted_at) as date) as quoted_month,
        cast(date_trunc('month', deals.closed_at) as date) as closed_month
    from deals
    left join contacts on deals.contact_id = contacts.contact_id
    left join "off"."main"."channel_map" as lead_source_channel
        on
            lead_source_channel.match_type = 'salesforce_lead_source'
            and lead_source_channel.match_value = deals.lead_source
)

select * from final
    );
    
  