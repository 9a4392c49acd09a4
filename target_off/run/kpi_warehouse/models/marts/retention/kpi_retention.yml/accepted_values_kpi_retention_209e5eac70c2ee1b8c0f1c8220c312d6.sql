
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        segment_type as value_field,
        count(*) as n_records

    from "off"."marts"."kpi_retention"
    group by segment_type

)

select *
from all_values
where value_field not in (
    'all','channel','country'
)



  
  
      
    ) dbt_internal_test