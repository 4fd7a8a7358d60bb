//! Translations. Every user-visible string lives in `locales/{code}.ftl`; a test fails when a
//! message is missing from a locale, or when a message is no longer used anywhere.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use piazza_domain::Locale;

pub const SOURCES: [(Locale, &str); 9] = [
    (Locale::En, include_str!("../locales/en.ftl")),
    (Locale::It, include_str!("../locales/it.ftl")),
    (Locale::Ar, include_str!("../locales/ar.ftl")),
    (Locale::Es, include_str!("../locales/es.ftl")),
    (Locale::Fr, include_str!("../locales/fr.ftl")),
    (Locale::De, include_str!("../locales/de.ftl")),
    (Locale::Uk, include_str!("../locales/uk.ftl")),
    (Locale::Ro, include_str!("../locales/ro.ftl")),
    (Locale::Fa, include_str!("../locales/fa.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [(Locale, Bundle)] {
    static BUNDLES: OnceLock<Vec<(Locale, Bundle)>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(locale, source)| {
                let resource = FluentResource::try_new((*source).to_owned())
                    .unwrap_or_else(|(_, errors)| panic!("{} locale file does not parse: {errors:?}", locale.code()));
                let language = locale.code().parse().expect("locale codes are valid language identifiers");
                let mut bundle = FluentBundle::new_concurrent(vec![language]);
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|errors| panic!("{} locale file has duplicates: {errors:?}", locale.code()));
                (*locale, bundle)
            })
            .collect()
    })
}

fn bundle(locale: Locale) -> &'static Bundle {
    &bundles().iter().find(|(l, _)| *l == locale).expect("every locale has a bundle").1
}

/// Translates a message with arguments. A message missing from a locale falls back to English
/// (the test suite makes sure that never ships), and a missing id shows the id itself.
pub fn translate(locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
    for candidate in [locale, Locale::En] {
        let bundle = bundle(candidate);
        if let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                tracing::warn!(id, locale = candidate.code(), ?errors, "translation had errors");
            }
            return text.into_owned();
        }
    }
    tracing::error!(id, "missing translation");
    id.to_owned()
}

/// A whole number as templates hand it over: by value or by reference, whatever its width.
pub trait Count {
    fn count(&self) -> i64;
}

impl Count for i64 {
    fn count(&self) -> i64 {
        *self
    }
}

impl Count for i32 {
    fn count(&self) -> i64 {
        i64::from(*self)
    }
}

impl Count for usize {
    fn count(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}

impl<T: Count + ?Sized> Count for &T {
    fn count(&self) -> i64 {
        (**self).count()
    }
}

/// A translator bound to one language, handed to every template.
#[derive(Debug, Clone, Copy)]
pub struct Tr {
    pub locale: Locale,
}

impl Tr {
    pub fn t(&self, id: &str) -> String {
        translate(self.locale, id, None)
    }

