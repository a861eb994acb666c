//! `wallboard` (optionally `--demo`): the TV app in a window.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::time::{Duration, Instant};

use url::Url;

use super::demo::{self, DemoOptions};
use super::{exit_code, flow_client, runtime};
use crate::app::scheduler::RefreshPolicy;
use crate::app::{AppContext, DashboardSettings, SignInContext};
use crate::clock::SystemClock;
use crate::config::Config;
use crate::error::AppError;
use crate::http;
use crate::i18n::Localizer;
use crate::preferences::Preferences;
use crate::ui::settings::SettingsState;
use crate::ui::window::{self, WindowOptions};

/// How to run the TV app.
#[derive(Debug, Clone, Default)]
pub struct TvOptions {
    pub demo: bool,
    pub demo_lan: bool,
    pub demo_port: u16,
    pub windowed: bool,
    pub exit_when_code_shown: Option<Instant>,
}

/// Runs the TV app; returns the process exit code.
pub fn run(mut config: Config, options: TvOptions) -> u8 {
    let runtime = match runtime() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("cannot start the I/O runtime: {error}");
            return super::exit::FAILED;
        }
    };
    let settings = SettingsState {
        preferences: Preferences::load(&config.state_dir),
        config_locale: config.locale.clone(),
        config_contrast: config.contrast,
        config_palette: config.palette,
        salesforce_language: None,
        system: crate::i18n::system_locales(),
        state_dir: Some(config.state_dir.clone()),
    };
    let l10n = Localizer::for_locale(settings.locale().0);
    let mut demo_org = None;
    if options.demo || options.demo_lan {
        let listen_ip = if options.demo_lan {
            IpAddr::V4(Ipv4Addr::UNSPECIFIED)
        } else {
            IpAddr::V4(Ipv4Addr::LOCALHOST)
        };
        let public_url = if options.demo_lan {
            demo::lan_address().and_then(|ip| {
                Url::parse(&format!(
                    "http://{}/",
                    SocketAddr::new(ip, options.demo_port)
                ))
                .ok()
            })
        } else {
            None
        };
        let demo_options = DemoOptions {
            listen: SocketAddr::new(listen_ip, options.demo_port),
            public_url,
            code_lifetime: config.code_lifetime,
            interval: 5,
            rotate_refresh_tokens: false,
            access_token_lifetime: None,
        };
        match runtime.block_on(demo::start(&demo_options)) {
            Ok(org) => {
                demo::use_demo_org(&mut config, &org);
                let approval = org.approval_url();
                if options.demo_lan && org.config().public_url.is_none() {
                    eprintln!(
                        "Could not find this machine's LAN address; phones must use the address below with your LAN IP."
                    );
                }
                super::say!("Demo org running. Approve the sign-in at: {approval}");
                demo_org = Some(org);
            }
            Err(error) => {
                eprintln!(
                    "cannot start the demo org on {}: {error}",
                    demo_options.listen
                );
                return super::exit::FAILED;
            }
        }
    }
    let context = http::client().and_then(|http| {
        let (client, poller_options) = flow_client(&config, &http)?;
        let sign_in = SignInContext {
            http,
            client,
            clock: runtime.block_on(async { SystemClock::shared() }),
            options: poller_options,
            max_renewals: config.max_code_renewals,
            store: Some(config.store()?),
        };
        Ok(AppContext {
            sign_in,
            dashboards: dashboard_settings(&config, demo_org.is_some()),
        })
    });
    let window_options = WindowOptions {
        fullscreen: !options.windowed,
        hide_cursor: !options.windowed,
        safe_area_percent: config.safe_area_percent,
        exit_when_code_shown: options.exit_when_code_shown,
    };
    let result = window::run(&runtime, context, settings, window_options)
        .map_err(|e| AppError::Config(format!("cannot open the window: {e}")));
    if let Some(org) = demo_org {
        runtime.block_on(org.shutdown());
    }
    runtime.shutdown_timeout(Duration::from_secs(1));
    match result {
        Ok(()) => super::exit::OK,
        Err(error) => {
            tracing::error!(%error, "the TV app stopped");
            eprintln!("{}", l10n.message(&error.user_message()));
            exit_code(&error)
        }
    }
}

/// Dashboard behaviour from the configuration. Without a playlist the demo rotates through
/// every dashboard, so a first run shows them all.
pub fn dashboard_settings(config: &Config, demo: bool) -> DashboardSettings {
    DashboardSettings {
        playlist: config.playlist.clone(),
        rotate_all: (demo && config.playlist.is_empty()).then_some(Duration::from_secs(20)),
        policy: RefreshPolicy {
            refresh_every: config.refresh_every,
            refreshes_per_hour: config.refresh_budget_per_hour,
            ..RefreshPolicy::default()
        },
        pause: config.pause,
    }
}
