//! `wallboard snapshot`: renders a screen headless with the software renderer into a PNG.
//! Screens are filled with Salesforce's documented example values (code `X1D9SEET` on
//! login.salesforce.com), so the picture shows exactly what a TV would.

use std::path::Path;

use slint::ComponentHandle;

use crate::app::{Action, CodeStatus, CodeView, IdleReason, View};
use crate::appearance::{Contrast, Palette};
use crate::auth::SignedInUser;
use crate::auth::device_flow::{group_code, prefilled_uri};
use crate::error::AppError;
use crate::i18n::UserMessage;
use crate::ui::presenter::Presenter;
use crate::ui::settings::SettingsState;
use crate::ui::{AppWindow, bridge, headless};

/// Screens `snapshot --screen` can draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ScreenName {
    SignIn,
    SlowDown,
    Reconnecting,
    Starting,
    Expired,
    Denied,
    Error,
    SignedIn,
}

/// The example view for a screen, with the buttons it has.
pub fn example(screen: ScreenName) -> (View, Vec<Action>) {
    let verification_uri = "https://login.salesforce.com/setup/connect";
    let code = |status| {
        View::Code(CodeView {
            code: group_code("X1D9SEET"),
            verification_uri: verification_uri.into(),
            qr_payload: prefilled_uri(verification_uri, "X1D9SEET"),
            remaining_secs: 583,
            lifetime_secs: 600,
            status,
        })
    };
    let code_actions = vec![Action::NewCode, Action::Cancel];
    match screen {
        ScreenName::SignIn => (code(CodeStatus::Waiting), code_actions),
        ScreenName::SlowDown => (
            code(CodeStatus::SlowingDown { interval_secs: 10 }),
            code_actions,
        ),
        ScreenName::Reconnecting => (
            code(CodeStatus::Reconnecting { retry_in_secs: 20 }),
            code_actions,
        ),
        ScreenName::Starting => (View::Starting, vec![Action::Cancel]),
        ScreenName::Expired => (View::Idle(IdleReason::Expired), vec![Action::NewCode]),
        ScreenName::Denied => (View::Idle(IdleReason::Denied), vec![Action::NewCode]),
        ScreenName::Error => (
            View::Error(UserMessage::new("error-unreachable").arg("host", "login.salesforce.com")),
            vec![Action::TryAgain],
        ),
        ScreenName::SignedIn => (
            View::SignedIn(SignedInUser {
                display_name: "Ada Okafor".into(),
                username: "ada.okafor@northwind.example".into(),
                organization_id: "00D5g00000WbDemEAB".into(),
                org_name: "Northwind Traders".into(),
                language: None,
            }),
            vec![],
        ),
    }
}

/// Parses `WIDTHxHEIGHT`.
pub fn parse_size(text: &str) -> Result<(u32, u32), String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("{text:?} is not WIDTHxHEIGHT"))?;
    let w: u32 = w
        .trim()
        .parse()
        .map_err(|_| format!("bad width in {text:?}"))?;
    let h: u32 = h
        .trim()
        .parse()
        .map_err(|_| format!("bad height in {text:?}"))?;
    if !(64..=8192).contains(&w) || !(64..=8192).contains(&h) {
        return Err(format!("{text:?} is outside 64..8192"));
    }
    Ok((w, h))
}

/// What a snapshot looks like apart from its content: language and safe-area margin.
#[derive(Debug, Clone)]
pub struct Look {
    pub locale: Option<String>,
    pub safe_area_percent: f32,
    pub contrast: Contrast,
    pub palette: Palette,
    /// Frame every label whose text does not fit in magenta (for translators and tests).
    pub show_overflow: bool,
    /// Draw the settings screen over the view.
    pub settings_open: bool,
}

