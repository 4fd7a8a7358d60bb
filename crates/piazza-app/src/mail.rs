//! Delivering the outbox: to `.eml` files in the data directory by default, or over SMTP.

use std::path::PathBuf;
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use piazza_store::Db;
use piazza_store::mail::OutgoingMail;

use crate::{AppError, AppResult};

/// Where mail goes.
#[derive(Clone)]
pub enum MailTransport {
    /// Each message becomes an `.eml` file in this directory.
    Files(PathBuf),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

impl MailTransport {
    /// `smtp://[user:password@]host[:port]`: a relay reached without TLS, such as the
    /// mail server on the same machine or in the same private network.
    pub fn smtp(url: &str) -> AppResult<Self> {
        let invalid =
            || AppError::Internal(format!("invalid SMTP address {url:?}: expected smtp://[user:password@]host[:port]"));
        let rest = url.strip_prefix("smtp://").ok_or_else(invalid)?.trim_end_matches('/');
        let (credentials, host_port) = match rest.rsplit_once('@') {
            Some((credentials, host_port)) => (Some(credentials), host_port),
            None => (None, rest),
        };
        let (host, port) = match host_port.rsplit_once(':') {
            Some((host, port)) => (host, port.parse::<u16>().map_err(|_| invalid())?),
            None => (host_port, 25),
        };
        if host.is_empty() {
            return Err(invalid());
        }
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host).port(port);
        if let Some((user, password)) = credentials.and_then(|c| c.split_once(':')) {
            builder = builder.credentials(lettre::transport::smtp::authentication::Credentials::new(
                user.to_owned(),
                password.to_owned(),
            ));
        }
        Ok(MailTransport::Smtp(builder.build()))
    }
}

/// The longest a failing message waits before the next try.
const LONGEST_RETRY: Duration = Duration::from_secs(3600);
/// After this many attempts a message stays undelivered, with its last error, for an operator.
const MOST_ATTEMPTS: i64 = 10;

/// Sends every message that is due and returns how many were sent.
pub async fn deliver_due_mail(db: &Db, transport: &MailTransport, from: &str) -> AppResult<usize> {
    let mut sent = 0;
    while let Some(mail) = db.claim_mail().await? {
        match send(transport, from, &mail).await {
            Ok(()) => {
                db.mark_mail_sent(mail.id).await?;
                sent += 1;
            }
            Err(error) => {
                tracing::warn!(mail_id = mail.id, attempts = mail.attempts, %error, "mail delivery failed");
                let wait = (Duration::from_secs(30) * 2u32.pow(mail.attempts.clamp(0, 10) as u32)).min(LONGEST_RETRY);
                let retry_at = if mail.attempts >= MOST_ATTEMPTS {
                    piazza_domain::now() + Duration::from_secs(100 * 365 * 24 * 3600)
                } else {
                    piazza_domain::now() + wait
                };
                db.mark_mail_failed(mail.id, &error, retry_at).await?;
            }
        }
    }
    Ok(sent)
}

async fn send(transport: &MailTransport, from: &str, mail: &OutgoingMail) -> Result<(), String> {
    let from: Mailbox = from.parse().map_err(|e| format!("sender: {e}"))?;
    let to: Mailbox = mail.recipient.parse().map_err(|e| format!("recipient: {e}"))?;
    let message = Message::builder()
        .from(from)
        .to(to)
        .subject(&mail.subject)
        .header(ContentType::TEXT_PLAIN)
        .body(mail.body.clone())
        .map_err(|e| e.to_string())?;
    match transport {
        MailTransport::Files(directory) => {
            tokio::fs::create_dir_all(directory).await.map_err(|e| e.to_string())?;
            AsyncFileTransport::<Tokio1Executor>::new(directory)
                .send(message)
                .await
                .map(drop)
                .map_err(|e| e.to_string())
        }
        MailTransport::Smtp(smtp) => smtp.send(message).await.map(drop).map_err(|e| e.to_string()),
    }
}
