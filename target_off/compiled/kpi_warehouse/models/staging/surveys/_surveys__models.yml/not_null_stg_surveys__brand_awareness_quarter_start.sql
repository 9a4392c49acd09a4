
    
    



select quarter_start
from "off"."main"."stg_surveys__brand_awareness"
where quarter_start is null


