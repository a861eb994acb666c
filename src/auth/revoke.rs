//! Sign-out: `POST /services/oauth2/revoke` with the refresh token, which also revokes every
//! access token issued from it.

use url::Url;

use super::secret::Secret;
use crate::error::AppError;
use crate::http::{self, Body};

/// Revokes `token` at `revoke_url`.
pub async fn revoke(
    http: &reqwest::Client,
    revoke_url: &Url,
    token: &Secret,
) -> Result<(), AppError> {
    let response = http
        .post(revoke_url.clone())
        .form(&[("token", token.expose())])
        .send()
        .await
        .map_err(|e| http::unreachable(revoke_url, &e))?;
    let body = Body::read(revoke_url, response).await?;
    match body.status {
        200 => Ok(()),
        // Already revoked or unknown: the outcome the person wanted.
        400 => {
            tracing::info!("the server did not know the token any more");
            Ok(())
        }
        status => Err(AppError::HttpStatus {
            host: http::host_of(revoke_url),
            status,
        }),
    }
}
