//! The settings screen's logic, without a window: which language, contrast and palette apply
//! (the TV's saved choice, else the config, else the Salesforce user's language, else the
//! system's), what each row shows, and what Left/Right do.

use std::path::PathBuf;

use crate::appearance::{Contrast, Palette};
use crate::i18n::{LOCALES, Localizer, is_known, language_name, negotiate, salesforce_locale};
use crate::preferences::Preferences;

/// Where the language in use came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LanguageSource {
    /// Chosen on this TV's settings screen.
    Screen,
    /// The config file, environment or command line (`locale`).
    Config,
    /// The signed-in user's Salesforce language.
    Salesforce,
    /// The system locale (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`), or English.
    System,
}

impl LanguageSource {
    /// The selector value of `settings-language-automatic`.
    fn fluent_key(self) -> &'static str {
        match self {
            Self::Config => "config",
            Self::Salesforce => "salesforce",
            Self::Screen | Self::System => "system",
        }
    }
}

/// The rows, in screen order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Language,
    Contrast,
    Palette,
}

pub const ROWS: [Row; 3] = [Row::Language, Row::Contrast, Row::Palette];

/// Everything the settings depend on.
#[derive(Debug, Clone, Default)]
pub struct SettingsState {
    pub preferences: Preferences,
    /// `locale` from the config, if set.
    pub config_locale: Option<String>,
    pub config_contrast: Contrast,
    pub config_palette: Palette,
    /// The signed-in user's Salesforce language, once known.
    pub salesforce_language: Option<String>,
    /// The system's languages, in order.
    pub system: Vec<String>,
    /// Where choices are saved; `None` keeps them for this run only.
    pub state_dir: Option<PathBuf>,
}

fn rotate<T: Copy + PartialEq>(all: &[T], current: T, delta: i32) -> T {
    let len = all.len() as i32;
    let at = all.iter().position(|x| *x == current).unwrap_or(0) as i32;
    all[(at + delta).rem_euclid(len) as usize]
}

impl SettingsState {
    /// The language that applies without a choice on the TV.
    pub fn automatic_locale(&self) -> (&'static str, LanguageSource) {
        if let Some(tag) = self
            .config_locale
            .as_deref()
            .filter(|t| !t.trim().is_empty())
        {
            return (negotiate(&[tag.to_owned()]), LanguageSource::Config);
        }
        if let Some(tag) = self
            .salesforce_language
            .as_deref()
            .and_then(salesforce_locale)
        {
            return (tag, LanguageSource::Salesforce);
        }
        (negotiate(&self.system), LanguageSource::System)
    }

    /// The language in use and where it came from.
    pub fn locale(&self) -> (&'static str, LanguageSource) {
        match self.preferences.locale.as_deref().filter(|t| is_known(t)) {
            Some(tag) => (negotiate(&[tag.to_owned()]), LanguageSource::Screen),
            None => self.automatic_locale(),
        }
    }

    pub fn contrast(&self) -> Contrast {
        self.preferences.contrast.unwrap_or(self.config_contrast)
    }

    pub fn palette(&self) -> Palette {
        self.preferences.palette.unwrap_or(self.config_palette)
    }

    /// Left (-1) or Right/OK (+1) on `row`. Saves the choice; a failure to save is logged
    /// and the choice still applies until the restart.
    pub fn change(&mut self, row: Row, delta: i32) {
        match row {
            Row::Language => {
                // Automatic, then each shipped language.
                let options: Vec<Option<&str>> = std::iter::once(None)
                    .chain(LOCALES.iter().map(|(tag, _)| Some(*tag)))
                    .collect();
                let current = self.preferences.locale.as_deref().filter(|t| is_known(t));
                let next = rotate(&options, current, delta);
                self.preferences.locale = next.map(str::to_owned);
            }
            Row::Contrast => {
                self.preferences.contrast = Some(rotate(&Contrast::ALL, self.contrast(), delta));
            }
            Row::Palette => {
                self.preferences.palette = Some(rotate(&Palette::ALL, self.palette(), delta));
            }
        }
        if let Some(dir) = &self.state_dir
            && let Err(error) = self.preferences.save(dir)
        {
            tracing::warn!(path = %dir.display(), %error, "cannot save the settings");
        }
    }

    /// Each row's label and value, in the language in use.
    pub fn rows(&self, l10n: &Localizer) -> Vec<(String, String)> {
        ROWS.iter()
            .map(|row| match row {
                Row::Language => {
                    let value = match self.preferences.locale.as_deref().filter(|t| is_known(t)) {
                        Some(tag) => language_name(tag),
                        None => {
                            let (tag, source) = self.automatic_locale();
                            l10n.format(
                                "settings-language-automatic",
                                &[
                                    ("language", language_name(tag)),
                                    ("source", source.fluent_key().to_owned()),
                                ],
                            )
                        }
                    };
                    (l10n.text("settings-language"), value)
                }
                Row::Contrast => (
                    l10n.text("settings-contrast"),
                    l10n.text(self.contrast().label_id()),
                ),
                Row::Palette => (
                    l10n.text("settings-palette"),
                    l10n.text(self.palette().label_id()),
                ),
            })
            .collect()
    }
}

