{{ stage_ad_report('base_linkedin_ads__campaign_report') }}
