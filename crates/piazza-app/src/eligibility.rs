//! Who may vote in a budget: a minimum age, residence in one of its districts, a check against
//! the community's census list, and how many budgets of a group one person may vote in.
//!
//! A census list holds identity numbers with birth dates (and districts). Piazza keeps only a
//! keyed hash of each identity number with its birth date; a resident who types the same pair
//! verifies once, which marks the entry used without recording by whom.

use piazza_domain::AccountId;
use piazza_store::Db;
use piazza_store::budgets::Budget;
use piazza_store::communities::Community;
use piazza_store::eligibility::Claim;
use sha2::{Digest, Sha256};
use time::Date;

use crate::accounts::Actor;
use crate::proposals::NotNow;
use crate::{AppError, AppResult, FormErrors};

/// The longest census list accepted, in entries.
const LARGEST_CENSUS: usize = 2_000_000;

/// HMAC-SHA256 (RFC 2104): a hash that only someone holding `key` can compute, so that the
/// stored hashes of a census list cannot be matched by trying every identity number and birth
/// date without the key.
fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    const BLOCK: usize = 64;
    let mut block_key = [0u8; BLOCK];
    if key.len() > BLOCK {
        block_key[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        block_key[..key.len()].copy_from_slice(key);
    }
    let inner_pad: Vec<u8> = block_key.iter().map(|byte| byte ^ 0x36).collect();
    let outer_pad: Vec<u8> = block_key.iter().map(|byte| byte ^ 0x5c).collect();
    let inner = Sha256::new().chain_update(&inner_pad).chain_update(message).finalize();
    Sha256::new().chain_update(&outer_pad).chain_update(inner).finalize().into()
}

/// An identity number reduced to its letters and digits, in capitals, so that spaces, dashes
/// and case do not matter.
pub fn normalise_identity(raw: &str) -> String {
    raw.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_uppercase).collect()
}

/// The keyed hash of an identity number with a birth date.
fn census_hash(key_hex: &str, identity: &str, born_on: Date) -> String {
    let key = hex::decode(key_hex).unwrap_or_default();
    hex::encode(hmac_sha256(&key, format!("{}|{}", normalise_identity(identity), iso_date(born_on)).as_bytes()))
}

fn iso_date(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}

/// A date written `YYYY-MM-DD` (as a date field sends it), not in the future.
pub fn parse_birth_date(raw: &str) -> Option<Date> {
    let raw = raw.trim();
    let mut parts = raw.splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    let date = Date::from_calendar_date(year, time::Month::try_from(month).ok()?, day).ok()?;
    (year >= 1900 && date <= today()).then_some(date)
}

fn today() -> Date {
    piazza_domain::now().date()
}

/// Full years between a birth date and `on`.
pub fn age_on(born_on: Date, on: Date) -> i64 {
    let mut age = i64::from(on.year() - born_on.year());
    if (u8::from(on.month()), on.day()) < (u8::from(born_on.month()), born_on.day()) {
        age -= 1;
    }
    age
}

/// Whether a signed-in resident may vote in a budget, and if not, why.
pub async fn check(db: &Db, actor: &Actor, community: &Community, budget: &Budget) -> AppResult<Result<(), NotNow>> {
    let districts = db.budget_districts(budget.id).await?;
    if budget.min_age.is_none() && !budget.census_only && districts.is_empty() {
        return Ok(Ok(()));
    }
    let Some(details) = db.voter_details(community.id, actor.id()).await? else {
        return Ok(Err(if budget.census_only { NotNow::NeedsCensus } else { NotNow::NeedsVoterDetails }));
    };
    if budget.census_only && !details.census_verified {
        return Ok(Err(NotNow::NeedsCensus));
    }
    if let Some(min_age) = budget.min_age {
        match details.born_on.as_deref().and_then(parse_birth_date) {
            None => return Ok(Err(NotNow::NeedsVoterDetails)),
            Some(born_on) if age_on(born_on, today()) < min_age => return Ok(Err(NotNow::TooYoung)),
            Some(_) => {}
        }
    }
    if !districts.is_empty() {
        match details.neighbourhood_id {
            None => return Ok(Err(NotNow::NeedsVoterDetails)),
            Some(district) if !districts.contains(&district) => return Ok(Err(NotNow::OutsideDistricts)),
            Some(_) => {}
        }
    }
    Ok(Ok(()))
}

/// The group a budget's ballots count in, for the register: its key and its limit.
pub fn group_of(budget: &Budget) -> Option<(String, i64)> {
    let name = budget.voting_group.as_deref()?;
    Some((format!("{}:{}", budget.process_id.0, name), budget.group_limit.unwrap_or(1)))
}

