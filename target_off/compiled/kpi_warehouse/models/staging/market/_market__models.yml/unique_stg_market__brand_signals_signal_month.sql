
    
    

select
    signal_month as unique_field,
    count(*) as n_records

from "off"."main"."stg_market__brand_signals"
where signal_month is not null
group by signal_month
having count(*) > 1


