
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  select opportunity_to_quote_rate as offending_value
from "off"."marts"."kpi_sales_funnel_team"
where opportunity_to_quote_rate < 0 or opportunity_to_quote_rate > 1

  
  
      
    ) dbt_internal_test