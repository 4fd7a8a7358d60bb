//! Piazza's web interface: the router, the layers every request passes, and the pages.
//!
//! Handlers parse input, call one use case from `piazza-app`, and render a template. This crate
//! never touches SQL.

pub mod api;
pub mod catalog;
pub mod context;
pub mod downloads;
pub mod errors;
pub mod forms;
pub mod i18n;
mod layers;
pub mod markdown;
pub mod notices;
pub mod open311;
mod pages;
pub mod participedia;
pub mod zip;

use std::sync::Arc;

use axum::Router;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::{get, post};
use piazza_app::Db;

/// How this instance is reached and what it may trust, shared by every handler.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// The address people use to reach Piazza, such as `https://piazza.example.org`; used in
    /// links sent by mail and to decide whether cookies are marked `Secure`.
    pub public_url: String,
    /// Whether the client address in `X-Forwarded-For` from a reverse proxy is believed.
    pub trust_proxy: bool,
    /// How long personal data is kept, as the record of processing states.
    pub retention: piazza_app::privacy::Retention,
    /// Requests a minute the read API answers from one address before answering 429.
    pub api_requests_per_minute: u32,
    /// The licence of the open data, by its SPDX id.
    pub open_data_licence: String,
}

/// Enough for a person browsing and a script paging through a community's data; a harvester
/// of the whole instance should use the bulk downloads.
pub const DEFAULT_API_REQUESTS_PER_MINUTE: u32 = 600;

impl WebConfig {
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<WebConfig>,
    pub api_limiter: Arc<api::RateLimiter>,
}

impl AppState {
    pub fn new(db: Db, config: WebConfig) -> Self {
        AppState { db, config: Arc::new(config), api_limiter: Arc::default() }
    }
}

