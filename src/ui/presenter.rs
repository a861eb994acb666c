//! Puts views on a window in the current language, and draws the last one again when the
//! language or palette changes at run time. Shared by the TV window, `snapshot` and tests.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use slint::ComponentHandle;

use super::bridge;
use super::generated::{AppState, AppWindow, Dashboards};
use super::settings::{self, SettingsState};
use crate::app::{Action, Command, View};
use crate::i18n::{Localizer, SharedLocalizer};

/// A view with its buttons, as the controller sent it.
type Shown = Option<(View, Vec<Action>)>;

/// A view put into words, ready for the UI thread.
pub struct Translated {
    pub model: bridge::UiModel,
    /// The Salesforce language the view reveals (see `user_language`).
    language: Option<Option<String>>,
    /// The language it was put into.
    l10n: Arc<Localizer>,
}

/// The language in use and the last view shown (clones share both; `Send`).
#[derive(Clone)]
pub struct Presenter {
    l10n: SharedLocalizer,
    last: Arc<Mutex<Shown>>,
}

/// The Salesforce language a view reveals: `Some(None)` signed in without one.
fn user_language(view: &View) -> Option<Option<String>> {
    match view {
        View::SignedIn(user) => Some(user.language.clone()),
        View::Resuming { language, .. } => Some(language.clone()),
        _ => None,
    }
}

impl Presenter {
    /// Wires `window` (translations, keys, settings screen) for `settings`.
    pub fn attach(
        window: &AppWindow,
        settings: SettingsState,
        commands: Option<tokio::sync::mpsc::UnboundedSender<Command>>,
    ) -> Self {
        let l10n = SharedLocalizer::new(Localizer::for_locale(settings.locale().0));
        let presenter = Self {
            l10n: l10n.clone(),
            last: Arc::default(),
        };
        bridge::install(window, l10n.clone(), commands);
        let (weak, again) = (window.as_weak(), presenter.clone());
        let rerender = Rc::new(move || {
            if let Some(window) = weak.upgrade() {
                again.rerender(&window);
            }
        });
        settings::bind(window, Rc::new(RefCell::new(settings)), l10n, rerender);
        presenter
    }

    pub fn localizer(&self) -> Arc<Localizer> {
        self.l10n.current()
    }

    /// Remembers `view` as the one on screen and translates it (any thread).
    pub fn translate(&self, view: View, actions: Vec<Action>) -> Translated {
        let l10n = self.l10n.current();
        let model = bridge::model(&view, &actions, &l10n);
        let language = user_language(&view);
        if let Ok(mut last) = self.last.lock() {
            *last = Some((view, actions));
        }
        Translated {
            model,
            language,
            l10n,
        }
    }

    /// Applies a translated view on the UI thread and passes on the user's language. A view
    /// put into words while the language was being switched is drawn again in the new one.
    pub fn apply(&self, window: &AppWindow, translated: &Translated) {
        if Arc::ptr_eq(&translated.l10n, &self.l10n.current()) {
            bridge::apply(window, &translated.model);
        } else {
            self.rerender(window);
        }
        if let Some(language) = &translated.language {
            window
                .global::<AppState>()
                .invoke_user_language(language.clone().unwrap_or_default().into());
        }
    }

    /// `translate` and `apply` in one go (UI thread).
    pub fn show(&self, window: &AppWindow, view: View, actions: Vec<Action>) {
        let translated = self.translate(view, actions);
        self.apply(window, &translated);
    }

    /// Draws the last view again in the current language, rebuilding the tiles.
    pub fn rerender(&self, window: &AppWindow) {
        let shown = self.last.lock().ok().and_then(|last| last.clone());
        if let Some((view, actions)) = shown {
            window.global::<Dashboards>().set_tiles_revision(-1);
            bridge::apply(
                window,
                &bridge::model(&view, &actions, &self.l10n.current()),
            );
        }
    }
}
