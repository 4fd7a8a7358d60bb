//! Searching a community: processes, proposals, comments and meetings, never hidden content.

use askama::Template;
use axum::extract::{Path, Query};
use piazza_app::records::{Community, MOST_COUNTED, SearchHit, SearchQuery, query_words};

use super::communities::find_community;
use super::{PageResult, render};
use crate::context::Ctx;
use crate::forms::encode_component;

/// Results per page.
const PAGE_SIZE: i64 = 20;
/// How many words of a body an excerpt shows around the first match.
const EXCERPT_BEFORE: usize = 10;
const EXCERPT_AFTER: usize = 25;

/// The kinds of result a search can be narrowed to, with their message ids.
const KINDS: [(&str, &str); 4] = [
    ("process", "search-kind-process"),
    ("proposal", "search-kind-proposal"),
    ("comment", "search-kind-comment"),
    ("meeting", "search-kind-meeting"),
];

/// A piece of an excerpt, marked when it matches a searched word.
pub struct Piece {
    pub text: String,
    pub matched: bool,
}

/// A result as the page shows it.
pub struct Hit {
    pub hit: SearchHit,
    pub excerpt: Vec<Piece>,
}

impl Hit {
    pub fn address(&self) -> String {
        match (self.hit.kind.as_str(), self.hit.proposal_id) {
            ("process", _) => format!("/processes/{}", self.hit.item_id),
            ("proposal", _) => format!("/proposals/{}", self.hit.item_id),
            ("meeting", _) => format!("/meetings/{}", self.hit.item_id),
            (_, Some(proposal)) => format!("/proposals/{proposal}#comment-{}", self.hit.item_id),
            (_, None) => format!("/processes/{}#comment-{}", self.hit.process_id, self.hit.item_id),
        }
    }

    /// What the result is called: its own title, or for a comment what it comments on.
    pub fn heading(&self) -> &str {
        if !self.hit.title.is_empty() {
            &self.hit.title
        } else {
            self.hit.proposal_title.as_deref().unwrap_or(&self.hit.process_title)
        }
    }
}

fn matches(word: &str, searched: &[String]) -> bool {
    let bare: String = word.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
    !bare.is_empty() && searched.iter().any(|s| bare.starts_with(s.as_str()))
}

/// A few dozen words of `body` around the first searched word, with the matches marked.
fn excerpt(body: &str, searched: &[String]) -> Vec<Piece> {
    // Markdown's marks read as noise in an excerpt.
    let words: Vec<String> = body
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| matches!(c, '*' | '#' | '_' | '`' | '>')).to_owned())
        .filter(|word| !word.is_empty())
        .collect();
    let first = words.iter().position(|word| matches(word, searched)).unwrap_or(0);
    let start = first.saturating_sub(EXCERPT_BEFORE);
    let end = (first + EXCERPT_AFTER).min(words.len());
    let mut pieces: Vec<Piece> = Vec::new();
    if start > 0 {
        pieces.push(Piece { text: "… ".into(), matched: false });
    }
    for (index, word) in words[start..end].iter().enumerate() {
        let separator = if index + 1 < end - start { " " } else { "" };
        if matches(word, searched) {
            pieces.push(Piece { text: word.clone(), matched: true });
            pieces.push(Piece { text: separator.into(), matched: false });
        } else {
            match pieces.last_mut() {
                Some(last) if !last.matched => last.text.push_str(&format!("{word}{separator}")),
                _ => pieces.push(Piece { text: format!("{word}{separator}"), matched: false }),
            }
        }
    }
    if end < words.len() {
        pieces.push(Piece { text: " …".into(), matched: false });
    }
    pieces
}

#[derive(serde::Deserialize, Default)]
pub struct SearchParams {
    #[serde(default)]
    q: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    page: Option<i64>,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage<'a> {
    c: &'a Ctx,
    community: Community,
    text: String,
    kind: String,
    kinds: [(&'static str, &'static str); 4],
    hits: Vec<Hit>,
    total: i64,
    page: i64,
    pages: i64,
    searched: bool,
}

impl SearchPage<'_> {
    fn page_link(&self, page: i64) -> String {
        format!("/c/{}/search?q={}&kind={}&page={page}", self.community.slug, encode_component(&self.text), self.kind)
    }

    /// "2 / 5", in the reader's digits.
    fn position(&self) -> String {
        format!("{} / {}", self.c.tr.number(self.page), self.c.tr.number(self.pages))
    }

    /// "12 results", or "more than 1,000 results" once counting stopped.
    fn count_text(&self) -> String {
        if self.total > MOST_COUNTED {
            self.c.tr.t_count("search-count-many", MOST_COUNTED)
        } else {
            self.c.tr.t_count("search-count", self.total)
        }
    }

    fn is_kind(&self, key: &str) -> bool {
        self.kind == key
    }

    fn kind_name(&self, key: &str) -> String {
        KINDS.iter().find(|(k, _)| *k == key).map(|(_, id)| self.c.t(id)).unwrap_or_default()
    }
}

pub async fn search_page(ctx: Ctx, Path(slug): Path<String>, Query(params): Query<SearchParams>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    let kind = KINDS.iter().find(|(key, _)| *key == params.kind).map(|(key, _)| (*key).to_owned()).unwrap_or_default();
    let page = params.page.unwrap_or(1).clamp(1, 10_000);
    let text: String = params.q.trim().chars().take(200).collect();
    let searched_words = query_words(&text);
    let (hits, total) = if searched_words.is_empty() {
        (Vec::new(), 0)
    } else {
        let query = SearchQuery {
            community: community.id,
            text: &text,
            kind: (!kind.is_empty()).then_some(kind.as_str()),
            limit: PAGE_SIZE,
            offset: (page - 1) * PAGE_SIZE,
        };
        ctx.state.db.search(&query).await?
    };
    let hits = hits.into_iter().map(|hit| Hit { excerpt: excerpt(&hit.body, &searched_words), hit }).collect();
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let searched = !searched_words.is_empty();
    Ok(render(&SearchPage { c: &ctx, community, text, kind, kinds: KINDS, hits, total, page, pages, searched }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_excerpt_marks_the_searched_words_around_the_first_match() {
        let body = "one two three four five six seven eight nine ten eleven twelve **Fountain** by the swings";
        let pieces = excerpt(body, &["fount".to_owned()]);
        let text: String = pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(text, "… three four five six seven eight nine ten eleven twelve Fountain by the swings");
        assert!(pieces.iter().any(|p| p.matched && p.text == "Fountain"));
        assert_eq!(pieces.iter().filter(|p| p.matched).count(), 1);
    }
}
