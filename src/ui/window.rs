//! Runs the TV app in a real window (winit on a desktop, linuxkms on a kiosk): the Slint event
//! loop on the main thread, the sign-in controller on the tokio runtime's threads.

use std::sync::Arc;
use std::time::Instant;

use slint::ComponentHandle;
use tokio::sync::mpsc;

use super::bridge;
use super::generated::{AppState, AppWindow, Screen};
use super::presenter::Presenter;
use super::service::ServiceNotifier;
use super::settings::SettingsState;
use crate::app::{Action, AppContext, Command, View, run_app};
use crate::error::AppError;

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

/// Shows the app and blocks until the window closes. `settings` holds the configured
/// language, contrast and palette plus the TV's saved choices.
pub fn run(
    runtime: &tokio::runtime::Runtime,
    context: Result<AppContext, AppError>,
    settings: SettingsState,
    options: WindowOptions,
) -> Result<(), slint::PlatformError> {
    let window = AppWindow::new()?;
    let (commands, command_rx) = mpsc::unbounded_channel();
    let presenter = Presenter::attach(&window, settings, Some(commands.clone()));
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
        let translated = presenter.translate(view, actions);
        let presenter = presenter.clone();
        let _ = weak.upgrade_in_event_loop(move |window| {
            let shown = window.global::<AppState>().get_screen();
            presenter.apply(&window, &translated);
            let model = &translated.model;
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
