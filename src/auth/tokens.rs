//! The token endpoint's success answer (Salesforce's eight fields, RFC 6749's standard ones),
//! read leniently and holding its secrets in [`Secret`].

use serde::Deserialize;
use url::Url;

use super::login_host::check_remote_url;
use super::secret::Secret;
use crate::error::AppError;

/// A successful token response. Unknown fields are ignored.
#[derive(Debug, Clone, Deserialize)]
pub struct TokenResponse {
    pub access_token: Secret,
    #[serde(default)]
    pub refresh_token: Option<Secret>,
    /// Base URL for REST calls (Salesforce only).
    #[serde(default)]
    pub instance_url: Option<String>,
    /// The identity URL (Salesforce only).
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub scope: Option<String>,
    #[serde(default)]
    pub token_type: Option<String>,
    /// Epoch milliseconds as a string (Salesforce).
    #[serde(default)]
    pub issued_at: Option<String>,
    /// Standard OAuth servers only; Salesforce sends none.
    #[serde(default)]
    pub expires_in: Option<u64>,
}

impl TokenResponse {
    /// Refuses responses whose URLs would send the token somewhere unsafe.
    pub fn validate(&self, host: &str) -> Result<(), AppError> {
        if self.access_token.is_empty() {
            return Err(AppError::BadResponse {
                host: host.to_owned(),
                detail: "empty access_token".into(),
            });
        }
        for url in [&self.instance_url, &self.id].into_iter().flatten() {
            let parsed = Url::parse(url).map_err(|error| AppError::BadResponse {
                host: host.to_owned(),
                detail: format!("bad URL in token response: {error}"),
            })?;
            check_remote_url(&parsed)?;
        }
        Ok(())
    }

    /// Granted scopes.
    pub fn scopes(&self) -> impl Iterator<Item = &str> {
        self.scope.as_deref().unwrap_or_default().split_whitespace()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn salesforce_example_parses_and_hides_tokens() -> Result<(), serde_json::Error> {
        let json = r#"{"access_token":"00DD00000008Uw2!ARkAQGppKf6n","refresh_token":"your token here",
            "signature":"hJuYICd2IHsjyTcFqTYiOr8THmgDmrcjgWaMp13X6dY=","scope":"api","instance_url":"https://eu11.salesforce.com",
            "id":"https://login.salesforce.com/id/00DD00000008Uw2MAE/005D0000001cAGmIAM","token_type":"Bearer","issued_at":"1477674717112",
            "api_instance_url":"https://api.salesforce.com"}"#;
        let tokens: TokenResponse = serde_json::from_str(json)?;
        assert!(tokens.validate("login.salesforce.com").is_ok());
        let debug = format!("{tokens:?}");
        assert!(!debug.contains("ARkAQ"), "{debug}");
        assert!(!debug.contains("your token here"), "{debug}");
        assert_eq!(tokens.scopes().collect::<Vec<_>>(), ["api"]);
        Ok(())
    }

    #[test]
    fn insecure_instance_url_is_refused() -> Result<(), serde_json::Error> {
        let tokens: TokenResponse =
            serde_json::from_str(r#"{"access_token":"x","instance_url":"http://evil.example"}"#)?;
        assert!(matches!(
            tokens.validate("h"),
            Err(AppError::LoginHostInsecure { .. })
        ));
        Ok(())
    }
}
