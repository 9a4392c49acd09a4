select *
from "off"."marts"."kpi_brand_market"
where
    not (aided_aware_respondents <= survey_respondents)
