{{ stage_ad_report(ref('base_microsoft_ads__campaign_report')) }}
