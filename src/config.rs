//! Layered configuration: built-in defaults, then a TOML file (`--config`, `WALLBOARD_CONFIG`,
//! or `/etc/wallboard/config.toml` when present), then `WALLBOARD_*` environment variables,
//! then command-line flags. Unknown keys in the file are errors, so typos do not pass silently.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use url::Url;

use crate::app::PlaylistItem;
use crate::appearance::{Contrast, Palette};
use crate::auth::store::{SharedStore, StoreChoice};
use crate::auth::{AuthServer, Dialect, LoginHost};
use crate::display::{self, Rotation};
use crate::error::AppError;

/// The system-wide config file read when no other is named.
pub const SYSTEM_CONFIG: &str = "/etc/wallboard/config.toml";
/// Scopes Wallboard asks for: REST API, a refresh token, and the identity URL.
pub const DEFAULT_SCOPE: &str = "api refresh_token id";

/// Options shared by every command; each also reads a `WALLBOARD_*` variable.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct ConfigArgs {
    /// TOML configuration file.
    #[arg(long, env = "WALLBOARD_CONFIG", global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Login host: production, sandbox, a My Domain host, or an https URL.
    #[arg(long, env = "WALLBOARD_LOGIN_HOST", global = true, value_name = "HOST")]
    pub login_host: Option<String>,
    /// Consumer key of the External Client App.
    #[arg(long, env = "WALLBOARD_CLIENT_ID", global = true, value_name = "KEY")]
    pub client_id: Option<String>,
    /// OAuth scopes to request (space separated).
    #[arg(long, env = "WALLBOARD_SCOPE", global = true)]
    pub scope: Option<String>,
    /// Protocol dialect of the authorization server.
    #[arg(long, env = "WALLBOARD_AUTH_DIALECT", global = true, value_enum)]
    pub auth_dialect: Option<Dialect>,
    /// RFC 8628 device authorization endpoint (rfc8628 dialect only).
    #[arg(
        long,
        env = "WALLBOARD_DEVICE_AUTHORIZATION_URL",
        global = true,
        value_name = "URL"
    )]
    pub device_authorization_url: Option<String>,
    /// RFC 8628 token endpoint (rfc8628 dialect only).
    #[arg(long, env = "WALLBOARD_TOKEN_URL", global = true, value_name = "URL")]
    pub token_url: Option<String>,
    /// UI language, e.g. en-US or de (default: the system's).
    #[arg(long, env = "WALLBOARD_LOCALE", global = true)]
    pub locale: Option<String>,
    /// Where the sign-in is kept.
    #[arg(long, env = "WALLBOARD_STATE_DIR", global = true, value_name = "DIR")]
    pub state_dir: Option<PathBuf>,
    /// Dashboards to rotate: `NAME_OR_ID:SECONDS,...` (e.g. `Sales_Pipeline:30,Executive_Overview:45`).
    #[arg(long, env = "WALLBOARD_PLAYLIST", global = true, value_name = "LIST")]
    pub playlist: Option<String>,
    /// Where the sign-in is kept: auto (keyring if one answers, else a file), keyring or file.
    #[arg(long, env = "WALLBOARD_CREDENTIAL_STORE", global = true, value_enum)]
    pub credential_store: Option<StoreChoice>,
    /// Minutes between dashboard refreshes (Salesforce allows one a minute).
    #[arg(long, env = "WALLBOARD_REFRESH_MINUTES", global = true)]
    pub refresh_minutes: Option<u64>,
    /// Margin kept free on every side for TV overscan, in percent (0 to 15; default 5).
    #[arg(
        long,
        env = "WALLBOARD_SAFE_AREA_PERCENT",
        global = true,
        value_name = "PERCENT"
    )]
    pub safe_area_percent: Option<f32>,
    /// Clockwise rotation of the picture on a kiosk screen: 0, 90, 180 or 270.
    #[arg(
        long,
        env = "WALLBOARD_ROTATION",
        global = true,
        value_name = "DEGREES"
    )]
    pub rotation: Option<Rotation>,
    /// Text contrast: standard or high.
    #[arg(long, env = "WALLBOARD_CONTRAST", global = true, value_enum)]
    pub contrast: Option<Contrast>,
    /// Chart colours: dashboard (each dashboard's Salesforce palette) or accessible.
    #[arg(long, env = "WALLBOARD_PALETTE", global = true, value_enum)]
    pub palette: Option<Palette>,
}

