select
    rate_month, currency_code,
    count(*) as rows_with_this_key
from "off"."main"."fx_rates"
group by rate_month, currency_code
having count(*) > 1
