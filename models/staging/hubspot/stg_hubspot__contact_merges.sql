-- Contacts merged in HubSpot: one row per contact that an export still holds (an older snapshot)
-- although a surviving contact lists it among its merged ids (Merged record IDs, ';'-separated;
-- HubSpot gives a merge a new record and lists the old ids). stg_hubspot__contacts leaves these out
-- and the models that name a contact (deals, touches) read the surviving id: one person counts
-- once. A chain (A merged into C, C into D) resolves to the last survivor over up to two hops.
{%- set max_merged_ids = 50 %}
with base as (
    select * from {{ ref('base_hubspot__contacts') }}
    where not _is_layout_row and _reject_reason is null
),

newest as (
    {{ deduplicate_rows('base', 'contact_id', '_source_file desc') }}
),

positions as (
    {%- for n in range(1, max_merged_ids + 1) %}
        select {{ n }} as position
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}
),

listed as (
    select
        newest.contact_id as surviving_contact_id,
        -- split_part(text, delimiter, n): the same on DuckDB, PostgreSQL and Spark (dbt.split_part takes a constant n only)
        trim(split_part(newest.merged_contact_ids, ';', positions.position)) as merged_contact_id
    from newest
    cross join positions
    where newest.merged_contact_ids is not null
),

merged as (
    select
        listed.merged_contact_id,
        listed.surviving_contact_id
    from listed
    inner join newest on listed.merged_contact_id = newest.contact_id
    where listed.merged_contact_id <> listed.surviving_contact_id
),

resolved as (
    select
        merged.merged_contact_id,
        coalesce(next_merge.surviving_contact_id, merged.surviving_contact_id) as surviving_contact_id
    from merged
    left join merged as next_merge on merged.surviving_contact_id = next_merge.merged_contact_id
),

final as (
    select
        resolved.merged_contact_id,
        min(resolved.surviving_contact_id) as surviving_contact_id
    from resolved
    left join merged as itself_merged on resolved.surviving_contact_id = itself_merged.merged_contact_id
    where itself_merged.merged_contact_id is null
    group by resolved.merged_contact_id
)

select * from final
