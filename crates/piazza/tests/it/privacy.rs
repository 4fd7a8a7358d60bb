//! Privacy by design: a person erases their account, and nothing left in the database leads
//! back to them, while what they wrote stays readable and their votes stay counted.

use axum::http::StatusCode;
use piazza_app::records::ProposalFilter;
use piazza_store::Db;

/// The proposals of every process of the demo, with their authors and support counts.
async fn all_proposals(db: &Db) -> Vec<(i64, Option<i64>, i64)> {
    let mut found = Vec::new();
    for community in ["lorenza", "san-vito-al-lora", "pietrabuona"] {
        let community = db.community_by_slug(community).await.unwrap().unwrap();
        for process in db.processes_in(community.id).await.unwrap() {
            let filter = ProposalFilter::all_of(process.id);
            for proposal in db.proposals(&filter).await.unwrap().0 {
                found.push((proposal.id.0, proposal.created_by, proposal.support_count));
            }
        }
    }
    found.sort();
    found
}

/// Every budget's number of ballots.
async fn ballot_counts(db: &Db) -> Vec<(i64, i64)> {
    let mut counts = Vec::new();
    for community in ["lorenza", "san-vito-al-lora", "pietrabuona"] {
        let community = db.community_by_slug(community).await.unwrap().unwrap();
        for process in db.processes_in(community.id).await.unwrap() {
            for budget in db.budgets_of(process.id).await.unwrap() {
                counts.push((budget.id, db.ballots_in(budget.id).await.unwrap().len() as i64));
            }
        }
    }
    counts
}

#[tokio::test]
async fn erasing_an_account_leaves_nothing_that_leads_back_to_the_person() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let db = &app.db;
        let giulia = db.account_by_username("giulia").await.unwrap().unwrap();
        let (id, email) = (giulia.id.0, giulia.email.clone().unwrap());
        let before = all_proposals(db).await;
        let hers: Vec<i64> = before.iter().filter(|(_, author, _)| *author == Some(id)).map(|(p, _, _)| *p).collect();
        assert!(!hers.is_empty(), "the demo gives Giulia proposals");
        let ballots_before = ballot_counts(db).await;
        let account_key = format!("account:{id}");
        assert!(!db.tables_holding(&account_key).await.unwrap().is_empty(), "she has voted in a budget");
        assert!(!db.tables_holding(&email).await.unwrap().is_empty());

        let client = app.signed_in("giulia", piazza_app::demo::DEMO_PASSWORD).await;
        let page = client.get("/account/erase").await;
        page.assert_contains("Deleting your account cannot be undone.");
        let refused = client.post("/account/erase", &[("password", "not my password")]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(db.account_by_username("giulia").await.unwrap().is_some(), "a wrong password erases nothing");
        let erased = client.post("/account/erase", &[("password", piazza_app::demo::DEMO_PASSWORD)]).await;
        assert_eq!(erased.status, StatusCode::OK);
        erased.assert_contains("Your account has been deleted");
        erased.assert_lacks("(Giulia");
        assert!(erased.set_cookies().iter().any(|cookie| cookie.contains("Max-Age=0")), "{:?}", erased.set_cookies());

        // Nothing of her is left: no username, no email, no register entry, no account.
        assert!(db.account_by_username("giulia").await.unwrap().is_none());
        for needle in ["giulia", email.as_str(), account_key.as_str()] {
            assert_eq!(
                db.tables_holding(needle).await.unwrap(),
                Vec::<(String, String)>::new(),
                "{needle} on {}",
                app.backend
            );
        }
        assert_eq!(client.get("/account").await.status, StatusCode::SEE_OTHER, "her session is gone");
        let again = app
            .client()
            .post("/signin", &[("username", "giulia"), ("password", piazza_app::demo::DEMO_PASSWORD)])
            .await;
        assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);

        // What she wrote stays, unattributed; supports and ballots still count.
        let after = all_proposals(db).await;
        assert_eq!(after.len(), before.len());
        for ((proposal, author, supports), (_, author_after, supports_after)) in before.iter().zip(&after) {
            assert_eq!(supports, supports_after, "proposal {proposal} keeps its supports");
            if *author == Some(id) {
                assert_eq!(*author_after, None);
            } else {
                assert_eq!(author, author_after);
            }
        }
        let page = app.client().get(&format!("/proposals/{}", hers[0])).await;
        assert_eq!(page.status, StatusCode::OK);
        page.assert_contains("a former participant");
        assert_eq!(ballot_counts(db).await, ballots_before);
    })
    .await;
}

