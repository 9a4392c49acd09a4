
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  -- Attribution invariant: for every conversion and model the credits sum to the deal amount
-- (±0.01) and the shares to 1. Returns the conversions that do not.
select
    deal_id,
    conversion_type,
    attribution_model,
    max(conversion_amount) as conversion_amount,
    sum(credited_amount) as credited_amount,
    sum(credit_share) as credit_shares
from "off"."main"."int_attribution__credits"
group by deal_id, conversion_type, attribution_model
having
    abs(sum(credited_amount) - max(conversion_amount)) > 0.01
    or abs(sum(credit_share) - 1) > 0.000001
  
  
      
    ) dbt_internal_test