/// Connects the settings screen to a window: opening (Menu key, Settings button or card),
/// Left/Right, Back, and the Salesforce language arriving after sign-in. `rerender` redraws
/// the current screen after the language or palette changed.
pub fn bind(
    window: &super::generated::AppWindow,
    state: std::rc::Rc<std::cell::RefCell<SettingsState>>,
    l10n: crate::i18n::SharedLocalizer,
    rerender: std::rc::Rc<dyn Fn()>,
) {
    use slint::ComponentHandle;

    use super::generated::{AppState, Settings};

    let weak = window.as_weak();
    let apply = {
        let state = state.clone();
        std::rc::Rc::new(move || {
            let Some(window) = weak.upgrade() else {
                return;
            };
            let settings = state.borrow();
            let language_changed = l10n.switch(settings.locale().0);
            let accessible = settings.palette() == Palette::Accessible;
            let palette_changed = super::bridge::set_palette(&window, accessible);
            let contrast_changed = super::bridge::set_contrast(&window, settings.contrast());
            if language_changed {
                super::bridge::bump_translations(&window);
            }
            if language_changed || palette_changed || contrast_changed {
                rerender();
            }
            super::bridge::set_settings(&window, &settings.rows(&l10n.current()), &l10n.current());
        })
    };

    let app = window.global::<AppState>();
    let weak = window.as_weak();
    let show = apply.clone();
    app.on_open_settings(move || {
        if let Some(window) = weak.upgrade() {
            let settings = window.global::<Settings>();
            settings.set_focused(0);
            settings.set_open(true);
            show();
        }
    });
    let learn = apply.clone();
    let known = state.clone();
    app.on_user_language(move |language| {
        let language = Some(language.to_string()).filter(|l| !l.is_empty());
        if known.borrow().salesforce_language != language {
            known.borrow_mut().salesforce_language = language;
            learn();
        }
    });

    let settings = window.global::<Settings>();
    let change = apply.clone();
    settings.on_change(move |row, delta| {
        if let Some(row) = usize::try_from(row).ok().and_then(|r| ROWS.get(r)) {
            state.borrow_mut().change(*row, delta.signum());
            change();
        }
    });
    let weak = window.as_weak();
    settings.on_close(move || {
        if let Some(window) = weak.upgrade() {
            window.global::<Settings>().set_open(false);
        }
    });
    apply();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> SettingsState {
        SettingsState {
            system: vec!["de_DE.UTF-8".into()],
            ..SettingsState::default()
        }
    }

    #[test]
    fn the_language_comes_from_the_screen_then_config_then_salesforce_then_system() {
        let mut settings = state();
        assert_eq!(settings.locale(), ("de", LanguageSource::System));
        settings.salesforce_language = Some("ja".into());
        assert_eq!(settings.locale(), ("ja", LanguageSource::Salesforce));
        settings.config_locale = Some("fr".into());
        assert_eq!(settings.locale(), ("fr", LanguageSource::Config));
        settings.preferences.locale = Some("nl".into());
        assert_eq!(settings.locale(), ("nl", LanguageSource::Screen));
        // A Salesforce language Wallboard does not ship falls through to the system's.
        let mut finnish = state();
        finnish.salesforce_language = Some("fi".into());
        assert_eq!(finnish.locale(), ("de", LanguageSource::System));
    }

    #[test]
    fn left_and_right_cycle_through_automatic_and_every_language() {
        let mut settings = state();
        settings.change(Row::Language, 1);
        assert_eq!(settings.preferences.locale.as_deref(), Some("en-US"));
        settings.change(Row::Language, -1);
        assert_eq!(settings.preferences.locale, None);
        settings.change(Row::Language, -1);
        assert_eq!(settings.preferences.locale.as_deref(), Some("ja"));
        let mut seen = std::collections::BTreeSet::new();
        for _ in 0..LOCALES.len() + 1 {
            settings.change(Row::Language, 1);
            seen.insert(settings.locale().0);
        }
        assert_eq!(seen.len(), LOCALES.len());
    }

    #[test]
    fn contrast_and_palette_toggle_and_are_saved() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let mut settings = SettingsState {
            state_dir: Some(dir.path().to_owned()),
            ..state()
        };
        settings.change(Row::Contrast, 1);
        settings.change(Row::Palette, -1);
        assert_eq!(settings.contrast(), Contrast::High);
        assert_eq!(settings.palette(), Palette::Accessible);
        let saved = Preferences::load(dir.path());
        assert_eq!(saved.contrast, Some(Contrast::High));
        assert_eq!(saved.palette, Some(Palette::Accessible));
    }

    #[test]
    fn rows_are_translated_and_name_the_automatic_source() {
        let mut settings = state();
        settings.salesforce_language = Some("ja".into());
        let rows = settings.rows(&Localizer::for_locale("en-US"));
        assert_eq!(rows[0].0, "Language");
        assert_eq!(rows[0].1, "Automatic: 日本語 (your Salesforce language)");
        assert_eq!(rows[1].1, "Standard");
        settings.change(Row::Language, 3);
        let rows = settings.rows(&Localizer::for_locale("fr"));
        assert_eq!(rows[0], ("Langue".to_owned(), "Français".to_owned()));
        assert_eq!(rows[2].1, "Comme dans Salesforce");
    }
}