/// The files of a zip archive written with the "stored" method, by name.
fn unzip(bytes: &[u8]) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut at = 0;
    while bytes.len() >= at + 30 && bytes[at..at + 4] == [0x50, 0x4b, 0x03, 0x04] {
        let word = |offset: usize| u16::from_le_bytes([bytes[at + offset], bytes[at + offset + 1]]) as usize;
        let size = u32::from_le_bytes([bytes[at + 22], bytes[at + 23], bytes[at + 24], bytes[at + 25]]) as usize;
        let (name_length, extra_length) = (word(26), word(28));
        let name = String::from_utf8(bytes[at + 30..at + 30 + name_length].to_vec()).unwrap();
        let start = at + 30 + name_length + extra_length;
        files.push((name, String::from_utf8(bytes[start..start + size].to_vec()).unwrap()));
        at = start + size;
    }
    files
}

#[tokio::test]
async fn a_person_sees_and_downloads_everything_held_about_them() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let giulia = app.db.account_by_username("giulia").await.unwrap().unwrap();
        let client = app.signed_in("giulia", piazza_app::demo::DEMO_PASSWORD).await;
        let page = client.get("/account/data").await;
        assert_eq!(page.status, StatusCode::OK);
        page.assert_contains("Proposals you wrote");
        page.assert_contains(giulia.email.as_deref().unwrap());
        assert!(crate::links(&page.body).contains(&"/account/data.zip".to_owned()));

        let download = client.get("/account/data.zip").await;
        assert_eq!(download.header("content-type"), "application/zip");
        let files = unzip(&download.bytes);
        let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
        assert!(names.contains(&"data.json") && names.contains(&"proposals.csv"), "{names:?}");
        let json: serde_json::Value =
            serde_json::from_str(&files.iter().find(|(name, _)| name == "data.json").unwrap().1).unwrap();
        assert_eq!(json["sections"]["profile"][0]["username"], "giulia");
        assert!(json["sections"]["profile"][0].get("password_hash").is_none(), "no password fingerprint");
        let proposals = json["sections"]["proposals"].as_array().unwrap();
        assert!(!proposals.is_empty());
        let author = giulia.id.0.to_string();
        assert!(proposals.iter().all(|p| p["created_by"].as_str() == Some(author.as_str())));
        let votes = json["sections"]["budget-votes"].as_array().unwrap();
        assert!(!votes.is_empty(), "the budgets she voted in");
        assert!(votes.iter().all(|v| v.get("ballot_token").is_none()), "never which ballot was hers");
        // Another person's download holds nothing of hers.
        let tom = app.signed_in("tom", piazza_app::demo::DEMO_PASSWORD).await;
        let theirs = unzip(&tom.get("/account/data.zip").await.bytes);
        assert!(theirs.iter().all(|(_, content)| !content.contains(giulia.email.as_deref().unwrap())));
        assert_eq!(app.client().get("/account/data.zip").await.status, StatusCode::SEE_OTHER, "signed-in only");
    })
    .await;
}

#[tokio::test]
async fn consent_is_given_and_withdrawn_in_one_action_each_and_every_answer_is_kept() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let person = app.register("consenting").await;
        let page = person.get("/account/consents").await;
        assert_eq!(page.status, StatusCode::OK);
        page.assert_contains("Being contacted");
        page.assert_contains("You have not given this consent.");
        // Registering gave the consent to taking part, and only that one.
        page.assert_contains("You gave this consent on");
        page.assert_lacks("You have not answered anything yet.");

        let given = person.post("/account/consents", &[("purpose", "contact"), ("answer", "grant")]).await;
        assert_eq!(given.location(), "/account/consents?saved=1#consent-contact");
        let page = person.follow(&given).await;
        page.assert_contains("Your answer has been recorded.");
        page.assert_contains("You gave this consent on");
        page.assert_contains("Withdraw my consent<span class=\"visually-hidden\">: Being contacted</span>");
        let account = app.db.account_by_username("consenting").await.unwrap().unwrap();
        assert!(
            piazza_app::consents::has_consented(&app.db, account.id, piazza_domain::ConsentPurpose::Contact)
                .await
                .unwrap()
        );

        let withdrawn = person.post("/account/consents", &[("purpose", "contact"), ("answer", "withdraw")]).await;
        let page = person.follow(&withdrawn).await;
        page.assert_contains("You withdrew this consent on");
        assert!(
            !piazza_app::consents::has_consented(&app.db, account.id, piazza_domain::ConsentPurpose::Contact)
                .await
                .unwrap()
        );
        // Both answers stay in the ledger, with the notice version and the legal basis.
        // Registering was consenting to taking part, under the notice the form showed.
        let ledger = app.db.consent_records(account.id).await.unwrap();
        assert_eq!(
            ledger.iter().map(|r| (r.purpose.as_str(), r.granted)).collect::<Vec<_>>(),
            vec![("contact", false), ("contact", true), ("taking-part", true)]
        );
        assert!(ledger.iter().all(|r| r.notice_version == 1 && r.legal_basis == "consent" && r.channel == "online"));
        assert_eq!(page.body.matches("consent (GDPR art. 6.1.a)").count(), 3);
        let refused = person.post("/account/consents", &[("purpose", "selling-data"), ("answer", "grant")]).await;
        assert_ne!(refused.status, StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(app.db.consent_records(account.id).await.unwrap().len(), 3, "an unknown purpose records nothing");
    })
    .await;
}

