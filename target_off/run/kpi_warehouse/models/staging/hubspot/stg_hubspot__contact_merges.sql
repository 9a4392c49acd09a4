
    

    create  table
      "off"."main"."stg_hubspot__contact_merges__dbt_tmp"
  
    
    as (
      -- Contacts merged in HubSpot: one row per contact that an export still holds (an older snapshot)
-- although a surviving contact lists it among its merged ids (Merged record IDs, ';'-separated;
-- HubSpot gives a merge a new record and lists the old ids). stg_hubspot__contacts leaves these out
-- and the models that name a contact (deals, touches) read the surviving id: one person counts
-- once. A chain (A merged into C, C into D) resolves to the last survivor over up to two hops.
with base as (
    select * from "off"."main"."base_hubspot__contacts"
    where not _is_layout_row and _reject_reason is null
),

newest as (
    select *
    from (
        select
            *,
            row_number() over (partition by contact_id order by _source_file desc, _source_line) as _dedupe_rank
        from base
    ) as ranked
    where _dedupe_rank = 1
),

positions as (
        select 1 as position
            union all
        select 2 as position
            union all
        select 3 as position
            union all
        select 4 as position
            union all
        select 5 as position
            union all
        select 6 as position
            union all
        select 7 as position
            union all
        select 8 as position
            union all
        select 9 as position
            union all
        select 10 as position
            union all
        select 11 as position
            union all
        select 12 as position
            union all
        select 13 as position
            union all
        select 14 as position
            union all
        select 15 as position
            union all
        select 16 as position
            union all
        select 17 as position
            union all
        select 18 as position
            union all
        select 19 as position
            union all
        select 20 as position
            union all
        select 21 as position
            union all
        select 22 as position
            union all
        select 23 as position
            union all
        select 24 as position
            union all
        select 25 as position
            union all
        select 26 as position
            union all
        select 27 as position
            union all
        select 28 as position
            union all
        select 29 as position
            union all
        select 30 as position
            union all
        select 31 as position
            union all
        select 32 as position
            union all
        select 33 as position
            union all
        select 34 as position
            union all
        select 35 as position
            union all
        select 36 as position
            union all
        select 37 as position
            union all
        select 38 as position
            union all
        select 39 as position
            union all
        select 40 as position
            union all
        select 41 as position
            union all
        select 42 as position
            union all
        select 43 as position
            union all
        select 44 as position
            union all
        select 45 as position
            union all
        select 46 as position
            union all
        select 47 as position
            union all
        select 48 as position
            union all
        select 49 as position
            union all
        select 50 as position
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
    );
    
  