//! The translation catalogues: the same ids and variables in every locale, every id used by the
//! code or the UI, every message formatting without errors in every locale (and the
//! pseudo-locale) with its arguments.

use std::collections::BTreeSet;
use std::path::Path;

use fluent::FluentResource;
use wallboard::i18n::{LOCALES, Localizer, PSEUDO_LOCALE, message_ids, message_variables};

/// Variables that hold numbers (plural selectors and grouped digits); the rest are text.
const NUMERIC: &[&str] = &["seconds", "minutes", "index", "count", "status"];

fn sample(variable: &str) -> String {
    if NUMERIC.contains(&variable) {
        "2".into()
    } else {
        format!("«{variable}»")
    }
}

fn source_files(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            source_files(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("rs" | "slint")
        ) && let Ok(text) = std::fs::read_to_string(&path)
        {
            out.push(text);
        }
    }
}

#[test]
fn every_locale_has_exactly_the_english_ids_and_variables() {
    let english = message_variables(LOCALES[0].1);
    assert!(english.len() > 90, "{}", english.len());
    for (tag, source) in LOCALES {
        assert!(
            FluentResource::try_new((*source).to_owned()).is_ok(),
            "{tag}: syntax errors"
        );
        let ids = message_ids(source);
        let unique: BTreeSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{tag}: an id is defined twice");
        let theirs = message_variables(source);
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !theirs.contains_key(*id))
            .collect();
        let extra: Vec<&String> = theirs
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{tag} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{tag} has ids English does not: {extra:?}"
        );
        for (id, variables) in &english {
            assert_eq!(
                &theirs[id], variables,
                "{tag}: {id} must use the same variables as English"
            );
        }
    }
}

#[test]
fn every_id_is_used_by_the_code_or_the_ui() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    source_files(&root.join("src"), &mut sources);
    source_files(&root.join("ui"), &mut sources);
    let unused: Vec<String> = message_ids(LOCALES[0].1)
        .into_iter()
        .filter(|id| {
            let quoted = format!("\"{id}\"");
            !sources.iter().any(|text| text.contains(&quoted))
        })
        .collect();
    assert!(unused.is_empty(), "ids nobody uses: {unused:?}");
}

#[test]
fn every_message_formats_without_errors_in_every_locale() {
    let english = message_variables(LOCALES[0].1);
    let tags = LOCALES.iter().map(|(tag, _)| *tag).chain([PSEUDO_LOCALE]);
    for tag in tags {
        let l10n = Localizer::for_locale(tag);
        assert_eq!(l10n.locale(), tag);
        for (id, variables) in &english {
            let args: Vec<(&str, String)> =
                variables.iter().map(|v| (v.as_str(), sample(v))).collect();
            let (text, errors) = l10n.format_checked(id, &args);
            assert!(errors.is_empty(), "{tag} {id}: {errors:?}");
            assert!(!text.trim().is_empty(), "{tag} {id} is empty");
            for variable in variables {
                if !NUMERIC.contains(&variable.as_str()) && *variable != "source" {
                    assert!(
                        text.contains(&sample(variable)),
                        "{tag} {id} drops ${variable}: {text}"
                    );
                }
            }
        }
    }
}

#[test]
fn plurals_follow_each_language() {
    let one = [("seconds", "1".to_owned())];
    let many = [("seconds", "5".to_owned())];
    let cases = [
        ("en-US", "Retrying in 1 second…", "Retrying in 5 seconds…"),
        ("de", "in 1 Sekunde…", "in 5 Sekunden…"),
        ("fr", "dans 1 seconde…", "dans 5 secondes…"),
        ("es", "en 1 segundo…", "en 5 segundos…"),
        ("pt-BR", "em 1 segundo…", "em 5 segundos…"),
        ("it", "tra 1 secondo…", "tra 5 secondi…"),
        ("nl", "over 1 seconde…", "over 5 seconden…"),
        ("ja", "1 秒後", "5 秒後"),
    ];
    for (tag, singular, plural) in cases {
        let l10n = Localizer::for_locale(tag);
        let text = l10n.format("sign-in-status-reconnecting", &one);
        assert!(text.contains(singular), "{tag}: {text}");
        let text = l10n.format("sign-in-status-reconnecting", &many);
        assert!(text.contains(plural), "{tag}: {text}");
    }
    // French counts 0 as singular.
    let zero = Localizer::for_locale("fr").format("cli-expires", &[("minutes", "0".into())]);
    assert!(zero.contains("0 minute."), "{zero}");
}

#[test]
fn numbers_in_messages_use_the_locale_grouping() {
    let args = [("index", "1".to_owned()), ("count", "1200".to_owned())];
    assert_eq!(
        Localizer::for_locale("en-US").format("dashboard-position", &args),
        "1 of 1,200"
    );
    assert_eq!(
        Localizer::for_locale("de").format("dashboard-position", &args),
        "1 von 1.200"
    );
    assert_eq!(
        Localizer::for_locale("fr").format("dashboard-position", &args),
        "1 sur 1\u{202f}200"
    );
}

#[test]
fn the_pseudo_locale_is_accented_and_about_forty_percent_longer() {
    let english = Localizer::for_locale("en-US");
    let pseudo = Localizer::for_locale(PSEUDO_LOCALE);
    let plain = english.text("sign-in-phishing");
    let stretched = pseudo.text("sign-in-phishing");
    assert_ne!(plain, stretched);
    assert!(
        !stretched
            .chars()
            .any(|c| c.is_ascii_lowercase() && "bcdfghjklmnpqrstvwxyz".contains(c)),
        "{stretched}"
    );
    let ratio = stretched.chars().count() as f64 / plain.chars().count() as f64;
    assert!((1.35..1.6).contains(&ratio), "{ratio}: {stretched}");
    // Arguments stay as given.
    let text = pseudo.format("signed-in-as", &[("name", "Ada".into())]);
    assert!(text.contains("Ada"), "{text}");
}

#[test]
fn the_ui_files_hold_no_words_of_their_own() {
    // Every word on screen comes from Fluent: a string literal in a .slint file may be a
    // message id (`I18n.tr("…")`), an import, a font name, an SVG path, or punctuation.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui");
    let mut files = Vec::new();
    source_files(&root, &mut files);
    assert!(files.len() > 5);
    let mut words = Vec::new();
    for text in &files {
        for line in text.lines() {
            let code = line.split("//").next().unwrap_or_default();
            if code.trim_start().starts_with("import") || code.contains("font-family") {
                continue;
            }
            let mut rest = code;
            while let Some(start) = rest.find('"') {
                let after = &rest[start + 1..];
                let Some(end) = after.find('"') else { break };
                let literal = &after[..end];
                let is_id = rest[..start].ends_with("I18n.tr(");
                let is_path = rest[..start].trim_end().ends_with("commands:");
                let is_title =
                    rest[..start].trim_end().ends_with("title:") && literal == "Wallboard";
                if !is_id && !is_path && !is_title && literal.chars().any(char::is_alphabetic) {
                    words.push(format!("{literal:?} in: {}", line.trim()));
                }
                rest = &after[end + 1..];
            }
        }
    }
    assert!(words.is_empty(), "untranslated words in ui/: {words:#?}");
}
