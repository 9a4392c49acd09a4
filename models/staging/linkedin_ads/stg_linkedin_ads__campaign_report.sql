{{ stage_ad_report(ref('base_linkedin_ads__campaign_report')) }}
