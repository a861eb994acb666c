//! The demo org's other OAuth endpoints over HTTP, as Salesforce answers them: refresh (no new
//! refresh token), revoke (kills the token family), identity URL, userinfo, API versions.

mod common;

use common::*;
use serde_json::Value;
use wallboard::clock::ManualClock;
use wallboard::demo_org::{DEMO_CLIENT_ID, DemoOrg, DemoOrgConfig};

async fn signed_in(
    org: &DemoOrg,
    clock: &ManualClock,
) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
    let http = wallboard::http::client()?;
    let token_url = format!("{}services/oauth2/token", org.base_url());
    let start: Value = http
        .post(&token_url)
        .form(&[
            ("response_type", "device_code"),
            ("client_id", DEMO_CLIENT_ID),
            ("scope", "api refresh_token id"),
        ])
        .send()
        .await?
        .json()
        .await?;
    let keys: Vec<&String> = start.as_object().ok_or("not an object")?.keys().collect();
    assert_eq!(
        keys.len(),
        4,
        "exactly the four Salesforce fields: {keys:?}"
    );
    let code = start["user_code"].as_str().ok_or("no user_code")?;
    assert!(org.decide(code, true));
    clock.advance(std::time::Duration::from_secs(5));
    let device_code = start["device_code"].as_str().ok_or("no device_code")?;
    let tokens: Value = http
        .post(&token_url)
        .form(&[
            ("grant_type", "device"),
            ("client_id", DEMO_CLIENT_ID),
            ("code", device_code),
        ])
        .send()
        .await?
        .json()
        .await?;
    for field in [
        "access_token",
        "refresh_token",
        "signature",
        "scope",
        "instance_url",
        "id",
        "token_type",
        "issued_at",
    ] {
        assert!(tokens.get(field).is_some(), "token response lacks {field}");
    }
    assert!(tokens.get("expires_in").is_none());
    Ok(tokens)
}

#[tokio::test]
async fn refresh_revoke_identity_and_userinfo() -> TestResult {
    let clock = ManualClock::new();
    let org = demo_org(&clock, DemoOrgConfig::default()).await?;
    let tokens = signed_in(&org, &clock).await?;
    let http = wallboard::http::client()?;
    let base = org.base_url();
    let access = tokens["access_token"].as_str().ok_or("no access token")?;
    let refresh = tokens["refresh_token"].as_str().ok_or("no refresh token")?;

    let identity = http
        .get(tokens["id"].as_str().ok_or("no id")?)
        .bearer_auth(access)
        .send()
        .await?;
    assert_eq!(identity.status(), 200);
    let identity: Value = identity.json().await?;
    assert_eq!(identity["display_name"], "Ada Okafor");

    let userinfo: Value = http
        .get(format!("{base}services/oauth2/userinfo"))
        .bearer_auth(access)
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(
        userinfo["preferred_username"],
        "ada.okafor@northwind-demo.example"
    );

    let versions: Value = http
        .get(format!("{base}services/data/"))
        .send()
        .await?
        .json()
        .await?;
    assert!(
        versions
            .as_array()
            .is_some_and(|v| v.iter().any(|e| e["version"] == "66.0"))
    );

    let refreshed = http
        .post(format!("{base}services/oauth2/token"))
        .form(&[
            ("grant_type", "refresh_token"),
            ("client_id", DEMO_CLIENT_ID),
            ("refresh_token", refresh),
        ])
        .send()
        .await?;
    assert_eq!(refreshed.status(), 200);
    let refreshed: Value = refreshed.json().await?;
    assert!(
        refreshed.get("refresh_token").is_none(),
        "no rotation unless configured"
    );
    let new_access = refreshed["access_token"]
        .as_str()
        .ok_or("no new access token")?;

    let revoked = http
        .post(format!("{base}services/oauth2/revoke"))
        .form(&[("token", refresh)])
        .send()
        .await?;
    assert_eq!(revoked.status(), 200);
    for token in [access, new_access] {
        let after = http
            .get(format!("{base}services/oauth2/userinfo"))
            .bearer_auth(token)
            .send()
            .await?;
        assert_eq!(
            after.status(),
            403,
            "revoking the refresh token revokes its access tokens"
        );
    }
    let again = http
        .post(format!("{base}services/oauth2/token"))
        .form(&[
            ("grant_type", "refresh_token"),
            ("client_id", DEMO_CLIENT_ID),
            ("refresh_token", refresh),
        ])
        .send()
        .await?;
    assert_eq!(again.status(), 400);
    let body: Value = again.json().await?;
    assert_eq!(body["error"], "invalid_grant");
    assert_eq!(body["error_description"], "expired access/refresh token");
    assert_eq!(org.stats().refreshes, 2);
    Ok(())
}
