
    
    

select
    ad_performance_id as unique_field,
    count(*) as n_records

from "off"."main"."int_ad_performance__unioned"
where ad_performance_id is not null
group by ad_performance_id
having count(*) > 1


