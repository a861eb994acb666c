//! From sign-in to dashboards on the headless renderer, with the real app controller and the
//! demo org: the picker, opening a dashboard, moving between dashboards and tiles, zoom, Back,
//! focus restored; rotation from a playlist; stale data kept when the network drops.

mod common;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::Receiver;
use std::time::Duration;

use common::*;
use slint::ComponentHandle;
use slint::platform::Key;
use wallboard::app::{
    AppContext, Command, DashboardSettings, PlaylistItem, SignInContext, run_app,
};
use wallboard::auth::PollerOptions;
use wallboard::auth::credentials::SavedSignIn;
use wallboard::auth::store::{CredentialStore, FileStore};
use wallboard::auth::{SignedInUser, TokenResponse};
use wallboard::clock::ManualClock;
use wallboard::demo_org::{DemoOrg, DemoOrgConfig};
use wallboard::ui::bridge::{self, UiModel};
use wallboard::ui::generated::Screen;
use wallboard::ui::presenter::Presenter;
use wallboard::ui::settings::SettingsState;
use wallboard::ui::{AppWindow, headless};

fn output(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("test-output")
        .join(name)
}

struct Harness {
    runtime: tokio::runtime::Runtime,
    clock: ManualClock,
    org: DemoOrg,
    window: AppWindow,
    views: Receiver<UiModel>,
    commands: tokio::sync::mpsc::UnboundedSender<Command>,
    store: Arc<FileStore>,
    _state: tempfile::TempDir,
}

impl Harness {
    fn start(
        settings: DashboardSettings,
    ) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Self::start_with(settings, DemoOrgConfig::default(), |_, _, _| Ok(()))
    }

    /// Starts the demo org, lets `prepare` act before the app starts (e.g. save a sign-in), then
    /// runs the app against it.
    /// The TV started with a sign-in already stored.
    fn signed_in() -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Self::start_with(
            DashboardSettings::default(),
            DemoOrgConfig::default(),
            |rt, org, ctx| save_a_sign_in(rt, org, ctx).map(|_| ()),
        )
    }

    fn start_with(
        settings: DashboardSettings,
        config: DemoOrgConfig,
        prepare: impl FnOnce(
            &tokio::runtime::Runtime,
            &DemoOrg,
            (&ManualClock, &FileStore),
        ) -> Result<(), Box<dyn std::error::Error + Send + Sync>>,
    ) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Self::start_scoped(settings, config, "api refresh_token id", prepare)
    }

    fn start_scoped(
        settings: DashboardSettings,
        config: DemoOrgConfig,
        scope: &str,
        prepare: impl FnOnce(
            &tokio::runtime::Runtime,
            &DemoOrg,
            (&ManualClock, &FileStore),
        ) -> Result<(), Box<dyn std::error::Error + Send + Sync>>,
    ) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        let runtime = threaded_runtime()?;
        let clock = ManualClock::new();
        let org = runtime.block_on(demo_org(&clock, config))?;
        let state = tempfile::tempdir()?;
        let store = Arc::new(FileStore::new(state.path()));
        prepare(&runtime, &org, (&clock, &store))?;
        let sign_in = SignInContext {
            http: wallboard::http::client()?,
            client: client_with_scope(&org, scope)?,
            clock: clock.shared(),
            options: PollerOptions::default(),
            max_renewals: 3,
            store: Some(store.clone()),
        };
        let (commands, command_rx) = tokio::sync::mpsc::unbounded_channel();
        let (views_tx, views) = std::sync::mpsc::channel();
        headless::install().map_err(|e| e.to_string())?;
        let window = AppWindow::new().map_err(|e| e.to_string())?;
        // Wired as on a TV (settings screen included), in English.
        let presenter = Presenter::attach(
            &window,
            SettingsState {
                config_locale: Some("en-US".into()),
                ..SettingsState::default()
            },
            Some(commands.clone()),
        );
        let sink = move |view, actions: Vec<_>| {
            let _ = views_tx.send(presenter.translate(view, actions).model);
        };
        runtime.spawn(run_app(
            AppContext {
                sign_in,
                dashboards: settings,
            },
            command_rx,
            sink,
        ));
        headless::set_size(window.window(), 1920, 1080);
        window.show().map_err(|e| e.to_string())?;
        Ok(Self {
            runtime,
            clock,
            org,
            window,
            views,
            commands,
            store,
            _state: state,
        })
    }

    /// Applies views until one matches (10 s limit).
    fn until(&self, what: &str, want: impl Fn(&UiModel) -> bool) -> UiModel {
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.views.recv_timeout(left) {
                Ok(model) => {
                    bridge::apply(&self.window, &model);
                    if want(&model) {
                        return model;
                    }
                }
                Err(error) => panic!("never saw {what}: {error}"),
            }
        }
    }

    fn sign_in(&self) {
        self.until("the code screen", |m| m.screen == Screen::Code);
        let code = self.org.latest_user_code().unwrap_or_default();
        assert!(self.org.decide(&code, true));
        self.runtime.block_on(advance(&self.clock, 6));
        self.until("the confirmation", |m| m.screen == Screen::SignedIn);
    }

    fn press(&self, key: Key) {
        headless::press(self.window.window(), key);
    }

    fn shot(&self, name: &str) -> image::RgbaImage {
        headless::save_png(self.window.window(), &output(name))
            .unwrap_or_else(|e| panic!("{name}: {e}"))
    }
}

