//! Piazza's integration tests: one test binary, driving the app through its pages and the
//! `piazza` command, on SQLite and, when `PIAZZA_TEST_DATABASE_URL` is set, on PostgreSQL.

mod accounts;
mod cli;
mod comments;
mod communities;
mod meetings;
mod moderation;
mod notifications;
mod organisations;
mod pages;
mod places;
mod processes;
mod schema;
mod search;
mod store;

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