/// Administrators upload the community's census list as CSV: an identity number, a birth date
/// (`YYYY-MM-DD`) and optionally the name of the district, per line; a first line naming the
/// columns is skipped. The list replaces the previous one; entries already used stay used.
/// A line that cannot be read is reported with its number, and nothing is stored.
pub async fn upload_census(db: &Db, actor: &Actor, community: &Community, csv: &str) -> AppResult<usize> {
    if !actor.administers(community.id) {
        return Err(AppError::Forbidden);
    }
    let districts = db.neighbourhoods_of(community.id).await?;
    let key = match db.census_list(community.id).await? {
        Some(list) => list.hash_key,
        None => crate::security::new_token(),
    };
    let mut entries = Vec::new();
    for (index, line) in csv.lines().enumerate() {
        let number = index as i64 + 1;
        let line = line.trim().trim_start_matches('\u{feff}');
        if line.is_empty() {
            continue;
        }
        let columns: Vec<&str> =
            line.split([',', ';', '\t']).map(|column| column.trim().trim_matches('"').trim()).collect();
        let born_on = columns.get(1).and_then(|raw| parse_birth_date(raw));
        let Some(born_on) = born_on.filter(|_| !normalise_identity(columns[0]).is_empty()) else {
            if entries.is_empty() && index == 0 {
                continue;
            }
            return Err(FormErrors::single_with("census", "error-census-line", vec![("line", number)]).into());
        };
        let district = match columns.get(2).filter(|name| !name.is_empty()) {
            None => None,
            Some(name) => match districts.iter().find(|district| district.name.eq_ignore_ascii_case(name)) {
                Some(district) => Some(district.id),
                None => {
                    return Err(
                        FormErrors::single_with("census", "error-census-district", vec![("line", number)]).into()
                    );
                }
            },
        };
        entries.push((census_hash(&key, columns[0], born_on), district));
        if entries.len() > LARGEST_CENSUS {
            return Err(FormErrors::single("census", "error-census-too-long").into());
        }
    }
    if entries.is_empty() {
        return Err(FormErrors::single("census", "error-census-empty").into());
    }
    db.replace_census(community.id, &key, &entries, actor.id()).await?;
    Ok(entries.len())
}

/// A resident verifies once against the census list with their identity number and birth date.
pub async fn verify_with_census(
    db: &Db,
    actor: &Actor,
    community: &Community,
    identity: &str,
    born_on: &str,
) -> AppResult<()> {
    let mut errors = FormErrors::default();
    if normalise_identity(identity).is_empty() {
        errors.add("identity", "error-identity-required");
    }
    let date = parse_birth_date(born_on);
    if date.is_none() {
        errors.add("born_on", "error-birth-date");
    }
    let (Some(date), true) = (date, errors.is_empty()) else {
        return Err(errors.into());
    };
    let Some(list) = db.census_list(community.id).await? else {
        return Err(FormErrors::single("identity", "error-census-none").into());
    };
    let hash = census_hash(&list.hash_key, identity, date);
    match db.claim_census_entry(community.id, actor.id(), &hash, &iso_date(date)).await? {
        Claim::Verified => Ok(()),
        Claim::Unknown => Err(FormErrors::single("identity", "error-census-unknown").into()),
        Claim::AlreadyUsed => Err(FormErrors::single("identity", "error-census-used").into()),
    }
}

/// A resident declares their birth date and district, for budgets that do not ask for the
/// census list.
pub async fn declare(
    db: &Db,
    account: AccountId,
    community: &Community,
    born_on: &str,
    district: &str,
) -> AppResult<()> {
    let mut errors = FormErrors::default();
    let date = parse_birth_date(born_on);
    if date.is_none() {
        errors.add("declared_born_on", "error-birth-date");
    }
    let district = match district.trim() {
        "" => None,
        raw => {
            let districts = db.neighbourhoods_of(community.id).await?;
            match raw.parse::<i64>().ok().filter(|id| districts.iter().any(|d| d.id == *id)) {
                Some(id) => Some(id),
                None => {
                    errors.add("district", "error-choose-one");
                    None
                }
            }
        }
    };
    let (Some(date), true) = (date, errors.is_empty()) else {
        return Err(errors.into());
    };
    if !db.declare_voter_details(community.id, account, &iso_date(date), district).await? {
        return Err(FormErrors::single("declared_born_on", "error-details-verified").into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_matches_rfc_4231() {
        // Test case 2 of RFC 4231.
        let mac = hmac_sha256(b"Jefe", b"what do ya want for nothing?");
        assert_eq!(hex::encode(mac), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        // Test case 6: a key longer than the block is hashed first.
        let mac = hmac_sha256(&[0xaa; 131], b"Test Using Larger Than Block-Size Key - Hash Key First");
        assert_eq!(hex::encode(mac), "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    #[test]
    fn identity_numbers_ignore_spacing_and_case() {
        let date = Date::from_calendar_date(1990, time::Month::March, 4).unwrap();
        assert_eq!(census_hash("00ff", "rss mra 80a01 h501u", date), census_hash("00ff", "RSSMRA80A01H501U", date));
        assert_ne!(census_hash("00ff", "RSSMRA80A01H501U", date), census_hash("01ff", "RSSMRA80A01H501U", date));
    }

    #[test]
    fn ages_count_whole_years() {
        let born = Date::from_calendar_date(2010, time::Month::June, 15).unwrap();
        assert_eq!(age_on(born, Date::from_calendar_date(2026, time::Month::June, 14).unwrap()), 15);
        assert_eq!(age_on(born, Date::from_calendar_date(2026, time::Month::June, 15).unwrap()), 16);
    }
}
