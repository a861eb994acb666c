//! The HTTP client every remote call goes through: rustls (ring) for TLS, timeouts, and
//! reading JSON answers with a clear error when a server sends a web page instead.

use std::sync::Once;
use std::time::Duration;

use serde::de::DeserializeOwned;
use url::Url;

use crate::error::AppError;

static INSTALL_PROVIDER: Once = Once::new();

/// Builds the shared client. TLS uses rustls with the platform's certificate store.
pub fn client() -> Result<reqwest::Client, AppError> {
    INSTALL_PROVIDER.call_once(|| {
        // Fails only if another provider was installed first, which is just as good.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
    reqwest::Client::builder()
        .user_agent(concat!("Wallboard/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(Duration::from_secs(10))
        .timeout(Duration::from_secs(30))
        .https_only(false) // http is allowed for loopback only; LoginHost enforces that.
        .build()
        .map_err(|error| AppError::Config(format!("cannot build the HTTP client: {error}")))
}

/// `host[:port]` of a URL, for messages.
pub fn host_of(url: &Url) -> String {
    match (url.host_str(), url.port()) {
        (Some(host), Some(port)) => format!("{host}:{port}"),
        (Some(host), None) => host.to_owned(),
        _ => url.to_string(),
    }
}

/// Maps a transport error to [`AppError::Unreachable`] without echoing request bodies.
pub fn unreachable(url: &Url, error: &reqwest::Error) -> AppError {
    let detail = if error.is_timeout() {
        "timed out".to_owned()
    } else if error.is_connect() {
        "connection failed".to_owned()
    } else {
        "connection lost".to_owned()
    };
    AppError::Unreachable {
        host: host_of(url),
        detail,
    }
}

/// True when a body looks like HTML rather than JSON.
pub fn looks_like_html(content_type: Option<&str>, body: &[u8]) -> bool {
    let html_type = content_type.is_some_and(|t| t.to_ascii_lowercase().contains("html"));
    let first = body.iter().find(|b| !b.is_ascii_whitespace());
    html_type || first == Some(&b'<')
}

/// A response body read in full, with what is needed to judge it.
pub struct Body {
    pub status: u16,
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
    pub url: Url,
}

impl Body {
    pub async fn read(url: &Url, response: reqwest::Response) -> Result<Self, AppError> {
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let bytes = response
            .bytes()
            .await
            .map_err(|e| unreachable(url, &e))?
            .to_vec();
        Ok(Self {
            status,
            content_type,
            bytes,
            url: url.clone(),
        })
    }

    pub fn is_html(&self) -> bool {
        looks_like_html(self.content_type.as_deref(), &self.bytes)
    }

    /// Parses the body as JSON, or explains why it is not.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, AppError> {
        if self.is_html() {
            return Err(AppError::NotJson {
                host: host_of(&self.url),
                status: self.status,
            });
        }
        serde_json::from_slice(&self.bytes).map_err(|error| AppError::BadResponse {
            host: host_of(&self.url),
            detail: format!("HTTP {}: {error}", self.status),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_recognised_by_type_or_content() {
        assert!(looks_like_html(Some("text/html; charset=UTF-8"), b"{}"));
        assert!(looks_like_html(None, b"  \n<!DOCTYPE html>"));
        assert!(!looks_like_html(
            Some("application/json"),
            b"{\"error\":\"x\"}"
        ));
    }
}
