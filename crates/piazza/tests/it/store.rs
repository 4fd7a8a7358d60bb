//! What runs behind the pages: housekeeping, mail retries, one-time markers.

use std::time::Duration;

use piazza_app::mail::{MailTransport, deliver_due_mail};
use piazza_testkit::{PASSWORD, TempDir, TestDb};

#[tokio::test]
async fn housekeeping_removes_expired_sessions_and_old_failures_only() {
    for database in TestDb::all().await {
        let db = &database.db;
        let account = piazza_app::accounts::create_instance_admin(db, "keeper", "Keeper", PASSWORD).await.unwrap();
        let now = piazza_domain::now();
        db.create_session("expired", account, now - Duration::from_secs(60)).await.unwrap();
        db.create_session("current", account, now + Duration::from_secs(3600)).await.unwrap();
        db.create_password_reset(account, "old-link", now - Duration::from_secs(1)).await.unwrap();
        assert_eq!(db.session_account("expired").await.unwrap(), None, "on {}", database.backend);
        assert_eq!(db.session_account("current").await.unwrap(), Some(account));
        assert_eq!(db.prune_sessions().await.unwrap(), 2, "on {}", database.backend);
        assert_eq!(db.count_sessions(account).await.unwrap(), 1);

        db.record_sign_in_failure("account:keeper").await.unwrap();
        assert_eq!(db.prune_sign_in_failures(now - Duration::from_secs(3600)).await.unwrap(), 0);
        assert_eq!(db.prune_sign_in_failures(piazza_domain::now() + Duration::from_secs(1)).await.unwrap(), 1);
    }
}

#[tokio::test]
async fn undeliverable_mail_waits_and_is_retried_later() {
    for database in TestDb::all().await {
        let db = &database.db;
        db.enqueue_mail("not an address", "Subject", "Body").await.unwrap();
        db.enqueue_mail("someone@example.org", "Subject", "Body").await.unwrap();
        let outbox = TempDir::new("outbox");
        let transport = MailTransport::Files(outbox.path().to_owned());
        assert_eq!(
            deliver_due_mail(db, &transport, "Piazza <p@example.org>").await.unwrap(),
            1,
            "on {}",
            database.backend
        );
        assert_eq!(db.pending_mail_count().await.unwrap(), 1, "the bad message stays in the outbox");
        assert!(db.claim_mail().await.unwrap().is_none(), "and is not retried at once");
    }
}

#[tokio::test]
async fn concurrent_workers_never_claim_the_same_message() {
    for database in TestDb::all().await {
        let db = &database.db;
        for n in 0..6 {
            db.enqueue_mail(&format!("person{n}@example.org"), "Subject", "Body").await.unwrap();
        }
        let claims = futures_join(db).await;
        let mut ids: Vec<i64> = claims.into_iter().flatten().map(|mail| mail.id).collect();
        let claimed = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), claimed, "on {}: a message was claimed twice", database.backend);
        assert_eq!(claimed, 6);
    }
}

async fn futures_join(db: &piazza_store::Db) -> Vec<Option<piazza_store::mail::OutgoingMail>> {
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let db = db.clone();
            tokio::spawn(async move { db.claim_mail().await.unwrap() })
        })
        .collect();
    let mut claims = Vec::new();
    for task in tasks {
        claims.push(task.await.unwrap());
    }
    claims
}

#[tokio::test]
async fn a_one_time_marker_is_claimed_once() {
    for database in TestDb::all().await {
        assert!(database.db.claim_setting("marker", "first").await.unwrap());
        assert!(!database.db.claim_setting("marker", "second").await.unwrap(), "on {}", database.backend);
    }
}

#[tokio::test]
async fn admin_create_promotes_an_existing_account_and_resets_its_password() {
    for database in TestDb::all().await {
        let db = &database.db;
        let id = piazza_app::accounts::create_instance_admin(db, "ops", "Ops", PASSWORD).await.unwrap();
        db.set_instance_admin(id, false).await.unwrap();
        let again =
            piazza_app::accounts::create_instance_admin(db, "ops", "Ops", "another long password").await.unwrap();
        assert_eq!(again, id);
        let account = db.account(id).await.unwrap().unwrap();
        assert!(account.is_instance_admin, "on {}", database.backend);
        assert!(piazza_app::security::verify_password(&account.password_hash, "another long password").await);
    }
}
