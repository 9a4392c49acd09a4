{{ stage_ad_report(ref('base_meta_ads__campaign_report')) }}