fn showing(title: &'static str) -> impl Fn(&UiModel) -> bool {
    move |m| {
        m.screen == Screen::Dashboard
            && m.dashboard
                .as_ref()
                .is_some_and(|d| d.title == title && !d.tiles.is_empty())
    }
}

#[test]
fn picker_dashboard_zoom_and_back_with_the_remote() -> TestResult {
    let h = Harness::start(DashboardSettings::default())?;
    h.sign_in();
    let picker = h.until("the picker", |m| {
        m.screen == Screen::Picker && m.picker.as_ref().is_some_and(|p| p.cards.len() == 6)
    });
    assert_eq!(
        picker.picker.map(|p| p.title),
        Some("Dashboards".to_owned())
    );
    h.shot("ui-picker.png");

    // Right, Down (clamped), OK opens the focused card.
    assert_eq!(h.window.get_picker_focus(), 0);
    h.press(Key::RightArrow);
    assert_eq!(h.window.get_picker_focus(), 1);
    h.press(Key::DownArrow);
    assert_eq!(
        h.window.get_picker_focus(),
        4,
        "three columns: down moves a row"
    );
    h.press(Key::DownArrow);
    assert_eq!(h.window.get_picker_focus(), 5, "clamped to the last card");
    assert!(!h.window.get_settings_open());
    // The last card is the settings: OK opens them over the picker, Back closes them.
    h.press(Key::Return);
    assert!(h.window.get_settings_open());
    h.press(Key::Escape);
    assert!(!h.window.get_settings_open());
    assert_eq!(h.window.get_picker_focus(), 5);
    h.press(Key::UpArrow);
    assert_eq!(h.window.get_picker_focus(), 2);
    h.press(Key::Return);
    let first = h.until("the third dashboard", showing("Marketing Performance"));
    assert_eq!(
        first.dashboard.as_ref().map(|d| d.position.clone()),
        Some("3 of 4".to_owned())
    );
    let shot = h.shot("ui-dashboard-marketing.png");
    assert!(
        shot.pixels()
            .filter(|p| p.0[..3] == [0xf9, 0xa0, 0x3f])
            .count()
            > 500,
        "the sunrise palette's first colour is drawn"
    );

    // Right: next dashboard; Down moves the focus ring between tiles; OK zooms; Back unzooms.
    h.press(Key::RightArrow);
    h.until("the fourth dashboard", showing("Executive Overview"));
    h.press(Key::DownArrow);
    h.press(Key::DownArrow);
    assert_eq!(h.window.get_focused_tile(), 2);
    h.press(Key::Return);
    assert_eq!(h.window.get_zoomed_tile(), 2);
    h.shot("ui-dashboard-zoomed.png");
    h.press(Key::Escape);
    assert_eq!(h.window.get_zoomed_tile(), -1);
    // Left wraps round to the first dashboard.
    h.press(Key::RightArrow);
    h.until("the first dashboard", showing("Sales Pipeline"));

    // Back returns to the picker with the card of the dashboard on screen focused.
    h.press(Key::Escape);
    h.until("the picker again", |m| m.screen == Screen::Picker);
    assert_eq!(h.window.get_picker_focus(), 0);
    let _ = h.commands.send(Command::Quit);
    Ok(())
}

