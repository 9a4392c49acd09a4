
    
    

select
    response_id as unique_field,
    count(*) as n_records

from "off"."main"."stg_surveys__nps_responses"
where response_id is not null
group by response_id
having count(*) > 1


