
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  -- Nothing lost, nothing invented between CRM staging and the deal models: the deals of HubSpot and
-- Salesforce staging (count, won count, amount) equal those of int_deals__stage_dates and of
-- int_deals__enriched. Returns one row per model and measure that differs.
with staged as (
    select
        deal_id,
        deal_status,
        amount
    from "off"."main"."stg_hubspot__deals"
    union all
    select
        deal_id,
        deal_status,
        amount
    from "off"."main"."stg_salesforce__opportunities"
),

expected as (
    select
        count(*) as deals,
        sum(case when deal_status = 'won' then 1 else 0 end) as won_deals,
        sum(amount) as amount
    from staged
),

actual as (
    select
        'int_deals__stage_dates' as model_name,
        count(*) as deals,
        sum(case when is_won then 1 else 0 end) as won_deals,
        sum(amount) as amount
    from "off"."main"."int_deals__stage_dates"
    union all
    select
        'int_deals__enriched' as model_name,
        count(*) as deals,
        sum(case when is_won then 1 else 0 end) as won_deals,
        sum(amount) as amount
    from "off"."main"."int_deals__enriched"
)

select
    actual.model_name,
    expected.deals as expected_deals,
    actual.deals as actual_deals,
    expected.won_deals as expected_won_deals,
    actual.won_deals as actual_won_deals,
    expected.amount as expected_amount,
    actual.amount as actual_amount
from actual
cross join expected
where
    actual.deals <> expected.deals
    or actual.won_deals <> expected.won_deals
    or abs(actual.amount - expected.amount) > 1e-09 * greatest(1, abs(expected.amount))
  
  
      
    ) dbt_internal_test