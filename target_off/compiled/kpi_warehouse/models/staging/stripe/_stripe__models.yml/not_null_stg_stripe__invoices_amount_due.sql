
    
    



select amount_due
from "off"."main"."stg_stripe__invoices"
where amount_due is null


