-- Retention & loyalty KPIs per month × segment (catalog section 6). Segments: segment_type 'all'
-- (segment 'all'), 'channel' (acquisition channel) and 'country' (the contact's country).
-- Customers at start = customers at the previous month end; each of them is either retained or
-- lost in the month, so retention_rate + churn_rate = 1 whenever there were customers at start.
-- New and reactivated customers are counted apart and are in neither rate.
-- NPS and CSAT count the survey responses submitted in the month; net revenue retention compares
-- this month's MRR of the customers who had MRR twelve months ago with their MRR then.
with customer_segments as (
    select * from "off"."main"."int_customers__segments"
),

segment_totals as (
    select * from "off"."main"."int_customers__monthly_segments"
),

nps_responses as (
    select * from "off"."main"."stg_surveys__nps_responses"
),

csat_responses as (
    select * from "off"."main"."stg_surveys__csat_responses"
),

-- a respondent who is not a known Stripe customer counts in segment 'all' and, like an unknown
-- contact, in channel 'Other' and country 'unknown', so every segment type adds up to 'all'
respondents as (
    select coalesce(customer_id, '(unknown)') as customer_id from nps_responses
    union
    select coalesce(customer_id, '(unknown)') as customer_id from csat_responses
),

unknown_segments as (
    select
        'all' as segment_type,
        'all' as segment
    union all
    select
        'channel' as segment_type,
        'Other' as segment
    union all
    select
        'country' as segment_type,
        'unknown' as segment
),

respondent_segments as (
    select
        respondents.customer_id,
        customer_segments.segment_type,
        customer_segments.segment
    from respondents
    inner join customer_segments on respondents.customer_id = customer_segments.customer_id
    union all
    select
        respondents.customer_id,
        unknown_segments.segment_type,
        unknown_segments.segment
    from respondents
    cross join unknown_segments
    where respondents.customer_id not in (select customer_segments.customer_id from customer_segments)
),

nps_counts as (
    select
        cast(date_trunc('month', nps_responses.submitted_at) as date) as period_start,
        respondent_segments.segment_type,
        respondent_segments.segment,
        count(*) as nps_responses,
        -- promoters score 9-10, passives 7-8, detractors 0-6
        cast(sum(case when nps_responses.score >= 9 then 1 else 0 end) as bigint) as promoters,
        cast(sum(case when nps_responses.score in (7, 8) then 1 else 0 end) as bigint) as passives,
        cast(sum(case when nps_responses.score <= 6 then 1 else 0 end) as bigint) as detractors
    from nps_responses
    inner join respondent_segments on coalesce(nps_responses.customer_id, '(unknown)') = respondent_segments.customer_id
    group by
        cast(date_trunc('month', nps_responses.submitted_at) as date),
        respondent_segments.segment_type,
        respondent_segments.segment
),

csat_counts as (
    select
        cast(date_trunc('month', csat_responses.submitted_at) as date) as period_start,
        respondent_segments.segment_type,
        respondent_segments.segment,
        count(*) as csat_responses,
        cast(sum(csat_responses.score) as bigint) as csat_score_total,
        cast(sum(case when csat_responses.score >= 4 then 1 else 0 end) as bigint)
            as satisfied_responses
    from csat_responses
    inner join respondent_segments on coalesce(csat_responses.customer_id, '(unknown)') = respondent_segments.customer_id
    group by
        cast(date_trunc('month', csat_responses.submitted_at) as date),
        respondent_segments.segment_type,
        respondent_segments.segment
),

keys as (
    select
        period_start,
        segment_type,
        segment
    from segment_totals
    union
    select
        period_start,
        segment_type,
        segment
    from nps_counts
    union
    select
        period_start,
        segment_type,
        segment
    from csat_counts
),

joined as (
    select
        keys.period_start,
        keys.segment_type,
        keys.segment,
        coalesce(segment_totals.customers_at_start, 0) as customers_at_start,
        coalesce(segment_totals.customers_retained, 0) as customers_retained,
        coalesce(segment_totals.customers_lost, 0) as customers_lost,
        coalesce(segment_totals.new_customers, 0) as new_customers,
        coalesce(segment_totals.reactivated_customers, 0) as reactivated_customers,
        coalesce(segment_totals.customers_at_end, 0) as customers_at_end,
        coalesce(segment_totals.mrr_amount, 0) as mrr_amount,
        coalesce(segment_totals.year_ago_customers_mrr_amount, 0) as year_ago_customers_mrr_amount,
        coalesce(segment_totals.year_ago_mrr_amount, 0) as year_ago_mrr_amount,
        coalesce(nps_counts.nps_responses, 0) as nps_responses,
        coalesce(nps_counts.promoters, 0) as promoters,
        coalesce(nps_counts.passives, 0) as passives,
        coalesce(nps_counts.detractors, 0) as detractors,
        coalesce(csat_counts.csat_responses, 0) as csat_responses,
        coalesce(csat_counts.csat_score_total, 0) as csat_score_total,
        coalesce(csat_counts.satisfied_responses, 0) as satisfied_responses
    from keys
    left join segment_totals
        on
            keys.period_start = segment_totals.period_start
            and keys.segment_type = segment_totals.segment_type
            and keys.segment = segment_totals.segment
    left join nps_counts
        on
            keys.period_start = nps_counts.period_start
            and keys.segment_type = nps_counts.segment_type
            and keys.segment = nps_counts.segment
    left join csat_counts
        on
            keys.period_start = csat_counts.period_start
            and keys.segment_type = csat_counts.segment_type
            and keys.segment = csat_counts.segment
),

final as (
    select
        -- grain
        period_start,
        'month' as period_grain,
        segment_type,
        segment,
        -- customers
        customers_at_start,
        customers_retained,
        customers_lost,
        new_customers,
        reactivated_customers,
        customers_at_end,
        case
        when customers_at_start is null or customers_at_start = 0 or customers_retained is null then null
        else cast(cast(customers_retained as decimal(38,10)) * 1 / cast(customers_at_start as decimal(38,10)) as decimal(38,10))
    end as customer_retention_rate,
        case
        when customers_at_start is null or customers_at_start = 0 or customers_lost is null then null
        else cast(cast(customers_lost as decimal(38,10)) * 1 / cast(customers_at_start as decimal(38,10)) as decimal(38,10))
    end as churn_rate,
        -- net revenue retention
        mrr_amount,
        year_ago_customers_mrr_amount,
        year_ago_mrr_amount,
        case
        when year_ago_mrr_amount is null or year_ago_mrr_amount = 0 or year_ago_customers_mrr_amount is null then null
        else cast(cast(year_ago_customers_mrr_amount as decimal(38,10)) * 1 / cast(year_ago_mrr_amount as decimal(38,10)) as decimal(38,10))
    end as net_revenue_retention,
        -- NPS
        nps_responses,
        promoters,
        passives,
        detractors,
        case
        when nps_responses is null or nps_responses = 0 or promoters is null then null
        else cast(cast(promoters as decimal(38,10)) * 1 / cast(nps_responses as decimal(38,10)) as decimal(38,10))
    end as promoter_rate,
        case
        when nps_responses is null or nps_responses = 0 or detractors is null then null
        else cast(cast(detractors as decimal(38,10)) * 1 / cast(nps_responses as decimal(38,10)) as decimal(38,10))
    end as detractor_rate,
        promoters - detractors as net_promoters,
        case
        when nps_responses is null or nps_responses = 0 or promoters - detractors is null then null
        else cast(cast(promoters - detractors as decimal(38,10)) * 100 / cast(nps_responses as decimal(38,10)) as decimal(38,10))
    end as nps,
        -- CSAT
        csat_responses,
        csat_score_total,
        satisfied_responses,
        case
        when csat_responses is null or csat_responses = 0 or csat_score_total is null then null
        else cast(cast(csat_score_total as decimal(38,10)) * 1 / cast(csat_responses as decimal(38,10)) as decimal(38,10))
    end as csat_score_mean,
        case
        when csat_responses is null or csat_responses = 0 or satisfied_responses is null then null
        else cast(cast(satisfied_responses as decimal(38,10)) * 1 / cast(csat_responses as decimal(38,10)) as decimal(38,10))
    end as csat_satisfied_rate
    from joined
)

select * from final