/// The whole application as one router, ready to serve.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(pages::front_page))
        .route("/healthz", get(pages::healthz))
        .route("/readyz", get(pages::readyz))
        .route("/static/piazza.css", get(pages::stylesheet))
        .route("/static/ballot.js", get(pages::ballot_script))
        .route("/favicon.ico", get(pages::favicon))
        .route("/language", post(pages::set_language))
        .route("/accessibility", get(pages::accessibility_statement).post(pages::report_barrier))
        .route("/display", post(pages::set_display))
        .route("/register", get(pages::register_form).post(pages::register))
        .route("/signin", get(pages::sign_in_form).post(pages::sign_in))
        .route("/signout", post(pages::sign_out))
        .route("/account", get(pages::account_page).post(pages::update_account))
        .route("/account/password", get(pages::password_form).post(pages::change_password))
        .route("/account/erase", get(pages::erase_account_form).post(pages::erase_account))
        .route("/account/data", get(pages::my_data_page))
        .route("/account/consents", get(pages::consents_page).post(pages::answer_consent))
        .route("/account/data.zip", get(pages::my_data_download))
        .route("/password-reset", get(pages::reset_request_form).post(pages::request_reset))
        .route("/password-reset/{token}", get(pages::reset_form).post(pages::reset_password))
        .route("/c/{slug}", get(pages::community_page))
        .route("/c/{slug}/settings", get(pages::community_settings).post(pages::update_community))
        .route("/c/{slug}/roles", get(pages::community_roles).post(pages::grant_role))
        .route("/c/{slug}/roles/{grant}/revoke", post(pages::revoke_role))
        .route("/c/{slug}/neighbourhoods", get(pages::neighbourhoods_page).post(pages::add_neighbourhood))
        .route(
            "/c/{slug}/census",
            get(pages::census_page)
                .post(pages::upload_census)
                .layer(axum::extract::DefaultBodyLimit::max(forms::LARGEST_UPLOAD)),
        )
        .route("/c/{slug}/privacy", get(pages::record_of_processing))
        .route("/c/{slug}/barriers", get(pages::barrier_reports))
        .route("/c/{slug}/about-you", get(pages::about_you_page).post(pages::save_about_you))
        .route("/c/{slug}/representation", get(pages::representation_page))
        .route("/c/{slug}/representation.csv", get(pages::representation_csv))
        .route("/c/{slug}/representation/setup", get(pages::representation_setup))
        .route("/c/{slug}/representation/questions", post(pages::add_demographic_question))
        .route("/c/{slug}/representation/reference", post(pages::set_reference_population))
        .route("/processes/{id}/representation", get(pages::process_representation_page))
        .route("/processes/{id}/representation.csv", get(pages::process_representation_csv))
        .route("/processes/{id}/assisted", get(pages::assisted_form).post(pages::record_assisted))
        .route("/processes/{id}/paper-form", get(pages::paper_form))
        .route("/processes/{id}/results", get(pages::process_results_page))
        .route("/processes/{id}/results/new", get(pages::new_result_form).post(pages::create_result))
        .route("/results/{id}", get(pages::result_page))
        .route("/results/{id}/updates", post(pages::update_result))
        .route("/claim", get(pages::claim_page).post(pages::claim))
        .route("/c/{slug}/voter-details", get(pages::voter_details_page).post(pages::submit_voter_details))
        .route("/c/{slug}/processes", get(pages::processes_page))
        .route("/c/{slug}/processes/new", get(pages::new_process_form).post(pages::create_process))
        .route("/processes/{id}", get(pages::process_page))
        .route("/processes/{id}/proposals", get(pages::proposals_page))
        .route("/processes/{id}/proposals/new", get(pages::new_proposal_form).post(pages::create_proposal))
        .route("/proposals/{id}", get(pages::proposal_page))
        .route("/proposals/{id}/edit", get(pages::edit_proposal_form).post(pages::edit_proposal))
        .route("/proposals/{id}/versions", get(pages::proposal_versions))
        .route("/proposals/{id}/amendments/new", get(pages::new_amendment_form).post(pages::create_amendment))
        .route("/proposals/{id}/coauthors", post(pages::invite_coauthor))
        .route("/invitations/{id}/accept", post(pages::accept_invitation))
        .route("/invitations/{id}/decline", post(pages::decline_invitation))
        .route("/amendments/{id}/accept", post(pages::accept_amendment))
        .route("/amendments/{id}/reject", post(pages::reject_amendment))
        .route("/proposals/{id}/support", post(pages::support_proposal))
        .route("/proposals/{id}/unsupport", post(pages::unsupport_proposal))
        .route("/proposals/{id}/answer", post(pages::answer_proposal))
        .route("/proposals/{id}/withdraw", post(pages::withdraw_proposal))
        .route("/proposals/{id}/easy-read", post(pages::set_proposal_easy_read))
        .route("/processes/{id}/comments", post(pages::comment_on_process))
        .route("/processes/{id}/budgets", get(pages::budgets_page))
        .route("/processes/{id}/budgets/new", get(pages::new_budget_form).post(pages::create_budget))
        .route(
            "/processes/{id}/budgets/import",
            get(pages::import_budget_form)
                .post(pages::import_budget)
                .layer(axum::extract::DefaultBodyLimit::max(forms::LARGEST_UPLOAD)),
        )
        .route("/budgets/{id}/edit", get(pages::edit_budget_form).post(pages::edit_budget))
        .route("/budgets/{id}", get(pages::budget_page))
        .route("/budgets/{id}/ballot", post(pages::submit_ballot))
        .route("/budgets/{id}/vote", get(pages::code_ballot_page).post(pages::submit_code_ballot))
        .route("/budgets/{id}/paper", get(pages::paper_ballot_page).post(pages::submit_paper_ballot))
        .route("/budgets/{id}/codes", post(pages::print_codes))
        .route("/budgets/{id}/projects/new", get(pages::new_project_form).post(pages::create_project))
        .route("/budget-projects/{id}/review", post(pages::review_project))
        .route("/budgets/{id}/count", post(pages::count_budget))
        .route("/budgets/{id}/results", get(pages::results_page))
        .route("/budgets/{id}/ballots.pb", get(pages::published_ballots))
        .route("/processes/{id}/meetings", get(pages::meetings_page))
        .route("/processes/{id}/meetings/new", get(pages::new_meeting_form).post(pages::create_meeting))
        .route("/meetings/{id}", get(pages::meeting_page))
        .route("/meetings/{id}/register", post(pages::register_for_meeting))
        .route("/meetings/{id}/cancel", post(pages::cancel_meeting_registration))
        .route("/meetings/{id}/minutes", post(pages::record_meeting_minutes))
        .route("/proposals/{id}/comments", post(pages::comment_on_proposal))
        .route("/comments/{id}/reply", get(pages::comment_reply_form).post(pages::comment_reply))
        .route("/comments/{id}/edit", get(pages::comment_edit_form).post(pages::comment_edit))
        .route("/comments/{id}/delete", post(pages::comment_delete))
        .route("/comments/{id}/support", post(pages::comment_support))
        .route("/report/{kind}/{id}", get(pages::report_form).post(pages::report))
        .route("/report/{kind}/{id}/hide", post(pages::hide_content))
        .route("/appeal/{kind}/{id}", get(pages::appeal_form).post(pages::appeal))
        .route("/moderation/{id}/hide", post(pages::hide_case))
        .route("/moderation/{id}/restore", post(pages::restore_case))
        .route("/moderation/{id}/uphold", post(pages::uphold_case))
        .route("/c/{slug}/moderation", get(pages::moderation_queue))
        .route("/c/{slug}/moderation/threshold", post(pages::set_report_threshold))
        .route("/c/{slug}/moderation-log", get(pages::moderation_log))
        .route("/c/{slug}/search", get(pages::search_page))
        .route("/c/{slug}/blocks", post(pages::block_person))
        .route("/c/{slug}/blocks/{account}/remove", post(pages::unblock_person))
        .route("/notifications", get(pages::notifications_page))
        .route("/notifications/read", post(pages::mark_notifications_read))
        .route("/notifications/email", post(pages::set_email_frequency))
        .route("/follow/{kind}/{id}", post(pages::follow))
        .route("/unfollow/{kind}/{id}", post(pages::unfollow))
        .route("/organisations", get(pages::organisations_page))
        .route("/organisations/new", get(pages::new_organisation_form).post(pages::create_organisation))
        .route("/o/{slug}", get(pages::organisation_page))
        .route("/o/{slug}/members", post(pages::add_member))
        .route("/o/{slug}/members/{account}/remove", post(pages::remove_member))
        .route("/admin", get(pages::admin_page))
        .route("/admin/communities/new", get(pages::new_community_form).post(pages::create_community))
        .nest("/api/v1", api::router(state.clone()))
        .nest("/open311/v2", open311::router(state.clone()))
        .route("/c/{slug}/report", get(pages::report_choose))
        .route("/c/{slug}/report/{code}", get(pages::service_report_form).post(pages::file_report))
        .route("/c/{slug}/requests", get(pages::requests_page))
        .route("/c/{slug}/indicators", get(pages::indicators_page))
        .route("/c/{slug}/indicators.csv", get(pages::indicators_csv))
        .route("/c/{slug}/services", get(pages::services_admin).post(pages::create_service))
        .route("/c/{slug}/services/anonymous", post(pages::set_anonymous_reports))
        .route("/c/{slug}/services/{code}", get(pages::service_admin).post(pages::add_service_attribute))
        .route("/c/{slug}/services/{code}/active", post(pages::set_service_active))
        .route("/requests/{id}", get(pages::request_page))
        .route("/requests/{id}/status", post(pages::update_request))
        .route("/requests/{id}/rating", post(pages::rate_request))
        .route("/results/{id}/rating", post(pages::rate_result))
        .route("/cases", get(pages::cases_page))
        .route("/cases/participedia.json", get(participedia::cases_participedia))
        .route("/cases/{id}", get(pages::case_page))
        .route("/cases/{id}/participedia.json", get(participedia::case_participedia))
        .route("/cases/{id}/translate", get(pages::translate_case_form).post(pages::translate_case))
        .route("/cases/{id}/edit", get(pages::edit_case_form).post(pages::update_case))
        .route("/cases/{id}/replicate", get(pages::replicate_form).post(pages::replicate_case))
        .route("/c/{slug}/cases/new", get(pages::new_case_form).post(pages::create_case))
        .route("/c/{slug}/twinning", get(pages::twinning_page).post(pages::propose_twinning))
        .route("/twinnings/{id}/accept", post(pages::accept_twinning))
        .route("/twinnings/{id}/end", post(pages::end_twinning))
        .route("/processes/{id}/co-runners", get(pages::co_runners_page).post(pages::invite_co_runner))
        .route("/processes/{id}/co-runners/accept", post(pages::accept_co_run))
        .route("/processes/{id}/co-runners/{account}/remove", post(pages::remove_co_runner))
        .route("/peer", get(pages::peer_threads).post(pages::ask_question))
        .route("/peer/new", get(pages::new_question_form))
        .route("/peer/{id}", get(pages::peer_thread))
        .route("/peer/{id}/answers", post(pages::answer_question))
        .route("/peer/{id}/helpful", post(pages::mark_helpful))
        .route("/data", get(pages::open_data_page))
        .route("/catalog.ttl", get(catalog::catalog_turtle))
        .route("/catalog.jsonld", get(catalog::catalog_json_ld))
        .route("/data/{file}", get(downloads::instance_file))
        .route("/c/{slug}/data", get(pages::community_open_data_page))
        .route("/c/{slug}/data/{file}", get(downloads::community_file))
        .fallback(pages::not_found)
        .layer(axum::extract::DefaultBodyLimit::max(forms::LARGEST_FORM))
        .layer(from_fn(layers::refuse_cross_origin_posts))
        .layer(from_fn_with_state(state.clone(), errors::render_error_pages))
        .layer(from_fn(layers::security_headers))
        .layer(from_fn(layers::request_id_and_log))
        .with_state(state)
}
