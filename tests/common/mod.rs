//! Shared test helpers: a demo org on loopback with a manual clock shared with the client.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use wallboard::auth::poller::{self, PollEvent, PollOutcome, PollerOptions};
use wallboard::auth::{AuthServer, DeviceAuthorization, DeviceFlowClient, LoginHost};
use wallboard::clock::ManualClock;
use wallboard::demo_org::{DEMO_CLIENT_ID, DemoOrg, DemoOrgConfig};

pub type TestResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

pub const LOOPBACK: &str = "127.0.0.1:0";

pub async fn demo_org(clock: &ManualClock, config: DemoOrgConfig) -> std::io::Result<DemoOrg> {
    let addr: SocketAddr = LOOPBACK.parse().map_err(std::io::Error::other)?;
    DemoOrg::start_with_clock(addr, config, clock.shared()).await
}

pub fn client_for(
    org: &DemoOrg,
    client_id: &str,
) -> Result<DeviceFlowClient, wallboard::error::AppError> {
    let host = LoginHost::parse(org.base_url().as_str())?;
    Ok(DeviceFlowClient::new(
        wallboard::http::client()?,
        AuthServer::salesforce(host, client_id, "api refresh_token id"),
    ))
}

pub fn demo_client(org: &DemoOrg) -> Result<DeviceFlowClient, wallboard::error::AppError> {
    client_for(org, DEMO_CLIENT_ID)
}

/// A poller running in the background, reporting events on a channel.
pub struct RunningPoll {
    pub events: mpsc::UnboundedReceiver<PollEvent>,
    pub outcome: JoinHandle<PollOutcome>,
    pub cancel: CancellationToken,
}

pub fn spawn_poll(
    client: DeviceFlowClient,
    authorization: DeviceAuthorization,
    clock: &ManualClock,
    options: PollerOptions,
) -> RunningPoll {
    let (tx, events) = mpsc::unbounded_channel();
    let cancel = CancellationToken::new();
    let token = cancel.clone();
    let shared = clock.shared();
    let outcome = tokio::spawn(async move {
        poller::poll_until_done(
            client,
            authorization,
            shared,
            options,
            token,
            move |event| {
                let _ = tx.send(event);
            },
        )
        .await
    });
    RunningPoll {
        events,
        outcome,
        cancel,
    }
}

/// Waits (in real time, at most 10 s) until somebody sleeps on the clock.
pub async fn until_asleep(clock: &ManualClock) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while clock.sleepers() == 0 && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    assert!(clock.sleepers() > 0, "nobody went to sleep on the clock");
}

/// Lets the poller fall asleep, then moves time forward.
pub async fn advance(clock: &ManualClock, secs: u64) {
    until_asleep(clock).await;
    clock.advance(Duration::from_secs(secs));
}

/// The next event, failing after 10 s of real time.
pub async fn next_event(poll: &mut RunningPoll) -> PollEvent {
    match tokio::time::timeout(Duration::from_secs(10), poll.events.recv()).await {
        Ok(Some(event)) => event,
        other => panic!("no poll event arrived: {other:?}"),
    }
}

/// The outcome, failing after 10 s of real time.
pub async fn outcome(poll: RunningPoll) -> PollOutcome {
    match tokio::time::timeout(Duration::from_secs(10), poll.outcome).await {
        Ok(Ok(outcome)) => outcome,
        other => panic!("the poller did not finish: {other:?}"),
    }
}

/// Signs in to the demo org through the device flow and returns the tokens.
pub async fn sign_in(
    org: &DemoOrg,
    clock: &ManualClock,
) -> Result<wallboard::auth::TokenResponse, Box<dyn std::error::Error + Send + Sync>> {
    let client = demo_client(org)?;
    let authorization = client.start().await?;
    if !org.decide(&authorization.user_code, true) {
        return Err("approval failed".into());
    }
    clock.advance(Duration::from_secs(6));
    match client.poll(&authorization).await {
        wallboard::auth::PollResult::Approved(tokens) => Ok(tokens),
        other => Err(format!("not approved: {other:?}").into()),
    }
}

/// A REST client for the demo org, signed in, with refresh enabled.
pub async fn rest_client(
    org: &DemoOrg,
    clock: &ManualClock,
) -> Result<
    (
        wallboard::salesforce::SalesforceClient,
        wallboard::auth::TokenResponse,
    ),
    Box<dyn std::error::Error + Send + Sync>,
> {
    use std::sync::Arc;
    use wallboard::auth::refresh::{Refresher, TokenKeeper};
    let tokens = sign_in(org, clock).await?;
    let http = wallboard::http::client()?;
    let refresher = tokens.refresh_token.clone().map(|refresh_token| Refresher {
        token_url: org
            .base_url()
            .join("services/oauth2/token")
            .unwrap_or_else(|_| org.base_url()),
        client_id: DEMO_CLIENT_ID.into(),
        refresh_token,
    });
    let keeper = Arc::new(TokenKeeper::new(
        http.clone(),
        tokens.access_token.clone(),
        refresher,
    ));
    let instance = url::Url::parse(tokens.instance_url.as_deref().ok_or("no instance_url")?)?;
    let client = wallboard::salesforce::SalesforceClient::connect(http, instance, keeper).await?;
    Ok((client, tokens))
}

/// Bright pixels (text, QR, buttons, charts) in the outer 5 % band, which TV overscan would cut.
pub fn bright_outside_safe_area(image: &image::RgbaImage) -> usize {
    bright_outside_margin(image, 5)
}

/// Bright pixels in a band of `percent` of the width/height along the edges.
pub fn bright_outside_margin(image: &image::RgbaImage, percent: u32) -> usize {
    let (w, h) = image.dimensions();
    let (bx, by) = (w * percent / 100, h * percent / 100);
    image
        .enumerate_pixels()
        .filter(|(x, y, _)| *x < bx || *x >= w - bx || *y < by || *y >= h - by)
        .filter(|(_, _, p)| p.0[..3].iter().any(|c| *c > 90))
        .count()
}

/// Types the code into the approval page and presses Allow or Deny, over plain HTTP.
pub fn decide_on_page(
    url: &str,
    code: &str,
    decision: &str,
) -> Result<String, Box<dyn std::error::Error>> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let http = wallboard::http::client()?;
        let page = http
            .post(url)
            .form(&[("user_code", code.to_lowercase())])
            .send()
            .await?
            .text()
            .await?;
        let ticket = page
            .split("name=\"ticket\" value=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .ok_or("no Allow/Deny step on the page")?
            .to_owned();
        let done = http
            .post(format!("{url}/decision"))
            .form(&[("ticket", ticket.as_str()), ("decision", decision)])
            .send()
            .await?
            .text()
            .await?;
        Ok::<_, Box<dyn std::error::Error>>(done)
    })
}

/// Where tests leave their pictures (gitignored).
pub fn output(name: &str) -> std::path::PathBuf {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("test-output");
    let _ = std::fs::create_dir_all(&dir);
    dir.join(name)
}

/// The text of the first QR code found in the picture.
pub fn decode_qr(image: &image::RgbaImage) -> Option<String> {
    let gray = image::DynamicImage::ImageRgba8(image.clone()).to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(gray);
    let grids = prepared.detect_grids();
    grids
        .first()
        .and_then(|grid| grid.decode().ok())
        .map(|(_, content)| content)
}

/// A two-thread runtime for tests whose UI runs on the test thread.
pub fn threaded_runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
}
