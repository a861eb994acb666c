//! The sign-in UI on the headless software renderer, driven by real key events and a real
//! controller talking HTTP to the demo org. PNGs land in `test-output/`.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::*;
use slint::ComponentHandle;
use slint::platform::Key;
use wallboard::app::{SignInContext, run_sign_in};
use wallboard::auth::PollerOptions;
use wallboard::auth::device_flow::group_code;
use wallboard::clock::ManualClock;
use wallboard::commands::snapshot::{ScreenName, example};
use wallboard::demo_org::DemoOrgConfig;
use wallboard::i18n::Localizer;
use wallboard::ui::bridge::{self, UiModel};
use wallboard::ui::generated::{Screen, SignIn, SignedIn};
use wallboard::ui::{AppWindow, headless};

/// Waits for a model matching `want`, at most 10 s.
fn wait_for(
    views: &std::sync::mpsc::Receiver<UiModel>,
    want: impl Fn(&UiModel) -> bool,
) -> UiModel {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match views.recv_timeout(left) {
            Ok(model) if want(&model) => return model,
            Ok(_) => {}
            Err(error) => panic!("the expected screen never came: {error}"),
        }
    }
}

#[test]
fn sign_in_with_the_remote_end_to_end() -> TestResult {
    let runtime = threaded_runtime()?;
    let clock = ManualClock::new();
    let org = runtime.block_on(demo_org(&clock, DemoOrgConfig::default()))?;
    let state_dir = tempfile::tempdir()?;
    let context = SignInContext {
        http: wallboard::http::client()?,
        client: demo_client(&org)?,
        clock: clock.shared(),
        options: PollerOptions::default(),
        max_renewals: 3,
        store: Some(Arc::new(wallboard::auth::store::FileStore::new(
            &state_dir.path().join("state"),
        ))),
    };
    let (commands, command_rx) = tokio::sync::mpsc::unbounded_channel();
    let (views_tx, views) = std::sync::mpsc::channel();
    let l10n = Arc::new(Localizer::for_locale("en-US"));
    let sink = move |view, actions: Vec<_>| {
        let _ = views_tx.send(bridge::model(&view, &actions, &l10n));
    };
    let controller = runtime.spawn(run_sign_in(context, command_rx, sink));

    headless::install()?;
    let window = AppWindow::new()?;
    bridge::install(
        &window,
        wallboard::i18n::SharedLocalizer::new(Localizer::for_locale("en-US")),
        Some(commands.clone()),
    );
    headless::set_size(window.window(), 1920, 1080);
    window.show()?;
    assert!(
        window.get_keys_focused(),
        "the remote handler has focus from the start"
    );

    // The code screen: grouped code, and a QR code that decodes to the pre-filled link.
    let model = wait_for(&views, |m| m.screen == Screen::Code);
    bridge::apply(&window, &model);
    let first_code = org.latest_user_code().ok_or("no code issued")?;
    assert_eq!(
        window.global::<SignIn>().get_code().as_str(),
        group_code(&first_code)
    );
    let shot = headless::save_png(window.window(), &output("ui-sign-in-1920x1080.png"))?;
    assert_eq!(
        decode_qr(&shot).as_deref(),
        Some(format!("{}setup/connect?user_code={first_code}", org.base_url()).as_str())
    );

    // Arrows move the focus ring between the three buttons (New code, Cancel, Settings),
    // clamped at the ends.
    assert_eq!(window.get_focused_action(), 0);
    headless::press(window.window(), Key::RightArrow);
    headless::press(window.window(), Key::RightArrow);
    assert_eq!(window.get_focused_action(), 2);
    headless::press(window.window(), Key::RightArrow);
    assert_eq!(window.get_focused_action(), 2);
    headless::press(window.window(), Key::LeftArrow);
    assert_eq!(window.get_focused_action(), 1);
    headless::save_png(window.window(), &output("ui-sign-in-cancel-focused.png"))?;
    headless::press(window.window(), Key::LeftArrow);
    assert_eq!(window.get_focused_action(), 0);

    // Back cancels; the screen says so and offers a new code.
    headless::press(window.window(), Key::Escape);
    let model = wait_for(&views, |m| {
        m.screen == Screen::Message && m.message_title == "Sign-in cancelled"
    });
    bridge::apply(&window, &model);
    assert_eq!(model.actions.len(), 2, "New code and Settings");
    headless::save_png(window.window(), &output("ui-cancelled.png"))?;
    runtime.block_on(async { tokio::time::sleep(Duration::from_millis(20)).await });
    assert_eq!(
        org.polls_for(&first_code),
        0,
        "a cancelled code is not polled"
    );

    // OK asks for a new code.
    headless::press(window.window(), Key::Return);
    let model = wait_for(&views, |m| {
        m.screen == Screen::Code && m.code != group_code(&first_code)
    });
    bridge::apply(&window, &model);
    let second_code = org.latest_user_code().ok_or("no second code")?;
    assert_ne!(first_code, second_code);

    // Approve on the "phone"; one poll interval later the TV shows who signed in.
    assert!(org.decide(&second_code, true));
    runtime.block_on(advance(&clock, 6));
    let model = wait_for(&views, |m| m.screen == Screen::SignedIn);
    bridge::apply(&window, &model);
    assert_eq!(
        window.global::<SignedIn>().get_name().as_str(),
        "Signed in as Ada Okafor"
    );
    assert_eq!(
        window.global::<SignedIn>().get_org().as_str(),
        "Organization: Northwind Traders (Demo)"
    );
    headless::save_png(window.window(), &output("ui-signed-in.png"))?;
    let saved = std::fs::read_to_string(state_dir.path().join("state/credentials.json"))?;
    assert!(saved.contains("refresh_token") && !saved.contains("access_token"));

    let _ = commands.send(wallboard::app::Command::Quit);
    runtime.block_on(controller)?;
    Ok(())
}

