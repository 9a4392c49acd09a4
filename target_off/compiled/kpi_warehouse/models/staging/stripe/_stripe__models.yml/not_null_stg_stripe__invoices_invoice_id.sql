
    
    



select invoice_id
from "off"."main"."stg_stripe__invoices"
where invoice_id is null


