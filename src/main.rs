//! The `wallboard` command line: parses arguments, then hands over to the library.

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::builder::BoolishValueParser;
use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;
use wallboard::commands::{self, demo, exit, login, snapshot, tv};
use wallboard::config::{Config, ConfigArgs};
use wallboard::i18n::Localizer;

/// Live Salesforce dashboards on TVs and kiosk screens.
#[derive(Parser, Debug)]
#[command(name = "wallboard", version, about)]
struct Cli {
    #[command(flatten)]
    config: ConfigArgs,
    /// Run against an embedded demo org on loopback (no Salesforce account needed).
    #[arg(long, env = "WALLBOARD_DEMO", value_parser = BoolishValueParser::new())]
    demo: bool,
    /// Like --demo, but the demo org listens on the LAN so a real phone can approve.
    #[arg(long)]
    demo_lan: bool,
    /// Port for the embedded demo org (0 picks a free one).
    #[arg(long, default_value_t = 0, env = "WALLBOARD_DEMO_PORT")]
    demo_port: u16,
    /// Open a normal window instead of going fullscreen.
    #[arg(long, env = "WALLBOARD_WINDOWED", value_parser = BoolishValueParser::new())]
    windowed: bool,
    /// Quit once the first sign-in code is on screen and print the time it took (benchmarks).
    #[arg(long, hide = true)]
    exit_when_code_shown: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Sign in from a terminal (e.g. over SSH) with the device flow.
    Login {
        /// Sign in to an embedded demo org instead (approve at the printed URL).
        #[arg(long)]
        demo: bool,
    },
    /// Run the demo org alone.
    DemoOrg {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8787")]
        listen: SocketAddr,
        /// Base URL phones should use for the approval page (default: the Host they called).
        #[arg(long)]
        public_url: Option<url::Url>,
        /// Lifetime of a user code in seconds.
        #[arg(long, default_value_t = 600)]
        code_lifetime: u64,
        /// Polling interval sent to clients, in seconds.
        #[arg(long, default_value_t = 5)]
        interval: u64,
        /// Issue a new refresh token on every refresh (refresh-token rotation).
        #[arg(long)]
        rotate_refresh_tokens: bool,
        /// Access tokens expire after this many seconds (default: until revoked).
        #[arg(long)]
        access_token_lifetime: Option<u64>,
    },
    /// Sign out: revoke the saved refresh token and delete the saved sign-in.
    Logout,
    /// List the signed-in org's dashboards (id, title, folder).
    Dashboards,
    /// Render a screen or a dashboard headless (software renderer) into a PNG file.
    Snapshot {
        #[arg(long, value_enum, default_value = "sign-in")]
        screen: snapshot::ScreenName,
        /// Render this dashboard (id or developer name) from the org (or with --demo, the demo org).
        #[arg(long, conflicts_with_all = ["results", "describe"])]
        dashboard: Option<String>,
        /// Render saved dashboard results JSON (as `GET analytics/dashboards/{id}` returns it).
        #[arg(long)]
        results: Option<PathBuf>,
        /// Saved describe JSON to use as the dashboard's metadata.
        #[arg(long, requires = "results")]
        describe: Option<PathBuf>,
        /// WIDTHxHEIGHT in pixels.
        #[arg(long, default_value = "1920x1080", value_parser = snapshot::parse_size)]
        size: (u32, u32),
        /// Draw the settings screen over it.
        #[arg(long)]
        settings: bool,
        /// Frame in magenta every text that does not fit its box (for translators; try
        /// `--locale en-XA`, the pseudo-locale).
        #[arg(long)]
        show_overflow: bool,
        #[arg(long)]
        out: PathBuf,
    },
}

