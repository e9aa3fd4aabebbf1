/**
 * Queries an analyst would type over the demo mesh, with the products a knowledgeable analyst
 * expects near the top (by product name). `top3`: any of these belong in the first three;
 * `top10`: these belong in the first ten as well.
 */
export interface JudgedQuery {
  q: string
  top3: string[]
  top10?: string[]
}

export const JUDGED_QUERIES: readonly JudgedQuery[] = [
  // Natural-language questions
  { q: 'churn by subscription plan', top3: ['churn_events', 'mrr_by_plan_monthly'], top10: ['subscriptions', 'subscription_events', 'plan_catalogue'] },
  { q: 'who watched what', top3: ['viewing_history'] },
  { q: 'start-up time by device', top3: ['startup_time_daily', 'qoe_session_metrics'] },
  { q: 'title availability by country', top3: ['availability_windows'], top10: ['title_metadata_api', 'rights_expiry_outlook'] },
  { q: 'monthly recurring revenue', top3: ['mrr_by_plan_monthly'], top10: ['kpi_monthly_board_report'] },
  { q: 'cost per viewing hour', top3: ['content_cost_per_viewing_hour'], top10: ['content_roi_board_pack'] },
  { q: 'which payments failed', top3: ['payments'] },
  { q: 'ad revenue by country', top3: ['ad_revenue_daily'] },
  { q: 'what is recommended on the home page', top3: ['home_rows_api'] },
  { q: 'accounts shared between households', top3: ['account_sharing_signals'] },
  { q: 'revenue recognised per month', top3: ['revenue_recognised'], top10: ['general_ledger'] },
  { q: 'effect of experiments', top3: ['experiment_results', 'experiment_metrics'] },
  // Names and words of names
  { q: 'playback sessions', top3: ['playback_sessions'], top10: ['playback_sessions_legacy'] },
  { q: 'revenue', top3: ['revenue_recognised', 'ad_revenue_daily', 'revenue_forecast'], top10: ['revenue_monthly_spreadsheet'] },
  { q: 'licence agreements', top3: ['licence_agreements'], top10: ['licence_costs', 'licence_utilisation'] },
  { q: 'device registry', top3: ['device_registry'] },
  { q: 'marketing attribution', top3: ['marketing_attribution_daily', 'attribution_touches'] },
  { q: 'experiment results', top3: ['experiment_results'], top10: ['experiment_metrics'] },
  { q: 'title embeddings', top3: ['title_embeddings'] },
  { q: 'similar titles', top3: ['similar_titles_legacy', 'title_embeddings'] },
  { q: 'genres', top3: ['genres_taxonomy'] },
  { q: 'cast and crew', top3: ['talent_credits'] },
  { q: 'episodes', top3: ['episodes'] },
  { q: 'general ledger', top3: ['general_ledger'] },
  { q: 'sign-in events', top3: ['login_events'] },
  { q: 'continue watching', top3: ['continue_watching_api'] },
  { q: 'customer 360', top3: ['customer_360'] },
  { q: 'lifetime value', top3: ['customer_lifetime_value'] },
  { q: 'churn', top3: ['churn_events'], top10: ['kpi_monthly_board_report'] },
  { q: 'ad impressions', top3: ['ad_impressions', 'ad_impressions_v1'], top10: ['ad_revenue_daily'] },
  { q: 'tax', top3: ['tax_by_jurisdiction'] },
  { q: 'board report kpi', top3: ['kpi_monthly_board_report', 'content_roi_board_pack'] },
  // Column names
  { q: 'session_id', top3: ['playback_sessions', 'playback_events', 'qoe_session_metrics'], top10: ['player_errors'] },
  { q: 'drm_level', top3: ['device_registry'] },
  { q: 'p_value', top3: ['experiment_results'] },
  { q: 'rebuffer ratio', top3: ['qoe_session_metrics', 'rebuffering_by_isp_daily', 'qoe_scorecard'] },
  { q: 'cac_usd', top3: ['marketing_attribution_daily'] },
  { q: 'failure_code', top3: ['payments'] },
  // Owners
  { q: 'Maya Chen', top3: ['playback_sessions', 'playback_events', 'player_errors', 'device_registry', 'viewing_time_daily', 'concurrent_streams_minutely', 'viewing_history', 'continue_watching_api', 'watch_party_sessions'] },
  { q: 'Victor Dubois', top3: ['ad_requests', 'ad_impressions', 'advertiser_campaigns', 'ad_inventory_forecast', 'ad_revenue_daily', 'advertiser_reporting_api'] },
  { q: 'Grace Liu', top3: ['licence_agreements', 'availability_windows', 'licence_costs', 'rights_expiry_outlook', 'licence_utilisation'] },
  { q: 'Playback Quality of Experience', top3: ['qoe_session_metrics', 'qoe_scorecard', 'cdn_delivery_logs', 'startup_time_daily', 'rebuffering_by_isp_daily'] },
  // Misspellings
  { q: 'subscribtions', top3: ['subscriptions'], top10: ['subscription_events'] },
  { q: 'invocies', top3: ['invoices'] },
  { q: 'amortisaton', top3: ['content_amortisation'] },
  { q: 'recognized revenue', top3: ['revenue_recognised'] },
  // Table locations and addresses
  { q: 'lumen_prod.billing.invoices', top3: ['invoices'] },
  { q: 'kafka://events.playback.heartbeat.v3', top3: ['playback_events'] },
  { q: 's3://lumen-lake/finance/gl/', top3: ['general_ledger'] },
  { q: 'lumen_prod.playback_quality.qoe_session', top3: ['qoe_session_metrics'] },
]
