{{ stage_ad_report(ref('base_google_ads__campaign_report')) }}
