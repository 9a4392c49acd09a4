
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    quarter_start as unique_field,
    count(*) as n_records

from "off"."main"."stg_surveys__brand_awareness"
where quarter_start is not null
group by quarter_start
having count(*) > 1



  
  
      
    ) dbt_internal_test