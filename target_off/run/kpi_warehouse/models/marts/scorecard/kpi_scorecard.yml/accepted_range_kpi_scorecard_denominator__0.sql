
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select denominator as offending_value
from (select * from "off"."marts"."kpi_scorecard" where kpi_name not in ('net_profit_margin', 'top_decile_gross_margin_share', 'gross_margin_per_customer', 'clv_to_cac_ratio', 'market_share_growth_rate')) dbt_subquery
where denominator < 0

  
  
      
    ) dbt_internal_test