//! Turns a [`View`] into translated strings (pure, testable) and writes them into the Slint
//! globals; wires the globals' callbacks (Fluent lookups, QR rendering, keys) back to Rust.

use slint::{ComponentHandle, Model, ModelRc, SharedString, VecModel};
use tokio::sync::mpsc::UnboundedSender;

use super::generated::{
    ActionItem, AppState, AppWindow, I18n, Screen, SignIn, SignedIn, StatusKind, Tone,
};
use super::qr;
use crate::app::{Action, CodeStatus, Command, IdleReason, View};
use crate::appearance::Contrast;
use crate::i18n::{Localizer, SharedLocalizer, UserMessage};

/// Everything the UI shows, already translated.
#[derive(Debug, Clone, PartialEq)]
pub struct UiModel {
    pub screen: Screen,
    pub actions: Vec<(String, String)>,
    pub keys_hint: String,
    pub message_title: String,
    pub message_body: String,
    pub message_hint: String,
    pub message_tone: Tone,
    pub busy: bool,
    pub code: String,
    pub url: String,
    pub qr_payload: String,
    pub countdown: String,
    pub remaining: f32,
    pub status: String,
    pub status_kind: StatusKind,
    pub name: String,
    pub org: String,
    pub username: String,
    pub next: String,
    pub dashboard: Option<super::dashboard_bridge::DashboardModel>,
    pub picker: Option<super::dashboard_bridge::PickerModel>,
}

impl Default for UiModel {
    fn default() -> Self {
        Self {
            screen: Screen::Message,
            actions: Vec::new(),
            keys_hint: String::new(),
            message_title: String::new(),
            message_body: String::new(),
            message_hint: String::new(),
            message_tone: Tone::Info,
            busy: false,
            code: String::new(),
            url: String::new(),
            qr_payload: String::new(),
            countdown: String::new(),
            remaining: 1.0,
            status: String::new(),
            status_kind: StatusKind::Waiting,
            name: String::new(),
            org: String::new(),
            username: String::new(),
            next: String::new(),
            dashboard: None,
            picker: None,
        }
    }
}

/// The id of the button that opens the settings (handled in the UI, not by the controller).
pub const SETTINGS_ACTION: &str = "settings";

