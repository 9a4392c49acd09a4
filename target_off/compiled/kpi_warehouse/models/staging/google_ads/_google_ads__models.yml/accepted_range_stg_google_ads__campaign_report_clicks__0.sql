select clicks as offending_value
from "off"."main"."stg_google_ads__campaign_report"
where clicks < 0
