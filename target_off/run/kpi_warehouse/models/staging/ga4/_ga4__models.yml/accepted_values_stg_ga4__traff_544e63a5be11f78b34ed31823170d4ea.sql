
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        channel as value_field,
        count(*) as n_records

    from "off"."main"."stg_ga4__traffic_acquisition"
    group by channel

)

select *
from all_values
where value_field not in (
    'Paid Search','Paid Social','Organic Search','Email','Referral','Direct','Events','Organic Social','Other'
)



  
  
      
    ) dbt_internal_test