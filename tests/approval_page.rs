//! The demo org's approval page driven in headless Chromium through chromedriver, from Rust
//! (fantoccini), the way a person on a phone would use it. Needs Debian's `chromium` and
//! `chromium-driver` (.ci/run installs them).

mod common;

use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::*;
use fantoccini::{ClientBuilder, Locator};
use wallboard::auth::device_flow::group_code;
use wallboard::auth::poller::{PollOutcome, PollerOptions};
use wallboard::clock::ManualClock;
use wallboard::demo_org::DemoOrgConfig;

struct Chromedriver {
    child: Child,
    port: u16,
}

impl Drop for Chromedriver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_chromedriver() -> Result<Chromedriver, Box<dyn std::error::Error + Send + Sync>> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| {
            format!("cannot start chromedriver (apt-get install chromium chromium-driver): {e}")
        })?;
    let driver = Chromedriver { child, port };
    for _ in 0..300 {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(driver);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Err("chromedriver did not start listening".into())
}

fn output(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("test-output")
        .join(name)
}

async fn text_of(
    browser: &fantoccini::Client,
    id: &str,
) -> Result<String, fantoccini::error::CmdError> {
    browser
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Id(id))
        .await?
        .text()
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn approving_in_a_real_browser() -> TestResult {
    let clock = ManualClock::new();
    let org = demo_org(&clock, DemoOrgConfig::default()).await?;
    let client = demo_client(&org)?;
    let driver = start_chromedriver()?;
    let profile = tempfile::tempdir()?;
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": "/usr/bin/chromium",
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--no-first-run", "--window-size=412,915", format!("--user-data-dir={}", profile.path().display())]
        }),
    );
    let browser = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await?;
    std::fs::create_dir_all(output(""))?;

    // 1. The QR link pre-fills the code; Allow signs the TV in.
    let authorization = client.start().await?;
    let code = authorization.user_code.clone();
    browser
        .goto(&authorization.verification_uri_complete)
        .await?;
    let input = browser
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Id("user_code"))
        .await?;
    assert_eq!(
        input.prop("value").await?.as_deref(),
        Some(group_code(&code).as_str())
    );
    std::fs::write(output("approval-1-code.png"), browser.screenshot().await?)?;
    browser.find(Locator::Id("connect")).await?.click().await?;
    let warning = text_of(&browser, "phishing_warning").await?;
    assert!(
        warning.contains("Only continue if this TV is in front of you"),
        "{warning}"
    );
    assert_eq!(text_of(&browser, "confirm_code").await?, group_code(&code));
    std::fs::write(output("approval-2-allow.png"), browser.screenshot().await?)?;
    browser.find(Locator::Id("allow")).await?.click().await?;
    assert_eq!(text_of(&browser, "result").await?, "You're connected");
    std::fs::write(output("approval-3-done.png"), browser.screenshot().await?)?;
    let poll = spawn_poll(
        client.clone(),
        authorization,
        &clock,
        PollerOptions::default(),
    );
    advance(&clock, 6).await;
    assert!(matches!(outcome(poll).await, PollOutcome::Approved(_)));

    // 2. A code typed in lower case with a space is accepted; Deny reaches the TV as a denial.
    let authorization = client.start().await?;
    let typed = format!(
        "{} {}",
        &authorization.user_code[..4],
        &authorization.user_code[4..]
    )
    .to_lowercase();
    browser.goto(&authorization.verification_uri).await?;
    let input = browser
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Id("user_code"))
        .await?;
    assert_eq!(input.prop("value").await?.as_deref(), Some(""));
    input.send_keys(&typed).await?;
    browser.find(Locator::Id("connect")).await?.click().await?;
    browser
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Id("deny"))
        .await?
        .click()
        .await?;
    assert_eq!(text_of(&browser, "result").await?, "Access denied");
    let poll = spawn_poll(
        client.clone(),
        authorization,
        &clock,
        PollerOptions::default(),
    );
    advance(&clock, 6).await;
    assert!(matches!(outcome(poll).await, PollOutcome::Denied));

    // 3. Wrong codes are limited: after five, even the right code is refused for a while.
    let authorization = client.start().await?;
    for attempt in 1..=5 {
        browser.goto(&authorization.verification_uri).await?;
        let input = browser
            .wait()
            .at_most(Duration::from_secs(30))
            .for_element(Locator::Id("user_code"))
            .await?;
        input.send_keys("ZZZZ-9999").await?;
        browser.find(Locator::Id("connect")).await?.click().await?;
        let problem = text_of(&browser, "problem").await?;
        if attempt < 5 {
            assert!(
                problem.contains(&format!("{} attempts left", 5 - attempt)),
                "{problem}"
            );
        } else {
            assert!(problem.contains("Too many wrong codes"), "{problem}");
        }
    }
    std::fs::write(output("approval-4-locked.png"), browser.screenshot().await?)?;
    browser.goto(&authorization.verification_uri).await?;
    let input = browser
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Id("user_code"))
        .await?;
    input.send_keys(&authorization.user_code).await?;
    browser.find(Locator::Id("connect")).await?.click().await?;
    assert!(
        text_of(&browser, "problem")
            .await?
            .contains("Too many wrong codes")
    );
    assert_eq!(org.stats().approvals, 1);
    assert_eq!(org.stats().denials, 1);

    browser.close().await?;
    Ok(())
}
