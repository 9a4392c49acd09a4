select *
from "off"."marts"."kpi_brand_market"
where
    not (unaided_aware_respondents <= aided_aware_respondents)
