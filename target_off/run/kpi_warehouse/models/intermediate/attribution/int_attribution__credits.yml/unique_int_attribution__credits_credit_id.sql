
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    credit_id as unique_field,
    count(*) as n_records

from "off"."main"."int_attribution__credits"
where credit_id is not null
group by credit_id
having count(*) > 1



  
  
      
    ) dbt_internal_test