
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    traffic_row_id as unique_field,
    count(*) as n_records

from "off"."main"."stg_ga4__traffic_acquisition"
where traffic_row_id is not null
group by traffic_row_id
having count(*) > 1



  
  
      
    ) dbt_internal_test