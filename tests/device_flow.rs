//! The device flow over real HTTP against the demo org: every poll outcome, with a manual clock
//! shared by client and server so ten minutes of polling take milliseconds.

mod common;

use std::time::Duration;

use common::*;
use wallboard::auth::poller::{PollEvent, PollOutcome, PollerOptions, PollerSlot};
use wallboard::auth::{LoginHost, identity};
use wallboard::clock::ManualClock;
use wallboard::demo_org::{BrokenAnswer, DemoOrgConfig};
use wallboard::error::AppError;

fn options() -> PollerOptions {
    PollerOptions::default()
}

#[tokio::test]
async fn start_returns_salesforce_shaped_codes() -> TestResult {
    let clock = ManualClock::new();
    let org = demo_org(&clock, DemoOrgConfig::default()).await?;
    let authorization = demo_client(&org)?.start().await?;
    assert_eq!(authorization.user_code.len(), 8);
    assert!(
        authorization
            .user_code
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    );
    assert_eq!(authorization.interval, Duration::from_secs(5));
    assert_eq!(
        authorization.expires_in, None,
        "Salesforce sends no expires_in"
    );
    assert_eq!(
        authorization.verification_uri,
        format!("{}setup/connect", org.base_url())
    );
    assert_eq!(
        authorization.verification_uri_complete,
        format!(
            "{}setup/connect?user_code={}",
            org.base_url(),
            authorization.user_code
        )
    );
    assert_eq!(org.stats().device_starts, 1);
    Ok(())
}

#[tokio::test]
async fn pending_then_approval_yields_tokens_and_identity() -> TestResult {
    let clock = ManualClock::new();
    let org = demo_org(&clock, DemoOrgConfig::default()).await?;
    let client = demo_client(&org)?;
    let authorization = client.start().await?;
    let code = authorization.user_code.clone();
    let mut poll = spawn_poll(client, authorization, &clock, options());

    // Nothing is sent before the interval (+1 s margin) has passed.
    advance(&clock, 5).await;
    until_asleep(&clock).await;
    assert_eq!(org.polls_for(&code), 0);
    clock.advance(Duration::from_secs(1));
    assert!(
        matches!(next_event(&mut poll).await, PollEvent::Waiting { next_poll_in } if next_poll_in == Duration::from_secs(6))
    );
    assert_eq!(org.polls_for(&code), 1);

    assert!(org.decide(&code, true));
    advance(&clock, 6).await;
    let PollOutcome::Approved(tokens) = outcome(poll).await else {
        panic!("expected approval");
    };
    assert!(tokens.refresh_token.is_some());
    assert!(tokens.instance_url.is_some());
    assert_eq!(tokens.token_type.as_deref(), Some("Bearer"));
    let user = identity::fetch(&wallboard::http::client()?, &tokens, None).await?;
    assert_eq!(user.display_name, "Ada Okafor");
    assert_eq!(user.org_name, "Northwind Traders (Demo)");
    assert_eq!(org.polls_for(&code), 2);
    assert_eq!(org.stats().identity_calls, 1);
    Ok(())
}

#[tokio::test]
async fn slow_down_adds_five_seconds_for_good() -> TestResult {
    let clock = ManualClock::new();
    let org = demo_org(&clock, DemoOrgConfig::default()).await?;
    let client = demo_client(&org)?;
    let authorization = client.start().await?;
    let code = authorization.user_code.clone();
    org.faults().slow_down_next_polls(1);
    let mut poll = spawn_poll(client, authorization, &clock, options());
    advance(&clock, 6).await;
    assert!(
        matches!(next_event(&mut poll).await, PollEvent::SlowingDown { interval } if interval == Duration::from_secs(10))
    );
    // Next poll only after 10 s + margin.
    advance(&clock, 10).await;
    until_asleep(&clock).await;
    assert_eq!(org.polls_for(&code), 1);
    clock.advance(Duration::from_secs(1));
    assert!(
        matches!(next_event(&mut poll).await, PollEvent::Waiting { next_poll_in } if next_poll_in == Duration::from_secs(11))
    );
    assert_eq!(org.polls_for(&code), 2);
    // And it stays at 11 s.
    advance(&clock, 11).await;
    assert!(matches!(
        next_event(&mut poll).await,
        PollEvent::Waiting { .. }
    ));
    poll.cancel.cancel();
    assert!(matches!(outcome(poll).await, PollOutcome::Cancelled));
    Ok(())
}