/// Translates a view for the screen.
pub fn model(view: &View, actions: &[Action], l10n: &Localizer) -> UiModel {
    let mut model = UiModel {
        actions: actions
            .iter()
            .map(|a| (a.id().to_owned(), l10n.text(a.label_id())))
            .collect(),
        // Only mention keys that do something here.
        keys_hint: match actions {
            [] => String::new(),
            _ if actions.contains(&Action::Cancel) => l10n.text("keys-hint"),
            _ => l10n.text("keys-hint-no-back"),
        },
        ..UiModel::default()
    };
    let mut message = |title: String, body: String, hint: String, tone: Tone, busy: bool| {
        model.screen = Screen::Message;
        model.message_title = title;
        model.message_body = body;
        model.message_hint = hint;
        model.message_tone = tone;
        model.busy = busy;
    };
    match view {
        View::Starting => message(
            l10n.text("sign-in-starting"),
            String::new(),
            String::new(),
            Tone::Info,
            true,
        ),
        View::Connecting => message(
            l10n.text("sign-in-connecting"),
            String::new(),
            String::new(),
            Tone::Success,
            true,
        ),
        View::Idle(reason) => {
            let (title, tone) = match reason {
                IdleReason::Expired => ("idle-expired-title", Tone::Info),
                IdleReason::Cancelled => ("idle-cancelled-title", Tone::Info),
                IdleReason::Denied => ("idle-denied-title", Tone::Warning),
            };
            message(
                l10n.text(title),
                String::new(),
                l10n.text("idle-body"),
                tone,
                false,
            );
        }
        View::Error(error) => {
            // Without a Try again button the problem is the configuration, not the moment.
            let hint = if actions.contains(&Action::TryAgain) {
                "error-hint"
            } else {
                "error-hint-config"
            };
            message(
                l10n.text("error-title"),
                l10n.message(error),
                l10n.text(hint),
                Tone::Error,
                false,
            );
        }
        View::Code(code) => {
            model.screen = Screen::Code;
            model.code = code.code.clone();
            model.url = code.verification_uri.clone();
            model.qr_payload = code.qr_payload.clone();
            model.countdown = l10n.format(
                "sign-in-expires-in",
                &[("time", l10n.values().countdown(code.remaining_secs))],
            );
            model.remaining = if code.lifetime_secs == 0 {
                0.0
            } else {
                (code.remaining_secs as f32 / code.lifetime_secs as f32).clamp(0.0, 1.0)
            };
            (model.status, model.status_kind) = match code.status {
                CodeStatus::Waiting => (l10n.text("sign-in-status-waiting"), StatusKind::Waiting),
                CodeStatus::SlowingDown { interval_secs } => (
                    l10n.message(
                        &UserMessage::new("sign-in-status-slow-down")
                            .arg("seconds", interval_secs.to_string()),
                    ),
                    StatusKind::Slow,
                ),
                CodeStatus::Reconnecting { retry_in_secs } => (
                    l10n.message(
                        &UserMessage::new("sign-in-status-reconnecting")
                            .arg("seconds", retry_in_secs.to_string()),
                    ),
                    StatusKind::Offline,
                ),
            };
        }
        View::Resuming { name, problem, .. } => {
            let body = l10n.format("signed-in-as", &[("name", name.clone())]);
            let hint = problem
                .as_ref()
                .map(|p| format!("{} {}", l10n.message(p), l10n.text("boot-retrying")))
                .unwrap_or_default();
            let tone = if problem.is_some() {
                Tone::Warning
            } else {
                Tone::Info
            };
            message(l10n.text("boot-connecting"), body, hint, tone, true);
        }
        View::ConfirmSignOut { account } => message(
            l10n.text("confirm-sign-out-title"),
            account.clone(),
            l10n.text("confirm-sign-out-hint"),
            Tone::Warning,
            false,
        ),
        View::SignedOut { revoked } => {
            let body = l10n.text(if *revoked {
                "signed-out-revoked"
            } else {
                "signed-out-offline"
            });
            message(
                l10n.text("signed-out-title"),
                body,
                String::new(),
                Tone::Info,
                false,
            );
        }
        View::Notice(notice) => message(
            l10n.text("notice-sign-in-again"),
            l10n.message(notice),
            String::new(),
            Tone::Warning,
            false,
        ),
        View::Picker(picker) => {
            model.screen = Screen::Picker;
            model.keys_hint = l10n.text("keys-picker");
            model.picker = Some(super::dashboard_bridge::picker_model(picker, l10n));
        }
        View::Dashboard(dashboard) => {
            model.screen = Screen::Dashboard;
            model.keys_hint = l10n.text("keys-dashboard");
            model.dashboard = Some(super::dashboard_bridge::dashboard_model(dashboard, l10n));
        }
        View::SignedIn(user) => {
            model.screen = Screen::SignedIn;
            model.name = l10n.format("signed-in-as", &[("name", user.display_name.clone())]);
            model.org = l10n.format("signed-in-org", &[("org", user.org_name.clone())]);
            model.username =
                l10n.format("signed-in-username", &[("username", user.username.clone())]);
            model.next = l10n.text("signed-in-next");
        }
    }
    // On the sign-in screens with buttons (code, expired, cancelled, errors) the last one opens
    // the settings, so a person can switch the language before signing in.
    let signing_in = matches!(view, View::Code(_) | View::Idle(_) | View::Error(_));
    if signing_in && !model.actions.is_empty() {
        model
            .actions
            .push((SETTINGS_ACTION.to_owned(), l10n.text("action-settings")));
    }
    model
}

