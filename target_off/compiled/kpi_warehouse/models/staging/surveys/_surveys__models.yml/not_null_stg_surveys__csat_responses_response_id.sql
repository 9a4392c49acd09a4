
    
    



select response_id
from "off"."main"."stg_surveys__csat_responses"
where response_id is null


