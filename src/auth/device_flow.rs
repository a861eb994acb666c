//! The OAuth 2.0 device flow on the wire, in Salesforce's dialect (one token endpoint,
//! `response_type=device_code`, `grant_type=device`, `code=`) and in RFC 8628's
//! (`device_authorization` endpoint, the URN grant type, `device_code=`, `expires_in`).
//! One request per call; the polling loop lives in `poller.rs`.

use std::time::Duration;

use serde::Deserialize;
use url::Url;

use super::login_host::{LoginHost, check_remote_url};
use super::secret::Secret;
use super::tokens::TokenResponse;
use crate::error::AppError;
use crate::http::{self, Body};

/// Which protocol variant the authorization server speaks.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    serde::Deserialize,
    serde::Serialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum Dialect {
    /// Salesforce: everything on `/services/oauth2/token`.
    #[default]
    Salesforce,
    /// Standard RFC 8628 with a separate device authorization endpoint.
    Rfc8628,
}

/// Endpoints and identity of this client at one authorization server.
#[derive(Debug, Clone)]
pub struct AuthServer {
    pub dialect: Dialect,
    pub login_host: LoginHost,
    pub device_authorization_url: Url,
    pub token_url: Url,
    pub client_id: String,
    pub scope: String,
}

impl AuthServer {
    /// Salesforce endpoints on `login_host`.
    pub fn salesforce(
        login_host: LoginHost,
        client_id: impl Into<String>,
        scope: impl Into<String>,
    ) -> Self {
        let token_url = login_host.endpoint("services/oauth2/token");
        Self {
            dialect: Dialect::Salesforce,
            device_authorization_url: token_url.clone(),
            token_url,
            login_host,
            client_id: client_id.into(),
            scope: scope.into(),
        }
    }

    /// An RFC 8628 server. Endpoints default to `device_authorization` and `token` under the host.
    pub fn rfc8628(
        login_host: LoginHost,
        device_authorization_url: Option<Url>,
        token_url: Option<Url>,
        client_id: impl Into<String>,
        scope: impl Into<String>,
    ) -> Result<Self, AppError> {
        let device_authorization_url =
            device_authorization_url.unwrap_or_else(|| login_host.endpoint("device_authorization"));
        let token_url = token_url.unwrap_or_else(|| login_host.endpoint("token"));
        check_remote_url(&device_authorization_url)?;
        check_remote_url(&token_url)?;
        Ok(Self {
            dialect: Dialect::Rfc8628,
            login_host,
            device_authorization_url,
            token_url,
            client_id: client_id.into(),
            scope: scope.into(),
        })
    }
}

/// What the TV shows while waiting: the result of starting a flow.
#[derive(Debug, Clone)]
pub struct DeviceAuthorization {
    pub user_code: String,
    pub device_code: Secret,
    pub verification_uri: String,
    /// RFC 8628's pre-filled link, or Salesforce's `?user_code=` equivalent.
    pub verification_uri_complete: String,
    pub interval: Duration,
    /// Lifetime the server stated (`expires_in`); Salesforce states none.
    pub expires_in: Option<Duration>,
}

impl DeviceAuthorization {
    /// `XXXX-XXXX` for an 8-character code; other lengths are grouped in fours.
    pub fn grouped_code(&self) -> String {
        group_code(&self.user_code)
    }
}

