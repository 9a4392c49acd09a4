
    
    

select
    period_start as unique_field,
    count(*) as n_records

from "off"."main"."int_calendar__months"
where period_start is not null
group by period_start
having count(*) > 1