#[test]
fn a_playlist_rotates_and_keeps_stale_data_offline() -> TestResult {
    let settings = DashboardSettings {
        playlist: vec![
            PlaylistItem {
                dashboard: "Executive_Overview".into(),
                seconds: 30,
                filters: vec![],
            },
            PlaylistItem {
                dashboard: "01Z5g00000SvcDaAAA".into(),
                seconds: 30,
                filters: vec![],
            },
        ],
        ..DashboardSettings::default()
    };
    let h = Harness::start(settings)?;
    h.sign_in();
    let exec = h.until("the first playlist entry", showing("Executive Overview"));
    assert_eq!(
        exec.dashboard.as_ref().map(|d| d.position.clone()),
        Some("1 of 2".to_owned())
    );
    assert!(
        exec.dashboard
            .as_ref()
            .is_some_and(|d| d.as_of.starts_with("As of "))
    );
    h.runtime
        .block_on(async { h.clock.advance(Duration::from_secs(31)) });
    h.until("the second playlist entry", showing("Customer Service"));

    // The network drops: the dashboard stays, marked stale, and comes back by itself.
    h.org.faults().set_offline(true);
    h.runtime
        .block_on(async { h.clock.advance(Duration::from_secs(61)) });
    let stale = h.until("a stale badge", |m| {
        m.dashboard
            .as_ref()
            .is_some_and(|d| d.stale.starts_with("Offline"))
    });
    assert!(
        stale
            .dashboard
            .as_ref()
            .is_some_and(|d| !d.tiles.is_empty()),
        "data stays on screen"
    );
    h.shot("ui-dashboard-stale.png");
    h.org.faults().set_offline(false);
    for _ in 0..6 {
        h.runtime
            .block_on(async { h.clock.advance(Duration::from_secs(10)) });
        std::thread::sleep(Duration::from_millis(300));
    }
    h.until("fresh data", |m| {
        m.dashboard
            .as_ref()
            .is_some_and(|d| d.stale.is_empty() && d.title == "Customer Service")
    });

    // A key press pauses the rotation.
    h.press(Key::DownArrow);
    let paused = h.until("the pause notice", |m| {
        m.dashboard
            .as_ref()
            .is_some_and(|d| d.paused.starts_with("Paused · resumes"))
    });
    assert!(paused.dashboard.is_some());
    let _ = h.commands.send(Command::Quit);
    Ok(())
}

#[test]
fn every_demo_dashboard_renders_at_three_resolutions() -> TestResult {
    let runtime = threaded_runtime()?;
    let clock = ManualClock::new();
    let org = runtime.block_on(demo_org(&clock, DemoOrgConfig::default()))?;
    let (client, _) = runtime.block_on(rest_client(&org, &clock))?;
    let records = runtime.block_on(client.list_dashboards())?;
    for record in &records {
        let results = runtime.block_on(client.results(&record.id, &[]))?;
        let dashboard = wallboard::dashboard::build(&results);
        for (w, h) in [(1280, 720), (1920, 1080), (3840, 2160)] {
            let name = format!(
                "dashboard-{}-{w}x{h}.png",
                record
                    .developer_name
                    .clone()
                    .unwrap_or_default()
                    .to_lowercase()
            );
            wallboard::commands::snapshot::render_dashboard(
                dashboard.clone(),
                (w, h),
                &wallboard::commands::snapshot::Look {
                    locale: Some("en-US".into()),
                    ..Default::default()
                },
                &output(&name),
            )?;
            let image = image::open(output(&name))?.to_rgba8();
            assert_eq!(image.dimensions(), (w, h));
            assert_eq!(
                bright_outside_safe_area(&image),
                0,
                "{name} draws into the overscan band"
            );
            // Every tile is drawn: its area holds more than the tile background.
            let grid = &dashboard.grid;
            for tile in &dashboard.tiles {
                let (safe_x, safe_y) = (w as f64 * 0.05, h as f64 * 0.05 + h as f64 * 0.09);
                let (cw, ch) = (
                    (w as f64 - 2.0 * w as f64 * 0.05) / grid.columns as f64,
                    (h as f64 * 0.9 - h as f64 * 0.16) / grid.rows as f64,
                );
                let x0 = (safe_x + (tile.place.column as f64 + 0.2) * cw) as u32;
                let y0 = (safe_y + (tile.place.row as f64 + 0.2) * ch) as u32;
                let x1 =
                    (safe_x + ((tile.place.column + tile.place.colspan) as f64 - 0.2) * cw) as u32;
                let y1 =
                    (safe_y + ((tile.place.row + tile.place.rowspan) as f64 - 0.2) * ch) as u32;
                let mut colours = std::collections::HashSet::new();
                for y in (y0..y1.min(h)).step_by(3) {
                    for x in (x0..x1.min(w)).step_by(3) {
                        colours.insert(image.get_pixel(x, y).0);
                    }
                }
                assert!(
                    colours.len() > 8,
                    "{name}: tile {:?} looks empty",
                    tile.title
                );
            }
        }
    }
    Ok(())
}

