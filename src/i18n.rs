//! Every word a person sees, from Fluent files under `translations/<locale>/wallboard.ftl`,
//! embedded at build time. Picks the locale from the config or the system, falling back to
//! English message by message.

use std::borrow::Cow;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// The shipped locales and their Fluent sources. English first: it is the fallback.
pub const LOCALES: &[(&str, &str)] = &[
    ("en-US", include_str!("../translations/en-US/wallboard.ftl")),
    ("de", include_str!("../translations/de/wallboard.ftl")),
];

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

/// Translates message ids for one negotiated locale.
pub struct Localizer {
    locale: String,
    primary: FluentBundle<FluentResource>,
    fallback: FluentBundle<FluentResource>,
}

fn bundle(locale: &str, source: &str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = locale.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No bidi isolation marks: no right-to-left locale ships yet, and the marks would be
    // drawn as boxes by fonts without them.
    bundle.set_use_isolating(false);
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

/// Picks the best shipped locale for `requested` (BCP 47 or POSIX names like `de_DE.UTF-8`).
pub fn negotiate(requested: &[String]) -> &'static str {
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|tag| {
            let tag = tag
                .split(['.', '@'])
                .next()
                .unwrap_or_default()
                .replace('_', "-");
            tag.parse().ok()
        })
        .collect();
    let available: Vec<LanguageIdentifier> = LOCALES
        .iter()
        .filter_map(|(tag, _)| tag.parse().ok())
        .collect();
    let default: LanguageIdentifier = LOCALES[0].0.parse().unwrap_or_default();
    let chosen = negotiate_languages(
        &requested,
        &available,
        Some(&default),
        NegotiationStrategy::Filtering,
    );
    let first = chosen.first().map(|id| id.to_string()).unwrap_or_default();
    LOCALES
        .iter()
        .map(|(tag, _)| *tag)
        .find(|tag| *tag == first)
        .unwrap_or(LOCALES[0].0)
}

impl Localizer {
    /// A localizer for `preferred` (from config), else the system's languages.
    pub fn new(preferred: Option<&str>) -> Self {
        let requested: Vec<String> = match preferred {
            Some(tag) if !tag.trim().is_empty() => vec![tag.to_owned()],
            _ => sys_locale::get_locales().collect(),
        };
        Self::for_locale(negotiate(&requested))
    }

    /// A localizer for exactly one shipped locale (English if unknown).
    pub fn for_locale(locale: &str) -> Self {
        let (tag, source) = LOCALES
            .iter()
            .find(|(tag, _)| *tag == locale)
            .copied()
            .unwrap_or(LOCALES[0]);
        Self {
            locale: tag.to_owned(),
            primary: bundle(tag, source),
            fallback: bundle(LOCALES[0].0, LOCALES[0].1),
        }
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// Translates `id` with `args`. Falls back to English, then to the id itself.
    pub fn format(&self, id: &str, args: &[(&str, String)]) -> String {
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
                if !errors.is_empty() {
                    tracing::warn!(id, ?errors, "translation needs arguments it did not get");
                }
                return text.into_owned();
            }
        }
        tracing::warn!(id, "missing translation");
        id.to_owned()
    }

    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    pub fn message(&self, message: &UserMessage) -> String {
        self.format(message.id, &message.args)
    }
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
    fn posix_locales_negotiate() {
        assert_eq!(negotiate(&["de_DE.UTF-8".into()]), "de");
        assert_eq!(negotiate(&["de-AT".into()]), "de");
        assert_eq!(negotiate(&["fr-FR".into()]), "en-US");
        assert_eq!(negotiate(&["C".into()]), "en-US");
    }

    #[test]
    fn arguments_are_filled_in() {
        let german = Localizer::for_locale("de");
        let text = german.format("sign-in-expires-in", &[("time", "4:05".into())]);
        assert!(text.contains("4:05"), "{text}");
        assert!(!text.contains("expires"), "{text}");
    }
}
