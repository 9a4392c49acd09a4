select *
from "off"."marts"."kpi_engagement"
where
    not (unique_clicks <= unique_opens)
