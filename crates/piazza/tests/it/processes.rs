use axum::http::StatusCode;
use piazza_app::demo::DEMO_PASSWORD;
use piazza_testkit::{TestApp, TestClient, on_each_backend};
use time::macros::format_description;

use crate::input_value;

fn date(offset_days: i64) -> String {
    (piazza_domain::now() + time::Duration::days(offset_days))
        .format(format_description!("[year]-[month]-[day]"))
        .unwrap()
}

/// Opens a process in Lorenza through the form, as its official, and returns its address.
async fn open_process(official: &TestClient, threshold: &str, phases: &[(&str, i64, i64, &[&str])]) -> String {
    let mut fields: Vec<(String, String)> = vec![
        ("title".into(), "Benches for the river walk".into()),
        ("summary".into(), "Where should the city put forty new benches?".into()),
        ("easy_read".into(), "New benches. Tell us where.".into()),
        ("description".into(), "## Budget\n\nForty benches, **all** with armrests.".into()),
        ("support_threshold".into(), threshold.into()),
    ];
    for (index, (kind, first, last, allows)) in phases.iter().enumerate() {
        let row = index + 1;
        fields.push((format!("phase{row}_kind"), (*kind).into()));
        fields.push((format!("phase{row}_starts"), date(*first)));
        fields.push((format!("phase{row}_ends"), date(*last)));
        for allowed in *allows {
            fields.push((format!("phase{row}_allows"), (*allowed).into()));
        }
    }
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let created = official.post("/c/lorenza/processes/new", &borrowed).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    created.location().to_owned()
}

async fn seeded(app: &TestApp) {
    piazza_app::demo::seed(&app.db).await.unwrap();
}

#[tokio::test]
async fn an_official_opens_a_process_and_residents_see_its_timeline() {
    on_each_backend(|app| async move {
        seeded(&app).await;
        let official = app.signed_in("lorenza-official", DEMO_PASSWORD).await;
        let address = open_process(
            &official,
            "3",
            &[
                ("inform", -10, -1, &[]),
                ("ideate", 0, 20, &["proposals", "supports"]),
                ("prioritise", 21, 40, &["supports"]),
            ],
        )
        .await;
        let page = app.client().get(&address).await;
        assert_eq!(page.status, StatusCode::OK);
        page.assert_contains("<h1>Benches for the river walk</h1>");
        page.assert_contains("New benches. Tell us where.");
        page.assert_contains("<h3>Budget</h3>");
        page.assert_contains("<strong>all</strong>");
        page.assert_contains("Current phase: \u{2068}Ideas\u{2069}.");
        page.assert_contains("<li>Make proposals</li>");
        page.assert_contains("aria-current=\"step\"");
        app.client().get("/c/lorenza/processes").await.assert_contains("Benches for the river walk");
    })
    .await;
}

