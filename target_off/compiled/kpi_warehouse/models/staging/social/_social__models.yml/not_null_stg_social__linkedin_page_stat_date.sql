
    
    



select stat_date
from "off"."main"."stg_social__linkedin_page"
where stat_date is null


