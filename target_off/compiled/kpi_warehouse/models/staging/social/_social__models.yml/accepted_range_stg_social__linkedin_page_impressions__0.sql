select impressions as offending_value
from "off"."main"."stg_social__linkedin_page"
where impressions < 0