/// Signs in through the device flow before the app starts and saves it, as a previous run would.
fn save_a_sign_in(
    runtime: &tokio::runtime::Runtime,
    org: &DemoOrg,
    (clock, store): (&ManualClock, &FileStore),
) -> Result<TokenResponse, Box<dyn std::error::Error + Send + Sync>> {
    let tokens = runtime.block_on(sign_in(org, clock))?;
    let user = SignedInUser {
        display_name: "Ada Okafor".into(),
        username: "ada.okafor@northwind-demo.example".into(),
        organization_id: "00D".into(),
        org_name: "Northwind".into(),
        language: None,
    };
    store.save(&SavedSignIn::new(org.base_url().as_str(), &tokens, &user))?;
    Ok(tokens)
}

#[test]
fn a_restart_with_a_saved_sign_in_skips_the_code_screen() -> TestResult {
    let h = Harness::signed_in()?;
    let first = h.until("the picker", |m| {
        m.screen == Screen::Picker && m.picker.as_ref().is_some_and(|p| p.cards.len() == 6)
    });
    assert!(first.message_title.is_empty() || first.screen == Screen::Picker);
    assert_eq!(h.org.stats().device_starts, 1, "no new code was requested");
    assert_eq!(
        h.org.stats().refreshes,
        1,
        "one refresh for a fresh access token"
    );
    let _ = h.commands.send(Command::Quit);
    Ok(())
}

#[test]
fn a_revoked_saved_sign_in_is_deleted_and_the_code_screen_explains() -> TestResult {
    let h = Harness::start_with(
        DashboardSettings::default(),
        DemoOrgConfig::default(),
        |rt, org, ctx| {
            let tokens = save_a_sign_in(rt, org, ctx)?;
            org.revoke(
                tokens
                    .refresh_token
                    .as_ref()
                    .map(|t| t.expose())
                    .unwrap_or_default(),
            );
            Ok(())
        },
    )?;
    let notice = h.until("the notice", |m| m.message_title == "Please sign in again");
    assert!(
        notice.message_body.contains("no longer accepts"),
        "{}",
        notice.message_body
    );
    h.shot("ui-notice-sign-in-again.png");
    h.until("the code screen", |m| m.screen == Screen::Code);
    assert!(
        h.store.load()?.is_none(),
        "the rejected sign-in was deleted"
    );
    let _ = h.commands.send(Command::Quit);
    Ok(())
}

#[test]
fn no_network_at_boot_shows_connecting_never_the_code_screen() -> TestResult {
    let h = Harness::start_with(
        DashboardSettings::default(),
        DemoOrgConfig::default(),
        |rt, org, ctx| {
            save_a_sign_in(rt, org, ctx)?;
            org.faults().set_offline(true);
            Ok(())
        },
    )?;
    let waiting = h.until("the connecting screen with a problem", |m| {
        m.message_title == "Connecting to Salesforce…" && !m.message_hint.is_empty()
    });
    assert!(waiting.message_body.contains("Ada Okafor"));
    h.shot("ui-boot-offline.png");
    h.org.faults().set_offline(false);
    h.runtime
        .block_on(async { h.clock.advance(Duration::from_secs(3)) });
    h.until("the picker", |m| {
        m.screen == Screen::Picker && m.picker.as_ref().is_some_and(|p| !p.cards.is_empty())
    });
    let _ = h.commands.send(Command::Quit);
    Ok(())
}