impl Default for Look {
    fn default() -> Self {
        Self {
            locale: None,
            safe_area_percent: crate::display::DEFAULT_SAFE_AREA_PERCENT,
            contrast: Contrast::Standard,
            palette: Palette::Dashboard,
            show_overflow: false,
            settings_open: false,
        }
    }
}

impl From<&crate::config::Config> for Look {
    fn from(config: &crate::config::Config) -> Self {
        Self {
            locale: config.locale.clone(),
            safe_area_percent: config.safe_area_percent,
            contrast: config.contrast,
            palette: config.palette,
            ..Self::default()
        }
    }
}

/// Renders `screen` at `size` into `out`.
pub fn render(
    screen: ScreenName,
    size: (u32, u32),
    look: &Look,
    out: &Path,
) -> Result<(), AppError> {
    let (view, actions) = example(screen);
    render_view(&view, &actions, size, look, out)
}

/// Renders a dashboard at `size` into `out`.
pub fn render_dashboard(
    dashboard: crate::dashboard::Dashboard,
    size: (u32, u32),
    look: &Look,
    out: &Path,
) -> Result<(), AppError> {
    let title = dashboard.title.clone();
    let view = View::Dashboard(crate::app::DashboardView {
        dashboard: Some(std::sync::Arc::new(dashboard)),
        title,
        index: 0,
        count: 1,
        stale_since: None,
        problem: None,
        paused_secs: None,
        revision: 1,
    });
    render_view(&view, &[], size, look, out)
}

/// A headless window dressed as `look` says (language, contrast, palette, margins), with the
/// settings screen wired as on a TV. Call `headless::install` first.
pub fn prepare(look: &Look) -> Result<(AppWindow, Presenter), slint::PlatformError> {
    let window = AppWindow::new()?;
    let settings = SettingsState {
        config_locale: look.locale.clone(),
        config_contrast: look.contrast,
        config_palette: look.palette,
        system: crate::i18n::system_locales(),
        ..SettingsState::default()
    };
    let presenter = Presenter::attach(&window, settings, None);
    bridge::set_safe_area(&window, look.safe_area_percent);
    window
        .global::<crate::ui::generated::Layout>()
        .set_show_overflow(look.show_overflow);
    if look.settings_open {
        window
            .global::<crate::ui::generated::AppState>()
            .invoke_open_settings();
    }
    Ok((window, presenter))
}

/// Draws one view in a fresh headless window and saves it as PNG.
fn render_view(
    view: &View,
    actions: &[Action],
    size: (u32, u32),
    look: &Look,
    out: &Path,
) -> Result<(), AppError> {
    let platform_error =
        |e: slint::PlatformError| AppError::Config(format!("rendering failed: {e}"));
    headless::install().map_err(platform_error)?;
    let (window, presenter) = prepare(look).map_err(platform_error)?;
    headless::set_size(window.window(), size.0, size.1);
    window.show().map_err(platform_error)?;
    presenter.show(&window, view.clone(), actions.to_vec());
    headless::save_png(window.window(), out).map_err(platform_error)?;
    Ok(())
}

/// Reads saved Salesforce JSON: a results file, optionally with a separate describe file.
pub fn dashboard_from_files(
    results: &Path,
    describe: Option<&Path>,
) -> Result<crate::dashboard::Dashboard, AppError> {
    let read = |path: &Path| {
        std::fs::read(path)
            .map_err(|e| AppError::Config(format!("cannot read {}: {e}", path.display())))
    };
    let parse_error = |path: &Path, e: serde_json::Error| {
        AppError::Config(format!("{} is not dashboard JSON: {e}", path.display()))
    };
    let mut parsed: crate::salesforce::types::DashboardResults =
        serde_json::from_slice(&read(results)?).map_err(|e| parse_error(results, e))?;
    if let Some(describe) = describe {
        parsed.dashboard_metadata =
            serde_json::from_slice(&read(describe)?).map_err(|e| parse_error(describe, e))?;
    }
    Ok(crate::dashboard::build(&parsed))
}
