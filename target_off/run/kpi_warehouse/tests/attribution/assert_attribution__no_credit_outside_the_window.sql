
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  -- Attribution invariant: no credit to a touch after the conversion (the close date for revenue,
-- the created date for pipeline) or earlier than var('attribution_lookback_days') before it, and
-- every credited touch belongs to the deal's contact. Returns the offending credits.
select
    credits.credit_id,
    credits.deal_id,
    credits.contact_id,
    credits.touch_id,
    credits.conversion_date,
    touches.contact_id as touch_contact_id,
    touches.touch_date
from "off"."main"."int_attribution__credits" as credits
left join "off"."main"."int_touchpoints" as touches on credits.touch_id = touches.touch_id
where
    credits.touch_id is not null
    and (
        touches.touch_id is null
        or touches.contact_id is null
        or touches.contact_id <> credits.contact_id
        or touches.touch_date > credits.conversion_date
        or touches.touch_date
        < cast(

    (credits.conversion_date + cast(-365 as bigint) * interval 1 day) as date)
    )
  
  
      
    ) dbt_internal_test