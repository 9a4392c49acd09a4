
    
    

select
    market_size_id as unique_field,
    count(*) as n_records

from "off"."main"."stg_market__market_size"
where market_size_id is not null
group by market_size_id
having count(*) > 1


