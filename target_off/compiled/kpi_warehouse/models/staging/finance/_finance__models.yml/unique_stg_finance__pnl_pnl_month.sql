
    
    

select
    pnl_month as unique_field,
    count(*) as n_records

from "off"."main"."stg_finance__pnl"
where pnl_month is not null
group by pnl_month
having count(*) > 1


