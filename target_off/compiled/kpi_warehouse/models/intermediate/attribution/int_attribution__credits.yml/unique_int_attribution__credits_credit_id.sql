
    
    

select
    credit_id as unique_field,
    count(*) as n_records

from "off"."main"."int_attribution__credits"
where credit_id is not null
group by credit_id
having count(*) > 1


