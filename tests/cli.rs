//! The `wallboard` binary as an operator uses it: `login` over a closed standard input,
//! approved through the demo org's real approval page over HTTP, and its error exits.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

mod common;

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn wallboard(state_dir: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_wallboard"));
    for (key, _) in std::env::vars() {
        if key.starts_with("WALLBOARD_") {
            command.env_remove(key);
        }
    }
    command
        .env("WALLBOARD_STATE_DIR", state_dir)
        .env("WALLBOARD_LOCALE", "en-US")
        .env("WALLBOARD_CONFIG", "/dev/null")
        .env("WALLBOARD_CREDENTIAL_STORE", "file")
        .stdin(Stdio::null());
    command
}

/// Runs a command to completion with a 60 s limit; returns (exit code, stdout, stderr).
fn run(mut command: Command) -> Result<(i32, String, String), Box<dyn std::error::Error>> {
    let output = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()?;
    Ok((
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout)?,
        String::from_utf8(output.stderr)?,
    ))
}

/// Reads the child's stdout until the verification URL and the code have been printed.
fn read_code(
    child: &mut Child,
) -> Result<(String, String, BufReader<std::process::ChildStdout>), Box<dyn std::error::Error>> {
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let mut reader = BufReader::new(stdout);
    let (mut url, mut code) = (None, None);
    let mut line = String::new();
    while url.is_none() || code.is_none() {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            return Err("login ended before printing a code".into());
        }
        let trimmed = line.trim();
        if trimmed.starts_with("http://") && trimmed.ends_with("/setup/connect") {
            url = Some(trimmed.to_owned());
        } else if trimmed.len() == 9 && trimmed.as_bytes()[4] == b'-' {
            code = Some(trimmed.to_owned());
        }
    }
    Ok((url.ok_or("no url")?, code.ok_or("no code")?, reader))
}