#[tokio::test]
async fn polling_faster_than_the_interval_earns_slow_down() -> TestResult {
    // A client without margin on a server demanding more than it advertises: the server is the
    // judge, the client adapts.
    let clock = ManualClock::new();
    let org = demo_org(&clock, DemoOrgConfig::default()).await?;
    let client = demo_client(&org)?;
    let mut authorization = client.start().await?;
    authorization.interval = Duration::from_secs(3);
    let mut poll = spawn_poll(
        client,
        authorization,
        &clock,
        PollerOptions {
            margin: Duration::ZERO,
            ..options()
        },
    );
    advance(&clock, 3).await;
    assert!(matches!(
        next_event(&mut poll).await,
        PollEvent::Waiting { .. }
    ));
    advance(&clock, 3).await;
    assert!(
        matches!(next_event(&mut poll).await, PollEvent::SlowingDown { interval } if interval == Duration::from_secs(8))
    );
    advance(&clock, 8).await;
    assert!(matches!(
        next_event(&mut poll).await,
        PollEvent::Waiting { .. }
    ));
    poll.cancel.cancel();
    Ok(())
}

#[tokio::test]
async fn denial_ends_the_flow() -> TestResult {
    let clock = ManualClock::new();
    let org = demo_org(&clock, DemoOrgConfig::default()).await?;
    let client = demo_client(&org)?;
    let authorization = client.start().await?;
    assert!(org.decide(&authorization.user_code, false));
    let poll = spawn_poll(client, authorization, &clock, options());
    advance(&clock, 6).await;
    assert!(matches!(outcome(poll).await, PollOutcome::Denied));
    Ok(())
}

#[tokio::test]
async fn server_side_expiry_ends_the_flow() -> TestResult {
    let clock = ManualClock::auto_advancing();
    let config = DemoOrgConfig {
        code_lifetime: Duration::from_secs(30),
        ..DemoOrgConfig::default()
    };
    let org = demo_org(&clock, config).await?;
    let client = demo_client(&org)?;
    let authorization = client.start().await?;
    let code = authorization.user_code.clone();
    let poll = spawn_poll(client, authorization, &clock, options());
    assert!(matches!(outcome(poll).await, PollOutcome::Expired));
    // 6, 12, 18, 24 pending; 30 expired.
    assert_eq!(org.polls_for(&code), 5);
    Ok(())
}

#[tokio::test]
async fn client_side_lifetime_stops_polling_without_a_server_verdict() -> TestResult {
    let clock = ManualClock::auto_advancing();
    let org = demo_org(&clock, DemoOrgConfig::default()).await?;
    let client = demo_client(&org)?;
    let authorization = client.start().await?;
    let code = authorization.user_code.clone();
    let options = PollerOptions {
        default_lifetime: Duration::from_secs(20),
        ..options()
    };
    let poll = spawn_poll(client, authorization, &clock, options);
    assert!(matches!(outcome(poll).await, PollOutcome::Expired));
    assert_eq!(
        org.polls_for(&code),
        3,
        "polls at 6, 12 and 18 s, then the lifetime ends"
    );
    assert!(clock_now_secs(&clock) <= 21);
    Ok(())
}

fn clock_now_secs(clock: &ManualClock) -> u64 {
    use wallboard::clock::Clock;
    clock.now().as_secs()
}

#[tokio::test]
async fn network_loss_backs_off_then_recovers() -> TestResult {
    let clock = ManualClock::new();
    let org = demo_org(&clock, DemoOrgConfig::default()).await?;
    let client = demo_client(&org)?;
    let authorization = client.start().await?;
    let code = authorization.user_code.clone();
    let mut poll = spawn_poll(client, authorization, &clock, options());

    org.faults().set_offline(true);
    advance(&clock, 6).await;
    let PollEvent::ConnectionLost {
        retry_in,
        attempt,
        error,
    } = next_event(&mut poll).await
    else {
        panic!("expected a connection error");
    };
    assert_eq!((retry_in, attempt), (Duration::from_secs(5), 1));
    assert!(matches!(error, AppError::Unreachable { .. }), "{error:?}");
    advance(&clock, 5).await;
    assert!(
        matches!(next_event(&mut poll).await, PollEvent::ConnectionLost { retry_in, attempt: 2, .. } if retry_in == Duration::from_secs(10))
    );
    advance(&clock, 10).await;
    assert!(
        matches!(next_event(&mut poll).await, PollEvent::ConnectionLost { retry_in, attempt: 3, .. } if retry_in == Duration::from_secs(20))
    );

    // A 503 maintenance page counts as transient too.
    org.faults().set_offline(false);
    org.faults()
        .break_next_token_calls([BrokenAnswer::maintenance(503)]);
    advance(&clock, 20).await;
    assert!(matches!(
        next_event(&mut poll).await,
        PollEvent::ConnectionLost {
            attempt: 4,
            error: AppError::HttpStatus { status: 503, .. },
            ..
        }
    ));

    // Back online: the person approved meanwhile.
    assert!(org.decide(&code, true));
    advance(&clock, 40).await;
    assert!(matches!(outcome(poll).await, PollOutcome::Approved(_)));
    Ok(())
}

