select spend_amount as offending_value
from "off"."main"."stg_google_ads__campaign_report"
where spend_amount < 0
