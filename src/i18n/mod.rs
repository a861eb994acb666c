//! Every word a person sees, from Fluent files under `translations/<locale>/wallboard.ftl`,
//! embedded at build time. Picks the locale from the settings, the Salesforce user or the
//! system (see `negotiate`), falling back to English message by message. Numbers inside
//! messages, times, countdowns, relative times and chart amounts are formatted per locale by
//! ICU4X (`values`, `amounts`).

mod amounts;
mod negotiate;
mod shared;
mod values;

use std::borrow::Cow;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use negotiate::{negotiate, salesforce_locale, system_locales};
pub use shared::SharedLocalizer;
pub use values::Values;

/// The shipped locales and their Fluent sources. English first: it is the fallback.
pub const LOCALES: &[(&str, &str)] = &[
    (
        "en-US",
        include_str!("../../translations/en-US/wallboard.ftl"),
    ),
    ("de", include_str!("../../translations/de/wallboard.ftl")),
    ("fr", include_str!("../../translations/fr/wallboard.ftl")),
    ("es", include_str!("../../translations/es/wallboard.ftl")),
    (
        "pt-BR",
        include_str!("../../translations/pt-BR/wallboard.ftl"),
    ),
    ("it", include_str!("../../translations/it/wallboard.ftl")),
    ("nl", include_str!("../../translations/nl/wallboard.ftl")),
    ("ja", include_str!("../../translations/ja/wallboard.ftl")),
];

/// The pseudo-locale for layout tests (`--locale en-XA`): English with every letter accented
/// and about 40 % longer, so clipped text and missed strings show up before translators do.
/// Not offered on the settings screen.
pub const PSEUDO_LOCALE: &str = "en-XA";

/// The shipped tag and Fluent source for `locale` (English if unknown; the pseudo-locale
/// transforms the English source).
fn source(locale: &str) -> (&'static str, &'static str) {
    if locale == PSEUDO_LOCALE {
        (PSEUDO_LOCALE, LOCALES[0].1)
    } else {
        LOCALES
            .iter()
            .find(|(tag, _)| *tag == locale)
            .copied()
            .unwrap_or(LOCALES[0])
    }
}

/// A language's name in itself (`Deutsch`, `日本語`), from its own file, without building a
/// whole `Localizer` (no fallback bundle, no ICU formatters).
pub fn language_name(locale: &str) -> String {
    let (tag, source) = source(locale);
    let bundle = bundle(tag, source);
    let mut errors = Vec::new();
    bundle
        .get_message("language-name")
        .and_then(|m| m.value())
        .map(|pattern| {
            bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned()
        })
        .unwrap_or_else(|| tag.to_owned())
}

/// Whether `tag` names a shipped locale (or the pseudo-locale).
pub fn is_known(tag: &str) -> bool {
    tag == PSEUDO_LOCALE || LOCALES.iter().any(|(known, _)| *known == tag)
}

/// A message id plus its arguments, to be translated where it is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserMessage {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl UserMessage {
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

/// Translates message ids and formats values for one negotiated locale.
pub struct Localizer {
    locale: String,
    primary: FluentBundle<FluentResource>,
    fallback: FluentBundle<FluentResource>,
    values: Values,
}

/// The pseudo-locale's text transform: accented letters (fluent-pseudo, which also doubles
/// vowels for about 30 %) padded to 140 % of the English length.
fn pseudo(text: &str) -> Cow<'_, str> {
    let accented = fluent_pseudo::transform(text, false, true);
    let target = (text.chars().count() * 14).div_ceil(10);
    let missing = target.saturating_sub(accented.chars().count());
    if missing == 0 || text.trim().is_empty() {
        return Cow::Owned(accented.into_owned());
    }
    let mut padded = accented.into_owned();
    padded.extend(std::iter::repeat_n('\u{2027}', missing));
    Cow::Owned(padded)
}

/// Numbers in messages (counts, seconds, positions) through ICU4X, so plural selection still
/// sees the number while the reader sees their own digit grouping. Only the decimal
/// formatter: the bundle needs nothing else.
impl intl_memoizer::Memoizable for values::Numbers {
    type Args = ();
    type Error = std::convert::Infallible;
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, Self::Error> {
        Ok(Self::new(&lang.to_string()))
    }
}

fn format_number(
    value: &FluentValue<'_>,
    intls: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let whole = number.value.fract() == 0.0 && number.value.abs() < 1e15;
    if !whole || number.options.minimum_fraction_digits.is_some() {
        return None;
    }
    intls
        .with_try_get::<values::Numbers, _, _>((), |numbers| numbers.format(number.value as i64))
        .ok()
}

