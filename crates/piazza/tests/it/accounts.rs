use axum::http::StatusCode;
use piazza_testkit::{PASSWORD, TempDir, on_each_backend};

use crate::{count, input_value};

#[tokio::test]
async fn a_resident_registers_signs_out_and_signs_in_again() {
    on_each_backend(|app| async move {
        let client = app.client();
        let form = client.get("/register").await;
        assert_eq!(form.status, StatusCode::OK);
        assert!(form.set_cookies().is_empty(), "a plain visit must not set a cookie");

        let registered = client
            .post(
                "/register",
                &[
                    ("username", "Nadia_R"),
                    ("display_name", "نادية"),
                    ("email", ""),
                    ("password", PASSWORD),
                    ("password_confirmation", PASSWORD),
                ],
            )
            .await;
        assert_eq!(registered.status, StatusCode::SEE_OTHER);
        let session_cookie = registered.set_cookies().into_iter().find(|c| c.starts_with("piazza_session=")).unwrap();
        assert!(session_cookie.contains("HttpOnly") && session_cookie.contains("SameSite=Lax"), "{session_cookie}");
        assert!(!session_cookie.contains("Secure"), "no Secure cookie over plain HTTP");

        let account = client.follow(&registered).await;
        account.assert_contains("Welcome to Piazza, \u{2068}نادية\u{2069}!");
        account.assert_contains("nadia_r");

        let signed_out = client.post("/signout", &[]).await;
        assert_eq!(signed_out.status, StatusCode::SEE_OTHER);
        client.get("/").await.assert_contains("href=\"/signin\"");
        assert_eq!(client.get("/account").await.status, StatusCode::SEE_OTHER, "the account page needs a session");

        let signed_in =
            client.post("/signin", &[("username", "NADIA_R"), ("password", PASSWORD), ("next", "/account")]).await;
        assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
        assert_eq!(signed_in.location(), "/account");
        client.follow(&signed_in).await.assert_contains("Your username is");
    })
    .await;
}

#[tokio::test]
async fn registration_errors_are_shown_beside_each_field_and_keep_what_was_typed() {
    on_each_backend(|app| async move {
        app.register("taken").await;
        let client = app.client();
        let response = client
            .post(
                "/register",
                &[
                    ("username", "taken"),
                    ("display_name", "Giorgio"),
                    ("email", "not-an-address"),
                    ("password", "short"),
                    ("password_confirmation", "short"),
                    ("community", "atlantis"),
                ],
            )
            .await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
        response.assert_contains("There is a problem");
        for (field, message) in [
            ("username", "This username is taken."),
            ("email", "Enter an email address like name@example.org"),
            ("password", "at least 10 characters long"),
            ("community", "Choose a community from the list."),
        ] {
            response.assert_contains(&format!("<a href=\"#{field}\">"));
            response.assert_contains(&format!("id=\"{field}-error\""));
            response.assert_contains(message);
        }
        response.assert_contains("aria-invalid=\"true\"");
        assert!(response.body.starts_with("<!doctype html>"));
        assert!(response.body.contains("<title>Error: Create an account"), "the title says there was an error");
        assert_eq!(input_value(&response.body, "display_name").as_deref(), Some("Giorgio"));
        assert_eq!(input_value(&response.body, "email").as_deref(), Some("not-an-address"));
        response.assert_lacks("value=\"short\"");
        assert!(app.db.account_by_username("giorgio").await.unwrap().is_none());

        let mismatch = client
            .post(
                "/register",
                &[("username", "giorgio"), ("password", PASSWORD), ("password_confirmation", "another long password")],
            )
            .await;
        mismatch.assert_contains("The two passwords are different.");
        assert_eq!(app.db.count_accounts().await.unwrap(), 1, "no half-written account");
    })
    .await;
}

#[tokio::test]
async fn a_wrong_password_is_refused_and_the_username_kept() {
    on_each_backend(|app| async move {
        app.register("marta").await;
        let response = app.client().post("/signin", &[("username", "marta"), ("password", "wrong password!")]).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
        response.assert_contains("The username or the password is wrong.");
        assert_eq!(input_value(&response.body, "username").as_deref(), Some("marta"));
        assert!(response.set_cookies().is_empty());
    })
    .await;
}

#[tokio::test]
async fn each_sign_in_gets_a_new_session_and_signing_out_ends_it() {
    on_each_backend(|app| async move {
        app.register("ida").await;
        let first = app.signed_in("ida", PASSWORD).await;
        let second = app.signed_in("ida", PASSWORD).await;
        let (a, b) = (first.cookie("piazza_session").await.unwrap(), second.cookie("piazza_session").await.unwrap());
        assert_ne!(a, b);
        first.post("/signout", &[]).await;
        let stale = app.client().with_header("cookie", &format!("piazza_session={a}"));
        assert_eq!(stale.get("/account").await.status, StatusCode::SEE_OTHER, "a signed-out session is dead");
        assert_eq!(second.get("/account").await.status, StatusCode::OK, "other sessions live on");
        // Signing in again from a signed-in browser replaces its session.
        second.post("/signin", &[("username", "ida"), ("password", PASSWORD)]).await;
        let c = second.cookie("piazza_session").await.unwrap();
        assert_ne!(b, c);
        let replaced = app.client().with_header("cookie", &format!("piazza_session={b}"));
        assert_eq!(replaced.get("/account").await.status, StatusCode::SEE_OTHER, "the replaced session is dead");
        // Left alive: the browser that registered, and this one.
        let ida = app.db.account_by_username("ida").await.unwrap().unwrap();
        assert_eq!(app.db.count_sessions(ida.id).await.unwrap(), 2);
    })
    .await;
}

