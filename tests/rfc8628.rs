//! The client's standard RFC 8628 dialect against a minimal standard device-flow server (a
//! stand-in for a non-Salesforce identity provider), over real HTTP.

mod common;

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use common::*;
use serde_json::json;
use wallboard::auth::poller::{PollEvent, PollOutcome, PollerOptions};
use wallboard::auth::{AuthServer, DeviceFlowClient, LoginHost};
use wallboard::clock::ManualClock;

#[derive(Default)]
struct Server {
    polls: AtomicU32,
}

async fn device_authorization(Form(form): Form<HashMap<String, String>>) -> Response {
    if form.get("client_id").map(String::as_str) != Some("tv-app")
        || form.contains_key("response_type")
    {
        return (
            StatusCode::BAD_REQUEST,
            axum::Json(json!({"error": "invalid_request"})),
        )
            .into_response();
    }
    axum::Json(json!({
        "device_code": "GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS",
        "user_code": "WDJB-MJHT",
        "verification_uri": "https://idp.example/device",
        "verification_uri_complete": "https://idp.example/device?user_code=WDJB-MJHT",
        "expires_in": 1800,
        "interval": 5
    }))
    .into_response()
}

async fn token(
    State(server): State<Arc<Server>>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let standard = form.get("grant_type").map(String::as_str)
        == Some("urn:ietf:params:oauth:grant-type:device_code")
        && form.get("device_code").map(String::as_str)
            == Some("GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS")
        && !form.contains_key("code");
    if !standard {
        return (
            StatusCode::BAD_REQUEST,
            axum::Json(json!({"error": "unsupported_grant_type"})),
        )
            .into_response();
    }
    if server.polls.fetch_add(1, Ordering::SeqCst) == 0 {
        return (
            StatusCode::BAD_REQUEST,
            axum::Json(json!({"error": "authorization_pending"})),
        )
            .into_response();
    }
    axum::Json(json!({"access_token": "at", "token_type": "Bearer", "expires_in": 3600, "refresh_token": "rt", "scope": "openid"})).into_response()
}

#[tokio::test]
async fn standard_dialect_uses_the_rfc_names() -> TestResult {
    let server = Arc::new(Server::default());
    let app = axum::Router::new()
        .route("/oauth2/device_authorization", post(device_authorization))
        .route("/oauth2/token", post(token))
        .with_state(server.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move { axum::serve(listener, app).await });

    let host = LoginHost::parse(&format!("http://{addr}"))?;
    let auth = AuthServer::rfc8628(
        host.clone(),
        Some(host.endpoint("oauth2/device_authorization")),
        Some(host.endpoint("oauth2/token")),
        "tv-app",
        "openid",
    )?;
    let client = DeviceFlowClient::new(wallboard::http::client()?, auth);
    let authorization = client.start().await?;
    assert_eq!(authorization.expires_in, Some(Duration::from_secs(1800)));
    assert_eq!(
        authorization.verification_uri_complete,
        "https://idp.example/device?user_code=WDJB-MJHT"
    );
    assert_eq!(authorization.grouped_code(), "WDJB-MJHT");

    let clock = ManualClock::new();
    let mut poll = spawn_poll(client, authorization, &clock, PollerOptions::default());
    advance(&clock, 6).await;
    assert!(matches!(
        next_event(&mut poll).await,
        PollEvent::Waiting { .. }
    ));
    advance(&clock, 6).await;
    let PollOutcome::Approved(tokens) = outcome(poll).await else {
        panic!("expected approval");
    };
    assert_eq!(tokens.expires_in, Some(3600));
    assert_eq!(server.polls.load(Ordering::SeqCst), 2);
    Ok(())
}
