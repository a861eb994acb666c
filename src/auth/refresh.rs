//! Access tokens in memory, refreshed with the refresh token when the API says the session
//! expired: one refresh at a time, shared by every request that saw the same stale token.

use tokio::sync::{Mutex, RwLock};
use url::Url;

use super::device_flow::OAuthErrorBody;
use super::secret::Secret;
use super::tokens::TokenResponse;
use crate::error::AppError;
use crate::http::{self, Body};

/// What is needed to refresh.
#[derive(Debug, Clone)]
pub struct Refresher {
    pub token_url: Url,
    pub client_id: String,
    pub refresh_token: Secret,
}

impl Refresher {
    /// `grant_type=refresh_token`. A rejected refresh token is [`AppError::SessionRejected`].
    pub async fn refresh(&self, http: &reqwest::Client) -> Result<TokenResponse, AppError> {
        let form = [
            ("grant_type", "refresh_token"),
            ("client_id", self.client_id.as_str()),
            ("refresh_token", self.refresh_token.expose()),
            ("format", "json"),
        ];
        let response = http
            .post(self.token_url.clone())
            .header(reqwest::header::ACCEPT, "application/json")
            .form(&form)
            .send()
            .await
            .map_err(|e| http::unreachable(&self.token_url, &e))?;
        let body = Body::read(&self.token_url, response).await?;
        if body.status == 200 {
            let tokens: TokenResponse = body.json()?;
            tokens.validate(&http::host_of(&self.token_url))?;
            return Ok(tokens);
        }
        if body.status >= 500 {
            return Err(AppError::HttpStatus {
                host: http::host_of(&self.token_url),
                status: body.status,
            });
        }
        let error: OAuthErrorBody = body.json().unwrap_or_default();
        if error.error == "invalid_grant" {
            Err(AppError::SessionRejected)
        } else {
            Err(AppError::OAuth {
                host: http::host_of(&self.token_url),
                error: error.error,
                description: error.error_description,
            })
        }
    }
}

/// The current access token and a generation number that changes on every refresh.
pub struct TokenKeeper {
    current: RwLock<(u64, Secret)>,
    refresher: Option<Mutex<Refresher>>,
    http: reqwest::Client,
}

impl TokenKeeper {
    pub fn new(http: reqwest::Client, access_token: Secret, refresher: Option<Refresher>) -> Self {
        Self {
            current: RwLock::new((0, access_token)),
            refresher: refresher.map(Mutex::new),
            http,
        }
    }

    /// The token to use now, with its generation.
    pub async fn current(&self) -> (u64, Secret) {
        self.current.read().await.clone()
    }

    /// Replaces the token seen as `stale` (a no-op if another request already did). Returns a
    /// rotated refresh token when the server sent one.
    pub async fn refresh(&self, stale: u64) -> Result<Option<Secret>, AppError> {
        let Some(refresher) = &self.refresher else {
            return Err(AppError::SessionRejected);
        };
        let mut refresher = refresher.lock().await;
        if self.current.read().await.0 != stale {
            return Ok(None);
        }
        let tokens = refresher.refresh(&self.http).await?;
        let rotated = tokens
            .refresh_token
            .clone()
            .filter(|t| !t.is_empty() && *t != refresher.refresh_token);
        if let Some(new) = &rotated {
            refresher.refresh_token = new.clone();
        }
        let mut current = self.current.write().await;
        *current = (stale + 1, tokens.access_token);
        tracing::info!(generation = stale + 1, "access token refreshed");
        Ok(rotated)
    }
}
