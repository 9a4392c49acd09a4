select *
from "off"."marts"."kpi_funnel_contacts"
where
    not (lead_at < mql_at) and (mql_at is not null)