#[tokio::test]
async fn personal_data_past_its_retention_period_is_forgotten_and_the_record_of_processing_says_so() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let db = &app.db;
        let retention =
            piazza_app::privacy::Retention { sent_mail_days: 10, notifications_days: 100, meeting_needs_days: 5 };
        // Nothing of the fresh demo is old enough yet.
        let now = piazza_domain::now();
        assert_eq!(piazza_app::privacy::enforce(db, &retention, now).await.unwrap(), Default::default());
        let tom = db.account_by_username("tom").await.unwrap().unwrap();
        let note = piazza_store::notifications::NewNotification {
            kind: "proposal-answered",
            title: "Panchine",
            link: "/proposals/1",
            actor: None,
            detail: None,
        };
        db.create_notifications(&note, &[tom.id.0], &[]).await.unwrap();
        assert!(db.row_count("notifications").await.unwrap() > 0);

        // A year on, notifications and the needs of meetings long over are forgotten.
        let later = now + time::Duration::days(400);
        let forgotten = piazza_app::privacy::enforce(db, &retention, later).await.unwrap();
        assert!(forgotten.notifications > 0, "{forgotten:?} on {}", app.backend);
        assert_eq!(db.row_count("notifications").await.unwrap(), 0);
        assert_eq!(piazza_app::privacy::enforce(db, &retention, later).await.unwrap(), Default::default(), "once");

        // The record of processing states the instance's periods.
        let page = app.client().get("/c/lorenza/privacy").await;
        assert_eq!(page.status, StatusCode::OK);
        page.assert_contains("uses personal data</h1>");
        page.assert_contains("\u{2068}365\u{2069} days");
        page.assert_contains("\u{2068}30\u{2069} days");
    })
    .await;
}

#[tokio::test]
async fn anyone_reports_an_accessibility_barrier_and_the_community_administrators_read_it() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        // Every page links to the statement.
        let front = app.client().get("/").await;
        assert!(crate::links(&front.body).contains(&"/accessibility".to_owned()));
        let visitor = app.client();
        let statement = visitor.get("/accessibility?page=/c/lorenza").await;
        statement.assert_contains("WCAG 2.2");
        assert_eq!(crate::input_value(&statement.body, "page").as_deref(), Some("/c/lorenza"));

        // Without a description the report is refused, keeping what was typed.
        let refused = visitor.post("/accessibility", &[("page", "/c/lorenza"), ("community", "lorenza")]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("Describe what went wrong.");
        refused.assert_contains("<option value=\"lorenza\" selected>");
        let description = "The map point fields have no unit and my screen reader reads nothing.";
        let sent = visitor
            .post(
                "/accessibility",
                &[("page", "/c/lorenza"), ("community", "lorenza"), ("description", description), ("contact", "")],
            )
            .await;
        assert_eq!(sent.location(), "/accessibility?reported=1#report");
        visitor.follow(&sent).await.assert_contains("your report has been sent to the administrators");

        // Lorenza's administrators read it; a resident and another community's do not.
        let admin = app.signed_in("lorenza-admin", piazza_app::demo::DEMO_PASSWORD).await;
        admin.get("/c/lorenza").await.assert_contains("/c/lorenza/barriers");
        admin.get("/c/lorenza/barriers").await.assert_contains(description);
        let resident = app.signed_in("tom", piazza_app::demo::DEMO_PASSWORD).await;
        assert_eq!(resident.get("/c/lorenza/barriers").await.status, StatusCode::FORBIDDEN);
        let elsewhere = app.signed_in("sanvito-admin", piazza_app::demo::DEMO_PASSWORD).await;
        elsewhere.get("/c/san-vito-al-lora/barriers").await.assert_lacks(description);
    })
    .await;
}