#[test]
fn a_rotated_refresh_token_replaces_the_stored_one() -> TestResult {
    let config = DemoOrgConfig {
        rotate_refresh_tokens: true,
        access_token_lifetime: Some(Duration::from_secs(120)),
        ..DemoOrgConfig::default()
    };
    let original = std::sync::Mutex::new(None);
    let h = Harness::start_with(DashboardSettings::default(), config, |rt, org, ctx| {
        let tokens = save_a_sign_in(rt, org, ctx)?;
        *original.lock().map_err(|e| e.to_string())? = tokens.refresh_token;
        Ok(())
    })?;
    let before = original
        .lock()
        .map_err(|e| e.to_string())?
        .clone()
        .ok_or("no refresh token")?;
    h.until("the picker", |m| {
        m.screen == Screen::Picker && m.picker.as_ref().is_some_and(|p| !p.cards.is_empty())
    });
    // Boot refreshed once, with rotation: the stored token changed.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let mut after = before.clone();
    while after == before && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
        after = h
            .store
            .load()?
            .and_then(|s| s.refresh_token)
            .ok_or("nothing stored")?;
    }
    assert_ne!(before, after, "the rotated refresh token was stored");
    assert_eq!(h.org.stats().rotations, 1);
    let _ = h.commands.send(Command::Quit);
    Ok(())
}

#[test]
fn signing_out_from_the_tv_revokes_and_returns_to_the_code_screen() -> TestResult {
    let h = Harness::signed_in()?;
    let picker = h.until("the picker", |m| {
        m.screen == Screen::Picker && m.picker.as_ref().is_some_and(|p| p.cards.len() == 6)
    });
    let last = picker
        .picker
        .as_ref()
        .and_then(|p| p.cards.iter().rev().nth(1).cloned())
        .ok_or("no cards")?;
    assert_eq!(
        last,
        ("Sign out".to_owned(), "Ada Okafor · Northwind".to_owned()),
        "the sign-out card says who is signed in"
    );
    // Down to the second row, right to the sign-out card, OK: a confirmation; Back cancels it.
    h.press(Key::DownArrow);
    h.press(Key::RightArrow);
    assert_eq!(h.window.get_picker_focus(), 4);
    h.press(Key::Return);
    h.until("the confirmation", |m| {
        m.message_title == "Sign out of Salesforce on this screen?"
    });
    h.shot("ui-confirm-sign-out.png");
    h.press(Key::Escape);
    h.until("the picker again", |m| m.screen == Screen::Picker);
    assert_eq!(
        h.window.get_picker_focus(),
        4,
        "focus stays on the sign-out card"
    );
    h.press(Key::Return);
    h.until("the confirmation again", |m| {
        m.message_title == "Sign out of Salesforce on this screen?"
    });
    assert_eq!(h.window.get_focused_action(), 0, "Cancel has the focus");
    h.press(Key::RightArrow);
    h.press(Key::Return);
    h.until("signed out", |m| {
        m.message_title == "Signed out" && m.message_body.contains("revoked")
    });
    h.until("a new code", |m| m.screen == Screen::Code);
    assert_eq!(h.org.stats().revocations, 1);
    assert!(h.store.load()?.is_none(), "the saved sign-in is gone");
    let _ = h.commands.send(Command::Quit);
    Ok(())
}

fn client_with_scope(
    org: &DemoOrg,
    scope: &str,
) -> Result<wallboard::auth::DeviceFlowClient, wallboard::error::AppError> {
    let host = wallboard::auth::LoginHost::parse(org.base_url().as_str())?;
    Ok(wallboard::auth::DeviceFlowClient::new(
        wallboard::http::client()?,
        wallboard::auth::AuthServer::salesforce(host, wallboard::demo_org::DEMO_CLIENT_ID, scope),
    ))
}

#[test]
fn a_token_without_the_api_scope_is_a_configuration_problem_not_a_loop() -> TestResult {
    let h = Harness::start_scoped(
        DashboardSettings::default(),
        DemoOrgConfig::default(),
        "refresh_token id",
        |_, _, _| Ok(()),
    )?;
    h.sign_in();
    let error = h.until("the configuration problem", |m| {
        m.message_title == "Sign-in is not working"
    });
    assert!(
        error
            .message_body
            .contains("not allowed to read Salesforce data"),
        "{}",
        error.message_body
    );
    h.shot("ui-missing-api-scope.png");
    // It stays there: no new code is requested by itself.
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(h.org.stats().device_starts, 1);
    let _ = h.commands.send(Command::Quit);
    Ok(())
}
