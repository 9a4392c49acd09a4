{{ stage_ad_report('base_microsoft_ads__campaign_report') }}
