
    
    



select response_id
from "off"."main"."stg_surveys__nps_responses"
where response_id is null