    /// A message with one text argument.
    pub fn t_with(&self, id: &str, name: &str, value: impl AsRef<str>) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(value.as_ref().to_owned()));
        translate(self.locale, id, Some(&args))
    }

    /// A message about a count: `$count` chooses the plural form and `$n` shows the number
    /// written for the locale.
    pub fn t_count(&self, id: &str, count: impl Count) -> String {
        let count = count.count();
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count));
        args.set("n", FluentValue::from(self.number(count)));
        translate(self.locale, id, Some(&args))
    }

    /// A message with several text arguments.
    pub fn t_texts(&self, id: &str, arguments: &[(&str, &str)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in arguments {
            args.set(*name, FluentValue::from((*value).to_owned()));
        }
        translate(self.locale, id, Some(&args))
    }

    pub fn t_args(&self, id: &str, arguments: &[(&str, i64)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in arguments {
            args.set(*name, FluentValue::from(*value));
            args.set(format!("{name}_shown"), FluentValue::from(self.number(*value)));
        }
        translate(self.locale, id, Some(&args))
    }

    /// A number with `places` decimals, written for the locale.
    pub fn decimal(&self, value: f64, places: u32) -> String {
        self.locale.format_decimal(value, places)
    }

    pub fn number(&self, value: impl Count) -> String {
        self.locale.format_integer(value.count())
    }

    /// A date written out for the locale, such as "22 November 2026".
    pub fn date(&self, at: &time::OffsetDateTime) -> String {
        let mut args = FluentArgs::new();
        args.set("day", FluentValue::from(self.locale.localise_digits(&at.day().to_string())));
        args.set("month", FluentValue::from(self.t(&format!("month-{}", u8::from(at.month())))));
        args.set("year", FluentValue::from(self.locale.localise_digits(&at.year().to_string())));
        translate(self.locale, "date-long", Some(&args))
    }

    /// A date and time in UTC, for records where the hour matters (who granted a role, when).
    pub fn date_time(&self, at: &time::OffsetDateTime) -> String {
        let time = format!("{:02}:{:02}", at.hour(), at.minute());
        let mut args = FluentArgs::new();
        args.set("date", FluentValue::from(self.date(at)));
        args.set("time", FluentValue::from(self.locale.localise_digits(&time)));
        translate(self.locale, "date-time-utc", Some(&args))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use piazza_domain::{
        AgeBand, AttributeType, BallotStyle, Category, CommunityKind, ConsentChannel, ConsentPurpose, ContentKind,
        ContributionChannel, CostBand, CountingRule, DisplayPreference, EmailFrequency, Gender, HelixRole,
        MeetingAccess, MeetingFormat, ModerationAction, ModerationState, NotificationKind, PhaseKind, PopulationBand,
        ProposalState, ReportChannel, ReportReason, RequestStatus, ResultStatus, Role, SettlementType, Stance,
        TargetGroup,
    };

    use super::*;

    fn message_ids(source: &str) -> Vec<String> {
        source
            .lines()
            .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim().to_owned()))
            .collect()
    }

    fn read_tree(directory: &Path, out: &mut String) {
        for entry in std::fs::read_dir(directory).expect("the source tree is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                read_tree(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs" || e == "html") {
                out.push_str(&std::fs::read_to_string(&path).expect("a source file is readable"));
            }
        }
    }

    /// Message ids built at run time rather than written out in the source.
    fn generated_ids() -> BTreeSet<String> {
        let mut ids: BTreeSet<String> = (1..=12).map(|month| format!("month-{month}")).collect();
        ids.extend(Locale::ALL.iter().map(|l| format!("language-name-{}", l.code())));
        ids.extend(CommunityKind::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(SettlementType::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(Role::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(HelixRole::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(PhaseKind::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(ProposalState::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(Stance::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(ContentKind::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(NotificationKind::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(EmailFrequency::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(MeetingFormat::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(Category::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(MeetingAccess::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(ReportReason::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(ModerationState::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(ModerationAction::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(BallotStyle::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(CountingRule::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(ConsentPurpose::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(ConsentChannel::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(DisplayPreference::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(AgeBand::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(Gender::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(ContributionChannel::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(ResultStatus::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(RequestStatus::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(AttributeType::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(ReportChannel::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(TargetGroup::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(PopulationBand::ALL.iter().map(|v| v.message_id().to_owned()));
        ids.extend(CostBand::ALL.iter().map(|v| v.message_id().to_owned()));
        for resource in piazza_app::open_data::RESOURCES {
            ids.insert(format!("open-data-resource-{}", resource.name));
            ids.insert(format!("open-data-about-{}", resource.name));
        }
        ids.extend((1..=5).map(|score| format!("rating-score-{score}")));
        ids.extend(["csv", "json", "geojson"].map(|format| format!("catalog-distribution-{format}")));
        ids
    }

    #[test]
    fn every_locale_has_exactly_the_english_messages() {
        let english: BTreeSet<String> = message_ids(SOURCES[0].1).into_iter().collect();
        for (locale, source) in &SOURCES[1..] {
            let ids: BTreeSet<String> = message_ids(source).into_iter().collect();
            let missing: Vec<_> = english.difference(&ids).collect();
            let extra: Vec<_> = ids.difference(&english).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", locale.code());
            assert!(extra.is_empty(), "{} has messages English lacks: {extra:?}", locale.code());
        }
    }

    #[test]
    fn every_locale_file_parses_and_every_message_formats() {
        for (locale, source) in SOURCES {
            assert!(FluentResource::try_new(source.to_owned()).is_ok(), "{} does not parse", locale.code());
            for id in message_ids(source) {
                let text = translate(locale, &id, None);
                assert!(!text.is_empty() && text != id, "{}: {id} does not format", locale.code());
            }
        }
    }

    #[test]
    fn every_message_is_used_and_every_used_message_exists() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut code = String::new();
        for crate_dir in ["src", "templates", "../piazza-app/src", "../piazza-domain/src"] {
            read_tree(&root.join(crate_dir), &mut code);
        }
        let generated = generated_ids();
        let english = message_ids(SOURCES[0].1);
        let unused: Vec<_> =
            english.iter().filter(|id| !generated.contains(*id) && !code.contains(&format!("\"{id}\""))).collect();
        assert!(unused.is_empty(), "messages no code uses: {unused:?}");
        for id in &generated {
            assert!(english.contains(id), "the generated message {id} is missing");
        }
        // Every id the code names in a translation call or an error exists.
        let mut named = BTreeSet::new();
        for marker in [".t(\"", ".t_with(\"", ".t_count(\"", "Invalid::new(\"", ".add(\"", "single(\""] {
            for rest in code.split(marker).skip(1) {
                if let Some(id) = rest.split('"').next() {
                    named.insert(id.to_owned());
                }
            }
        }
        for (marker, position) in [("errors.add(\"", 1), ("FormErrors::single(\"", 1), ("add_with(\"", 1)] {
            for rest in code.split(marker).skip(1) {
                if let Some(id) = rest.split('"').nth(position * 2) {
                    named.insert(id.to_owned());
                }
            }
        }
        let ids: BTreeSet<&str> = english.iter().map(String::as_str).collect();
        let unknown: Vec<_> = named.iter().filter(|id| id.contains('-') && !ids.contains(id.as_str())).collect();
        assert!(unknown.is_empty(), "the code names messages that do not exist: {unknown:?}");
    }

    #[test]
    fn arabic_plurals_choose_the_right_form() {
        let tr = Tr { locale: Locale::Ar };
        let one = tr.t_count("members-heading", 1);
        let two = tr.t_count("members-heading", 2);
        let eleven = tr.t_count("members-heading", 11);
        assert_ne!(one, two);
        assert_ne!(two, eleven);
        assert!(eleven.contains("١١"), "{eleven}");
    }

    #[test]
    fn ukrainian_and_romanian_plurals_choose_the_right_form() {
        let uk = Tr { locale: Locale::Uk };
        // One, few and many: 1 and 21 share a form, 2 and 3 another, 5 and 11 a third.
        assert_eq!(
            uk.t_count("members-heading", 1).replace('1', "#"),
            uk.t_count("members-heading", 21).replace("21", "#")
        );
        assert_ne!(
            uk.t_count("members-heading", 1).replace('1', "#"),
            uk.t_count("members-heading", 2).replace('2', "#")
        );
        assert_ne!(
            uk.t_count("members-heading", 2).replace('2', "#"),
            uk.t_count("members-heading", 5).replace('5', "#")
        );
        let ro = Tr { locale: Locale::Ro };
        assert!(ro.t_count("members-heading", 20).contains(" de "), "{}", ro.t_count("members-heading", 20));
        assert!(!ro.t_count("members-heading", 3).contains(" de "), "{}", ro.t_count("members-heading", 3));
    }

    #[test]
    fn dates_are_written_for_the_reader() {
        let at = time::macros::datetime!(2026-11-22 13:05 UTC);
        assert_eq!(
            Tr { locale: Locale::En }.date(&at),
            "\u{2068}22\u{2069} \u{2068}November\u{2069} \u{2068}2026\u{2069}"
        );
        assert!(Tr { locale: Locale::It }.date(&at).contains("novembre"));
        assert!(Tr { locale: Locale::Ar }.date(&at).contains("٢٠٢٦"));
    }
}
