-- The segments each Stripe customer belongs to, one row per customer × segment type: 'all'
-- (segment 'all'), 'channel' (its acquisition channel) and 'country' (its contact's country). The
-- one statement of the segment rule: int_customers__monthly_segments counts customer months by it,
-- kpi_retention puts survey respondents in it.
with customers as (
    select distinct
        customer_id,
        channel,
        country_code
    from "off"."main"."int_customers__monthly"
),

final as (
    select
        customer_id,
        'all' as segment_type,
        'all' as segment
    from customers
    union all
    select
        customer_id,
        'channel' as segment_type,
        channel as segment
    from customers
    union all
    select
        customer_id,
        'country' as segment_type,
        country_code as segment
    from customers
)

select * from final