#[tokio::test]
async fn cancel_stops_at_once_without_polling() -> TestResult {
    let clock = ManualClock::new();
    let org = demo_org(&clock, DemoOrgConfig::default()).await?;
    let client = demo_client(&org)?;
    let authorization = client.start().await?;
    let code = authorization.user_code.clone();
    let poll = spawn_poll(client, authorization, &clock, options());
    until_asleep(&clock).await;
    poll.cancel.cancel();
    let started = std::time::Instant::now();
    assert!(matches!(outcome(poll).await, PollOutcome::Cancelled));
    assert!(started.elapsed() < Duration::from_secs(1));
    clock.advance(Duration::from_secs(60));
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(org.polls_for(&code), 0);
    Ok(())
}

#[tokio::test]
async fn a_new_poller_replaces_the_old_one() -> TestResult {
    let clock = ManualClock::new();
    let org = demo_org(&clock, DemoOrgConfig::default()).await?;
    let client = demo_client(&org)?;
    let first = client.start().await?;
    let second = client.start().await?;
    let (first_code, second_code) = (first.user_code.clone(), second.user_code.clone());
    let (tx, mut events) = tokio::sync::mpsc::unbounded_channel();
    let mut slot = PollerSlot::default();
    slot.start(
        1,
        client.clone(),
        first,
        clock.shared(),
        options(),
        tx.clone(),
    )
    .await;
    until_asleep(&clock).await;
    slot.start(2, client, second, clock.shared(), options(), tx)
        .await;
    let event = tokio::time::timeout(Duration::from_secs(5), events.recv())
        .await?
        .ok_or("no event")?;
    assert_eq!(event.flow, 1);
    assert!(matches!(
        event.event,
        PollEvent::Finished(PollOutcome::Cancelled)
    ));
    advance(&clock, 6).await;
    let event = tokio::time::timeout(Duration::from_secs(5), events.recv())
        .await?
        .ok_or("no event")?;
    assert_eq!(event.flow, 2);
    assert_eq!(org.polls_for(&first_code), 0);
    assert_eq!(org.polls_for(&second_code), 1);
    assert_eq!(clock.sleepers(), 1, "only one poller is waiting");
    slot.cancel().await;
    assert!(!slot.is_running());
    Ok(())
}

#[tokio::test]
async fn wrong_client_id_is_reported_as_such() -> TestResult {
    let clock = ManualClock::new();
    let org = demo_org(&clock, DemoOrgConfig::default()).await?;
    let error = client_for(&org, "not-our-app")?
        .start()
        .await
        .err()
        .ok_or("start succeeded")?;
    assert!(matches!(error, AppError::InvalidClient { .. }), "{error:?}");
    assert_eq!(error.user_message().id, "error-invalid-client");
    Ok(())
}

#[tokio::test]
async fn html_where_json_belongs_is_a_clear_error() -> TestResult {
    let clock = ManualClock::new();
    let org = demo_org(&clock, DemoOrgConfig::default()).await?;
    org.faults().break_next_token_calls([BrokenAnswer {
        status: 200,
        html: "<!DOCTYPE html><html><body>Welcome to the captive portal</body></html>".into(),
    }]);
    let error = demo_client(&org)?
        .start()
        .await
        .err()
        .ok_or("start succeeded")?;
    assert!(
        matches!(error, AppError::NotJson { status: 200, .. }),
        "{error:?}"
    );
    Ok(())
}

#[tokio::test]
async fn unreachable_host_is_a_clear_error() -> TestResult {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    let port = listener.local_addr()?.port();
    drop(listener);
    let host = LoginHost::parse(&format!("http://127.0.0.1:{port}"))?;
    let client = wallboard::auth::DeviceFlowClient::new(
        wallboard::http::client()?,
        wallboard::auth::AuthServer::salesforce(host, "x", "api"),
    );
    let error = client.start().await.err().ok_or("start succeeded")?;
    assert!(matches!(error, AppError::Unreachable { .. }), "{error:?}");
    Ok(())
}
