//! Who signed in: the identity URL from the token's `id` (Salesforce) or OIDC userinfo, plus the
//! organization's name from the REST API, for the "Connected as ..." confirmation.

use serde::Deserialize;
use url::Url;

use super::login_host::check_remote_url;
use super::tokens::TokenResponse;
use crate::error::AppError;
use crate::http::{self, Body};
use crate::salesforce;

/// The person and org behind a token, for display.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SignedInUser {
    pub display_name: String,
    pub username: String,
    pub organization_id: String,
    /// The org's name when the REST API could tell it; else the instance host.
    pub org_name: String,
    /// The user's Salesforce language (`en_US`, `ja`), offered as the screen's language.
    #[serde(default)]
    pub language: Option<String>,
}

#[derive(Deserialize)]
struct IdentityBody {
    #[serde(default, alias = "name")]
    display_name: Option<String>,
    #[serde(default, alias = "preferred_username")]
    username: Option<String>,
    #[serde(default)]
    organization_id: Option<String>,
    #[serde(default)]
    language: Option<String>,
}

/// Fetches identity (and, on Salesforce, the org name) for `tokens`.
pub async fn fetch(
    http: &reqwest::Client,
    tokens: &TokenResponse,
    userinfo_fallback: Option<&Url>,
) -> Result<SignedInUser, AppError> {
    let identity_url = match tokens.id.as_deref().map(Url::parse) {
        Some(Ok(url)) => url,
        Some(Err(error)) => {
            return Err(AppError::BadResponse {
                host: "identity".into(),
                detail: error.to_string(),
            });
        }
        None => userinfo_fallback
            .cloned()
            .ok_or_else(|| AppError::BadResponse {
                host: "identity".into(),
                detail: "the token response has no identity URL".into(),
            })?,
    };
    check_remote_url(&identity_url)?;
    let response = http
        .get(identity_url.clone())
        .bearer_auth(tokens.access_token.expose())
        .header(reqwest::header::ACCEPT, "application/json")
        .send()
        .await
        .map_err(|e| http::unreachable(&identity_url, &e))?;
    let body = Body::read(&identity_url, response).await?;
    if body.status != 200 {
        return Err(AppError::HttpStatus {
            host: http::host_of(&identity_url),
            status: body.status,
        });
    }
    let identity: IdentityBody = body.json()?;
    let username = identity.username.unwrap_or_default();
    let display_name = identity
        .display_name
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| username.clone());
    let instance = tokens
        .instance_url
        .as_deref()
        .and_then(|u| Url::parse(u).ok());
    let org_name = match &instance {
        Some(instance) => org_name(http, instance, tokens)
            .await
            .unwrap_or_else(|| http::host_of(instance)),
        None => http::host_of(&identity_url),
    };
    Ok(SignedInUser {
        display_name,
        username,
        organization_id: identity.organization_id.unwrap_or_default(),
        org_name,
        language: identity.language.filter(|l| !l.trim().is_empty()),
    })
}

async fn org_name(
    http: &reqwest::Client,
    instance: &Url,
    tokens: &TokenResponse,
) -> Option<String> {
    check_remote_url(instance).ok()?;
    let version = salesforce::api_version(http, instance)
        .await
        .map_err(|e| tracing::warn!(%e, "API version discovery failed"))
        .ok()?;
    salesforce::organization_name(http, instance, &version, &tokens.access_token)
        .await
        .map_err(|e| tracing::warn!(%e, "organization name lookup failed"))
        .ok()
        .flatten()
}
