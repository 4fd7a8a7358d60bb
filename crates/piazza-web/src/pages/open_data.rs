//! The open data pages: what can be downloaded for the instance or a community, in which
//! formats, under which licence, and where the read API is described.

use askama::Template;
use axum::extract::Path;
use piazza_app::open_data::RESOURCES;
use piazza_app::records::Community;

use super::{PageResult, find_community, render};
use crate::context::Ctx;

/// One downloadable resource as the page lists it: its name, what it holds, and its files.
pub struct DownloadView {
    pub name: &'static str,
    /// The message ids of its name and of what it holds.
    pub title_id: String,
    pub about_id: String,
    pub located: bool,
}

#[derive(Template)]
#[template(path = "open_data.html")]
struct OpenDataPage<'a> {
    c: &'a Ctx,
    community: Option<Community>,
    base: String,
    resources: Vec<DownloadView>,
    licence: String,
}

fn page(ctx: &Ctx, community: Option<Community>) -> PageResult {
    let base = match &community {
        Some(community) => format!("/c/{}/data", community.slug),
        None => "/data".to_owned(),
    };
    let resources = RESOURCES
        .iter()
        .map(|resource| DownloadView {
            name: resource.name,
            title_id: format!("open-data-resource-{}", resource.name),
            about_id: format!("open-data-about-{}", resource.name),
            located: resource.is_located(),
        })
        .collect();
    Ok(render(&OpenDataPage {
        c: ctx,
        community,
        base,
        resources,
        licence: ctx.state.config.open_data_licence.clone(),
    }))
}

pub async fn open_data_page(ctx: Ctx) -> PageResult {
    page(&ctx, None)
}

pub async fn community_open_data_page(ctx: Ctx, Path(slug): Path<String>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    page(&ctx, Some(community))
}