#[test]
fn every_screen_fits_the_safe_area_at_tv_resolutions() -> TestResult {
    headless::install()?;
    let window = AppWindow::new()?;
    let l10n = Localizer::for_locale("en-US");
    bridge::install(
        &window,
        wallboard::i18n::SharedLocalizer::new(Localizer::for_locale("en-US")),
        None,
    );
    window.show()?;
    for (w, h) in [(1280, 720), (1920, 1080), (3840, 2160)] {
        headless::set_size(window.window(), w, h);
        for screen in [
            ScreenName::SignIn,
            ScreenName::Reconnecting,
            ScreenName::Expired,
            ScreenName::Error,
            ScreenName::SignedIn,
        ] {
            let (view, actions) = example(screen);
            bridge::apply(&window, &bridge::model(&view, &actions, &l10n));
            let name = format!("screen-{screen:?}-{w}x{h}.png").to_lowercase();
            let shot = headless::save_png(window.window(), &output(&name))?;
            assert_eq!(shot.dimensions(), (w, h));
            assert_eq!(
                bright_outside_safe_area(&shot),
                0,
                "{name} draws into the overscan band"
            );
            if screen == ScreenName::SignIn {
                let decoded = decode_qr(&shot);
                assert_eq!(
                    decoded.as_deref(),
                    Some("https://login.salesforce.com/setup/connect?user_code=X1D9SEET"),
                    "{name}: QR unreadable"
                );
            }
        }
    }
    Ok(())
}

#[test]
fn german_screens_are_german() -> TestResult {
    headless::install()?;
    let window = AppWindow::new()?;
    let l10n = Localizer::for_locale("de");
    bridge::install(
        &window,
        wallboard::i18n::SharedLocalizer::new(Localizer::for_locale("de")),
        None,
    );
    headless::set_size(window.window(), 1920, 1080);
    window.show()?;
    let (view, actions) = example(ScreenName::SignIn);
    let model = bridge::model(&view, &actions, &l10n);
    bridge::apply(&window, &model);
    assert_eq!(model.actions[1].1, "Abbrechen");
    assert!(model.countdown.starts_with("Der Code läuft"));
    let english = {
        let (view, actions) = example(ScreenName::SignIn);
        bridge::model(&view, &actions, &Localizer::for_locale("en-US"))
    };
    let german_shot =
        headless::save_png(window.window(), &output("screen-signin-de-1920x1080.png"))?;
    bridge::apply(&window, &english);
    let english_shot = headless::snapshot(window.window())?;
    assert_ne!(
        german_shot.as_raw(),
        english_shot.as_raw(),
        "the language changes what is drawn"
    );
    Ok(())
}
