//! The demo org's OAuth and REST endpoints, answering exactly as Salesforce does: the device
//! flow on the token endpoint (`response_type=device_code`, `grant_type=device`, `code=`),
//! refresh, revoke, the identity URL, userinfo, API versions and the Organization query.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde_json::{Value, json};

use super::state::PollAnswer;
use super::{Peer, Shared, epoch_ms, rest_error};

type Form = HashMap<String, String>;

fn parse_form(body: &[u8]) -> Form {
    url::form_urlencoded::parse(body).into_owned().collect()
}

fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    (
        status,
        axum::Json(json!({ "error": error, "error_description": description })),
    )
        .into_response()
}

/// The base URL clients reached us at (or the configured public one).
fn base_url(shared: &Shared, headers: &HeaderMap) -> String {
    if let Some(url) = &shared.config.public_url {
        return url.as_str().trim_end_matches('/').to_owned();
    }
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1");
    format!("http://{host}")
}

/// The login host as seen from the TV: always the Host header, never the public override.
fn own_url(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1");
    format!("http://{host}")
}

pub(super) fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

/// `POST /services/oauth2/token`.
pub async fn token(
    State(shared): State<Arc<Shared>>,
    Extension(Peer(peer)): Extension<Peer>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if let Some(broken) = shared.faults.take_broken() {
        let status = StatusCode::from_u16(broken.status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
        return (status, Html(broken.html)).into_response();
    }
    let form = parse_form(&body);
    let field = |name: &str| form.get(name).map(String::as_str).unwrap_or_default();
    if field("response_type") == "device_code" {
        return start_device(&shared, &form, peer, &headers);
    }
    match field("grant_type") {
        "device" => poll_device(&shared, &form, &headers),
        "refresh_token" => refresh(&shared, &form, &headers),
        "" => oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "grant type not specified",
        ),
        _ => oauth_error(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            "grant type not supported",
        ),
    }
}

fn start_device(
    shared: &Shared,
    form: &super::oauth::Form,
    peer: std::net::IpAddr,
    headers: &HeaderMap,
) -> Response {
    let client_id = form
        .get("client_id")
        .map(String::as_str)
        .unwrap_or_default();
    if client_id != shared.config.client_id {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_client_id",
            "client identifier invalid",
        );
    }
    let scope = form.get("scope").map(String::as_str).unwrap_or_default();
    let now = shared.clock.now();
    let grant = shared
        .state()
        .start(&shared.config, client_id, scope, peer, now, epoch_ms());
    let verification_uri = format!("{}/setup/connect", base_url(shared, headers));
    tracing::info!(user_code = %grant.user_code, "demo org issued a device code");
    // Exactly the four fields Salesforce sends: no expires_in, no verification_uri_complete.
    axum::Json(json!({
        "user_code": grant.user_code,
        "device_code": grant.device_code,
        "interval": shared.config.interval,
        "verification_uri": verification_uri,
    }))
    .into_response()
}

fn token_body(
    shared: &Shared,
    headers: &HeaderMap,
    access: &str,
    refresh: Option<&str>,
    scope: &str,
) -> Value {
    let user = &shared.config.user;
    let login = own_url(headers);
    let issued_at = epoch_ms().to_string();
    let mut body = json!({
        "access_token": access,
        "signature": random_signature(),
        "scope": scope,
        "instance_url": login,
        "id": format!("{login}/id/{}/{}", user.org_id, user.user_id),
        "token_type": "Bearer",
        "issued_at": issued_at,
    });
    if let (Some(refresh), Some(object)) = (refresh, body.as_object_mut()) {
        object.insert("refresh_token".into(), Value::String(refresh.to_owned()));
    }
    body
}