/// Writes a model into the window's globals.
pub fn apply(window: &AppWindow, model: &UiModel) {
    let state = window.global::<AppState>();
    let shown: Vec<(String, String)> = state
        .get_actions()
        .iter()
        .map(|a| (a.id.to_string(), a.label.to_string()))
        .collect();
    if shown != model.actions {
        let items: Vec<ActionItem> = model
            .actions
            .iter()
            .map(|(id, label)| ActionItem {
                id: SharedString::from(id.as_str()),
                label: SharedString::from(label.as_str()),
            })
            .collect();
        state.set_actions(ModelRc::new(VecModel::from(items)));
        // A new set of buttons: focus the first one (a new language keeps the focus).
        if shown
            .iter()
            .map(|a| &a.0)
            .ne(model.actions.iter().map(|a| &a.0))
        {
            state.set_focused(0);
        }
    }
    // Coming back to the picker restores the focus on the card of the last dashboard.
    let entering_picker = state.get_screen() != Screen::Picker && model.screen == Screen::Picker;
    state.set_screen(model.screen);
    state.set_keys_hint(model.keys_hint.as_str().into());
    state.set_message_title(model.message_title.as_str().into());
    state.set_message_body(model.message_body.as_str().into());
    state.set_message_hint(model.message_hint.as_str().into());
    state.set_message_tone(model.message_tone);
    state.set_busy(model.busy);

    let sign_in = window.global::<SignIn>();
    sign_in.set_code(model.code.as_str().into());
    sign_in.set_url(model.url.as_str().into());
    sign_in.set_qr_payload(model.qr_payload.as_str().into());
    sign_in.set_countdown(model.countdown.as_str().into());
    sign_in.set_remaining(model.remaining);
    sign_in.set_status(model.status.as_str().into());
    sign_in.set_status_kind(model.status_kind);

    if let Some(dashboard) = &model.dashboard {
        super::dashboard_bridge::apply_dashboard(window, dashboard);
    }
    if let Some(picker) = &model.picker {
        super::dashboard_bridge::apply_picker(window, picker, entering_picker);
    }

    let signed_in = window.global::<SignedIn>();
    signed_in.set_name(model.name.as_str().into());
    signed_in.set_org(model.org.as_str().into());
    signed_in.set_username(model.username.as_str().into());
    signed_in.set_next(model.next.as_str().into());
}

/// Re-evaluates every `I18n.tr` binding (after the language changed).
pub fn bump_translations(window: &AppWindow) {
    let i18n = window.global::<I18n>();
    i18n.set_revision(i18n.get_revision().wrapping_add(1));
}

/// Fills the Theme global with a contrast setting's colours. Returns whether they changed (the
/// tiles are then rebuilt: a metric's own colour is lifted to the new minimum contrast).
pub fn set_contrast(window: &AppWindow, contrast: Contrast) -> bool {
    use super::dashboard_bridge::color;
    let colors = super::theme::ThemeColors::of(contrast);
    let min_contrast = super::theme::min_text_ratio(contrast) as f32;
    let theme = window.global::<super::generated::Theme>();
    let changed =
        theme.get_surface() != color(colors.surface) || theme.get_min_contrast() != min_contrast;
    theme.set_background(color(colors.background));
    theme.set_background_top(color(colors.background_top));
    theme.set_surface(color(colors.surface));
    theme.set_surface_strong(color(colors.surface_strong));
    theme.set_text(color(colors.text));
    theme.set_muted(color(colors.muted));
    theme.set_accent(color(colors.accent));
    theme.set_focus(color(colors.focus));
    theme.set_warning(color(colors.warning));
    theme.set_error(color(colors.error));
    theme.set_success(color(colors.success));
    theme.set_min_contrast(min_contrast);
    changed
}

/// Switches chart series to Salesforce's accessible palette (or back). Returns whether it
/// changed; the tiles are rebuilt on the next dashboard update.
pub fn set_palette(window: &AppWindow, accessible: bool) -> bool {
    let dashboards = window.global::<super::generated::Dashboards>();
    if dashboards.get_accessible_palette() == accessible {
        return false;
    }
    dashboards.set_accessible_palette(accessible);
    dashboards.set_tiles_revision(-1);
    true
}

/// Writes the settings screen's rows and texts.
pub fn set_settings(window: &AppWindow, rows: &[(String, String)], l10n: &Localizer) {
    let settings = window.global::<super::generated::Settings>();
    settings.set_title(l10n.text("settings-title").into());
    settings.set_note(l10n.text("settings-saved").into());
    settings.set_hint(l10n.text("keys-settings").into());
    let rows: Vec<super::generated::SettingRow> = rows
        .iter()
        .map(|(label, value)| super::generated::SettingRow {
            label: label.as_str().into(),
            value: value.as_str().into(),
        })
        .collect();
    settings.set_rows(ModelRc::new(VecModel::from(rows)));
}

/// Sets the margin kept free on every side (percent of the screen).
pub fn set_safe_area(window: &AppWindow, percent: f32) {
    window
        .global::<super::generated::Theme>()
        .set_safe_area(percent / 100.0);
}

