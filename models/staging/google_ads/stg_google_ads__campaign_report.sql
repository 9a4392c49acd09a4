{{ stage_ad_report('base_google_ads__campaign_report') }}
