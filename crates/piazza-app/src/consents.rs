//! Consent, given and withdrawn as easily: each is a record in the ledger, and what a person
//! has consented to is their latest record per purpose, if it was given to the notice in force.

use piazza_domain::{AccountId, ConsentChannel, ConsentPurpose};
use piazza_store::Db;
use piazza_store::consents::{ConsentRecord, NewConsent};
use time::OffsetDateTime;

use crate::accounts::Actor;
use crate::{AppResult, FormErrors};

/// Where a person stands on one purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentState {
    /// Never asked, or never answered.
    NotGiven,
    Granted(OffsetDateTime),
    Withdrawn(OffsetDateTime),
    /// Given to an earlier notice: the notice has changed since, so the person is asked again
    /// and, until they answer, it does not count.
    AskedAgain(OffsetDateTime),
}

impl ConsentState {
    pub fn counts(self) -> bool {
        matches!(self, ConsentState::Granted(_))
    }
}

/// The state of one purpose given a person's ledger, newest record first.
pub fn state_of(purpose: ConsentPurpose, ledger: &[ConsentRecord]) -> ConsentState {
    match ledger.iter().find(|record| record.purpose == purpose.key()) {
        None => ConsentState::NotGiven,
        Some(record) if !record.granted => ConsentState::Withdrawn(record.created_at),
        Some(record) if record.notice_version < purpose.notice_version() => ConsentState::AskedAgain(record.created_at),
        Some(record) => ConsentState::Granted(record.created_at),
    }
}

/// Every purpose with where the person stands, and their whole ledger.
pub async fn consents_of(
    db: &Db,
    account: AccountId,
) -> AppResult<(Vec<(ConsentPurpose, ConsentState)>, Vec<ConsentRecord>)> {
    let ledger = db.consent_records(account).await?;
    let states = ConsentPurpose::ALL.iter().map(|purpose| (*purpose, state_of(*purpose, &ledger))).collect();
    Ok((states, ledger))
}

/// Whether a person has consented to a purpose, under the notice in force.
pub async fn has_consented(db: &Db, account: AccountId, purpose: ConsentPurpose) -> AppResult<bool> {
    Ok(state_of(purpose, &db.consent_records(account).await?).counts())
}

/// Records consents a person gave online, each to the notice in force.
pub async fn grant_online(db: &Db, account: AccountId, purposes: &[ConsentPurpose]) -> AppResult<()> {
    for purpose in purposes {
        db.record_consent(&NewConsent {
            account,
            purpose: purpose.key(),
            notice_version: purpose.notice_version(),
            granted: true,
            channel: ConsentChannel::Online.key(),
            recorded_by: None,
            legal_basis: purpose.legal_basis(),
        })
        .await?;
    }
    Ok(())
}

/// A person grants (`granted`) or withdraws consent online, in one action either way.
pub async fn answer(db: &Db, actor: &Actor, purpose: &str, granted: bool) -> AppResult<()> {
    let Some(purpose) = ConsentPurpose::parse(purpose) else {
        return Err(FormErrors::single("purpose", "error-choose-one").into());
    };
    db.record_consent(&NewConsent {
        account: actor.id(),
        purpose: purpose.key(),
        notice_version: purpose.notice_version(),
        granted,
        channel: ConsentChannel::Online.key(),
        recorded_by: None,
        legal_basis: purpose.legal_basis(),
    })
    .await?;
    // Without consent the answers about oneself have no basis to be kept: they go at once.
    if !granted && purpose == ConsentPurpose::Demographics {
        db.forget_demographic_answers(actor.id()).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: i64, purpose: ConsentPurpose, version: i64, granted: bool) -> ConsentRecord {
        ConsentRecord {
            id,
            purpose: purpose.key().to_owned(),
            notice_version: version,
            granted,
            channel: "online".to_owned(),
            recorded_by: None,
            recorded_by_name: None,
            legal_basis: purpose.legal_basis().to_owned(),
            created_at: time::macros::datetime!(2026-11-22 12:00 UTC),
        }
    }

    #[test]
    fn the_latest_answer_counts_and_an_older_notice_asks_again() {
        let contact = ConsentPurpose::Contact;
        assert_eq!(state_of(contact, &[]), ConsentState::NotGiven);
        let granted = record(2, contact, contact.notice_version(), true);
        let withdrawn = record(3, contact, contact.notice_version(), false);
        // Newest first, as the store gives them.
        assert!(state_of(contact, std::slice::from_ref(&granted)).counts());
        assert!(!state_of(contact, &[withdrawn.clone(), granted.clone()]).counts());
        assert!(matches!(state_of(contact, &[withdrawn]), ConsentState::Withdrawn(_)));
        let older = record(1, contact, contact.notice_version() - 1, true);
        assert!(matches!(state_of(contact, &[older]), ConsentState::AskedAgain(_)));
        assert_eq!(state_of(ConsentPurpose::Research, &[granted]), ConsentState::NotGiven, "per purpose");
    }
}
