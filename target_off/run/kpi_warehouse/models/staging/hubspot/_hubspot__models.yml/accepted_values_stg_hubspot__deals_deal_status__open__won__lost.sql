
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        deal_status as value_field,
        count(*) as n_records

    from "off"."main"."stg_hubspot__deals"
    group by deal_status

)

select *
from all_values
where value_field not in (
    'open','won','lost'
)



  
  
      
    ) dbt_internal_test