/// The config file's keys (all optional).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub login_host: Option<String>,
    pub client_id: Option<String>,
    pub scope: Option<String>,
    pub auth_dialect: Option<Dialect>,
    pub device_authorization_url: Option<String>,
    pub token_url: Option<String>,
    pub locale: Option<String>,
    pub state_dir: Option<PathBuf>,
    pub code_lifetime_secs: Option<u64>,
    pub max_code_renewals: Option<u32>,
    /// Dashboards to rotate through, in order: `[[playlist]] dashboard = "..." seconds = 30`.
    pub playlist: Option<Vec<PlaylistItem>>,
    /// How often Salesforce recomputes a shown dashboard (at least 1).
    pub refresh_minutes: Option<u64>,
    /// This screen's share of the org's 200 dashboard refreshes per hour.
    pub refresh_budget_per_hour: Option<u32>,
    /// How long a key press pauses the rotation.
    pub pause_seconds: Option<u64>,
    /// `auto`, `keyring` or `file`.
    pub credential_store: Option<StoreChoice>,
    /// Overscan margin on every side, in percent.
    pub safe_area_percent: Option<f32>,
    /// Clockwise rotation in degrees (0, 90, 180, 270).
    pub rotation: Option<Rotation>,
    /// `standard` or `high`.
    pub contrast: Option<Contrast>,
    /// `dashboard` or `accessible`.
    pub palette: Option<Palette>,
}

/// The effective configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub login_host: String,
    pub client_id: Option<String>,
    pub scope: String,
    pub dialect: Dialect,
    pub device_authorization_url: Option<String>,
    pub token_url: Option<String>,
    pub locale: Option<String>,
    pub state_dir: PathBuf,
    /// Lifetime of a code when the server states none.
    pub code_lifetime: Duration,
    /// Codes renewed automatically after expiry before the TV waits for OK.
    pub max_code_renewals: u32,
    pub playlist: Vec<PlaylistItem>,
    pub refresh_every: Duration,
    pub refresh_budget_per_hour: u32,
    pub pause: Duration,
    pub credential_store: StoreChoice,
    pub safe_area_percent: f32,
    pub rotation: Rotation,
    pub contrast: Contrast,
    pub palette: Palette,
}

/// Parses `NAME_OR_ID:SECONDS,...`.
pub fn parse_playlist(text: &str) -> Result<Vec<PlaylistItem>, AppError> {
    text.split(',')
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .map(|entry| {
            let (dashboard, seconds) = entry.rsplit_once(':').ok_or_else(|| {
                AppError::Config(format!("playlist entry {entry:?} needs NAME:SECONDS"))
            })?;
            let seconds = seconds.trim().parse().map_err(|_| {
                AppError::Config(format!(
                    "playlist entry {entry:?}: seconds must be a number"
                ))
            })?;
            Ok(PlaylistItem {
                dashboard: dashboard.trim().to_owned(),
                seconds,
                filters: Vec::new(),
            })
        })
        .collect()
}

fn default_state_dir() -> PathBuf {
    // systemd's `StateDirectory=` (the packaged service: /var/lib/wallboard).
    if let Some(dirs) = std::env::var_os("STATE_DIRECTORY").filter(|d| !d.is_empty())
        && let Some(first) = std::env::split_paths(&dirs).next()
    {
        return first;
    }
    if let Some(dir) = std::env::var_os("XDG_STATE_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("wallboard");
    }
    if let Some(home) = std::env::var_os("HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(home).join(".local/state/wallboard");
    }
    PathBuf::from("/var/lib/wallboard")
}