#[tokio::test]
async fn display_preferences_work_without_script_and_are_remembered_for_signed_in_people() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let visitor = app.client();
        let plain = visitor.get("/accessibility").await;
        assert!(plain.set_cookies().is_empty(), "a plain visit sets no cookie");
        assert!(plain.body.contains("<html lang=\"en\" dir=\"ltr\">"));
        let fields = [("display", "high-contrast"), ("display", "large-text"), ("return_to", "/accessibility#display")];
        let saved = visitor.post("/display", &fields).await;
        assert_eq!(saved.location(), "/accessibility#display");
        assert!(saved.set_cookies().iter().any(|c| c.starts_with("piazza_display=large-text.high-contrast")));
        let page = visitor.get("/").await;
        assert!(
            page.body.contains("<html lang=\"en\" dir=\"ltr\" class=\"large-text high-contrast\">"),
            "{}",
            &page.body[..200]
        );
        let cleared = visitor.post("/display", &[("return_to", "/")]).await;
        assert!(cleared.set_cookies().iter().any(|c| c.contains("Max-Age=0")));

        // Signed in, the choice goes with the account to any device, and no cookie is needed.
        let person = app.signed_in("amina", piazza_app::demo::DEMO_PASSWORD).await;
        let saved = person.post("/display", &[("display", "reduced-motion"), ("return_to", "/")]).await;
        assert!(!saved.set_cookies().iter().any(|c| c.starts_with("piazza_display")));
        let elsewhere = app.signed_in("amina", piazza_app::demo::DEMO_PASSWORD).await;
        let page = elsewhere.get("/accessibility").await;
        assert!(page.body.contains("class=\"reduced-motion\">"));
        page.assert_contains("id=\"display-reduced-motion\" name=\"display\" value=\"reduced-motion\" checked>");
    })
    .await;
}

#[tokio::test]
async fn registering_asks_for_consent_and_then_the_questions_about_oneself() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let page = app.client().get("/register").await;
        page.assert_contains("name=\"consents\" value=\"demographics\"");
        page.assert_contains("Piazza keeps what you write, support and vote");
        let client = app.client();
        let password = piazza_testkit::PASSWORD;
        let registered = client
            .post(
                "/register",
                &[
                    ("username", "nadia"),
                    ("password", password),
                    ("password_confirmation", password),
                    ("community", "lorenza"),
                    ("consents", "demographics"),
                    ("consents", "research"),
                ],
            )
            .await;
        assert_eq!(registered.status, StatusCode::SEE_OTHER);
        assert_eq!(registered.location(), "/c/lorenza/about-you");
        let page = client.follow(&registered).await;
        page.assert_contains("name=\"age-band\"");
        let account = app.db.account_by_username("nadia").await.unwrap().unwrap();
        let mut purposes: Vec<String> =
            app.db.consent_records(account.id).await.unwrap().into_iter().map(|r| r.purpose).collect();
        purposes.sort();
        assert_eq!(purposes, vec!["demographics", "research", "taking-part"]);
    })
    .await;
}

#[tokio::test]
async fn a_changed_notice_is_flagged_on_the_account_page_until_answered_again() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let person = app.register("reconsider").await;
        person.get("/account").await.assert_lacks("has changed: read it again");
        let account = app.db.account_by_username("reconsider").await.unwrap().unwrap();
        // An answer given to an earlier version of the research notice.
        app.db
            .record_consent(&piazza_store::consents::NewConsent {
                account: account.id,
                purpose: "research",
                notice_version: 0,
                granted: true,
                channel: "online",
                recorded_by: None,
                legal_basis: "consent",
            })
            .await
            .unwrap();
        person.get("/account").await.assert_contains("has changed: read it again");
        person.post("/account/consents", &[("purpose", "research"), ("answer", "grant")]).await;
        person.get("/account").await.assert_lacks("has changed: read it again");
    })
    .await;
}
