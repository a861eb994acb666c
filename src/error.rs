//! Errors that reach a person: each carries context for the log and maps to a translated
//! message for the screen or terminal. None of them ever holds a token.

use crate::i18n::UserMessage;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("login host {input:?} is not a valid host name or URL")]
    LoginHostInvalid { input: String },
    #[error("login host {host} must use https; plain http is only allowed for loopback addresses")]
    LoginHostInsecure { host: String },
    #[error("cannot reach {host}: {detail}")]
    Unreachable { host: String, detail: String },
    #[error(
        "{host} answered with a web page (HTTP {status}) where JSON was expected; check the login host"
    )]
    NotJson { host: String, status: u16 },
    #[error("{host} sent a response Wallboard cannot read: {detail}")]
    BadResponse { host: String, detail: String },
    #[error(
        "{host} does not know this client id; check the consumer key of the External Client App"
    )]
    InvalidClient { host: String },
    #[error("{host} refused the request: {error} ({description})")]
    OAuth {
        host: String,
        error: String,
        description: String,
    },
    #[error("{host} answered HTTP {status}")]
    HttpStatus { host: String, status: u16 },
    #[error(
        "no client id is configured; set --client-id, WALLBOARD_CLIENT_ID or client_id in the config file"
    )]
    MissingClientId,
    #[error("configuration problem: {0}")]
    Config(String),
    #[error("cannot save credentials in {path}: {detail}")]
    Storage { path: String, detail: String },
    #[error("the saved sign-in was rejected; sign in again")]
    SessionRejected,
    #[error("this screen is not signed in; run `wallboard login` first")]
    NotSignedIn,
    #[error(
        "the token lacks the api scope; add \"Manage user data via APIs (api)\" to the External Client App"
    )]
    MissingApiScope,
    #[error("{host} answered HTTP {status} {code}: {message}")]
    Rest {
        host: String,
        status: u16,
        code: String,
        message: String,
    },
}

impl AppError {
    /// The translated message id and arguments for this error.
    pub fn user_message(&self) -> UserMessage {
        match self {
            Self::LoginHostInvalid { input } => {
                UserMessage::new("error-login-host-invalid").arg("host", input)
            }
            Self::LoginHostInsecure { host } => {
                UserMessage::new("error-login-host-insecure").arg("host", host)
            }
            Self::Unreachable { host, .. } => {
                UserMessage::new("error-unreachable").arg("host", host)
            }
            Self::NotJson { host, status } => UserMessage::new("error-not-json")
                .arg("host", host)
                .arg("status", status.to_string()),
            Self::BadResponse { host, .. } => {
                UserMessage::new("error-bad-response").arg("host", host)
            }
            Self::InvalidClient { host } => {
                UserMessage::new("error-invalid-client").arg("host", host)
            }
            Self::OAuth {
                host,
                error,
                description,
            } => UserMessage::new("error-oauth")
                .arg("host", host)
                .arg("error", error)
                .arg("description", description),
            Self::HttpStatus { host, status } => UserMessage::new("error-http-status")
                .arg("host", host)
                .arg("status", status.to_string()),
            Self::MissingClientId => UserMessage::new("error-missing-client-id"),
            Self::Config(detail) => UserMessage::new("error-config").arg("detail", detail),
            Self::Storage { path, .. } => UserMessage::new("error-storage").arg("path", path),
            Self::SessionRejected => UserMessage::new("error-session-rejected"),
            Self::NotSignedIn => UserMessage::new("error-not-signed-in"),
            Self::MissingApiScope => UserMessage::new("error-missing-api-scope"),
            Self::Rest { host, message, .. } => UserMessage::new("error-rest")
                .arg("host", host)
                .arg("message", message),
        }
    }
}