fn read_file(path: &Path) -> Result<FileConfig, AppError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| AppError::Config(format!("cannot read {}: {e}", path.display())))?;
    toml::from_str(&text).map_err(|e| AppError::Config(format!("{}: {e}", path.display())))
}

impl Config {
    /// Merges flags/environment over the file over defaults.
    pub fn load(args: &ConfigArgs) -> Result<Self, AppError> {
        let file = match &args.config {
            Some(path) => read_file(path)?,
            None if Path::new(SYSTEM_CONFIG).exists() => read_file(Path::new(SYSTEM_CONFIG))?,
            None => FileConfig::default(),
        };
        Self::merge(args.clone(), file)
    }

    pub fn merge(args: ConfigArgs, file: FileConfig) -> Result<Self, AppError> {
        let config = Self {
            login_host: args
                .login_host
                .or(file.login_host)
                .unwrap_or_else(|| "production".into()),
            client_id: args
                .client_id
                .or(file.client_id)
                .filter(|c| !c.trim().is_empty()),
            scope: args
                .scope
                .or(file.scope)
                .unwrap_or_else(|| DEFAULT_SCOPE.into()),
            dialect: args.auth_dialect.or(file.auth_dialect).unwrap_or_default(),
            device_authorization_url: args
                .device_authorization_url
                .or(file.device_authorization_url),
            token_url: args.token_url.or(file.token_url),
            locale: args.locale.or(file.locale),
            state_dir: args
                .state_dir
                .or(file.state_dir)
                .unwrap_or_else(default_state_dir),
            code_lifetime: Duration::from_secs(
                file.code_lifetime_secs.unwrap_or(600).clamp(30, 3600),
            ),
            max_code_renewals: file.max_code_renewals.unwrap_or(3),
            playlist: match args.playlist {
                Some(text) => parse_playlist(&text)?,
                None => file.playlist.unwrap_or_default(),
            },
            refresh_every: Duration::from_secs(
                60 * args
                    .refresh_minutes
                    .or(file.refresh_minutes)
                    .unwrap_or(15)
                    .max(1),
            ),
            refresh_budget_per_hour: file.refresh_budget_per_hour.unwrap_or(12),
            pause: Duration::from_secs(file.pause_seconds.unwrap_or(120).clamp(5, 3600)),
            credential_store: args
                .credential_store
                .or(file.credential_store)
                .unwrap_or_default(),
            safe_area_percent: display::safe_area_percent(
                args.safe_area_percent
                    .or(file.safe_area_percent)
                    .unwrap_or(display::DEFAULT_SAFE_AREA_PERCENT),
            )?,
            rotation: args.rotation.or(file.rotation).unwrap_or_default(),
            contrast: args.contrast.or(file.contrast).unwrap_or_default(),
            palette: args.palette.or(file.palette).unwrap_or_default(),
        };
        // The login host is validated where it is used (`auth_server`), so the TV can show the
        // problem on screen instead of exiting before a window opens.
        Ok(config)
    }

    /// The credential store this configuration asks for.
    pub fn store(&self) -> Result<SharedStore, AppError> {
        crate::auth::store::open(self.credential_store, &self.state_dir)
    }

