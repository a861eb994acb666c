//! Runs the TV app in a real window (winit on a desktop, linuxkms on a kiosk): the Slint event
//! loop on the main thread, the sign-in controller on the tokio runtime's threads.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use slint::ComponentHandle;
use tokio::sync::mpsc;

use super::bridge;
use super::generated::{AppState, AppWindow, Screen};
use super::service::ServiceNotifier;
use super::settings::{self, SettingsState};
use crate::app::{Action, AppContext, Command, View, run_app};
use crate::error::AppError;
use crate::i18n::{Localizer, SharedLocalizer};

/// How the window behaves.
#[derive(Debug, Clone, Default)]
pub struct WindowOptions {
    pub fullscreen: bool,
    /// Hide the mouse pointer (kiosks).
    pub hide_cursor: bool,
    /// Margin kept free on every side, in percent.
    pub safe_area_percent: f32,
    /// Quit as soon as the first code is on screen, printing the time since `started`
    /// (for the start-up benchmark).
    pub exit_when_code_shown: Option<Instant>,
}

/// The salesforce language a view reveals, if any.
fn user_language(view: &View) -> Option<Option<String>> {
    match view {
        View::SignedIn(user) => Some(user.language.clone()),
        View::Resuming { language, .. } => Some(language.clone()),
        _ => None,
    }
}

/// Shows the app and blocks until the window closes. `settings` holds the configured
/// language, contrast and palette plus the TV's saved choices.
pub fn run(
    runtime: &tokio::runtime::Runtime,
    context: Result<AppContext, AppError>,
    settings: SettingsState,
    options: WindowOptions,
) -> Result<(), slint::PlatformError> {
    let window = AppWindow::new()?;
    let l10n = SharedLocalizer::new(Localizer::for_locale(settings.locale().0));
    let (commands, command_rx) = mpsc::unbounded_channel();
    bridge::install(&window, l10n.clone(), Some(commands.clone()));
    // The last view, to draw again in a new language or palette.
    let last: Arc<Mutex<Option<(View, Vec<Action>)>>> = Arc::default();
    let rerender: Rc<dyn Fn()> = {
        let (weak, l10n, last) = (window.as_weak(), l10n.clone(), last.clone());
        Rc::new(move || {
            let shown = last.lock().ok().and_then(|guard| guard.clone());
            if let (Some(window), Some((view, actions))) = (weak.upgrade(), shown) {
                window
                    .global::<super::generated::Dashboards>()
                    .set_tiles_revision(-1);
                bridge::apply(&window, &bridge::model(&view, &actions, &l10n.current()));
            }
        })
    };
    settings::bind(
        &window,
        Rc::new(RefCell::new(settings)),
        l10n.clone(),
        rerender,
    );
    bridge::set_safe_area(&window, options.safe_area_percent);
    window
        .global::<AppState>()
        .set_hide_cursor(options.hide_cursor);
    if options.fullscreen {
        window.window().set_fullscreen(true);
    }

    let weak = window.as_weak();
    let exit_probe = options.exit_when_code_shown;
    let reported = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let sink = move |view: View, actions: Vec<Action>| {
        let reported = reported.clone();
        let model = bridge::model(&view, &actions, &l10n.current());
        let language = user_language(&view);
        if let Ok(mut guard) = last.lock() {
            *guard = Some((view, actions));
        }
        let _ = weak.upgrade_in_event_loop(move |window| {
            let shown = window.global::<AppState>().get_screen();
            bridge::apply(&window, &model);
            if let Some(language) = language {
                window
                    .global::<AppState>()
                    .invoke_user_language(language.unwrap_or_default().into());
            }
            if model.screen != shown {
                ServiceNotifier::status(status_line(model.screen));
            }
            let first_code = model.screen == Screen::Code
                && !reported.swap(true, std::sync::atomic::Ordering::SeqCst);
            if let (Some(started), true) = (exit_probe, first_code) {
                // Let the frame with the code render, then report and quit.
                slint::Timer::single_shot(std::time::Duration::from_millis(0), move || {
                    println!("code on screen after {} ms", started.elapsed().as_millis());
                    let _ = slint::quit_event_loop();
                });
            }
        });
    };
    let controller = match context {
        Ok(context) => runtime.spawn(run_app(context, command_rx, sink)),
        Err(problem) => {
            tracing::error!(%problem, "cannot sign in with this configuration");
            sink(View::Error(problem.user_message()), Vec::new());
            runtime.spawn(async {})
        }
    };
    let notifier = ServiceNotifier::start();
    let result = window.run();
    ServiceNotifier::stopping();
    drop(notifier);
    let _ = commands.send(Command::Quit);
    let _ = runtime.block_on(controller);
    result
}

/// What `systemctl status` shows for a screen.
fn status_line(screen: Screen) -> &'static str {
    match screen {
        Screen::Code => "showing a sign-in code",
        Screen::Message => "showing a message",
        Screen::SignedIn => "signed in",
        Screen::Picker => "showing the dashboard picker",
        Screen::Dashboard => "showing dashboards",
    }
}
