-- One row per touch: every marketing interaction of a person, with its time, channel and campaign.
--   * crm_original_source: the contact's creation in HubSpot (its original source and UTM
--     campaign), the lead-creation touch;
--   * campaign_member: a Salesforce campaign member that responded, dated by its first response;
--   * email_click: a click in a Mailchimp campaign.
-- Members and clicks link to a HubSpot contact by the HubSpot id the export carries, else by the
-- hashed e-mail (the lowest contact id when two contacts share one). A touch of someone who is no
-- known contact stays here with contact_id NULL: it is counted, never credited.
with contacts as (
    select * from "off"."main"."stg_hubspot__contacts"
),

contact_merges as (
    select * from "off"."main"."stg_hubspot__contact_merges"
),

contact_emails as (
    select
        email_hash,
        min(contact_id) as contact_id
    from contacts
    where email_hash is not null
    group by email_hash
),

email_campaigns as (
    select
        email_campaign_id,
        campaign_title
    from "off"."main"."stg_mailchimp__campaigns"
),

creation_touches as (
    select
        'crm_original_source|' || contacts.contact_id as touch_id,
        'crm_original_source' as touch_type,
        contacts.contact_id,
        contacts.created_at as touched_at,
        contacts.channel,
        contacts.utm_campaign as campaign_name
    from contacts
),

member_touches as (
    select
        'campaign_member|' || members.campaign_member_id as touch_id,
        'campaign_member' as touch_type,
        coalesce(by_id.contact_id, by_email.contact_id) as contact_id,
        members.touched_at,
        coalesce(channel_map.channel, 'Other') as channel,
        members.campaign_name
    from "off"."main"."stg_salesforce__campaign_members" as members
    -- a member's HubSpot contact merged into another is the surviving contact
    left join contact_merges on members.contact_id = contact_merges.merged_contact_id
    left join contacts as by_id on coalesce(contact_merges.surviving_contact_id, members.contact_id) = by_id.contact_id
    left join contact_emails as by_email on members.email_hash = by_email.email_hash
    left join "off"."main"."channel_map" as channel_map
        on
            channel_map.match_type = 'salesforce_campaign_type'
            and channel_map.match_value = members.campaign_type
    where members.is_responded
),

click_touches as (
    select
        'email_click|' || clicks.email_activity_id as touch_id,
        'email_click' as touch_type,
        by_email.contact_id,
        clicks.activity_at as touched_at,
        coalesce(channel_map.channel, 'Other') as channel,
        coalesce(clicks.campaign_title, email_campaigns.campaign_title, clicks.email_campaign_id) as campaign_name
    from "off"."main"."stg_mailchimp__email_activity" as clicks
    left join contact_emails as by_email on clicks.email_hash = by_email.email_hash
    left join email_campaigns on clicks.email_campaign_id = email_campaigns.email_campaign_id
    left join "off"."main"."channel_map" as channel_map
        on
            channel_map.match_type = 'ga4_medium'
            and channel_map.match_value = 'email'
    where clicks.activity_action = 'click'
),

unioned as (
    select * from creation_touches
    union all
    select * from member_touches
    union all
    select * from click_touches
),

final as (
    select
        -- ids
        unioned.touch_id,
        unioned.contact_id,
        -- dimensions
        unioned.touch_type,
        unioned.channel,
        unioned.campaign_name,
        contacts.company_name as account_name,
        -- flags
        unioned.touch_type = 'crm_original_source' as is_lead_creation,
        -- dates
        unioned.touched_at,
        cast(unioned.touched_at as date) as touch_date
    from unioned
    left join contacts on unioned.contact_id = contacts.contact_id
)

select * from final