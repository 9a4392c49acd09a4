
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    merged_contact_id as unique_field,
    count(*) as n_records

from "off"."main"."stg_hubspot__contact_merges"
where merged_contact_id is not null
group by merged_contact_id
having count(*) > 1



  
  
      
    ) dbt_internal_test