#[tokio::test]
async fn repeated_failures_slow_down_sign_in_for_the_account_and_the_address() {
    on_each_backend(|app| async move {
        app.register("olga").await;
        let attacker = app.client_from([198, 51, 100, 9]);
        for _ in 0..5 {
            let response = attacker.post("/signin", &[("username", "olga"), ("password", "guess guess guess")]).await;
            response.assert_contains("The username or the password is wrong.");
        }
        // Even the right password now waits, from any address.
        let owner = app.client_from([192, 0, 2, 44]);
        let refused = owner.post("/signin", &[("username", "olga"), ("password", PASSWORD)]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("Too many failed attempts. Try again in");

        // One address trying many accounts is slowed down too.
        app.register("pia").await;
        for n in 0..20 {
            attacker.post("/signin", &[("username", &format!("nobody{n}")), ("password", "guess guess guess")]).await;
        }
        let blocked = attacker.post("/signin", &[("username", "pia"), ("password", PASSWORD)]).await;
        blocked.assert_contains("Too many failed attempts.");
        let elsewhere =
            app.client_from([192, 0, 2, 45]).post("/signin", &[("username", "pia"), ("password", PASSWORD)]).await;
        assert_eq!(elsewhere.status, StatusCode::SEE_OTHER, "another address is not held back");
    })
    .await;
}

#[tokio::test]
async fn changing_the_password_ends_the_other_sessions() {
    on_each_backend(|app| async move {
        let here = app.register("rosa").await;
        let elsewhere = app.signed_in("rosa", PASSWORD).await;
        let wrong = here
            .post(
                "/account/password",
                &[
                    ("current_password", "not my password"),
                    ("password", "a brand new passphrase"),
                    ("password_confirmation", "a brand new passphrase"),
                ],
            )
            .await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        wrong.assert_contains("This is not your current password.");

        let changed = here
            .post(
                "/account/password",
                &[
                    ("current_password", PASSWORD),
                    ("password", "a brand new passphrase"),
                    ("password_confirmation", "a brand new passphrase"),
                ],
            )
            .await;
        assert_eq!(changed.status, StatusCode::SEE_OTHER);
        assert_eq!(here.get("/account").await.status, StatusCode::OK);
        assert_eq!(elsewhere.get("/account").await.status, StatusCode::SEE_OTHER);
        let old = app.client().post("/signin", &[("username", "rosa"), ("password", PASSWORD)]).await;
        assert_eq!(old.status, StatusCode::UNPROCESSABLE_ENTITY);
        app.signed_in("rosa", "a brand new passphrase").await;
    })
    .await;
}

#[tokio::test]
async fn a_forgotten_password_is_reset_through_an_emailed_link() {
    on_each_backend(|app| async move {
        app.register("sara").await;
        let client = app.client();
        let requested = client.post("/password-reset", &[("username_or_email", "SARA@example.org")]).await;
        assert_eq!(requested.status, StatusCode::SEE_OTHER);
        client.follow(&requested).await.assert_contains("a link to reset the password is on its way");
        // Asking for an unknown account looks exactly the same.
        let unknown = client.post("/password-reset", &[("username_or_email", "nobody@example.org")]).await;
        assert_eq!(unknown.location(), requested.location());

        let outbox = TempDir::new("mail");
        let transport = piazza_app::mail::MailTransport::Files(outbox.path().to_owned());
        let sent =
            piazza_app::mail::deliver_due_mail(&app.db, &transport, "Piazza <piazza@example.org>").await.unwrap();
        assert_eq!(sent, 1);
        let mail = std::fs::read_dir(outbox.path()).unwrap().next().unwrap().unwrap().path();
        assert_eq!(mail.extension().and_then(|e| e.to_str()), Some("eml"));
        // Long lines arrive quoted-printable: undo the soft line breaks to read the link.
        let message = std::fs::read_to_string(&mail).unwrap().replace("=\r\n", "").replace("=\n", "");
        assert!(message.contains("Reset your Piazza password"), "{message}");
        assert!(message.contains("sara@example.org"), "{message}");
        let link_start =
            message.find("http://piazza.test/password-reset/").unwrap_or_else(|| panic!("no link in {message}"));
        let path: String = message[link_start + "http://piazza.test".len()..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/' || *c == '-')
            .collect();

        assert_eq!(client.get(&path).await.status, StatusCode::OK, "{path} from {message}");
        let short = client.post(&path, &[("password", "short"), ("password_confirmation", "short")]).await;
        short.assert_contains("at least 10 characters long");
        let reset = client
            .post(&path, &[("password", "my renewed passphrase"), ("password_confirmation", "my renewed passphrase")])
            .await;
        assert_eq!(reset.status, StatusCode::SEE_OTHER);
        assert_eq!(client.get("/account").await.status, StatusCode::OK, "the reset signs the person in");
        app.signed_in("sara", "my renewed passphrase").await;
        assert_eq!(client.get(&path).await.status, StatusCode::GONE, "a link works once");
        assert_eq!(app.db.pending_mail_count().await.unwrap(), 0);
    })
    .await;
}

#[tokio::test]
async fn forms_posted_from_another_site_are_refused() {
    on_each_backend(|app| async move {
        let client = app.register("tina").await;
        let forged = client.post_from_origin("/account", "https://evil.example", &[("display_name", "pwned")]).await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
        forged.assert_contains("You may not do this");
        let page = client.get("/account").await;
        assert_eq!(input_value(&page.body, "display_name").as_deref(), Some("tina"));
        let own = client.post("/account", &[("display_name", "Tina B."), ("email", ""), ("community", "")]).await;
        assert_eq!(own.status, StatusCode::SEE_OTHER);
        client.follow(&own).await.assert_contains("Your changes have been saved.");
        assert_eq!(count(&client.get("/account").await.body, "value=\"Tina B.\""), 1);
    })
    .await;
}