fn bundle(locale: &str, source: &str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = locale.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No bidi isolation marks: no right-to-left locale ships yet, and the marks would be
    // drawn as boxes by fonts without them.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_number));
    if locale == PSEUDO_LOCALE {
        bundle.set_transform(Some(pseudo));
    }
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            tracing::error!(locale, ?errors, "translation file has syntax errors");
            resource
        }
    };
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!(locale, ?errors, "translation file has duplicate messages");
    }
    bundle
}

impl Localizer {
    /// A localizer for `preferred` (from config), else the system's languages.
    pub fn new(preferred: Option<&str>) -> Self {
        let requested: Vec<String> = match preferred {
            Some(tag) if !tag.trim().is_empty() => vec![tag.to_owned()],
            _ => system_locales(),
        };
        Self::for_locale(negotiate(&requested))
    }

    /// A localizer for exactly one shipped locale or the pseudo-locale (English if unknown).
    pub fn for_locale(locale: &str) -> Self {
        let (tag, source) = source(locale);
        Self {
            locale: tag.to_owned(),
            primary: bundle(tag, source),
            fallback: bundle(LOCALES[0].0, LOCALES[0].1),
            values: Values::new(tag),
        }
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// This locale's number, time and duration formats.
    pub fn values(&self) -> &Values {
        &self.values
    }

    /// A local time of day in this locale's clock: `2:05 PM` / `14:05`.
    pub fn clock(&self, time: chrono::DateTime<chrono::Local>) -> String {
        use chrono::Timelike;
        self.values
            .time_of_day(time.hour() as u8, time.minute() as u8)
    }

    /// The language's own name (`Deutsch`, `日本語`) for the settings screen.
    pub fn language_name(&self) -> String {
        self.text("language-name")
    }

    /// Translates `id` with `args`. Falls back to English, then to the id itself.
    pub fn format(&self, id: &str, args: &[(&str, String)]) -> String {
        let (text, errors) = self.format_checked(id, args);
        if !errors.is_empty() {
            tracing::warn!(id, ?errors, "translation could not be formatted cleanly");
        }
        text
    }

    /// `format`, also returning what went wrong (missing arguments, missing message).
    pub fn format_checked(&self, id: &str, args: &[(&str, String)]) -> (String, Vec<String>) {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value.parse::<i64>() {
                Ok(number) => fluent_args.set(*name, FluentValue::from(number)),
                Err(_) => fluent_args.set(*name, FluentValue::from(value.as_str())),
            }
        }
        for bundle in [&self.primary, &self.fallback] {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text: Cow<'_, str> =
                    bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                let errors = errors.iter().map(ToString::to_string).collect();
                return (text.into_owned(), errors);
            }
        }
        (id.to_owned(), vec![format!("missing translation {id}")])
    }

    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    pub fn message(&self, message: &UserMessage) -> String {
        self.format(message.id, &message.args)
    }
}

/// Each message's variables (`$time`, `$seconds`), by message id, for the catalogue tests.
pub fn message_variables(
    source: &str,
) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
    fn inline(expression: &InlineExpression<&str>, found: &mut std::collections::BTreeSet<String>) {
        match expression {
            InlineExpression::VariableReference { id } => {
                found.insert(id.name.to_owned());
            }
            InlineExpression::Placeable { expression } => walk(expression, found),
            InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    inline(argument, found);
                }
            }
            _ => {}
        }
    }
    fn walk(expression: &Expression<&str>, found: &mut std::collections::BTreeSet<String>) {
        match expression {
            Expression::Inline(expression) => inline(expression, found),
            Expression::Select { selector, variants } => {
                inline(selector, found);
                for variant in variants {
                    pattern(&variant.value, found);
                }
            }
        }
    }
    fn pattern(value: &Pattern<&str>, found: &mut std::collections::BTreeSet<String>) {
        for element in &value.elements {
            if let PatternElement::Placeable { expression } = element {
                walk(expression, found);
            }
        }
    }
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => {
                let mut found = std::collections::BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern(value, &mut found);
                }
                Some((message.id.name.to_owned(), found))
            }
            _ => None,
        })
        .collect()
}

/// Message ids defined in a Fluent source (for completeness tests).
pub fn message_ids(source: &str) -> Vec<String> {
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_parses_and_has_every_english_message() {
        let english = message_ids(LOCALES[0].1);
        assert!(english.len() > 20);
        for (tag, source) in LOCALES {
            assert!(
                FluentResource::try_new((*source).to_owned()).is_ok(),
                "{tag} has syntax errors"
            );
            let ids = message_ids(source);
            for id in &english {
                assert!(ids.contains(id), "{tag} lacks {id}");
            }
        }
    }

    #[test]
    fn arguments_are_filled_in() {
        let german = Localizer::for_locale("de");
        let text = german.format("sign-in-expires-in", &[("time", "4:05".into())]);
        assert!(text.contains("4:05"), "{text}");
        assert!(!text.contains("expires"), "{text}");
    }
}