fn main() -> ExitCode {
    let started = Instant::now();
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_env("WALLBOARD_LOG")
                .unwrap_or_else(|_| EnvFilter::new("warn,wallboard=info,icu_provider=error")),
        )
        .with_writer(std::io::stderr)
        // Colours only for a person at a terminal: the journal and log files get plain text.
        .with_ansi(std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none())
        .init();
    let mut config = match Config::load(&cli.config) {
        Ok(config) => config,
        Err(error) => {
            let l10n = Localizer::new(cli.config.locale.as_deref());
            eprintln!("{}", l10n.message(&error.user_message()));
            return ExitCode::from(exit::CONFIG);
        }
    };
    if cli.command.is_none() {
        let operator_value = std::env::var("SLINT_KMS_ROTATION").ok();
        if let Some(value) =
            wallboard::display::kms_rotation_env(config.rotation, operator_value.as_deref())
        {
            // SAFETY: still single-threaded here: no runtime, window or other thread exists yet
            // that could read the environment while it changes. Slint's linuxkms backend reads
            // this variable when it opens the screen.
            unsafe { std::env::set_var("SLINT_KMS_ROTATION", value) };
        }
    }
    let code = match cli.command {
        None => tv::run(
            config,
            tv::TvOptions {
                demo: cli.demo,
                demo_lan: cli.demo_lan,
                demo_port: cli.demo_port,
                windowed: cli.windowed,
                exit_when_code_shown: cli.exit_when_code_shown.then_some(started),
            },
        ),
        Some(Command::Login { demo: with_demo }) => match commands::runtime() {
            Ok(runtime) => runtime.block_on(async {
                let mut org = None;
                if with_demo || cli.demo {
                    let options = demo::DemoOptions {
                        listen: SocketAddr::from(([127, 0, 0, 1], cli.demo_port)),
                        public_url: None,
                        code_lifetime: config.code_lifetime,
                        interval: 5,
                        rotate_refresh_tokens: false,
                        access_token_lifetime: None,
                    };
                    match demo::start(&options).await {
                        Ok(started_org) => {
                            demo::use_demo_org(&mut config, &started_org);
                            org = Some(started_org);
                        }
                        Err(error) => {
                            eprintln!("cannot start the demo org: {error}");
                            return exit::FAILED;
                        }
                    }
                }
                let code = login::run(&config).await;
                if let Some(org) = org {
                    org.shutdown().await;
                }
                code
            }),
            Err(error) => {
                eprintln!("cannot start the I/O runtime: {error}");
                exit::FAILED
            }
        },
        Some(Command::DemoOrg {
            listen,
            public_url,
            code_lifetime,
            interval,
            rotate_refresh_tokens,
            access_token_lifetime,
        }) => match commands::runtime() {
            Ok(runtime) => {
                let options = demo::DemoOptions {
                    listen,
                    public_url,
                    code_lifetime: Duration::from_secs(code_lifetime.max(1)),
                    interval: interval.max(1),
                    rotate_refresh_tokens,
                    access_token_lifetime: access_token_lifetime
                        .map(|s| Duration::from_secs(s.max(1))),
                };
                match runtime.block_on(demo::serve(options)) {
                    Ok(()) => exit::OK,
                    Err(error) => {
                        eprintln!("demo org failed on {listen}: {error}");
                        exit::FAILED
                    }
                }
            }
            Err(error) => {
                eprintln!("cannot start the I/O runtime: {error}");
                exit::FAILED
            }
        },
        Some(Command::Dashboards) => commands::org::list(&config, cli.demo),
        Some(Command::Logout) => match commands::runtime() {
            Ok(runtime) => runtime.block_on(commands::logout::run(&config)),
            Err(error) => {
                eprintln!("cannot start the I/O runtime: {error}");
                exit::FAILED
            }
        },
        Some(Command::Snapshot {
            screen,
            size,
            out,
            dashboard,
            results,
            describe,
            settings,
            show_overflow,
        }) => {
            let look = snapshot::Look {
                settings_open: settings,
                show_overflow,
                ..snapshot::Look::from(&config)
            };
            let locale = config.locale.clone();
            let rendered = if let Some(results) = results {
                snapshot::dashboard_from_files(&results, describe.as_deref())
                    .and_then(|d| snapshot::render_dashboard(d, size, &look, &out))
            } else if let Some(id) = dashboard {
                commands::org::fetch_dashboard(&config, cli.demo, &id)
                    .and_then(|d| snapshot::render_dashboard(d, size, &look, &out))
            } else {
                snapshot::render(screen, size, &look, &out)
            };
            match rendered {
                Ok(()) => exit::OK,
                Err(error) => {
                    eprintln!(
                        "{}",
                        Localizer::new(locale.as_deref()).message(&error.user_message())
                    );
                    commands::exit_code(&error)
                }
            }
        }
    };
    ExitCode::from(code)
}
