
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        platform as value_field,
        count(*) as n_records

    from "off"."main"."stg_linkedin_ads__campaign_report"
    group by platform

)

select *
from all_values
where value_field not in (
    'google_ads','linkedin_ads','meta_ads','microsoft_ads'
)



  
  
      
    ) dbt_internal_test