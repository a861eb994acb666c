//! API version discovery (`GET /services/data/`) and the organization's name.

use serde::Deserialize;
use url::Url;

use crate::auth::Secret;
use crate::error::AppError;
use crate::http::{self, Body};

/// The newest API version Wallboard has been tested against.
pub const NEWEST_KNOWN_VERSION: (u32, u32) = (66, 0);

#[derive(Deserialize)]
struct VersionEntry {
    version: String,
}

/// Picks the newest `major.minor` from `versions` that is not newer than Wallboard knows.
pub fn pick_version<'a>(versions: impl IntoIterator<Item = &'a str>) -> Option<String> {
    versions
        .into_iter()
        .filter_map(|v| {
            let (major, minor) = v.trim().split_once('.')?;
            Some((
                (major.parse::<u32>().ok()?, minor.parse::<u32>().ok()?),
                v.trim(),
            ))
        })
        .filter(|(parsed, _)| *parsed <= NEWEST_KNOWN_VERSION)
        .max_by_key(|(parsed, _)| *parsed)
        .map(|(_, text)| text.to_owned())
}

/// `GET /services/data/` (no authentication) and pick a version.
pub async fn api_version(http: &reqwest::Client, instance: &Url) -> Result<String, AppError> {
    let url = instance
        .join("services/data/")
        .map_err(|e| AppError::BadResponse {
            host: http::host_of(instance),
            detail: e.to_string(),
        })?;
    let response = http
        .get(url.clone())
        .header(reqwest::header::ACCEPT, "application/json")
        .send()
        .await
        .map_err(|e| http::unreachable(&url, &e))?;
    let body = Body::read(&url, response).await?;
    if body.status != 200 {
        return Err(AppError::HttpStatus {
            host: http::host_of(&url),
            status: body.status,
        });
    }
    let entries: Vec<VersionEntry> = body.json()?;
    pick_version(entries.iter().map(|e| e.version.as_str())).ok_or_else(|| AppError::BadResponse {
        host: http::host_of(&url),
        detail: "no supported API version".into(),
    })
}

#[derive(Deserialize)]
struct QueryResult {
    #[serde(default)]
    records: Vec<OrgRecord>,
}

#[derive(Deserialize)]
struct OrgRecord {
    #[serde(rename = "Name", default)]
    name: Option<String>,
}

/// The organization's name through SOQL (`SELECT Name FROM Organization`).
pub async fn organization_name(
    http: &reqwest::Client,
    instance: &Url,
    version: &str,
    token: &Secret,
) -> Result<Option<String>, AppError> {
    let mut url = instance
        .join(&format!("services/data/v{version}/query"))
        .map_err(|e| AppError::BadResponse {
            host: http::host_of(instance),
            detail: e.to_string(),
        })?;
    url.query_pairs_mut()
        .append_pair("q", "SELECT Name FROM Organization");
    let response = http
        .get(url.clone())
        .bearer_auth(token.expose())
        .header(reqwest::header::ACCEPT, "application/json")
        .send()
        .await
        .map_err(|e| http::unreachable(&url, &e))?;
    let body = Body::read(&url, response).await?;
    if body.status != 200 {
        return Err(AppError::HttpStatus {
            host: http::host_of(&url),
            status: body.status,
        });
    }
    let result: QueryResult = body.json()?;
    Ok(result.records.into_iter().find_map(|r| r.name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_newest_known_version() {
        assert_eq!(
            pick_version(["31.0", "62.0", "66.0", "67.0"]),
            Some("66.0".into())
        );
        assert_eq!(pick_version(["64.0", "63.0"]), Some("64.0".into()));
        assert_eq!(pick_version(["x"]), None);
    }
}