    /// The authorization server this configuration points at.
    pub fn auth_server(&self) -> Result<AuthServer, AppError> {
        let host = LoginHost::parse(&self.login_host)?;
        let client_id = self.client_id.clone().ok_or(AppError::MissingClientId)?;
        match self.dialect {
            Dialect::Salesforce => Ok(AuthServer::salesforce(host, client_id, self.scope.clone())),
            Dialect::Rfc8628 => {
                let parse = |u: &Option<String>| -> Result<Option<Url>, AppError> {
                    u.as_deref()
                        .map(|text| {
                            Url::parse(text).map_err(|_| AppError::LoginHostInvalid {
                                input: text.to_owned(),
                            })
                        })
                        .transpose()
                };
                AuthServer::rfc8628(
                    host,
                    parse(&self.device_authorization_url)?,
                    parse(&self.token_url)?,
                    client_id,
                    self.scope.clone(),
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_beat_the_file_and_defaults_fill_the_rest() -> Result<(), AppError> {
        let file: FileConfig = toml::from_str(
            "login_host = \"sandbox\"\nclient_id = \"from-file\"\nmax_code_renewals = 1\n",
        )
        .map_err(|e| AppError::Config(e.to_string()))?;
        let args = ConfigArgs {
            client_id: Some("from-flag".into()),
            ..ConfigArgs::default()
        };
        let config = Config::merge(args, file)?;
        assert_eq!(config.login_host, "sandbox");
        assert_eq!(config.client_id.as_deref(), Some("from-flag"));
        assert_eq!(config.scope, DEFAULT_SCOPE);
        assert_eq!(config.max_code_renewals, 1);
        assert_eq!(
            config.auth_server()?.token_url.as_str(),
            "https://test.salesforce.com/services/oauth2/token"
        );
        Ok(())
    }

    #[test]
    fn playlists_come_from_the_file_or_the_environment() -> Result<(), AppError> {
        let file: FileConfig = toml::from_str(
            "[[playlist]]\ndashboard = \"Sales_Pipeline\"\nseconds = 30\nfilters = [\"0IC5g00000EmeaAAAA\"]\n\n[[playlist]]\ndashboard = \"01Z5g00000ExecDAAA\"\nseconds = 45\n",
        )
        .map_err(|e| AppError::Config(e.to_string()))?;
        let config = Config::merge(ConfigArgs::default(), file)?;
        assert_eq!(config.playlist.len(), 2);
        assert_eq!(config.playlist[0].filters, ["0IC5g00000EmeaAAAA"]);
        let args = ConfigArgs {
            playlist: Some("Sales_Pipeline:30, Executive_Overview:45".into()),
            ..ConfigArgs::default()
        };
        let config = Config::merge(args, FileConfig::default())?;
        assert_eq!(
            config.playlist[1],
            PlaylistItem {
                dashboard: "Executive_Overview".into(),
                seconds: 45,
                filters: vec![]
            }
        );
        assert!(parse_playlist("Sales_Pipeline").is_err());
        Ok(())
    }

    #[test]
    fn screen_settings_come_from_the_file_or_the_environment() -> Result<(), AppError> {
        let file: FileConfig = toml::from_str("safe_area_percent = 2.5\nrotation = 90\n")
            .map_err(|e| AppError::Config(e.to_string()))?;
        let config = Config::merge(ConfigArgs::default(), file)?;
        assert_eq!(config.safe_area_percent, 2.5);
        assert_eq!(config.rotation, Rotation::Quarter);
        let defaults = Config::merge(ConfigArgs::default(), FileConfig::default())?;
        assert_eq!(
            defaults.safe_area_percent,
            display::DEFAULT_SAFE_AREA_PERCENT
        );
        assert_eq!(defaults.rotation, Rotation::None);
        let args = ConfigArgs {
            safe_area_percent: Some(30.0),
            ..ConfigArgs::default()
        };
        assert!(Config::merge(args, FileConfig::default()).is_err());
        Ok(())
    }

    #[test]
    fn unknown_keys_and_bad_hosts_are_reported() {
        assert!(toml::from_str::<FileConfig>("login_hots = \"x\"").is_err());
        let args = ConfigArgs {
            login_host: Some("http://login.salesforce.com".into()),
            ..ConfigArgs::default()
        };
        let config = Config::merge(args, FileConfig::default()).map_err(|e| e.to_string());
        assert!(matches!(
            config.map(|c| c.auth_server()),
            Ok(Err(AppError::LoginHostInsecure { .. }))
        ));
    }

    #[test]
    fn rfc8628_endpoints_default_under_the_host() -> Result<(), AppError> {
        let args = ConfigArgs {
            login_host: Some("https://idp.example".into()),
            client_id: Some("tv".into()),
            auth_dialect: Some(Dialect::Rfc8628),
            ..ConfigArgs::default()
        };
        let server = Config::merge(args, FileConfig::default())?.auth_server()?;
        assert_eq!(
            server.device_authorization_url.as_str(),
            "https://idp.example/device_authorization"
        );
        Ok(())
    }
}
