{{ stage_ad_report('base_meta_ads__campaign_report') }}
