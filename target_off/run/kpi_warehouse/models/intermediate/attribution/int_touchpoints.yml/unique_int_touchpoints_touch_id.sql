
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    touch_id as unique_field,
    count(*) as n_records

from "off"."main"."int_touchpoints"
where touch_id is not null
group by touch_id
having count(*) > 1



  
  
      
    ) dbt_internal_test