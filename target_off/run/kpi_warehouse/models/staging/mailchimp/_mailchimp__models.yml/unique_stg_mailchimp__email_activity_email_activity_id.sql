
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    email_activity_id as unique_field,
    count(*) as n_records

from "off"."main"."stg_mailchimp__email_activity"
where email_activity_id is not null
group by email_activity_id
having count(*) > 1



  
  
      
    ) dbt_internal_test