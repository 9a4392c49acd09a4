-- One row per deal (HubSpot deals and Salesforce opportunities): status, amount and the dates each
-- funnel step was reached. Stage dates come from the HubSpot deal stage history where it exists:
--   * a stage reached more than once (the deal went back and came again) counts from its FIRST entry;
--   * a skipped step counts as reached when the deal entered any LATER step of the pipeline (a deal
--     that went from Presentation Scheduled straight to Closed Won passed the quote step on the day
--     it was won); Closed Lost is not a later step of anything.
-- Salesforce "Details Only" exports carry no history: created date = opportunity, close date = won;
-- a deal whose current stage is at or past the quote step counts as quoted, dated when known.
with hubspot_deals as (
    select * from "off"."main"."stg_hubspot__deals"
),

salesforce_opportunities as (
    select * from "off"."main"."stg_salesforce__opportunities"
),

stage_history as (
    select * from "off"."main"."stg_hubspot__deal_stage_history"
),

stage_map as (
    select * from "off"."main"."deal_stage_map"
),

deals as (
    select * from hubspot_deals
    union all
    select * from salesforce_opportunities
),

-- the quote step's position in each CRM's pipeline
quote_step as (
    select
        source_system,
        min(stage_order) as quote_stage_order
    from stage_map
    where funnel_step = 'quote'
    group by source_system
),

history_steps as (
    select
        stage_history.deal_id,
        stage_history.entered_at,
        stage_map.funnel_step,
        stage_map.stage_order,
        quote_step.quote_stage_order
    from stage_history
    inner join stage_map
        on
            stage_map.source_system = 'hubspot'
            and stage_history.deal_stage = stage_map.deal_stage
    inner join quote_step
        on quote_step.source_system = 'hubspot'
),

history_dates as (
    select
        deal_id,
        min(entered_at) as first_entered_at,
        -- first entry at or past the quote step, Closed Lost excluded (skip rule)
        min(case when stage_order >= quote_stage_order and funnel_step <> 'lost' then entered_at end)
            as quote_entered_at,
        -- first entry into Closed Won (revisit rule)
        min(case when funnel_step = 'won' then entered_at end) as won_entered_at,
        count(*) as stage_entries
    from history_steps
    group by deal_id
),

final as (
    select
        -- ids
        deals.deal_id,
        deals.contact_id,
        -- dimensions
        deals.source_system,
        deals.deal_stage,
        deals.deal_status,
        coalesce(deals.team_name, 'Unassigned') as team_name,
        deals.lead_source,
        deals.currency,
        -- measures
        deals.amount_local,
        deals.amount,
        coalesce(history_dates.stage_entries, 0) as stage_entries,
        -- flags
        deals.deal_status = 'won' as is_won,
        deals.deal_status = 'lost' as is_lost,
        deals.deal_status in ('won', 'lost') as is_closed,
        (
            history_dates.quote_entered_at is not null
            or deals.deal_status = 'won'
            or (current_stage.stage_order >= quote_step.quote_stage_order and deals.deal_status = 'open')
        ) as is_quoted,
        -- dates
        least(deals.created_at, coalesce(history_dates.first_entered_at, deals.created_at)) as opportunity_at,
        coalesce(
            history_dates.quote_entered_at,
            case when deals.deal_status = 'won' then deals.closed_at end
        ) as quoted_at,
        case
            when deals.deal_status = 'won' then coalesce(history_dates.won_entered_at, deals.closed_at)
        end as won_at,
        case when deals.deal_status in ('won', 'lost') then deals.closed_at end as closed_at,
        -- an open deal's close date is its expected close (NULL when the CRM has none)
        case when deals.deal_status = 'open' then deals.closed_at end as expected_close_at,
        deals.created_at
    from deals
    left join history_dates
        on deals.deal_id = history_dates.deal_id and deals.source_system = 'hubspot'
    left join stage_map as current_stage
        on deals.source_system = current_stage.source_system and deals.deal_stage = current_stage.deal_stage
    left join quote_step
        on deals.source_system = quote_step.source_system
)

select * from final