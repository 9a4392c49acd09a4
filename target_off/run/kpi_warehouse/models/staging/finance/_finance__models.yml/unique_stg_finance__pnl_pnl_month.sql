
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    pnl_month as unique_field,
    count(*) as n_records

from "off"."main"."stg_finance__pnl"
where pnl_month is not null
group by pnl_month
having count(*) > 1



  
  
      
    ) dbt_internal_test