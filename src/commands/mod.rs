//! What each `wallboard` subcommand does; `main.rs` only parses arguments and calls these.

/// `println!` that ignores a closed standard output (an SSH session that went away) instead of
/// panicking; the work (e.g. saving a sign-in) must still finish.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}
pub(crate) use say;

pub mod demo;
pub mod login;
pub mod logout;
pub mod org;
pub mod session;
pub mod snapshot;
pub mod tv;

use std::time::Duration;

use crate::auth::{DeviceFlowClient, PollerOptions};
use crate::config::Config;
use crate::error::AppError;

/// Exit codes shared by the commands.
pub mod exit {
    pub const OK: u8 = 0;
    pub const FAILED: u8 = 1;
    pub const DENIED: u8 = 3;
    pub const EXPIRED: u8 = 4;
    pub const CONFIG: u8 = 5;
    pub const UNREACHABLE: u8 = 6;
    pub const CANCELLED: u8 = 130;
}

/// Exit code for an error.
pub fn exit_code(error: &AppError) -> u8 {
    match error {
        AppError::Unreachable { .. } => exit::UNREACHABLE,
        AppError::LoginHostInvalid { .. }
        | AppError::LoginHostInsecure { .. }
        | AppError::InvalidClient { .. }
        | AppError::MissingClientId
        | AppError::Config(_)
        | AppError::NotJson { .. } => exit::CONFIG,
        _ => exit::FAILED,
    }
}

/// The device-flow client and poller options a configuration asks for.
pub fn flow_client(
    config: &Config,
    http: &reqwest::Client,
) -> Result<(DeviceFlowClient, PollerOptions), AppError> {
    let server = config.auth_server()?;
    let options = PollerOptions {
        default_lifetime: config.code_lifetime,
        ..PollerOptions::default()
    };
    Ok((DeviceFlowClient::new(http.clone(), server), options))
}

/// A multi-threaded tokio runtime for I/O, kept off the UI thread.
pub fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("wallboard-io")
        .enable_all()
        .build()
}

/// Formats a duration as whole minutes, rounded up.
pub fn minutes(duration: Duration) -> u64 {
    duration.as_secs().div_ceil(60)
}
