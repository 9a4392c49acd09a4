
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    stat_date as unique_field,
    count(*) as n_records

from "off"."main"."stg_social__linkedin_page"
where stat_date is not null
group by stat_date
having count(*) > 1



  
  
      
    ) dbt_internal_test