/// The languages Piazza's interface speaks. Adding one means adding its locale file; a test fails
/// until every message is translated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    En,
    It,
    Ar,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::It, Locale::Ar];

    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::It => "it",
            Locale::Ar => "ar",
        }
    }

    pub fn is_right_to_left(self) -> bool {
        matches!(self, Locale::Ar)
    }

    pub fn direction(self) -> &'static str {
        if self.is_right_to_left() { "rtl" } else { "ltr" }
    }

    /// Parses a language tag such as `it`, `it-CH` or `AR`; only the primary subtag counts.
    pub fn parse(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|locale| locale.code() == primary)
    }

    /// Picks the best offered language from an `Accept-Language` header, honouring q-values.
    pub fn negotiate(accept_language: &str) -> Option<Locale> {
        let mut best: Option<(f32, usize, Locale)> = None;
        for (position, item) in accept_language.split(',').enumerate() {
            let mut parts = item.split(';');
            let Some(locale) = parts.next().and_then(Locale::parse) else {
                continue;
            };
            let quality = parts
                .find_map(|param| param.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if quality <= 0.0 {
                continue;
            }
            let better = match best {
                None => true,
                Some((best_quality, best_position, _)) => {
                    quality > best_quality || (quality == best_quality && position < best_position)
                }
            };
            if better {
                best = Some((quality, position, locale));
            }
        }
        best.map(|(_, _, locale)| locale)
    }

    /// Formats a whole number the way readers of this language expect: grouping separators,
    /// and for Arabic the Arabic-Indic digits that CLDR gives as its default numbering system.
    pub fn format_integer(self, value: i64) -> String {
        let digits = value.unsigned_abs().to_string();
        let separator = match self {
            Locale::En => ',',
            Locale::It => '.',
            Locale::Ar => '\u{066C}',
        };
        let mut grouped = String::new();
        for (index, digit) in digits.chars().enumerate() {
            if index > 0 && (digits.len() - index).is_multiple_of(3) {
                grouped.push(separator);
            }
            grouped.push(self.localise_digit(digit));
        }
        // Italian does not group four-digit numbers (CLDR minimumGroupingDigits is 2).
        if self == Locale::It && digits.len() == 4 {
            grouped = digits.clone();
        }
        if value < 0 {
            let minus = if self == Locale::Ar { "\u{061C}-" } else { "-" };
            format!("{minus}{grouped}")
        } else {
            grouped
        }
    }

    fn localise_digit(self, digit: char) -> char {
        match (self, digit.to_digit(10)) {
            (Locale::Ar, Some(value)) => char::from_u32(0x0660 + value).unwrap_or(digit),
            _ => digit,
        }
    }

    /// Writes the digits of any already-formatted text (a year, a day) in this language's digits.
    pub fn localise_digits(self, text: &str) -> String {
        text.chars().map(|c| self.localise_digit(c)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_honours_quality_and_order() {
        assert_eq!(Locale::negotiate("fr-FR, it;q=0.8, en;q=0.9"), Some(Locale::En));
        assert_eq!(Locale::negotiate("ar-EG,ar;q=0.9"), Some(Locale::Ar));
        assert_eq!(Locale::negotiate("de, fr"), None);
        assert_eq!(Locale::negotiate("it;q=0, en;q=0.1"), Some(Locale::En));
    }

    #[test]
    fn integers_are_grouped_per_locale() {
        assert_eq!(Locale::En.format_integer(1_234_567), "1,234,567");
        assert_eq!(Locale::It.format_integer(1_234_567), "1.234.567");
        assert_eq!(Locale::It.format_integer(8_900), "8900");
        assert_eq!(Locale::Ar.format_integer(640), "٦٤٠");
        assert_eq!(Locale::Ar.format_integer(12_000), "١٢٬٠٠٠");
    }
}