/// Connects the window's callbacks: Fluent lookups, QR rendering, and remote commands.
pub fn install(
    window: &AppWindow,
    l10n: SharedLocalizer,
    commands: Option<UnboundedSender<Command>>,
) {
    let i18n = window.global::<I18n>();
    i18n.on_tr(move |id, _revision| SharedString::from(l10n.current().text(id.as_str())));
    bump_translations(window);
    set_contrast(window, Contrast::Standard);

    window
        .global::<SignIn>()
        .on_render_qr(|payload, max_px| qr::image(payload.as_str(), max_px));

    let dashboards = window.global::<super::generated::Dashboards>();
    let send = commands.clone();
    dashboards.on_open_dashboard(move |index| {
        if let Some(tx) = &send {
            let _ = tx.send(Command::OpenDashboard(usize::try_from(index).unwrap_or(0)));
        }
    });
    let send = commands.clone();
    dashboards.on_step_dashboard(move |step| {
        if let Some(tx) = &send {
            let _ = tx.send(Command::StepDashboard(step));
        }
    });
    let send = commands.clone();
    dashboards.on_to_picker(move || {
        if let Some(tx) = &send {
            let _ = tx.send(Command::ToPicker);
        }
    });
    let send = commands.clone();
    dashboards.on_activity(move || {
        if let Some(tx) = &send {
            let _ = tx.send(Command::Activity);
        }
    });

    let state = window.global::<AppState>();
    let send = commands.clone();
    let weak = window.as_weak();
    state.on_activate(move |id| {
        if id.as_str() == SETTINGS_ACTION {
            if let Some(window) = weak.upgrade() {
                window.global::<AppState>().invoke_open_settings();
            }
        } else if let (Some(tx), Some(action)) = (&send, Action::from_id(id.as_str())) {
            let _ = tx.send(Command::Activate(action));
        }
    });
    state.on_back(move || {
        if let Some(tx) = &commands {
            let _ = tx.send(Command::Back);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::CodeView;

    #[test]
    fn code_view_is_translated() {
        let view = View::Code(CodeView {
            code: "X1D9-SEET".into(),
            verification_uri: "https://login.salesforce.com/setup/connect".into(),
            qr_payload: "https://login.salesforce.com/setup/connect?user_code=X1D9SEET".into(),
            remaining_secs: 125,
            lifetime_secs: 600,
            status: CodeStatus::Reconnecting { retry_in_secs: 1 },
        });
        let english = model(
            &view,
            &[Action::NewCode, Action::Cancel],
            &Localizer::for_locale("en-US"),
        );
        assert_eq!(english.screen, Screen::Code);
        // CLDR digital style (ICU4X): two-digit minutes once the hours are dropped.
        assert_eq!(english.countdown, "Code expires in 02:05");
        assert_eq!(english.status, "Connection lost. Retrying in 1 second…");
        assert_eq!(
            english.actions[0],
            ("new-code".to_owned(), "New code".to_owned())
        );
        let german = model(&view, &[Action::NewCode], &Localizer::for_locale("de"));
        assert_eq!(german.countdown, "Der Code läuft in 02:05 ab");
        assert_eq!(german.actions[0].1, "Neuer Code");
        let japanese = model(&view, &[Action::Cancel], &Localizer::for_locale("ja"));
        assert_eq!(japanese.countdown, "コードの有効期限まで 02:05");
        assert_eq!(japanese.status, "接続が切れました。1 秒後に再試行します…");
        assert_eq!(japanese.actions[0].1, "キャンセル");
    }

    #[test]
    fn settings_are_offered_while_signing_in_not_in_the_sign_out_question() {
        let english = Localizer::for_locale("en-US");
        let ids = |view: &View, actions: &[Action]| -> Vec<String> {
            model(view, actions, &english)
                .actions
                .into_iter()
                .map(|(id, _)| id)
                .collect()
        };
        let expired = View::Idle(IdleReason::Expired);
        assert_eq!(ids(&expired, &[Action::NewCode]), ["new-code", "settings"]);
        let question = View::ConfirmSignOut {
            account: "Ada".into(),
        };
        assert_eq!(
            ids(&question, &[Action::SignOut, Action::Cancel]),
            ["sign-out", "cancel"]
        );
        // No buttons (connecting): nothing to add to.
        assert!(ids(&View::Connecting, &[]).is_empty());
    }

    #[test]
    fn configuration_errors_do_not_promise_a_retry() {
        let view =
            View::Error(UserMessage::new("error-login-host-insecure").arg("host", "evil.example"));
        let english = Localizer::for_locale("en-US");
        let stuck = model(&view, &[], &english);
        assert!(
            stuck
                .message_body
                .contains("evil.example must be reached over https")
        );
        assert!(
            stuck
                .message_hint
                .starts_with("Ask whoever set up this screen")
        );
        assert_eq!(stuck.keys_hint, "");
        let retry = model(&view, &[Action::TryAgain], &english);
        assert_eq!(retry.message_hint, "Press OK to try again.");
    }
}
