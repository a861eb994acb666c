//! Opening a REST session for commands: from the saved sign-in (refresh token), or against an
//! embedded demo org signed in automatically.

use std::sync::Arc;

use url::Url;

use crate::auth::credentials::SavedSignIn;
use crate::auth::refresh::{Refresher, TokenKeeper};
use crate::auth::{DeviceFlowClient, PollResult, Secret, TokenResponse};
use crate::config::Config;
use crate::demo_org::DemoOrg;
use crate::error::AppError;
use crate::salesforce::SalesforceClient;

/// Reads the saved sign-in.
pub fn saved(config: &Config) -> Result<SavedSignIn, AppError> {
    config.store()?.load()?.ok_or(AppError::NotSignedIn)
}

/// A client from the saved sign-in: the first call refreshes the access token.
pub async fn from_saved(
    config: &Config,
    http: &reqwest::Client,
) -> Result<SalesforceClient, AppError> {
    let saved = saved(config)?;
    let refresh_token = saved
        .refresh_token
        .clone()
        .ok_or(AppError::SessionRejected)?;
    let login = crate::auth::LoginHost::parse(&saved.login_host)?;
    let client_id = config.client_id.clone().ok_or(AppError::MissingClientId)?;
    let refresher = Refresher {
        token_url: login.endpoint("services/oauth2/token"),
        client_id,
        refresh_token,
    };
    let instance = saved
        .instance_url
        .as_deref()
        .and_then(|u| Url::parse(u).ok())
        .ok_or(AppError::SessionRejected)?;
    let tokens = Arc::new(TokenKeeper::new(
        http.clone(),
        Secret::default(),
        Some(refresher),
    ));
    // With refresh-token rotation the old token dies here: store the new one at once, or the
    // screen's stored sign-in would stop working after this command.
    if let Some(rotated) = tokens.refresh(0).await? {
        let mut updated = saved.clone();
        updated.refresh_token = Some(rotated);
        config.store()?.save(&updated)?;
    }
    SalesforceClient::connect(http.clone(), instance, tokens).await
}

/// Signs in to a demo org without a person (the demo org's own approval path) and connects.
pub async fn demo_session(
    org: &DemoOrg,
    client: &DeviceFlowClient,
    http: &reqwest::Client,
) -> Result<(SalesforceClient, TokenResponse), AppError> {
    let authorization = client.start().await?;
    org.decide(&authorization.user_code, true);
    let tokens = loop {
        match client.poll(&authorization).await {
            PollResult::Approved(tokens) => break tokens,
            PollResult::Pending | PollResult::SlowDown => {
                tokio::time::sleep(std::time::Duration::from_millis(200)).await
            }
            PollResult::Transient(error) | PollResult::Failed(error) => return Err(error),
            PollResult::Denied | PollResult::Expired => return Err(AppError::SessionRejected),
        }
    };
    let refresher = tokens.refresh_token.clone().map(|refresh_token| Refresher {
        token_url: client.server().token_url.clone(),
        client_id: client.server().client_id.clone(),
        refresh_token,
    });
    let keeper = Arc::new(TokenKeeper::new(
        http.clone(),
        tokens.access_token.clone(),
        refresher,
    ));
    let instance = tokens
        .instance_url
        .as_deref()
        .and_then(|u| Url::parse(u).ok())
        .ok_or_else(|| AppError::BadResponse {
            host: "demo".into(),
            detail: "no instance_url".into(),
        })?;
    Ok((
        SalesforceClient::connect(http.clone(), instance, keeper).await?,
        tokens,
    ))
}
