
    

    create  table
      "off"."main"."stg_linkedin_ads__campaign_report"
  
    
    as (
      
    with base as (
        select landed.*
    from "off"."main"."base_linkedin_ads__campaign_report" as landed
    where
        not landed._is_layout_row
        and landed._reject_reason is null
    ),
    deduplicated as (
        
    select
        platform,
        period_start,
        period_end,
        campaign_key,
        ad_group_key,
        min(account_name_resolved) as account_name_resolved,
        min(campaign_name) as campaign_name,
        min(currency) as currency,
        sum(impressions) as impressions,
        sum(clicks) as clicks,
        sum(spend_amount_local) as spend_amount_local,
        sum(spend_amount) as spend_amount,
        sum(conversions) as conversions,
        min(_source_file) as _source_file,
        min(_source_line) as _source_line,
        max(_loaded_at) as _loaded_at,
        count(*) as _rows_summed
    from (
        select
            *,
            row_number() over (partition by platform, period_start, period_end, campaign_key, ad_group_key, _row_hash order by _source_line) as _copy_rank
        from (
            select
                *,
                max(_source_file) over (partition by platform, period_start, period_end, campaign_key, ad_group_key) as _newest_file
            from base
        ) as with_newest
        where _source_file = _newest_file
    ) as newest_rows
    where _copy_rank = 1
    group by platform, period_start, period_end, campaign_key, ad_group_key
    ),

    final as (
        select
            -- ids
            
    cast(platform as TEXT)
 || '|' || 
    cast(campaign_key as TEXT)
 as ad_campaign_key,
            campaign_key as campaign_id,
            -- '' at campaign level: the landing step writes '', a connector's table may hold NULL
            coalesce(ad_group_key, '') as ad_group_key,
            -- dimensions
            platform,
            account_name_resolved as account_name,
            campaign_name,
            currency,
            -- dates
            period_start,
            period_end,
            -- measures
            impressions,
            clicks,
            spend_amount_local,
            spend_amount,
            conversions,
            -- lineage
            _source_file,
            _source_line,
            _loaded_at
        from deduplicated
    )

    select * from final
    );
    
  
  