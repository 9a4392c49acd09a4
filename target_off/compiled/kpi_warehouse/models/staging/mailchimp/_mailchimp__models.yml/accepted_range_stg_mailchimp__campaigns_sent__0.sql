select sent as offending_value
from "off"."main"."stg_mailchimp__campaigns"
where sent < 0