fn wait_with_limit(child: &mut Child, limit: Duration) -> Result<i32, Box<dyn std::error::Error>> {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(status.code().unwrap_or(-1));
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            return Err("the command did not finish in time".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn login_over_ssh_without_a_terminal_signs_in() -> TestResult {
    let state = tempfile::tempdir()?;
    let mut child = wallboard(state.path())
        .args(["login", "--demo"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let (url, code, mut reader) = read_code(&mut child)?;
    let done = common::decide_on_page(&url, &code, "allow")?;
    assert!(done.contains("You're connected"));
    let code_status = wait_with_limit(&mut child, Duration::from_secs(30))?;
    let mut rest = String::new();
    reader.read_to_string(&mut rest)?;
    assert_eq!(code_status, 0, "{rest}");
    assert!(rest.contains("Signed in as Ada Okafor (ada.okafor@northwind-demo.example) to Northwind Traders (Demo)."), "{rest}");
    let saved = std::fs::read_to_string(state.path().join("credentials.json"))?;
    assert!(saved.contains("\"refresh_token\""));
    Ok(())
}

#[test]
fn login_reports_a_denial() -> TestResult {
    let state = tempfile::tempdir()?;
    let mut child = wallboard(state.path())
        .args(["login", "--demo"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let (url, code, _reader) = read_code(&mut child)?;
    assert!(common::decide_on_page(&url, &code, "deny")?.contains("Access denied"));
    assert_eq!(wait_with_limit(&mut child, Duration::from_secs(30))?, 3);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .ok_or("no stderr")?
        .read_to_string(&mut stderr)?;
    assert!(stderr.contains("Sign-in was denied."), "{stderr}");
    Ok(())
}

#[test]
fn plain_http_to_a_remote_host_is_refused() -> TestResult {
    let state = tempfile::tempdir()?;
    let mut command = wallboard(state.path());
    command.args([
        "login",
        "--login-host",
        "http://login.salesforce.com",
        "--client-id",
        "x",
    ]);
    let (code, _, stderr) = run(command)?;
    assert_eq!(code, 5);
    assert!(stderr.contains("must be reached over https"), "{stderr}");
    Ok(())
}

#[test]
fn unreachable_host_is_reported() -> TestResult {
    let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let state = tempfile::tempdir()?;
    let mut command = wallboard(state.path());
    command.args([
        "login",
        "--login-host",
        &format!("http://127.0.0.1:{port}"),
        "--client-id",
        "x",
    ]);
    let (code, _, stderr) = run(command)?;
    assert_eq!(code, 6);
    assert!(
        stderr.contains(&format!("Cannot reach 127.0.0.1:{port}")),
        "{stderr}"
    );
    Ok(())
}

#[test]
fn html_error_page_is_reported() -> TestResult {
    // A captive portal / wrong host: answers every request with an HTML page.
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let port = listener.local_addr()?.port();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten().take(3) {
            let mut buffer = [0u8; 4096];
            let _ = stream.read(&mut buffer);
            let body = "<!DOCTYPE html><html><body><h1>Sign in to the Wi-Fi</h1></body></html>";
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    let state = tempfile::tempdir()?;
    let mut command = wallboard(state.path());
    command.args([
        "login",
        "--login-host",
        &format!("http://127.0.0.1:{port}"),
        "--client-id",
        "x",
    ]);
    let (code, _, stderr) = run(command)?;
    assert_eq!(code, 5);
    assert!(stderr.contains("answered with a web page"), "{stderr}");
    Ok(())
}

#[test]
fn wrong_client_id_is_reported() -> TestResult {
    let state = tempfile::tempdir()?;
    let (mut org, base) = demo_org_process(state.path(), &[])?;
    let mut command = wallboard(state.path());
    command.args([
        "login",
        "--login-host",
        &base,
        "--client-id",
        "someone-elses-app",
    ]);
    let result = run(command);
    let _ = org.kill();
    let _ = org.wait();
    let (code, _, stderr) = result?;
    assert_eq!(code, 5);
    assert!(
        stderr.contains("does not know this app's client ID"),
        "{stderr}"
    );
    Ok(())
}

#[test]
fn snapshot_renders_a_png_of_the_requested_size() -> TestResult {
    let dir = tempfile::tempdir()?;
    let out = dir.path().join("sign-in.png");
    let mut command = wallboard(dir.path());
    command
        .args([
            "snapshot", "--screen", "sign-in", "--size", "1280x720", "--out",
        ])
        .arg(&out);
    let (code, _, stderr) = run(command)?;
    assert_eq!(code, 0, "{stderr}");
    let image = image::open(&out)?;
    assert_eq!((image.width(), image.height()), (1280, 720));
    Ok(())
}

#[test]
fn saved_json_renders_to_png() -> TestResult {
    let dir = tempfile::tempdir()?;
    let out = dir.path().join("documented.png");
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/documented_results.json"
    );
    let mut command = wallboard(dir.path());
    command
        .args([
            "snapshot",
            "--results",
            fixture,
            "--size",
            "1280x720",
            "--out",
        ])
        .arg(&out);
    let (code, _, stderr) = run(command)?;
    assert_eq!(code, 0, "{stderr}");
    let image = image::open(&out)?.to_rgb8();
    assert_eq!(image.dimensions(), (1280, 720));
    std::fs::create_dir_all(concat!(env!("CARGO_MANIFEST_DIR"), "/test-output"))?;
    image.save(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/test-output/cli-documented-results.png"
    ))?;
    // The metric's break-point colour (54c254) is on screen.
    assert!(image.pixels().filter(|p| p.0 == [0x54, 0xc2, 0x54]).count() > 200);
    Ok(())
}

#[test]
fn dashboards_lists_id_title_and_folder() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut command = wallboard(dir.path());
    command.args(["--demo", "dashboards"]);
    let (code, stdout, stderr) = run(command)?;
    assert_eq!(code, 0, "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{stdout}");
    assert!(
        lines.contains(&"01Z5g00000ExecDAAA	Executive Overview	Leadership"),
        "{stdout}"
    );
    // Operators write booleans in /etc/default/wallboard as 1/yes as often as true.
    for value in ["1", "yes"] {
        let mut command = wallboard(dir.path());
        command.arg("dashboards").env("WALLBOARD_DEMO", value);
        let (code, stdout, stderr) = run(command)?;
        assert_eq!(code, 0, "WALLBOARD_DEMO={value}: {stderr}");
        assert_eq!(stdout.lines().count(), 4, "{stdout}");
    }
    Ok(())
}

#[test]
fn dashboards_without_a_sign_in_says_so() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut command = wallboard(dir.path());
    command.args(["dashboards", "--client-id", "x"]);
    let (code, _, stderr) = run(command)?;
    assert_ne!(code, 0);
    assert!(stderr.contains("not signed in yet"), "{stderr}");
    Ok(())
}

/// Runs `wallboard demo-org` on a free port; returns the child and its base URL.
fn demo_org_process(
    state: &std::path::Path,
    extra: &[&str],
) -> Result<(Child, String), Box<dyn std::error::Error>> {
    let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    // Output goes nowhere (a closed pipe would make its later prints fail); readiness is the port.
    let org = wallboard(state)
        .args(["demo-org", "--listen", &format!("127.0.0.1:{port}")])
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        if Instant::now() > deadline {
            return Err("the demo org did not start listening".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok((org, format!("http://127.0.0.1:{port}")))
}

/// `wallboard login` against the org at `base`, approved on its page; must exit 0.
fn login_allowed_on_the_page(
    state: &std::path::Path,
    base: &str,
) -> Result<(), Box<dyn std::error::Error>> {
    let mut child = wallboard(state)
        .args(["login", "--login-host", base, "--client-id"])
        .arg(wallboard::demo_org::DEMO_CLIENT_ID)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let (url, code, _reader) = read_code(&mut child)?;
    common::decide_on_page(&url, &code, "allow")?;
    assert_eq!(wait_with_limit(&mut child, Duration::from_secs(30))?, 0);
    Ok(())
}

#[test]
fn logout_revokes_and_deletes_and_works_offline() -> TestResult {
    let state = tempfile::tempdir()?;
    let (mut org, base) = demo_org_process(state.path(), &[])?;
    let client_id = wallboard::demo_org::DEMO_CLIENT_ID;
    login_allowed_on_the_page(state.path(), &base)?;
    let saved: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(
        state.path().join("credentials.json"),
    )?)?;
    let refresh = saved["refresh_token"]
        .as_str()
        .ok_or("no refresh token saved")?
        .to_owned();

    let mut logout = wallboard(state.path());
    logout.args(["logout", "--client-id", client_id]);
    let (code, stdout, stderr) = run(logout)?;
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("revoked"), "{stdout}");
    assert!(!state.path().join("credentials.json").exists());
    // The refresh token is dead at the server.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let status = runtime.block_on(async {
        let http = wallboard::http::client()?;
        let response = http
            .post(format!("{base}/services/oauth2/token"))
            .form(&[
                ("grant_type", "refresh_token"),
                ("client_id", client_id),
                ("refresh_token", refresh.as_str()),
            ])
            .send()
            .await?;
        Ok::<_, Box<dyn std::error::Error>>(response.status().as_u16())
    })?;
    assert_eq!(status, 400);

    // Offline: deleted here, and the command says the server was not told.
    login_allowed_on_the_page(state.path(), &base)?;
    let _ = org.kill();
    let _ = org.wait();
    let mut logout = wallboard(state.path());
    logout.args(["logout", "--client-id", client_id]);
    let (code, _, stderr) = run(logout)?;
    assert_eq!(code, 6);
    assert!(stderr.contains("could not be reached"), "{stderr}");
    assert!(!state.path().join("credentials.json").exists());
    Ok(())
}

#[test]
fn commands_keep_a_rotated_refresh_token() -> TestResult {
    let state = tempfile::tempdir()?;
    let (org, base) = demo_org_process(state.path(), &["--rotate-refresh-tokens"])?;
    let _org = Killed(org);
    login_allowed_on_the_page(state.path(), &base)?;
    // Two commands in a row: each refresh rotates the token; both must work.
    for _ in 0..2 {
        let mut list = wallboard(state.path());
        list.args([
            "dashboards",
            "--client-id",
            wallboard::demo_org::DEMO_CLIENT_ID,
        ]);
        let (code, stdout, stderr) = run(list)?;
        assert_eq!(code, 0, "{stderr}");
        assert_eq!(stdout.lines().count(), 4);
    }
    Ok(())
}

struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The operator's safe-area margin moves everything inwards; 0 lets the picture reach the edge
/// band that TVs crop.
#[test]
fn snapshot_follows_the_safe_area_setting() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut bright = Vec::new();
    for percent in ["12", "0"] {
        let out = dir.path().join(format!("sign-in-{percent}.png"));
        let mut command = wallboard(dir.path());
        command
            .args([
                "snapshot",
                "--size",
                "1280x720",
                "--safe-area-percent",
                percent,
                "--out",
            ])
            .arg(&out);
        let (code, _, stderr) = run(command)?;
        assert_eq!(code, 0, "{stderr}");
        let image = image::open(&out)?.to_rgba8();
        image.save(common::output(&format!("cli-safe-area-{percent}.png")))?;
        bright.push(common::bright_outside_margin(&image, 12));
    }
    assert_eq!(bright[0], 0, "something is drawn inside a 12 % margin");
    assert!(
        bright[1] > 1000,
        "with no margin the content reaches the edges"
    );

    let mut command = wallboard(dir.path());
    command.args(["snapshot", "--safe-area-percent", "40", "--out", "x.png"]);
    let (code, _, stderr) = run(command)?;
    assert_eq!(code, 5, "{stderr}");
    assert!(stderr.contains("safe_area_percent"), "{stderr}");
    Ok(())
}
