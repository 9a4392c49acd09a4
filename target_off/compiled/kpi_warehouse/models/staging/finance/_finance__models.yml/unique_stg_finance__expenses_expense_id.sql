
    
    

select
    expense_id as unique_field,
    count(*) as n_records

from "off"."main"."stg_finance__expenses"
where expense_id is not null
group by expense_id
having count(*) > 1


