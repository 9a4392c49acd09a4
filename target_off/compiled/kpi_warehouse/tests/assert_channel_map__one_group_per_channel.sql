-- Every channel of the user-edited channel_map seed belongs to exactly one channel group: revenue
-- and spend join channels to their group, so a channel listed under two groups would be counted
-- twice. Returns each channel with its groups.
with channel_map as (
    select * from "off"."main"."channel_map"
),

groups_per_channel as (
    select
        channel,
        count(distinct channel_group) as channel_groups
    from channel_map
    group by channel
)

select * from groups_per_channel
where channel_groups > 1