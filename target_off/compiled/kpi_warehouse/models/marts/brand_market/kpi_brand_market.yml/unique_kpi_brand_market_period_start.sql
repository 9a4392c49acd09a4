
    
    

select
    period_start as unique_field,
    count(*) as n_records

from "off"."marts"."kpi_brand_market"
where period_start is not null
group by period_start
having count(*) > 1


