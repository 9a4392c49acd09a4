
    
    

select
    stat_date as unique_field,
    count(*) as n_records

from "off"."main"."stg_social__linkedin_page"
where stat_date is not null
group by stat_date
having count(*) > 1


