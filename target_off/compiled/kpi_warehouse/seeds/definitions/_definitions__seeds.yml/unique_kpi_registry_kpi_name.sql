
    
    

select
    kpi_name as unique_field,
    count(*) as n_records

from "off"."main"."kpi_registry"
where kpi_name is not null
group by kpi_name
having count(*) > 1


