//! Tokens never leak: every log line written across a sign-in, a token refresh after expiry, a
//! rotation and a sign-out is captured and searched for every token the server issued; `Debug`
//! output of the types that hold tokens is checked too.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use common::*;
use wallboard::auth::credentials::SavedSignIn;
use wallboard::auth::refresh::{Refresher, TokenKeeper};
use wallboard::auth::revoke::revoke;
use wallboard::auth::{SignedInUser, poller::PollerOptions};
use wallboard::clock::ManualClock;
use wallboard::demo_org::{DEMO_CLIENT_ID, DemoOrgConfig};

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .map_err(|_| std::io::Error::other("poisoned"))?
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn capture() -> &'static Captured {
    static CAPTURED: OnceLock<Captured> = OnceLock::new();
    CAPTURED.get_or_init(|| {
        let captured = Captured::default();
        let writer = captured.clone();
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new("trace"))
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .try_init();
        captured
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_token_reaches_the_logs_or_debug_output() -> TestResult {
    let logs = capture();
    let clock = ManualClock::new();
    let config = DemoOrgConfig {
        rotate_refresh_tokens: true,
        access_token_lifetime: Some(Duration::from_secs(300)),
        ..DemoOrgConfig::default()
    };
    let org = demo_org(&clock, config).await?;
    let mut secrets: Vec<String> = Vec::new();

    // Sign in through the poller, with a failure on the way (errors get logged).
    let client = demo_client(&org)?;
    let authorization = client.start().await?;
    secrets.push(authorization.device_code.expose().to_owned());
    org.faults().set_offline(true);
    let poll = spawn_poll(
        client.clone(),
        authorization.clone(),
        &clock,
        PollerOptions::default(),
    );
    advance(&clock, 6).await;
    until_asleep(&clock).await;
    org.faults().set_offline(false);
    assert!(org.decide(&authorization.user_code, true));
    advance(&clock, 10).await;
    let wallboard::auth::PollOutcome::Approved(tokens) = outcome(poll).await else {
        return Err("not approved".into());
    };
    secrets.push(tokens.access_token.expose().to_owned());
    let refresh_token = tokens.refresh_token.clone().ok_or("no refresh token")?;
    secrets.push(refresh_token.expose().to_owned());

    // Use the API, let the access token expire, refresh (with rotation) on the 401.
    let http = wallboard::http::client()?;
    let refresher = Refresher {
        token_url: org.base_url().join("services/oauth2/token")?,
        client_id: DEMO_CLIENT_ID.into(),
        refresh_token: refresh_token.clone(),
    };
    let keeper = Arc::new(TokenKeeper::new(
        http.clone(),
        tokens.access_token.clone(),
        Some(refresher),
    ));
    let rest = wallboard::salesforce::SalesforceClient::connect(
        http.clone(),
        url::Url::parse(tokens.instance_url.as_deref().ok_or("no instance")?)?,
        keeper.clone(),
    )
    .await?;
    rest.list_dashboards().await?;
    clock.advance(Duration::from_secs(301));
    rest.list_dashboards().await?;
    let (_, new_access) = keeper.current().await;
    secrets.push(new_access.expose().to_owned());
    let rotated = rest.take_rotated_refresh_token().ok_or("no rotation")?;
    secrets.push(rotated.expose().to_owned());
    assert_eq!(org.stats().refreshes, 1);

    // Sign out.
    revoke(
        &http,
        &org.base_url().join("services/oauth2/revoke")?,
        &rotated,
    )
    .await?;
    let error = rest
        .list_dashboards()
        .await
        .err()
        .ok_or("still signed in after revocation")?;

    // Debug and Display of everything that holds tokens.
    let user = SignedInUser {
        display_name: "Ada".into(),
        username: "ada".into(),
        organization_id: "00D".into(),
        org_name: "X".into(),
        language: None,
    };
    let saved = SavedSignIn::new(org.base_url().as_str(), &tokens, &user);
    let mut shown = format!(
        "{tokens:?} {authorization:?} {saved:?} {error:?} {error} {refresher_debug:?}",
        refresher_debug = keeper.current().await
    );
    shown.push_str(&String::from_utf8_lossy(
        &logs.0.lock().map_err(|_| "poisoned")?,
    ));
    assert!(
        shown.contains("INFO") || shown.contains("DEBUG"),
        "logging was captured"
    );
    for secret in &secrets {
        assert!(secret.len() > 20);
        assert!(!shown.contains(secret.as_str()), "a token leaked");
        assert!(!shown.contains(&secret[..20]), "part of a token leaked");
    }
    Ok(())
}
