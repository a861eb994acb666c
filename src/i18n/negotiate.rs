//! Which shipped locale to use: BCP 47 or POSIX names (`de_DE.UTF-8`, Salesforce's `pt_BR`)
//! negotiated against `LOCALES` with fluent-langneg, English (United States) as the fallback.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use super::{LOCALES, PSEUDO_LOCALE};

/// `de_DE.UTF-8@euro` -> `de-DE`; `C`/`POSIX` and garbage -> `None`.
fn parse_tag(tag: &str) -> Option<LanguageIdentifier> {
    let tag = tag
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .trim()
        .replace('_', "-");
    if tag.is_empty() || tag.eq_ignore_ascii_case("C") || tag.eq_ignore_ascii_case("POSIX") {
        return None;
    }
    tag.parse().ok()
}

/// The shipped locales that match `requested`, best first (may be empty).
fn matches(requested: &[String]) -> Vec<&'static str> {
    let requested: Vec<LanguageIdentifier> =
        requested.iter().filter_map(|tag| parse_tag(tag)).collect();
    let available: Vec<LanguageIdentifier> = LOCALES
        .iter()
        .filter_map(|(tag, _)| tag.parse().ok())
        .collect();
    negotiate_languages(&requested, &available, None, NegotiationStrategy::Filtering)
        .into_iter()
        .filter_map(|chosen| {
            let chosen = chosen.to_string();
            LOCALES
                .iter()
                .map(|(tag, _)| *tag)
                .find(|tag| *tag == chosen)
        })
        .collect()
}

/// Picks the best shipped locale for `requested`, in order of preference; English if none fits.
/// The pseudo-locale is only chosen when asked for by name.
pub fn negotiate(requested: &[String]) -> &'static str {
    if requested.first().map(|t| t.trim()) == Some(PSEUDO_LOCALE) {
        return PSEUDO_LOCALE;
    }
    matches(requested).first().copied().unwrap_or(LOCALES[0].0)
}

/// The shipped locale for a Salesforce user's `language` (`en_US`, `ja`, `pt_BR`), if any.
pub fn salesforce_locale(language: &str) -> Option<&'static str> {
    matches(&[language.to_owned()]).first().copied()
}

/// The system's languages in order: `LANGUAGE` (a colon list), `LC_ALL`, `LC_MESSAGES`, `LANG`.
pub fn system_locales() -> Vec<String> {
    sys_locale::get_locales().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_and_bcp47_names_negotiate() {
        assert_eq!(negotiate(&["de_DE.UTF-8".into()]), "de");
        assert_eq!(negotiate(&["de-AT".into()]), "de");
        assert_eq!(negotiate(&["fr_CA.UTF-8".into()]), "fr");
        assert_eq!(negotiate(&["pt_PT".into()]), "pt-BR");
        assert_eq!(negotiate(&["pt".into()]), "pt-BR");
        assert_eq!(negotiate(&["ja_JP.UTF-8".into()]), "ja");
        assert_eq!(negotiate(&["nl_BE@euro".into()]), "nl");
        assert_eq!(negotiate(&["es-419".into()]), "es");
        assert_eq!(negotiate(&["en_GB".into()]), "en-US");
    }

    #[test]
    fn unknown_or_c_locales_fall_back_to_english() {
        assert_eq!(negotiate(&["C".into()]), "en-US");
        assert_eq!(negotiate(&["C.UTF-8".into()]), "en-US");
        assert_eq!(negotiate(&["sv_SE".into()]), "en-US");
        assert_eq!(negotiate(&[]), "en-US");
    }

    #[test]
    fn the_first_language_that_ships_wins() {
        // LANGUAGE=sv:it:de
        assert_eq!(negotiate(&["sv".into(), "it".into(), "de".into()]), "it");
    }

    #[test]
    fn salesforce_languages_map_to_shipped_locales() {
        assert_eq!(salesforce_locale("ja"), Some("ja"));
        assert_eq!(salesforce_locale("pt_BR"), Some("pt-BR"));
        assert_eq!(salesforce_locale("en_US"), Some("en-US"));
        assert_eq!(salesforce_locale("nl_NL"), Some("nl"));
        assert_eq!(salesforce_locale("fi"), None);
    }

    #[test]
    fn the_pseudo_locale_is_only_chosen_by_name() {
        assert_eq!(negotiate(&["en-XA".into()]), "en-XA");
        assert_eq!(negotiate(&["en".into()]), "en-US");
    }
}
