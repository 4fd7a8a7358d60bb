//! Piazza's integration tests: one test binary, driving the app through its pages and the
//! `piazza` command, on SQLite and, when `PIAZZA_TEST_DATABASE_URL` is set, on PostgreSQL.

mod accountability;
mod accounts;
mod api;
mod budgets;
mod cases;
mod catalog;
mod cli;
mod comments;
mod communities;
mod eligibility;
mod links;
mod meetings;
mod moderation;
mod notifications;
mod organisations;
mod pages;
mod places;
mod privacy;
mod processes;
mod representation;
mod schema;
mod search;
mod services;
mod store;

/// Every mail waiting in the outbox, claimed so that a test can read them.
pub async fn outbox(app: &piazza_testkit::TestApp) -> Vec<piazza_store::mail::OutgoingMail> {
    let mut mails = Vec::new();
    while let Some(mail) = app.db.claim_mail().await.unwrap() {
        app.db.mark_mail_sent(mail.id).await.unwrap();
        mails.push(mail);
    }
    mails
}

/// Pulls the text of every `href="…"` out of a page.
pub fn links(html: &str) -> Vec<String> {
    html.split("href=\"").skip(1).filter_map(|rest| rest.split('"').next()).map(|s| s.replace("&amp;", "&")).collect()
}

/// The value of the input named `name`, as the page fills it in.
pub fn input_value(html: &str, name: &str) -> Option<String> {
    let start = html.find(&format!("name=\"{name}\""))?;
    let tag_start = html[..start].rfind('<')?;
    let tag_end = start + html[start..].find('>')?;
    let tag = &html[tag_start..tag_end];
    let value = tag.split("value=\"").nth(1)?.split('"').next()?;
    Some(value.to_owned())
}

/// How many times `needle` occurs in `haystack`.
pub fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// The id of the newest published proposal of a process.
pub async fn newest_published_proposal(db: &piazza_store::Db, process: piazza_domain::ProcessId) -> i64 {
    let filter = piazza_app::records::ProposalFilter {
        process,
        state: Some("published"),
        answered: None,
        category: None,
        neighbourhood: None,
        order: piazza_app::records::ProposalOrder::Newest,
        limit: 1,
        offset: 0,
    };
    db.proposals(&filter).await.unwrap().0[0].id.0
}

/// The newest published proposal of the demo's first Lorenza process, which is in its ideas
/// phase and takes comments, reports and amendments.
pub async fn lorenza_proposal(app: &piazza_testkit::TestApp) -> String {
    piazza_app::demo::seed(&app.db).await.unwrap();
    let lorenza = app.db.community_by_slug("lorenza").await.unwrap().unwrap();
    let process = app.db.processes_in(lorenza.id).await.unwrap().pop().unwrap();
    format!("/proposals/{}", newest_published_proposal(&app.db, process.id).await)
}
