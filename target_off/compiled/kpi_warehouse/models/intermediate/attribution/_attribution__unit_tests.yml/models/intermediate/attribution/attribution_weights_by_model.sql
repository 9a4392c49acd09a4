-- Multi-touch attribution: for every conversion of a deal (its opportunity, credited with the
-- pipeline amount; its win, credited with the revenue) and every attribution model, the share of
-- the amount each touch of the deal's contact earns. One row per conversion × model × touch; a
-- conversion without a touch in the window gets one row with channel 'unattributed' (never dropped).
--
-- The path of a conversion: the contact's touches dated (at day precision) no later than the
-- conversion and at most var('attribution_lookback_days') before it, ordered by time. Roles
-- (HubSpot's and Marketo Measure's published definitions):
--   first touch (FT)        the first touch of the path;
--   lead creation (LC)      the last touch on or before the contact's lead date (else FT);
--   opportunity creation    the last touch on or before the opportunity's created date;
--     (OC)
--   closed won (CW)         the last touch of a won deal's path (revenue only).
-- Weights: first_touch FT 1; last_touch the last touch 1; linear every touch 1; u_shaped FT 40 %,
-- LC 40 %, 20 % spread over the rest; w_shaped FT, LC, OC 30 % each, 10 % spread over the rest;
-- full_path FT, LC, OC, CW 22.5 % each, 10 % over the rest (a pipeline path has no CW: W-shaped);
-- time_decay 2^(-days before the conversion / var('attribution_half_life_days')). A touch that
-- holds several roles adds their weights; when no touch is left for the spread share, the weights
-- are scaled to sum to 1. Credit = amount × weight / sum of the path's weights.
with  __dbt__cte__int_deals__enriched as (

-- Fixture for int_deals__enriched
select 
    
    cast('D1' as character varying)
 as "deal_id", 
    
    cast('C1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "team_name", cast(null as character varying(256)) as "deal_status", cast(null as character varying(256)) as "channel", 
    
    cast(True as BOOLEAN)
 as "is_won", cast(null as BOOLEAN) as "is_lost", cast(null as BOOLEAN) as "is_closed", cast(null as BOOLEAN) as "is_quoted", 
    
    cast(1000 as DECIMAL(38,6))
 as "amount", cast(null as BIGINT) as "sales_cycle_days", 
    
    cast('2025-01-21 10:00:00' as TIMESTAMP)
 as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", 
    
    cast('2025-02-20 15:00:00' as TIMESTAMP)
 as "won_at", cast(null as TIMESTAMP) as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", 
    
    cast('2025-01-01' as DATE)
 as "lead_date", cast(null as DATE) as "first_contact_date", cast(null as DATE) as "opportunity_month", cast(null as DATE) as "quoted_month", cast(null as DATE) as "closed_month"
union all
select 
    
    cast('D2' as character varying)
 as "deal_id", 
    
    cast('C2' as character varying)
 as "contact_id", cast(null as character varying(256)) as "source_system", cast(null as character varying(256)) as "team_name", cast(null as character varying(256)) as "deal_status", cast(null as character varying(256)) as "channel", 
    
    cast(True as BOOLEAN)
 as "is_won", cast(null as BOOLEAN) as "is_lost", cast(null as BOOLEAN) as "is_closed", cast(null as BOOLEAN) as "is_quoted", 
    
    cast(500 as DECIMAL(38,6))
 as "amount", cast(null as BIGINT) as "sales_cycle_days", 
    
    cast('2025-01-05 10:00:00' as TIMESTAMP)
 as "opportunity_at", cast(null as TIMESTAMP) as "quoted_at", 
    
    cast('2025-02-10 15:00:00' as TIMESTAMP)
 as "won_at", cast(null as TIMESTAMP) as "closed_at", cast(null as TIMESTAMP) as "expected_close_at", 
    
    cast('2025-01-01' as DATE)
 as "lead_date", cast(null as DATE) as "first_contact_date", cast(null as DATE) as "opportunity_month", cast(null as DATE) as "quoted_month", cast(null as DATE) as "closed_month"
),  __dbt__cte__int_touchpoints as (

-- Fixture for int_touchpoints
select 
    
    cast('T0' as character varying)
 as "touch_id", 
    
    cast('C1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "touch_type", 
    
    cast('Events' as character varying)
 as "channel", 
    
    cast('old fair' as character varying)
 as "campaign_name", cast(null as character varying(256)) as "account_name", cast(null as BOOLEAN) as "is_lead_creation", 
    
    cast('2023-11-28 09:00:00' as TIMESTAMP)
 as "touched_at", 
    
    cast('2023-11-28' as DATE)
 as "touch_date"
union all
select 
    
    cast('T1' as character varying)
 as "touch_id", 
    
    cast('C1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "touch_type", 
    
    cast('Paid Search' as character varying)
 as "channel", 
    
    cast('brand' as character varying)
 as "campaign_name", cast(null as character varying(256)) as "account_name", cast(null as BOOLEAN) as "is_lead_creation", 
    
    cast('2025-01-01 09:00:00' as TIMESTAMP)
 as "touched_at", 
    
    cast('2025-01-01' as DATE)
 as "touch_date"
union all
select 
    
    cast('T2' as character varying)
 as "touch_id", 
    
    cast('C1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "touch_type", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast('digest' as character varying)
 as "campaign_name", cast(null as character varying(256)) as "account_name", cast(null as BOOLEAN) as "is_lead_creation", 
    
    cast('2025-01-11 09:00:00' as TIMESTAMP)
 as "touched_at", 
    
    cast('2025-01-11' as DATE)
 as "touch_date"
union all
select 
    
    cast('T3' as character varying)
 as "touch_id", 
    
    cast('C1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "touch_type", 
    
    cast('Events' as character varying)
 as "channel", 
    
    cast('webinar' as character varying)
 as "campaign_name", cast(null as character varying(256)) as "account_name", cast(null as BOOLEAN) as "is_lead_creation", 
    
    cast('2025-01-21 00:00:00' as TIMESTAMP)
 as "touched_at", 
    
    cast('2025-01-21' as DATE)
 as "touch_date"
union all
select 
    
    cast('T4' as character varying)
 as "touch_id", 
    
    cast('C1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "touch_type", 
    
    cast('Referral' as character varying)
 as "channel", 
    
    cast('partner' as character varying)
 as "campaign_name", cast(null as character varying(256)) as "account_name", cast(null as BOOLEAN) as "is_lead_creation", 
    
    cast('2025-02-10 09:00:00' as TIMESTAMP)
 as "touched_at", 
    
    cast('2025-02-10' as DATE)
 as "touch_date"
union all
select 
    
    cast('T5' as character varying)
 as "touch_id", 
    
    cast('C1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "touch_type", 
    
    cast('Email' as character varying)
 as "channel", 
    
    cast('digest' as character varying)
 as "campaign_name", cast(null as character varying(256)) as "account_name", cast(null as BOOLEAN) as "is_lead_creation", 
    
    cast('2025-03-02 09:00:00' as TIMESTAMP)
 as "touched_at", 
    
    cast('2025-03-02' as DATE)
 as "touch_date"
),  __dbt__cte__stg_hubspot__contacts as (

-- Fixture for stg_hubspot__contacts
select 
    
    cast('C1' as character varying)
 as "contact_id", cast(null as character varying(256)) as "email_hash", 
    
    cast('Acme' as character varying)
 as "company_name", cast(null as character varying(256)) as "country_code", cast(null as character varying(256)) as "lifecycle_stage", cast(null as character varying(256)) as "original_source", cast(null as character varying(256)) as "original_source_detail", cast(null as character varying(256)) as "utm_campaign", cast(null as character varying(256)) as "channel", cast(null as BIGINT) as "lead_score", cast(null as TIMESTAMP) as "created_at", cast(null as TIMESTAMP) as "became_lead_at", cast(null as TIMESTAMP) as "became_mql_at", cast(null as TIMESTAMP) as "became_sql_at", cast(null as TIMESTAMP) as "became_opportunity_at", cast(null as TIMESTAMP) as "became_customer_at", cast(null as character varying(256)) as "_source_file", cast(null as TIMESTAMP) as "_loaded_at"
), deals as (
    select * from __dbt__cte__int_deals__enriched
),

touches as (
    select * from __dbt__cte__int_touchpoints
    where contact_id is not null
),

-- the deals' contacts only: `conversions` joins the account name from these, not from every contact
contacts as (
    select
        contact_id,
        company_name
    from __dbt__cte__stg_hubspot__contacts
    where contact_id in (select deals.contact_id from deals)
),

attribution_models as (
        select
            'first_touch' as attribution_model,
            'all' as applies_to,
            cast(1.0 as double precision) as weight_first,
            cast(0.0 as double precision) as weight_lead_creation,
            cast(0.0 as double precision) as weight_opportunity_creation,
            cast(0.0 as double precision) as weight_closed_won,
            cast(0.0 as double precision) as weight_rest,
            cast(0.0 as double precision) as weight_last,
            False as is_time_decay
            union all
        select
            'last_touch' as attribution_model,
            'all' as applies_to,
            cast(0.0 as double precision) as weight_first,
            cast(0.0 as double precision) as weight_lead_creation,
            cast(0.0 as double precision) as weight_opportunity_creation,
            cast(0.0 as double precision) as weight_closed_won,
            cast(0.0 as double precision) as weight_rest,
            cast(1.0 as double precision) as weight_last,
            False as is_time_decay
            union all
        select
            'linear' as attribution_model,
            'all' as applies_to,
            cast(0.0 as double precision) as weight_first,
            cast(0.0 as double precision) as weight_lead_creation,
            cast(0.0 as double precision) as weight_opportunity_creation,
            cast(0.0 as double precision) as weight_closed_won,
            cast(1.0 as double precision) as weight_rest,
            cast(0.0 as double precision) as weight_last,
            False as is_time_decay
            union all
        select
            'u_shaped' as attribution_model,
            'all' as applies_to,
            cast(0.4 as double precision) as weight_first,
            cast(0.4 as double precision) as weight_lead_creation,
            cast(0.0 as double precision) as weight_opportunity_creation,
            cast(0.0 as double precision) as weight_closed_won,
            cast(0.2 as double precision) as weight_rest,
            cast(0.0 as double precision) as weight_last,
            False as is_time_decay
            union all
        select
            'w_shaped' as attribution_model,
            'all' as applies_to,
            cast(0.3 as double precision) as weight_first,
            cast(0.3 as double precision) as weight_lead_creation,
            cast(0.3 as double precision) as weight_opportunity_creation,
            cast(0.0 as double precision) as weight_closed_won,
            cast(0.1 as double precision) as weight_rest,
            cast(0.0 as double precision) as weight_last,
            False as is_time_decay
            union all
        select
            'full_path' as attribution_model,
            'revenue' as applies_to,
            cast(0.225 as double precision) as weight_first,
            cast(0.225 as double precision) as weight_lead_creation,
            cast(0.225 as double precision) as weight_opportunity_creation,
            cast(0.225 as double precision) as weight_closed_won,
            cast(0.1 as double precision) as weight_rest,
            cast(0.0 as double precision) as weight_last,
            False as is_time_decay
            union all
        select
            'full_path' as attribution_model,
            'pipeline' as applies_to,
            cast(0.3 as double precision) as weight_first,
            cast(0.3 as double precision) as weight_lead_creation,
            cast(0.3 as double precision) as weight_opportunity_creation,
            cast(0.0 as double precision) as weight_closed_won,
            cast(0.1 as double precision) as weight_rest,
            cast(0.0 as double precision) as weight_last,
            False as is_time_decay
            union all
        select
            'time_decay' as attribution_model,
            'all' as applies_to,
            cast(0.0 as double precision) as weight_first,
            cast(0.0 as double precision) as weight_lead_creation,
            cast(0.0 as double precision) as weight_opportunity_creation,
            cast(0.0 as double precision) as weight_closed_won,
            cast(0.0 as double precision) as weight_rest,
            cast(0.0 as double precision) as weight_last,
            True as is_time_decay
),

deal_conversions as (
    select
        deal_id,
        contact_id,
        'pipeline' as conversion_type,
        amount,
        cast(opportunity_at as date) as conversion_date,
        cast(opportunity_at as date) as opportunity_date,
        lead_date
    from deals
    where opportunity_at is not null
    union all
    select
        deal_id,
        contact_id,
        'revenue' as conversion_type,
        amount,
        cast(won_at as date) as conversion_date,
        cast(opportunity_at as date) as opportunity_date,
        lead_date
    from deals
    where is_won
),

-- every fact of a conversion joined here, at conversion grain, not onto the credit rows: each join
-- on the 3.3M credit rows of 10M raw rows held them in memory (DuckDB's 1.5 GB limit was exceeded)
conversions as (
    select
        deal_conversions.*,
        coalesce(contacts.company_name, 'unknown account') as account_name
    from deal_conversions
    left join contacts on deal_conversions.contact_id = contacts.contact_id
),

paths as (
    select
        conversions.deal_id,
        conversions.conversion_type,
        conversions.lead_date,
        conversions.opportunity_date,
        touches.touch_id,
        touches.touch_date,
        touches.channel,
        touches.campaign_name,
        touches.touch_type,
        
        (date_diff('day', touches.touch_date::timestamp, conversions.conversion_date::timestamp ))
     as days_before_conversion,  -- noqa: LT05
        row_number() over (
            partition by conversions.deal_id, conversions.conversion_type
            order by touches.touched_at, touches.touch_id
        ) as touch_position,
        count(*) over (partition by conversions.deal_id, conversions.conversion_type) as path_touches
    from conversions
    inner join touches
        on
            conversions.contact_id = touches.contact_id
            and conversions.conversion_date >= touches.touch_date
            and touches.touch_date
            >= cast(

    (conversions.conversion_date + cast(-365 as bigint) * interval 1 day) as date)
),

role_positions as (
    select
        deal_id,
        conversion_type,
        coalesce(max(case when touch_date <= lead_date then touch_position end), 1) as lead_creation_position,
        max(case when touch_date <= opportunity_date then touch_position end) as opportunity_creation_position
    from paths
    group by deal_id, conversion_type
),

roles as (
    select
        paths.*,
        paths.touch_position = 1 as is_first,
        paths.touch_position = role_positions.lead_creation_position as is_lead_creation,
        coalesce(paths.touch_position = role_positions.opportunity_creation_position, false)
            as is_opportunity_creation,
        paths.conversion_type = 'revenue' and paths.touch_position = paths.path_touches as is_closed_won,
        paths.touch_position = paths.path_touches as is_last
    from paths
    inner join role_positions
        on
            paths.deal_id = role_positions.deal_id
            and paths.conversion_type = role_positions.conversion_type
),

-- a pipeline path has no closed-won touch: full path reads as W-shaped there
-- one row per path touch and model, as narrow as the two windows below need: the windows hold
-- their input (3.3M rows at 10M raw rows), and carrying every column of the path through them did
-- not fit in DuckDB's 1.5 GB memory limit
role_weights as (
    select
        roles.deal_id,
        roles.conversion_type,
        roles.touch_id,
        roles.touch_position,
        roles.path_touches,
        roles.days_before_conversion,
        attribution_models.attribution_model,
        attribution_models.is_time_decay,
        attribution_models.weight_rest,
        case when roles.is_first then attribution_models.weight_first else 0 end
        + case when roles.is_lead_creation then attribution_models.weight_lead_creation else 0 end
        + case when roles.is_opportunity_creation then attribution_models.weight_opportunity_creation else 0 end
        + case when roles.is_closed_won then attribution_models.weight_closed_won else 0 end
        + case when roles.is_last then attribution_models.weight_last else 0 end as role_weight
    from roles
    inner join attribution_models
        on attribution_models.applies_to in ('all', roles.conversion_type)
),

rest_counts as (
    select
        *,
        sum(case when role_weight = 0 then 1 else 0 end)
            over (partition by deal_id, conversion_type, attribution_model) as rest_touches
    from role_weights
),

raw_weights as (
    select
        deal_id,
        conversion_type,
        attribution_model,
        touch_id,
        touch_position,
        path_touches,
        days_before_conversion,
        case
            when is_time_decay
                then
                    power(
                        cast(0.5 as double precision),
                        days_before_conversion / cast(7 as double precision)
                    )
            when role_weight > 0 then role_weight
            else weight_rest / rest_touches
        end as raw_weight
    from rest_counts
),

credited as (
    select
        *,
        raw_weight / sum(raw_weight) over (partition by deal_id, conversion_type, attribution_model) as credit_share
    from raw_weights
),

touch_credits as (
    select
        conversions.deal_id,
        conversions.contact_id,
        conversions.account_name,
        conversions.conversion_type,
        conversions.conversion_date,
        conversions.amount,
        credited.attribution_model,
        credited.touch_id,
        coalesce(paths.channel, 'unattributed') as channel,
        coalesce(paths.campaign_name, '(none)') as campaign_name,
        paths.touch_type,
        paths.touch_date,
        credited.touch_position,
        credited.path_touches,
        credited.days_before_conversion,
        credited.credit_share
    from credited
    inner join paths
        on
            credited.deal_id = paths.deal_id
            and credited.conversion_type = paths.conversion_type
            and credited.touch_id = paths.touch_id
    inner join conversions
        on
            paths.deal_id = conversions.deal_id
            and paths.conversion_type = conversions.conversion_type
),

unattributed as (
    select
        conversions.deal_id,
        conversions.contact_id,
        conversions.account_name,
        conversions.conversion_type,
        conversions.conversion_date,
        conversions.amount,
        attribution_models.attribution_model,
        cast(null as TEXT) as touch_id,
        'unattributed' as channel,
        'unattributed' as campaign_name,
        cast(null as TEXT) as touch_type,
        cast(null as date) as touch_date,
        cast(null as bigint) as touch_position,
        cast(0 as bigint) as path_touches,
        cast(null as bigint) as days_before_conversion,
        cast(1 as double precision) as credit_share
    from conversions
    inner join attribution_models
        on attribution_models.applies_to in ('all', conversions.conversion_type)
    where not exists (
        select 1 from paths
        where paths.deal_id = conversions.deal_id and paths.conversion_type = conversions.conversion_type
    )
),

unioned as (
    select * from touch_credits
    union all
    select * from unattributed
),

final as (
    select
        -- ids
        
    cast(deal_id as TEXT)
 || '|' || 
    cast(conversion_type as TEXT)
 || '|' || 
    cast(attribution_model as TEXT)
 || '|' || 
    cast(coalesce(touch_id, 'unattributed') as TEXT)
 as credit_id,
        deal_id,
        touch_id,
        contact_id,
        -- dimensions
        conversion_type,
        attribution_model,
        channel,
        campaign_name,
        touch_type,
        account_name,
        -- measures
        touch_position,
        path_touches,
        days_before_conversion,
        credit_share,
        amount as conversion_amount,
        -- 10 decimals: a 6-decimal amount times a role share (0.225, 0.05 …) is exact there, so every
        -- engine stores the same credit and the marts' decimal sums (rounded to 6) agree; a sum of
        -- doubles, or credits rounded to 6 decimals, rounded half-way cases differently per engine
        cast(amount * credit_share as decimal(38,10)) as credited_amount,
        -- dates
        touch_date,
        conversion_date,
        cast(date_trunc('month', conversion_date) as date) as conversion_month
    from unioned
)

select * from final