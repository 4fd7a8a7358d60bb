use crate::Invalid;

/// Trims surrounding white space and refuses control characters, which have no place in a
/// single-line value and can hide text from a reader.
pub fn single_line(raw: &str) -> Result<&str, Invalid> {
    let trimmed = raw.trim();
    if trimmed.chars().any(char::is_control) {
        return Err(Invalid::new("error-control-characters"));
    }
    Ok(trimmed)
}

/// The name of a community or an organisation: one line, never empty, at most `max` characters.
pub fn name(raw: &str, max: usize) -> Result<String, Invalid> {
    let value = single_line(raw)?;
    if value.is_empty() {
        return Err(Invalid::new("error-name-required"));
    }
    if value.chars().count() > max {
        return Err(Invalid::new("error-name-length"));
    }
    Ok(value.to_owned())
}

/// The title of a process or a proposal: one line of 5 to `max` characters, long enough to
/// say what it is about.
pub fn title(raw: &str, max: usize) -> Result<String, Invalid> {
    let value = single_line(raw)?;
    let length = value.chars().count();
    if length == 0 {
        return Err(Invalid::new("error-title-required"));
    }
    if length < 5 {
        return Err(Invalid::new("error-title-too-short"));
    }
    if length > max {
        return Err(Invalid::new("error-title-length"));
    }
    Ok(value.to_owned())
}

/// A longer text typed by a person, such as a proposal's body: never empty after trimming, at
/// most `max` characters. Line breaks are kept; other control characters are refused.
pub fn long_text(raw: &str, max: usize, required_id: &'static str, length_id: &'static str) -> Result<String, Invalid> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(Invalid::new(required_id));
    }
    if value.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
        return Err(Invalid::new("error-control-characters"));
    }
    if value.chars().count() > max {
        return Err(Invalid::new(length_id));
    }
    Ok(value.replace("\r\n", "\n"))
}

/// A sign-in name: 3 to 32 characters of lowercase ASCII letters, digits, `-`, `_` or `.`,
/// starting with a letter or digit. It appears in addresses and is never a real name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Username(String);

impl Username {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let value = raw.trim().to_lowercase();
        if value.is_empty() {
            return Err(Invalid::new("error-username-required"));
        }
        let length = value.chars().count();
        if !(3..=32).contains(&length) {
            return Err(Invalid::new("error-username-length"));
        }
        let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c);
        let starts_well = value.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit());
        if !value.chars().all(allowed) || !starts_well {
            return Err(Invalid::new("error-username-characters"));
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

/// The name shown beside a person's contributions: any script, 1 to 60 characters. It need not
/// be a real name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let value = single_line(raw)?;
        if value.is_empty() {
            return Err(Invalid::new("error-display-name-required"));
        }
        if value.chars().count() > 60 {
            return Err(Invalid::new("error-display-name-length"));
        }
        Ok(Self(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

/// An email address, checked only for its shape: the real test is whether mail arrives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// Returns `None` for an empty field, since an email address is always optional.
    pub fn parse_optional(raw: &str) -> Result<Option<Self>, Invalid> {
        let value = single_line(raw)?;
        if value.is_empty() {
            return Ok(None);
        }
        let invalid = Invalid::new("error-email-invalid");
        if value.len() > 254 || value.chars().any(char::is_whitespace) {
            return Err(invalid);
        }
        let (local, domain) = value.rsplit_once('@').ok_or(invalid)?;
        let domain_ok =
            domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.') && !domain.contains("..");
        if local.is_empty() || local.contains('@') || !domain_ok {
            return Err(invalid);
        }
        Ok(Some(Self(value.to_owned())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

/// A password as typed. It is checked for length only (NIST SP 800-63B): at least 10
/// characters, at most 256, any characters at all. It is never stored, only its hash.
pub struct Password(String);

impl Password {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        if raw.is_empty() {
            return Err(Invalid::new("error-password-required"));
        }
        let length = raw.chars().count();
        if length < 10 {
            return Err(Invalid::new("error-password-too-short"));
        }
        if length > 256 {
            return Err(Invalid::new("error-password-too-long"));
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(..)")
    }
}

/// The part of an address that names a community or an organisation: lowercase letters,
/// digits and single hyphens, 2 to 48 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Slug(String);

impl Slug {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let value = raw.trim().to_lowercase();
        if value.is_empty() {
            return Err(Invalid::new("error-slug-required"));
        }
        let valid_chars = value.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        let valid_shape = !value.starts_with('-') && !value.ends_with('-') && !value.contains("--");
        if !valid_chars || !valid_shape || !(2..=48).contains(&value.len()) {
            return Err(Invalid::new("error-slug-invalid"));
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_are_normalised_and_checked() {
        assert_eq!(Username::parse(" Amina.K ").unwrap().as_str(), "amina.k");
        assert_eq!(Username::parse("ab").unwrap_err().message_id, "error-username-length");
        assert_eq!(Username::parse("-abc").unwrap_err().message_id, "error-username-characters");
        assert_eq!(Username::parse("نادية").unwrap_err().message_id, "error-username-characters");
    }

    #[test]
    fn display_names_accept_any_script() {
        assert_eq!(DisplayName::parse("  نادية ").unwrap().as_str(), "نادية");
        assert!(DisplayName::parse("a\u{0007}b").is_err());
    }

    #[test]
    fn emails_are_optional_but_shaped() {
        assert_eq!(Email::parse_optional("  ").unwrap(), None);
        assert!(Email::parse_optional("a@b.it").unwrap().is_some());
        assert!(Email::parse_optional("a@b").is_err());
        assert!(Email::parse_optional("a b@c.it").is_err());
    }

    #[test]
    fn passwords_are_checked_for_length_only() {
        assert!(Password::parse("short").is_err());
        assert!(Password::parse("correct horse").is_ok());
    }

    #[test]
    fn slugs_are_lowercase_and_hyphenated() {
        assert_eq!(Slug::parse("San-Vito").unwrap().as_str(), "san-vito");
        assert!(Slug::parse("san--vito").is_err());
        assert!(Slug::parse("a").is_err());
    }
}
