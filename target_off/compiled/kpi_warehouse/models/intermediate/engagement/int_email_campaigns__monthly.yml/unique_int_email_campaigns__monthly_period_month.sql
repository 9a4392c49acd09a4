
    
    

select
    period_month as unique_field,
    count(*) as n_records

from "off"."main"."int_email_campaigns__monthly"
where period_month is not null
group by period_month
having count(*) > 1