#[tokio::test]
async fn a_refused_process_form_explains_and_keeps_the_input() {
    on_each_backend(|app| async move {
        seeded(&app).await;
        let resident = app.signed_in("giulia", DEMO_PASSWORD).await;
        assert_eq!(resident.get("/c/lorenza/processes/new").await.status, StatusCode::FORBIDDEN);
        let official = app.signed_in("lorenza-official", DEMO_PASSWORD).await;
        let refused = official
            .post(
                "/c/lorenza/processes/new",
                &[
                    ("title", "Benches"),
                    ("summary", ""),
                    ("description", "Some text"),
                    ("support_threshold", "zero"),
                    ("phase1_kind", "ideate"),
                    ("phase1_starts", "2026-02-30"),
                    ("phase1_ends", "2026-03-10"),
                    ("phase2_kind", "prioritise"),
                    ("phase2_starts", "2026-03-01"),
                    ("phase2_ends", "2026-02-01"),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("Write a short summary.");
        refused.assert_contains("Enter a whole number of supports");
        refused.assert_contains("Enter a date like 2026-03-31.");
        refused.assert_contains("The last day comes before the first day.");
        refused.assert_contains("<a href=\"#phase1_starts\">");
        assert_eq!(input_value(&refused.body, "phase1_starts").as_deref(), Some("2026-02-30"));
        assert_eq!(input_value(&refused.body, "title").as_deref(), Some("Benches"));
        let lorenza = app.db.community_by_slug("lorenza").await.unwrap().unwrap();
        assert_eq!(app.db.processes_in(lorenza.id).await.unwrap().len(), 3, "only the demo's three processes");
    })
    .await;
}

#[tokio::test]
async fn a_proposal_goes_from_creation_through_supports_to_an_official_answer() {
    on_each_backend(|app| async move {
        seeded(&app).await;
        let official = app.signed_in("lorenza-official", DEMO_PASSWORD).await;
        let address = open_process(&official, "2", &[("ideate", -1, 20, &["proposals", "supports"])]).await;
        let author = app.signed_in("amina", DEMO_PASSWORD).await;

        let refused = author
            .post(&format!("{address}/proposals/new"), &[("title", "Tiny"), ("body", "   "), ("address", "Lungofiume")])
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("The title must be at least 5 characters long.");
        refused.assert_contains("Write your proposal.");
        assert_eq!(input_value(&refused.body, "address").as_deref(), Some("Lungofiume"));

        let created = author
            .post(
                &format!("{address}/proposals/new"),
                &[
                    ("title", "Benches facing the water"),
                    ("body", "Put them **facing** the river.\n\n<script>alert('x')</script>"),
                    ("category", "public-space"),
                    ("address", "Lungofiume"),
                ],
            )
            .await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let proposal = created.location().to_owned();
        let page = author.get(&proposal).await;
        page.assert_contains("<h1>Benches facing the water</h1>");
        page.assert_contains("<strong>facing</strong>");
        page.assert_lacks("<script>alert");
        page.assert_contains("أمينة");
        page.assert_contains("\u{2068}0\u{2069} supports");

        // The author supports; supporting twice counts once.
        author.post(&format!("{proposal}/support"), &[]).await;
        let twice = author.post(&format!("{proposal}/support"), &[]).await;
        assert_eq!(twice.status, StatusCode::SEE_OTHER);
        author.get(&proposal).await.assert_contains("\u{2068}1\u{2069} support");

        // The second support reaches the threshold of two.
        let giulia = app.signed_in("giulia", DEMO_PASSWORD).await;
        while let Some(earlier) = app.db.claim_mail().await.unwrap() {
            app.db.mark_mail_sent(earlier.id).await.unwrap();
        }
        let reached = giulia.post(&format!("{proposal}/support"), &[]).await;
        // Lorenza's one official, who has an email address, is told, and so is the author.
        let mut mails = Vec::new();
        while let Some(mail) = app.db.claim_mail().await.unwrap() {
            mails.push(mail);
        }
        let mail = mails.iter().find(|m| m.recipient == "lorenza-official@piazza.example").expect("the official");
        assert!(mail.subject.contains("Benches facing the water"), "{}", mail.subject);
        assert!(mail.subject.contains("awaits your evaluation"), "{}", mail.subject);
        assert!(mail.body.contains("/proposals/"), "{}", mail.body);
        assert!(mails.iter().any(|m| m.recipient == "amina@piazza.example"), "the author hears of it too");
        assert!(reached.location().contains("done=threshold"), "{}", reached.location());
        let page = giulia.follow(&reached).await;
        page.assert_contains("the proposal now goes to the officials for evaluation");
        page.assert_contains("Under evaluation");
        page.assert_contains("it reached the number of supports needed");
        let withdrawn = giulia.post(&format!("{proposal}/unsupport"), &[]).await;
        giulia.follow(&withdrawn).await.assert_contains("\u{2068}1\u{2069} support");

        // Only the authority decides, and a rejection needs its reasons.
        let refused =
            giulia.post(&format!("{proposal}/answer"), &[("seen_state", "evaluating"), ("state", "accepted")]).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        let no_reason = official
            .post(&format!("{proposal}/answer"), &[("seen_state", "evaluating"), ("state", "rejected"), ("answer", "")])
            .await;
        assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
        no_reason.assert_contains("Give the reasons for this decision.");
        let accepted = official
            .post(
                &format!("{proposal}/answer"),
                &[
                    ("seen_state", "evaluating"),
                    ("state", "accepted"),
                    ("answer", "Twelve benches will face the water."),
                ],
            )
            .await;
        assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
        let page = app.client().get(&proposal).await;
        page.assert_contains("Twelve benches will face the water.");
        page.assert_contains("by \u{2068}Assessore Paolo Ferri\u{2069}");
        app.client().get(&address).await.assert_contains("Benches facing the water");

        // A decision taken on a page that another decision has overtaken changes nothing.
        let stale = official
            .post(
                &format!("{proposal}/answer"),
                &[("seen_state", "evaluating"), ("state", "rejected"), ("answer", "No.")],
            )
            .await;
        assert_eq!(stale.status, StatusCode::UNPROCESSABLE_ENTITY);
        stale.assert_contains("Someone changed this proposal while you were reading it.");
        let id = proposal.rsplit('/').next().unwrap().parse().unwrap();
        let stored = app.db.proposal(piazza_domain::ProposalId(id)).await.unwrap().unwrap();
        assert_eq!(stored.state, "accepted");
        assert_eq!(stored.support_count, 1);
    })
    .await;
}

#[tokio::test]
async fn what_a_phase_does_not_allow_is_explained_not_just_hidden() {
    on_each_backend(|app| async move {
        seeded(&app).await;
        let official = app.signed_in("lorenza-official", DEMO_PASSWORD).await;
        let address = open_process(&official, "5", &[("inform", -1, 10, &["meetings"])]).await;
        let resident = app.signed_in("giulia", DEMO_PASSWORD).await;
        let form = resident.get(&format!("{address}/proposals/new")).await;
        form.assert_contains("Proposals can be made only during a phase that accepts them.");
        let refused =
            resident.post(&format!("{address}/proposals/new"), &[("title", "A fine idea"), ("body", "Text")]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("Proposals can be made only during a phase that accepts them.");

        // The demo's San Vito process only collects supports now: a closed proposal explains why.
        let san_vito = app.db.community_by_slug("san-vito-al-lora").await.unwrap().unwrap();
        let process = app.db.processes_in(san_vito.id).await.unwrap().pop().unwrap();
        let page = resident.get(&format!("/processes/{}/proposals/new", process.id)).await;
        page.assert_contains("Proposals can be made only during a phase that accepts them.");
        let pietrabuona = app.db.community_by_slug("pietrabuona").await.unwrap().unwrap();
        let bus = app.db.processes_in(pietrabuona.id).await.unwrap().pop().unwrap();
        let filter = piazza_app::records::ProposalFilter {
            process: bus.id,
            state: None,
            answered: None,
            category: None,
            neighbourhood: None,
            order: piazza_app::records::ProposalOrder::Newest,
            limit: 10,
            offset: 0,
        };
        let implemented = app.db.proposals(&filter).await.unwrap().0.remove(0);
        let refused = resident.post(&format!("/proposals/{}/support", implemented.id), &[]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("This proposal is closed");
    })
    .await;
}

#[tokio::test]
async fn proposal_lists_filter_sort_and_page() {
    on_each_backend(|app| async move {
        seeded(&app).await;
        let official = app.signed_in("lorenza-official", DEMO_PASSWORD).await;
        let address = open_process(&official, "100", &[("ideate", -1, 20, &["proposals", "supports"])]).await;
        let process_id = piazza_domain::ProcessId(address.rsplit('/').next().unwrap().parse().unwrap());
        let author = app.db.account_by_username("giulia").await.unwrap().unwrap().id;
        for n in 0..25 {
            let title = format!("Proposal number {n:02}");
            app.db
                .create_proposal(&piazza_store::proposals::NewProposal {
                    process: process_id,
                    title: &title,
                    body: "Text",
                    category: None,
                    address: None,
                    neighbourhood: None,
                    point: None,
                    locale: "en",
                    author,
                    shuffle_key: (n * 7_919) % 25,
                    provenance: piazza_store::proposals::Provenance::ONLINE,
                })
                .await
                .unwrap();
        }
        let visitor = app.client();
        let first = visitor.get(&format!("{address}/proposals?sort=newest")).await;
        first.assert_contains("\u{2068}25\u{2069} proposals");
        assert_eq!(crate::count(&first.body, "class=\"card\""), 20);
        first.assert_contains("Proposal number 24");
        first.assert_contains("rel=\"next\"");
        let second = visitor.get(&format!("{address}/proposals?sort=newest&page=2")).await;
        assert_eq!(crate::count(&second.body, "class=\"card\""), 5);
        second.assert_contains("Proposal number 00");

        let shuffled = visitor.get(&format!("{address}/proposals")).await.body;
        assert_eq!(shuffled, visitor.get(&format!("{address}/proposals")).await.body, "the shuffle is stable");
        assert_ne!(shuffled, first.body, "the shuffle is not the order of arrival");

        let none = visitor.get(&format!("{address}/proposals?state=accepted")).await;
        none.assert_contains("No proposal matches.");
        let unanswered = visitor.get(&format!("{address}/proposals?answered=no&page=2")).await;
        assert_eq!(crate::count(&unanswered.body, "class=\"card\""), 5);
        assert_eq!(visitor.get("/processes/not-a-number").await.status, StatusCode::NOT_FOUND);
        assert_eq!(visitor.get("/proposals/999999").await.status, StatusCode::NOT_FOUND);
    })
    .await;
}

#[tokio::test]
async fn authors_edit_until_the_first_support_and_every_version_stays_visible() {
    on_each_backend(|app| async move {
        seeded(&app).await;
        let official = app.signed_in("lorenza-official", DEMO_PASSWORD).await;
        let address = open_process(&official, "5", &[("ideate", -1, 20, &["proposals", "supports", "comments"])]).await;
        let author = app.signed_in("giulia", DEMO_PASSWORD).await;
        let created = author
            .post(
                &format!("{address}/proposals/new"),
                &[("title", "Plant four trees"), ("body", "Plant four trees by the wall.")],
            )
            .await;
        let proposal = created.location().to_owned();

        let form = author.get(&format!("{proposal}/edit")).await;
        assert_eq!(input_value(&form.body, "seen_version").as_deref(), Some("1"));
        assert_eq!(
            app.signed_in("tom", DEMO_PASSWORD).await.get(&format!("{proposal}/edit")).await.status,
            StatusCode::FORBIDDEN
        );

        let refused =
            author.post(&format!("{proposal}/edit"), &[("seen_version", "1"), ("title", "Six"), ("body", "x")]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("The title must be at least 5 characters long.");
        refused.assert_contains(">x</textarea>");

        let edited = author
            .post(
                &format!("{proposal}/edit"),
                &[("seen_version", "1"), ("title", "Plant six trees"), ("body", "Plant six trees by the south wall.")],
            )
            .await;
        assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.body);
        let history = author.follow(&edited).await;
        history.assert_contains("Version \u{2068}2\u{2069}");
        history.assert_contains("<del><span class=\"visually-hidden\">[removed] </span>four</del>");
        history.assert_contains("<ins><span class=\"visually-hidden\">[added] </span>six</ins>");
        author.get(&proposal).await.assert_contains("History of the text (\u{2068}2\u{2069} versions)");

        // An edit made on the first version, after the second was saved, is refused.
        let stale = author
            .post(&format!("{proposal}/edit"), &[("seen_version", "1"), ("title", "Plant ten trees"), ("body", "Ten.")])
            .await;
        assert_eq!(stale.status, StatusCode::UNPROCESSABLE_ENTITY);
        stale.assert_contains("Someone changed this proposal while you were reading it.");
        stale.assert_contains("value=\"Plant ten trees\"");
        assert_eq!(input_value(&stale.body, "seen_version").as_deref(), Some("2"));

        app.signed_in("tom", DEMO_PASSWORD).await.post(&format!("{proposal}/support"), &[]).await;
        let closed = author
            .post(&format!("{proposal}/edit"), &[("seen_version", "2"), ("title", "Plant ten trees"), ("body", "Ten.")])
            .await;
        assert_eq!(closed.status, StatusCode::UNPROCESSABLE_ENTITY);
        closed.assert_contains("Once a proposal has a support or a comment");
        let id = proposal.rsplit('/').next().unwrap().parse().unwrap();
        let stored = app.db.proposal(piazza_domain::ProposalId(id)).await.unwrap().unwrap();
        assert_eq!((stored.title.as_str(), stored.version), ("Plant six trees", 2));
        assert_eq!(app.db.proposal_versions(stored.id).await.unwrap().len(), 2);
    })
    .await;
}

#[tokio::test]
async fn amendments_are_accepted_as_new_versions_or_rejected_with_reasons() {
    on_each_backend(|app| async move {
        seeded(&app).await;
        let official = app.signed_in("lorenza-official", DEMO_PASSWORD).await;
        let address =
            open_process(&official, "5", &[("ideate", -1, 20, &["proposals", "supports", "amendments"])]).await;
        let author = app.signed_in("amina", DEMO_PASSWORD).await;
        let created = author
            .post(
                &format!("{address}/proposals/new"),
                &[("title", "A library bus"), ("body", "A bus with books, twice a month.")],
            )
            .await;
        let proposal = created.location().to_owned();
        // A support closes direct editing: from now on the text changes through amendments.
        app.signed_in("tom", DEMO_PASSWORD).await.post(&format!("{proposal}/support"), &[]).await;

        let giulia = app.signed_in("giulia", DEMO_PASSWORD).await;
        let form = giulia.get(&format!("{proposal}/amendments/new")).await;
        assert_eq!(input_value(&form.body, "title").as_deref(), Some("A library bus"));
        let unchanged = giulia
            .post(
                &format!("{proposal}/amendments/new"),
                &[("title", "A library bus"), ("body", "A bus with books, twice a month."), ("reason", "")],
            )
            .await;
        assert_eq!(unchanged.status, StatusCode::UNPROCESSABLE_ENTITY);
        unchanged.assert_contains("The amendment does not change anything yet.");
        unchanged.assert_contains("Give a reason.");

        let proposed = giulia
            .post(
                &format!("{proposal}/amendments/new"),
                &[
                    ("title", "A library bus"),
                    ("body", "A bus with books and newspapers, every week."),
                    ("reason", "Older readers want the news."),
                ],
            )
            .await;
        assert_eq!(proposed.status, StatusCode::SEE_OTHER, "{}", proposed.body);
        let amendment = proposed.location().rsplit("#amendment-").next().unwrap().to_owned();
        let page = author.get(&proposal).await;
        page.assert_contains("Amendment by \u{2068}Giulia\u{2069}");
        page.assert_contains("Waiting for the authors");
        page.assert_contains("<ins><span class=\"visually-hidden\">[added] </span>newspapers,</ins>");

        // Only the proposal's authors decide.
        let refused = giulia.post(&format!("/amendments/{amendment}/accept"), &[]).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        let accepted = author.post(&format!("/amendments/{amendment}/accept"), &[]).await;
        assert_eq!(accepted.status, StatusCode::SEE_OTHER);
        let page = app.client().get(&proposal).await;
        page.assert_contains("A bus with books and newspapers, every week.");
        page.assert_contains("Accepted by the authors");
        let history = app.client().get(&format!("{proposal}/versions")).await;
        history.assert_contains("from an amendment by \u{2068}Giulia\u{2069}");
        let again = author.post(&format!("/amendments/{amendment}/accept"), &[]).await;
        again.assert_contains("Someone changed this proposal while you were reading it.");

        let second = giulia
            .post(
                &format!("{proposal}/amendments/new"),
                &[("title", "A library bus"), ("body", "A bus every day."), ("reason", "Why wait?")],
            )
            .await;
        let second = second.location().rsplit("#amendment-").next().unwrap().to_owned();
        let no_reason = author.post(&format!("/amendments/{second}/reject"), &[("rejection_reason", " ")]).await;
        assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
        no_reason.assert_contains("Give the reasons for this decision.");
        no_reason.assert_contains(&format!("<a href=\"#rejection_reason-{second}\">"));
        let rejected = author
            .post(
                &format!("/amendments/{second}/reject"),
                &[("rejection_reason", "The budget covers one trip a week.")],
            )
            .await;
        assert_eq!(rejected.status, StatusCode::SEE_OTHER);
        let page = app.client().get(&proposal).await;
        page.assert_contains("Rejected by the authors");
        page.assert_contains("The budget covers one trip a week.");
        page.assert_contains("A bus with books and newspapers, every week.");
    })
    .await;
}

#[tokio::test]
async fn authors_invite_people_and_organisations_to_co_author() {
    on_each_backend(|app| async move {
        seeded(&app).await;
        let official = app.signed_in("lorenza-official", DEMO_PASSWORD).await;
        let address =
            open_process(&official, "5", &[("ideate", -1, 20, &["proposals", "supports", "amendments"])]).await;
        let author = app.signed_in("giulia", DEMO_PASSWORD).await;
        let created = author
            .post(
                &format!("{address}/proposals/new"),
                &[("title", "A repair café"), ("body", "Monthly, in the library.")],
            )
            .await;
        let proposal = created.location().to_owned();

        let unknown =
            author.post(&format!("{proposal}/coauthors"), &[("invitee_kind", "person"), ("invitee", "nobody")]).await;
        assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
        unknown.assert_contains("Nobody has this username.");
        assert_eq!(input_value(&unknown.body, "invitee").as_deref(), Some("nobody"));
        let outsider = app.signed_in("tom", DEMO_PASSWORD).await;
        let refused =
            outsider.post(&format!("{proposal}/coauthors"), &[("invitee_kind", "person"), ("invitee", "tom")]).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);

        let invited =
            author.post(&format!("{proposal}/coauthors"), &[("invitee_kind", "person"), ("invitee", "Samir")]).await;
        assert_eq!(invited.status, StatusCode::SEE_OTHER, "{}", invited.body);
        author.follow(&invited).await.assert_contains("invited, waiting for an answer");
        let twice =
            author.post(&format!("{proposal}/coauthors"), &[("invitee_kind", "person"), ("invitee", "samir")]).await;
        twice.assert_contains("They have been invited already.");
        author
            .post(
                &format!("{proposal}/coauthors"),
                &[("invitee_kind", "organisation"), ("invitee", "lorenza-civic-lab")],
            )
            .await;

        // Samir sees the invitation on his account and on the proposal, and accepts.
        let samir = app.signed_in("samir", DEMO_PASSWORD).await;
        samir.get("/account").await.assert_contains("A repair café");
        let page = samir.get(&proposal).await;
        page.assert_contains("You are invited to co-author this proposal");
        let id = proposal.rsplit('/').next().unwrap().parse().unwrap();
        let invitations = app.db.coauthors_of(piazza_domain::ProposalId(id)).await.unwrap();
        let to_samir = invitations.iter().find(|c| c.account_id.is_some()).unwrap().id;
        let to_lab = invitations.iter().find(|c| c.organisation_id.is_some()).unwrap().id;
        assert_eq!(outsider.post(&format!("/invitations/{to_samir}/accept"), &[]).await.status, StatusCode::FORBIDDEN);
        assert_eq!(samir.post(&format!("/invitations/{to_samir}/accept"), &[]).await.status, StatusCode::SEE_OTHER);
        let page = app.client().get(&proposal).await;
        page.assert_contains("<bdi>سمير الحداد</bdi>");

        // As a co-author, Samir may now change the text.
        let edited = samir
            .post(
                &format!("{proposal}/edit"),
                &[("seen_version", "1"), ("title", "A repair café"), ("body", "Monthly, in the library, with tools.")],
            )
            .await;
        assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.body);

        // The lab's manager (Tom) answers for the organisation; a member who is not a manager cannot.
        assert_eq!(
            app.signed_in("amina", DEMO_PASSWORD)
                .await
                .post(&format!("/invitations/{to_lab}/accept"), &[])
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        outsider
            .get("/account")
            .await
            .assert_contains("for \u{2068}Civic Innovation Lab, University of Lorenza\u{2069}");
        assert_eq!(outsider.post(&format!("/invitations/{to_lab}/decline"), &[]).await.status, StatusCode::SEE_OTHER);
        let page = app.client().get(&proposal).await;
        page.assert_lacks("href=\"/o/lorenza-civic-lab\"");
    })
    .await;
}

#[tokio::test]
async fn an_official_merges_a_proposal_into_another_with_public_reasons() {
    on_each_backend(|app| async move {
        seeded(&app).await;
        let official = app.signed_in("lorenza-official", DEMO_PASSWORD).await;
        let address = open_process(&official, "5", &[("ideate", -1, 20, &["proposals", "supports"])]).await;
        let resident = app.signed_in("giulia", DEMO_PASSWORD).await;
        let first = resident
            .post(&format!("{address}/proposals/new"), &[("title", "Benches by the bridge"), ("body", "Four benches.")])
            .await
            .location()
            .to_owned();
        let second = resident
            .post(&format!("{address}/proposals/new"), &[("title", "Seats near the bridge"), ("body", "Some seats.")])
            .await
            .location()
            .to_owned();
        let first_id = first.rsplit('/').next().unwrap().to_owned();
        let page = official.get(&second).await;
        page.assert_contains(&format!("<option value=\"{first_id}\">Benches by the bridge</option>"));

        let incomplete = official
            .post(&format!("{second}/answer"), &[("seen_state", "published"), ("state", "merged"), ("answer", "")])
            .await;
        assert_eq!(incomplete.status, StatusCode::UNPROCESSABLE_ENTITY);
        incomplete.assert_contains("Choose the proposal to merge this one into.");
        incomplete.assert_contains("Give the reasons for this decision.");

        let merged = official
            .post(
                &format!("{second}/answer"),
                &[
                    ("seen_state", "published"),
                    ("state", "merged"),
                    ("merge_into", &first_id),
                    ("answer", "Same idea."),
                ],
            )
            .await;
        assert_eq!(merged.status, StatusCode::SEE_OTHER, "{}", merged.body);
        let page = app.client().get(&second).await;
        page.assert_contains("Merged into another proposal");
        page.assert_contains(&format!("<a href=\"/proposals/{first_id}\" dir=\"auto\">Benches by the bridge</a>"));
        page.assert_contains("Same idea.");
        let refused = resident.post(&format!("{second}/support"), &[]).await;
        refused.assert_contains("This proposal is closed");
    })
    .await;
}

#[tokio::test]
async fn a_form_sent_twice_creates_one_record() {
    on_each_backend(|app| async move {
        seeded(&app).await;
        let official = app.signed_in("lorenza-official", DEMO_PASSWORD).await;
        let address = open_process(&official, "5", &[("ideate", -1, 20, &["proposals", "supports", "comments"])]).await;
        let resident = app.signed_in("giulia", DEMO_PASSWORD).await;
        let form = resident.get(&format!("{address}/proposals/new")).await;
        let token = input_value(&form.body, "submission").expect("the form carries a submission token");
        assert_eq!(token.len(), 64);

        // Refused first, then corrected and sent twice with the same token.
        let refused = resident
            .post(&format!("{address}/proposals/new"), &[("submission", &token), ("title", "Tiny"), ("body", "Text")])
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(input_value(&refused.body, "submission").as_deref(), Some(token.as_str()));
        let fields = [("submission", token.as_str()), ("title", "A bench by the fountain"), ("body", "One bench.")];
        let first = resident.post(&format!("{address}/proposals/new"), &fields).await;
        let second = resident.post(&format!("{address}/proposals/new"), &fields).await;
        assert_eq!(first.status, StatusCode::SEE_OTHER);
        assert_eq!(second.location(), first.location(), "the repeat shows what the first created");
        let process = piazza_domain::ProcessId(address.rsplit('/').next().unwrap().parse().unwrap());
        let filter = piazza_app::records::ProposalFilter {
            process,
            state: None,
            answered: None,
            category: None,
            neighbourhood: None,
            order: piazza_app::records::ProposalOrder::Newest,
            limit: 10,
            offset: 0,
        };
        assert_eq!(app.db.proposals(&filter).await.unwrap().1, 1);

        let proposal = first.location().to_owned();
        let page = resident.get(&proposal).await;
        let comment_token = input_value(&page.body, "submission").unwrap();
        let comment = [("submission", comment_token.as_str()), ("stance", "neutral"), ("body", "Only once, please.")];
        resident.post(&format!("{proposal}/comments"), &comment).await;
        resident.post(&format!("{proposal}/comments"), &comment).await;
        assert_eq!(crate::count(&resident.get(&proposal).await.body, "Only once, please."), 1);
    })
    .await;
}

#[tokio::test]
async fn an_easy_read_version_is_offered_and_shown_first_to_readers_who_chose_it() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let giulia = app.db.account_by_username("giulia").await.unwrap().unwrap();
        let lorenza = app.db.community_by_slug("lorenza").await.unwrap().unwrap();
        let mut hers = None;
        for process in app.db.processes_in(lorenza.id).await.unwrap() {
            let filter = piazza_app::records::ProposalFilter::all_of(process.id);
            let found = app.db.proposals(&filter).await.unwrap().0;
            if let Some(proposal) = found.into_iter().find(|p| p.created_by == Some(giulia.id.0) && !p.hidden) {
                hers = Some(proposal.id.0);
                break;
            }
        }
        let path = format!("/proposals/{}", hers.expect("Giulia wrote a proposal in Lorenza"));

        let stranger = app.register("stranger").await;
        let refused = stranger.post(&format!("{path}/easy-read"), &[("easy_read", "Parole facili.")]).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);

        let author = app.signed_in("giulia", DEMO_PASSWORD).await;
        let long = "parola ".repeat(300);
        let too_long = author.post(&format!("{path}/easy-read"), &[("easy_read", &long)]).await;
        assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
        too_long.assert_contains("href=\"#easy_read\"");
        let easy = "Una panchina sotto gli alberi. Per riposare.";
        let saved = author.post(&format!("{path}/easy-read"), &[("easy_read", easy)]).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER);

        // Everyone finds it after the full text; a reader who chose easy-read sees it first.
        let page = app.client().get(&path).await;
        let (easy_at, full_at) = (page.body.find(easy).unwrap(), page.body.find("class=\"prose\"").unwrap());
        assert!(full_at < easy_at, "the full text comes first by default");
        let reader = app.client();
        reader.post("/display", &[("display", "easy-read"), ("return_to", "/")]).await;
        let page = reader.get(&path).await;
        let (easy_at, full_at) = (page.body.find(easy).unwrap(), page.body.find("class=\"prose\"").unwrap());
        assert!(easy_at < full_at, "easy-read first for whoever chose it");
        page.assert_contains("The full text");
    })
    .await;
}