/// Salesforce signs `id + issued_at` with the consumer secret (HMAC-SHA256); a public client
/// cannot check it, so the demo org sends 32 random bytes of the same shape.
fn random_signature() -> String {
    use base64::Engine as _;
    use rand::RngCore as _;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn poll_device(shared: &Shared, form: &Form, headers: &HeaderMap) -> Response {
    let client_id = form
        .get("client_id")
        .map(String::as_str)
        .unwrap_or_default();
    let Some(code) = form.get("code") else {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "missing required code parameter",
        );
    };
    let now = shared.clock.now();
    let force_slow_down = shared.faults.take_slow_down();
    let mut state = shared.state();
    let answer = state.poll(&shared.config, client_id, code, now, force_slow_down);
    match answer {
        PollAnswer::Pending => oauth_error(
            StatusCode::BAD_REQUEST,
            "authorization_pending",
            "authorization pending",
        ),
        PollAnswer::SlowDown => {
            oauth_error(StatusCode::BAD_REQUEST, "slow_down", "polling too quickly")
        }
        PollAnswer::Denied => oauth_error(
            StatusCode::BAD_REQUEST,
            "access_denied",
            "end-user denied authorization",
        ),
        PollAnswer::Expired => oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "expired authorization code",
        ),
        PollAnswer::InvalidCode => oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "token exchange failed",
        ),
        PollAnswer::WrongClient => oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_client_id",
            "client identifier invalid",
        ),
        PollAnswer::Tokens { scope } => {
            let (access, refresh) = state.mint_tokens(&scope, now);
            drop(state);
            axum::Json(token_body(
                shared,
                headers,
                &access,
                refresh.as_deref(),
                &scope,
            ))
            .into_response()
        }
    }
}

fn refresh(shared: &Shared, form: &Form, headers: &HeaderMap) -> Response {
    let client_id = form
        .get("client_id")
        .map(String::as_str)
        .unwrap_or_default();
    if client_id != shared.config.client_id {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_client_id",
            "client identifier invalid",
        );
    }
    let token = form
        .get("refresh_token")
        .map(String::as_str)
        .unwrap_or_default();
    let now = shared.clock.now();
    let refreshed = shared
        .state()
        .refresh(token, now, shared.config.rotate_refresh_tokens);
    match refreshed {
        // A new refresh token only when the app has rotation switched on.
        Some((access, scope, rotated)) => axum::Json(token_body(
            shared,
            headers,
            &access,
            rotated.as_deref(),
            &scope,
        ))
        .into_response(),
        None => oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "expired access/refresh token",
        ),
    }
}

/// `POST /services/oauth2/revoke` with `token=`.
pub async fn revoke(State(shared): State<Arc<Shared>>, body: Bytes) -> Response {
    let form = parse_form(&body);
    let Some(token) = form.get("token") else {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "unsupported_token_type",
            "missing token",
        );
    };
    if shared.state().revoke(token) {
        StatusCode::OK.into_response()
    } else {
        oauth_error(StatusCode::BAD_REQUEST, "invalid_token", "invalid token")
    }
}

fn authorised(shared: &Shared, headers: &HeaderMap) -> bool {
    bearer(headers).is_some_and(|token| shared.token_valid(token))
}

