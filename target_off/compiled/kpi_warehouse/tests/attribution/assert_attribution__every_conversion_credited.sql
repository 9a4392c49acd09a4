-- Attribution invariant: every opportunity (pipeline) and every won deal (revenue) of
-- int_deals__enriched is credited under each of the seven models: a deal without touches is
-- credited to 'unattributed', never dropped. Returns the conversions and models missing.
with conversions as (
    select
        deal_id,
        'pipeline' as conversion_type
    from "off"."main"."int_deals__enriched"
    where opportunity_at is not null
    union all
    select
        deal_id,
        'revenue' as conversion_type
    from "off"."main"."int_deals__enriched"
    where is_won
),

-- the seven models of the spec, written out here (not read from the model under test)
model_names as (
        select 'first_touch' as attribution_model
            union all
        select 'last_touch' as attribution_model
            union all
        select 'linear' as attribution_model
            union all
        select 'u_shaped' as attribution_model
            union all
        select 'w_shaped' as attribution_model
            union all
        select 'full_path' as attribution_model
            union all
        select 'time_decay' as attribution_model
),

credited as (
    select distinct
        deal_id,
        conversion_type,
        attribution_model
    from "off"."main"."int_attribution__credits"
)

select
    conversions.deal_id,
    conversions.conversion_type,
    model_names.attribution_model
from conversions
cross join model_names
left join credited
    on
        conversions.deal_id = credited.deal_id
        and conversions.conversion_type = credited.conversion_type
        and model_names.attribution_model = credited.attribution_model
where credited.deal_id is null