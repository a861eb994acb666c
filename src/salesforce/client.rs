//! REST calls on the instance with the access token: JSON in and out, the error array, the
//! limit header, and one refresh-and-retry when the session has expired.

use std::sync::{Arc, Mutex, PoisonError};

use reqwest::Method;
use serde::de::DeserializeOwned;
use url::Url;

use super::errors::{first_error, is_missing_api_scope};
use super::limits::{self, ApiUsage};
use super::types::{
    DashboardMetadata, DashboardRecord, DashboardResults, DashboardStatus, QueryResult,
};
use super::versions;
use crate::auth::login_host::check_remote_url;
use crate::auth::refresh::TokenKeeper;
use crate::auth::secret::Secret;
use crate::error::AppError;
use crate::http::{self, Body};

/// The SOQL that lists every dashboard the user can see.
pub const DASHBOARD_QUERY: &str =
    "SELECT Id, Title, DeveloperName, FolderName FROM Dashboard ORDER BY Title";

/// A signed-in connection to one org's REST API.
#[derive(Clone)]
pub struct SalesforceClient {
    http: reqwest::Client,
    instance: Url,
    version: String,
    tokens: Arc<TokenKeeper>,
    usage: Arc<Mutex<Option<ApiUsage>>>,
    rotated: Arc<Mutex<Option<Secret>>>,
}

impl SalesforceClient {
    /// Connects to `instance`, discovering the API version.
    pub async fn connect(
        http: reqwest::Client,
        instance: Url,
        tokens: Arc<TokenKeeper>,
    ) -> Result<Self, AppError> {
        check_remote_url(&instance)?;
        let version = versions::api_version(&http, &instance).await?;
        Ok(Self::with_version(http, instance, version, tokens))
    }

    pub fn with_version(
        http: reqwest::Client,
        instance: Url,
        version: String,
        tokens: Arc<TokenKeeper>,
    ) -> Self {
        Self {
            http,
            instance,
            version,
            tokens,
            usage: Arc::default(),
            rotated: Arc::default(),
        }
    }

    pub fn version(&self) -> &str {
        &self.version
    }

    pub fn host(&self) -> String {
        http::host_of(&self.instance)
    }

    /// API usage from the most recent `Sforce-Limit-Info` header.
    pub fn api_usage(&self) -> Option<ApiUsage> {
        *self.usage.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A refresh token the server rotated since the last call (to be stored).
    pub fn take_rotated_refresh_token(&self) -> Option<Secret> {
        self.rotated
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }

    fn url(&self, path: &str, query: &[(&str, &str)]) -> Result<Url, AppError> {
        let mut url = self
            .instance
            .join(&format!(
                "services/data/v{}/{}",
                self.version,
                path.trim_start_matches('/')
            ))
            .map_err(|e| AppError::BadResponse {
                host: self.host(),
                detail: e.to_string(),
            })?;
        if !query.is_empty() {
            url.query_pairs_mut().extend_pairs(query);
        }
        Ok(url)
    }

    /// One call, refreshing the token once on `INVALID_SESSION_ID`.
    async fn call<T: DeserializeOwned>(&self, method: Method, url: Url) -> Result<T, AppError> {
        let mut refreshed = false;
        loop {
            let (generation, token) = self.tokens.current().await;
            let response = self
                .http
                .request(method.clone(), url.clone())
                .bearer_auth(token.expose())
                .header(reqwest::header::ACCEPT, "application/json")
                .send()
                .await
                .map_err(|e| http::unreachable(&url, &e))?;
            if let Some(usage) = response
                .headers()
                .get("sforce-limit-info")
                .and_then(|h| h.to_str().ok())
                .and_then(limits::parse)
            {
                *self.usage.lock().unwrap_or_else(PoisonError::into_inner) = Some(usage);
            }
            let body = Body::read(&url, response).await?;
            if body.status == 401 {
                let error = first_error(&body.bytes).unwrap_or_default();
                if is_missing_api_scope(&error) {
                    return Err(AppError::MissingApiScope);
                }
                if refreshed {
                    return Err(AppError::SessionRejected);
                }
                if let Some(rotated) = self.tokens.refresh(generation).await? {
                    *self.rotated.lock().unwrap_or_else(PoisonError::into_inner) = Some(rotated);
                }
                refreshed = true;
                continue;
            }
            if body.status >= 400 {
                if body.is_html() || body.status >= 500 {
                    return Err(AppError::HttpStatus {
                        host: self.host(),
                        status: body.status,
                    });
                }
                let error = first_error(&body.bytes).unwrap_or_default();
                return Err(AppError::Rest {
                    host: self.host(),
                    status: body.status,
                    code: error.error_code,
                    message: error.message,
                });
            }
            return body.json();
        }
    }

    /// Every dashboard the user can see (SOQL on `Dashboard`, following `nextRecordsUrl`).
    pub async fn list_dashboards(&self) -> Result<Vec<DashboardRecord>, AppError> {
        let mut url = self.url("query", &[("q", DASHBOARD_QUERY)])?;
        let mut records = Vec::new();
        for _page in 0..50 {
            let page: QueryResult<DashboardRecord> = self.call(Method::GET, url.clone()).await?;
            records.extend(page.records);
            match page.next_records_url.filter(|_| page.done == Some(false)) {
                Some(next) => {
                    url = self
                        .instance
                        .join(&next)
                        .map_err(|e| AppError::BadResponse {
                            host: self.host(),
                            detail: e.to_string(),
                        })?
                }
                None => break,
            }
        }
        Ok(records)
    }

    fn filter_params(filters: &[String]) -> Vec<(String, &str)> {
        filters
            .iter()
            .take(3)
            .enumerate()
            .filter(|(_, f)| !f.is_empty())
            .map(|(i, f)| (format!("filter{}", i + 1), f.as_str()))
            .collect()
    }

    fn dashboard_url(&self, id: &str, suffix: &str, filters: &[String]) -> Result<Url, AppError> {
        let params = Self::filter_params(filters);
        let query: Vec<(&str, &str)> = params.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        self.url(&format!("analytics/dashboards/{id}{suffix}"), &query)
    }

    /// Results as Salesforce last computed them (no refresh).
    pub async fn results(
        &self,
        id: &str,
        filters: &[String],
    ) -> Result<DashboardResults, AppError> {
        self.call(Method::GET, self.dashboard_url(id, "", filters)?)
            .await
    }

    pub async fn describe(&self, id: &str) -> Result<DashboardMetadata, AppError> {
        self.call(Method::GET, self.dashboard_url(id, "/describe", &[])?)
            .await
    }

    /// Starts a refresh (`PUT`).
    pub async fn refresh(&self, id: &str, filters: &[String]) -> Result<(), AppError> {
        let _: serde_json::Value = self
            .call(Method::PUT, self.dashboard_url(id, "", filters)?)
            .await?;
        Ok(())
    }

    pub async fn status(&self, id: &str, filters: &[String]) -> Result<DashboardStatus, AppError> {
        self.call(Method::GET, self.dashboard_url(id, "/status", filters)?)
            .await
    }
}