/// `GET /id/{orgId}/{userId}`: the identity URL from the token's `id` field.
pub async fn identity(
    State(shared): State<Arc<Shared>>,
    Path((org, user_id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    shared.state().stats.identity_calls += 1;
    if !authorised(&shared, &headers) {
        return (StatusCode::FORBIDDEN, "Bad_OAuth_Token").into_response();
    }
    let user = &shared.config.user;
    if org != user.org_id || user_id != user.user_id {
        return (StatusCode::NOT_FOUND, "Bad_Id").into_response();
    }
    let base = own_url(&headers);
    let display = format!("{} {}", user.first_name, user.last_name);
    axum::Json(json!({
        "id": format!("{base}/id/{org}/{user_id}"),
        "asserted_user": true,
        "user_id": user.user_id,
        "organization_id": user.org_id,
        "username": user.username,
        "nick_name": user.first_name.to_lowercase(),
        "display_name": display,
        "email": user.email,
        "email_verified": true,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "timezone": user.timezone,
        "photos": {
            "picture": format!("{base}/profilephoto/005/F"),
            "thumbnail": format!("{base}/profilephoto/005/T"),
        },
        "addr_street": null,
        "addr_city": null,
        "addr_state": null,
        "addr_country": "DE",
        "addr_zip": null,
        "mobile_phone": null,
        "mobile_phone_verified": false,
        "is_lightning_login_user": false,
        "status": { "created_date": null, "body": null },
        "urls": {
            "enterprise": format!("{base}/services/Soap/c/{{version}}/{org}"),
            "metadata": format!("{base}/services/Soap/m/{{version}}/{org}"),
            "partner": format!("{base}/services/Soap/u/{{version}}/{org}"),
            "rest": format!("{base}/services/data/v{{version}}/"),
            "sobjects": format!("{base}/services/data/v{{version}}/sobjects/"),
            "search": format!("{base}/services/data/v{{version}}/search/"),
            "query": format!("{base}/services/data/v{{version}}/query/"),
            "profile": format!("{base}/{user_id}"),
        },
        "active": true,
        "user_type": "STANDARD",
        "language": user.language,
        "locale": user.language,
        "utcOffset": 3_600_000,
        "last_modified_date": "2026-11-02T09:14:11Z",
        "is_app_installed": true,
    }))
    .into_response()
}

/// `GET /services/oauth2/userinfo`: OIDC claims.
pub async fn userinfo(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    shared.state().stats.userinfo_calls += 1;
    if !authorised(&shared, &headers) {
        return (StatusCode::FORBIDDEN, "Bad_OAuth_Token").into_response();
    }
    let user = &shared.config.user;
    let base = own_url(&headers);
    axum::Json(json!({
        "sub": format!("{base}/id/{}/{}", user.org_id, user.user_id),
        "user_id": user.user_id,
        "organization_id": user.org_id,
        "preferred_username": user.username,
        "nickname": user.first_name.to_lowercase(),
        "name": format!("{} {}", user.first_name, user.last_name),
        "email": user.email,
        "email_verified": true,
        "given_name": user.first_name,
        "family_name": user.last_name,
        "zoneinfo": user.timezone,
        "locale": user.language,
        "language": user.language,
        "active": true,
        "user_type": "STANDARD",
        "updated_at": "2026-11-02T09:14:11Z",
    }))
    .into_response()
}

/// API releases this demo org offers, oldest first, as `GET /services/data/` lists them.
const VERSIONS: &[(&str, &str)] = &[
    ("Winter '25", "62.0"),
    ("Spring '25", "63.0"),
    ("Summer '25", "64.0"),
    ("Winter '26", "65.0"),
    ("Spring '26", "66.0"),
    ("Summer '26", "67.0"),
];

/// `GET /services/data/`: no authentication, no limit header.
pub async fn versions() -> Response {
    let list: Vec<Value> = VERSIONS
        .iter()
        .map(|(label, version)| json!({ "label": label, "url": format!("/services/data/v{version}"), "version": version }))
        .collect();
    axum::Json(Value::Array(list)).into_response()
}

/// `GET /services/data/vXX.X/query?q=`: the org's name and the `Dashboard` object.
pub async fn query(
    State(shared): State<Arc<Shared>>,
    Path(version): Path<String>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    // Same checks, counting and limit header as every other REST call.
    let used = match shared.api_call(&headers) {
        Ok(used) => used,
        Err(response) => return *response,
    };
    let known = VERSIONS
        .iter()
        .any(|(_, v)| version.strip_prefix('v') == Some(*v));
    if !known {
        return rest_error(
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            "The requested resource does not exist",
        );
    }
    let soql = params.get("q").map(String::as_str).unwrap_or_default();
    let normalised = soql.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = normalised.to_lowercase();
    let user = &shared.config.user;
    let response = if lower == "select name from organization"
        || lower == "select id, name from organization"
    {
        axum::Json(json!({
            "totalSize": 1,
            "done": true,
            "records": [{
                "attributes": { "type": "Organization", "url": format!("/services/data/{version}/sobjects/Organization/{}", user.org_id) },
                "Id": user.org_id,
                "Name": user.org_name,
            }]
        }))
        .into_response()
    } else if let Some(result) = super::analytics::dashboard_query(&normalised) {
        axum::Json(result).into_response()
    } else {
        rest_error(
            StatusCode::BAD_REQUEST,
            "MALFORMED_QUERY",
            "unexpected token: query not supported by the demo org",
        )
    };
    super::analytics::with_limits(response, used)
}