/// Groups a code in blocks of four with dashes, as people read it aloud.
pub fn group_code(code: &str) -> String {
    let chars: Vec<char> = code
        .chars()
        .filter(|c| *c != '-' && !c.is_whitespace())
        .collect();
    chars
        .chunks(4)
        .map(|chunk| chunk.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// `verification_uri?user_code=CODE` (or `&user_code=` when the URI has a query already).
pub fn prefilled_uri(verification_uri: &str, user_code: &str) -> String {
    match Url::parse(verification_uri) {
        Ok(mut url) => {
            url.query_pairs_mut().append_pair("user_code", user_code);
            url.to_string()
        }
        Err(_) => format!("{verification_uri}?user_code={user_code}"),
    }
}

#[derive(Deserialize)]
struct StartBody {
    user_code: String,
    device_code: Secret,
    #[serde(alias = "verification_url")]
    verification_uri: String,
    #[serde(default)]
    verification_uri_complete: Option<String>,
    #[serde(default)]
    interval: Option<NumberLike>,
    #[serde(default)]
    expires_in: Option<NumberLike>,
}

/// Some servers send numbers as strings.
#[derive(Deserialize, Clone, Copy)]
#[serde(untagged)]
enum NumberLike {
    Number(u64),
    Text(#[serde(deserialize_with = "parse_text_number")] u64),
}

fn parse_text_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    let text = String::deserialize(d)?;
    text.trim().parse().map_err(serde::de::Error::custom)
}

impl NumberLike {
    fn get(self) -> u64 {
        match self {
            Self::Number(n) | Self::Text(n) => n,
        }
    }
}

/// The standard OAuth error body.
#[derive(Debug, Deserialize, Default)]
pub struct OAuthErrorBody {
    #[serde(default)]
    pub error: String,
    #[serde(default)]
    pub error_description: String,
}

/// The result of one poll of the token endpoint.
#[derive(Debug)]
pub enum PollResult {
    Approved(TokenResponse),
    Pending,
    SlowDown,
    Denied,
    Expired,
    /// A network failure or a 5xx: worth retrying with back-off.
    Transient(AppError),
    /// Anything else: the flow is over.
    Failed(AppError),
}

/// Talks to one authorization server.
#[derive(Clone)]
pub struct DeviceFlowClient {
    http: reqwest::Client,
    server: AuthServer,
}

impl DeviceFlowClient {
    pub fn new(http: reqwest::Client, server: AuthServer) -> Self {
        Self { http, server }
    }

    pub fn server(&self) -> &AuthServer {
        &self.server
    }

    fn host(&self) -> String {
        http::host_of(&self.server.token_url)
    }

    async fn post(&self, url: &Url, form: &[(&str, &str)]) -> Result<Body, AppError> {
        let response = self
            .http
            .post(url.clone())
            .header(reqwest::header::ACCEPT, "application/json")
            .form(form)
            .send()
            .await
            .map_err(|error| http::unreachable(url, &error))?;
        Body::read(url, response).await
    }

    fn oauth_failure(&self, body: &Body) -> AppError {
        if body.is_html() {
            return AppError::NotJson {
                host: self.host(),
                status: body.status,
            };
        }
        match serde_json::from_slice::<OAuthErrorBody>(&body.bytes) {
            Ok(err) if err.error == "invalid_client_id" || err.error == "invalid_client" => {
                AppError::InvalidClient { host: self.host() }
            }
            Ok(err) if !err.error.is_empty() => AppError::OAuth {
                host: self.host(),
                error: err.error,
                description: err.error_description,
            },
            _ => AppError::HttpStatus {
                host: self.host(),
                status: body.status,
            },
        }
    }

    /// Asks for a user code and device code.
    pub async fn start(&self) -> Result<DeviceAuthorization, AppError> {
        let url = &self.server.device_authorization_url;
        let mut form = vec![("client_id", self.server.client_id.as_str())];
        if self.server.dialect == Dialect::Salesforce {
            form.push(("response_type", "device_code"));
        }
        if !self.server.scope.trim().is_empty() {
            form.push(("scope", self.server.scope.as_str()));
        }
        let body = self.post(url, &form).await?;
        if body.status != 200 {
            return Err(self.oauth_failure(&body));
        }
        let start: StartBody = body.json()?;
        let user_code = start.user_code.trim().to_owned();
        if user_code.is_empty() || start.device_code.is_empty() {
            return Err(AppError::BadResponse {
                host: self.host(),
                detail: "empty user_code or device_code".into(),
            });
        }
        let verification_uri = start.verification_uri.trim().to_owned();
        let verification =
            Url::parse(&verification_uri).map_err(|error| AppError::BadResponse {
                host: self.host(),
                detail: format!("verification_uri: {error}"),
            })?;
        if !matches!(verification.scheme(), "https" | "http") {
            return Err(AppError::BadResponse {
                host: self.host(),
                detail: "verification_uri is not a web address".into(),
            });
        }
        let complete = start
            .verification_uri_complete
            .filter(|u| Url::parse(u).is_ok())
            .unwrap_or_else(|| prefilled_uri(&verification_uri, &user_code));
        let interval = start.interval.map_or(5, NumberLike::get).clamp(1, 120);
        Ok(DeviceAuthorization {
            user_code,
            device_code: start.device_code,
            verification_uri,
            verification_uri_complete: complete,
            interval: Duration::from_secs(interval),
            expires_in: start
                .expires_in
                .map(|s| Duration::from_secs(s.get()))
                .filter(|d| !d.is_zero()),
        })
    }

    /// Polls the token endpoint once.
    pub async fn poll(&self, authorization: &DeviceAuthorization) -> PollResult {
        let url = &self.server.token_url;
        let client_id = self.server.client_id.as_str();
        let code = authorization.device_code.expose();
        let form: [(&str, &str); 3] = match self.server.dialect {
            Dialect::Salesforce => [
                ("grant_type", "device"),
                ("client_id", client_id),
                ("code", code),
            ],
            Dialect::Rfc8628 => [
                ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
                ("client_id", client_id),
                ("device_code", code),
            ],
        };
        let body = match self.post(url, &form).await {
            Ok(body) => body,
            Err(error) => return PollResult::Transient(error),
        };
        if body.status == 200 {
            return match body.json::<TokenResponse>() {
                Ok(tokens) => match tokens.validate(&self.host()) {
                    Ok(()) => PollResult::Approved(tokens),
                    Err(error) => PollResult::Failed(error),
                },
                Err(error @ AppError::NotJson { .. }) => PollResult::Transient(error),
                Err(error) => PollResult::Failed(error),
            };
        }
        if body.status >= 500 || body.status == 429 {
            return PollResult::Transient(AppError::HttpStatus {
                host: self.host(),
                status: body.status,
            });
        }
        if body.is_html() {
            // A proxy or load balancer page in front of the API: retry, it may pass.
            return PollResult::Transient(AppError::NotJson {
                host: self.host(),
                status: body.status,
            });
        }
        let error: OAuthErrorBody = serde_json::from_slice(&body.bytes).unwrap_or_default();
        match error.error.as_str() {
            "authorization_pending" => PollResult::Pending,
            "slow_down" => PollResult::SlowDown,
            "access_denied" => PollResult::Denied,
            "expired_token" => PollResult::Expired,
            "invalid_grant"
                if error
                    .error_description
                    .to_ascii_lowercase()
                    .contains("expired") =>
            {
                PollResult::Expired
            }
            _ => PollResult::Failed(self.oauth_failure(&body)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_grouped_in_fours() {
        assert_eq!(group_code("X1D9SEET"), "X1D9-SEET");
        assert_eq!(group_code("WDJB-MJHT"), "WDJB-MJHT");
        assert_eq!(group_code("ABCDEFGHIJ"), "ABCD-EFGH-IJ");
    }

    #[test]
    fn prefilled_uri_appends_the_code() {
        assert_eq!(
            prefilled_uri("https://login.salesforce.com/setup/connect", "X1D9SEET"),
            "https://login.salesforce.com/setup/connect?user_code=X1D9SEET"
        );
        assert_eq!(
            prefilled_uri("https://x.example/device?lang=de", "AB"),
            "https://x.example/device?lang=de&user_code=AB"
        );
    }
}
