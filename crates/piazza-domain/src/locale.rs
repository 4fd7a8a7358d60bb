/// The languages Piazza's interface speaks. Adding one means adding its locale file; a test fails
/// until every message is translated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    En,
    It,
    Ar,
    Es,
    Fr,
    De,
    Uk,
    Ro,
    Fa,
}

impl Locale {
    pub const ALL: [Locale; 9] =
        [Locale::En, Locale::It, Locale::Ar, Locale::Es, Locale::Fr, Locale::De, Locale::Uk, Locale::Ro, Locale::Fa];

    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::It => "it",
            Locale::Ar => "ar",
            Locale::Es => "es",
            Locale::Fr => "fr",
            Locale::De => "de",
            Locale::Uk => "uk",
            Locale::Ro => "ro",
            Locale::Fa => "fa",
        }
    }

    pub fn is_right_to_left(self) -> bool {
        matches!(self, Locale::Ar | Locale::Fa)
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

    /// Formats a whole number the way readers of this language expect: CLDR's grouping
    /// separators, and for Arabic and Farsi the digits CLDR gives as their default numbering
    /// systems (Arabic-Indic and Extended Arabic-Indic).
    pub fn format_integer(self, value: i64) -> String {
        let digits = value.unsigned_abs().to_string();
        let separator = match self {
            Locale::En => ',',
            Locale::It | Locale::Es | Locale::De | Locale::Ro => '.',
            Locale::Fr => '\u{202F}',
            Locale::Uk => '\u{00A0}',
            Locale::Ar | Locale::Fa => '\u{066C}',
        };
        let mut grouped = String::new();
        for (index, digit) in digits.chars().enumerate() {
            if index > 0 && (digits.len() - index).is_multiple_of(3) {
                grouped.push(separator);
            }
            grouped.push(self.localise_digit(digit));
        }
        // Italian and Spanish do not group four-digit numbers (CLDR minimumGroupingDigits is 2).
        if matches!(self, Locale::It | Locale::Es) && digits.len() == 4 {
            grouped = digits.chars().map(|digit| self.localise_digit(digit)).collect();
        }
        if value < 0 {
            let minus = match self {
                Locale::Ar => "\u{061C}-",
                Locale::Fa => "\u{200E}-",
                _ => "-",
            };
            format!("{minus}{grouped}")
        } else {
            grouped
        }
    }

    /// Formats a number with `places` decimals, rounded, with the locale's decimal separator.
    pub fn format_decimal(self, value: f64, places: u32) -> String {
        let scale = 10_i64.pow(places);
        let scaled = (value * scale as f64).round() as i64;
        let whole = self.format_integer(scaled / scale);
        if places == 0 {
            return whole;
        }
        let separator = match self {
            Locale::En => ".",
            Locale::Ar | Locale::Fa => "\u{066B}",
            _ => ",",
        };
        let fraction = format!("{:0width$}", (scaled % scale).abs(), width = places as usize);
        let sign = if scaled < 0 && scaled / scale == 0 { "-" } else { "" };
        format!("{sign}{whole}{separator}{}", self.localise_digits(&fraction))
    }

    fn localise_digit(self, digit: char) -> char {
        match (self, digit.to_digit(10)) {
            (Locale::Ar, Some(value)) => char::from_u32(0x0660 + value).unwrap_or(digit),
            (Locale::Fa, Some(value)) => char::from_u32(0x06F0 + value).unwrap_or(digit),
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
        assert_eq!(Locale::negotiate("nl-NL, it;q=0.8, en;q=0.9"), Some(Locale::En));
        assert_eq!(Locale::negotiate("ar-EG,ar;q=0.9"), Some(Locale::Ar));
        assert_eq!(Locale::negotiate("de-AT, fr"), Some(Locale::De));
        assert_eq!(Locale::negotiate("nl, fa-IR;q=0.5"), Some(Locale::Fa));
        assert_eq!(Locale::negotiate("nl, pt"), None);
        assert_eq!(Locale::negotiate("it;q=0, en;q=0.1"), Some(Locale::En));
    }

    #[test]
    fn integers_are_grouped_per_locale() {
        assert_eq!(Locale::En.format_integer(1_234_567), "1,234,567");
        assert_eq!(Locale::It.format_integer(1_234_567), "1.234.567");
        assert_eq!(Locale::It.format_integer(8_900), "8900");
        assert_eq!(Locale::Ar.format_integer(640), "٦٤٠");
        assert_eq!(Locale::Ar.format_integer(12_000), "١٢٬٠٠٠");
        assert_eq!(Locale::Es.format_integer(8_900), "8900");
        assert_eq!(Locale::Es.format_integer(18_900), "18.900");
        assert_eq!(Locale::De.format_integer(8_900), "8.900");
        assert_eq!(Locale::Fr.format_integer(1_234_567), "1\u{202F}234\u{202F}567");
        assert_eq!(Locale::Uk.format_integer(12_000), "12\u{00A0}000");
        assert_eq!(Locale::Fa.format_integer(12_000), "۱۲٬۰۰۰");
        assert!(Locale::Fa.is_right_to_left() && !Locale::Uk.is_right_to_left());
    }

    #[test]
    fn decimals_are_written_per_locale() {
        assert_eq!(Locale::En.format_decimal(1.349, 1), "1.3");
        assert_eq!(Locale::It.format_decimal(20.25, 1), "20,3");
        assert_eq!(Locale::De.format_decimal(12_345.67, 1), "12.345,7");
        assert_eq!(Locale::Ar.format_decimal(2.5, 1), "٢٫٥");
        assert_eq!(Locale::En.format_decimal(7.0, 0), "7");
    }
}
