
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  -- Nothing lost between staging and the touches: one creation touch per HubSpot contact, one touch
-- per responded Salesforce campaign member, one per Mailchimp click. Returns the touch types whose
-- counts differ.
with expected as (
    select
        'crm_original_source' as touch_type,
        count(*) as touches
    from "off"."main"."stg_hubspot__contacts"
    union all
    select
        'campaign_member' as touch_type,
        count(*) as touches
    from "off"."main"."stg_salesforce__campaign_members"
    where is_responded
    union all
    select
        'email_click' as touch_type,
        count(*) as touches
    from "off"."main"."stg_mailchimp__email_activity"
    where activity_action = 'click'
),

actual as (
    select
        touch_type,
        count(*) as touches
    from "off"."main"."int_touchpoints"
    group by touch_type
)

select
    expected.touch_type,
    expected.touches as expected_touches,
    actual.touches as actual_touches
from expected
left join actual on expected.touch_type = actual.touch_type
where coalesce(actual.touches, 0) <> expected.touches
  
  
      
    ) dbt_internal_test